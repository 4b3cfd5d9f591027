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
