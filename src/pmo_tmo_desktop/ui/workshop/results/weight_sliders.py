"""A slider per criterion for asking "what if this weight were different?" — never stored.

Each slider moves in steps of a round fraction of the largest set weight (0.1 for weights
like 1–5, 0.01 for pairwise weights that sum to 1); while a slider sits where it started,
its criterion keeps its exact set weight (a weight of 0.2734 is not rounded to 0.27).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSlider, QWidget

from pmo_tmo_desktop.ui.workshop.results.portfolio_rows import weight_text


@dataclass(frozen=True, slots=True)
class CriterionWeight:
    id: int
    name: str
    weight: float


class WeightSliders(QWidget):
    """`moved(weights)` with every criterion's weight (by id) whenever a slider moves."""

    moved = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criteria: tuple[CriterionWeight, ...] = ()
        self.sliders: list[QSlider] = []
        self._values: list[QLabel] = []
        self._step = 0.1
        self._start: list[int] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)

    def set_criteria(self, criteria: Sequence[CriterionWeight]) -> None:
        """New criteria or set weights: sliders made afresh at the set weights. The same
        ones again: the sliders stay where the user moved them."""
        if tuple(criteria) == self.criteria:
            return
        self.criteria = tuple(criteria)
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.sliders, self._values, self._start = [], [], []
        largest = max((c.weight for c in self.criteria), default=1.0)
        self._step = 10.0 ** math.floor(math.log10(max(largest, 1e-6) / 20))
        top = math.ceil(max(largest, 1e-6) * 3 / self._step)
        for row, c in enumerate(self.criteria):
            caption = QLabel(c.name)
            caption.setToolTip(c.name)
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"weightSlider{c.id}")
            slider.setAccessibleName(self.tr("Weight of {criterion}").format(criterion=c.name))
            slider.setRange(0, top)
            slider.setSingleStep(1)
            slider.setPageStep(10)
            start = round(c.weight / self._step)
            slider.setValue(start)
            slider.valueChanged.connect(self._changed)
            caption.setBuddy(slider)
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            widest = self.tr("{weight} (set {set})").format(
                weight=weight_text(top * self._step + self._step / 3), set=weight_text(largest)
            )
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance(widest) + 8)
            self._grid.addWidget(caption, row, 0)
            self._grid.addWidget(slider, row, 1)
            self._grid.addWidget(value, row, 2)
            self.sliders.append(slider)
            self._values.append(value)
            self._start.append(start)
        self._show_values()

    def weights(self) -> dict[int, float]:
        """Each criterion's weight as the sliders stand (the exact set weight where a slider
        has not moved)."""
        return {
            c.id: c.weight if s.value() == start else s.value() * self._step
            for c, s, start in zip(self.criteria, self.sliders, self._start, strict=True)
        }

    def is_moved(self) -> bool:
        return any(s.value() != start for s, start in zip(self.sliders, self._start, strict=True))

    def reset(self) -> None:
        """Every slider back at its set weight; `moved` once."""
        for slider, start in zip(self.sliders, self._start, strict=True):
            slider.blockSignals(True)
            slider.setValue(start)
            slider.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        self._show_values()
        self.moved.emit(self.weights())

    def _show_values(self) -> None:
        weights = self.weights()
        for c, value, slider, start in zip(
            self.criteria, self._values, self.sliders, self._start, strict=True
        ):
            text = weight_text(weights[c.id])
            if slider.value() != start:
                text = self.tr("{weight} (set {set})").format(
                    weight=text, set=weight_text(c.weight)
                )
            value.setText(text)
