"""Edit → Preferences…: the dialog, and the running window brought in line with what the user
chose (the stored preferences themselves, their keys and typed readers: `preferences`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
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
from pmo_tmo_desktop.domain import rules
from pmo_tmo_desktop.ui.shell.preferences import (
    BACKUP_MINUTES_RANGE,
    BACKUPS_KEPT_RANGE,
    CONSULTED_RANGE,
    OVERLOAD_RANGE,
    Preferences,
    apply_theme,
    backup_minutes,
    limits,
    theme,
)
from pmo_tmo_desktop.ui.widgets.common import tab_in_visual_order
from pmo_tmo_desktop.ui.widgets.settings import (
    DISSENT_RANGE,
    Settings,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer

    from pmo_tmo_desktop.services.changes import ChangeSet
    from pmo_tmo_desktop.services.files import Workspace


class _Matrix(Protocol):
    limits: rules.Limits


class PreferencesHost(Protocol):
    """What the preferences bring in line when they change (the main window)."""

    @property
    def settings(self) -> Settings: ...

    @property
    def raci_area(self) -> _Matrix: ...

    @property
    def backup_timer(self) -> QTimer: ...

    @property
    def workspace(self) -> Workspace | None: ...

    def refresh(self, changes: ChangeSet | None) -> None: ...


def apply_preferences(window: PreferencesHost) -> None:
    """Bring a running main window in line with the stored preferences."""
    settings = window.settings
    apply_theme(theme(settings))
    window.raci_area.limits = limits(settings)
    if window.backup_timer.isActive():
        window.backup_timer.setInterval(backup_minutes(settings) * 60_000)
    if window.workspace is not None:
        window.refresh(None)  # re-checks the matrix; every area re-reads what it shows


class _PreferencesCommand(QObject):
    """Edit → Preferences…: the dialog over `parent`, then `host` brought in line."""

    def __init__(self, parent: QWidget, host: PreferencesHost) -> None:
        super().__init__(parent)
        self._parent, self._host = parent, host

    def edit(self) -> None:
        if PreferencesDialog.ask(self._parent, self._host.settings):
            apply_preferences(self._host)


def install_menu(window: QWidget, host: PreferencesHost, edit_menu: QMenu) -> QAction:
    """Add Edit → Preferences… (the application menu on macOS) to `window`; `host` (the
    window itself) is brought in line with what the user chose."""
    action = QAction(QCoreApplication.translate("PreferencesDialog", "&Preferences…"), window)
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    action.setShortcuts(standard or [QKeySequence("Ctrl+,")])
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    command = _PreferencesCommand(window, host)
    action.triggered.connect(command.edit)
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
