"""The workspace file commands of the main window: new, open, save as, backups, Excel."""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from pmo_tmo_desktop import APP_NAME
from pmo_tmo_desktop.domain.errors import (
    UserError,
    WorkspaceDamagedError,
    WorkspaceLockedError,
    WriteRefusedError,
)
from pmo_tmo_desktop.services import checks, demo, files, queries
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.ui.shell import places, preferences
from pmo_tmo_desktop.ui.shell.excel_dialogs import ImportPreviewDialog
from pmo_tmo_desktop.ui.widgets import settings as keys
from pmo_tmo_desktop.ui.widgets.dialogs import Messages, NewWorkspaceDialog, RestoreBackupDialog

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMainWindow, QWidget

    from pmo_tmo_desktop.services.changes import ChangeSet, Outcome
    from pmo_tmo_desktop.ui.raci.raci_view import RaciArea
    from pmo_tmo_desktop.ui.shell.file_notice import FileNotice
    from pmo_tmo_desktop.ui.shell.places import Places
    from pmo_tmo_desktop.ui.shell.room_control import RoomControl
    from pmo_tmo_desktop.ui.widgets.context import PageContext
    from pmo_tmo_desktop.ui.widgets.settings import Settings
    from pmo_tmo_desktop.ui.workshop.rating.rating_page import RatingPage

    class _Window(QMainWindow):
        """The window's parts the commands work on, and what it does (MainWindow)."""

        settings: Settings
        workspace: Workspace | None
        context: PageContext
        places: Places
        room: RoomControl
        raci_area: RaciArea
        file_notice: FileNotice
        backup_timer: QTimer
        undo_stack: QUndoStack
        _pages: dict[str, QWidget]

        @property
        def rating_page(self) -> RatingPage: ...

        def refresh(self, changes: ChangeSet | None) -> None: ...

        def run(
            self, text: str, call: Callable[[], Outcome], undoable: bool = True
        ) -> Outcome | None: ...

        def show_area(self, index: int) -> None: ...

        def _show_workspace_state(self, name: str | None = None) -> None: ...

    _Base = _Window
else:
    _Base = object


def demo_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "demo.pmotmo"


