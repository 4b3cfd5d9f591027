"""Edit → Preferences: the user's choices that outlive a workspace, and applying them live.

The keys are declared here, next to the form that edits them; the getters clamp what they
read, so a hand-edited settings file can never hand the rules or the scoring a nonsense value.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop import i18n
from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import rules, scoring
from pmo_tmo_desktop.ui.widgets.common import tab_in_visual_order
from pmo_tmo_desktop.ui.widgets.settings import (
    BACKUP_MINUTES,
    BACKUPS_KEPT,
    DISSENT_RANGE,
    LANGUAGE,
    Key,
    Settings,
)

if TYPE_CHECKING:
    from pmo_tmo_desktop.ui.shell.main_window import MainWindow

THEMES = ("system", "light", "dark")
THEME = Key("ui/theme", "system", str)
DEFAULT_VARIANT = Key("workspaces/default_variant", m.RaciVariant.RACI.value, str)
NEW_WORKSHOP_DISSENT = Key(  # the default of new workshops; its first name keeps stored choices
    "results/dissent_threshold", scoring.DISSENT_THRESHOLD, float
)
OVERLOAD_LIMIT = Key("checks/overload_per_phase", rules.Limits().overload_per_phase, int)
MAX_CONSULTED = Key("checks/max_consulted", rules.Limits().max_consulted, int)
EXPORT_FOLDER = Key("files/export_folder", "", str)
REOPEN_LAST = Key("files/reopen_last", True, bool)

# The ranges the form offers; the getters hold stored values to them as well.
OVERLOAD_RANGE = (1, 50)
CONSULTED_RANGE = (1, 50)
BACKUP_MINUTES_RANGE = (1, 120)
BACKUPS_KEPT_RANGE = (1, 100)


def _clamp(value: float, bounds: tuple[float, float]) -> float:
    return min(max(value, bounds[0]), bounds[1])


# -- typed reading -------------------------------------------------------------------------


def theme(settings: Settings) -> str:
    value = settings.get(THEME)
    return value if value in THEMES else "system"


def default_variant(settings: Settings) -> m.RaciVariant:
    """The RACI variant a new workspace starts with."""
    try:
        return m.RaciVariant(settings.get(DEFAULT_VARIANT))
    except ValueError:
        return m.RaciVariant.RACI


def dissent_threshold(settings: Settings) -> float:
    """The dissent threshold a new workshop starts with (each workshop keeps its own, set on
    its Set-up page; the results read the workshop's)."""
    return float(_clamp(settings.get(NEW_WORKSHOP_DISSENT), DISSENT_RANGE))


def limits(settings: Settings) -> rules.Limits:
    """The limits of the RACI check: role overload per phase and Consulted roles per activity."""
    return rules.Limits(
        overload_per_phase=int(_clamp(settings.get(OVERLOAD_LIMIT), OVERLOAD_RANGE)),
        max_consulted=int(_clamp(settings.get(MAX_CONSULTED), CONSULTED_RANGE)),
    )


def backup_minutes(settings: Settings) -> int:
    return int(_clamp(settings.get(BACKUP_MINUTES), BACKUP_MINUTES_RANGE))


def backups_kept(settings: Settings) -> int:
    return int(_clamp(settings.get(BACKUPS_KEPT), BACKUPS_KEPT_RANGE))


def reopen_last(settings: Settings) -> bool:
    """Started without a file, reopen the workspace that was open at quit."""
    return bool(settings.get(REOPEN_LAST))


def export_folder(settings: Settings) -> str:
    """The folder every export is offered in; "" means the folder last used for that kind of
    file (at first the documents folder)."""
    folder = settings.get(EXPORT_FOLDER)
    return folder if folder and Path(folder).is_dir() else ""


@dataclass(frozen=True)
class Preferences:
    """Every preference at once, as the form shows it."""

    language: str
    theme: str
    variant: str
    overload: int
    consulted: int
    dissent: float
    backup_minutes: int
    backups_kept: int
    export_folder: str
    reopen_last: bool

    @classmethod
    def read(cls, settings: Settings) -> Preferences:
        found = limits(settings)
        return cls(
            language=settings.get(LANGUAGE),
            theme=theme(settings),
            variant=default_variant(settings).value,
            overload=found.overload_per_phase,
            consulted=found.max_consulted,
            dissent=dissent_threshold(settings),
            backup_minutes=backup_minutes(settings),
            backups_kept=backups_kept(settings),
            export_folder=settings.get(EXPORT_FOLDER),
            reopen_last=settings.get(REOPEN_LAST),
        )

    @classmethod
    def defaults(cls) -> Preferences:
        return cls(
            language=LANGUAGE.default,
            theme=THEME.default,
            variant=DEFAULT_VARIANT.default,
            overload=OVERLOAD_LIMIT.default,
            consulted=MAX_CONSULTED.default,
            dissent=NEW_WORKSHOP_DISSENT.default,
            backup_minutes=BACKUP_MINUTES.default,
            backups_kept=BACKUPS_KEPT.default,
            export_folder=EXPORT_FOLDER.default,
            reopen_last=REOPEN_LAST.default,
        )

    def store(self, settings: Settings) -> None:
        settings.set(LANGUAGE, self.language)
        settings.set(THEME, self.theme)
        settings.set(DEFAULT_VARIANT, self.variant)
        settings.set(OVERLOAD_LIMIT, self.overload)
        settings.set(MAX_CONSULTED, self.consulted)
        settings.set(NEW_WORKSHOP_DISSENT, round(self.dissent, 2))
        settings.set(BACKUP_MINUTES, self.backup_minutes)
        settings.set(BACKUPS_KEPT, self.backups_kept)
        settings.set(EXPORT_FOLDER, self.export_folder.strip())
        settings.set(REOPEN_LAST, self.reopen_last)
        settings.sync()


# -- applying ------------------------------------------------------------------------------

_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}
_forced_palette = False


