"""Typed application settings over QSettings: every key declared once, with its default."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    default: T
    kind: type[T]


LANGUAGE = Key("ui/language", "", str)
GEOMETRY = Key("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Key("window/state", QByteArray(), QByteArray)
LAST_AREA = Key("window/area", 0, int)
WORKSHOP_LIST = Key("window/workshop_list", True, bool)
RECENT_FILES: Key[list[str]] = Key("files/recent", [], list)
LAST_FOLDER = Key("files/last_folder", "", str)
OPEN_AT_QUIT = Key("files/open_at_quit", "", str)
BACKUP_MINUTES = Key("backups/interval_minutes", 5, int)
BACKUPS_KEPT = Key("backups/keep", 12, int)
RECENT_LIMIT = 8
DISSENT_RANGE = (0.05, 1.0)
"""The dissent thresholds Preferences and a workshop's set-up offer."""


class Settings:
    """Reads and writes declared keys with their types (QSettings alone returns strings)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    def get(self, key: Key[T]) -> T:
        value: object
        if key.kind is list:  # an INI file gives one string where one item was stored
            stored = self._store.value(key.name, key.default)
            items = [stored] if isinstance(stored, str) else stored
            value = [str(v) for v in items if v] if isinstance(items, list) else None
        else:
            value = self._store.value(key.name, key.default, type=key.kind)
        return value if isinstance(value, key.kind) else key.default

    def set(self, key: Key[T], value: T) -> None:
        self._store.setValue(key.name, value)

    def recent_files(self) -> list[str]:
        return self.get(RECENT_FILES).copy()  # never the shared default itself

    def add_recent(self, path: str) -> None:
        recent = [p for p in self.recent_files() if p != path]
        self.set(RECENT_FILES, [path, *recent][:RECENT_LIMIT])

    def forget_recent(self, path: str) -> None:
        self.set(RECENT_FILES, [p for p in self.recent_files() if p != path])

    def sync(self) -> None:
        self._store.sync()
