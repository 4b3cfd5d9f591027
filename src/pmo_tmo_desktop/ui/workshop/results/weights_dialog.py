"""Criteria weights… (Results page): what the participants' pairwise comparisons say, per
office and for the group, with the workshop's office privacy as the weights report applies
it, and the facilitator's choice: adopt the group's weights, or keep the weights set by hand.
Either is one step of the window's undo."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import ahp
from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import pairwise, weights_view
from pmo_tmo_desktop.services.changes import Outcome
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.services.weights_view import Entry, WeightsReport
from pmo_tmo_desktop.ui.widgets.context import Context
from pmo_tmo_desktop.ui.widgets.qt_common import RIGHT
from pmo_tmo_desktop.ui.widgets.record_model import Column, RecordTableModel

DASH = "—"


def _table(model: RecordTableModel, name: str, accessible: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    _fit(view)
    return view


def _fit(view: QTableView) -> None:
    """Figures as wide as they need, the first column the rest."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class WeightsDialog(QDialog):
    """The weights report of one workshop, with Adopt Group Weights and Keep Set Weights."""

    def __init__(
        self, ctx: Context, workshop_id: int, parent: QWidget | None = None, closed: bool = False
    ) -> None:
        super().__init__(parent)
        self._ctx, self._workshop = ctx, workshop_id
        self.report: WeightsReport | None = None
        self.closed = closed
        """A closed workshop's weights are shown, not changed."""
        self.setWindowTitle(self.tr("Criteria weights"))
        self.in_force = QLabel()
        self.in_force.setObjectName("weightsInForce")
        self.in_force.setWordWrap(True)
        self.in_force.setTextFormat(Qt.TextFormat.RichText)
        self.criteria_model = RecordTableModel((), self)
        self.criteria = _table(
            self.criteria_model, "weightsByCriterion", self.tr("Weights by criterion")
        )
        self.entries_model = RecordTableModel(
            [
                Column(self.tr("Who"), self._who),
                Column(self.tr("Participants who compared"), self._people, RIGHT),
                Column(
                    self.tr("Consistency ratio"),
                    lambda e: self._ratio(e),
                    RIGHT,
                    tooltip=lambda e: self._withheld_tip(e),
                ),
                Column(self.tr("Least consistent answer"), self._worst),
                Column(self.tr("Pairs not compared"), lambda e: e.missing, RIGHT),
            ],
            self,
        )
        self.entries = _table(
            self.entries_model, "weightsConsistency", self.tr("Consistency of the comparisons")
        )
        self.note = QLabel()
        self.note.setObjectName("weightsNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self.adopt_button = QPushButton(self.tr("&Adopt Group Weights"))
        self.adopt_button.setToolTip(
            self.tr(
                "Write the group's weights into the criteria and score the results with them; "
                "Undo takes it back"
            )
        )
        self.adopt_button.clicked.connect(self.adopt)
        self.keep_button = QPushButton(self.tr("&Keep Set Weights"))
        self.keep_button.setToolTip(self.tr("Put the weights set by hand back in force"))
        self.keep_button.clicked.connect(self.keep)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.adopt_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.in_force)
        layout.addWidget(self.criteria, 1)
        layout.addWidget(self.entries, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(900, 660)
        self.load()

    # -- showing ---------------------------------------------------------------------------

    def load(self) -> None:
        ws = self._ctx.workspace
        if ws is None:
            return
        report = weights_view.load(ws, self._workshop)
        self.report = report
        columns = [
            Column(self.tr("Criterion"), lambda c: c[1]),
            Column(self.tr("Weight in force"), lambda c: self._number(c[2]), RIGHT),
            Column(self.tr("Share"), lambda c: self._share(c[2]), RIGHT),
        ]
        # everyone's progress; their own figures only where the report shows them
        shown = [*report.participants, *report.offices.values(), report.group]
        columns += [self._weight_column(e) for e in (*report.offices.values(), report.group)]
        self.criteria_model = RecordTableModel(columns, self)
        self.criteria.setModel(self.criteria_model)
        _fit(self.criteria)
        self.criteria_model.set_records(report.criteria)
        self.entries_model.set_records(shown)
        self._show_in_force(report)
        ws_open = not ws.read_only and not self.closed
        self.adopt_button.setEnabled(ws_open and report.group.people > 0)
        self.keep_button.setEnabled(ws_open and report.in_force == "group")
        if report.private:
            self.note.setText(
                self.tr(
                    "Office-tagged or anonymous workshop: nobody's own weights are shown, and an "
                    "office's or the group's only once two of its participants compared the "
                    "criteria (— withheld)."
                )
            )
        else:
            self.note.setText(
                self.tr("A consistency ratio up to {limit} is usually accepted.").format(
                    limit=QLocale().toString(ahp.ACCEPTABLE_CR, "f", 2)
                )
            )

    def _show_in_force(self, report: WeightsReport) -> None:
        if report.in_force == "group":
            when = report.adopted_at.strftime("%Y-%m-%d %H:%M") if report.adopted_at else ""
            text = self.tr(
                "<b>In force:</b> the group's weights from the pairwise comparisons (AHP), "
                "adopted {date}. Results are scored with them."
            ).format(date=escape(when))
        else:
            text = self.tr("<b>In force:</b> the weights set by the facilitator.")
        self.in_force.setText(text)

    def _who(self, entry: Entry) -> str:
        if self.report is not None and entry is self.report.group:
            return self.tr("Group")
        if entry.name is None:
            return self.tr("Participant")
        if entry.office and entry.office != entry.name:
            return f"{entry.name} ({entry.office})"
        return entry.name

    def _weight_column(self, entry: Entry) -> Column:
        """The weight `entry` gives each criterion, and why none is shown where it is not."""
        return Column(
            self._who(entry),
            lambda c: self._weight(entry, c[0]),
            RIGHT,
            tooltip=lambda _c: self._withheld_tip(entry),
        )

    def _people(self, entry: Entry) -> str:
        """How many compared, for an office or the group (a person's row: their progress)."""
        if self.report is not None and any(entry is p for p in self.report.participants):
            return ""
        return str(entry.people)

    def _number(self, weight: float) -> str:
        places = 0 if float(weight).is_integer() else 2
        return QLocale().toString(weight, "f", places)

    def _share(self, weight: float) -> str:
        total = sum(w for _, _, w in self.report.criteria) if self.report else 0
        return QLocale().toString(100 * weight / total, "f", 1) + " %" if total else DASH

    def _weight(self, entry: Entry, criterion: int) -> str:
        result = entry.result
        if result is None or result.weights is None or criterion not in result.weights:
            return DASH
        return QLocale().toString(100 * result.weights[criterion], "f", 1) + " %"

    def _ratio(self, entry: Entry) -> str:
        result = entry.result
        if result is None or result.consistency_ratio is None:
            return DASH
        return QLocale().toString(result.consistency_ratio, "f", 2)

    def _worst(self, entry: Entry) -> str:
        result, report = entry.result, self.report
        if result is None or report is None or result.most_inconsistent is None:
            return DASH
        names = {i: n for i, n, _ in report.criteria}
        a, b = result.most_inconsistent
        return self.tr("{a} vs {b}").format(a=names[a], b=names[b])

    def _withheld_tip(self, entry: Entry) -> str:
        if entry.result is None and entry.people > 0:
            return self.tr("Withheld for privacy: fewer than two participants compared")
        if entry.people == 0:
            return self.tr("Nobody has compared the criteria yet")
        return ""

    # -- the facilitator's choice ----------------------------------------------------------

    def _run(self, text: str, call: Callable[[Workspace], Outcome]) -> None:
        ws = self._ctx.workspace
        if ws is None or ws.read_only:
            return
        self._ctx.run(text, lambda: call(ws))  # a refusal is told by the window
        self.load()

    def adopt(self) -> None:
        """Adopt the group's weights (undoable); the results are scored with them."""
        self._run(
            self.tr("Adopt group weights"),
            lambda ws: pairwise.adopt_group_weights(ws, self._workshop),
        )

    def keep(self) -> None:
        """Put the weights set by hand back in force (undoable)."""
        self._run(
            self.tr("Keep set weights"), lambda ws: pairwise.keep_set_weights(ws, self._workshop)
        )

    @classmethod
    def ask(cls, ctx: Context, workshop: m.Workshop, parent: QWidget | None) -> None:
        """Show the dialog for `workshop` until it is closed."""
        closed = workshop.status == m.WorkshopStatus.CLOSED
        cls(ctx, workshop.id, parent, closed).exec()
