"""No caption is cut short: every view, workshop tab and dialog at the window's default size,
in German (the longest of the four languages) and in English, French and Spanish.

A caption is cut short when its widget is narrower than the caption needs: a button, check box,
radio button or one-line label narrower than its size hint, a group box narrower than its
title, a combo box whose field cannot show its current text, a tab that is elided or scrolled
out of its bar, a column narrower than its heading. The translations are compiled afresh from
the .ts sources (the .qm files are not kept in the repository).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

from pmo_tmo_desktop import i18n
from pmo_tmo_desktop.services import entities, files, queries, transfer, workshops
from pmo_tmo_desktop.ui.raci.raci_headers import OfficeHeader
from pmo_tmo_desktop.ui.shell.excel_dialogs import ImportPreviewDialog
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.shell.pack_dialog import PackDialog
from pmo_tmo_desktop.ui.shell.preferences_dialog import PreferencesDialog
from pmo_tmo_desktop.ui.widgets.dialogs import (
    NewWorkspaceDialog,
    PropertiesDialog,
    RestoreBackupDialog,
)
from pmo_tmo_desktop.ui.widgets.settings import Settings
from pmo_tmo_desktop.ui.workshop.common.amend_dialog import AmendDialog

SIZE = (1280, 800)  # the main window's size when no size has been saved


def _plain(text: str) -> str:
    """A caption as shown: mnemonic ampersands dropped, a doubled one kept as one."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _combo_cut(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) + icon - field.width()


def _tab_problems(bar: QTabBar) -> list[str]:
    found = []
    room = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for i in range(bar.count()):
        text, rect = _plain(bar.tabText(i)), bar.tabRect(i)
        need = bar.fontMetrics().horizontalAdvance(text) + room
        if rect.width() < need or rect.left() < 0 or rect.right() >= bar.width():
            found.append(f"tab {text!r}: {rect.left()}..{rect.right()} of {bar.width()}, {need}")
    return found


def _header_problems(header: QHeaderView) -> list[str]:
    if header.orientation() != Qt.Orientation.Horizontal or isinstance(header, OfficeHeader):
        return []  # row headings hold data and elide; the RACI roles stand upright
    model, found = header.model(), []
    for i in range(header.count() if model is not None else 0):
        title = model.headerData(i, Qt.Orientation.Horizontal)
        if header.isSectionHidden(i) or not isinstance(title, str) or not title:
            continue
        size, shown = header.sectionSize(i), title.replace("\n", " ")
        if size < header.sectionSizeHint(i):
            found.append(f"column {shown!r}: {size} < {header.sectionSizeHint(i)}")
        view = header.parentWidget()
        fixed = header.sectionResizeMode(i) == QHeaderView.ResizeMode.Fixed
        if fixed and isinstance(view, QAbstractItemView) and size < view.sizeHintForColumn(i):
            found.append(f"column {shown!r}: {size} < {view.sizeHintForColumn(i)} for its cells")
    return found


def _caption(widget: QWidget) -> str:
    """The one-line caption of a button or label, or "" when it has none (or may wrap)."""
    if isinstance(widget, QAbstractButton):
        return _plain(widget.text())
    if isinstance(widget, QLabel) and not widget.wordWrap():
        return widget.text()[:60]
    return ""


def cut_short(root: QWidget) -> list[str]:
    """Every visible caption in `root` narrower than it needs to be, described."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        width, need = widget.width(), widget.sizeHint().width()
        if caption := _caption(widget):
            if width < need:
                found.append(f"{name} {caption!r}: {width} < {need}")
        elif isinstance(widget, QGroupBox) and widget.title():
            if width < widget.minimumSizeHint().width():
                found.append(f"{name} {widget.title()!r}: {width}")
        elif isinstance(widget, QComboBox) and widget.currentText():
            if (short := _combo_cut(widget)) > 0:
                found.append(f"{name} {widget.currentText()!r}: {short} px short")
        elif isinstance(widget, QTabBar):
            found += [f"{name} {p}" for p in _tab_problems(widget)]
        elif isinstance(widget, QHeaderView):
            table = widget.parentWidget()
            where = table.objectName() if table is not None else ""
            found += [f"{where} {p}" for p in _header_problems(widget)]
    return found


def _settle() -> None:
    for _ in range(3):  # layouts, then the columns that follow them
        QApplication.processEvents()


class Tour:
    """Walks a window through every view, collecting what is cut short where."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def look(self, where: str, widget: QWidget) -> None:
        _settle()
        self.problems += [f"{where}: {p}" for p in cut_short(widget)]

    def tabs(self, where: str, tabs: QTabWidget, root: QWidget) -> None:
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            self.look(f"{where} › {_plain(tabs.tabText(i))}", root)

    def dialog(self, where: str, dialog: QWidget) -> None:
        dialog.show()
        try:
            self.look(where, dialog)
        finally:
            dialog.close()


