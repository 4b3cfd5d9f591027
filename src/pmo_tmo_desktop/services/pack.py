"""The meeting pack: the pre-read, the minutes, the role handbook and the two workbooks.

`write_pack` writes the sections asked for into one folder, named from the workshop's date
and title ("2026-10-14 Q4 Portfolio Review - minutes.pdf"). Every writer saves to a temporary
file beside the target and moves it into place, so a failure or a cancel never leaves a
half-written file: the files already written stay, the one in progress does not appear.

The pre-read reads only what is known before the workshop (agenda, proposals, criteria,
participants): never a rating, a result or a decision.
"""

from __future__ import annotations

import re
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date, time
from pathlib import Path

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import ValidationError, clip
from pmo_tmo_desktop.domain.offices import PMO, TMO, key_of
from pmo_tmo_desktop.exchange import pdf_handbook, pdf_preread
from pmo_tmo_desktop.exchange.pdf_handbook_data import (
    LETTER_ORDER,
    ActivityLine,
    Approval,
    HandbookContent,
    LetterGroup,
    OfficeSection,
    Partner,
    RoleSection,
)
from pmo_tmo_desktop.exchange.pdf_preread_data import (
    AgendaLine,
    CriterionLine,
    OfficeAttendance,
    PrereadContent,
    ProposalDetail,
)
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import checks, queries, reports, results, results_workbook, transfer
from pmo_tmo_desktop.services.pack_texts import file_labels, handbook_texts, preread_texts
from pmo_tmo_desktop.services.reports_texts import language
from pmo_tmo_desktop.store.workspace import Workspace

__all__ = [
    "ALL",
    "SECTIONS",
    "Progress",
    "file_name",
    "handbook_content",
    "preread_content",
    "write_handbook",
    "write_pack",
    "write_preread",
]

SECTIONS = ("preread", "minutes", "handbook", "methodology", "results")
ALL = SECTIONS
SUFFIXES = {
    "preread": ".pdf",
    "minutes": ".pdf",
    "handbook": ".pdf",
    "methodology": ".xlsx",
    "results": ".xlsx",
}
PARTNERS = 5
"""How many roles of the other office a role's "works most with" list names."""
TITLE_LENGTH = 80
"""The longest a workshop's title gets in a file name (characters)."""

Progress = Callable[[int, int, str], bool]
"""progress(done, total, label): False cancels the pack."""


# --- the pack ---------------------------------------------------------------------------------


def write_pack(
    ws: Workspace,
    workshop_id: int,
    folder: Path | str,
    sections: Iterable[str] = ALL,
    progress: Progress | None = None,
    round_number: int | None = None,
) -> list[Path]:
    """Write the pack's `sections` (in the order of SECTIONS) into `folder`; the paths written.

    The minutes and the results workbook show `round_number` (None: the default round).

    `progress(done, total, label)` is called before each file (label: the file's name) and
    once more at the end with done == total; when it returns False the pack stops there and
    the paths written so far are returned. A missing folder is made (after every other
    check). An unknown section, an unknown workshop or a folder that cannot be made or
    written raises a UserError before anything is written.
    """
    wanted = _sections(sections)
    workshop = queries.workshop(ws, workshop_id).workshop
    if {"minutes", "results"} & set(wanted):  # refused before any file is written
        results.revealed_or_refuse(results.load(ws, workshop_id, round_number))
    target = _folder(Path(folder))
    writers: dict[str, Callable[[Path], None]] = {
        "preread": lambda path: write_preread(ws, workshop_id, path),
        "minutes": lambda path: reports.write_minutes(ws, workshop_id, path, round_number),
        "handbook": lambda path: write_handbook(ws, path),
        "methodology": lambda path: _methodology(ws, path),
        "results": lambda path: results_workbook.write_results_workbook(
            ws, workshop_id, path, round_number
        ),
    }
    written: list[Path] = []
    for done, section in enumerate(wanted):
        path = target / file_name(workshop, section)
        if progress is not None and progress(done, len(wanted), path.name) is False:
            return written
        writers[section](path)
        written.append(path)
    if progress is not None:
        progress(len(wanted), len(wanted), "")
    return written


def _sections(sections: Iterable[str]) -> list[str]:
    given = [sections] if isinstance(sections, str) else list(sections)
    unknown = [s for s in given if s not in SECTIONS]
    if unknown:
        raise ValidationError(
            translate("Pack", "unknown pack section '{name}'; choose from {choices}").format(
                name=clip(unknown[0]), choices=", ".join(SECTIONS)
            )
        )
    return [s for s in SECTIONS if s in given]


def _folder(folder: Path) -> Path:
    """`folder`, made if it is missing, when it takes files; a ValidationError naming it
    otherwise."""
    if not folder.exists():
        try:
            folder.mkdir(parents=True)
        except OSError as exc:
            raise ValidationError(
                translate("Pack", "{folder}: cannot be created ({error})").format(
                    folder=folder, error=exc.strerror or exc
                )
            ) from exc
    if not folder.is_dir():
        raise ValidationError(translate("Pack", "{folder}: not a folder").format(folder=folder))
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise ValidationError(
            translate("Pack", "{folder}: cannot be written ({error})").format(
                folder=folder, error=exc.strerror or exc
            )
        ) from exc
    return folder


