"""Where the file dialogs open: the folder last used for each kind of file, the export folder
the preferences name, else the user's documents folder — never the app's own data folder,
which is hidden and which the demo lives in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from pmo_tmo_desktop.ui.shell import preferences
from pmo_tmo_desktop.ui.widgets.settings import LAST_FOLDER, Key, Settings

WORKSPACE = "workspace"
WORKBOOK = "workbook"
DOCUMENT = "document"
FOLDER = "folder"
KINDS = {
    WORKSPACE: LAST_FOLDER,  # its name from before the kinds were told apart
    WORKBOOK: Key("files/last_workbook_folder", "", str),
    DOCUMENT: Key("files/last_document_folder", "", str),
    FOLDER: Key("files/last_pack_folder", "", str),
}
"""Workspaces; Excel workbooks (methodology, set-up, ballots, results); PDF documents
(minutes, name cards); folders written whole (meeting packs, ballots out)."""
EXPORTS = (WORKBOOK, DOCUMENT, FOLDER)


def documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _app_folders() -> list[Path]:
    kinds = (
        QStandardPaths.StandardLocation.AppDataLocation,
        QStandardPaths.StandardLocation.AppLocalDataLocation,
        QStandardPaths.StandardLocation.AppConfigLocation,
        QStandardPaths.StandardLocation.CacheLocation,
    )
    return [Path(QStandardPaths.writableLocation(k)) for k in kinds]


def is_app_folder(folder: Path) -> bool:
    """True inside the app's own data, settings or cache folders."""
    try:
        resolved = folder.resolve()
    except OSError:
        return False
    for own in _app_folders():
        try:
            own = own.resolve()
        except OSError:
            continue
        if resolved == own or own in resolved.parents:
            return True
    return False


def _usable(folder: str) -> bool:
    return bool(folder) and Path(folder).is_dir() and not is_app_folder(Path(folder))


class Places:
    """The folder each kind of file dialog opens in, remembered as the user chooses."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def folder(self, kind: str) -> str:
        if kind in EXPORTS:
            chosen = preferences.export_folder(self._settings)
            if _usable(chosen):
                return chosen
        last = self._settings.get(KINDS[kind])
        return last if _usable(last) else str(documents())

    def file(self, kind: str, name: str) -> str:
        """A file name suggested in the folder of its kind."""
        return str(Path(self.folder(kind)) / name)

    def remember(self, kind: str, chosen: str | Path) -> None:
        """Remember the folder of a chosen file (or a chosen folder) for the next dialog of
        its kind; the app's own folders are never remembered."""
        path = Path(chosen)
        folder = path if path.is_dir() else path.parent
        if _usable(str(folder)):
            self._settings.set(KINDS[kind], str(folder))
