"""What the window shows before a workspace is open: start something, or reopen a recent file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

COLUMN_WIDTH = 560


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("<h1>PMO–TMO Desktop</h1>"))
        intro = QLabel(
            self.tr(
                "One delivery method for the project and the technical offices, a RACI "
                "matrix both sides can trust, and workshops where both rate proposals "
                "together."
            )
        )
        intro.setWordWrap(True)
        self._buttons = QVBoxLayout()
        for text, signal in (
            (self.tr("&New workspace…"), self.new_requested),
            (self.tr("&Open workspace…"), self.open_requested),
            (self.tr("Open the &demo workspace"), self.demo_requested),
        ):
            button = QPushButton(text)
            button.setMinimumHeight(34)
            button.clicked.connect(signal.emit)
            self._buttons.addWidget(button)
        self.recent_title = QLabel(self.tr("<b>Recent workspaces</b>"))
        self._recent = QVBoxLayout()
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addLayout(self._buttons)
        column.addSpacing(12)
        column.addWidget(self.recent_title)
        column.addLayout(self._recent)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setFixedWidth(COLUMN_WIDTH)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 48, 24, 24)
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_recent(self, paths: list[str]) -> None:
        while self._recent.count():
            item = self._recent.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for path in paths:
            button = QPushButton()
            name = f"{Path(path).name}   —   "
            metrics = button.fontMetrics()  # a deep folder is shortened in its middle to fit
            room = COLUMN_WIDTH - metrics.horizontalAdvance(name) - 24
            folder = metrics.elidedText(str(Path(path).parent), Qt.TextElideMode.ElideMiddle, room)
            button.setText(f"{name}{folder}".replace("&", "&&"))  # "R&D.pmotmo" is no shortcut
            button.setFlat(True)
            button.setStyleSheet("text-align: left;")
            button.setToolTip(path)
            button.clicked.connect(lambda _=False, p=path: self.recent_requested.emit(p))
            self._recent.addWidget(button)
        self.recent_title.setVisible(bool(paths))
