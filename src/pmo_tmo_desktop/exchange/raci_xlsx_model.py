"""The plain data of the methodology workbook: its texts, findings rows and the import plan."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from pmo_tmo_desktop.domain.model import RaciVariant


@dataclass(frozen=True, slots=True)
class FindingRow:
    """One line of the Findings sheet (the check's result, already in words)."""

    severity: str
    rule: str
    phase: str
    activity: str
    role: str
    message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Texts:
    """Every user-visible string the workbook carries, in the reader's language:
    services.methodology_texts translates them (the English source texts are written there
    only). The headings of the phase, activity, office, role, deliverable and control point
    columns are read back on import, so they must be among the words the reader knows (see
    PHASE_WORDS and the like below)."""

    methodology_sheet: str
    raci_sheet: str
    roles_sheet: str
    findings_sheet: str
    lists_sheet: str
    deliverables_sheet: str
    control_points_sheet: str
    deliverable: str
    control_point: str
    criteria: str
    approvers: str
    phase: str
    activity: str
    kind: str
    owning_office: str
    description: str
    deliverables: str
    control_points: str
    office: str
    role: str
    r_count: str
    a_count: str
    severity: str
    rule: str
    message: str
    legend: str
    responsible: str
    accountable: str
    supportive: str
    consulted: str
    informed: str
    verifies: str
    signs: str
    invalid_letters_title: str
    invalid_letters: str

    def meanings(self, variant: RaciVariant) -> dict[str, str]:
        """Letter → meaning for `variant`, in its display order (S differs between variants)."""
        known = {
            "R": self.responsible,
            "A": self.accountable,
            "C": self.consulted,
            "I": self.informed,
            "V": self.verifies,
            "S": self.signs if variant is RaciVariant.RACI_VS else self.supportive,
        }
        return {letter: known[letter] for letter in variant.letters}


CellKey = tuple[str | None, str, str]
"""(phase name or None, activity name, role name)."""


@dataclass(frozen=True, slots=True)
class PlanRole:
    name: str
    office: str | None
    description: str | None = None
    """None: the workbook does not say (a matched role keeps its own)."""


@dataclass(frozen=True, slots=True)
class PlanActivity:
    phase: str | None
    name: str
    kind: str | None
    office: str | None
    description: str | None = None
    detailed: bool = False
    """The workbook describes it (our Methodology sheet): kind, owner and description hold,
    an empty owner included; otherwise only what is given is used."""


@dataclass(frozen=True, slots=True)
class PlanDeliverable:
    phase: str
    activity: str
    name: str
    kind: str
    description: str


@dataclass(frozen=True, slots=True)
class PlanControlPoint:
    phase: str
    activity: str | None
    """None: the control point stands at the phase."""
    name: str
    kind: str
    criteria: str
    approvers: tuple[str, ...]
    """Role names, each one of the workbook's roles."""


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """A workbook read and checked in full: plain names and letters, nothing resolved yet."""

    file: str
    sheet: str
    layout: Literal["ours", "hand-made"]
    offices: tuple[str, ...]
    roles: tuple[PlanRole, ...]
    phases: tuple[str, ...]
    activities: tuple[PlanActivity, ...]
    cells: Mapping[CellKey, str]
    """Normalised letters of the non-empty cells (letters of any variant)."""
    where: Mapping[CellKey, str] = field(default_factory=dict)
    """Each cell's coordinate on `sheet` (e.g. "F7"), for messages."""
    activity_cells: Mapping[tuple[str | None, str], str] = field(default_factory=dict)
    """Each activity's name cell on `sheet`, for messages."""
    office_colours: Mapping[str, str] = field(default_factory=dict)
    """Colours (#RRGGBB) of the office header cells, where the workbook has them."""
    phase_descriptions: Mapping[str, str] = field(default_factory=dict)
    """Phase name → description, from our Methodology sheet's phase rows."""
    deliverables: tuple[PlanDeliverable, ...] | None = None
    """None: the workbook has no Deliverables sheet (an older export); nothing changes."""
    control_points: tuple[PlanControlPoint, ...] | None = None
    """None: the workbook has no Control points sheet (an older export); nothing changes."""
    reading: str | None = None
    """How a hand-made sheet was read (one of READINGS); None for our own export."""
    readings: tuple[str, ...] = ()
    """The readings of READINGS under which the sheet reads without a problem, `reading`
    among them when it does: more than one means the layout is ambiguous."""
    phase_rows: tuple[str, ...] = ()
    """Cells (e.g. "A4") of the rows without letters that were read as phases."""
    references: Mapping[tuple[str | None, str], str] = field(default_factory=dict)
    """Each activity's reference from an id column ("1.1"), kept out of its name."""


READINGS = ("roles", "roles-flat", "letters", "letters-flat")
"""The ways a hand-made matrix can be read: role names across with letters in the cells, or
one column per letter with role names in the cells; "-flat": every named row is an
activity, none is read as a phase row."""


def _words(*words: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


PHASE_WORDS = _words("Phase", "Phasen", "Fase", "Fases", "Stage")
ACTIVITY_WORDS = _words(
    "Activity",
    "Activities",
    "Aktivität",
    "Aktivitäten",
    "Activité",
    "Activités",
    "Actividad",
    "Actividades",
    "Task",
    "Tasks",
    "Aufgabe",
    "Tâche",
    "Tarea",
)
OFFICE_WORDS = _words("Office", "Büro", "Bureau", "Oficina", "Abteilung")
ROLE_WORDS = _words("Role", "Rolle", "Rôle", "Rol")
DELIVERABLE_WORDS = _words(
    "Deliverable", "Liefergegenstand", "Lieferobjekt", "Livrable", "Entregable"
)
CONTROL_WORDS = _words(
    "Control point", "Kontrollpunkt", "Point de contrôle", "Punto de control", "Gate"
)
DETAIL_WORDS = _words(
    "Description",
    "Beschreibung",
    "Descripción",
    "Kind",
    "Art",
    "Type",
    "Typ",
    "Tipo",
    "Notes",
    "Notizen",
    "Remarques",
    "Notas",
    "Comment",
    "Comments",
    "Kommentar",
    "Commentaire",
    "Commentaires",
    "Comentario",
    "Comentarios",
    "Owning office",
)
"""Headers of columns a hand-made matrix may have beside the roles; they are not roles."""
ID_WORDS = _words("ID", "#", "WBS", "No.", "No", "Nr.", "Nr", "Nº", "Ref", "Ref.", "Code")
"""Headers of an id column before the activity names."""
_LETTER_NAMES = {
    **dict.fromkeys(("R", "Responsible", "Verantwortlich", "Responsable"), "R"),
    **dict.fromkeys(("A", "Accountable", "Rechenschaftspflichtig", "Approver"), "A"),
    **dict.fromkeys(("C", "Consulted", "Konsultiert", "Consulté", "Consultado"), "C"),
    **dict.fromkeys(("I", "Informed", "Informiert", "Informé", "Informado"), "I"),
    **dict.fromkeys(("S", "Supportive", "Support", "Sign-off", "Sign off", "Signs"), "S"),
    **dict.fromkeys(("V", "Verifies", "Verify", "Verifier"), "V"),
}
LETTER_HEADS = {name.casefold(): letter for name, letter in _LETTER_NAMES.items()}
"""Headers of the layout with one column per letter, and the letter each stands for."""
