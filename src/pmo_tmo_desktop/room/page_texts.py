"""Every string of the participants' page, in the languages the application ships.

The page (resources/room/room.js and weights.js) looks its words up by their English text; the
server hands it this table as /assets/texts.js, built from the same compiled translations as the
rest of the application, so the page is translated where everything else is. `{name}`-style
placeholders are filled in by the page.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from pmo_tmo_desktop.i18n import LANGUAGES, in_language

Translate = Callable[[str, str], str]


def _texts(translate: Translate) -> tuple[str, ...]:
    return (
        translate("RoomPage", "Loading…"),
        translate("RoomPage", "Language"),
        translate("RoomPage", "Ballot"),
        translate("RoomPage", "Who are you?"),
        translate("RoomPage", "Tap your name to start rating."),
        translate("RoomPage", "already joined on another device"),
        translate("RoomPage", "No participants yet. Ask the facilitator to add you."),
        translate("RoomPage", "Personal code"),
        translate("RoomPage", "The personal code is printed on your name card."),
        translate("RoomPage", "Join"),
        translate("RoomPage", "Back"),
        translate("RoomPage", "Try again"),
        translate("RoomPage", "Pick your name"),
        translate("RoomPage", "No room with this code"),
        translate("RoomPage", "Check the address or scan the code on the screen again."),
        translate("RoomPage", "The room cannot be reached"),
        translate(
            "RoomPage",
            "Check that this device is on the room’s Wi-Fi. This page tries again by itself.",
        ),
        translate("RoomPage", "Something went wrong"),
        translate("RoomPage", "Could not join"),
        translate("RoomPage", "Waiting for the facilitator to admit this device"),
        translate(
            "RoomPage",
            "{name} has already joined on another device, so the facilitator must admit this one. "
            "This page checks again every few seconds.",
        ),
        translate("RoomPage", "Not {name}? Pick another name"),
        translate(
            "RoomPage",
            "Leave this ballot and pick another name? The ratings given so far stay saved.",
        ),
        translate("RoomPage", "This device was signed out"),
        translate(
            "RoomPage",
            "The facilitator signed this device out, for example because you joined on another "
            "device. Your ratings so far stay saved.",
        ),
        translate("RoomPage", "Pick my name again"),
        translate("RoomPage", "This device is no longer joined. Pick your name to join again."),
        translate("RoomPage", "Waiting for the facilitator to open a round"),
        translate("RoomPage", "Your ballot appears here by itself as soon as the round opens."),
        translate("RoomPage", "Round {n}"),
        translate("RoomPage", "Round {n} (blind)"),
        translate(
            "RoomPage",
            "Round {n} is closed. Your ratings are shown read-only; the ballot opens again by "
            "itself if the facilitator opens another round.",
        ),
        translate("RoomPage", "Every change is saved at once; there is nothing to submit."),
        translate("RoomPage", "{filled} of {cells} answered"),
        translate("RoomPage", "Complete: all {cells} answered"),
        translate("RoomPage", "{n} not sent yet"),
        translate("RoomPage", "Proposal"),
        translate("RoomPage", "Proposal {n} of {count}"),
        translate("RoomPage", "Proposals"),
        translate("RoomPage", "Proposal {n}: {title}, {state}"),
        translate("RoomPage", "complete"),
        translate("RoomPage", "not started"),
        translate("RoomPage", "started"),
        translate("RoomPage", "Previous"),
        translate("RoomPage", "Next"),
        translate("RoomPage", "can't judge"),
        translate("RoomPage", "not rated"),
        translate("RoomPage", "higher is better"),
        translate("RoomPage", "lower is better"),
        translate("RoomPage", "Scale {low}–{high}"),
        translate("RoomPage", "Saving…"),
        translate("RoomPage", "Saved"),
        translate("RoomPage", "Offline, queued"),
        translate("RoomPage", "Not saved yet, retrying"),
        translate("RoomPage", "Not saved: {message}"),
        translate("RoomPage", "Enter a number from {low} to {high}."),
        translate(
            "RoomPage",
            "Offline: your changes are kept on this device and sent as soon as the connection "
            "is back.",
        ),
        translate("RoomPage", "The round was closed before these changes could be sent: {n}."),
        translate("RoomPage", "Round {n} was closed before this change could be sent."),
        translate("RoomPage", "Criteria"),
        translate("RoomPage", "Results of round {n}"),
        translate("RoomPage", "Rank"),
        translate("RoomPage", "Score"),
        translate("RoomPage", "PMO"),
        translate("RoomPage", "TMO"),
        translate("RoomPage", "Gap"),
        translate(
            "RoomPage",
            "Scores run from 0 to 100; the gap is the PMO score minus the TMO score.",
        ),
        translate(
            "RoomPage",
            "— withheld for privacy: fewer than two participants of an office rated it.",
        ),
        # the criteria weights step (weights.js)
        translate("RoomPage", "Criteria weights"),
        translate(
            "RoomPage",
            "Before rating, compare the criteria in pairs: which matters more, and how much? "
            "This step is optional.",
        ),
        translate(
            "RoomPage",
            "Slide towards the criterion that matters more. Keys: arrows move, Enter chooses, "
            "Delete clears.",
        ),
        translate("RoomPage", "The round is closed; your criteria weights are shown read-only."),
        translate("RoomPage", "Skip to rating"),
        translate("RoomPage", "Go to rating"),
        translate("RoomPage", "{n} of {count} pairs answered"),
        translate("RoomPage", "Pair {n} of {count}"),
        translate("RoomPage", "{a} vs {b}"),
        translate("RoomPage", "{side} extremely more important"),
        translate("RoomPage", "{side} very strongly to extremely more important"),
        translate("RoomPage", "{side} very strongly more important"),
        translate("RoomPage", "{side} strongly to very strongly more important"),
        translate("RoomPage", "{side} strongly more important"),
        translate("RoomPage", "{side} moderately to strongly more important"),
        translate("RoomPage", "{side} moderately more important"),
        translate("RoomPage", "{side} equally to moderately more important"),
        translate("RoomPage", "Equal"),
        translate("RoomPage", "Not answered yet"),
        translate("RoomPage", "Clear"),
        translate("RoomPage", "least consistent"),
        translate("RoomPage", "Your weights"),
        translate("RoomPage", "Only you see this."),
        translate("RoomPage", "{percent}%"),
        translate("RoomPage", "Consistency ratio {ratio}: consistent"),
        translate("RoomPage", "Consistency ratio {ratio}: above 0.10, worth a second look"),
        translate("RoomPage", "Least consistent answer: {a} vs {b}"),
        translate("RoomPage", "Compare pairs that link every criterion to see your weights."),
        translate("RoomPage", "Updated once your answers reach the room."),
    )


def _as_written(context: str, text: str) -> str:
    return text


def page_texts(translate: Translate) -> dict[str, str]:
    """The page's strings, keyed by their English text, as `translate` renders them."""
    return dict(zip(_texts(_as_written), _texts(translate), strict=True))


def all_languages() -> dict[str, dict[str, str]]:
    """The page's strings for every shipped language."""
    return {language: page_texts(in_language(language)) for language in LANGUAGES}


def script() -> bytes:
    """/assets/texts.js: the table and the language names, for room.js to read."""
    table = json.dumps(
        {"languages": [list(pair) for pair in LANGUAGES.items()], "texts": all_languages()},
        ensure_ascii=False,
    )
    return f"window.ROOM_TEXTS = {table};\n".encode()
