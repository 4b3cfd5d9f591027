"""Edit → Preferences: the user's choices that outlive a workspace, and applying them live.

The keys are declared here, next to the form that edits them; the getters clamp what they
read, so a hand-edited settings file can never hand the rules or the scoring a nonsense value.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import rules, scoring
from pmo_tmo_desktop.ui.widgets.settings import (
    BACKUP_MINUTES,
    BACKUPS_KEPT,
    DISSENT_RANGE,
    LANGUAGE,
    Key,
    Settings,
)

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
