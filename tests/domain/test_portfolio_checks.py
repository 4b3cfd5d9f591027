"""The checks of a funding decision's rules: each problem found once, with its values."""

from __future__ import annotations

from pmo_tmo_desktop.domain.portfolio_checks import (
    ConstraintFinding,
    ConstraintKind,
    GroupLimit,
    check_constraints,
)
from pmo_tmo_desktop.domain.portfolio_problem import Candidate, FundingRule, Group

K = ConstraintKind


def _c(
    id_: int,
    requires: tuple[int, ...] = (),
    rule: FundingRule = FundingRule.AUTO,
    group: str | None = None,
    resource: float | None = None,
) -> Candidate:
    return Candidate(id_, f"P{id_}", 50.0, 10.0, resource, rule, "", requires, group)


def test_rules_that_hold_together_have_no_finding() -> None:
    candidates = [_c(1, (2,), FundingRule.MUST, "g"), _c(2, (3,)), _c(3), _c(4, group="g")]
    assert check_constraints(candidates, [Group("g", 2)]) == ()


def test_an_unknown_requirement_and_one_on_itself() -> None:
    found = check_constraints([_c(1, (9,)), _c(2, (2,))])
    assert found == (
        ConstraintFinding(K.UNKNOWN_REQUIREMENT, 1, (9,)),
        ConstraintFinding(K.REQUIRES_ITSELF, 2, (2,)),
    )


def test_a_cycle_is_named_once_from_its_smallest_id_whatever_the_order() -> None:
    one = check_constraints([_c(3, (1,)), _c(1, (2,)), _c(2, (3,)), _c(4, (1,))])
    two = check_constraints([_c(2, (3,)), _c(4, (1,)), _c(1, (2,)), _c(3, (1,))])
    assert one == two == (ConstraintFinding(K.CYCLE, 1, (1, 2, 3)),)


def test_two_cycles_through_one_proposal_are_both_named() -> None:
    found = check_constraints([_c(1, (2, 3)), _c(2, (1,)), _c(3, (1,))])
    assert {f.others for f in found if f.kind == K.CYCLE} == {(1, 2), (1, 3)}


def test_a_must_fund_requiring_a_must_not_fund_through_a_chain() -> None:
    candidates = [
        _c(1, (2,), FundingRule.MUST),
        _c(2, (3,)),
        _c(3, rule=FundingRule.MUST_NOT),
        _c(4, (3,)),  # an ordinary proposal may require a must-not: it is simply not funded
    ]
    assert check_constraints(candidates) == (
        ConstraintFinding(K.MUST_REQUIRES_MUST_NOT, 1, (2, 3)),
    )


def test_group_limits_must_be_whole_numbers_of_one_or_more() -> None:
    limits = [
        GroupLimit("a", 0),
        GroupLimit("b", 1.5),
        GroupLimit("c", float("nan")),
        Group("d", 3),
    ]
    found = check_constraints([], limits)
    assert [(f.kind, f.group) for f in found] == [(K.BAD_GROUP_LIMIT, g) for g in "abc"]
    assert found[1].value == 1.5


def test_a_group_without_a_limit_allows_one_and_is_only_a_note() -> None:
    [note] = check_constraints([_c(1, group="Hosting"), _c(2, group="Hosting")])
    assert note == ConstraintFinding(K.GROUP_WITHOUT_LIMIT, 1, group="Hosting", value=1)
    assert not note.blocking


def test_more_must_funds_than_their_group_allows() -> None:
    must = FundingRule.MUST
    found = check_constraints(
        [_c(1, rule=must, group="g"), _c(2, rule=must, group="g"), _c(3, group="g")],
        [Group("g", 1)],
    )
    assert found == (ConstraintFinding(K.MUSTS_OVER_GROUP, 1, (1, 2), "g", 1),)
    assert found[0].blocking


def test_a_negative_use_of_the_second_resource() -> None:
    assert check_constraints([_c(1, resource=-2), _c(2, resource=0)]) == (
        ConstraintFinding(K.NEGATIVE_RESOURCE, 1, value=-2),
    )
