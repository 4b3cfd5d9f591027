"""The RACI area: filters, legend and the editable grid of letters."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import rules, rules_checker
from pmo_tmo_desktop.services import methodology, queries
from pmo_tmo_desktop.services.events import CellsChanged
from pmo_tmo_desktop.ui.raci.findings_panel import FindingsPanel
from pmo_tmo_desktop.ui.raci.raci_grid import LETTER_COLOURS, Cell, RaciGridModel, RaciGridView
from pmo_tmo_desktop.ui.widgets.context import Context


class RaciArea(QWidget):
    checked = Signal(object)
    """The report after every check, for views that show the alignment."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.summary = QLabel()
        self.model = RaciGridModel(self)
        self.model.edit_requested.connect(self._edit)
        self.model.read_every_letter = self.read_every_letter
        self.table = RaciGridView()
        self.table.setObjectName("raciTable")
        self.table.setAccessibleName(self.tr("RACI matrix"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Roles by office"))
        self.table.setModel(self.model)
        self.phase_filter = QComboBox()
        self.office_filter = QComboBox()
        self.kind_filter = QComboBox()
        for combo, name in (
            (self.phase_filter, self.tr("Phase filter")),
            (self.office_filter, self.tr("Office filter")),
            (self.kind_filter, self.tr("Kind filter")),
        ):
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(self._filter_changed)
        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("&Phase:"), self.phase_filter),
            (self.tr("&Office:"), self.office_filter),
            (self.tr("&Kind:"), self.kind_filter),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo)
        filters.addStretch(1)
        legend = QHBoxLayout()
        names = {
            "R": self.tr("Responsible"),
            "A": self.tr("Accountable"),
            "C": self.tr("Consulted"),
            "I": self.tr("Informed"),
            "S": self.tr("Supportive"),
            "V": self.tr("Verifies and signs"),
        }
        self._legend: dict[str, QLabel] = {}
        for letter, name in names.items():
            chip = QLabel(f"<b>{letter}</b> {name}")
            chip.setStyleSheet(
                f"background:{LETTER_COLOURS[letter]}; color:#1f1f1f; padding:2px 8px;"
                " border-radius:3px;"
            )
            legend.addWidget(chip)
            self._legend[letter] = chip
        hint = QLabel(
            self.tr(
                "Type a letter to toggle it in the selected cells · Delete clears · "
                "Ctrl+C / Ctrl+V exchange cells with a spreadsheet"
            )
        )
        hint.setStyleSheet("color: palette(mid);")
        hint.setWordWrap(True)
        self.table.setAccessibleDescription(
            self.tr(
                "Arrows move between the cells; a letter toggles it in the selected cells, "
                "Delete clears them; Ctrl+Space selects the role's column, Shift+Space the "
                "activity's row; Ctrl+C and Ctrl+V exchange cells with a spreadsheet"
            )
        )
        legend.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addLayout(legend)
        layout.addWidget(hint)
        self.findings = FindingsPanel()
        self.findings.finding_chosen.connect(self.show_finding)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.findings)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.limits = rules.Limits()
        self._report: rules.Report | None = None
        self._checker: rules_checker.Checker | None = None
        self._pending: m.Methodology | None = None
        self._painted = False
        self.table.painted.connect(self._grid_painted)
        self._stale = False
        self._snapshot: m.Methodology | None = None
        self._filling = False

    # -- showing ---------------------------------------------------------------------------

    def show_methodology(self, snapshot: m.Methodology) -> None:
        """Show `snapshot`; when its cells are left for later (`queries.methodology` without
        every cell), the letters of the rows in sight are read first and the others right
        after the grid's first paint, with the check (or at once, by whatever needs them);
        a hidden grid reads them all at once."""
        self._snapshot = snapshot
        self._fill_filters(snapshot)
        self.model.set_methodology(snapshot)
        self.table.reset()
        ws = self._ctx.workspace
        if not self.model.complete and not self.table.isVisible():
            self.read_every_letter()  # nothing to paint first: everything now, as one read
        elif not self.model.complete and ws is not None:
            shown = self.model.activities_in(self.table.rows_in_sight())
            first = queries.cells(ws, shown)
            self._snapshot = replace(snapshot, assignments=first)
            self.model.take_letters(first.letters, shown)
        variant = snapshot.info.raci_variant
        # S is Supportive in RASCI but Signs in RACI-VS, where V is Verifies.
        meanings = {
            "S": self.tr("Signs") if variant == m.RaciVariant.RACI_VS else self.tr("Supportive"),
            "V": self.tr("Verifies"),
        }
        for letter, chip in self._legend.items():
            chip.setVisible(letter in variant.letters)
            if letter in meanings:
                chip.setText(f"<b>{letter}</b> {meanings[letter]}")
        # The grid is shown first; the whole matrix is checked right after its first paint.
        self._checker, self._report, self._stale = None, None, False
        self._pending, self._painted = self._snapshot, False
        self._show_summary()
        self.findings.show_checking()
        QTimer.singleShot(0, self._check_when_due)

    def _show_summary(self) -> None:
        """The header: the matrix's size and how many cells are filled, as the grid holds them
        now (after every edit, undo and redo, not only when the matrix was read)."""
        snapshot = self._snapshot
        if snapshot is None:
            return
        cells = snapshot.assignments
        filled = (
            cells.filled
            if isinstance(cells, m.Cells) and not cells.complete
            else self.model.filled()
        )
        self.summary.setText(
            self.tr(
                "{variant} matrix: {activities} activities × {roles} roles, {cells} cells filled"
            ).format(
                variant=snapshot.info.raci_variant.value,
                activities=len(snapshot.activities),
                roles=len(snapshot.roles),
                cells=filled,
            )
        )

    def read_every_letter(self) -> None:
        """Read the letters the first look left out (the grid holds those in sight only)."""
        snapshot, ws = self._snapshot, self._ctx.workspace
        if snapshot is None or ws is None or getattr(snapshot.assignments, "complete", True):
            return
        with queries.no_cycle_collection():
            cells = queries.cells(ws)
            self._snapshot = replace(snapshot, assignments=cells)
            if self._pending is snapshot:
                self._pending = self._snapshot
            self.model.take_letters(cells.letters)

    @property
    def report(self) -> rules.Report | None:
        """The findings of the letters shown (a check still due is run first)."""
        self.finish_check()
        return self._report

    def show_letters(self, changed: dict[tuple[int, int], str]) -> None:
        """Letters changed and nothing else: repaint those cells, check only what they touch."""
        self.model.update_letters(changed)
        self._show_summary()
        self.finish_check()
        if self._checker is not None:
            self._stale = True
            self._report = self._checker.set_cells(changed)
            self.findings.show_report(self._report)
            self.checked.emit(self._report)

    def _grid_painted(self) -> None:
        if self._pending is not None and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._check_when_due)

    def _check_when_due(self) -> None:
        """Check now, unless the grid is on screen and has yet to be painted: then its first
        paint calls again."""
        if self._pending is not None and (self._painted or not self.table.isVisible()):
            self.finish_check()

    def finish_check(self) -> None:
        """Run the check of the matrix last shown, if it is still due."""
        if self._pending is not None:
            self.read_every_letter()
        snapshot, self._pending = self._pending, None
        if snapshot is None or not getattr(snapshot.assignments, "complete", True):
            return  # nothing to check, or the workspace closed before its letters were read
        self._checker = rules_checker.Checker(snapshot, self.limits)
        self._stale = False
        self._report = self._checker.report
        self.findings.show_report(self._report)
        self.checked.emit(self._report)

    def current_snapshot(self) -> m.Methodology | None:
        """The snapshot with every letter typed since it was read (built when asked for)."""
        self.read_every_letter()
        if self._snapshot is not None and self._stale and self._checker is not None:
            cells = self._checker.letters
            self._snapshot = replace(
                self._snapshot,
                assignments=m.Cells(dict(sorted(cells.items()))),
            )
            self._stale = False
        return self._snapshot

    def show_finding(self, finding: rules.Finding) -> None:
        """Select the cell or row a finding is about."""
        if finding.activity_id is not None:
            self.table.select_cells([(finding.activity_id, finding.role_id)])
        elif finding.role_id is not None:
            for column in range(self.model.columnCount()):
                if self.model.role_at(column).id == finding.role_id:
                    self.table.selectColumn(column)
                    break

    def _fill_filters(self, snapshot: m.Methodology) -> None:
        self._filling = True
        for combo, items in (
            (self.phase_filter, [(p.name, p.id) for p in snapshot.phases]),
            (self.office_filter, [(o.name, o.id) for o in snapshot.offices]),
            (
                self.kind_filter,
                [
                    (self.tr("Management"), "management"),
                    (self.tr("Technical"), "technical"),
                    (self.tr("Governance"), "governance"),
                ],
            ),
        ):
            keep = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for text, data in items:
                combo.addItem(text, data)
            found = combo.findData(keep)
            combo.setCurrentIndex(found if found >= 0 else 0)
        self._filling = False
        self.model.filters.update(self._filters())

    def _filters(self) -> dict[str, object]:
        return {
            "phase": self.phase_filter.currentData(),
            "office": self.office_filter.currentData(),
            "kind": self.kind_filter.currentData(),
        }

    def _filter_changed(self) -> None:
        if not self._filling:
            self.model.set_filter(**self._filters())
            self.table.reset()

    # -- editing ---------------------------------------------------------------------------

    def _edit(self, cells: list[Cell], what: str) -> None:
        ws = self._ctx.workspace
        if ws is None or ws.read_only:
            return
        texts = {
            "clear": self.tr("Clear letters"),
            "paste": self.tr("Paste letters"),
            "type": self.tr("Type letters"),
        }
        text = texts.get(what) or self.tr("Toggle {letter}").format(letter=what)
        self._ctx.run(text, lambda: methodology.set_letters(ws, cells))

    def cells_changed(self, event: CellsChanged) -> None:
        """Letters changed and nothing else: those cells are read again."""
        ws = self._ctx.workspace
        if ws is not None:
            self.show_letters(queries.letters(ws, event.cells))

    def focus_grid(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
