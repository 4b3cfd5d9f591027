"""Safe xlsx handling: user text stays text, hostile archives are refused, saves are atomic.

Shared by every workbook the app writes or reads; pure stdlib + openpyxl.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pmo_tmo_desktop import fileio
from pmo_tmo_desktop.domain.errors import UserError

if TYPE_CHECKING:  # reading a workbook needs no openpyxl until it is parsed
    from openpyxl.cell.cell import Cell
    from openpyxl.workbook.workbook import Workbook

LIMIT_BYTES = 256 * 1024 * 1024
"""The most a workbook may expand to when unzipped (a real methodology is a few MB)."""
LIMIT_MEMBERS = 10_000
"""The most parts a workbook's zip may hold."""
LIMIT_RATIO = 1_000
"""A part that expands more than this many times (and past a megabyte) is a zip bomb."""

MAX_CELL_TEXT = 32_767
"""Excel's limit on the characters one cell holds."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""Leading characters spreadsheets read as the start of a formula (or strip to reach one)."""

_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")
"""Control characters an xlsx cannot hold (openpyxl refuses them)."""


class WorkbookError(UserError):
    """A workbook cannot be written or used; the message names its file, sheet and cell."""

    def __init__(
        self, file: str | Path, detail: str, *, sheet: str | None = None, cell: str | None = None
    ) -> None:
        self.file = Path(file).name
        self.sheet = sheet
        self.cell = cell
        self.detail = detail
        where = [self.file]
        if sheet is not None:
            where.append(f"sheet {sheet}")
        if cell is not None:
            where.append(f"cell {cell}")
        super().__init__(f"{', '.join(where)}: {detail}")


def is_risky(text: str) -> bool:
    """Whether a spreadsheet could take `text` for a formula."""
    return text.startswith(FORMULA_STARTS)


def safe_text(value: Any) -> str:
    """The text a cell may hold for `value`: no control characters xlsx forbids, within size.

    Write it with `put_text`, which also keeps formula-like text as text.
    """
    text = "" if value is None else str(value)
    text = _ILLEGAL.sub("", text)
    return text[:MAX_CELL_TEXT]


def put_text(cell: Cell, value: Any) -> Cell:
    """Write user text into `cell` so that it is shown, and stays, as text, never a formula.

    openpyxl would store "=..." as a formula; the cell is forced to a string cell instead, and
    the quote-prefix style makes Excel and LibreOffice keep it text when someone edits it.
    """
    text = safe_text(value)
    cell.value = text if text else None
    if text and is_risky(text):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def check_zip(
    path: Path,
    limit_bytes: int | None = None,
    limit_members: int | None = None,
    limit_ratio: int | None = None,
) -> None:
    """Refuse, before any parser sees it, a file that is not an xlsx zip or would expand absurdly.

    The sizes come from the zip's central directory; Python's zipfile never inflates a member
    past its recorded size, so the checked total bounds what openpyxl can later unpack.
    Limits left out are the module's LIMIT_* values at the time of the call.
    """
    path = Path(path)
    limit_bytes = LIMIT_BYTES if limit_bytes is None else limit_bytes
    limit_members = LIMIT_MEMBERS if limit_members is None else limit_members
    limit_ratio = LIMIT_RATIO if limit_ratio is None else limit_ratio
    if not path.is_file():
        raise WorkbookError(path, "no such file")
    not_xlsx = (
        "not an Excel .xlsx workbook (an old .xls, a password-protected file, "
        "or another kind of file?)"
    )
    if not zipfile.is_zipfile(path):
        raise WorkbookError(path, not_xlsx)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise WorkbookError(path, f"{not_xlsx} ({exc})") from None
    if len(members) > limit_members:
        raise WorkbookError(
            path, f"refused: it holds {len(members)} parts, more than a workbook needs"
        )
    names = {m.filename for m in members}
    if "[Content_Types].xml" not in names:
        raise WorkbookError(path, not_xlsx)
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise WorkbookError(path, "refused: it holds encrypted parts")
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > 1024 * 1024 and ratio > limit_ratio:
            raise WorkbookError(
                path, f"refused: part {member.filename} expands {ratio:.0f} times (a zip bomb?)"
            )
    if total > limit_bytes:
        raise WorkbookError(
            path,
            f"refused: it would expand to {_size(total)}, more than the limit of "
            f"{_size(limit_bytes)}",
        )


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.0f} MB"
    return f"{count / 1024:.0f} KB" if count >= 1024 else f"{count} bytes"


def atomic_save(workbook: Workbook, path: Path) -> None:
    """Save to a temporary file beside `path`, flush it to disk, then move it into place.

    A failure at any point leaves the previous file (or no file) and no temporary behind.
    """
    path = Path(path)
    try:
        with fileio.atomic_file(path) as temporary:
            workbook.save(str(temporary))
    except OSError as exc:
        raise WorkbookError(path, f"cannot be written ({exc.strerror or exc})") from exc
