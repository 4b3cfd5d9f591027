"""The RACI rules engine: what a methodology owner is told about gaps in the matrix."""

from __future__ import annotations

import json
import random
from datetime import datetime
from typing import Any

import pytest

from pmo_tmo_desktop.domain.model import (
    Activity,
    ActivityKind,
    Assignment,
    ControlKind,
    ControlPoint,
    Deliverable,
    DeliverableKind,
    Methodology,
    Office,
    Phase,
    RaciVariant,
    Role,
    WorkspaceInfo,
)
from pmo_tmo_desktop.domain.rules import (
    RULE_GATE_ONE_OFFICE,
    RULE_IDLE_ROLE,
    RULE_MANY_ACCOUNTABLE,
    RULE_MANY_CONSULTED,
    RULE_NO_ACCOUNTABLE,
    RULE_NO_RESPONSIBLE,
    RULE_OVERLOADED_ROLE,
    RULE_PMO_BLIND_SPOT,
    RULE_TECHNICAL_DELIVERABLE_WITHOUT_TMO,
    RULE_TECHNICAL_WITHOUT_TMO,
    RULE_TMO_BLIND_SPOT,
    RULES,
    SEVERITY_OF,
    Finding,
    Limits,
    PhaseMetrics,
    Report,
    RoleLoad,
    Severity,
    check,
)
from pmo_tmo_desktop.resources import resource

TECHNICAL = ActivityKind.TECHNICAL
MANAGEMENT = ActivityKind.MANAGEMENT


# --- a tiny builder: a methodology written the way a user would describe it ---------------------


class Sketch:
    """Offices, roles, phases and activities by name; ids are handed out in order."""

    def __init__(self, *offices: str, variant: RaciVariant = RaciVariant.RACI) -> None:
        self.variant = variant
        self.offices: dict[str, Office] = {}
        self.roles: dict[str, Role] = {}
        self.phases: dict[str, Phase] = {}
        self.activities: dict[str, Activity] = {}
        self.deliverables: list[Deliverable] = []
        self.control_points: list[ControlPoint] = []
        self.assignments: list[Assignment] = []
        for name in offices:
            self.office(name)

    def office(self, name: str) -> int:
        office = Office(len(self.offices) + 1, name, "#000000", "", len(self.offices))
        self.offices[name] = office
        return office.id

    def role(self, name: str, office: str) -> int:
        role = Role(100 + len(self.roles), name, self.offices[office].id, "", len(self.roles))
        self.roles[name] = role
        return role.id

    def phase(self, name: str) -> int:
        phase = Phase(10 + len(self.phases), name, "", len(self.phases))
        self.phases[name] = phase
        return phase.id

    def activity(
        self,
        name: str,
        raci: dict[str, str],
        *,
        kind: ActivityKind = MANAGEMENT,
        phase: str | None = None,
    ) -> int:
        """An activity in `phase` (default: the latest phase, or a first one), with its RACI."""
        if not self.phases:
            self.phase("Phase 1")
        in_phase = self.phases[phase] if phase else list(self.phases.values())[-1]
        activity = Activity(
            1000 + len(self.activities),
            in_phase.id,
            name,
            "",
            kind,
            None,
            len(self.activities),
        )
        self.activities[name] = activity
        for role, letters in raci.items():
            self.assignments.append(Assignment(activity.id, self.roles[role].id, letters))
        return activity.id

    def deliverable(
        self, name: str, activity: str, kind: DeliverableKind = DeliverableKind.TECHNICAL
    ) -> int:
        deliverable = Deliverable(
            5000 + len(self.deliverables),
            self.activities[activity].id,
            name,
            kind,
            "",
            len(self.deliverables),
        )
        self.deliverables.append(deliverable)
        return deliverable.id

    def gate(
        self,
        name: str,
        approvers: list[str],
        *,
        phase: str | None = None,
        activity: str | None = None,
        kind: ControlKind = ControlKind.GATE,
    ) -> int:
        """A control point at `activity`, or else at `phase` (default: the latest phase)."""
        on_activity = self.activities[activity].id if activity else None
        on_phase = None
        if on_activity is None:
            on_phase = (self.phases[phase] if phase else list(self.phases.values())[-1]).id
        cp = ControlPoint(
            7000 + len(self.control_points),
            name,
            kind,
            on_phase,
            on_activity,
            "",
            len(self.control_points),
            tuple(self.roles[r].id for r in approvers),
        )
        self.control_points.append(cp)
        return cp.id

    def build(self) -> Methodology:
        return Methodology(
            info=WorkspaceInfo("Test", "Acme", self.variant, datetime(2025, 1, 1)),
            offices=tuple(self.offices.values()),
            roles=tuple(self.roles.values()),
            phases=tuple(self.phases.values()),
            activities=tuple(self.activities.values()),
            deliverables=tuple(self.deliverables),
            control_points=tuple(self.control_points),
            assignments=tuple(self.assignments),
        )

    def check(self, limits: Limits | None = None) -> Report:
        return check(self.build(), limits or Limits())


