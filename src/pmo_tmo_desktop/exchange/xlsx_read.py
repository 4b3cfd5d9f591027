"""Reading workbooks safely and within bounds: every import opens and streams through here.

Before openpyxl sees a file: the zip is checked (`check_zip`), every XML part's prolog is
parsed with defusedxml so a DTD or entity declaration (entity expansion, external entities)
is refused naming the part, and the shared-strings table is scanned as a stream against the
limits below. Sheets are then read row by row (openpyxl's read-only mode), stopping at the
first value past a limit. The limits are far above anything a real workbook of ours holds.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook
from openpyxl.xml.constants import SHARED_STRINGS, SHEET_MAIN_NS

from pmo_tmo_desktop.exchange.xlsx_limits import MAX_CELL_CHARS as MAX_CELL_CHARS
from pmo_tmo_desktop.exchange.xlsx_limits import MAX_CELLS as MAX_CELLS
from pmo_tmo_desktop.exchange.xlsx_limits import MAX_COLUMNS as MAX_COLUMNS
from pmo_tmo_desktop.exchange.xlsx_limits import MAX_ROWS as MAX_ROWS
from pmo_tmo_desktop.exchange.xlsx_limits import MAX_TEXT_CHARS as MAX_TEXT_CHARS
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError, check_zip
from pmo_tmo_desktop.i18n import translate

if TYPE_CHECKING:
    from pmo_tmo_desktop.exchange.xlsx_fast import FastSheets


XML_PARTS = (".xml", ".rels", ".vml")

BROKEN = (
    InvalidFileException,
    zipfile.BadZipFile,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    OSError,
    SyntaxError,  # xml.etree's ParseError
)
"""What openpyxl raises on a damaged or foreign file."""

_SI = f"{{{SHEET_MAIN_NS}}}si"
_T = f"{{{SHEET_MAIN_NS}}}t"


def _unreadable(path: Path, exc: BaseException) -> WorkbookError:
    """One line however many lines the library's message has."""
    detail = " ".join(str(exc).split()) or type(exc).__name__
    return WorkbookError(
        path,
        translate("Workbook", "cannot be read as a workbook ({detail})").format(detail=detail),
    )


def _xml_refused(path: Path, part: str, exc: BaseException) -> WorkbookError:
    if isinstance(exc, DefusedXmlException):
        return WorkbookError(
            path,
            translate(
                "Workbook",
                "refused: part {part} declares a DTD or entities (an XML attack?)",
            ).format(part=part),
        )
    detail = " ".join(str(exc).split())
    return WorkbookError(
        path,
        translate("Workbook", "refused: part {part} is not well-formed XML ({detail})").format(
            part=part, detail=detail
        ),
    )


def check_xml(path: Path) -> None:
    """Refuse a workbook any of whose XML parts declares a DTD (so entities) or is not XML.

    A DTD may only stand before the root element, so each part is parsed up to its first
    element and no further.
    """
    with zipfile.ZipFile(path) as archive:
        for member in archive.infolist():
            if not member.filename.lower().endswith(XML_PARTS) or member.is_dir():
                continue
            with archive.open(member) as stream:
                try:
                    for _event in iterparse(stream, events=("start",), forbid_dtd=True):
                        break
                except (DefusedXmlException, ParseError) as exc:
                    raise _xml_refused(path, member.filename, exc) from None