@pytest.fixture
def live_workshop(demo_path: Path) -> tuple[Path, int]:
    """The demo plus a workshop whose blind round is open, with the demo's criteria."""
    with files.open_file(demo_path) as ws:
        offices = {o.name: o.id for o in queries.offices(ws)}
        demo = queries.workshop(ws, queries.workshops(ws)[0].id)
        wid = entities.create(ws, "workshop", title="Spring intake").new_id
        for name, office in (("Ana Lima", "PMO"), ("Ben Okoro", "TMO")):
            entities.create(
                ws, "participant", workshop_id=wid, name=name, office_id=offices[office]
            )
        for criterion in demo.criteria:
            entities.create(ws, "criterion", workshop_id=wid, name=criterion.name)
        for proposal in demo.proposals[:3]:
            entities.create(ws, "proposal", workshop_id=wid, title=proposal.title)
        workshops.open_round(ws, wid)
    return demo_path, wid


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files built from today's .ts sources, as `build_installer.py qm` builds them."""
    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("build_installer", root / "build_installer.py")
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    out = tmp_path_factory.mktemp("qm")
    builder.compile_qm(out)
    return out


@pytest.fixture(params=["de", "en", "fr", "es"])
def language(
    request: pytest.FixtureRequest, compiled: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    try:
        assert i18n.install(request.param) == request.param
        if request.param != "en":  # the translation really is there, not English in its place
            assert QCoreApplication.translate("MainWindow", "&File") != "&File"
        yield request.param
    finally:
        i18n.install("en")


def _select(window: MainWindow, workshop_id: int) -> None:
    area = window.workshops_area
    rows = range(area.list_model.rowCount())
    area.list.selectRow(next(r for r in rows if area.list_model.record(r).id == workshop_id))


def _tour_window(tour: Tour, window: MainWindow, path: Path, live_id: int, tmp: Path) -> None:
    tour.look("welcome", window)
    assert window.open_path(str(path))
    window.resize(*SIZE)
    for index, area in enumerate(("methodology", "RACI", "roles", "alignment")):
        window.show_area(index)
        tour.look(area, window)
    window.show_area(0)
    snapshot = queries.methodology(window.workspace)
    for kind, record in (
        ("phase", snapshot.phases[0]),
        ("activity", snapshot.activities[0]),
        ("deliverable", snapshot.deliverables[0]),
        ("control", snapshot.control_points[0]),
    ):
        window.methodology_area.select((kind, record.id))
        tour.look(f"methodology editor, {kind}", window)
    window.show_area(4)
    area = window.workshops_area
    _select(window, next(w.id for w in queries.workshops(window.workspace) if w.id != live_id))
    assert area.current() is not None and area.current().decisions  # the demo's, all decided
    tour.tabs("workshops", area.pages, window)
    area.pages.setCurrentWidget(window.setup_page)
    tour.tabs("set-up", window.setup_page.tabs, window)
    area.pages.setCurrentWidget(window.results_page)
    tour.tabs("results", window.results_page.detail_tabs, window)
    window.show_presenter()
    assert window.presenter is not None
    tour.look("presenter view", window.presenter)
    _select(window, live_id)
    area.pages.setCurrentWidget(window.rating_page)
    tour.look("rating, blind round open", window)
    tour.look("presenter view, blind round open", window.presenter)
    window.presenter.close()
    window.rating_page.start_ballot()
    tour.look("rating, hot-seat ballot", window)
    window.rating_page.finish_ballot()
    _tour_dialogs(tour, window, tmp)


def _tour_dialogs(tour: Tour, window: MainWindow, tmp: Path) -> None:
    ws = window.workspace
    assert ws is not None
    book = openpyxl.Workbook()
    book.active.append(["Activity", "Project Manager", "Night Shift Lead"])
    book.active.append(["Capture business need", "R", "C"])
    book.save(tmp / "hand.xlsx")
    plan = transfer.read_plan(str(tmp / "hand.xlsx"))
    tour.dialog("preferences", PreferencesDialog(window.settings, window))
    tour.dialog("meeting pack", PackDialog(str(tmp), window))
    tour.dialog("amendment", AmendDialog("Change action owner: “Draft the charter”", window))
    tour.dialog("Excel import", ImportPreviewDialog(plan, queries.methodology(ws), window))
    tour.dialog("new workspace", NewWorkspaceDialog(str(tmp), window))
    tour.dialog("properties", PropertiesDialog(queries.workspace_info(ws), window))
    tour.dialog("restore backup", RestoreBackupDialog(files.list_backups(ws), window))


def test_no_caption_is_cut_short_in_any_view(
    qtbot, settings: Settings, live_workshop: tuple[Path, int], language: str, tmp_path: Path
) -> None:
    path, live_id = live_workshop
    deep = tmp_path / "OneDrive - Acme Group" / "Dokumente" / "PMO und TMO" / "Workshops 2026"
    settings.add_recent(
        str(deep / "Quartalsprüfung Q4" / "Acme Group – gemeinsame Methodik.pmotmo")
    )
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    tour = Tour()
    try:
        _tour_window(tour, window, path, live_id, tmp_path)
    finally:
        window.close()
    assert not tour.problems, f"{len(tour.problems)} cut short:\n" + "\n".join(tour.problems)


def test_the_check_sees_captions_cut_short(qtbot) -> None:
    """The check itself: each kind of squeezed caption is reported, a roomy one is not."""
    root = QWidget()
    qtbot.addWidget(root)
    row = QHBoxLayout(root)
    squeezed = QPushButton("Maßnahme hinzufügen")
    squeezed.setFixedWidth(40)
    roomy = QPushButton("OK")
    box = QCheckBox("Blind (niemand sieht Bewertungen)")
    box.setMaximumWidth(60)
    label = QLabel("Zuständiges Office")
    label.setMaximumWidth(30)
    group = QGroupBox("Entscheidungen und Maßnahmen")
    group.setMaximumWidth(50)
    combo = QComboBox()
    combo.addItem("Systemeinstellung folgen (English)")
    combo.setFixedWidth(70)
    tabs = QTabWidget()
    for title in ("Übersicht", "Vorbereitung", "Entscheidungen && Maßnahmen"):
        tabs.addTab(QWidget(), title)
    tabs.setFixedWidth(150)
    table = QTableView()
    table.setObjectName("squeezedTable")
    model = QStandardItemModel(1, 2, table)
    model.setHorizontalHeaderLabels(["Verantwortliche Rolle", "x"])
    model.setData(model.index(0, 1), "Informations requises")
    table.setModel(model)
    table.horizontalHeader().resizeSection(0, 20)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().resizeSection(1, 40)  # room for its title, not for its cell
    for widget in (squeezed, roomy, box, label, group, combo, tabs, table):
        row.addWidget(widget)
    root.resize(900, 300)
    root.show()
    qtbot.waitExposed(root)
    _settle()
    found = "\n".join(cut_short(root))
    for caption in (
        "'Maßnahme hinzufügen'",
        "Blind",
        "Zuständiges Office",
        "Entscheidungen und Maßnahmen",
        "Systemeinstellung",
        "tab 'Entscheidungen & Maßnahmen'",
        "squeezedTable column 'Verantwortliche Rolle'",
        "squeezedTable column 'x': 40 <",
    ):
        assert caption in found, f"{caption} not reported in:\n{found}"
    assert "'OK'" not in found
