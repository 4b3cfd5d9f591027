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
  python build_installer.py smoke          start the built bundle on the demo, offscreen, with
                                           no Python on the path; print its size and time;
                                           then open a room from it, join and rate through it
  python build_installer.py screenshots    the README's pictures, taken from the app itself
                                           (offscreen, on the demo workspace) into
                                           resources/screenshots/ (needs pdftoppm for the
                                           minutes page)
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
    # English needs only its plural forms ("%n rating(s)" -> "1 rating", "2 ratings")
    english = TRANSLATIONS / "pmo_tmo_desktop_en.ts"
    plurals = ["-pluralonly", "-target-language", "en", "-no-obsolete"]
    subprocess.run([_tool("lupdate"), *plurals, *sources, "-ts", str(english)], check=True)


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
    resources = work / "resources"  # what the app reads; the README's pictures stay out
    if resources.exists():
        shutil.rmtree(resources)
    shutil.copytree(ROOT / "resources", resources, ignore=shutil.ignore_patterns("screenshots"))
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
        f"{resources}{sep}pmo_tmo_desktop/resources",
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
        # The room's server picks its HTTP protocol, event loop and lifespan by name, and
        # anyio its backend: imports the analysis cannot see either.
        "--collect-submodules",
        "uvicorn",
        "--hidden-import",
        "anyio._backends._asyncio",
        # Print renders PDF pages with PDFium: pypdfium2_raw carries the shared library and
        # the version files both packages read at import.
        "--collect-binaries",
        "pypdfium2_raw",
        "--collect-data",
        "pypdfium2_raw",
        "--collect-data",
        "pypdfium2",
        # The portfolio's solver: HiGHS' extension module and its package's submodules.
        "--collect-submodules",
        "highspy",
        "--collect-binaries",
        "highspy",
        # Team libraries: psycopg finds its C implementation (with libpq) by a guarded import.
        "--collect-submodules",
        "psycopg_binary",
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


SCREENSHOTS = ROOT / "resources" / "screenshots"
SCREEN_SIZE = (1280, 800)


