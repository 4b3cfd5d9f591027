"""`pmo-tmo room`: serve a workshop's room headless until SIGINT or SIGTERM; `pmo-tmo room
cards`: print each participant's name card with their personal link and code.

The handler returns the exit code; a problem with the input (unknown or closed workshop, a
port in use, an address not of this machine) raises a UserError, which `cli.main` turns into
one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

from pmo_tmo_desktop.cli.common import EXIT_OK, command, location
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.room import DEFAULT_PORT


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{value}: a port number from 0 to 65535 is needed").format(value=text)
        )
    return port


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGINT and SIGTERM set `stop` instead of ending the process (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handle(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _log_to_stderr() -> None:
    """Problems of the room server, one record a line on stderr (never to a participant)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    for name in ("pmo_tmo_desktop.room", "uvicorn"):
        log = logging.getLogger(name)
        if not log.handlers:
            log.addHandler(handler)
            log.setLevel(logging.WARNING)
            log.propagate = False


def cmd_room(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.room.server import RoomServer
    from pmo_tmo_desktop.services import files
    from pmo_tmo_desktop.services import room as rooms

    _log_to_stderr()
    stop = threading.Event()
    with _stop_on_signals(stop), files.open_file(args.workspace) as ws:
        server = RoomServer(ws, args.workshop, host=args.bind, port=args.port)
        info = server.start()
        try:
            if args.codes_required is not None or args.show_results is not None:
                info = rooms.set_room(
                    ws,
                    args.workshop,
                    codes_required=args.codes_required,
                    show_results=args.show_results,
                )
            codes = rooms.passes(ws, args.workshop)
            people = [
                {
                    "name": seat.name,
                    "office": seat.office,
                    "link": server.link(codes[seat.participant_id])
                    if seat.participant_id in codes
                    else None,
                }
                for seat in rooms.seats(ws, args.workshop)
            ]
            _announce(args.json, info.title, info.code, server.url, people)
            while not stop.wait(0.25):
                if not server.running:
                    raise RuntimeError("the room server stopped on its own")
        finally:
            server.stop()
    if not args.json:
        print(translate("Cli", "Room closed; every rating it accepted is saved."), flush=True)
    return EXIT_OK


def _base_url(text: str) -> str:
    """--url: the room's address as phones reach it, http(s)://HOST[:PORT], no path."""
    from urllib.parse import urlsplit

    base = text.strip().rstrip("/")
    try:
        parts = urlsplit(base)
        parts.port  # noqa: B018 (raises for a port out of range)
    except ValueError:
        parts = None
    if (
        parts is None
        or parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.path
        or parts.query
        or parts.fragment
    ):
        raise argparse.ArgumentTypeError(
            translate("Cli", "{value}: an address like http://192.168.1.20:8765 is needed").format(
                value=text
            )
        )
    return base


def default_base_url() -> str:
    """Where the room would be served by default: this machine's network address, port
    DEFAULT_PORT."""
    from pmo_tmo_desktop.room.server import address_text, lan_address

    return "http://" + address_text(lan_address(), DEFAULT_PORT)


def cmd_cards(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import cards, files

    base = args.url or default_base_url()
    with files.open_file(args.workspace) as ws:
        content = cards.write_name_cards(ws, args.workshop, args.pdf, base)
    print(
        translate(
            "Cli", "Wrote %n name card(s) to {file} (room at {url})", None, len(content.cards)
        ).format(file=args.pdf, url=base)
    )
    return EXIT_OK


def _announce(as_json: bool, title: str, code: str, url: str, people: list[dict[str, Any]]) -> None:
    if as_json:
        line = {"url": url, "code": code, "participants": people}
        print(json.dumps(line, ensure_ascii=False), flush=True)
        return
    print(
        translate("Cli", "The room of {title} is open at {url} (room code {code})").format(
            title=title, url=url, code=code
        )
    )
    if people:
        print(translate("Cli", "Personal links:"))
        for person in people:
            who = (
                person["name"] if not person["office"] else f"{person['name']} ({person['office']})"
            )
            print(f"  {who}: {person['link'] or '—'}")
    print(translate("Cli", "Press Ctrl+C to close the room."), flush=True)


def _cards_on_demand(room: argparse.ArgumentParser, cards: argparse.ArgumentParser) -> None:
    """`pmo-tmo room cards ...` goes to `cards`; anything else stays the serving form, so
    `pmo-tmo room WORKSPACE --workshop ID` keeps working."""

    # Derived from whatever parser class argparse made `room` with (known only at run time).
    class RoomParser(type(room)):  # type: ignore[misc]
        def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
            given = list(args) if args is not None else sys.argv[1:]
            if given and given[0] == "cards":
                return cards.parse_known_args(given[1:], namespace)
            return super().parse_known_args(given, namespace)

    room.__class__ = RoomParser


def add_commands(commands: Any) -> None:
    """The `room` command (and its `room cards` form), into the tool's subparsers."""
    serve = command(
        commands,
        "room",
        cmd_room,
        translate(
            "Cli",
            "serve a workshop's room: participants rate from their own phones until Ctrl+C",
        ),
    )
    serve.usage = (
        "%(prog)s WORKSPACE --workshop ID [--bind ADDR] [--port N] [--json]\n"
        "       %(prog)s cards WORKSPACE --workshop ID --pdf OUT [--url BASE]"
    )
    serve.epilog = translate(
        "Cli",
        "'%(prog)s cards' prints a name card for each participant: their personal link as a "
        "QR code and as text, and their personal code (see '%(prog)s cards --help').",
    )
    cards = type(serve)(
        prog=f"{serve.prog} cards",
        description=translate(
            "Cli",
            "a PDF of name cards: each participant's personal link as a QR code and as text, "
            "and their personal code",
        ),
    )
    cards.set_defaults(handler=cmd_cards)
    cards.add_argument("workspace", type=location, metavar="WORKSPACE")
    cards.add_argument("--workshop", type=int, required=True, metavar="ID")
    cards.add_argument("--pdf", type=Path, required=True, metavar="OUT")
    cards.add_argument(
        "--url",
        type=_base_url,
        metavar="BASE",
        help=translate(
            "Cli",
            "the room's address as phones reach it, http://IP:PORT (default: this "
            "machine's network address and port {port})",
        ).format(port=DEFAULT_PORT),
    )
    _cards_on_demand(serve, cards)
    serve.add_argument("workspace", type=location, metavar="WORKSPACE")
    serve.add_argument("--workshop", type=int, required=True, metavar="ID")
    serve.add_argument(
        "--bind",
        default="127.0.0.1",
        metavar="ADDR",
        help=translate("Cli", "the address to listen on (default 127.0.0.1)"),
    )
    serve.add_argument(
        "--port",
        type=_port,
        default=DEFAULT_PORT,
        metavar="N",
        help=translate("Cli", "the port (default {port}; 0 picks a free one)").format(
            port=DEFAULT_PORT
        ),
    )
    serve.add_argument(
        "--codes-required",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=translate(
            "Cli",
            "claiming a name asks for the personal code of the name cards (default: as the "
            "workshop's room was last set)",
        ),
    )
    serve.add_argument(
        "--show-results",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=translate(
            "Cli",
            "participants' pages show the presenter's ranking once a round is revealed "
            "(default: as the workshop's room was last set; off for a new room)",
        ),
    )
    serve.add_argument(
        "--json",
        action="store_true",
        help=translate("Cli", "first line: the address, room code and personal links as JSON"),
    )
