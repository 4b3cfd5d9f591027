"""The file choosers of the Workshop menu (set-up workbooks, ballots, documents), in one place
so tests can answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


class Files:
    """File choosers, in one place so tests can answer them."""

    @classmethod
    def setup_out(cls, parent: QWidget, folder: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("WorkshopMenu", "Save a blank set-up workbook"),
            str(Path(folder) / "workshop-setup.xlsx"),
            QCoreApplication.translate("WorkshopMenu", "Excel workbooks (*.xlsx)"),
        )
        return path

    @classmethod
    def setup_in(cls, parent: QWidget, folder: str) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("WorkshopMenu", "New workshop from a set-up workbook"),
            folder,
            QCoreApplication.translate("WorkshopMenu", "Excel workbooks (*.xlsx)"),
        )
        return path

    @classmethod
    def folder(cls, parent: QWidget, folder: str) -> str:
        return QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("WorkshopMenu", "Folder for the ballots"), folder
        )

    @classmethod
    def save_as(cls, parent: QWidget, suggestion: str, suffix: str) -> str:
        kinds = {
            ".pdf": QCoreApplication.translate("WorkshopMenu", "PDF documents (*.pdf)"),
            ".xlsx": QCoreApplication.translate("WorkshopMenu", "Excel workbooks (*.xlsx)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("WorkshopMenu", "Save as"),
            suggestion,
            kinds.get(suffix, ""),
        )
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path

    @classmethod
    def ballots_in(cls, parent: QWidget, folder: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("WorkshopMenu", "Import filled ballots"),
            folder,
            QCoreApplication.translate("WorkshopMenu", "Excel workbooks (*.xlsx)"),
        )
        return list(paths)