def _methodology(ws: Workspace, path: Path) -> None:
    snapshot, report = checks.check(ws)
    transfer.export_xlsx(ws, path, checks.named(snapshot, report))


_UNSAFE = str.maketrans(
    {":": " - ", "/": "-", "\\": "-", "|": "-", '"': "'", "<": "", ">": "", "?": "", "*": ""}
)


def safe_name(text: str, limit: int = TITLE_LENGTH) -> str:
    """`text` as a file name on any system: no / \\ : * ? " < > | or control characters,
    single spaces, no leading or trailing dots, dashes or spaces, at most `limit` characters."""
    kept = "".join(c if c.isprintable() else " " for c in text.translate(_UNSAFE))
    kept = re.sub(r"-{2,}", "-", " ".join(kept.split()))
    return kept[:limit].strip(" .-")


def file_name(workshop: m.Workshop, section: str) -> str:
    """The pack file of `section`: "2026-10-14 Q4 Portfolio Review - minutes.pdf"."""
    title = safe_name(workshop.title) or translate("Pack", "workshop", "a file name")
    day = workshop.date.isoformat() if workshop.date else ""
    label = safe_name(file_labels()[section])
    return f"{day} {title} - {label}".strip() + SUFFIXES[section]


# --- the pre-read -----------------------------------------------------------------------------


def preread_content(ws: Workspace, workshop_id: int, start: time | None = None) -> PrereadContent:
    """What the pre-read of a workshop prints; NotFoundError for an unknown workshop."""
    data = queries.workshop(ws, workshop_id)
    organisation = queries.workspace_info(ws).organisation
    return preread_of(data, queries.offices(ws), organisation, start, date.today())


def write_preread(
    ws: Workspace, workshop_id: int, path: Path | str, start: time | None = None
) -> None:
    """Write the pre-read PDF of a workshop to `path` (atomically) in the user's language.

    `start`, when known, turns the agenda's times into clock times.
    """
    content = preread_content(ws, workshop_id, start)
    pdf_preread.write_preread(path, content, preread_texts())


def preread_of(
    data: queries.WorkshopData,
    offices: Sequence[m.Office],
    organisation: str,
    start: time | None = None,
    today: date | None = None,
) -> PrereadContent:
    """The pre-read's content (pure): the set-up of the workshop, nothing rated or decided."""
    w = data.workshop
    anonymous = w.anonymity == m.Anonymity.ANONYMOUS
    start = start if start is not None else w.start_time  # the workshop's own, by default
    return PrereadContent(
        title=w.title,
        organisation=organisation,
        date=w.date.isoformat() if w.date else "",
        place=w.place,
        facilitator=w.facilitator,
        anonymity=w.anonymity.value,
        generated=(today or date.today()).isoformat(),
        start_minute=start.hour * 60 + start.minute if start is not None else None,
        budget=w.budget,
        agenda=tuple(AgendaLine(a.title, a.presenter, a.duration_minutes) for a in data.agenda),
        proposals=tuple(
            ProposalDetail(p.title, p.sponsor, p.description, p.cost, p.benefit, p.duration_months)
            for p in data.proposals
        ),
        criteria=tuple(
            CriterionLine(
                c.name, c.description, c.weight, c.direction.value, c.scale_min, c.scale_max
            )
            for c in data.criteria
        ),
        offices=_attendance(data.participants, offices, anonymous),
        language=language(),
    )


def _attendance(
    participants: Sequence[m.Participant], offices: Sequence[m.Office], anonymous: bool
) -> tuple[OfficeAttendance, ...]:
    """Participants by office, in the offices' order; those without a known office last."""
    known = {o.id for o in offices}
    groups = [(o.name, o.colour, [p for p in participants if p.office_id == o.id]) for o in offices]
    groups.append(("", "#8A97A8", [p for p in participants if p.office_id not in known]))
    return tuple(
        OfficeAttendance(
            name,
            tint,
            () if anonymous else tuple((p.name, p.title) for p in people),
            len(people),
        )
        for name, tint, people in groups
        if people
    )


# --- the role handbook ------------------------------------------------------------------------


def handbook_content(ws: Workspace) -> HandbookContent:
    """What the role handbook prints, from the methodology and its RACI matrix."""
    return handbook_of(queries.methodology(ws), date.today())


def write_handbook(ws: Workspace, path: Path | str) -> None:
    """Write the role handbook PDF to `path` (atomically) in the user's language."""
    content = handbook_content(ws)
    pdf_handbook.write_handbook(path, content, handbook_texts(content.variant))


