"""The limits a workbook is read within (rows, columns, cells, text): refused above them with
one line, so that a hostile or huge file cannot take the memory or the time."""

from __future__ import annotations

MAX_ROWS = 10_000
"""Rows of one sheet that may hold values."""
MAX_COLUMNS = 1_000
"""Columns of one sheet that may hold values (a RACI matrix has a column per role)."""
MAX_CELLS = 1_000_000
"""Cells holding a value in one workbook, all sheets together."""
MAX_CELL_CHARS = 10_000
"""Characters of text in one cell."""
MAX_TEXT_CHARS = 30_000_000
"""Characters of text in one workbook: its shared strings and the text cells read."""
