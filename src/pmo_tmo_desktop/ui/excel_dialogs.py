"""Import from Excel: a preview of what the workbook holds before anything changes."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.exchange.raci_xlsx_model import ImportPlan
from pmo_tmo_desktop.services import words


class ImportPreviewDialog(QDialog):
    def __init__(
        self, plan: ImportPlan, snapshot: m.Methodology, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from Excel"))
        roles = {r.name.casefold() for r in snapshot.roles}
        activities = {a.name.casefold() for a in snapshot.activities}
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
        if new_roles:
            shown = ", ".join(escape(n) for n in new_roles[:8])
            more = (
                self.tr(" and {n} more").format(n=len(new_roles) - 8) if len(new_roles) > 8 else ""
            )
            lines.append(self.tr("New roles: {names}{more}").format(names=shown, more=more))
        summary = QLabel("<br>".join(lines))
        summary.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Matched cells take the workbook's letters. Nothing is deleted "
                "unless you ask for it below. A backup is taken first, and "
                "Edit → Undo takes the whole import back."
            )
        )
        note.setWordWrap(True)
        self.replace = QCheckBox(self.tr("&Remove activities and roles the workbook does not have"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(note)
        layout.addWidget(self.replace)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None, plan: ImportPlan, snapshot: m.Methodology) -> bool | None:
        """None: cancelled; otherwise whether to remove what the workbook lacks."""
        dialog = cls(plan, snapshot, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.replace.isChecked()
