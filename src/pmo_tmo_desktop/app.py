"""`pmo-tmo-desktop`: start the desktop app (optionally on a workspace or the demo)."""

from __future__ import annotations

import time

_STARTED = time.perf_counter()

import argparse  # noqa: E402
import sys  # noqa: E402
import traceback  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from types import TracebackType  # noqa: E402

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from pmo_tmo_desktop import APP_NAME, ORGANISATION, __version__, i18n  # noqa: E402


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pmo-tmo-desktop", description=APP_NAME)
    parser.add_argument("workspace", nargs="?", help="a .pmotmo workspace file to open")
    parser.add_argument("--demo", action="store_true", help="open the demo workspace")
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), help="language of the app")
    parser.add_argument("--read-only", action="store_true", help="open the workspace read-only")
    parser.add_argument(
        "--smoke", action="store_true", help="start, wait until idle, print the start-up time, exit"
    )
    parser.add_argument(
        "--smoke-room",
        action="store_true",
        help="with --smoke: also open a room on this machine, join it and rate through it",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """The last guard: the user sees one clear sentence, the details go to stderr."""
    traceback.print_exception(kind, error, tb, file=sys.stderr)
    from pmo_tmo_desktop.ui.widgets.dialogs import Messages

    if not Messages.interactive:  # --smoke: nobody is there to answer a dialog
        QApplication.exit(3)
        return
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "App",
                "Something went wrong: {error}\n\nEverything you entered before this is "
                "saved in the workspace file.",
            ).format(error=error),
        )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    QApplication.setOrganizationName(ORGANISATION)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from pmo_tmo_desktop.ui.widgets import settings as keys
    from pmo_tmo_desktop.ui.widgets.settings import Settings

    settings = Settings()
    language = args.lang or settings.get(keys.LANGUAGE) or i18n.language_from_system()
    i18n.install(language)
    from pmo_tmo_desktop.ui.shell.main_window import MainWindow

    sys.excepthook = _excepthook
    args.smoke = args.smoke or args.smoke_room
    if args.smoke:
        from pmo_tmo_desktop.ui.widgets.dialogs import Messages

        Messages.interactive = False
    window = MainWindow(settings)
    window.show()
    if args.demo:
        window.open_demo()
    elif args.workspace:
        window.open_path(args.workspace, read_only=args.read_only)
    else:
        window.reopen_last()
    if args.smoke:

        def report() -> None:
            opened = window.workspace is not None or not (args.demo or args.workspace)
            print(
                f"start-up: {time.perf_counter() - _STARTED:.3f} s"
                f"{'' if opened else ' (workspace not opened)'}",
                flush=True,
            )
            if opened and args.smoke_room and window.workspace is not None:
                # the bundle's fuller check: the solver, then the room
                print(_portfolio_check(window.workspace), flush=True)
                from pmo_tmo_desktop.ui.workshop.room.room_smoke import check_room

                print(check_room(window.workspace), flush=True)
            window.close()
            app.exit(0 if opened else 2)

        QTimer.singleShot(0, report)
    code = int(app.exec())
    _tear_down()
    return code


def _portfolio_check(ws: object) -> str:
    """The smoke's look at the solver: the first workshop's funding decision (HiGHS)."""
    from pmo_tmo_desktop.services import funding, queries, results
    from pmo_tmo_desktop.services.files import Workspace

    assert isinstance(ws, Workspace)
    workshops = queries.workshops(ws)
    if not workshops:
        return "portfolio: no workshop"
    decided = funding.decide(results.load(ws, workshops[0].id))
    return f"portfolio: {len(decided.selection.funded)} funded"


def _tear_down() -> None:
    """Destroy every window while Python is whole: at interpreter exit Qt would otherwise
    destroy them during finalisation, and a slot they trigger then (a selection cleared, a
    section count changed) runs into a half-finalised interpreter."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget) and widget.parent() is None:
            shiboken6.delete(widget)
