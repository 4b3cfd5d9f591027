"""Workshop → Meeting Pack: choose the parts, pick a folder, watch the progress, cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PackDialog(QDialog):
    """Which documents to write, and where."""

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting pack"))
        names = {
            "preread": self.tr("&Pre-read (agenda, proposals, criteria, method — no results)"),
            "minutes": self.tr("&Minutes (PDF)"),
            "handbook": self.tr("Role &handbook (who does what, office by office)"),
            "methodology": self.tr("Methodology and &RACI workbook"),
            "results": self.tr("Results &workbook (every rating, recomputable)"),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Write these documents:")))
        self.boxes: dict[str, QCheckBox] = {}
        for key, text in names.items():
            box = QCheckBox(text)
            box.setChecked(True)
            self.boxes[key] = box
            layout.addWidget(box)
        self.folder = QLineEdit(folder)
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the folder for the pack"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Folder:"))
        caption.setBuddy(self.folder)
        row.addWidget(caption)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the pack"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def choice(self) -> tuple[Path, list[str]]:
        return Path(self.folder.text().strip()), [k for k, b in self.boxes.items() if b.isChecked()]

    @classmethod
    def ask(cls, parent: QWidget | None, folder: str) -> tuple[Path, list[str]] | None:
        dialog = cls(folder, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()


class PackProgress:
    """A cancellable progress dialog fed by `write_pack`'s progress callback."""

    def __init__(self, parent: QWidget | None, total: int) -> None:
        self.dialog = QProgressDialog(
            QCoreApplication.translate("PackDialog", "Writing the meeting pack…"),
            QCoreApplication.translate("PackDialog", "Cancel"),
            0,
            total,
            parent,
        )
        self.dialog.setWindowTitle(QCoreApplication.translate("PackDialog", "Meeting pack"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setValue(0)

    def __call__(self, done: int, total: int, label: str) -> bool:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        self.dialog.setLabelText(
            QCoreApplication.translate("PackDialog", "Writing {name}…").format(name=label)
        )
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.close()
