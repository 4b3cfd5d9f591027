"""The keyboard-only user: menus by Alt and a letter, shortcuts for what is done often, Tab
through every page and dialog in reading order, a name for everything a screen reader meets,
and colour icons that stay sharp on a high-density screen."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollBar,
    QStyleOptionViewItem,
    QTabBar,
    QWidget,
)

from pmo_tmo_desktop import i18n
from pmo_tmo_desktop.services import closing, entities, files, queries, workshops
from pmo_tmo_desktop.ui.raci.raci_headers import OfficeHeader
from pmo_tmo_desktop.ui.shell import places
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets.charts import StackedBarChart
from pmo_tmo_desktop.ui.widgets.common import colour_icon
from pmo_tmo_desktop.ui.widgets.settings import Settings
from pmo_tmo_desktop.ui.workshop.results.plot_base import _Plot

LANGUAGES = ("en", "de", "fr", "es")
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def mnemonic(text: str) -> str | None:
    """The letter Alt reaches in `text` (after a single &), or None."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.fixture
def rooms(demo_path: Path) -> tuple[Path, int, int]:
    """The demo (its closed workshop with an amendment on record) and a live workshop with a
    blind round open: (path, closed workshop, live workshop)."""
    with files.open_file(demo_path) as ws:
        closed = queries.workshops(ws)[0].id
        action = queries.workshop(ws, closed).actions[0]
        closing.amend_action(ws, action.id, "The owner was misheard", owner="Dana Whitfield")
        offices = {o.name: o.id for o in queries.offices(ws)}
        live = entities.create(ws, "workshop", title="Spring intake").new_id
        for name, office in (("Ana", "PMO"), ("Ben", "TMO")):
            entities.create(
                ws, "participant", workshop_id=live, name=name, office_id=offices[office]
            )
        entities.create(ws, "criterion", workshop_id=live, name="Value")
        entities.create(ws, "criterion", workshop_id=live, name="Risk", direction="lower")
        entities.create(ws, "proposal", workshop_id=live, title="CRM renewal", cost=100)
        entities.create(ws, "proposal", workshop_id=live, title="Data platform", cost=200)
        workshops.open_round(ws, live)
    return demo_path, closed, live


def _open(window: MainWindow, path: Path) -> MainWindow:
    assert window.open_path(str(path))
    return window


def _choose(window: MainWindow, workshop_id: int, page: str) -> QWidget:
    """The Workshops area with `workshop_id` selected and its `page` in front."""
    window.show_area(4)
    area = window.workshops_area
    rows = area.list_model.rowCount()
    area.list.selectRow(next(r for r in range(rows) if area.list_model.record(r).id == workshop_id))
    shown: QWidget = getattr(window, f"{page}_page")
    area.pages.setCurrentWidget(shown)
    return shown


def _focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def _walk(qtbot, start: QWidget, count: int) -> list[QWidget]:
    """Where the focus goes, Tab after Tab from `start`: the next `count` widgets (one that
    keeps the focus over several presses, as a date's year, month and day, counts once)."""
    _focus(qtbot, start)
    seen = [start]
    for _ in range(count * 4):
        if len(seen) > count:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is not seen[-1]:
            seen.append(now)
    return seen[1:]


# -- menus and shortcuts ---------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_menu_and_every_command_in_it_has_a_letter_of_its_own(
    qtbot, settings: Settings, language: str
) -> None:
    try:
        i18n.install(language)
        window = MainWindow(settings)
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        letters = [mnemonic(t) for t in titles]
        assert None not in letters and len(set(letters)) == len(letters), titles
        for top in window.menuBar().actions():
            texts = [a.text() for a in top.menu().actions() if not a.isSeparator()]
            keys = [mnemonic(t) for t in texts]
            assert None not in keys, (top.text(), texts)
            assert len(set(keys)) == len(keys), (top.text(), texts)
    finally:
        i18n.install("en")


