"""The installer build writes the Windows installer script for the bundle it makes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _build_installer():  # the script lives at the top of the checkout, not in the package
    spec = importlib.util.spec_from_file_location("build_installer", ROOT / "build_installer.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_inno_setup_script_installs_the_bundle_and_opens_workspace_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = _build_installer()
    monkeypatch.setattr(build, "DIST", tmp_path)
    script = build.write_inno_script().read_text(encoding="utf-8")
    assert "AppVersion=0.1.0" in script
    assert 'Source: "pmo-tmo-desktop\\*"; DestDir: "{app}"' in script
    assert 'Subkey: "Software\\Classes\\.pmotmo"' in script
    assert 'ValueData: """{app}\\pmo-tmo-desktop.exe"" ""%1"""' in script
    assert "@" not in script  # every placeholder filled