def acme() -> Sketch:
    """Two PMO roles, two TMO roles and a business owner, all of them busy."""
    s = Sketch("PMO", "TMO", "Business")
    s.role("Project Manager", "PMO")
    s.role("PMO Analyst", "PMO")
    s.role("Solution Architect", "TMO")
    s.role("Technical Manager", "TMO")
    s.role("Business Owner", "Business")
    s.phase("Initiation")
    s.activity(
        "Keep everyone busy",
        {
            "Project Manager": "A",
            "PMO Analyst": "R",
            "Solution Architect": "C",
            "Technical Manager": "C",
            "Business Owner": "I",
        },
    )
    return s


def of(report: Report, rule: str) -> list[Finding]:
    return [f for f in report.findings if f.rule == rule]


def rules_of(report: Report) -> list[str]:
    return [f.rule for f in report.findings]


# --- the classic RACI rules -------------------------------------------------------------------


def test_a_matrix_that_follows_every_rule_raises_no_finding() -> None:
    report = acme().check()
    assert report.findings == ()
    assert report.errors == 0


def test_an_activity_nobody_is_accountable_for_is_an_error_naming_it() -> None:
    s = acme()
    orphan = s.activity("Define solution architecture", {"Solution Architect": "R"})
    s.activity("Plan the project", {"Project Manager": "RA"})
    report = s.check()

    [finding] = of(report, RULE_NO_ACCOUNTABLE)
    assert finding.severity is Severity.ERROR
    assert finding.activity_id == orphan
    assert finding.phase_id == s.phases["Initiation"].id
    assert finding.role_id is None
    assert finding.values == (("activity", "Define solution architecture"),)
    assert report.errors == 1


def test_two_accountable_roles_on_one_activity_is_one_error_listing_them_in_role_order() -> None:
    s = acme()
    shared = s.activity(
        "Approve the design",
        {"Technical Manager": "A", "Project Manager": "RA", "Business Owner": "A"},
    )
    s.activity("Approve the budget", {"Project Manager": "RA"})
    report = s.check()

    [finding] = of(report, RULE_MANY_ACCOUNTABLE)
    assert finding.severity is Severity.ERROR
    assert finding.activity_id == shared
    assert finding.values == (
        ("activity", "Approve the design"),
        ("count", 3),
        ("roles", ("Project Manager", "Technical Manager", "Business Owner")),
    )
    assert not of(report, RULE_NO_ACCOUNTABLE)


def test_an_activity_nobody_is_responsible_for_is_a_warning() -> None:
    s = acme()
    idle = s.activity("Hold lessons learned", {"Project Manager": "A", "PMO Analyst": "C"})
    s.activity("Close the project", {"Project Manager": "A", "PMO Analyst": "R"})
    report = s.check()

    [finding] = of(report, RULE_NO_RESPONSIBLE)
    assert finding.severity is Severity.WARNING
    assert finding.activity_id == idle
    assert finding.value("activity") == "Hold lessons learned"
    assert report.errors == 0


