"""Copying an earlier workshop's set-up in: which workshop, and whether its participants
and/or criteria (asked by the set-up page's "Copy from earlier workshop…")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

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


class CopySetupDialog(QDialog):
    """Which earlier workshop to copy from, and whether its participants and/or criteria."""

    def __init__(self, workshops: Sequence[m.Workshop], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy from an earlier workshop"))
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Workshop to copy from"))
        newest_first = sorted(workshops, key=lambda w: (w.date or date.min, w.id), reverse=True)
        for w in newest_first:
            when = w.date.isoformat() if w.date else self.tr("no date")
            self.source.addItem(f"{when} · {w.title}", w.id)
        self.participants = QCheckBox(self.tr("&Participants, with their offices"))
        self.criteria = QCheckBox(self.tr("&Criteria, with weights, directions and scales"))
        for box in (self.participants, self.criteria):
            box.setChecked(True)
            box.toggled.connect(self._update)
        note = QLabel(self.tr("Names this workshop already has are left as they are."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.source)
        form.addRow("", self.participants)
        form.addRow("", self.criteria)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Copy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _update(self) -> None:
        wanted = self.participants.isChecked() or self.criteria.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(wanted)

    def answer(self) -> tuple[int, bool, bool]:
        return (
            int(self.source.currentData()),
            self.participants.isChecked(),
            self.criteria.isChecked(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, workshops: Sequence[m.Workshop]
    ) -> tuple[int, bool, bool] | None:
        """(workshop id, copy participants, copy criteria), or None when cancelled."""
        dialog = cls(workshops, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