def take_screenshots(folder: Path = SCREENSHOTS, language: str = "en") -> list[Path]:
    """Grab each main view of the app on the demo workspace, as a user sees it."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    from pmo_tmo_desktop import i18n
    from pmo_tmo_desktop.services import demo
    from pmo_tmo_desktop.ui.shell.main_window import MainWindow
    from pmo_tmo_desktop.ui.widgets.settings import Settings

    app = QApplication.instance() or QApplication([])
    QStandardPaths.setTestModeEnabled(True)
    i18n.install(language)
    folder.mkdir(parents=True, exist_ok=True)
    taken: list[Path] = []
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp) / "Documents"
        work.mkdir()
        path = work / "acme-methodology.pmotmo"
        ws = demo.create_demo(path)
        live = _live_workshop(ws)
        ws.close()
        ini = QSettings(str(Path(temp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Settings(ini))
        window.resize(*SCREEN_SIZE)
        window.show()
        window.open_path(str(path))

        def grab(widget: object, name: str) -> None:
            for _ in range(5):
                app.processEvents()
            target = folder / f"{name}.png"
            widget.grab().save(str(target))  # type: ignore[attr-defined]
            taken.append(target)

        tree = window.methodology_area.tree
        tree.setCurrentIndex(tree.model().index(1, 0, tree.model().index(0, 0)))
        for index, name in enumerate(("methodology", "raci", "roles", "alignment")):
            window.show_area(index)
            grab(window, name)
        window.show_area(4)
        area = window.workshops_area
        area.list.selectRow(
            next(r for r in range(area.list_model.rowCount()) if _row_id(area, r) != live)
        )
        area.pages.setCurrentIndex(0)
        grab(window, "workshop")
        window.workshop_list_action.trigger()  # View > Workshop List: the pages get the room
        for key, name in (
            ("setup", "workshop-setup"),
            ("agenda", "agenda"),
            ("rating", "rating"),
            ("results", "results"),
            ("decisions", "decisions"),
        ):
            area.pages.setCurrentWidget(window._workshop_pages()[key])
            grab(window, name)
        # a round in progress: 7 of 10 have rated, the eighth takes the hot seat
        rows = range(area.list_model.rowCount())
        area.list.selectRow(next(r for r in rows if _row_id(area, r) == live))
        rating = window.rating_page
        area.pages.setCurrentWidget(rating)
        rating.voter.setCurrentIndex(7)
        rating.start_button.click()
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QLineEdit

        rating.ballot.setFocus()

        def editor() -> QLineEdit | None:
            found = [e for e in rating.ballot.findChildren(QLineEdit) if e.isVisible()]
            return found[0] if found else None

        for value in ("8", "6", "7", "4", "9", "5", "7", "8"):
            typing = editor()
            if typing is None:  # a digit on a cell opens its editor
                QTest.keyClicks(rating.ballot, value)
                typing = editor()
            else:
                QTest.keyClicks(typing, value)
            if typing is not None:
                QTest.keyClick(typing, Qt.Key.Key_Return)
            for _ in range(50):  # until the stored cell's editor has gone
                app.processEvents()
                if editor() is not typing:
                    break
        grab(window, "rating-live")
        rating.finish_ballot()
        window.show_presenter()
        presenter = window.presenter
        assert presenter is not None
        presenter.resize(*SCREEN_SIZE)
        grab(presenter, "presenter")
        presenter.close()
        minutes = work / "minutes.pdf"
        from pmo_tmo_desktop.services import files, reports

        with files.open_file(path, read_only=True) as ws:
            reports.write_minutes(ws, 1, minutes)
        window.close()
        for widget in (presenter, window):
            widget.deleteLater()  # torn down while Qt still runs, not at interpreter exit
        app.processEvents()
        pdftoppm = shutil.which("pdftoppm")
        if pdftoppm is None:
            print("pdftoppm not found (poppler-utils): the minutes page was not taken")
        else:
            for page in (1, 4):
                stem = folder / f"minutes-page-{page}"
                subprocess.run(
                    [
                        pdftoppm,
                        "-png",
                        "-r",
                        "80",
                        "-f",
                        str(page),
                        "-l",
                        str(page),
                        "-singlefile",
                        str(minutes),
                        str(stem),
                    ],
                    check=True,
                )
                taken.append(stem.with_suffix(".png"))
    return taken


def _live_workshop(ws: object) -> int:
    """A second workshop of the demo, in its first blind round: 7 of 10 have rated."""
    import random
    from datetime import date

    from pmo_tmo_desktop.domain import model as m
    from pmo_tmo_desktop.services import entities, queries, workshops
    from pmo_tmo_desktop.services.rows import unit_of_work

    first = queries.workshop(ws, 1)  # type: ignore[arg-type]
    rng = random.Random(7)
    with unit_of_work(ws) as rec:  # type: ignore[arg-type]
        wid = entities.add(
            rec,
            "workshop",
            {
                "title": "Q1 Portfolio Review",
                "date": date(2027, 1, 20),
                "place": "Board room 3, Head office",
                "facilitator": first.workshop.facilitator,
                "status": "live",
            },
        )
        people = [
            entities.add(
                rec,
                "participant",
                {"workshop_id": wid, "name": p.name, "office_id": p.office_id, "title": p.title},
            )
            for p in first.participants
        ]
        criteria = [
            (
                entities.add(
                    rec,
                    "criterion",
                    {
                        "workshop_id": wid,
                        "name": c.name,
                        "description": c.description,
                        "weight": c.weight,
                        "direction": c.direction,
                        "scale_min": c.scale_min,
                        "scale_max": c.scale_max,
                    },
                ),
                c,
            )
            for c in first.criteria
        ]
        proposals = [
            entities.add(
                rec,
                "proposal",
                {"workshop_id": wid, "title": p.title, "sponsor": p.sponsor, "cost": p.cost},
            )
            for p in first.proposals[:5]
        ]
        round_id = workshops.start_round(rec, wid, blind=True)
        for person in people[:7]:
            for proposal in proposals:
                for crit_id, c in criteria:
                    value = rng.randint(int(c.scale_min), int(c.scale_max))
                    workshops.put_rating(
                        rec, round_id, person, proposal, crit_id, value, m.EnteredBy.SELF
                    )
    return wid


def _row_id(area: object, row: int) -> int:
    return int(area.list_model.record(row).id)  # type: ignore[attr-defined]


def smoke(folder: Path | None = None) -> None:
    """Start the built bundle on the demo, offscreen, in an empty home with no Python on the
    path; fail unless it starts and exits cleanly. Prints the bundle's size and start times."""
    import os
    import tempfile
    import time

    folder = folder or DIST / "pmo-tmo-desktop"
    name = "pmo-tmo-desktop.exe" if sys.platform == "win32" else "pmo-tmo-desktop"
    executable = folder / name
    if not executable.exists():
        raise SystemExit(f"{executable} not found; run `python build_installer.py bundle` first")
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    with tempfile.TemporaryDirectory() as home:
        system = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env = {
            "HOME": home,
            "USERPROFILE": home,
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
        }
        if sys.platform == "win32":  # what every Windows process needs, and nothing more
            env |= {"SYSTEMROOT": system, "TEMP": home, "TMP": home}
            env["PATH"] = str(Path(system) / "System32")
        else:
            env["PATH"] = os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).exists())
        times = []
        for _ in range(2):  # the first start builds the demo workspace, the second opens it
            start = time.perf_counter()
            done = subprocess.run(
                [str(executable), "--demo", "--smoke"],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            times.append(time.perf_counter() - start)
            if done.returncode != 0:
                raise SystemExit(
                    f"the bundle failed to start ({done.returncode}):\n{done.stdout}{done.stderr}"
                )
        # the room: served from the bundle, joined and rated through, stopped again
        room = subprocess.run(
            [str(executable), "--demo", "--smoke-room"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if "portfolio: " not in room.stdout or "funded" not in room.stdout:
            raise SystemExit(f"the bundle's solver failed:\n{room.stdout}{room.stderr}")
        if room.returncode != 0 or "room: served" not in room.stdout:
            raise SystemExit(
                f"the bundle's room failed ({room.returncode}):\n{room.stdout}{room.stderr}"
            )
    print(f"bundle: {folder} ({size / 1e6:.0f} MB)")
    print(f"--demo --smoke: first start {times[0]:.1f} s, second {times[1]:.1f} s")
    print(room.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "step", choices=("translations", "qm", "bundle", "inno", "smoke", "screenshots")
    )
    step = parser.parse_args().step
    if step == "translations":
        update_ts()
        compile_qm()
    elif step == "qm":
        compile_qm()
    elif step == "inno":
        print(write_inno_script())
    elif step == "smoke":
        smoke()
    elif step == "screenshots":
        compile_qm()
        for path in take_screenshots():
            print(path.relative_to(ROOT))
    else:
        print(bundle())
    return 0


if __name__ == "__main__":
    sys.exit(main())