def test_a_role_that_holds_no_letter_anywhere_is_reported_as_idle() -> None:
    s = acme()
    s.office("Vendor")
    idle = s.role("Vendor Delivery Lead", "Vendor")
    report = s.check()

    [finding] = of(report, RULE_IDLE_ROLE)
    assert finding.severity is Severity.WARNING
    assert finding.role_id == idle
    assert finding.activity_id is None
    assert finding.phase_id is None
    assert finding.values == (("role", "Vendor Delivery Lead"),)

    s.activity("Deliver the package", {"Vendor Delivery Lead": "I", "Project Manager": "RA"})
    assert not of(s.check(), RULE_IDLE_ROLE)


def test_a_role_doing_or_owning_more_than_six_activities_of_one_phase_is_overloaded() -> None:
    s = acme()  # the Project Manager is Accountable for "Keep everyone busy"
    for i in range(5):
        s.activity(f"Plan step {i}", {"Project Manager": "RA"})  # R and A count once
    assert not of(s.check(), RULE_OVERLOADED_ROLE)  # six is still fine

    s.activity("Plan one more thing", {"Project Manager": "R", "PMO Analyst": "A"})
    [finding] = of(s.check(), RULE_OVERLOADED_ROLE)
    assert finding.severity is Severity.WARNING
    assert finding.role_id == s.roles["Project Manager"].id
    assert finding.phase_id == s.phases["Initiation"].id
    assert finding.activity_id is None
    assert finding.values == (
        ("role", "Project Manager"),
        ("phase", "Initiation"),
        ("count", 7),
        ("limit", 6),
    )


def test_overload_is_counted_per_phase_and_reported_once_per_role_and_phase() -> None:
    s = acme()
    for phase in ("Design", "Build", "Test"):
        s.phase(phase)
        count = 4 if phase == "Test" else 7
        for i in range(count):
            s.activity(f"{phase} step {i}", {"Technical Manager": "RA", "PMO Analyst": "I"})
    findings = of(s.check(), RULE_OVERLOADED_ROLE)
    assert [(f.role_id, f.phase_id) for f in findings] == [
        (s.roles["Technical Manager"].id, s.phases["Design"].id),
        (s.roles["Technical Manager"].id, s.phases["Build"].id),
    ]


def test_too_many_consulted_roles_on_one_activity_is_a_warning() -> None:
    s = acme()
    s.role("Security Architect", "TMO")
    everyone = {r: "C" for r in s.roles if r != "Project Manager"}  # five roles consulted
    crowded = s.activity("Choose the platform", {"Project Manager": "RA", **everyone})
    report = s.check()

    [finding] = of(report, RULE_MANY_CONSULTED)
    assert finding.severity is Severity.WARNING
    assert finding.activity_id == crowded
    assert finding.values == (("activity", "Choose the platform"), ("count", 5), ("limit", 4))

    s = acme()
    four = {r: "C" for r in list(s.roles)[1:]}
    s.activity("Choose the platform", {"Project Manager": "RA", **four})
    assert not of(s.check(), RULE_MANY_CONSULTED)


def test_the_overload_and_consultation_limits_are_set_by_the_user() -> None:
    s = acme()
    s.activity("Plan", {"Project Manager": "RA", "PMO Analyst": "C", "Business Owner": "C"})
    s.activity("Report", {"Project Manager": "RA"})
    strict = Limits(overload_per_phase=2, max_consulted=1)

    assert not of(s.check(), RULE_OVERLOADED_ROLE)
    assert not of(s.check(), RULE_MANY_CONSULTED)
    report = s.check(strict)
    assert [f.activity_id for f in of(report, RULE_MANY_CONSULTED)] == [
        s.activities["Keep everyone busy"].id,
        s.activities["Plan"].id,
    ]
    [overload] = of(report, RULE_OVERLOADED_ROLE)
    assert overload.role_id == s.roles["Project Manager"].id
    assert overload.value("limit") == 2


