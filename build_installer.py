"""Build PMO–TMO Desktop for people who have no Python.

What it builds (into dist/):
  * the compiled translations (translations/*.ts -> *.qm, with Qt's lrelease);
  * a one-folder desktop bundle made by PyInstaller in a clean virtual environment, holding the
    app, its resources (templates, demo content, icons, fonts) and translations, and leaving out
    the Qt modules the app does not use;
  * on Linux, a .tar.gz of that folder; on Windows, an Inno Setup script for a setup.exe;
    on macOS, the .app bundle PyInstaller makes.

Usage:
  python build_installer.py translations   update .ts from the sources (lupdate), build .qm
  python build_installer.py qm             build .qm only (what a release build needs)
  python build_installer.py bundle         everything above, then the bundle and archive
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tarfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "src" / "pmo_tmo_desktop"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("de", "fr", "es")
DIST = ROOT / "dist"
EXCLUDED_QT = (
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtQuick",
    "QtQml",
    "QtMultimedia",
    "QtPdf",
    "QtNetwork",
    "QtOpenGL",
    "QtDBus",
    "QtDesigner",
)


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"pyside6-{name} not found next to {sys.executable}; install PySide6")
    return found


def update_ts() -> None:
    """Collect every translatable string of the sources into the .ts files."""
    sources = sorted(str(p) for p in SOURCES.rglob("*.py"))
    for language in LANGUAGES:
        target = TRANSLATIONS / f"pmo_tmo_desktop_{language}.ts"
        subprocess.run([_tool("lupdate"), "-no-obsolete", *sources, "-ts", str(target)], check=True)


def compile_qm(out: Path = TRANSLATIONS) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


INNO_SCRIPT = r"""; Inno Setup script for PMO-TMO Desktop (written by build_installer.py).
; On Windows, after `python build_installer.py bundle`: iscc dist\pmo-tmo-desktop.iss
[Setup]
AppName=PMO-TMO Desktop
AppVersion=@VERSION@
AppPublisher=PMO-TMO Desktop
DefaultDirName={autopf}\PMO-TMO Desktop
DefaultGroupName=PMO-TMO Desktop
OutputDir=.
OutputBaseFilename=pmo-tmo-desktop-@VERSION@-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Files]
Source: "pmo-tmo-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs

[Icons]
Name: "{group}\PMO-TMO Desktop"; Filename: "{app}\pmo-tmo-desktop.exe"
Name: "{autodesktop}\PMO-TMO Desktop"; Filename: "{app}\pmo-tmo-desktop.exe"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\.pmotmo"; ValueType: string; ValueData: "PMOTMO.Workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\PMOTMO.Workspace\shell\open\command"; ValueType: string; ValueData: @OPEN_COMMAND@
"""
# Inno Setup doubles quotes inside a quoted value: "<exe>" "%1" becomes """<exe>"" ""%1""".
OPEN_COMMAND = '"""{app}\\pmo-tmo-desktop.exe"" ""%1"""'


def write_inno_script() -> Path:
    """The Windows installer script; Inno Setup's `iscc` turns the bundle into a setup.exe."""
    from importlib.metadata import version

    DIST.mkdir(exist_ok=True)
    target = DIST / "pmo-tmo-desktop.iss"
    text = INNO_SCRIPT.replace("@VERSION@", version("pmo-tmo-desktop"))
    text = text.replace("@OPEN_COMMAND@", OPEN_COMMAND)
    target.write_text(text, encoding="utf-8")
    return target


def bundle() -> Path:
    """PyInstaller one-folder bundle built from a clean virtual environment."""
    compile_qm()
    work = ROOT / "build" / "installer"
    env_dir = work / "venv"
    if env_dir.exists():
        shutil.rmtree(env_dir)
    venv.create(env_dir, with_pip=True)
    python = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(ROOT), "pyinstaller"], check=True
    )
    sep = ";" if sys.platform == "win32" else ":"
    command = [
        str(python),
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--onedir",
        "--windowed",
        "--name",
        "pmo-tmo-desktop",
        "--distpath",
        str(DIST),
        "--workpath",
        str(work / "pyi"),
        "--add-data",
        f"{ROOT / 'resources'}{sep}pmo_tmo_desktop/resources",
        "--add-data",
        f"{TRANSLATIONS}{sep}pmo_tmo_desktop/translations",
        # Alembic reads the migration scripts as files, not from the bundled archive.
        "--add-data",
        f"{SOURCES / 'store' / 'migrations'}{sep}pmo_tmo_desktop/store/migrations",
        "--specpath",
        str(work),
        "--collect-submodules",
        "pmo_tmo_desktop",
        "--collect-data",
        "alembic",
        # reportlab looks for its C accelerator by a guarded import the analysis cannot see.
        "--hidden-import",
        "_rl_accel",
    ]
    for module in EXCLUDED_QT:
        command += ["--exclude-module", f"PySide6.{module}"]
    command.append(str(SOURCES / "__main__.py"))
    subprocess.run(command, check=True)
    folder = DIST / "pmo-tmo-desktop"
    write_inno_script()
    if sys.platform.startswith("linux"):
        archive = DIST / "pmo-tmo-desktop-linux.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(folder, arcname=folder.name)
        return archive
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("translations", "qm", "bundle", "inno"))
    step = parser.parse_args().step
    if step == "translations":
        update_ts()
        compile_qm()
    elif step == "qm":
        compile_qm()
    elif step == "inno":
        print(write_inno_script())
    else:
        print(bundle())
    return 0


if __name__ == "__main__":
    sys.exit(main())