def _pages(window: MainWindow, closed: int, live: int) -> Iterator[str]:
    """Show, one by one, every view a letter could be pressed on; yield its name."""
    for index, name in enumerate(("methodology", "RACI", "roles", "alignment", "workshops")):
        window.show_area(index)
        yield name
    assert window.workspace is not None
    snapshot = queries.methodology(window.workspace)
    window.show_area(0)
    for kind, item in (
        ("activity", snapshot.activities[0]),
        ("control", snapshot.control_points[0]),
    ):
        window.methodology_area.select((kind, item.id))
        yield f"methodology, a {kind} selected"
    for page in ("setup", "agenda", "rating", "results", "decisions"):
        _choose(window, closed, page)
        yield page
    results = window.results_page
    for tab in range(results.detail_tabs.count()):
        results.detail_tabs.setCurrentIndex(tab)
        yield f"results, {results.detail_tabs.tabText(tab)}"
    rating = _choose(window, live, "rating")
    rating.start_ballot()  # type: ignore[attr-defined]
    yield "a ballot"
    rating.finish_ballot()  # type: ignore[attr-defined]
    ws = window.workspace
    assert ws is not None
    window.run("Ask", lambda: entities.edit(ws, "workshop", live, pairwise_weights=True))
    rating.start_ballot()  # type: ignore[attr-defined]
    yield "a ballot's criteria weights"
    rating.finish_ballot()  # type: ignore[attr-defined]