def test_supportive_and_verifying_letters_take_part_but_never_do_or_own_the_work() -> None:
    s = Sketch("PMO", "TMO", variant=RaciVariant.RACI_VS)
    s.role("Project Manager", "PMO")
    s.role("Solution Architect", "TMO")
    s.role("Quality Lead", "TMO")
    s.activity(
        "Verify the build",
        {"Project Manager": "S", "Solution Architect": "V", "Quality Lead": "SV"},
        kind=TECHNICAL,
    )
    report = s.check()

    assert set(rules_of(report)) == {
        RULE_NO_ACCOUNTABLE,
        RULE_NO_RESPONSIBLE,
        RULE_TECHNICAL_WITHOUT_TMO,
    }
    assert not of(report, RULE_IDLE_ROLE)  # S and V are letters
    assert not of(report, RULE_PMO_BLIND_SPOT)  # the PMO takes part through its S
    loads = {load.role_id: load for load in report.metrics.roles}
    assert loads[s.roles["Quality Lead"].id] == RoleLoad(
        s.roles["Quality Lead"].id, responsible=0, accountable=0, total=1
    )
    [phase] = report.metrics.phases
    assert (phase.joint, phase.touchpoints) == (1, 2)


# --- the alignment rules ----------------------------------------------------------------------


def test_technical_work_with_no_tmo_role_doing_or_owning_it_is_an_alignment_finding() -> None:
    s = acme()
    unowned = s.activity(
        "Configure the platform",
        {"Project Manager": "A", "PMO Analyst": "R", "Solution Architect": "C"},
        kind=TECHNICAL,
    )
    s.activity(
        "Design the interfaces",
        {"Project Manager": "A", "Solution Architect": "R"},
        kind=TECHNICAL,
    )
    s.activity(
        "Approve the interfaces",
        {"Technical Manager": "A", "PMO Analyst": "R"},
        kind=TECHNICAL,
    )
    s.activity("Report progress", {"Project Manager": "A", "PMO Analyst": "R"})  # management
    report = s.check()

    [finding] = of(report, RULE_TECHNICAL_WITHOUT_TMO)
    assert finding.severity is Severity.ALIGNMENT
    assert finding.activity_id == unowned
    assert finding.values == (("activity", "Configure the platform"),)


def test_technical_work_the_pmo_never_hears_about_is_a_blind_spot() -> None:
    s = acme()
    blind = s.activity(
        "Tune the database",
        {"Technical Manager": "A", "Solution Architect": "R", "Business Owner": "I"},
        kind=TECHNICAL,
    )
    s.activity(
        "Tune the network",
        {"Technical Manager": "A", "Solution Architect": "R", "PMO Analyst": "I"},
        kind=TECHNICAL,
    )
    s.activity("Plan the sprint", {"Technical Manager": "RA"})  # management: not checked
    report = s.check()

    [finding] = of(report, RULE_PMO_BLIND_SPOT)
    assert finding.severity is Severity.ALIGNMENT
    assert finding.activity_id == blind
    assert finding.value("activity") == "Tune the database"
    assert not of(report, RULE_TECHNICAL_WITHOUT_TMO)


@pytest.mark.parametrize(
    ("approvers", "missing"),
    [
        (["Project Manager", "PMO Analyst"], ("TMO",)),
        (["Solution Architect"], ("PMO",)),
        (["Business Owner"], ("PMO", "TMO")),
        ([], ("PMO", "TMO")),
    ],
)
def test_a_gate_that_only_one_office_approves_says_which_office_is_missing(
    approvers: list[str], missing: tuple[str, ...]
) -> None:
    s = acme()
    gate = s.gate("Gate 1 – Initiation approved", approvers)
    report = s.check()

    [finding] = of(report, RULE_GATE_ONE_OFFICE)
    assert finding.severity is Severity.ALIGNMENT
    assert finding.control_point_id == gate
    assert finding.phase_id == s.phases["Initiation"].id
    assert finding.activity_id is None
    assert finding.values == (
        ("control_point", "Gate 1 – Initiation approved"),
        ("missing", missing),
    )


def test_a_gate_both_offices_approve_and_reviews_signed_by_one_office_are_fine() -> None:
    s = acme()
    s.gate("Gate 1", ["Project Manager", "Technical Manager", "Business Owner"])
    s.gate("Design review", ["Solution Architect"], kind=ControlKind.REVIEW)
    s.gate("Charter sign-off", ["Project Manager"], kind=ControlKind.SIGN_OFF)
    assert s.check().findings == ()


