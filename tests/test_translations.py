"""Every user-visible string is translated into German, French and Spanish.

lupdate runs over the sources into copies of the .ts files: a new string (one the .ts files
fall behind on) or an entry left unfinished fails the test.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_every_string_is_translated(language: str, tmp_path: Path) -> None:
    source = ROOT / "translations" / f"pmo_tmo_desktop_{language}.ts"
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "pmo_tmo_desktop").rglob("*.py"))
    subprocess.run(
        [str(LUPDATE), "-no-obsolete", "-silent", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    unfinished = [
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(copy).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation") is not None
        and message.find("translation").get("type") == "unfinished"
    ]
    assert not unfinished, f"{len(unfinished)} untranslated, e.g. {unfinished[:5]}"


def test_every_plural_has_its_english_forms(tmp_path: Path) -> None:
    """English speaks the source text, except where a number decides the word: "%n rating(s)"
    reads "1 rating" and "2 ratings", from the English plural forms."""
    source = ROOT / "translations" / "pmo_tmo_desktop_en.ts"
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "pmo_tmo_desktop").rglob("*.py"))
    plurals = ["-pluralonly", "-target-language", "en", "-no-obsolete", "-silent"]
    subprocess.run(
        [str(LUPDATE), *plurals, *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    plurals = list(ET.parse(copy).getroot().iter("message"))
    assert plurals and all(m.get("numerus") == "yes" for m in plurals)
    unfinished = [
        m.findtext("source")
        for m in plurals
        if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not unfinished, unfinished[:5]
    for message in plurals:
        one, many = (n.text or "" for n in message.iter("numerusform"))
        assert "(s)" not in one + many, message.findtext("source")


def test_english_plurals_read_as_words() -> None:
    from pmo_tmo_desktop import i18n

    text = "Add %n Row(s)"
    assert i18n.translate_in("en", "PastePreview", text, None, 1) == "Add 1 Row"
    assert i18n.translate_in("en", "PastePreview", text, None, 2) == "Add 2 Rows"


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_placeholders_survive_translation(language: str) -> None:
    import re

    tree = ET.parse(ROOT / "translations" / f"pmo_tmo_desktop_{language}.ts")
    broken = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None or node.get("type") == "unfinished":
            continue  # the other test reports unfinished entries
        texts = [n.text or "" for n in node.iter("numerusform")] or [node.text or ""]
        wanted = sorted(re.findall(r"\{[^{}]*\}", source))
        broken += [source for text in texts if sorted(re.findall(r"\{[^{}]*\}", text)) != wanted]
    assert not broken, broken[:5]