def _letters(root: QWidget) -> dict[str, list[str]]:
    """Every letter Alt reaches on what `root` shows now, with the texts that carry it."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            texts = [widget.text()] if not isinstance(widget, QLabel) or widget.buddy() else []
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        else:
            continue
        for text in texts:
            letter = mnemonic(text)
            if letter:
                found[letter].append(text)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_label_button_or_tab_takes_a_menus_letter_or_shares_one(
    qtbot, settings: Settings, rooms: tuple[Path, int, int], language: str
) -> None:
    path, closed, live = rooms
    try:
        i18n.install(language)
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show()
        _open(window, path)
        menus = {mnemonic(a.text()) for a in window.menuBar().actions()}
        for name in _pages(window, closed, live):
            found = _letters(window)
            taken = {k: v for k, v in found.items() if k in menus}
            shared = {k: v for k, v in found.items() if len(v) > 1}
            assert not taken, f"{name}: Alt+letter of a menu is also {taken}"
            assert not shared, f"{name}: one letter for several fields {shared}"
        window.close_workspace()
        window.close()
    finally:
        i18n.install("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_fields_of_a_dialog_share_a_letter(
    qtbot, settings: Settings, workspace, tmp_path: Path, language: str
) -> None:
    from pmo_tmo_desktop.ui.shell.pack_dialog import PackDialog
    from pmo_tmo_desktop.ui.shell.preferences_dialog import PreferencesDialog
    from pmo_tmo_desktop.ui.shell.workshop_actions import NewWorkshopDialog
    from pmo_tmo_desktop.ui.widgets.dialogs import NewWorkspaceDialog, PropertiesDialog
    from pmo_tmo_desktop.ui.workshop.common.amend_dialog import AmendDialog

    try:
        i18n.install(language)
        for dialog in (
            PreferencesDialog(settings),
            PackDialog(str(tmp_path)),
            AmendDialog("Owner: Ana → Ben"),
            NewWorkspaceDialog(str(tmp_path)),
            PropertiesDialog(queries.workspace_info(workspace)),
            NewWorkshopDialog(),
        ):
            qtbot.addWidget(dialog)
            dialog.show()
            shared = {k: v for k, v in _letters(dialog).items() if len(v) > 1}
            dialog.close()
            assert not shared, f"{type(dialog).__name__}: {shared}"
    finally:
        i18n.install("en")


def test_alt_and_a_menus_letter_opens_that_menu_whichever_page_is_shown(
    qtbot, window: MainWindow, rooms: tuple[Path, int, int]
) -> None:
    path, closed, live = rooms
    _open(window, path)
    for name in _pages(window, closed, live):
        for top in window.menuBar().actions():
            letter = mnemonic(top.text())
            assert letter is not None
            for _ in range(2):  # a letter two widgets share alternates between them
                qtbot.keyClick(
                    QApplication.focusWidget() or window, Qt.Key(ord(letter.upper())), ALT
                )
                opened = QApplication.activePopupWidget()
                if name.startswith("a ballot"):  # the hot seat reaches no menu
                    assert opened is None, f"Alt+{letter.upper()} on {name}"
                    continue
                assert opened is top.menu(), f"Alt+{letter.upper()} on {name}"
                opened.close()


def test_what_is_done_often_has_a_shortcut_and_no_two_share_one(window: MainWindow) -> None:
    often = [
        window.new_action,
        window.open_action,
        window.save_as_action,
        window.export_action,
        window.import_action,
        window.close_action,
        window.quit_action,
        window.undo_action,
        window.redo_action,
        window.preferences_action,
        window.help_action,
        window.presenter_action,
        *window.area_actions,
        window.workshop_menu.new_action,
        window.workshop_menu.pack_action,
    ]
    assert [a.text() for a in often if a.shortcut().isEmpty()] == []
    keys = [
        key.toString()
        for top in window.menuBar().actions()
        for action in top.menu().actions()
        for key in action.shortcuts()
    ]
    assert len(keys) == len(set(keys)), sorted(keys)


def test_ctrl_shift_m_asks_for_the_pack_of_the_chosen_workshop_with_the_menu_closed(
    qtbot, window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pmo_tmo_desktop.ui.shell import pack_dialog

    asked: list[str] = []
    monkeypatch.setattr(
        pack_dialog.PackDialog, "ask", classmethod(lambda cls, parent, folder: asked.append(folder))
    )
    _open(window, demo_path)
    window.show_area(4)
    _focus(qtbot, window.workshops_area.list)
    qtbot.keyClick(
        window.workshops_area.list, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | SHIFT
    )
    assert asked == [str(places.documents())]  # no pack written yet: the documents folder


# -- Tab in reading order --------------------------------------------------------------------


def test_tab_walks_the_methodology_from_the_search_over_the_tree_into_the_form(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    _open(window, demo_path)
    area, panel = window.methodology_area, window.methodology_area.panel
    assert window.workspace is not None
    snapshot = queries.methodology(window.workspace)
    area.select(("activity", snapshot.activities[0].id))
    seen = _walk(qtbot, area.search, 5)
    assert seen == [area.tree, panel.name, panel.kind, panel.office, panel.description]
    area.select(("control", snapshot.control_points[0].id))
    assert _walk(qtbot, panel.name, 3) == [panel.kind, panel.description, panel.approvers]
    assert "(Ins)" in area.add_activity_action.toolTip()


def test_tab_goes_from_the_filters_over_the_raci_grid_to_its_findings(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    _open(window, demo_path)
    window.show_area(1)
    area = window.raci_area
    seen = _walk(qtbot, area.phase_filter, 4)
    assert seen == [area.office_filter, area.kind_filter, area.table, area.findings.table]
    cell = area.model.index(1, 0)  # row 0 is a phase: its first activity
    area.table.setCurrentIndex(cell)
    _focus(qtbot, area.table)
    qtbot.keyClick(area.table, Qt.Key.Key_Right)  # the arrows move from cell to cell
    assert area.table.currentIndex() == cell.siblingAtColumn(1)


def test_ctrl_or_shift_and_space_select_what_a_click_on_a_header_selects(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    _open(window, demo_path)
    window.show_area(1)
    grid, model = window.raci_area.table, window.raci_area.model
    grid.setCurrentIndex(model.index(1, 2))
    _focus(qtbot, grid)
    qtbot.keyClick(grid, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    activities = [r for r in range(model.rowCount()) if not model.is_phase_row(r)]
    cells = {(i.row(), i.column()) for i in grid.selectionModel().selectedIndexes()}
    assert cells == {(r, 2) for r in activities}  # the role's column, phase rows aside
    qtbot.keyClick(grid, Qt.Key.Key_Space, SHIFT)
    cells = {(i.row(), i.column()) for i in grid.selectionModel().selectedIndexes()}
    assert cells == {(1, c) for c in range(model.columnCount())}


def test_tab_leaves_the_workshop_list_for_the_pages_of_the_workshop(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    _open(window, demo_path)
    window.show_area(4)
    area = window.workshops_area
    assert _walk(qtbot, area.list, 2) == [area.pages.tabBar(), area.proposals]
    _focus(qtbot, area.pages.tabBar())
    qtbot.keyClick(area.pages.tabBar(), Qt.Key.Key_Right)  # the arrows turn the pages
    assert area.pages.currentIndex() == 1


def test_tab_walks_the_round_then_the_chooser_and_past_the_ballot_to_done(
    qtbot, window: MainWindow, rooms: tuple[Path, int, int]
) -> None:
    path, _closed, live = rooms
    _open(window, path)
    page = _choose(window, live, "rating")
    assert _walk(qtbot, page.close_button, 3) == [page.voter, page.hot_seat, page.start_button]
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    assert page.ballot.hasFocus()
    last = page.ballot_model.index(1, 1)
    page.ballot.setCurrentIndex(last)
    qtbot.keyClicks(page.ballot, "7")  # the last cell: Tab stores it and goes on to Done
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert page.done_button.hasFocus()
    assert last.data() == "7"
    qtbot.keyClick(page.done_button, Qt.Key.Key_Tab, SHIFT)
    assert page.ballot.hasFocus()
    page.finish_ballot()


def test_tab_walks_the_results_from_the_round_over_the_ranking_into_the_tabs(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    _open(window, demo_path)
    page = _choose(window, window.workshops_area.list_model.record(0).id, "results")
    tabs = page.detail_tabs.tabBar()
    seen = _walk(qtbot, page.round, 6)
    # the budget sits beside the round: it drives the budget fit and the portfolio alike
    assert seen[:5] == [page.budget, page.save_budget, page.table, tabs, page.gaps]
    assert seen[5].accessibleName() == "Largest gaps to discuss"


def test_tab_reaches_the_alignment_page_which_says_what_it_is(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    _open(window, demo_path)
    window.show_area(3)
    area = window.alignment_area
    assert _walk(qtbot, window.nav, 1) == [area.scroller]
    assert area.scroller.accessibleName() == "Alignment of PMO and TMO"


def _shown(qtbot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_tab_walks_the_preferences_down_the_form_then_the_buttons_left_to_right(
    qtbot, settings: Settings
) -> None:
    from pmo_tmo_desktop.ui.shell.preferences_dialog import PreferencesDialog

    dialog = _shown(qtbot, PreferencesDialog(settings))
    assert isinstance(dialog, PreferencesDialog)
    fields = [
        dialog.theme,
        dialog.variant,
        dialog.overload,
        dialog.consulted,
        dialog.dissent,
        dialog.backup_minutes,
        dialog.backups_kept,
        dialog.export_folder,
    ]
    seen = _walk(qtbot, dialog.language, 13)
    assert seen[: len(fields)] == fields
    assert seen[len(fields) + 1] is dialog.reopen_last  # after Browse
    buttons = seen[len(fields) + 2 : len(fields) + 5]
    assert [b.x() for b in buttons] == sorted(b.x() for b in buttons)
    standard = QDialogButtonBox.StandardButton
    assert dialog.buttons.button(standard.RestoreDefaults) in buttons
    dialog.close()


def test_tab_walks_the_small_dialogs_in_reading_order(qtbot, tmp_path: Path) -> None:
    from pmo_tmo_desktop.ui.shell.pack_dialog import PackDialog
    from pmo_tmo_desktop.ui.widgets.dialogs import NewWorkspaceDialog
    from pmo_tmo_desktop.ui.workshop.common.amend_dialog import AmendDialog

    pack = _shown(qtbot, PackDialog(str(tmp_path)))
    assert isinstance(pack, PackDialog)
    boxes = list(pack.boxes.values())
    seen = _walk(qtbot, boxes[0], 6)
    assert seen[:5] == [*boxes[1:], pack.folder]
    assert seen[5].accessibleName() == "Choose the folder for the pack"
    pack.close()
    new = _shown(qtbot, NewWorkspaceDialog(str(tmp_path)))
    assert isinstance(new, NewWorkspaceDialog)
    seen = _walk(qtbot, new.name, 4)
    assert seen[:3] == [new.organisation, new.template, new.file]
    assert seen[3].accessibleName() == "Choose where to save the workspace"
    new.close()
    amend = _shown(qtbot, AmendDialog("Owner: Ana → Ben"))
    assert isinstance(amend, AmendDialog)
    qtbot.keyClicks(amend.reason, "misheard")
    assert _walk(qtbot, amend.reason, 1) == [amend.ok]  # Tab leaves the reason, not indents
    amend.close()


def test_tab_walks_the_excel_import_preview_from_the_choice_to_its_buttons(
    qtbot, workspace
) -> None:
    from pmo_tmo_desktop.exchange.raci_xlsx_model import ImportPlan
    from pmo_tmo_desktop.ui.shell.excel_dialogs import ImportPreviewDialog

    plan = ImportPlan("acme.xlsx", "RACI", "hand-made", (), (), (), (), {})
    dialog = _shown(qtbot, ImportPreviewDialog(plan, queries.methodology(workspace)))
    assert isinstance(dialog, ImportPreviewDialog)
    seen = _walk(qtbot, dialog.replace, 2)
    assert [b.text() for b in seen] == ["Import", "Cancel"]
    dialog.close()


def test_welcome_page_buttons_are_reached_by_tab_top_to_bottom(qtbot, tmp_path: Path) -> None:
    from pmo_tmo_desktop.ui.shell.welcome import WelcomePage

    page = WelcomePage()
    page.show_recent([str(tmp_path / "a.pmotmo"), str(tmp_path / "R&D.pmotmo")])
    _shown(qtbot, page)
    buttons = page.findChildren(QAbstractButton)
    first = min(buttons, key=lambda b: b.y())
    seen = _walk(qtbot, first, len(buttons) - 1)
    assert [b.y() for b in seen] == sorted(b.y() for b in buttons)[1:]
    recent = seen[-1]
    assert recent.text().startswith("R&&D.pmotmo")  # shows its "&", takes no Alt+D
    assert mnemonic(recent.text()) is None
    page.close()


# -- names for a screen reader ---------------------------------------------------------------


def _nameless(root: QWidget) -> list[str]:
    """Shown widgets that take the focus, or are painted by us, with no accessible name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, QScrollBar):
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # the spin box's own editor: the box carries the name
        painted = isinstance(widget, StackedBarChart | _Plot | OfficeHeader)
        if not painted and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()}".strip())
    return missing