def test_a_gate_at_an_activity_is_reported_with_that_activity_and_its_phase() -> None:
    s = acme()
    s.phase("Build")
    act = s.activity("Release", {"Technical Manager": "RA", "Project Manager": "C"})
    gate = s.gate("Go-live gate", ["Technical Manager"], activity="Release")
    [finding] = of(s.check(), RULE_GATE_ONE_OFFICE)
    assert (finding.control_point_id, finding.activity_id) == (gate, act)
    assert finding.phase_id == s.phases["Build"].id


def test_a_technical_deliverable_with_no_tmo_role_responsible_for_it_is_flagged() -> None:
    s = acme()
    s.activity(
        "Write the test strategy",
        {"Technical Manager": "A", "PMO Analyst": "R", "Project Manager": "C"},
        kind=TECHNICAL,
    )
    s.activity(
        "Write the design",
        {"Technical Manager": "A", "Solution Architect": "R", "Project Manager": "C"},
        kind=TECHNICAL,
    )
    flagged = s.deliverable("Test strategy", "Write the test strategy")
    s.deliverable("Solution design", "Write the design")
    s.deliverable("Test budget", "Write the test strategy", DeliverableKind.MANAGEMENT)
    report = s.check()

    [finding] = of(report, RULE_TECHNICAL_DELIVERABLE_WITHOUT_TMO)
    assert finding.severity is Severity.ALIGNMENT
    assert finding.deliverable_id == flagged
    assert finding.activity_id == s.activities["Write the test strategy"].id
    assert finding.values == (
        ("deliverable", "Test strategy"),
        ("activity", "Write the test strategy"),
    )
    assert not of(report, RULE_TECHNICAL_WITHOUT_TMO)  # an A is enough for the activity


def test_offices_are_recognised_by_name_whatever_the_case_and_spaces() -> None:
    s = Sketch(" pmo ", "Tmo\t")
    s.role("Project Manager", " pmo ")
    s.role("Architect", "Tmo\t")
    s.activity("Design", {"Project Manager": "A", "Architect": "R"}, kind=TECHNICAL)
    s.gate("Gate", ["Project Manager", "Architect"])
    report = s.check()
    assert report.findings == ()
    assert report.metrics.alignment_index == 1.0


def test_offices_other_than_pmo_and_tmo_do_not_count_for_alignment() -> None:
    s = Sketch("PMO", "TMO", "Technical Office", "PMO Support", "Business")
    s.role("Project Manager", "PMO")
    s.role("Architect", "TMO")
    s.role("Engineer", "Technical Office")
    s.role("Planner", "PMO Support")
    s.role("Owner", "Business")
    build = s.activity(
        "Build the interfaces",
        {"Engineer": "R", "Owner": "A", "Planner": "C", "Architect": "I", "Project Manager": "I"},
        kind=TECHNICAL,
    )
    s.activity(
        "Write the code",
        {"Engineer": "RA", "Planner": "C", "Architect": "I"},
        kind=TECHNICAL,
    )
    s.deliverable("Interfaces", "Build the interfaces")
    s.gate("Gate", ["Engineer", "Planner", "Owner"])
    report = s.check()

    assert rules_of(report) == [
        RULE_TECHNICAL_WITHOUT_TMO,  # the Engineer's "Technical Office" is not the TMO
        RULE_TECHNICAL_DELIVERABLE_WITHOUT_TMO,
        RULE_TECHNICAL_WITHOUT_TMO,
        RULE_PMO_BLIND_SPOT,  # only the "PMO Support" office's Planner takes part
        RULE_GATE_ONE_OFFICE,
    ]
    assert report.findings[0].activity_id == build
    assert of(report, RULE_GATE_ONE_OFFICE)[0].value("missing") == ("PMO", "TMO")
    [phase] = report.metrics.phases
    assert (phase.joint, phase.pmo_only, phase.tmo_only, phase.neither) == (1, 0, 1, 0)


