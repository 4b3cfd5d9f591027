"""The PMO-versus-TMO gap view: the grid, its colour scale and legend, and shown figures.

Figures are rounded once, half away from zero, to one decimal (`domain.figures`): the grid,
the "discuss these" list, the tables and the PDF minutes all write 62.5 as 62.5. A cell is
shaded in the colour of the office that rates higher, in proportion to its gap against the
largest gap shown (`services.chart_spec.GapScale`), so +38 beside +75 reads as half as strong.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.domain.offices import PMO_COLOUR, TMO_COLOUR
from pmo_tmo_desktop.services import chart_spec
from pmo_tmo_desktop.ui.widgets.common import ink_on
from pmo_tmo_desktop.ui.widgets.formatting import one, signed, withheld_text
from pmo_tmo_desktop.ui.widgets.qt_common import Index

LEGEND_STEPS = 8
"""Swatches in each office's colour ramp of the legend."""


def blend(colour: str, strength: float) -> QColor:
    """`colour` faded towards white: 0 is white, 1 is the full colour."""
    base = QColor(colour)
    s = max(0.0, min(1.0, strength))
    return QColor(
        round(255 + (base.red() - 255) * s),
        round(255 + (base.green() - 255) * s),
        round(255 + (base.blue() - 255) * s),
    )


def legend_html(pmo: str, tmo: str, top: float) -> str:
    """The gap view's legend as rich text: each office's colour ramp from 0 to the largest gap
    shown (`top`), and what the colour means."""

    def ramp(colour: str) -> str:
        steps = "".join(
            f"<span style='background:{blend(colour, (i + 1) / LEGEND_STEPS).name()}'>"
            "&nbsp;&nbsp;</span>"
            for i in range(LEGEND_STEPS)
        )
        return f"0&nbsp;{steps}&nbsp;{one(top)}"

    return QCoreApplication.translate(
        "GapView",
        "PMO rates higher&nbsp;{pmo_ramp}&nbsp;&nbsp;&nbsp;&nbsp; TMO rates higher&nbsp;"
        "{tmo_ramp}&nbsp;&nbsp;&nbsp;&nbsp; The stronger the colour, the larger the gap: "
        "full colour at {top} points, the largest gap shown.",
    ).format(pmo_ramp=ramp(pmo), tmo_ramp=ramp(tmo), top=one(top))


class GapModel(QAbstractTableModel):
    """Proposals × criteria (and overall), coloured by the PMO−TMO gap: the PMO's colour where
    the PMO rates higher, the stronger the larger the gap against the largest shown."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[scoring.ProposalResult, ...] = ()
        self._criteria: tuple[str, ...] = ()
        self.colours = (PMO_COLOUR, TMO_COLOUR)
        self.scale = chart_spec.GapScale(0.0)

    @property
    def top(self) -> float:
        """The largest gap shown (as shown): the one in the full office colour."""
        return self.scale.top

    def set_results(
        self, found: scoring.Results, criteria: tuple[str, ...], colours: tuple[str, str]
    ) -> None:
        self.beginResetModel()
        self._rows, self._criteria, self.colours = found.in_proposal_order(), criteria, colours
        shown_criteria = len(criteria)
        self.scale = chart_spec.gap_scale(
            g
            for row in self._rows
            for g in (row.gap, *(c.gap for c in row.criteria[:shown_criteria]))
        )
        self.endResetModel()

    def legend(self) -> str:
        """The legend of the current colours and scale (`legend_html`)."""
        return legend_html(*self.colours, self.top)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._criteria) + 1

    def _cell(self, index: Index) -> scoring.CriterionScore | None:
        """The criterion's figures of a cell; None for the overall column (or no such cell)."""
        row = self._rows[index.row()]
        column = index.column()
        return (
            row.criteria[column] if column < min(len(self._criteria), len(row.criteria)) else None
        )

    def gap(self, index: Index) -> float | None:
        if not (0 <= index.row() < len(self._rows)):
            return None
        if index.column() == len(self._criteria):
            return self._rows[index.row()].gap
        cell = self._cell(index)
        return None if cell is None else cell.gap

    def withheld(self, index: Index) -> tuple[str, ...]:
        """The offices whose figure behind this cell is withheld for privacy."""
        if index.column() == len(self._criteria):
            return self._rows[index.row()].withheld
        cell = self._cell(index)
        return () if cell is None else cell.withheld

    def strength(self, index: Index) -> float:
        """How strongly the cell is shaded: 0 (white) to 1 (the office's full colour)."""
        return self.scale.strength(self.gap(index))

    def _fill(self, index: Index, gap: float) -> QColor:
        colour = self.colours[0] if gap > 0 else self.colours[1]
        return blend(colour, self.strength(index))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        gap = self.gap(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return signed(gap)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and gap is not None:
            return QBrush(self._fill(index, gap))
        if role == Qt.ItemDataRole.ForegroundRole and gap is not None:
            return QBrush(ink_on(self._fill(index, gap)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(index, gap)
        return None

    def _tip(self, index: Index, gap: float | None) -> str | None:
        row = self._rows[index.row()]
        held = withheld_text(self.withheld(index))
        if index.column() == len(self._criteria):
            if gap is None and not held:
                return None
            tip = self.tr("{proposal}: PMO {pmo}, TMO {tmo}").format(
                proposal=row.title, pmo=one(row.pmo_score), tmo=one(row.tmo_score)
            )
        else:
            crit = self._cell(index)
            if crit is None or (gap is None and not held):
                return None
            tip = self.tr("{proposal} · {criterion}: PMO {pmo}, TMO {tmo}").format(
                proposal=row.title, criterion=crit.name, pmo=one(crit.pmo), tmo=one(crit.tmo)
            )
        return f"{tip}\n{held}" if held else tip

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # the heading may be elided: the tip has it whole
        ):
            return self._rows[section].title if 0 <= section < len(self._rows) else None
        if role != Qt.ItemDataRole.DisplayRole or orientation == Qt.Orientation.Vertical:
            return None
        if section == len(self._criteria):
            return self.tr("Overall")
        if not 0 <= section < len(self._criteria):
            return None
        return self._criteria[section].replace(" ", "\n", 1)
