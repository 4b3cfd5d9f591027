"""A multi-line text editor that saves on leaving it, shared by the agenda and decisions pages."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text saved when the focus leaves it or on Ctrl+Enter.

    `load(key, text)` shows a record's stored text; a refresh never overwrites what the user
    is still typing for the same record. `committed(key, text)` names the record it is for.
    """

    committed = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._key: object = None
        self._stored = ""

    def key(self) -> object:
        return self._key

    def load(self, key: object, text: str) -> None:
        if (key != self._key or not self.is_dirty()) and self.toPlainText() != text:
            self.setPlainText(text)
        self._key = key
        self._stored = text

    def is_dirty(self) -> bool:
        return self.toPlainText().strip() != self._stored.strip()

    def commit(self) -> None:
        if self._key is not None and self.is_dirty():
            self.committed.emit(self._key, self.toPlainText())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.commit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()
