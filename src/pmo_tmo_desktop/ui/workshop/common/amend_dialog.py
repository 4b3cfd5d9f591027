"""The reason for an amendment: a closed workshop changes only on the record, with a why.

Also the banner the workshop pages show above a closed workshop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def closed_banner(name: str) -> QLabel:
    """A hidden banner for a closed workshop; the page sets its text and shows it."""
    banner = QLabel()
    banner.setObjectName(name)
    banner.setWordWrap(True)
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setStyleSheet(
        "background: #FFF4CE; color: #5C4400; border: 1px solid #E0C45C;"
        " border-radius: 4px; padding: 6px 10px;"
    )
    banner.hide()
    return banner


class AmendDialog(QDialog):
    """Names the change and asks why it is made; OK stays off while no reason is given."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record an amendment"))
        intro = QLabel(self.tr("This workshop is closed: the change is recorded as an amendment."))
        intro.setWordWrap(True)
        self.what = QLabel(what)
        self.what.setObjectName("amendWhat")
        self.what.setWordWrap(True)
        font = self.what.font()
        font.setBold(True)
        self.what.setFont(font)
        label = QLabel(self.tr("&Why is it changed?"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("amendReason")
        self.reason.setAccessibleName(self.tr("Reason for the amendment"))
        self.reason.setPlaceholderText(self.tr("e.g. the minutes recorded the wrong owner"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 14)
        label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Record Amendment"))
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda: self.ok.setEnabled(bool(self.why())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.what)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.setFocus()
        self.resize(480, self.sizeHint().height())

    def why(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        if self.why():
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> str | None:
        """The reason given for the change `what`, or None when cancelled."""
        dialog = cls(what, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.why() or None if accepted else None
