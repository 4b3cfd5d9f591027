"""The set-up page's pairwise weights field: whether each participant compares the criteria
in pairs (AHP) before rating, and which weights are in force."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from pmo_tmo_desktop.domain import model as m


class PairwiseField(QWidget):
    """A check box bound to the workshop's `pairwise_weights`, and a line saying whose
    weights count. `chosen` carries the box's new state when the user changes it."""

    chosen = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self.tr("Compare criteria pairwise before rating (AHP)"))
        self.box.setObjectName("pairwiseWeights")
        self.box.setAccessibleName(self.tr("Compare criteria pairwise before rating"))
        self.box.setToolTip(
            self.tr(
                "Each participant first says, for every pair of criteria, which matters more "
                "and how much. The facilitator may then adopt the group's weights (Results → "
                "Criteria Weights…)."
            )
        )
        self.box.toggled.connect(self._toggled)
        self.in_force = QLabel()
        self.in_force.setObjectName("weightsInForce")
        self.in_force.setWordWrap(True)
        self.in_force.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.box)
        layout.addWidget(self.in_force)
        self._loading = False

    def show_workshop(self, w: m.Workshop, writable: bool) -> None:
        """Show what is stored, without taking it for a change."""
        self._loading = True
        self.box.setChecked(w.pairwise_weights)
        self._loading = False
        self.box.setEnabled(writable)
        if w.weights_in_force == "group":
            when = w.weights_adopted_at.strftime("%Y-%m-%d") if w.weights_adopted_at else ""
            self.in_force.setText(
                self.tr(
                    "The criteria's weights are the group's, adopted on {date}. Setting a "
                    "weight by hand makes them all set by hand again."
                ).format(date=when)
            )
        self.in_force.setVisible(w.weights_in_force == "group")

    def _toggled(self, checked: bool) -> None:
        if not self._loading:
            self.chosen.emit(checked)
