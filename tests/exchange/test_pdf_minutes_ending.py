"""The minutes never end on a page holding only their last sentence, nor break a word in the
middle of a table cell ("Abgeschl-ossen"), in English or German, whatever the length of what
comes before."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pypdf import PdfReader

from pmo_tmo_desktop import i18n
from pmo_tmo_desktop.exchange import pdf_minutes
from pmo_tmo_desktop.services import files, queries, reports
from pmo_tmo_desktop.services.reports_texts import minutes_texts

SENTENCE = "The room agreed on the next steps after a short discussion of the risks. "


def body_lines(page: str) -> list[str]:
    """A page's lines without its furniture (title, organisation, footer, page number: the
    first four lines drawn)."""
    lines = [line for line in page.splitlines() if line.strip()]
    return lines[4:]


def test_the_last_page_always_holds_more_than_a_closing_sentence(
    demo_path: Path, tmp_path: Path
) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        content = reports.minutes_content(ws, queries.workshops(ws)[0].id)
    texts = minutes_texts()
    # Fewer rows before the method and a description growing sentence by sentence: the page
    # end slides through the method's text, line by line (its last sentence alone on the
    # last page, before the method's text was kept together).
    for extra in range(0, 12):
        criteria = [dataclasses.replace(c, description="") for c in content.criteria]
        criteria[-1] = dataclasses.replace(criteria[-1], description=SENTENCE * extra)
        out = tmp_path / f"minutes-{extra}.pdf"
        changed = dataclasses.replace(
            content, criteria=tuple(criteria), movement=content.movement[:6]
        )
        pdf_minutes.write_minutes(out, changed, texts)
        last = body_lines(PdfReader(out).pages[-1].extract_text())
        assert len(last) > 3, f"{extra} sentences more: the last page holds only {last}"
        said = " ".join(last)  # the method's text, whole on one page
        assert texts.method_intro in said and "The results are from round 2" in said


def test_no_word_of_a_table_is_broken_in_german(qapp, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "protokoll.pdf"
    try:
        i18n.install("de")
        with files.open_file(demo_path, read_only=True) as ws:
            reports.write_minutes(ws, queries.workshops(ws)[0].id, out)
    finally:
        i18n.install("en")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    for word in ("Abgeschlossen", "Zurückgestellt"):
        assert word in text
        for cut in range(3, len(word) - 1):  # never "Abgeschl" / "ossen" on two lines
            assert f"{word[:cut]}\n{word[cut:]}" not in text, word