class Budget:
    """What a workbook may still hold while it is read: cells and characters of text."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.cells = 0
        self.chars = 0

    def text(self, length: int, where: dict[str, Any]) -> None:
        self.chars += length
        if length > MAX_CELL_CHARS:
            raise WorkbookError(
                self.path,
                translate(
                    "Workbook", "refused: {count} characters in one cell, more than {limit}"
                ).format(count=length, limit=MAX_CELL_CHARS),
                **where,
            )
        if self.chars > MAX_TEXT_CHARS:
            raise WorkbookError(
                self.path,
                translate("Workbook", "refused: more than {limit} characters of text").format(
                    limit=MAX_TEXT_CHARS
                ),
                **where,
            )

    def fits(self, row: tuple[Any, ...]) -> bool:
        """Count a row's values and text; False (nothing counted) when any limit would be
        crossed, for `cell` and `text` to find and name the cell."""
        cells = chars = longest = 0
        for value in row:
            if value is None:
                continue
            cells += 1
            if isinstance(value, str):
                length = len(value)
                chars += length
                longest = max(longest, length)
        if (
            longest > MAX_CELL_CHARS
            or self.cells + cells > MAX_CELLS
            or self.chars + chars > MAX_TEXT_CHARS
        ):
            return False
        self.cells += cells
        self.chars += chars
        return True

    def cell(self, where: dict[str, Any]) -> None:
        self.cells += 1
        if self.cells > MAX_CELLS:
            raise WorkbookError(
                self.path,
                translate("Workbook", "refused: more than {limit} filled cells").format(
                    limit=MAX_CELLS
                ),
                **where,
            )


def _shared_strings_part(archive: zipfile.ZipFile) -> str | None:
    with archive.open("[Content_Types].xml") as stream:
        for _event, node in iterparse(stream, events=("end",), forbid_dtd=True):
            if node.get("ContentType") == SHARED_STRINGS and node.get("PartName"):
                return str(node.get("PartName")).lstrip("/")
    return None


def check_shared_strings(path: Path, budget: Budget) -> None:
    """Scan the shared-strings table as a stream: refuse it past the limits before openpyxl
    loads all of it into memory."""
    with zipfile.ZipFile(path) as archive:
        try:
            part = _shared_strings_part(archive)
        except (DefusedXmlException, ParseError) as exc:
            raise _xml_refused(path, "[Content_Types].xml", exc) from None
        if part is None or part not in archive.namelist():
            return
        with archive.open(part) as stream:
            _scan_strings(path, part, stream, budget)


def _scan_strings(path: Path, part: str, stream: IO[bytes], budget: Budget) -> None:
    root = None
    count = 0
    try:
        for event, node in iterparse(stream, events=("start", "end"), forbid_dtd=True):
            if root is None:
                root = node
            if event != "end" or node.tag != _SI:
                continue
            count += 1
            if count > MAX_CELLS:
                raise WorkbookError(
                    path,
                    translate(
                        "Workbook", "refused: more than {limit} strings in part {part}"
                    ).format(limit=MAX_CELLS, part=part),
                )
            length = sum(len(t.text or "") for t in node.iter(_T))
            try:
                budget.text(length, {})
            except WorkbookError as exc:
                where = translate("Workbook", "part {part}, string {number}").format(
                    part=part, number=count
                )
                raise WorkbookError(path, f"{exc.detail} ({where})") from None
            node.clear()
            root.clear()  # keep nothing of what was scanned
    except (DefusedXmlException, ParseError) as exc:
        raise _xml_refused(path, part, exc) from None


class WorkbookReader:
    """A workbook checked (zip, XML, shared strings) and open to stream its sheets' values.

    `data_only=False` reads formulas as their text ("=2+3") instead of their cached values.
    `fast=True` reads the values of a plain workbook with calamine (xlsx_fast), which gives
    the same values, limits and refusals many times faster; others are read as always.
    """

    def __init__(self, path: Path, *, data_only: bool = True, fast: bool = False) -> None:
        self.path = Path(path)
        check_zip(self.path)
        self.budget = Budget(self.path)
        try:
            check_xml(self.path)
            check_shared_strings(self.path, self.budget)
            self.book = load_workbook(self.path, read_only=True, data_only=data_only)
        except WorkbookError:
            raise
        except BROKEN as exc:
            raise _unreadable(self.path, exc) from None
        self.fast: FastSheets | None = _fast_sheets(self.path) if fast and data_only else None

    @property
    def sheetnames(self) -> list[str]:
        return list(self.book.sheetnames)

    def rows(self, title: str) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """See `stream_rows`."""
        if self.fast is not None and hasattr(self.book[title], "iter_rows"):
            grid = self.fast.grid(title)
            if grid is not None:
                from pmo_tmo_desktop.exchange.xlsx_fast import rows_of

                return bounded_rows(self.path, title, rows_of(grid), self.budget)
        return stream_rows(self.book, self.path, title, self.budget)

    def close(self) -> None:
        self.book.close()
        if self.fast is not None:
            self.fast.close()

    def __enter__(self) -> WorkbookReader:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _refuse(path: Path, title: str, number: int, row: tuple[Any, ...], budget: Budget) -> None:
    """Walk a row cell by cell to raise the refusal that names the first cell past a limit."""
    for column, value in enumerate(row, start=1):
        if value is None:
            continue
        where = {"sheet": title, "cell": f"{get_column_letter(column)}{number}"}
        if number > MAX_ROWS:
            raise WorkbookError(
                path,
                translate("Workbook", "refused: more than {limit} rows").format(limit=MAX_ROWS),
                **where,
            )
        if column > MAX_COLUMNS:
            raise WorkbookError(
                path,
                translate("Workbook", "refused: more than {limit} columns").format(
                    limit=MAX_COLUMNS
                ),
                **where,
            )
        budget.cell(where)
        if isinstance(value, str):
            budget.text(len(value), where)


def stream_rows(
    book: Workbook, path: Path, title: str, budget: Budget
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, values) of sheet `title`, row by row, trailing empty cells dropped.

    Refuses, naming sheet and cell, the first value past MAX_ROWS or MAX_COLUMNS, a cell
    with more than MAX_CELL_CHARS characters, and a workbook past MAX_CELLS or
    MAX_TEXT_CHARS; empty rows far down (formatted, never filled) are skipped, not kept.
    """
    ws = book[title]
    if not hasattr(ws, "iter_rows"):  # a chart sheet
        return
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()  # some writers record wrong dimensions; read what is there
    try:
        numbered = enumerate(ws.iter_rows(values_only=True), start=1)
        yield from bounded_rows(path, title, numbered, budget)
    except WorkbookError:
        raise
    except BROKEN as exc:
        raise WorkbookError(
            path,
            translate("Workbook", "cannot be read ({detail})").format(
                detail=" ".join(str(exc).split())
            ),
            sheet=title,
        ) from None


def bounded_rows(
    path: Path, title: str, rows: Iterable[tuple[int, Sequence[Any]]], budget: Budget
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """`stream_rows`' limits over numbered rows of values, whichever reader gave them."""
    for number, values in rows:
        last = len(values)
        while last and (values[last - 1] is None or values[last - 1] == ""):
            last -= 1
        if not last:
            if number <= MAX_ROWS:
                yield number, ()
            continue
        row = tuple(values[:last])
        if number > MAX_ROWS or last > MAX_COLUMNS or not budget.fits(row):
            _refuse(path, title, number, row, budget)
        yield number, row


def _fast_sheets(path: Path) -> FastSheets | None:
    from pmo_tmo_desktop.exchange.xlsx_fast import FastSheets, plain_copy

    copy = plain_copy(path)
    if copy is None:
        return None
    try:
        return FastSheets(copy)
    except Exception:
        return None
