"""Text without a translator: what Qt itself answers, without loading Qt."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from pmo_tmo_desktop.i18n import translate
print(translate("Cli", "%n cells changed", n=3), translate("Cli", "plain"), translate("Cli", "%n"))
print("PySide6.QtCore" in sys.modules)
from PySide6.QtCore import QCoreApplication
print(
    QCoreApplication.translate("Cli", "%n cells changed", None, 3),
    QCoreApplication.translate("Cli", "plain"),
    QCoreApplication.translate("Cli", "%n"),
)
"""


def test_untranslated_text_is_answered_as_qt_answers_it_and_qt_stays_unloaded() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=True
    )
    ours, loaded, qts = result.stdout.splitlines()
    assert loaded == "False"
    assert ours == qts == "3 cells changed plain %n"