def _dark_palette() -> QPalette:
    palette = QPalette()
    group = QPalette.ColorGroup
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1f1f1f"),
        (role.AlternateBase, "#272727"),
        (role.ToolTipBase, "#353535"),
        (role.ToolTipText, "#e6e6e6"),
        (role.PlaceholderText, "#8c8c8c"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"),
        (role.BrightText, "#ff6b6b"),
        (role.Light, "#4a4a4a"),
        (role.Midlight, "#404040"),
        (role.Mid, "#5c5c5c"),
        (role.Dark, "#202020"),
        (role.Shadow, "#141414"),
        (role.Highlight, "#3d6fb0"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#7fb2ff"),
        (role.LinkVisited, "#b79cff"),
    ):
        palette.setColor(name, QColor(colour))
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, name, QColor("#7a7a7a"))
    return palette


def apply_theme(name: str) -> None:
    """Ask Qt for the colour scheme; where the platform cannot switch (many Linux desktops,
    the offscreen platform) a matching palette is set instead, and removed again later."""
    global _forced_palette
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    wanted = _SCHEMES.get(name, Qt.ColorScheme.Unknown)
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(wanted)
    honoured = wanted == Qt.ColorScheme.Unknown or hints.colorScheme() == wanted
    if honoured:
        if _forced_palette:
            app.setPalette(QPalette())
            _forced_palette = False
        return
    app.setPalette(
        _dark_palette() if wanted == Qt.ColorScheme.Dark else app.style().standardPalette()
    )
    _forced_palette = True


def apply_preferences(window: MainWindow) -> None:
    """Bring a running main window in line with the stored preferences."""
    settings = window.settings
    apply_theme(theme(settings))
    window.raci_area.limits = limits(settings)
    if window.backup_timer.isActive():
        window.backup_timer.setInterval(backup_minutes(settings) * 60_000)
    if window.workspace is not None:
        window.refresh(None)  # re-checks the matrix; every area re-reads what it shows


def install_menu(window: MainWindow, edit_menu: QMenu) -> QAction:
    """Add Edit → Preferences… (the application menu on macOS) to `window`."""
    action = QAction(QCoreApplication.translate("PreferencesDialog", "&Preferences…"), window)
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    action.setShortcuts(standard or [QKeySequence("Ctrl+,")])
    action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def edit() -> None:
        if PreferencesDialog.ask(window, window.settings):
            apply_preferences(window)

    action.triggered.connect(lambda _checked=False: edit())
    edit_menu.addSeparator()
    edit_menu.addAction(action)
    return action


# -- the dialog ----------------------------------------------------------------------------


