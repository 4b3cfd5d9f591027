"""Name cards: read back with pypdf — the words, and the QR codes rebuilt from the drawing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import segno
from pypdf import PdfReader
from reportlab.lib.units import mm

from pmo_tmo_desktop.exchange.pdf_cards import (
    QR_SIZE,
    QUIET_ZONE,
    Card,
    CardsContent,
    CardsTexts,
    qr_matrix,
    write_cards,
)
from pmo_tmo_desktop.exchange.pdf_document import PdfError
from pmo_tmo_desktop.services.cards import cards_texts

Matrix = tuple[tuple[bool, ...], ...]
PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"}


@dataclass
class DrawnQr:
    """A QR code as the page draws it: its modules and where its symbol lies (points)."""

    matrix: Matrix
    left: float
    bottom: float
    size: float
    module: float


@dataclass
class _Page:
    fills: list[tuple[float, float, float, float]] = field(default_factory=list)
    texts: list[tuple[float, float, str]] = field(default_factory=list)


def _read_page(page: Any) -> _Page:
    """Every filled rectangle (page coordinates) and every piece of text with its origin."""
    found = _Page()
    pending: list[tuple[float, float, float, float]] = []

    def operator(op: bytes, args: list[Any], cm: list[float], tm: list[float]) -> None:
        name = op.decode()
        if name == "re":
            x, y, w, h = (float(a) for a in args)
            # translations and scales only (the cards are never rotated)
            pending.append((cm[0] * x + cm[4], cm[3] * y + cm[5], cm[0] * w, cm[3] * h))
        elif name in PAINT:
            if name in {"f", "F", "f*"}:
                found.fills.extend(pending)
            pending.clear()

    def text(content: str, cm: list[float], tm: list[float], *_: Any) -> None:
        if content.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.texts.append((x, y, content))

    page.extract_text(visitor_operand_before=operator, visitor_text=text)
    return found


def _clusters(fills: list[tuple[float, float, float, float]]) -> list[list[tuple[float, ...]]]:
    """Filled rectangles grouped by QR code: a code's modules are drawn one after another,
    row by row from its top-left finder, and every one of them lies within QR_SIZE of that
    first rectangle (a row's run of light modules may be wider than the gap between codes
    would suggest, so nearness to what is drawn so far is not the test)."""
    groups: list[list[tuple[float, ...]]] = []
    start: tuple[float, float] | None = None
    slack = 0.5
    for x, y, w, h in fills:
        inside = start is not None and (
            start[0] - slack <= x <= start[0] + QR_SIZE + slack
            and start[1] - QR_SIZE - slack <= y + h <= start[1] + slack
        )
        if not inside:
            groups.append([])
            start = (x, y + h)
        groups[-1].append((x, y, w, h))
    return groups


def _matrix_of(rects: list[tuple[float, ...]]) -> DrawnQr:
    module = min(h for _x, _y, _w, h in rects)
    left = min(x for x, _y, _w, _h in rects)
    top = max(y + h for _x, y, _w, h in rects)
    right = max(x + w for x, _y, w, _h in rects)
    count = round((right - left) / module)
    rows = [[False] * count for _ in range(count)]
    for x, y, w, h in rects:
        assert abs(h - module) < 0.01, "every drawn rectangle is one module high"
        row = round((top - (y + h)) / module)
        first = round((x - left) / module)
        for col in range(first, first + round(w / module)):
            rows[row][col] = True
    return DrawnQr(
        tuple(tuple(r) for r in rows), left, top - count * module, count * module, module
    )


def qr_codes_drawn(path: Path) -> list[list[DrawnQr]]:
    """Per page, the QR codes drawn on it, in drawing order (left to right, top to bottom)."""
    return [
        [_matrix_of(group) for group in _clusters(_read_page(page).fills)]
        for page in PdfReader(path).pages
    ]


def text_positions(path: Path) -> list[list[tuple[float, float, str]]]:
    return [_read_page(page).texts for page in PdfReader(path).pages]


def expected_matrix(link: str) -> Matrix:
    """The QR code segno makes of `link`, without its quiet zone."""
    return tuple(tuple(bool(m) for m in row) for row in segno.make_qr(link).matrix)


def all_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def squeezed(text: str) -> str:
    """Text without any whitespace: a link broken over two lines reads as one."""
    return "".join(text.split())


# --- the tests ---------------------------------------------------------------------------------


def _content(count: int, offices: bool = True) -> CardsContent:
    names = ["Ana <PMO> Ruiz", "Ólafur & Sons", "Ярослава Ковальчук", "Zoë Ångström-Núñez"]
    cards = tuple(
        Card(
            f"{names[i % len(names)]} {i}",
            ("PMO" if i % 2 else "TMO") if offices else None,
            f"http://192.168.1.{20 + i}:8765/r/ABCDEF/p/CODE{i:04d}",
            f"CODE{i:04d}",
        )
        for i in range(count)
    )
    return CardsContent("Q4 Review & <Budget>", cards, organisation="Acme & Co", language="en")


def test_every_card_prints_its_name_office_code_link_and_the_instructions(tmp_path: Path) -> None:
    content = _content(11)
    out = tmp_path / "cards.pdf"
    write_cards(out, content, CardsTexts())
    reader = PdfReader(out)
    assert len(reader.pages) == 2  # eight cards a page
    text = all_text(out)
    flat = squeezed(text)
    for card in content.cards:
        assert card.name in text  # markup characters print as typed
        assert card.code in text
        assert card.link in flat
    assert text.count("Q4 Review & <Budget>") >= len(content.cards)
    assert "PMO" in text and "TMO" in text
    instructions = "Scan with your phone's camera, or open the address and enter the code."
    assert squeezed(instructions) in flat
    assert flat.count(squeezed(instructions)) == len(content.cards)
    meta = reader.metadata
    assert meta is not None and meta.title == "Name cards: Q4 Review & <Budget>"
    assert meta.author == "Acme & Co"


def test_each_qr_code_is_exactly_the_cards_link_with_its_quiet_zone(tmp_path: Path) -> None:
    content = _content(11)
    out = tmp_path / "cards.pdf"
    write_cards(out, content)
    drawn = [qr for page in qr_codes_drawn(out) for qr in page]
    assert [qr.matrix for qr in drawn] == [expected_matrix(c.link) for c in content.cards]
    for qr in drawn:
        assert qr.size == pytest.approx(QR_SIZE, abs=0.01)
        assert qr.size >= 30 * mm - 0.01
    # nothing is written inside a code's quiet zone
    for page, codes in zip(text_positions(out), qr_codes_drawn(out), strict=True):
        for qr in codes:
            zone = QUIET_ZONE * qr.module
            for x, y, words in page:
                inside = (
                    qr.left - zone < x < qr.left + qr.size + zone
                    and qr.bottom - zone < y < qr.bottom + qr.size + zone
                )
                assert not inside, words


def test_a_wrong_link_would_be_caught_by_the_comparison(tmp_path: Path) -> None:
    """The rebuilt matrix tells one link from another (the check above can fail)."""
    content = _content(1)
    out = tmp_path / "cards.pdf"
    write_cards(out, content)
    (qr,) = qr_codes_drawn(out)[0]
    assert qr.matrix != expected_matrix(content.cards[0].link.replace("CODE0000", "CODE0001"))
    assert qr.matrix == expected_matrix(content.cards[0].link)
    quiet = qr_matrix(content.cards[0].link)
    assert len(quiet) == len(qr.matrix) + 2 * QUIET_ZONE
    assert not any(quiet[0]) and not any(row[0] for row in quiet)


def test_no_office_is_printed_when_the_workshop_hides_it(tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    write_cards(out, _content(3, offices=False))
    text = all_text(out)
    assert "PMO" not in text.replace("<PMO>", "") and "TMO" not in text


def test_a_long_name_stays_on_its_card(tmp_path: Path) -> None:
    long = "Bartholomew Maximilian von Habsburg-Lothringen-Wittelsbach und Sachsen-Coburg"
    content = CardsContent(
        "A workshop", (Card(long, "PMO", "http://10.0.0.2:8765/r/ABCDEF/p/ABCDEFGH", "ABCDEFGH"),)
    )
    out = tmp_path / "cards.pdf"
    write_cards(out, content)
    text = all_text(out)
    assert "Bartholomew" in text and "ABCDEFGH" in text
    (qr,) = qr_codes_drawn(out)[0]
    assert qr.matrix == expected_matrix(content.cards[0].link)


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path: Path) -> None:
    with pytest.raises(PdfError):
        write_cards(tmp_path / "missing" / "cards.pdf", _content(2))
    assert not (tmp_path / "missing").exists()
    assert list(tmp_path.iterdir()) == []


def test_the_translated_texts_are_the_source_texts_in_english() -> None:
    texts = cards_texts()
    assert texts == CardsTexts()
    assert all(getattr(texts, name) for name in CardsTexts.__dataclass_fields__)