class FileCommands(_Base):
    """Mixed into MainWindow: every command that opens, creates, copies or restores a file."""

    def _folder(self) -> str:
        return self.places.folder(places.WORKSPACE)

    def _fail(self, error: UserError) -> None:
        self.context.fail(error)

    def _file_changes(self) -> AbstractContextManager[None]:
        """Held while the open file is copied or restored: whatever serves it pauses."""
        return self.room.paused()

    def new_workspace(self) -> None:
        request = NewWorkspaceDialog.ask(self, self._folder())
        while request is not None:
            if request.open_existing:
                self.open_path(str(request.path))
                return
            try:
                ws = files.new(request.path, request.template, request.name, request.organisation)
            except UserError as error:  # said, then the dialog again with what was typed
                self._fail(error)
                request = NewWorkspaceDialog.ask(self, self._folder(), request)
                continue
            self.set_workspace(ws)
            return

    def open_workspace(self) -> None:
        path = Messages.open_file(self, self._folder())
        if path:
            self.open_path(path)

    def open_demo(self) -> None:
        path = demo_path()
        if not path.exists():
            try:
                demo.create_demo(path).close()
            except UserError as error:
                self._fail(error)
                return
        self.open_path(str(path))

    def open_path(self, path: str, read_only: bool = False) -> bool:
        try:
            # The file's integrity check runs beside the first reads (on the other core);
            # its verdict comes before anything else is read, written or painted (`refresh`).
            ws = files.open_file(path, read_only=read_only, check_later=True)
        except WorkspaceLockedError as error:
            if Messages.confirm(self, APP_NAME, str(error), self.tr("Open Read-Only")):
                return self.open_path(path, read_only=True)
            return False
        except WriteRefusedError as error:  # a reader of a team library: read-only, said so
            if not self.open_path(path, read_only=True):
                return False
            self.statusBar().showMessage(str(error).split(";")[0], 10000)
            return True
        except WorkspaceDamagedError as error:
            return self._open_damaged(path, error)
        except UserError as error:
            if not Path(path).exists():
                self.settings.forget_recent(path)
            self._fail(error)
            return False
        try:
            self.set_workspace(ws)
        except Exception:
            # The check found damage, or a first read failed on it: the check decides.
            problem = ws.check.problem() if ws.check is not None else None
            if problem is None:
                raise
            self._drop_damaged(ws)
            return self._open_damaged(path, problem)
        return True

    def _drop_damaged(self, ws: Workspace) -> None:
        """Close a file found damaged: no backup of it, nothing written to it."""
        ws.check = None
        if self.workspace is ws:
            self.backup_timer.stop()
            self.undo_stack.clear()
            self.workspace = None
        ws.close()
        self._show_workspace_state()

    def _open_damaged(self, path: str, error: WorkspaceDamagedError) -> bool:
        if error.backup is None or not Messages.confirm(
            self,
            APP_NAME,
            self.tr(
                "{message}\n\nOpen a copy of that backup? The damaged file stays as it is."
            ).format(message=error),
            self.tr("Open Backup Copy"),
        ):
            if error.backup is None:
                self._fail(error)
            return False
        try:
            ws = files.recover_copy(path, error.backup)
        except UserError as again:
            self._fail(again)
            return False
        self.set_workspace(ws)
        return True

    def set_workspace(self, ws: Workspace) -> None:
        self.close_workspace()
        self.workspace = ws
        if not ws.is_library:  # a library has no path: nothing is remembered beside it
            self.settings.add_recent(str(ws.path))
            self.places.remember(places.WORKSPACE, ws.path)  # never the demo's hidden folder
        minutes = preferences.backup_minutes(self.settings)
        self.backup_timer.start(minutes * 60_000)
        # The area first, then its content: hidden areas are filled when first shown.
        self.show_area(self.settings.get(keys.LAST_AREA))
        self.refresh(None)
        self.statusBar().showMessage(self.tr("Opened {file}").format(file=ws.label), 5000)

    def commit_pending(self) -> None:
        """Text still in an editor (minutes, rationale, notes) is saved before the file goes."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()  # editors save when they lose the focus
            QApplication.processEvents()
        if self._pages:  # the workshop pages exist once they have been shown
            self.rating_page.commit_open_editor()

    def close_workspace(self) -> None:
        if self.workspace is None:
            return
        self.commit_pending()
        self.backup_timer.stop()
        self.undo_stack.clear()
        ws, self.workspace = self.workspace, None
        try:
            files.timed_backup(ws, preferences.backups_kept(self.settings))
        except (UserError, OSError) as error:
            self.statusBar().showMessage(str(error), 10000)
        ws.close()
        self._show_workspace_state()

    def save_as(self) -> None:
        if self.workspace is None:
            return
        target = Messages.save_file(self, self._folder())
        if not target:
            return
        self.commit_pending()
        with self._file_changes():
            try:
                ws = files.save_as(self.workspace, target)
            except UserError as error:
                self._fail(error)
                return
            self.undo_stack.clear()
            self.workspace = None  # save_as closed it and continues in the copy
            self.set_workspace(ws)

    def restore_backup(self) -> None:
        if self.workspace is None:
            return
        if self.workspace.read_only:
            return
        self.commit_pending()
        chosen = RestoreBackupDialog.ask(self, files.list_backups(self.workspace))
        if chosen is None:
            return
        with self._file_changes():
            try:
                files.restore(self.workspace, chosen)
            except UserError as error:
                self._fail(error)
                return
            self.undo_stack.clear()
            self.refresh(None)
        self.statusBar().showMessage(self.tr("Restored {file}").format(file=chosen.name), 8000)

    def export_excel(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        path = Messages.save_workbook(
            self, self.places.file(places.WORKBOOK, f"{ws.path.stem}.xlsx")
        )
        if not path:
            return
        # The matrix on screen is checked already, with every letter typed since it was read:
        # its report goes into the workbook as it is (checked again only when there is none).
        report = self.raci_area.report
        snapshot = self.raci_area.current_snapshot()
        try:
            if snapshot is not None and report is not None:
                checks.export_checked(snapshot, report, path)
            else:
                checks.export_workbook(ws, path, self.raci_area.limits)
        except (UserError, OSError) as error:
            self._fail(error if isinstance(error, UserError) else UserError(str(error)))
            return
        self.places.remember(places.WORKBOOK, path)
        self.file_notice.show_file(path, self.tr("Exported to {file}").format(file=Path(path).name))

    def import_excel(self) -> None:
        from pmo_tmo_desktop.services import transfer

        ws = self.workspace
        if ws is None or ws.read_only:
            return
        path = Messages.open_workbook(self, self.places.folder(places.WORKBOOK))
        if not path:
            return
        self.places.remember(places.WORKBOOK, path)
        try:
            plan = transfer.read_plan(path)
        except UserError as error:
            self._fail(error)
            return
        # The preview says how a hand-made sheet was read and lets the reading be switched.
        choice = ImportPreviewDialog.choose(self, plan, queries.methodology(ws), path)
        if choice is None:
            return
        self.run(
            self.tr("Import from Excel"),
            lambda: transfer.import_xlsx(ws, path, choice.replace, choice.reading),
        )

    def timed_backup(self) -> None:
        if self.workspace is None:
            return
        try:
            made = files.timed_backup(self.workspace, preferences.backups_kept(self.settings))
        except (UserError, OSError) as error:
            self.statusBar().showMessage(self.tr("Backup failed: {error}").format(error=error))
            return
        if made is not None:
            self.statusBar().showMessage(
                self.tr("Backed up to {file}").format(file=made.name), 4000
            )

    # -- changes ---------------------------------------------------------------------------
