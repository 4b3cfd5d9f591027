"""The one bridge to Qt's translator for text that leaves the ui (messages, files, reports).

Only QtCore is used, so the headless tool and the core can speak the user's language too.
It is imported only once a translator is needed, so an English command line starts without it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

# QtCore loads when a translator is first needed: a command in English never needs one.

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}

_installed: list[QTranslator] = []

_speaking: ContextVar[str | None] = ContextVar("pmo_tmo_desktop_speaking", default=None)
_standalone: dict[str, QTranslator | None] = {}
_standalone_lock = threading.Lock()


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate `text`; lupdate collects every call of this name.

    Inside `speaking(language)` the text comes out in that language rather than the installed
    one (the room answers each participant in the language of their page).
    """
    language = _speaking.get()
    if language is None:
        if _installed:
            core = sys.modules["PySide6.QtCore"]  # loaded by install()
            return str(core.QCoreApplication.translate(context, text, disambiguation, n))
        # nothing installed (an English command line): the text as written, and a count in
        # it in the English plural form, without loading Qt
        return text if n < 0 else english_plural(text, n)
    return translate_in(language, context, text, disambiguation, n)


_ENGLISH_ONE = {"%n activities": "%n activity", "%n criteria": "%n criterion"}


def english_plural(text: str, n: int) -> str:
    """ "%n rating(s)" as English says it: "1 rating", "2 ratings" — the rule the English
    plural forms (translations/pmo_tmo_desktop_en.ts) are written by; a test holds them to
    it."""
    if n == 1:
        said = text.replace("(s)", "")
        for many, one in _ENGLISH_ONE.items():
            said = said.replace(many, one)
    else:
        said = text.replace("(s)", "s")
    return said.replace("%n", str(n))


def translate_in(
    language: str, context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """`text` in `language` (one of LANGUAGES), whatever language the application speaks."""
    translator = _translator(language)
    result = (translator.translate(context, text, disambiguation, n) if translator else "") or text
    return result.replace("%n", str(n)) if n >= 0 else result


def in_language(language: str) -> Callable[[str, str], str]:
    """A `translate(context, text)` that always answers in `language`."""
    return lambda context, text: translate_in(language, context, text)


@contextmanager
def speaking(language: str | None) -> Iterator[None]:
    """Within the block (and the threads it hands work to), `translate` answers in `language`;
    None or an unknown language leaves the installed one."""
    token = _speaking.set(language if language in LANGUAGES else None)
    try:
        yield
    finally:
        _speaking.reset(token)


def _translator(language: str) -> QTranslator | None:
    """Our compiled translations for `language`, loaded once and never installed."""
    if language not in LANGUAGES:
        return None
    from PySide6.QtCore import QTranslator

    with _standalone_lock:
        if language not in _standalone:
            translator = QTranslator()
            loaded = translator.load(f"pmo_tmo_desktop_{language}", _qm_folder(language))
            _standalone[language] = translator if loaded else None
        return _standalone[language]


def translations_dir() -> Path:
    """Where the compiled `.qm` files live: inside the package, or the source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "translations", here.parents[1] / "translations"):
        if candidate.is_dir():
            return candidate
    return here / "translations"


def _qm_folder(language: str) -> str:
    """The folder holding our compiled `.qm` for `language`.

    Release builds ship compiled files. In a source checkout only the `.ts` sources exist, so
    they are compiled once with the lrelease that PySide6 ships, into the user's cache.
    """
    folder = translations_dir()
    name = f"pmo_tmo_desktop_{language}"
    source = folder / f"{name}.ts"
    shipped = folder / f"{name}.qm"
    if not source.exists() or (
        shipped.exists() and shipped.stat().st_mtime >= source.stat().st_mtime
    ):
        return str(folder)
    import PySide6
    from PySide6.QtCore import QStandardPaths

    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    cache = cache / "translations"
    target = cache / f"{name}.qm"
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        tools = Path(PySide6.__file__).parent
        lrelease = next(
            (p for p in (tools / "lrelease", tools / "lrelease.exe") if p.exists()), None
        )
        if lrelease is None:
            return str(folder)
        cache.mkdir(parents=True, exist_ok=True)
        # Compiled beside it, then renamed over it: a translator that has the old file mapped
        # (another process, another checkout) keeps reading it whole, never a half-written one.
        fresh = target.with_name(f"{name}.{os.getpid()}.{threading.get_ident()}.qm")
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(fresh)], check=False)
        if fresh.exists():
            os.replace(fresh, target)
    return str(cache)


def language_from_system() -> str:
    from PySide6.QtCore import QLocale

    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def install_headless(language: str) -> object:
    """For the command line: a QCoreApplication (no GUI) carrying `language`'s translators."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication(["pmo-tmo"])
    install(language)
    return app


def install(language: str) -> str:
    """Load Qt's own translations, then ours, for `language`; returns the language in use.

    Needs a QCoreApplication (or subclass) to exist. Unknown languages fall back to English.
    """
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a QCoreApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language not in LANGUAGES:
        language = "en"
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(qt_dir, "qtbase")] if language != "en" else []  # English: only our plurals
    for directory, base in (*wanted, (_qm_folder(language), "pmo_tmo_desktop")):
        translator = QTranslator(app)
        if translator.load(f"{base}_{language}", directory):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