def handbook_of(snapshot: m.Methodology, today: date | None = None) -> HandbookContent:
    """The handbook's content (pure): per office, per role, what it holds and approves."""
    offices = {o.id: o for o in snapshot.offices}
    phases = {p.id: p.name for p in snapshot.phases}
    activities = {a.id: a for a in snapshot.activities}
    made: dict[int, list[str]] = defaultdict(list)
    for d in sorted(snapshot.deliverables, key=lambda d: (d.position, d.id)):
        made[d.activity_id].append(d.name)
    letters = {cell: text for cell, text in m.letters_of(snapshot.assignments).items() if text}
    held: dict[int, set[int]] = defaultdict(set)
    for activity_id, role_id in letters:
        held[role_id].add(activity_id)
    sections = []
    for office in snapshot.offices:
        roles = [r for r in snapshot.roles if r.office_id == office.id]
        if not roles:
            continue
        entries = []
        for role in roles:
            groups = []
            for letter in LETTER_ORDER:
                lines = tuple(
                    ActivityLine(
                        phases.get(a.phase_id, ""),
                        a.name,
                        a.kind.value,
                        offices[a.office_id].name if a.office_id in offices else "",
                        tuple(made[a.id]),
                    )
                    for a in snapshot.activities
                    if letter in letters.get((a.id, role.id), "")
                )
                if lines:
                    groups.append(LetterGroup(letter, lines))
            partners, across = _partners(role, snapshot, held)
            entries.append(
                RoleSection(
                    role.name,
                    role.description,
                    tuple(groups),
                    _approvals(role, snapshot, phases, activities),
                    partners,
                    across,
                )
            )
        members = {r.id for r in roles}
        sections.append(
            OfficeSection(
                office.name,
                office.colour,
                office.description,
                tuple(entries),
                owns=sum(1 for a in snapshot.activities if a.office_id == office.id),
                approves=sum(1 for cp in snapshot.control_points if members & set(cp.approver_ids)),
            )
        )
    kinds = [k.value for k in m.ActivityKind]
    return HandbookContent(
        methodology=snapshot.info.name,
        organisation=snapshot.info.organisation,
        variant=snapshot.info.raci_variant.value,
        generated=(today or date.today()).isoformat(),
        offices=tuple(sections),
        phases=len(snapshot.phases),
        activities=len(snapshot.activities),
        activity_kinds=tuple(
            (k, sum(1 for a in snapshot.activities if a.kind.value == k)) for k in kinds
        ),
        control_points=len(snapshot.control_points),
        language=language(),
    )


def _criteria(text: str) -> tuple[str, ...]:
    """A control point's criteria as a list: one per line or per semicolon."""
    parts = [p.strip() for line in text.splitlines() for p in line.split(";")]
    return tuple(p[:1].upper() + p[1:] for p in parts if p)


def _approvals(
    role: m.Role,
    snapshot: m.Methodology,
    phases: dict[int, str],
    activities: dict[int, m.Activity],
) -> tuple[Approval, ...]:
    roles = {r.id: r for r in snapshot.roles}
    offices = {o.id: o.name for o in snapshot.offices}
    found = []
    for cp in snapshot.control_points:
        if role.id not in cp.approver_ids:
            continue
        activity = activities.get(cp.activity_id) if cp.activity_id is not None else None
        phase_id = activity.phase_id if activity is not None else cp.phase_id
        others = tuple(
            (roles[r].name, offices.get(roles[r].office_id, ""))
            for r in sorted(cp.approver_ids, key=lambda r: roles[r].position if r in roles else 0)
            if r != role.id and r in roles
        )
        found.append(
            Approval(
                cp.name,
                cp.kind.value,
                phases.get(phase_id, "") if phase_id is not None else "",
                activity.name if activity is not None else "",
                _criteria(cp.criteria),
                others,
            )
        )
    return tuple(found)


def counterpart_offices(office: m.Office, offices: Sequence[m.Office]) -> tuple[set[int], bool]:
    """The offices whose roles a role of `office` is compared with, and whether that is both
    the PMO and the TMO: PMO ↔ TMO; any other office (Business, Vendor) → both; without a
    PMO or a TMO, every other office."""
    by_key = {key_of(o.name): o.id for o in offices}
    pmo, tmo = by_key.get(PMO), by_key.get(TMO)
    own = key_of(office.name)
    if own == PMO and tmo is not None:
        return {tmo}, False
    if own == TMO and pmo is not None:
        return {pmo}, False
    both = {x for x in (pmo, tmo) if x is not None}
    if own is None and both:
        return both, len(both) == 2
    return {o.id for o in offices if o.id != office.id}, False


def _partners(
    role: m.Role, snapshot: m.Methodology, held: dict[int, set[int]]
) -> tuple[tuple[Partner, ...], bool]:
    """The roles of the other office sharing the most activities with `role` (top 5)."""
    offices = {o.id: o for o in snapshot.offices}
    own = offices.get(role.office_id)
    if own is None:
        return (), False
    others, across = counterpart_offices(own, snapshot.offices)
    mine = held.get(role.id, set())
    ranked = sorted(
        (
            (len(mine & held.get(r.id, set())), index, r)
            for index, r in enumerate(snapshot.roles)
            if r.office_id in others and r.id != role.id
        ),
        key=lambda x: (-x[0], x[1]),
    )
    return (
        tuple(
            Partner(r.name, offices[r.office_id].name, offices[r.office_id].colour, shared)
            for shared, _, r in ranked[:PARTNERS]
            if shared
        ),
        across,
    )
