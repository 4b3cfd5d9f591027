"""One pair of criteria on Saaty's 17-step scale: a row of buttons from "A extremely more
important" through "Equal" to "B extremely more important", operable by mouse and keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QToolButton, QWidget

from pmo_tmo_desktop.domain import ahp

EQUAL = len(ahp.STEPS)
"""The index of "Equal" among the 17 steps (index 0: the left criterion extremely more
important; the last: the right one)."""
LAST = len(ahp.SCALE) - 1
STYLE = """
QFrame#scaleChoice { border: 2px solid transparent; border-radius: 4px; }
QFrame#scaleChoice:focus { border-color: palette(highlight); }
QToolButton { min-width: 22px; padding: 2px 1px; }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      font-weight: bold; }
"""


def step_label(index: int) -> str:
    """What a step's button shows: how much more important (9 … 2), or "=" for equal."""
    if index == EQUAL:
        return "="
    value = ahp.SCALE[index]
    return f"{round(value if value > 1 else 1 / value)}"


class ScaleChoice(QFrame):
    """The 17 answers of one pair. One Tab stop: Left and Right move the answer a step,
    Home and End go to the extremes, Delete or Backspace clears it (the pair is then not
    answered). `picked` carries the new index (None: cleared) on every change the user
    makes; `set_index` shows a stored answer without signalling."""

    picked = Signal(object)
    focused = Signal()

    def __init__(self, tooltips: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scaleChoice")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(STYLE)
        self._index: int | None = None
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(False)  # no answer is a state too
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(1)
        for index, tip in enumerate(tooltips):
            button = QToolButton()
            button.setText(step_label(index))
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRaise(index != EQUAL)
            self.buttons.addButton(button, index)
            row.addWidget(button)
            if index in (EQUAL - 1, EQUAL):
                row.addSpacing(4)
        self.buttons.idClicked.connect(self._clicked)

    def index(self) -> int | None:
        return self._index

    def set_index(self, index: int | None) -> None:
        self._index = index
        for button in self.buttons.buttons():
            button.setChecked(self.buttons.id(button) == index)

    def pick(self, index: int | None) -> None:
        """Answer as the user does: show it and say so (nothing when it is no change)."""
        if index == self._index:
            self.set_index(index)
            return
        self.set_index(index)
        self.picked.emit(index)

    def _clicked(self, index: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.pick(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, now = event.key(), self._index
        moves: dict[int, int] = {  # key() is a plain int, Qt.Key an IntEnum
            Qt.Key.Key_Left: EQUAL if now is None else max(0, now - 1),
            Qt.Key.Key_Right: EQUAL if now is None else min(LAST, now + 1),
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: LAST,
            Qt.Key.Key_Equal: EQUAL,
        }
        if key in moves:
            self.pick(moves[key])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.pick(None)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
        elif key == Qt.Key.Key_Up:
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()