def test_everything_a_screen_reader_meets_on_a_page_has_a_name(
    qtbot, window: MainWindow, rooms: tuple[Path, int, int]
) -> None:
    path, closed, live = rooms
    _open(window, path)
    for name in _pages(window, closed, live):
        assert _nameless(window) == [], name
    for chart in window.findChildren(StackedBarChart) + window.findChildren(_Plot):
        assert chart.accessibleDescription(), chart.objectName()  # the numbers, in words
    assert "Ctrl+Space" in window.raci_area.table.accessibleDescription()


def test_the_presenter_view_names_what_the_room_sees(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    _open(window, demo_path)
    window.show_presenter()
    presenter = window.presenter
    assert presenter is not None
    names = {w.accessibleName() for w in presenter.findChildren(QWidget)}
    for wanted in ("Current agenda item", "Time left on the current item", "Results by proposal"):
        assert wanted in names
    presenter.close()


def test_the_dialogs_name_their_fields(qtbot, settings: Settings, tmp_path: Path) -> None:
    from pmo_tmo_desktop.ui.shell.pack_dialog import PackDialog
    from pmo_tmo_desktop.ui.shell.preferences_dialog import PreferencesDialog
    from pmo_tmo_desktop.ui.widgets.dialogs import NewWorkspaceDialog, RestoreBackupDialog

    dialogs: list[QDialog] = [
        PreferencesDialog(settings),
        PackDialog(str(tmp_path)),
        NewWorkspaceDialog(str(tmp_path)),
        RestoreBackupDialog([]),
    ]
    for dialog in dialogs:
        _shown(qtbot, dialog)
        assert _nameless(dialog) == [], type(dialog).__name__
        dialog.close()


# -- sharp colour icons ----------------------------------------------------------------------


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0, 3.0])
def test_a_colour_swatch_is_drawn_at_the_screens_own_pixel_density(ratio: float) -> None:
    pixmap = colour_icon("#2F6DB5").pixmap(QSize(12, 12), ratio)
    assert pixmap.deviceIndependentSize().toSize() == QSize(12, 12)
    assert pixmap.size() == QSize(round(12 * ratio), round(12 * ratio))
    image = pixmap.toImage()
    corners = [(0, 0), (image.width() - 1, image.height() - 1)]
    assert all(image.pixelColor(x, y) == QColor("#2F6DB5") for x, y in corners)