class PreferencesDialog(QDialog):
    """Every preference on one page, grouped; nothing is stored until OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        system = i18n.LANGUAGES[i18n.language_from_system()]
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system ({language})").format(language=system), "")
        for code, native in i18n.LANGUAGES.items():
            self.language.addItem(native, code)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Follow the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.variant = QComboBox()
        self.variant.addItem(self.tr("RACI: Responsible, Accountable, Consulted, Informed"), "RACI")
        self.variant.addItem(self.tr("RASCI: adds Supportive"), "RASCI")
        self.variant.addItem(self.tr("RACI-VS: adds Verifies and Signs"), "RACI-VS")
        self.overload = self._spin(OVERLOAD_RANGE)
        self.overload.setToolTip(
            self.tr("A role holding R or A in more activities of one phase than this is flagged.")
        )
        self.consulted = self._spin(CONSULTED_RANGE)
        self.consulted.setToolTip(
            self.tr("More Consulted roles than this on one activity is flagged.")
        )
        self.dissent = QDoubleSpinBox()
        self.dissent.setRange(*DISSENT_RANGE)
        self.dissent.setSingleStep(0.05)
        self.dissent.setDecimals(2)
        self.dissent.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.dissent.setMinimumWidth(90)
        self.dissent.setToolTip(
            self.tr(
                "A new workshop flags proposals whose dissent is at or above this; each "
                "workshop keeps its own threshold, changed on its Set-up page. Dissent is the "
                "spread of the participants' scores: 0 is full agreement, 1 a room split into "
                "two extremes."
            )
        )
        self.backup_minutes = self._spin(BACKUP_MINUTES_RANGE)
        self.backups_kept = self._spin(BACKUPS_KEPT_RANGE)
        self.export_folder = QLineEdit()
        self.export_folder.setPlaceholderText(self.tr("The folder last used for each kind of file"))
        self.export_folder.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("B&rowse…"))
        browse.setAccessibleName(self.tr("Choose the default export folder"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.export_folder, 1)
        folder_row.addWidget(browse)

        self.reopen_last = QCheckBox(self.tr("Reopen the workspace open at &quit"))
        self.reopen_last.setToolTip(
            self.tr("Started without a file, the app opens the workspace you last worked in.")
        )

        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addSpacing(6)
        language_row.addWidget(self._hint(self.tr("applies after a restart")))
        language_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(8)
        self._section(form, self.tr("Language and appearance"))
        self._row(form, self.tr("&Language:"), language_row, self.language)
        self._row(form, self.tr("&Theme:"), self.theme)
        self._section(form, self.tr("Methodology"))
        self._row(form, self.tr("RACI &variant of new workspaces:"), self.variant)
        self._row(form, self.tr("Most R or A per role in one &phase:"), self.overload)
        self._row(form, self.tr("Most &Consulted roles per activity:"), self.consulted)
        self._section(form, self.tr("Workshops"))
        self._row(form, self.tr("Default dissent threshold for new &workshops:"), self.dissent)
        self._section(form, self.tr("Files and backups"))
        self._row(form, self.tr("&Back up every (minutes):"), self.backup_minutes)
        self._row(form, self.tr("Backups &kept:"), self.backups_kept)
        self._row(form, self.tr("&Export folder:"), folder_row, self.export_folder)
        form.addRow("", self.reopen_last)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self.restore_defaults)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        tab_in_visual_order(self.reopen_last, buttons)  # Restore Defaults sits left of OK
        self.show_values(Preferences.read(settings))
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    # -- building ---------------------------------------------------------------------------

    @staticmethod
    def _spin(bounds: tuple[int, int]) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(*bounds)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumWidth(90)
        return spin

    @staticmethod
    def _section(form: QFormLayout, title: str) -> None:
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        if form.rowCount():
            heading.setContentsMargins(0, 10, 0, 0)
        form.addRow(heading)

    @staticmethod
    def _row(
        form: QFormLayout,
        label: str,
        field: QWidget | QHBoxLayout,
        buddy: QWidget | None = None,
    ) -> None:
        caption = QLabel(label)
        target = buddy if buddy is not None else field
        assert isinstance(target, QWidget)
        caption.setBuddy(target)
        target.setAccessibleName(label.replace("&", "").rstrip(": \u00a0"))
        target.setAccessibleDescription(target.toolTip())
        form.addRow(caption, field)

    @staticmethod
    def _hint(text: str) -> QLabel:
        hint = QLabel(text)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return hint

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Default export folder"), self.export_folder.text()
        )
        if folder:
            self.export_folder.setText(folder)

    # -- values -----------------------------------------------------------------------------

    def show_values(self, values: Preferences) -> None:
        for combo, data in (
            (self.language, values.language),
            (self.theme, values.theme),
            (self.variant, values.variant),
        ):
            combo.setCurrentIndex(max(combo.findData(data), 0))
        self.overload.setValue(values.overload)
        self.consulted.setValue(values.consulted)
        self.dissent.setValue(values.dissent)
        self.backup_minutes.setValue(values.backup_minutes)
        self.backups_kept.setValue(values.backups_kept)
        self.export_folder.setText(values.export_folder)
        self.reopen_last.setChecked(values.reopen_last)

    def values(self) -> Preferences:
        return Preferences(
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            variant=str(self.variant.currentData()),
            overload=self.overload.value(),
            consulted=self.consulted.value(),
            dissent=self.dissent.value(),
            backup_minutes=self.backup_minutes.value(),
            backups_kept=self.backups_kept.value(),
            export_folder=self.export_folder.text().strip(),
            reopen_last=self.reopen_last.isChecked(),
        )

    def restore_defaults(self) -> None:
        """Put the declared defaults in the form (stored only on OK)."""
        self.show_values(Preferences.defaults())

    def accept(self) -> None:
        self.values().store(self.settings)
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, settings: Settings) -> bool:
        """Show the dialog; True when the user saved (the preferences are then stored)."""
        dialog = cls(settings, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog.exec() == QDialog.DialogCode.Accepted