def test_without_a_tmo_office_only_the_pmo_blind_spot_rule_can_speak() -> None:
    s = Sketch("PMO", "Engineering")
    s.role("Project Manager", "PMO")
    s.role("Engineer", "Engineering")
    s.activity("Plan", {"Project Manager": "RA"})
    s.activity("Build", {"Engineer": "RA"}, kind=TECHNICAL)
    s.deliverable("Software", "Build")
    s.gate("Gate", ["Project Manager"])
    report = s.check()

    assert rules_of(report) == [RULE_PMO_BLIND_SPOT]
    [phase] = report.metrics.phases
    assert (phase.joint, phase.neither, phase.alignment_index) == (0, 1, 0.0)


def test_without_a_pmo_office_only_the_tmo_rules_can_speak() -> None:
    s = Sketch("TMO", "Delivery")
    s.role("Architect", "TMO")
    s.role("Delivery Lead", "Delivery")
    s.activity("Build", {"Delivery Lead": "RA", "Architect": "I"}, kind=TECHNICAL)
    s.deliverable("Software", "Build")
    s.gate("Gate", ["Delivery Lead"])
    report = s.check()

    assert rules_of(report) == [RULE_TECHNICAL_WITHOUT_TMO, RULE_TECHNICAL_DELIVERABLE_WITHOUT_TMO]
    assert report.metrics.phases[0].tmo_only == 1


def test_without_either_office_the_alignment_rules_are_silent_and_nothing_is_joint() -> None:
    s = Sketch("Business")
    s.role("Owner", "Business")
    s.activity("Build", {"Owner": "RA"}, kind=TECHNICAL)
    s.deliverable("Software", "Build")
    s.gate("Gate", ["Owner"])
    report = s.check()
    assert report.findings == ()
    assert report.metrics.alignment_index == 0.0
    assert report.metrics.phases[0].neither == 1


# --- metrics ----------------------------------------------------------------------------------


def test_alignment_metrics_of_a_small_methodology_match_a_hand_count() -> None:
    s = acme()  # Initiation: "Keep everyone busy" is joint: 2 PMO x 2 TMO = 4 touchpoints
    s.activity("Write the charter", {"Project Manager": "RA", "PMO Analyst": "C"})  # PMO only
    s.activity(
        "Draft the NFRs",
        {"Solution Architect": "RA", "Technical Manager": "C", "Business Owner": "I"},
        kind=TECHNICAL,
    )  # TMO only
    s.phase("Design")
    s.activity(
        "Design the solution",
        {"Solution Architect": "R", "Technical Manager": "A", "Project Manager": "I"},
        kind=TECHNICAL,
    )  # joint: 1 PMO x 2 TMO = 2 touchpoints
    s.activity("Agree the budget", {"Business Owner": "RA"})  # neither
    s.phase("Close")  # no activities at all
    metrics = s.check().metrics

    initiation, design, close = (s.phases[name].id for name in ("Initiation", "Design", "Close"))
    assert metrics.phases == (
        PhaseMetrics(
            initiation,
            activities=3,
            joint=1,
            pmo_only=1,
            tmo_only=1,
            neither=0,
            alignment_index=1 / 3,
            touchpoints=4,
        ),
        PhaseMetrics(
            design,
            activities=2,
            joint=1,
            pmo_only=0,
            tmo_only=0,
            neither=1,
            alignment_index=0.5,
            touchpoints=2,
        ),
        PhaseMetrics(
            close,
            activities=0,
            joint=0,
            pmo_only=0,
            tmo_only=0,
            neither=0,
            alignment_index=0.0,
            touchpoints=0,
        ),
    )
    assert metrics.alignment_index == pytest.approx(2 / 5)

    role = {name: r.id for name, r in s.roles.items()}
    assert metrics.roles == (
        RoleLoad(role["Project Manager"], responsible=1, accountable=2, total=3),
        RoleLoad(role["PMO Analyst"], responsible=1, accountable=0, total=2),
        RoleLoad(role["Solution Architect"], responsible=2, accountable=1, total=3),
        RoleLoad(role["Technical Manager"], responsible=0, accountable=1, total=3),
        RoleLoad(role["Business Owner"], responsible=1, accountable=1, total=3),
    )


def test_an_empty_methodology_has_no_findings_and_zero_metrics() -> None:
    report = Sketch().check()
    assert report.findings == ()
    assert report.errors == report.warnings == report.alignments == 0
    assert report.metrics.alignment_index == 0.0
    assert report.metrics.phases == ()
    assert report.metrics.roles == ()


