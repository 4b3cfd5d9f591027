"""Reading a filled ballot workbook (written by ballot_xlsx) and checking it against its workshop.

Nothing is guessed: the hidden ids sheet says what each cell is, the participant it names
must be the one the ballot shows, and a formula without a saved value is refused rather than
taken for an empty cell.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.ahp import SCALE, scale_value
from pmo_tmo_desktop.domain.errors import clip
from pmo_tmo_desktop.exchange.ballot_xlsx import (
    BALLOT,
    CANT_JUDGE,
    CANT_JUDGE_AT,
    CHOICE_COLUMNS,
    CHOICES,
    FORMAT,
    IDS,
    KEYS,
    LIST_ROW,
    PAIR_COLUMNS,
    PAIRS_AT,
    PAIRS_HEADER_ROW,
    PARTICIPANT_AT,
    PARTICIPANT_CELL,
    TITLE_CELL,
    Ballot,
    BallotCell,
    BallotJudgement,
    BallotSource,
    participant_label,
)
from pmo_tmo_desktop.exchange.workshop_xlsx import (
    Grid,
    coordinate,
    fmt,
    number,
    open_book,
    read_grid,
    text,
)
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError, safe_text
from pmo_tmo_desktop.i18n import translate


def read_ballot(path: Path, source: BallotSource) -> Ballot:
    """Read and check one filled ballot against its workshop; WorkbookError naming the cell."""
    path = Path(path)
    with open_book(path) as book:
        ids = read_grid(book, IDS)
        if ids is None or text(ids.at(KEYS["format"], 2)) != FORMAT:
            raise WorkbookError(path, "is not a ballot workbook of PMO–TMO Desktop")
        sheet_name = text(ids.at(KEYS["sheet"], 2)) or BALLOT
        ballot = read_grid(book, sheet_name)
        pairs_name = text(ids.at(PAIRS_AT[0], PAIRS_AT[1] + 1))
        pairs = read_grid(book, pairs_name) if pairs_name else None
        if pairs_name and pairs is None:
            raise WorkbookError(path, "the sheet is missing", sheet=pairs_name)
    if ballot is None:
        raise WorkbookError(path, "the sheet is missing", sheet=sheet_name)
    participant = _identify(ids, ballot, source)
    header_row = _whole(ids, KEYS["header row"], 2, "header row")
    rows = _pairs(ids, 1, {p.id for p in source.proposals}, "proposal", ballot, header_row)
    columns = _pairs(ids, 4, {c.id for c in source.criteria}, "criterion", ballot, header_row)
    criteria = {c.id: c for c in source.criteria}
    offered = text(ids.at(CANT_JUDGE_AT[0], CANT_JUDGE_AT[1] + 1)) or source.texts.cant_judge
    answers = {_answer_key(t) for t in (CANT_JUDGE, source.texts.cant_judge, offered)} - {""}
    cells = []
    formulas: Grid | None = None
    for row, proposal_id in rows:
        for column, criterion_id in columns:
            criterion = criteria[criterion_id]
            found = ballot.at(row, column)
            at = coordinate(row, column)
            if isinstance(found, str) and _answer_key(found) in answers:
                cells.append(BallotCell(proposal_id, criterion_id, None, at, cant_judge=True))
                continue
            if found is None:
                formulas = formulas or _formulas(path, ballot.title)
                _refuse_unsaved_formula(formulas, ballot, row, column, criterion)
            try:
                value = number(found)
            except ValueError:
                raise ballot.fail(
                    row,
                    column,
                    f"{criterion.name}: '{clip(text(found))}' is not a number or \"{offered}\"",
                ) from None
            if value is not None and not criterion.scale_min <= value <= criterion.scale_max:
                raise ballot.fail(
                    row,
                    column,
                    f"{clip(fmt(value))} is outside the scale {fmt(criterion.scale_min)}–"
                    f"{fmt(criterion.scale_max)} of {criterion.name}",
                )
            cells.append(BallotCell(proposal_id, criterion_id, value, at))
    judgements = () if pairs is None else _judgements(ids, pairs, source)
    return Ballot(path, participant, tuple(cells), judgements)


def _judgements(ids: Grid, pairs: Grid, source: BallotSource) -> tuple[BallotJudgement, ...]:
    """The answers of the pairwise sheet: each pair the ids sheet lists, its answer read in
    the words the ballot offered (or English, or the words ballots are written in now)."""
    meaning: dict[str, float] = {}
    for offered, value in zip((*CHOICES, *source.texts.choices), (*SCALE, *SCALE), strict=True):
        meaning[_answer_key(offered)] = value
    for row in range(LIST_ROW, LIST_ROW + len(SCALE)):
        label, value = ids.at(row, CHOICE_COLUMNS[0]), ids.at(row, CHOICE_COLUMNS[1])
        if isinstance(label, str) and isinstance(value, int | float):
            try:
                meaning[_answer_key(label)] = scale_value(float(value))
            except ValueError:
                raise ids.fail(row, CHOICE_COLUMNS[1], "the answer's value is damaged") from None
    known = {c.id: c for c in source.criteria}
    found: list[BallotJudgement] = []
    first, a_at, b_at = PAIR_COLUMNS
    for row in range(LIST_ROW, len(ids.rows) + 1):
        if ids.at(row, first) is None:
            continue
        place = _whole(ids, row, first, "pairwise row")
        if place <= PAIRS_HEADER_ROW:
            raise ids.fail(row, first, f"the pairwise row '{clip(place)}' is damaged")
        a, b = _whole(ids, row, a_at, "criterion id"), _whole(ids, row, b_at, "criterion id")
        for column, criterion in ((1, a), (2, b)):
            if criterion not in known:
                raise pairs.fail(
                    place,
                    column,
                    f"unknown criterion '{clip(pairs.text(place, column))}' (id {criterion}): "
                    "not in the workshop now",
                )
        answer = pairs.at(place, 3)
        at = coordinate(place, 3)
        if answer is None or (isinstance(answer, str) and not answer.strip()):
            found.append(BallotJudgement(a, b, None, at))
            continue
        chosen = meaning.get(_answer_key(text(answer)))
        if chosen is None:
            raise pairs.fail(
                place,
                3,
                translate(
                    "Ballots",
                    "{a} vs {b}: '{answer}' is not one of the answers offered (from "
                    "'{first}' to '{last}'); choose one or leave it empty",
                ).format(
                    a=known[a].name,
                    b=known[b].name,
                    answer=clip(text(answer)),
                    first=source.texts.choices[0],
                    last=source.texts.choices[-1],
                ),
            )
        found.append(BallotJudgement(a, b, chosen, at))
    return tuple(found)


def _formulas(path: Path, title: str) -> Grid:
    """The ballot sheet with formulas as their text, not their saved values."""
    with open_book(path, data_only=False) as book:
        grid = read_grid(book, title)
    assert grid is not None  # it was just read with its values
    return grid


def _refuse_unsaved_formula(
    formulas: Grid, ballot: Grid, row: int, column: int, criterion: m.Criterion
) -> None:
    """A formula with no saved value reads as empty; refuse it instead of taking it for a
    cell left empty. (A spreadsheet app saves each formula's value; a generated file may not.)"""
    formula = formulas.at(row, column)
    if isinstance(formula, str) and formula.startswith("="):
        raise ballot.fail(
            row,
            column,
            translate(
                "Ballots",
                "{criterion}: the formula '{formula}' has no saved value; type the number, "
                "or open and save the file in a spreadsheet app",
            ).format(criterion=criterion.name, formula=clip(formula)),
        )


def _answer_key(answer: str) -> str:
    """A typed answer as compared with "can't judge": trimmed, any case, any apostrophe."""
    plain = unicodedata.normalize("NFKC", answer)
    for apostrophe in "\u2019\u2018\u02bc\u00b4`":
        plain = plain.replace(apostrophe, "'")
    return " ".join(plain.split()).casefold()


def _identify(ids: Grid, ballot: Grid, source: BallotSource) -> m.Participant:
    title_at = coordinate(*TITLE_CELL)
    if text(ids.at(KEYS["workspace"], 2)) != text(safe_text(source.workspace)):
        raise WorkbookError(
            ids.path, "this ballot comes from another workspace", sheet=ballot.title, cell=title_at
        )
    workshop_id = _whole(ids, KEYS["workshop id"], 2, "workshop id")
    title = text(ids.at(KEYS["workshop title"], 2))
    wanted = source.workshop
    if workshop_id != wanted.id or title != text(safe_text(wanted.title)):
        raise WorkbookError(
            ids.path,
            f"this ballot is for the workshop '{clip(title)}' (id {workshop_id}), "
            f"not '{clip(wanted.title)}' (id {wanted.id})",
            sheet=ballot.title,
            cell=title_at,
        )
    participant_id = _whole(ids, KEYS["participant id"], 2, "participant id")
    found = next((p for p in source.participants if p.id == participant_id), None)
    written_for = text(ids.at(KEYS["participant name"], 2))
    if found is None:
        raise WorkbookError(
            ids.path,
            f"unknown participant '{clip(written_for)}' (id {participant_id}): "
            f"not a participant of '{clip(wanted.title)}'",
            sheet=ballot.title,
            cell=PARTICIPANT_AT,
        )
    _same_person(ballot, found, written_for)
    return found


def _same_person(ballot: Grid, found: m.Participant, written_for: str) -> None:
    """The name the ballot shows and the name its hidden id was written with must both be
    the participant that id is now; any difference is refused, never guessed."""
    shown = ballot.text(*PARTICIPANT_CELL)
    expected = text(safe_text(participant_label(found.name)))
    if shown != expected or written_for != text(safe_text(found.name)):
        raise WorkbookError(
            ballot.path,
            translate(
                "Ballots",
                "the ballot shows '{shown}' but its hidden participant id belongs to '{name}' "
                "(written for '{written}'); nothing is guessed: use the ballot exported for "
                "this participant",
            ).format(shown=clip(shown), name=clip(found.name), written=clip(written_for)),
            sheet=ballot.title,
            cell=PARTICIPANT_AT,
        )


def _whole(grid: Grid, row: int, column: int, what: str) -> int:
    value = grid.at(row, column)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise grid.fail(row, column, f"the {what} '{clip(text(value))}' is damaged")
    return value


def _pairs(
    ids: Grid, column: int, known: set[int], what: str, ballot: Grid, header_row: int
) -> list[tuple[int, int]]:
    """(ballot row or column, id) pairs listed on the ids sheet from LIST_ROW down."""
    pairs: list[tuple[int, int]] = []
    seen: set[int] = set()
    for row in range(LIST_ROW, len(ids.rows) + 1):
        if ids.at(row, column) is None and ids.at(row, column + 1) is None:
            continue
        place = _whole(ids, row, column, f"ballot {'row' if what == 'proposal' else 'column'}")
        item = _whole(ids, row, column + 1, f"{what} id")
        if what == "proposal":
            shown = (place, 1)
            bad_place = place <= header_row
        else:
            shown = (header_row, place)
            bad_place = place < 2
        if bad_place:
            raise ids.fail(row, column, f"the ballot position '{clip(place)}' is damaged")
        if item not in known:
            raise ballot.fail(
                *shown,
                f"unknown {what} '{clip(ballot.text(*shown))}' (id {item}): "
                "not in the workshop now",
            )
        if item in seen:
            raise ballot.fail(*shown, f"the {what} '{clip(ballot.text(*shown))}' appears twice")
        seen.add(item)
        pairs.append((place, item))
    return pairs
