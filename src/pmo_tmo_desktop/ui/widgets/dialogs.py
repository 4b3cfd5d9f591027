"""The small dialogs of the shell. Each opens through a classmethod `ask()` tests can replace."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop import WORKSPACE_SUFFIX
from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services.files import BackupInfo
from pmo_tmo_desktop.ui.widgets.record_model import Column, RecordTableModel


@dataclass(frozen=True)
class NewWorkspace:
    path: Path
    template: str
    name: str
    organisation: str
    open_existing: bool = False
    """The file was there already and the user chose to open it instead."""


def free_file(wanted: Path) -> Path:
    """`wanted`, or the first of "name 2", "name 3", … in its folder that is not taken."""
    if not wanted.exists():
        return wanted
    number = 2
    while True:
        candidate = wanted.with_name(f"{wanted.stem} {number}{wanted.suffix}")
        if not candidate.exists():
            return candidate
        number += 1


class NewWorkspaceDialog(QDialog):
    OPEN, RENAME = "open", "rename"

    def __init__(
        self, folder: str, parent: QWidget | None = None, filled: NewWorkspace | None = None
    ) -> None:
        super().__init__(parent)
        self._open_existing = False
        self.setWindowTitle(self.tr("New workspace"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Acme delivery method"))
        self.organisation = QLineEdit()
        self.template = QComboBox()
        self.template.addItem(
            self.tr("Integrated PMO–TMO lifecycle (8 phases, 18 roles)"), "integrated"
        )
        self.template.addItem(self.tr("Light lifecycle for small teams"), "light")
        self.template.addItem(self.tr("Empty: only the standard offices"), "empty")
        self.file = QLineEdit()
        self.file.textChanged.connect(self._show_taken)
        self.taken = QLabel()
        self.taken.setObjectName("fileTaken")
        self.taken.setWordWrap(True)
        self.taken.hide()
        self._folder = folder
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose where to save the workspace"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.name.textChanged.connect(self._suggest_file)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Start from:"), self.template)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file)  # Alt+F and a screen reader find the field
        form.addRow(file_label, file_row)
        form.addRow("", self.taken)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if filled is not None:  # asked again after a refusal: what was typed is still there
            self.name.setText(filled.name)
            self.organisation.setText(filled.organisation)
            self.template.setCurrentIndex(max(self.template.findData(filled.template), 0))
            self.file.setText(str(filled.path))
        self.resize(560, self.sizeHint().height())

    def _suggest_file(self, name: str) -> None:
        """The file follows the name, in the folder, under a name no file has yet."""
        stem = "".join(c if c.isalnum() or c in "-_ " else "_" for c in name).strip() or "workspace"
        self.file.setText(str(free_file(Path(self._folder) / f"{stem}{WORKSPACE_SUFFIX}")))

    def _path(self) -> Path:
        path = Path(self.file.text().strip())
        if path.suffix != WORKSPACE_SUFFIX:
            path = path.with_name(path.name + WORKSPACE_SUFFIX)
        return path

    def _show_taken(self) -> None:
        taken = bool(self.file.text().strip()) and self._path().exists()
        self.taken.setText(
            self.tr("“{file}” already exists here.").format(file=self._path().name) if taken else ""
        )
        self.taken.setVisible(taken)
        width = self.width()  # room for the line, or none once it has gone
        self.adjustSize()
        self.resize(width, self.height())

    @classmethod
    def ask_existing(cls, parent: QWidget, path: Path) -> str:
        """The file is there already: OPEN it, RENAME (choose another name) or "" (back)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            parent.windowTitle(),
            QCoreApplication.translate(
                "NewWorkspaceDialog",
                "“{file}” already exists in {folder}.\n\nOpen that workspace, or create the "
                "new one under another name?",
            ).format(file=path.name, folder=path.parent),
            parent=parent,
        )
        opened = box.addButton(
            QCoreApplication.translate("NewWorkspaceDialog", "Open It"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        renamed = box.addButton(
            QCoreApplication.translate("NewWorkspaceDialog", "Choose Another Name"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(renamed)
        box.exec()
        clicked = box.clickedButton()
        return cls.OPEN if clicked is opened else cls.RENAME if clicked is renamed else ""

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New workspace"),
            self.file.text() or self._folder,
            self.tr("PMO–TMO workspaces (*.pmotmo)"),
        )
        if path:
            self.file.setText(path)

    def _accept(self) -> None:
        if not self.name.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Give the workspace a name."))
            return
        if not self.file.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose where to save it."))
            return
        path = self._path()
        if path.exists():
            answer = self.ask_existing(self, path)
            if answer == self.OPEN:
                self._open_existing = True
            elif answer == self.RENAME:  # a free name in the same place, ready to change
                self.file.setText(str(free_file(path)))
                self.file.setFocus()
                self.file.setSelection(len(str(path.parent)) + 1, len(free_file(path).stem))
                return
            else:
                return
        self.accept()

    def result_value(self) -> NewWorkspace:
        return NewWorkspace(
            self._path(),
            str(self.template.currentData()),
            self.name.text().strip(),
            self.organisation.text().strip(),
            self._open_existing,
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, folder: str, filled: NewWorkspace | None = None
    ) -> NewWorkspace | None:
        dialog = cls(folder, parent, filled)
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PropertiesDialog(QDialog):
    """The workspace's name, organisation and RACI variant."""

    def __init__(self, info: m.WorkspaceInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workspace properties"))
        self.name = QLineEdit(info.name)
        self.organisation = QLineEdit(info.organisation)
        self.variant = QComboBox()
        descriptions = {
            m.RaciVariant.RACI: self.tr("RACI: Responsible, Accountable, Consulted, Informed"),
            m.RaciVariant.RASCI: self.tr("RASCI: adds Supportive"),
            m.RaciVariant.RACI_VS: self.tr("RACI-VS: adds Verifies and Signs"),
        }
        for variant, text in descriptions.items():
            self.variant.addItem(text, variant.value)
        self.variant.setCurrentIndex(list(descriptions).index(info.raci_variant))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("RACI &variant:"), self.variant)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def values(self) -> dict[str, str]:
        return {
            "name": self.name.text().strip(),
            "organisation": self.organisation.text().strip(),
            "raci_variant": str(self.variant.currentData()),
        }

    @classmethod
    def ask(cls, parent: QWidget | None, info: m.WorkspaceInfo) -> dict[str, str] | None:
        dialog = cls(info, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class RestoreBackupDialog(QDialog):
    def __init__(self, found: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore backup"))
        reasons = {
            "timed": self.tr("Timed backup"),
            "before-upgrade": self.tr("Before an upgrade"),
            "before-import": self.tr("Before an import"),
            "before-restore": self.tr("Before a restore"),
            "manual": self.tr("Manual backup"),
        }
        locale = QLocale()
        self.model = RecordTableModel(
            [
                Column(
                    self.tr("Taken"),
                    lambda b: (
                        locale.toString(b.taken, QLocale.FormatType.ShortFormat) if b.taken else "?"
                    ),
                ),
                Column(self.tr("Why"), lambda b: reasons.get(b.reason, b.reason)),
                Column(
                    self.tr("Size"),
                    lambda b: locale.formattedDataSize(b.size),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(self.tr("File"), lambda b: b.path.name),
            ],
            self,
        )
        self.model.set_records(found)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        if found:
            self.table.selectRow(0)
        note = QLabel(
            self.tr(
                "The workspace is backed up as it is now before it is restored, "
                "so a restore can itself be undone from this list."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(found))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(720, 380)

    def chosen(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()).path if rows else None

    @classmethod
    def ask(cls, parent: QWidget | None, found: list[BackupInfo]) -> Path | None:
        dialog = cls(found, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class Messages:
    """Message boxes, in one place so tests can answer them.

    With `interactive` off (the --smoke start) nothing waits for a person: warnings go to
    stderr and every question is answered no.
    """

    interactive = True

    @classmethod
    def warn(cls, parent: QWidget | None, title: str, text: str) -> None:
        if not cls.interactive:
            print(text, file=sys.stderr)
            return
        QMessageBox.warning(parent, title, text)

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, text: str) -> None:
        if not cls.interactive:
            print(text, file=sys.stderr)
            return
        QMessageBox.information(parent, title, text)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str, yes: str) -> bool:
        if not cls.interactive:
            print(text, file=sys.stderr)
            return False
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept

    @classmethod
    def open_file(cls, parent: QWidget | None, folder: str) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Messages", "Open workspace"),
            folder,
            QCoreApplication.translate("Messages", "PMO–TMO workspaces (*.pmotmo);;All files (*)"),
        )
        return path

    @classmethod
    def save_workbook(cls, parent: QWidget | None, suggestion: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Messages", "Export to Excel"),
            suggestion,
            QCoreApplication.translate("Messages", "Excel workbooks (*.xlsx)"),
        )
        if path and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return path

    @classmethod
    def open_workbook(cls, parent: QWidget | None, folder: str) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Messages", "Import from Excel"),
            folder,
            QCoreApplication.translate("Messages", "Excel workbooks (*.xlsx);;All files (*)"),
        )
        return path

    @classmethod
    def save_file(cls, parent: QWidget | None, folder: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Messages", "Save workspace as"),
            folder,
            QCoreApplication.translate("Messages", "PMO–TMO workspaces (*.pmotmo)"),
        )
        return path