def test_cells_outside_the_snapshot_or_without_letters_are_ignored() -> None:
    s = acme()
    busy = s.activities["Keep everyone busy"].id
    s.assignments += [
        Assignment(busy, 999, "A"),  # a role the snapshot does not hold
        Assignment(999, s.roles["Project Manager"].id, "A"),  # an unknown activity
        Assignment(busy, s.roles["Business Owner"].id, ""),  # an empty cell
    ]
    s.role("Observer", "Business")
    s.assignments.append(Assignment(busy, s.roles["Observer"].id, ""))
    report = s.check()
    assert rules_of(report) == [RULE_IDLE_ROLE]
    assert report.metrics.roles[0].accountable == 1


# --- order, and the contract of every rule ----------------------------------------------------


def test_findings_come_errors_first_then_warnings_then_alignment_in_display_order() -> None:
    s = acme()
    s.role("Idle Observer", "Business")
    s.phase("Design")
    s.activity("Design A", {"Solution Architect": "C"}, kind=TECHNICAL)  # D1
    s.activity(
        "Design B",
        {"Project Manager": "A", "Technical Manager": "A", "Solution Architect": "R"},
    )  # D2
    s.gate("Design gate", ["Project Manager"])
    s.phase("Build")
    s.activity("Build A", {"Technical Manager": "A"}, kind=TECHNICAL)  # B1
    # Added last, but shown in the first phase.
    later = s.activity("Late initiation work", {"Business Owner": "R"}, phase="Initiation")

    report = s.check()
    a = {name: act.id for name, act in s.activities.items()}
    assert [(f.rule, f.activity_id) for f in report.findings] == [
        (RULE_NO_ACCOUNTABLE, later),
        (RULE_NO_ACCOUNTABLE, a["Design A"]),
        (RULE_MANY_ACCOUNTABLE, a["Design B"]),
        (RULE_NO_RESPONSIBLE, a["Design A"]),
        (RULE_NO_RESPONSIBLE, a["Build A"]),
        (RULE_IDLE_ROLE, None),
        (RULE_TMO_BLIND_SPOT, later),  # management work no TMO role hears about
        (RULE_TECHNICAL_WITHOUT_TMO, a["Design A"]),
        (RULE_PMO_BLIND_SPOT, a["Design A"]),
        (RULE_GATE_ONE_OFFICE, None),  # the Design phase's gate, after its activities
        (RULE_PMO_BLIND_SPOT, a["Build A"]),
    ]
    assert of(report, RULE_GATE_ONE_OFFICE)[0].phase_id == s.phases["Design"].id
    assert report.errors == 3
    assert report.warnings == 3
    assert report.alignments == 5
    assert report == s.check()  # deterministic


def test_every_rule_has_a_severity() -> None:
    assert set(SEVERITY_OF) == set(RULES)
    assert len(RULES) == 11
    assert [SEVERITY_OF[r] for r in RULES] == sorted(
        (SEVERITY_OF[r] for r in RULES), key=list(Severity).index
    )


# --- the bundled starter methodology ----------------------------------------------------------


def snapshot_of_template(data: dict[str, Any]) -> Methodology:
    """The snapshot a workspace made from a starter template would hand out."""
    s = Sketch(*(o["name"] for o in data["offices"]), variant=RaciVariant(data["raci_variant"]))
    for role in data["roles"]:
        s.role(role["name"], role["office"])
    for phase in data["phases"]:
        s.phase(phase["name"])
        for act in phase["activities"]:
            s.activity(act["name"], act["raci"], kind=ActivityKind(act["kind"]))
            for deliverable in act["deliverables"]:
                s.deliverable(
                    deliverable["name"], act["name"], DeliverableKind(deliverable["kind"])
                )
            for cp in act["control_points"]:
                s.gate(
                    cp["name"], cp["approvers"], activity=act["name"], kind=ControlKind(cp["kind"])
                )
        for cp in phase["control_points"]:
            s.gate(cp["name"], cp["approvers"], kind=ControlKind(cp["kind"]))
    return s.build()


