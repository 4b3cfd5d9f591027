"""Table columns that share out the width but never cut their own titles short.

Stretched columns share the view's width equally while every stretched title fits in its
share. When it does not (a long translation, a narrow window), each keeps its own title's
width plus an equal part of what is left, and when even the titles do not fit, the table
scrolls sideways rather than cutting them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView

_STRETCH = QHeaderView.ResizeMode.Stretch
_INTERACTIVE = QHeaderView.ResizeMode.Interactive


class _TitleKeeper(QObject):
    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self._header = header
        self._squeezed: set[int] = set()
        """Stretched columns held at their title's width while the room is short."""
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.check)
        header.installEventFilter(self)
        header.sectionCountChanged.connect(lambda *_: self._timer.start())
        header.sectionResized.connect(lambda *_: self._busy or self._timer.start())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    def check(self) -> None:
        header = self._header
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        self._squeezed &= set(shown)
        stretched = [
            i for i in shown if i in self._squeezed or header.sectionResizeMode(i) == _STRETCH
        ]
        if not stretched or header.width() <= 0:
            return
        hints = {i: header.sectionSizeHint(i) for i in stretched}
        others = sum(header.sectionSize(i) for i in shown if i not in hints)
        room = header.width() - others
        self._busy = True
        try:
            if room // len(stretched) >= max(hints.values()):  # an equal share fits them all
                for i in self._squeezed:
                    header.setSectionResizeMode(i, _STRETCH)
                self._squeezed.clear()
                return
            spare = max(0, room - sum(hints.values()))
            for n, i in enumerate(stretched):
                if header.sectionResizeMode(i) == _STRETCH:
                    header.setSectionResizeMode(i, _INTERACTIVE)
                    self._squeezed.add(i)
                share = spare // len(stretched) + (spare % len(stretched) if n == 0 else 0)
                header.resizeSection(i, hints[i] + share)
        finally:
            self._busy = False


def keep_titles(header: QHeaderView) -> QHeaderView:
    """Let `header`'s stretched columns give way to a scroll bar before their titles do."""
    _TitleKeeper(header)
    return header
