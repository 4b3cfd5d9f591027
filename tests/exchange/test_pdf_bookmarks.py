"""Outline bookmarks and contents links of the printed PDFs point at their real pages."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PageObject, PdfReader
from pypdf.generic import Destination

from pmo_tmo_desktop.services import files, pack, reports


def _flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def _headings(page: PageObject) -> set[str]:
    """The texts a page sets in a heading's size (10.5 pt and up)."""
    found: set[str] = set()

    def visit(text: str, _cm: Any, tm: Any, _font: Any, size: float) -> None:
        if text.strip() and size * abs(tm[0] or 1) >= 10.5:
            found.add(_flat(text))

    page.extract_text(visitor_text=visit)
    return found


def _outline(reader: PdfReader) -> list[tuple[str, int, int]]:
    """(title, level, page index) of every outline entry, in order."""
    found: list[tuple[str, int, int]] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                assert isinstance(item, Destination)
                page = reader.get_destination_page_number(item)
                assert page is not None, item.title
                found.append((_flat(str(item.title)), level, page))

    walk(reader.outline, 0)
    return found


def _link_pages(reader: PdfReader, index: int) -> list[int]:
    """The pages the internal links on page `index` lead to."""
    refs = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}  # type: ignore[union-attr]
    named = reader.named_destinations
    targets: list[int] = []
    for annotation in reader.pages[index].get("/Annots") or []:
        link = annotation.get_object()
        if link.get("/Subtype") != "/Link":
            continue
        dest = link.get("/Dest")
        action = link.get("/A")
        if dest is None and action is not None and action.get("/S") == "/GoTo":
            dest = action.get("/D")
        if dest is None:
            continue
        dest = dest.get_object() if hasattr(dest, "get_object") else dest
        if isinstance(dest, str):
            page = reader.get_destination_page_number(named[dest])
            assert page is not None, dest
            targets.append(page)
        else:
            targets.append(refs[dest[0].idnum])
    return targets


def _minutes(ws: Any, out: Path) -> None:
    reports.write_minutes(ws, 1, out)


def _handbook(ws: Any, out: Path) -> None:
    pack.write_handbook(ws, out)


@pytest.mark.parametrize("write", [_minutes, _handbook], ids=["minutes", "handbook"])
def test_bookmarks_and_contents_links_point_at_their_pages(
    demo_path: Path, tmp_path: Path, write: Callable[[Any, Path], None]
) -> None:
    out = tmp_path / "document.pdf"
    with files.open_file(demo_path, read_only=True) as ws:
        write(ws, out)
    reader = PdfReader(out)
    texts = [_flat(page.extract_text()) for page in reader.pages]
    headings = [_headings(page) for page in reader.pages]
    entries = _outline(reader)
    assert len(entries) >= 3
    pages = [page for _, _, page in entries]
    assert any(pages), "every bookmark points at the first page"
    assert pages == sorted(pages)

    # the contents page: the first page listing every top-level heading
    top = [title for title, level, _ in entries if level == 0]
    contents = next(n for n, text in enumerate(texts) if all(t in text for t in top))
    for title, _level, page in entries:
        assert page > contents, title
        # set in a heading's size there (a table row may mention it on an earlier page)
        expected = next(n for n in range(contents + 1, len(texts)) if title in headings[n])
        assert page == expected, title

    links = _link_pages(reader, contents)
    assert links, "the contents page has no internal links"
    assert set(links) <= set(pages)
    assert {page for _, level, page in entries if level == 0} <= set(links)


@pytest.mark.parametrize("write", [_minutes, _handbook], ids=["minutes", "handbook"])
def test_contents_and_footers_print_the_real_page_numbers(
    demo_path: Path, tmp_path: Path, write: Callable[[Any, Path], None]
) -> None:
    """One layout pass: the numbers are filled in after it, and still tell the truth."""
    out = tmp_path / "document.pdf"
    with files.open_file(demo_path, read_only=True) as ws:
        write(ws, out)
    reader = PdfReader(out)
    texts = [_flat(page.extract_text()) for page in reader.pages]
    total = len(texts)
    for n, text in enumerate(texts, start=1):
        assert f"Page {n} of {total}" in text
    entries = _outline(reader)
    top = [title for title, level, _ in entries if level == 0]
    contents = next(n for n, text in enumerate(texts) if all(t in text for t in top))
    listing = " ".join(texts[contents : contents + 2])
    for title, _level, page in entries:
        # each line's number is drawn (and so read back) just before its title
        printed = re.search(r"(\d+) " + re.escape(title) + r"(?= |$)", listing)
        assert printed is not None, title
        assert int(printed.group(1)) == page + 1, title