def test_a_dot_is_round_and_sharp_on_a_high_density_screen() -> None:
    pixmap = colour_icon("#C62828", round_=True).pixmap(QSize(12, 12), 2.0)
    assert pixmap.size() == QSize(24, 24)
    image = pixmap.toImage()
    assert image.pixelColor(12, 12) == QColor("#C62828")
    assert image.pixelColor(0, 0).alpha() == 0  # outside the circle
    greyed = colour_icon("#C62828", round_=True).pixmap(QSize(12, 12), 2.0, QIcon.Mode.Disabled)
    assert greyed.size() == QSize(24, 24)
    assert greyed.toImage().pixelColor(12, 12) != QColor("#C62828")


def test_the_colour_icons_of_the_pages_are_sharp_too(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    from pmo_tmo_desktop.ui.offices.roles_models import OfficeDelegate

    _open(window, demo_path)
    page = _choose(window, window.workshops_area.list_model.record(0).id, "decisions")
    for button in page.kind_group.buttons():  # type: ignore[attr-defined]
        assert button.icon().pixmap(QSize(12, 12), 2.0).size() == QSize(24, 24)
    window.show_area(2)
    roles = window.roles_area.role_table
    office = roles.model().index(0, window.roles_area.role_model.OFFICE)
    delegate = roles.itemDelegateForColumn(office.column())
    assert isinstance(delegate, OfficeDelegate)
    editor = delegate.createEditor(roles.viewport(), QStyleOptionViewItem(), office)
    assert isinstance(editor, QComboBox)
    assert editor.itemIcon(0).pixmap(QSize(12, 12), 2.0).size() == QSize(24, 24)
    editor.deleteLater()


def test_the_svg_icons_are_drawn_sharp_at_a_high_pixel_ratio(window) -> None:
    """The areas' icons are vector: at ratio 2 they are drawn at twice the pixels, not
    blown up from the small picture."""
    for row in range(window.nav.count()):
        icon = window.nav.item(row).icon()
        small = icon.pixmap(QSize(28, 28), 1.0).toImage()
        sharp = icon.pixmap(QSize(28, 28), 2.0)
        assert sharp.size() == QSize(56, 56)
        assert sharp.devicePixelRatio() == 2.0
        blown_up = small.scaled(56, 56).convertToFormat(sharp.toImage().format())
        assert sharp.toImage() != blown_up, window.nav.item(row).text()
    assert window.windowIcon().pixmap(QSize(64, 64), 2.0).size() == QSize(128, 128)
