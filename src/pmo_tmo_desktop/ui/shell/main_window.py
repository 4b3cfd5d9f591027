"""The main window: menus, one undo stack, navigation between areas, the open workspace."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QStyle,
    QWidget,
)

from pmo_tmo_desktop import APP_NAME, __version__
from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.resources import resource
from pmo_tmo_desktop.services import (
    methodology,
    queries,
)
from pmo_tmo_desktop.services.changes import ChangeSet, Outcome
from pmo_tmo_desktop.services.events import CellsChanged, MethodologyChanged
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.ui.methodology.methodology_view import MethodologyArea
from pmo_tmo_desktop.ui.offices.alignment_view import AlignmentArea
from pmo_tmo_desktop.ui.offices.roles_view import RolesArea
from pmo_tmo_desktop.ui.raci.raci_view import RaciArea
from pmo_tmo_desktop.ui.shell import preferences, preferences_dialog
from pmo_tmo_desktop.ui.shell.file_commands import FileCommands
from pmo_tmo_desktop.ui.shell.file_notice import FileNotice
from pmo_tmo_desktop.ui.shell.places import Places
from pmo_tmo_desktop.ui.shell.printing import Printing
from pmo_tmo_desktop.ui.shell.room_control import RoomControl
from pmo_tmo_desktop.ui.shell.welcome import WelcomePage
from pmo_tmo_desktop.ui.shell.workshop_menu import WorkshopMenu
from pmo_tmo_desktop.ui.shell.workshop_pages import WorkshopPages
from pmo_tmo_desktop.ui.widgets import settings as keys
from pmo_tmo_desktop.ui.widgets.change_hub import ChangeHub
from pmo_tmo_desktop.ui.widgets.common import tinted_icon
from pmo_tmo_desktop.ui.widgets.context import STATUS_MS, PageContext
from pmo_tmo_desktop.ui.widgets.dialogs import (
    PropertiesDialog,
)
from pmo_tmo_desktop.ui.widgets.settings import Settings
from pmo_tmo_desktop.ui.workshop.common.workshop_feed import WorkshopFeed

if TYPE_CHECKING:
    from pmo_tmo_desktop.ui.workshop.presenter.presenter import PresenterWindow

FALLBACK_KEYS = {
    QKeySequence.StandardKey.SaveAs: "Ctrl+Shift+S",
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
}
"""Keys for standard actions on platforms that bind none to them."""


class MainWindow(FileCommands, WorkshopPages, QMainWindow):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.workspace: Workspace | None = None
        self._behind: set[QWidget] = set()
        self._tree_snapshot: m.Methodology | None = None
        self._pages: dict[str, QWidget] = {}
        self._locked_actions: list[QAction] = []
        self.presenter: PresenterWindow | None = None  # built when first shown
        self.undo_stack = QUndoStack(self)
        # What every change means, for whoever shows it; the chosen workshop, kept current.
        self.changes = ChangeHub()
        self.changes.subscribe(MethodologyChanged, self._methodology_changed)  # read first
        self.feed = WorkshopFeed(self.changes, self._current_workspace)
        # What the pages may use of the window; their steps run there, below the window.
        self.context = PageContext(
            self, self.settings, self._current_workspace, self.undo_stack, self.changes
        )
        self.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
        self.setMinimumSize(QSize(900, 600))
        self.places = Places(self.settings)
        self.file_notice = FileNotice()
        self._build_pages()
        self._build_actions()
        self._build_menus()
        self.room = RoomControl(self, self.feed, self.changes)
        self.file_label = QLabel()
        self.statusBar().addPermanentWidget(self.file_notice)
        self.statusBar().addPermanentWidget(self.file_label)
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.timed_backup)
        self._show_workspace_state()
        preferences_dialog.apply_preferences(self)
        geometry = self.settings.get(keys.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """The first start: 1280 × 800 where the screen has room for it, else as much of the
        screen as leaves room for the window's frame, centred, so the status bar stays in
        sight on a 1366 × 768 laptop."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        size = QSize(
            min(1280, int(room.width() * 0.96)), min(800, int(room.height() * 0.92))
        ).expandedTo(self.minimumSize())
        self.setGeometry(
            QStyle.alignedRect(
                Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignCenter, size, room
            )
        )

    # -- construction ----------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.welcome = WelcomePage()
        self.welcome.new_requested.connect(self.new_workspace)
        self.welcome.open_requested.connect(self.open_workspace)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_requested.connect(self.open_path)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Areas"))
        self.nav.setIconSize(QSize(28, 28))
        self.nav.setFixedWidth(190)
        self.nav.setSpacing(2)
        self.methodology_area = MethodologyArea(self.context)
        self.raci_area = RaciArea(self.context)
        from pmo_tmo_desktop.ui.workshop.workshops_view import WorkshopsArea

        self.workshops_area = WorkshopsArea(self.context, self.feed)
        self.workshops_area.follow(self.changes)
        self.alignment_area = AlignmentArea()
        self.roles_area = RolesArea(self.context)
        self.changes.subscribe(CellsChanged, self.raci_area.cells_changed)
        self.raci_area.checked.connect(self._checked)
        self.raci_area.findings.finding_chosen.connect(self._show_finding_elsewhere)
        self.areas = QStackedWidget()
        for icon, label, widget in (
            ("methodology", self.tr("Methodology"), self.methodology_area),
            ("raci", self.tr("RACI matrix"), self.raci_area),
            ("roles", self.tr("Roles & offices"), self.roles_area),
            ("alignment", self.tr("Alignment"), self.alignment_area),
            ("workshops", self.tr("Workshops"), self.workshops_area),
        ):
            QListWidgetItem(tinted_icon(str(resource("icons", f"{icon}.svg"))), label, self.nav)
            self.areas.addWidget(widget)
        self.nav.currentRowChanged.connect(self.areas.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._remember_area)
        self.areas.currentChanged.connect(self._area_shown)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.areas, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(body)
        self.setCentralWidget(self.pages)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # Some platforms bind no key to a standard action (Save As, Quit on Windows).
            bound = QKeySequence.keyBindings(shortcut)
            action.setShortcuts(bound or [QKeySequence(FALLBACK_KEYS.get(shortcut, ""))])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        sk = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New Workspace…"), self.new_workspace, sk.New)
        self.open_action = self._action(self.tr("&Open…"), self.open_workspace, sk.Open)
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, sk.SaveAs)
        self.restore_action = self._action(self.tr("Restore &Backup…"), self.restore_backup)
        # Shift with the letter: Ctrl+E alone ends the line in a text field on Linux, so it
        # would never reach the menu while the user types (EDITING_KEYS, below).
        self.export_action = self._action(
            self.tr("&Export to Excel…"), self.export_excel, "Ctrl+Shift+E"
        )
        self.import_action = self._action(
            self.tr("&Import from Excel…"), self.import_excel, "Ctrl+Shift+I"
        )
        self.properties_action = self._action(
            self.tr("Workspace &Properties…"), self.edit_properties
        )
        self.close_action = self._action(
            self.tr("&Close Workspace"), self.close_workspace, sk.Close
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, sk.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        # Own actions (not createUndoAction): while a participant fills a ballot in the hot
        # seat, nothing may be undone — least of all someone else's blind ratings.
        self.undo_action = self._action(self.tr("&Undo"), self._undo, sk.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self._redo, sk.Redo)
        for signal in (
            self.undo_stack.canUndoChanged,
            self.undo_stack.canRedoChanged,
            self.undo_stack.undoTextChanged,
            self.undo_stack.redoTextChanged,
        ):
            signal.connect(lambda *_: self._sync_undo())
        self._sync_undo()
        self.area_actions = [
            self._action(text, partial(self.show_area, i), f"Ctrl+{i + 1}")
            for i, text in enumerate(
                (
                    self.tr("&Methodology"),
                    self.tr("&RACI Matrix"),
                    self.tr("R&oles and Offices"),
                    self.tr("&Alignment"),
                    self.tr("&Workshops"),
                )
            )
        ]
        self.presenter_action = self._action(
            self.tr("&Presenter View"), self.show_presenter, "Ctrl+Shift+P"
        )
        # On one screen (the usual mirrored projector) the presenter opens as a window: F11
        # here, or in the presenter itself, makes it full screen; Esc there leaves it.
        self.presenter_full_action = self._action(
            self.tr("Presenter &Full Screen"), self.presenter_full_screen, "F11"
        )
        # The list of workshops beside the workshop's pages: hide it for more room once the
        # workshop is chosen (the choice is remembered).
        self.workshop_list_action = self._action(
            self.tr("Workshop &List"), self._show_workshop_list, "Ctrl+Shift+L"
        )
        self.workshop_list_action.setCheckable(True)
        self.workshop_list_action.setChecked(self.settings.get(keys.WORKSHOP_LIST))
        self.workshops_area.show_list(self.workshop_list_action.isChecked())
        self.about_action = self._action(self.tr("&About PMO–TMO Desktop"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.save_as_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        self.printing = Printing(self, self)
        file_menu.addAction(self.printing.action)
        file_menu.addSeparator()
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.properties_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.workshop_menu = WorkshopMenu(
            self, self, self.feed, self._tell, self.places, self.file_notice
        )
        self.workshop_menu.follow(self.changes)
        self.workshop_menu.chosen_round = lambda: self.results_page.chosen_round()
        self.workshop_menu.show_new = self.show_new_workshop
        self.workshop_menu.discard_round = lambda: self.rating_page.discard_round()
        self.workshop_menu.can_discard = self._can_discard
        self.menuBar().addMenu(self.workshop_menu.menu)
        self.workshop_menu.menu.aboutToShow.connect(self.workshop_menu.update)
        empty = self.workshops_area.empty  # the first workshop is made from the area itself
        empty.new_button.clicked.connect(self.workshop_menu.new)
        empty.setup_button.clicked.connect(self.workshop_menu.from_setup)
        empty.template_button.clicked.connect(self.workshop_menu.template)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in self.area_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.workshop_list_action)
        view_menu.addAction(self.presenter_action)
        view_menu.addAction(self.presenter_full_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.preferences_action = preferences_dialog.install_menu(self, self, edit_menu)
        # The guide's module loads when it is first opened, not at start-up.
        self.help_action = self._action(
            QCoreApplication.translate("GettingStartedDialog", "&Getting Started"),
            self._show_guide,
            "F1",
        )
        help_menu.insertAction(self.about_action, self.help_action)
        help_menu.insertSeparator(self.about_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name.replace("&", "&&"))
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # -- workspace lifecycle ---------------------------------------------------------------

    def run(self, text: str, call: Callable[[], Outcome], undoable: bool = True) -> Outcome | None:
        """The window's own commands, run as the pages' steps are (`PageContext.run`)."""
        return self.context.run(text, call, undoable)

    @property
    def _ballot_open(self) -> bool:
        return self.context.hot_seat

    @_ballot_open.setter
    def _ballot_open(self, is_open: bool) -> None:
        self.context.hot_seat = is_open

    def refresh(self, changes: ChangeSet | None) -> None:
        """Announce what changed (None: everything) to whoever shows it."""
        ws = self.workspace
        if ws is None:
            self._show_workspace_state()
            return
        self.context.announce(changes)

    def _methodology_changed(self, _event: MethodologyChanged) -> None:
        """The matrix, the tree, the roles and the alignment follow one reading of it."""
        ws = self.workspace
        if ws is None:
            return
        with queries.no_cycle_collection():  # a 60,000-cell matrix makes many objects
            # The RACI grid reads the letters of its rows in sight first, the rest after.
            snapshot = queries.methodology(ws, every_cell=False)
            self._show_workspace_state(snapshot.info.name)
            # The tree of 2,000 activities is built when its area is shown, not before.
            self._tree_snapshot = snapshot
            self._behind |= {self.methodology_area, self.alignment_area, self.roles_area}
            self.raci_area.show_methodology(snapshot)
        # A file just opened was checked meanwhile: its verdict before any other read.
        ws.raise_if_damaged()
        self._catch_up()

    def _current_workspace(self) -> Workspace | None:
        return self.workspace

    def status(self, text: str, ms: int = STATUS_MS) -> None:
        """The status line, as the pages have it (`Context.status`)."""
        self.context.status(text, ms)

    def _tell(self, text: str) -> None:
        self.status(text)

    def _area_shown(self, index: int) -> None:
        if self.areas.widget(index) is self.workshops_area:
            self._workshop_pages()  # built the first time they are needed
        self._catch_up()

    def _checked(self, report: object) -> None:
        """Views built on the check follow it; the hidden ones catch up when shown."""
        self._behind |= {self.alignment_area, self.roles_area}
        self._catch_up()

    def _catch_up(self) -> None:
        current = self.areas.currentWidget()
        if current not in self._behind:
            return
        self._behind.discard(current)
        if current is self.methodology_area:
            if self._tree_snapshot is not None:
                self.methodology_area.show_methodology(self._tree_snapshot)
            return
        snapshot = self.raci_area.current_snapshot()
        if snapshot is None or self.raci_area.report is None:
            return
        if current is self.alignment_area:
            self.alignment_area.show_report(snapshot, self.raci_area.report)
        elif current is self.roles_area:
            self.roles_area.show_methodology(snapshot)

    def _show_finding_elsewhere(self, finding: object) -> None:
        """A gate's finding is shown where gates live: in the methodology tree."""
        control = getattr(finding, "control_point_id", None)
        if control is not None and getattr(finding, "activity_id", None) is None:
            self.show_area(0)
            self.methodology_area.select(("control", control))

    def _sync_undo(self) -> None:
        free = not self._ballot_open
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setEnabled(free and self.undo_stack.canUndo())
        self.redo_action.setEnabled(free and self.undo_stack.canRedo())
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {what}").format(what=redo) if redo else self.tr("&Redo")
        )

    def _undo(self) -> None:
        if not self._ballot_open and self.undo_stack.canUndo():
            self.undo_stack.undo()

    def _redo(self) -> None:
        if not self._ballot_open and self.undo_stack.canRedo():
            self.undo_stack.redo()

    def _show_workshop_list(self) -> None:
        shown = self.workshop_list_action.isChecked()
        self.workshops_area.show_list(shown)
        self.settings.set(keys.WORKSHOP_LIST, shown)

    # -- the workshop pages: built the first time they are needed, not at start-up ---------

    def _show_guide(self) -> None:
        from pmo_tmo_desktop.ui.shell.help_view import GettingStartedDialog

        GettingStartedDialog.show_guide(self)

    def _show_workspace_state(self, name: str | None = None) -> None:
        """Actions, title and status for the file open (or none); `name`: the workspace's
        name when it was just read anyway."""
        ws = self.workspace
        has = ws is not None
        for action in (
            self.save_as_action,
            self.export_action,
            self.restore_action,
            self.close_action,
            self.printing.action,
            *self.area_actions,
        ):
            action.setEnabled(has)
        writable = has and not (ws and ws.read_only)
        self.restore_action.setEnabled(writable)
        self.properties_action.setEnabled(writable)
        self.import_action.setEnabled(writable)
        self.workshops_area.empty.set_writable(writable)
        self.pages.setCurrentIndex(1 if has else 0)
        self.workshop_menu.update()
        if ws is None:
            self.setWindowTitle(APP_NAME)
            self.file_label.setText("")
            self.welcome.show_recent(self.settings.recent_files())
            return
        if name is None:
            name = queries.workspace_info(ws).name
        suffix = self.tr(" (read-only)") if ws.read_only else ""
        shown = ws.label if ws.is_library else name  # a library by its address
        self.setWindowTitle(f"{shown}{suffix} — {APP_NAME}")
        self.file_label.setText(ws.label if ws.is_library else str(ws.path))

    def show_area(self, index: int) -> None:
        index = index if 0 <= index < self.areas.count() else 0
        self.nav.setCurrentRow(index)
        self._remember_area(index)

    def _remember_area(self, index: int) -> None:
        """Whichever way the area was chosen (a click, a key, the menu), the next workspace
        opens on it."""
        if self.workspace is not None and index >= 0:
            self.settings.set(keys.LAST_AREA, index)

    def edit_properties(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        values = PropertiesDialog.ask(self, queries.workspace_info(ws))
        if values is not None:
            self.run(
                self.tr("Change workspace properties"), lambda: methodology.set_info(ws, **values)
            )

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About PMO–TMO Desktop"),
            self.tr(
                "<h3>PMO–TMO Desktop {version}</h3><p>One common delivery methodology for "
                "the Project and the Technical Management Office, a RACI matrix that checks "
                "their integration, and joint workshops to assess proposals.</p><p>Works "
                "offline; your data stays in your workspace file.</p>"
            ).format(version=__version__),
        )

    def close_workspace(self) -> None:
        self.room.close()  # the room serves this workspace: it stops first
        super().close_workspace()
        self.feed.forget()
        self._behind.clear()
        self._tree_snapshot = None

    def reopen_last(self) -> bool:
        """Started without a file: the workspace that was open at quit, when the preference
        says so and the file is still there (else the start page stays)."""
        path = self.settings.get(keys.OPEN_AT_QUIT)
        if not (preferences.reopen_last(self.settings) and path and Path(path).is_file()):
            return False
        return self.open_path(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(keys.GEOMETRY, self.saveGeometry())
        ws = self.workspace
        self.settings.set(keys.OPEN_AT_QUIT, str(ws.path) if ws and not ws.read_only else "")
        self.close_workspace()
        self.settings.sync()
