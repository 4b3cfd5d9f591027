"""The hot seat's "Criteria weights" step: before rating, the participant compares every pair
of criteria on one screen. Each answer is stored the moment it is given (the participant's
own, like a rating: no undo step takes it back); their own consistency ratio and least
consistent answer are shown as they go, to them alone. Skippable."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import ahp
from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import pairwise, weights_view, words
from pmo_tmo_desktop.ui.widgets.context import Context
from pmo_tmo_desktop.ui.workshop.rating.scale_choice import EQUAL, ScaleChoice

NAME_WIDTH = 190
"""The criteria's names beside the scale wrap at this width."""


@dataclass
class PairRow:
    first: int
    second: int
    choice: ScaleChoice
    answer: QLabel
    clear: QToolButton
    names: tuple[QLabel, QLabel]


class PairwiseStep(QWidget):
    """Every pair of the workshop's criteria for one participant; `finished` when they go
    on to rating (Skip to Rating, or Continue once every pair is answered)."""

    finished = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._workshop: int | None = None
        self._participant: int | None = None
        self._by = m.EnteredBy.SELF
        self.rows: list[PairRow] = []
        self.title = QLabel()
        self.title.setObjectName("pairsTitle")
        self.how = QLabel(
            self.tr(
                "For each pair, choose which criterion matters more for these proposals, and "
                "how much: the further to its side, the more. Left and Right move the answer, "
                "Enter goes to the next pair, Delete clears one. Every answer is saved at once."
            )
        )
        self.how.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setColumnStretch(4, 1)
        self.grid.setVerticalSpacing(0)
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        self.pairs_area = QScrollArea()
        self.pairs_area.setWidgetResizable(True)
        self.pairs_area.setFrameShape(QFrame.Shape.NoFrame)
        self.pairs_area.setWidget(body)
        self.pairs_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the pairs take it, one by one
        # -- the participant's own figures, live ---------------------------------------------
        self.mine = QGroupBox(self.tr("Your weights"))
        self.weights = QLabel()
        self.weights.setObjectName("ownWeights")
        self.weights.setTextFormat(Qt.TextFormat.RichText)
        self.consistency = QLabel()
        self.consistency.setObjectName("ownConsistency")
        self.consistency.setWordWrap(True)
        self.consistency.setTextFormat(Qt.TextFormat.RichText)
        panel = QVBoxLayout(self.mine)
        panel.addWidget(self.weights)
        panel.addWidget(self.consistency)
        panel.addStretch(1)
        self.mine.setMinimumWidth(220)
        self.mine.setMaximumWidth(300)
        middle = QHBoxLayout()
        middle.addWidget(self.pairs_area, 1)
        middle.addWidget(self.mine)
        self.progress = QLabel()
        self.progress.setObjectName("pairsProgress")
        self.go_on = QPushButton()
        self.go_on.setObjectName("pairsGoOn")
        self.go_on.setToolTip(self.tr("Go on to the ratings (Ctrl+Enter)"))
        self.go_on.clicked.connect(self.finished)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress)
        bottom.addStretch(1)
        bottom.addWidget(self.go_on)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.how)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.finished)

    # -- showing ---------------------------------------------------------------------------

    def open(self, workshop_id: int, participant_id: int, name: str, by: m.EnteredBy) -> None:
        """Show the pairs of `participant_id` with the answers they gave so far."""
        ws = self._ctx.workspace
        if ws is None:
            return
        self._workshop, self._participant, self._by = workshop_id, participant_id, by
        own = weights_view.own(ws, workshop_id, participant_id)
        self._build(own)
        self.title.setText(self.tr("<h2>Criteria weights of {name}</h2>").format(name=escape(name)))
        self._show(own)
        if self.rows:
            self.rows[0].choice.setFocus()

    def close_ballot(self) -> None:
        self._workshop = self._participant = None
        self._build(None)

    def _build(self, own: weights_view.OwnWeights | None) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        if own is None:
            return
        names = dict(own.criteria)
        steps, equal = words.judgement_steps()
        head_a = QLabel(self.tr("◀ the left one matters more"))
        head_b = QLabel(self.tr("the right one matters more ▶"))
        head_mid = QLabel(equal)
        head_mid.setAlignment(Qt.AlignmentFlag.AlignCenter)
        head = QWidget()
        heads = QHBoxLayout(head)
        heads.setContentsMargins(4, 0, 4, 0)
        heads.addWidget(head_a)
        heads.addStretch(1)
        heads.addWidget(head_mid)
        heads.addStretch(1)
        heads.addWidget(head_b)
        for label in (head_a, head_b, head_mid):
            label.setStyleSheet("color: palette(mid);")
        self.grid.addWidget(head, 0, 1)
        head.show()
        previous: QWidget | None = None
        for number, (first, second) in enumerate(own.pairs, start=1):
            a, b = names[first], names[second]
            tips = [
                *(steps[s].format(side=a) for s in ahp.STEPS),
                equal,
                *(steps[s].format(side=b) for s in reversed(ahp.STEPS)),
            ]
            choice = ScaleChoice(tips)
            choice.setAccessibleName(self.tr("{a} versus {b}").format(a=a, b=b))
            left, right = QLabel(a), QLabel(b)
            for label in (left, right):
                label.setWordWrap(True)
                label.setMaximumWidth(NAME_WIDTH)
                label.setMinimumWidth(NAME_WIDTH // 2)
                label.setStyleSheet("font-weight: bold;")
            left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            answer = QLabel()
            answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
            clear = QToolButton()
            clear.setText("✕")
            clear.setAutoRaise(True)
            clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            clear.setToolTip(self.tr("Clear this answer (Delete)"))
            row = PairRow(first, second, choice, answer, clear, (left, right))
            choice.picked.connect(lambda index, r=row: self._answer(r, index))
            choice.focused.connect(lambda c=choice: self.pairs_area.ensureWidgetVisible(c))
            clear.clicked.connect(lambda _=False, c=choice: c.pick(None))
            at = 2 * number - 1  # the scale on one line, its answer in words under it
            for column, widget in enumerate((left, choice, right, clear)):
                span = 1 if widget is choice else 2
                self.grid.addWidget(widget, at, column, span, 1)
            self.grid.addWidget(answer, at + 1, 1)
            for widget in (left, choice, right, clear, answer):
                widget.show()  # now, not at the next event loop: the first pair takes focus
            if previous is not None:
                QWidget.setTabOrder(previous, choice)
            previous = choice
            self.rows.append(row)
        if previous is not None:
            QWidget.setTabOrder(previous, self.go_on)

    def _show(self, own: weights_view.OwnWeights) -> None:
        steps, equal = words.judgement_steps()
        names = dict(own.criteria)
        worst = own.result.most_inconsistent
        for row in self.rows:
            value = own.answers.get((row.first, row.second))
            index = None if value is None else ahp.SCALE.index(ahp.scale_value(value))
            row.choice.set_index(index)
            row.clear.setEnabled(index is not None)
            odd = worst is not None and set(worst) == {row.first, row.second}
            if index is None:
                text = self.tr("Not answered")
            elif index == EQUAL:
                text = equal
            else:
                side = row.first if index < EQUAL else row.second
                step = round(max(value or 1, 1 / (value or 1)))
                text = steps[step].format(side=names[side])
            row.answer.setText(("⚠ " if odd else "") + text)
            ink = "color: #B3261E;" if odd else "color: palette(mid);" if index is None else ""
            row.answer.setStyleSheet(ink + " margin-bottom: 6px;")
            row.choice.setAccessibleDescription(text)
        answered, total = len(own.answers), len(own.pairs)
        self.progress.setText(
            self.tr("Pairs answered: {answered} of {total}").format(answered=answered, total=total)
        )
        self.go_on.setText(
            self.tr("&Continue to Rating") if answered == total else self.tr("&Skip to Rating")
        )
        self._show_mine(own)

    def _show_mine(self, own: weights_view.OwnWeights) -> None:
        result, locale = own.result, QLocale()
        names = dict(own.criteria)
        if result.weights is None:
            cut = ", ".join(names[i] for i in result.cut_off)
            self.weights.setText(
                self.tr("Your weights appear once your answers link every criterion.")
                if not result.judged
                else self.tr("Not yet compared with the others: {names}").format(names=escape(cut))
            )
            self.weights.setWordWrap(True)
            self.consistency.setText("")
            return
        lines = [
            f"<tr><td>{escape(names[i])}</td><td align='right'>&nbsp;"
            f"{locale.toString(100 * result.weights[i], 'f', 1)} %</td></tr>"
            for i, _ in own.criteria
        ]
        self.weights.setText("<table>" + "".join(lines) + "</table>")
        cr = result.consistency_ratio
        if cr is None or len(own.criteria) < 3:
            self.consistency.setText("")
            return
        figure = locale.toString(cr, "f", 2)
        limit = locale.toString(ahp.ACCEPTABLE_CR, "f", 2)
        if result.acceptable:
            said = self.tr("Consistency ratio <b>{cr}</b>: consistent enough (up to {limit}).")
        else:
            said = self.tr(
                "Consistency ratio <b>{cr}</b>: above {limit}, some answers contradict each other."
            )
        text = said.format(cr=figure, limit=limit)
        if result.most_inconsistent is not None and not result.acceptable:
            a, b = (names[i] for i in result.most_inconsistent)
            text += "<br>" + self.tr("Look again at <b>{a}</b> versus <b>{b}</b> (⚠).").format(
                a=escape(a), b=escape(b)
            )
        self.consistency.setText(text)

    # -- answering -------------------------------------------------------------------------

    def _answer(self, row: PairRow, index: int | None) -> None:
        ws, workshop, who = self._ctx.workspace, self._workshop, self._participant
        if ws is None or workshop is None or who is None:
            return
        a, b, by = row.first, row.second, self._by
        if index is None:
            self._ctx.run(
                self.tr("Clear comparison"),
                lambda: pairwise.clear_judgement(ws, who, a, b),
                undoable=False,
            )
        else:
            value = ahp.SCALE[index]
            self._ctx.run(
                self.tr("Compare criteria"),
                lambda: pairwise.record_judgement(ws, who, a, b, value, by),
                undoable=False,
            )
        # what is stored, refused or not: the answers, weights and consistency as they stand
        self._show(weights_view.own(ws, workshop, who))
