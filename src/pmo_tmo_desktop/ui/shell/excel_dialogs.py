"""Import from Excel: a preview of what the workbook holds before anything changes."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.exchange.raci_xlsx_model import ImportPlan
from pmo_tmo_desktop.services import words


@dataclass(frozen=True, slots=True)
class ImportChoice:
    """What the preview settled: whether to remove what the workbook lacks, and the reading."""

    replace: bool
    reading: str | None


class ImportPreviewDialog(QDialog):
    def __init__(
        self,
        plan: ImportPlan,
        snapshot: m.Methodology,
        parent: QWidget | None = None,
        path: Path | str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from Excel"))
        self.plan = plan
        self.snapshot = snapshot
        self.path = path
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.reading = QComboBox()
        names = words.reading_names()
        for reading in plan.readings:
            self.reading.addItem(names[reading], reading)
        self.reading.setCurrentIndex(max(0, self.reading.findData(plan.reading)))
        self.reading.currentIndexChanged.connect(self._reread)
        choice = QFormLayout()
        choice.addRow(self.tr("Read &as:"), self.reading)
        shown = path is not None and len(plan.readings) > 1
        self.reading.setVisible(shown)
        choice.labelForField(self.reading).setVisible(shown)
        note = QLabel(
            self.tr(
                "Matched cells take the workbook's letters. Nothing is deleted "
                "unless you ask for it below. A backup is taken first, and "
                "Edit → Undo takes the whole import back."
            )
        )
        note.setWordWrap(True)
        self.replace = QCheckBox(self.tr("&Remove activities and roles the workbook does not have"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(choice)
        layout.addWidget(note)
        layout.addWidget(self.replace)
        layout.addWidget(self.buttons)
        self._show_plan()
        self.resize(560, self.sizeHint().height())

    def chosen_reading(self) -> str | None:
        """The reading the preview shows (None: our own export)."""
        return self.plan.reading

    def _reread(self) -> None:
        """Read the file again the way the combo says, and show what that reading gives."""
        reading = self.reading.currentData()
        if self.path is None or reading is None or reading == self.plan.reading:
            return
        from pmo_tmo_desktop.services import transfer  # the workbook reader, when asked

        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            plan = transfer.read_plan(self.path, reading)
        except UserError as error:
            self.summary.setText(escape(str(error)))
            ok.setEnabled(False)
            return
        self.plan = plan
        ok.setEnabled(True)
        self._show_plan()

    def _show_plan(self) -> None:
        plan, snapshot = self.plan, self.snapshot
        roles = {r.name.casefold() for r in snapshot.roles}
        activities = {a.name.casefold() for a in snapshot.activities}
        offices = {o.name.casefold() for o in snapshot.offices}
        new_roles = [r.name for r in plan.roles if r.name.casefold() not in roles]
        new_activities = [a.name for a in plan.activities if a.name.casefold() not in activities]
        layout_name = (
            self.tr("exported by PMO–TMO Desktop")
            if plan.layout == "ours"
            else self.tr("a hand-made matrix")
        )
        lines = [
            self.tr("<b>{file}</b>, sheet <b>{sheet}</b> ({layout})").format(
                file=escape(plan.file), sheet=escape(plan.sheet), layout=layout_name
            ),
            self.tr("{roles} ({new} new), {activities} ({new_a} new), {cells}").format(
                roles=words.count("role", len(plan.roles)),
                new=len(new_roles),
                activities=words.count("activity", len(plan.activities)),
                new_a=len(new_activities),
                cells=words.count("filled cell", len(plan.cells)),
            ),
        ]
        if plan.reading is not None:
            lines.append(
                self.tr("Read as: {reading}").format(
                    reading=escape(words.reading_names()[plan.reading])
                )
            )
        if new_roles:
            shown = ", ".join(escape(n) for n in new_roles[:8])
            more = (
                self.tr(" and {n} more").format(n=len(new_roles) - 8) if len(new_roles) > 8 else ""
            )
            lines.append(self.tr("New roles: {names}{more}").format(names=shown, more=more))
        new_offices = [o for o in plan.offices if o.casefold() not in offices]
        if new_offices:
            lines.append(
                self.tr("New offices (from the row above the roles): {names}").format(
                    names=self._some(new_offices)
                )
            )
        if plan.phase_rows:
            lines.append(
                self.tr("Rows read as phases: {cells}").format(cells=self._some(plan.phase_rows))
            )
        if plan.references:
            lines.append(self.tr("Activity ids (such as 1.1) are kept out of the names."))
        self.summary.setText("<br>".join(lines))

    def _some(self, names: tuple[str, ...] | list[str]) -> str:
        shown = ", ".join(escape(n) for n in names[:8])
        return shown + (self.tr(" and {n} more").format(n=len(names) - 8) if len(names) > 8 else "")

    @classmethod
    def ask(cls, parent: QWidget | None, plan: ImportPlan, snapshot: m.Methodology) -> bool | None:
        """None: cancelled; otherwise whether to remove what the workbook lacks."""
        dialog = cls(plan, snapshot, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.replace.isChecked()

    @classmethod
    def choose(
        cls, parent: QWidget | None, plan: ImportPlan, snapshot: m.Methodology, path: Path | str
    ) -> ImportChoice | None:
        """None: cancelled; otherwise whether to remove what the workbook lacks and the
        reading chosen in the preview (to pass on to `transfer.import_xlsx`)."""
        dialog = cls(plan, snapshot, parent, path)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return ImportChoice(dialog.replace.isChecked(), dialog.chosen_reading())
