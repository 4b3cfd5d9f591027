"""Rows pasted from a spreadsheet into a set-up table (participants, criteria, proposals).

Excel, LibreOffice and the browsers copy cells as tab-separated lines. A first line that
names the table's columns says where each pasted column goes, and the rows are added at once;
a single column is taken as names. Anything else is a guess, shown first in a preview in
which each pasted column can be given to another field, or ignored. Every value is read as
its column reads typed text (numbers the locale's way, offices and directions by name); a
value that does not fit is refused in one line naming its row and column, and nothing is
added. The rows are added as one step, which one undo takes back.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain.errors import clip
from pmo_tmo_desktop.ui.workshop.setup.workshop_setup_models import (
    CHOICES,
    NUMBERS,
    Kind,
    SetupTableModel,
    parse_number,
)

IGNORED = -1
"""The field of a pasted column that is left out."""
ERROR_STYLE = "color: #b00020;"


class PasteError(Exception):
    """A pasted value that does not fit its column; the message names row and column."""


@dataclass(frozen=True)
class Reading:
    """How the pasted lines are read: which field each column fills, and whether a person
    should look first (the columns were guessed)."""

    rows: tuple[tuple[str, ...], ...]
    """The data lines (a header line left out)."""
    fields: tuple[int, ...]
    """Per pasted column, the table column it fills (IGNORED: none)."""
    named: bool
    """The first line named the columns."""

    @property
    def guessed(self) -> bool:
        return not self.named and max((len(r) for r in self.rows), default=0) > 1


def lines(text: str) -> list[tuple[str, ...]]:
    """Tab-separated lines as cells (quoted cells may hold tabs and line breaks); empty
    lines and empty trailing cells dropped."""
    found: list[tuple[str, ...]] = []
    for row in csv.reader(io.StringIO(text), dialect="excel-tab"):
        cells = [cell.strip() for cell in row]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            found.append(tuple(cells))
    return found


def read(text: str, model: SetupTableModel) -> Reading:
    """The reading of pasted text: by a header line when there is one, else by position."""
    found = lines(text)
    if not found:
        return Reading((), (), False)
    titles = {title.casefold(): i for i, title in enumerate(model.headers())}
    titles |= {f.name.casefold(): i for i, f in enumerate(model.FIELDS)}
    first = found[0]
    named = [titles.get(cell.casefold(), IGNORED) for cell in first]
    if any(i != IGNORED for i in named) and all(
        i != IGNORED for cell, i in zip(first, named, strict=True) if cell
    ):
        return Reading(tuple(found[1:]), tuple(named), True)
    width = max(len(r) for r in found)
    return Reading(
        tuple(found),
        tuple(i if i < len(model.FIELDS) else IGNORED for i in range(width)),
        False,
    )


def records(
    reading: Reading,
    model: SetupTableModel,
    name_field: str,
    number: Callable[[str], float | str | None] = parse_number,
) -> list[dict[str, Any]]:
    """The values of each row for the service, or PasteError naming row and column."""
    headers = model.headers()
    name_column = model.column_of(name_field)
    if name_column not in reading.fields:
        raise PasteError(
            QCoreApplication.translate(
                "SetupPaste", "no pasted column is the {column} column"
            ).format(column=headers[name_column])
        )
    found: list[dict[str, Any]] = []
    for line_number, row in enumerate(reading.rows, start=2 if reading.named else 1):
        values: dict[str, Any] = {}
        for place, cell in enumerate(row):
            column = reading.fields[place] if place < len(reading.fields) else IGNORED
            if column == IGNORED or not cell:
                continue
            values[model.field(column).name] = _value(model, column, cell, number, line_number)
        if not values.get(name_field):
            raise PasteError(
                QCoreApplication.translate("SetupPaste", "row {row}: the {column} is empty").format(
                    row=line_number, column=headers[name_column]
                )
            )
        found.append(values)
    return found


def _value(
    model: SetupTableModel,
    column: int,
    cell: str,
    number: Callable[[str], float | str | None],
    line_number: int,
) -> Any:
    field = model.field(column)
    where = QCoreApplication.translate("SetupPaste", "row {row}, column {column}").format(
        row=line_number, column=model.headers()[column]
    )
    if field.kind in CHOICES:
        wanted = cell.casefold()
        for text, value, _colour in model.choices(column):
            if text.casefold() == wanted or (isinstance(value, str) and value == wanted):
                return value
        offered = ", ".join(text for text, _v, _c in model.choices(column))
        raise PasteError(
            QCoreApplication.translate(
                "SetupPaste", "{where}: '{value}' is none of {offered}"
            ).format(where=where, value=clip(cell), offered=offered)
        )
    if field.kind in NUMBERS:
        value = number(cell)
        if not isinstance(value, float):
            raise PasteError(
                QCoreApplication.translate(
                    "SetupPaste", "{where}: '{value}' is not a number"
                ).format(where=where, value=clip(cell))
            )
        return int(value) if field.kind == Kind.WHOLE and value.is_integer() else value
    return cell


class PastePreview(QDialog):
    """The pasted rows as they will be added; each column's field can be changed."""

    def __init__(
        self,
        reading: Reading,
        model: SetupTableModel,
        name_field: str,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._reading, self._model, self._name_field = reading, model, name_field
        self.found: list[dict[str, Any]] = []
        intro = QLabel(
            self.tr(
                "The pasted cells have no header line, so their columns were matched by "
                "position. Check each column's field (or ignore it), then add the rows."
            )
        )
        intro.setWordWrap(True)
        width = len(reading.fields)
        self.table = QTableWidget(len(reading.rows) + 1, width)
        self.table.setObjectName("pastePreview")
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.choosers: list[QComboBox] = []
        for place, chosen in enumerate(reading.fields):
            chooser = QComboBox()
            chooser.setAccessibleName(self.tr("Field of pasted column {n}").format(n=place + 1))
            chooser.addItem(self.tr("(ignore)"), IGNORED)
            for column, header in enumerate(model.headers()):
                chooser.addItem(header, column)
            chooser.setCurrentIndex(chooser.findData(chosen))
            chooser.currentIndexChanged.connect(lambda _i: self._check())
            self.table.setCellWidget(0, place, chooser)
            self.choosers.append(chooser)
        for row, cells in enumerate(reading.rows, start=1):
            for place, cell in enumerate(cells):
                self.table.setItem(row, place, QTableWidgetItem(cell))
        self.table.setVerticalHeaderLabels(["", *(str(n) for n in range(1, len(reading.rows) + 1))])
        self.table.resizeColumnsToContents()
        self.error = QLabel()
        self.error.setObjectName("pasteError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        self._check()

    def reading(self) -> Reading:
        fields = tuple(int(chooser.currentData()) for chooser in self.choosers)
        return Reading(self._reading.rows, fields, False)

    def _check(self) -> None:
        """Read the rows as the columns now say; the error, or how many rows will be added."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        reading = self.reading()
        taken = [f for f in reading.fields if f != IGNORED]
        try:
            if len(taken) != len(set(taken)):
                raise PasteError(self.tr("two pasted columns fill the same field"))
            self.found = records(reading, self._model, self._name_field)
        except PasteError as error:
            self.found = []
            self.error.setText(str(error))
            ok.setEnabled(False)
            ok.setText(self.tr("Add Rows"))
            return
        self.error.setText("")
        ok.setEnabled(True)
        ok.setText(self.tr("Add %n Row(s)", "", len(self.found)))

    @classmethod
    def ask(
        cls,
        reading: Reading,
        model: SetupTableModel,
        name_field: str,
        title: str,
        parent: QWidget | None,
    ) -> list[dict[str, Any]] | None:
        dialog = cls(reading, model, name_field, title, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.found if accepted and dialog.found else None


def paste_rows(
    text: str,
    model: SetupTableModel,
    name_field: str,
    title: str,
    parent: QWidget | None,
    warn: Callable[[str], None],
) -> Sequence[dict[str, Any]] | None:
    """The rows to add from pasted `text` (None: nothing to add, or the user cancelled)."""
    reading = read(text, model)
    if not reading.rows:
        warn(
            QCoreApplication.translate(
                "SetupPaste",
                "Nothing to paste: copy rows of a spreadsheet first (one row per line).",
            )
        )
        return None
    if reading.guessed:
        return PastePreview.ask(reading, model, name_field, title, parent)
    try:
        return records(reading, model, name_field)
    except PasteError as error:
        warn(str(error))
        return None
