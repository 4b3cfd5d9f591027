"""Text with no translator installed (an English command line): the text as written,
without loading Qt, and the English plural forms once a count is in it."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from pmo_tmo_desktop.i18n import translate
print(translate("Cli", "plain"), "PySide6.QtCore" in sys.modules)
print(
    translate("RatingPage", "%n rating(s)", n=1),
    translate("RatingPage", "%n rating(s)", n=2),
    translate("Cli", "%n cells changed", n=3),
)
"""


def test_plain_text_needs_no_qt_and_counts_read_as_english_words() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=True
    )
    plain, counted = result.stdout.splitlines()
    assert plain == "plain False"  # no translator, no Qt: the text as written
    assert counted == "1 rating 2 ratings 3 cells changed"


def test_the_english_plural_rule_writes_every_english_plural_form() -> None:
    import html
    import re

    from pmo_tmo_desktop.i18n import english_plural, translations_dir

    ts = (translations_dir() / "pmo_tmo_desktop_en.ts").read_text(encoding="utf-8")
    messages = re.findall(r'<message numerus="yes">(.*?)</message>', ts, re.S)
    assert len(messages) > 40
    for message in messages:
        source = html.unescape(re.search(r"<source>(.*?)</source>", message, re.S).group(1))
        one, many = (
            html.unescape(f) for f in re.findall(r"<numerusform>(.*?)</numerusform>", message)
        )
        assert english_plural(source, 1) == one.replace("%n", "1"), source
        assert english_plural(source, 3) == many.replace("%n", "3"), source
