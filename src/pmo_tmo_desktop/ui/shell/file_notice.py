"""After a file is written: a word in the status bar with Open and Show in Folder, so the
minutes can be opened or attached to an e-mail without hunting for them."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from pmo_tmo_desktop import APP_NAME
from pmo_tmo_desktop.ui.widgets.dialogs import Messages

SHOWN_MS = 30_000


class Desktop:
    """Hands files and folders to the operating system, in one place so tests can watch."""

    @classmethod
    def open(cls, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @classmethod
    def reveal(cls, path: Path) -> bool:
        """The file's folder, with the file selected where the system can do that."""
        if sys.platform == "win32":
            return QProcess.startDetached("explorer.exe", [f"/select,{path}"])[0]
        if sys.platform == "darwin":
            return QProcess.startDetached("open", ["-R", str(path)])[0]
        return cls.open(path.parent)


class FileNotice(QWidget):
    """ "Wrote minutes.pdf  [Open] [Show in Folder]", for half a minute or until the next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileNotice")
        self.label = QLabel()
        self.open_button = QToolButton()
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setAutoRaise(True)
        self.open_button.clicked.connect(self._open)
        self.reveal_button = QToolButton()
        self.reveal_button.setText(self.tr("Show in &Folder"))
        self.reveal_button.setAutoRaise(True)
        self.reveal_button.clicked.connect(self._reveal)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(self.reveal_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.path: Path | None = None
        self.hide()

    def show_file(self, path: str | Path, text: str = "") -> None:
        """A file was written: `text` says so (default: "Wrote <name>")."""
        self.path = Path(path)
        self.label.setText(text or self.tr("Wrote {file}").format(file=self.path.name))
        self.label.setToolTip(str(self.path))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open {file}").format(file=self.path.name))
        self.reveal_button.setVisible(True)
        self._show()

    def show_folder(self, folder: str | Path, text: str) -> None:
        """Files were written into `folder` (a meeting pack, ballots)."""
        self.path = Path(folder)
        self.label.setText(text)
        self.label.setToolTip(str(self.path))
        self.open_button.setText(self.tr("&Open Folder"))
        self.open_button.setAccessibleName(
            self.tr("Open the folder {folder}").format(folder=self.path.name)
        )
        self.reveal_button.setVisible(False)
        self._show()

    def _show(self) -> None:
        self.show()
        self._timer.start(SHOWN_MS)

    def _open(self) -> None:
        if self.path is not None and not Desktop.open(self.path):
            self._refused()

    def _reveal(self) -> None:
        if self.path is not None and not Desktop.reveal(self.path):
            self._refused()

    def _refused(self) -> None:
        Messages.warn(
            self.window(),
            APP_NAME,
            self.tr(
                "The system could not open {path}; it is there, open it from your file manager."
            ).format(path=self.path),
        )