def test_the_integrated_starter_methodology_has_no_errors_and_every_gate_is_joint() -> None:
    with open(resource("templates", "integrated.json"), encoding="utf-8") as handle:
        snapshot = snapshot_of_template(json.load(handle))
    assert len(snapshot.activities) > 40
    assert any(cp.kind is ControlKind.GATE for cp in snapshot.control_points)

    report = check(snapshot)
    assert report.errors == 0, [(f.rule, f.values) for f in report.findings]
    assert not of(report, RULE_GATE_ONE_OFFICE)
    assert report.metrics.alignment_index > 0.5


# --- scale ------------------------------------------------------------------------------------


def test_a_large_matrix_of_2000_activities_and_150_roles_is_judged_correctly() -> None:
    """60,000 filled cells, shuffled; every count below follows from how the cells are laid."""
    offices = ("PMO", "TMO", "Business")
    s = Sketch(*offices)
    for i in range(150):
        s.role(f"Role {i}", offices[i % 3])
    s.role("Idle Observer", "Business")
    role_ids = [r.id for r in s.roles.values()]
    for p in range(10):
        s.phase(f"Phase {p}")
    phase_ids = [ph.id for ph in s.phases.values()]

    activities: list[Activity] = []
    cells: list[Assignment] = []
    touchpoints = 0
    for n in range(2000):
        activity = Activity(n + 1, phase_ids[n // 200], f"Activity {n}", "", MANAGEMENT, None, n)
        activities.append(activity)
        pmo = tmo = 0
        for k in range(30):  # 30 distinct roles per activity: (n + 5k) mod 150
            r = (n + 5 * k) % 150
            letters = "A" if k == 0 else "R" if k == 1 else "C" if k < 6 else "I"
            if k == 0 and n % 250 == 1:
                letters = "I"  # 8 activities without an Accountable
            if k == 2 and n % 100 == 0:
                letters = "A"  # 20 activities with two Accountables
            cells.append(Assignment(activity.id, role_ids[r], letters))
            pmo += r % 3 == 0
            tmo += r % 3 == 1
        touchpoints += pmo * tmo
    random.Random(2000).shuffle(cells)
    snapshot = Methodology(
        info=s.build().info,
        offices=tuple(s.offices.values()),
        roles=tuple(s.roles.values()),
        phases=tuple(s.phases.values()),
        activities=tuple(activities),
        deliverables=(),
        control_points=(),
        assignments=tuple(cells),
    )
    assert len(snapshot.assignments) == 60_000

    report = check(snapshot)

    assert [f.activity_id for f in of(report, RULE_NO_ACCOUNTABLE)] == [
        n + 1 for n in range(2000) if n % 250 == 1
    ]
    assert [f.activity_id for f in of(report, RULE_MANY_ACCOUNTABLE)] == [
        n + 1 for n in range(2000) if n % 100 == 0
    ]
    assert report.errors == 8 + 20
    assert [f.role_id for f in of(report, RULE_IDLE_ROLE)] == [s.roles["Idle Observer"].id]
    assert rules_of(report).count(RULE_NO_RESPONSIBLE) == 0
    assert rules_of(report).count(RULE_MANY_CONSULTED) == 0
    assert rules_of(report).count(RULE_OVERLOADED_ROLE) == 0
    assert len(report.findings) == 29

    metrics = report.metrics
    assert sum(p.activities for p in metrics.phases) == 2000
    assert sum(p.touchpoints for p in metrics.phases) == touchpoints
    assert sum(load.total for load in metrics.roles) == 60_000
    assert sum(load.responsible for load in metrics.roles) == 2000
    assert sum(load.accountable for load in metrics.roles) == 2000 - 8 + 20
    assert metrics.alignment_index == 1.0  # 30 roles over 3 offices: every activity is joint

    tight = check(snapshot, Limits(overload_per_phase=3, max_consulted=3))
    assert rules_of(tight).count(RULE_MANY_CONSULTED) == 2000 - 20  # 4 C each, 3 when an A
    assert rules_of(tight).count(RULE_OVERLOADED_ROLE) > 0
