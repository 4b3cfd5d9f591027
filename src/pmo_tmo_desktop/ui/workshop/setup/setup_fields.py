"""The workshop's own fields on the set-up page: title, date, start time, place, facilitator,
the pairwise weights, anonymity, budget, second resource and its limit, dissent threshold and
notes — built, shown, and handed to the page's commit when one is edited. A mixin of
SetupPage; its texts keep the page's translation context ("SetupPage")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.ui.widgets.qt_common import RIGHT
from pmo_tmo_desktop.ui.widgets.settings import DISSENT_RANGE
from pmo_tmo_desktop.ui.workshop.setup.setup_weights import PairwiseField
from pmo_tmo_desktop.ui.workshop.setup.workshop_setup_models import number_text, parse_number

if TYPE_CHECKING:
    from pmo_tmo_desktop.services.queries import WorkshopData

    class _Page(QWidget):
        """The page's parts the fields work with (SetupPage)."""

        _data: WorkshopData | None
        _loading: bool

        def _commit(self, field: str, value: object) -> None: ...

    _Base = _Page
else:
    _Base = object

_NO_DATE = QDate(1900, 1, 1)
"""The date edit's minimum, shown as "No date": a workshop may have none."""


def _clock(start: time | None) -> str:
    """A start time as the field shows it: "09:00", or "" for none."""
    return start.strftime("%H:%M") if start is not None else ""


class _CommitOnLeave(QObject):
    """Calls back when a multi-line editor loses focus (it has no editingFinished)."""

    def __init__(self, editor: QPlainTextEdit, callback: Callable[[], None]) -> None:
        super().__init__(editor)
        self._callback = callback
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class SetupFields(_Base):
    """The fields of the workshop itself on SetupPage (a mixin: `_build_fields` makes them and
    `fields_box` lays them out; an edit goes to the page's `_commit`)."""

    def _build_fields(self) -> None:
        self.title = QLineEdit()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(_NO_DATE)
        self.date.setSpecialValueText(QCoreApplication.translate("SetupPage", "No date"))
        calendar = self.date.calendarWidget()  # a date picked there is stored at once
        calendar.clicked.connect(self._commit_date)
        calendar.activated.connect(self._commit_date)
        self.start = QLineEdit()
        self.start.setPlaceholderText(
            QCoreApplication.translate("SetupPage", "No start time (e.g. 09:00)")
        )
        self.start.setMaxLength(5)
        self.start.setToolTip(
            QCoreApplication.translate(
                "SetupPage",
                "With a start time the agenda, the projector and the minutes show clock times.",
            )
        )
        self.place = QLineEdit()
        self.facilitator = QLineEdit()
        self.anonymity = QComboBox()
        for value, text in (
            (m.Anonymity.NAMED, QCoreApplication.translate("SetupPage", "Named")),
            (m.Anonymity.OFFICE_TAGGED, QCoreApplication.translate("SetupPage", "Office-tagged")),
            (m.Anonymity.ANONYMOUS, QCoreApplication.translate("SetupPage", "Anonymous")),
        ):
            self.anonymity.addItem(text, value.value)
        self.anonymity_help = QLabel()
        self.anonymity_help.setObjectName("anonymityHelp")
        self.anonymity_help.setWordWrap(True)
        self.anonymity_help.setStyleSheet("color: palette(mid);")
        self.budget = QLineEdit()
        self.budget.setAlignment(RIGHT)
        self.budget.setPlaceholderText(QCoreApplication.translate("SetupPage", "No budget set"))
        self.resource_name = QLineEdit()
        self.resource_name.setPlaceholderText(
            QCoreApplication.translate("SetupPage", "None (e.g. People)")
        )
        self.resource_name.setToolTip(
            QCoreApplication.translate(
                "SetupPage",
                "What else the proposals draw on besides money; each proposal's use of it is "
                "in the Proposals list",
            )
        )
        self.resource_limit = QLineEdit()
        self.resource_limit.setAlignment(RIGHT)
        self.resource_limit.setPlaceholderText(QCoreApplication.translate("SetupPage", "No limit"))
        self.dissent = QDoubleSpinBox()
        self.dissent.setRange(*DISSENT_RANGE)
        self.dissent.setSingleStep(0.05)
        self.dissent.setDecimals(2)
        self.dissent.setAlignment(RIGHT)
        self.dissent.setKeyboardTracking(False)  # one step per value, not per key typed
        self.dissent.setToolTip(
            QCoreApplication.translate(
                "SetupPage",
                "Proposals whose dissent (the spread of the participants' scores: 0 is full "
                "agreement, 1 a room split into two extremes) is at or above this are flagged.",
            )
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        names = {
            self.title: QCoreApplication.translate("SetupPage", "Workshop title"),
            self.date: QCoreApplication.translate("SetupPage", "Workshop date"),
            self.start: QCoreApplication.translate("SetupPage", "Start time"),
            self.place: QCoreApplication.translate("SetupPage", "Place"),
            self.facilitator: QCoreApplication.translate("SetupPage", "Facilitator"),
            self.anonymity: QCoreApplication.translate("SetupPage", "Anonymity of ratings"),
            self.budget: QCoreApplication.translate("SetupPage", "Budget"),
            self.resource_name: QCoreApplication.translate("SetupPage", "Second resource"),
            self.resource_limit: QCoreApplication.translate("SetupPage", "Second resource's limit"),
            self.dissent: QCoreApplication.translate("SetupPage", "Dissent threshold"),
            self.notes: QCoreApplication.translate("SetupPage", "Notes"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        for edit, field in (
            (self.title, "title"),
            (self.place, "place"),
            (self.facilitator, "facilitator"),
            (self.resource_name, "resource_name"),
        ):
            edit.editingFinished.connect(lambda e=edit, f=field: self._commit(f, e.text().strip()))
        self.date.editingFinished.connect(self._commit_date)
        self.start.editingFinished.connect(self._commit_start)
        self.anonymity.currentIndexChanged.connect(self._anonymity_chosen)
        self.budget.editingFinished.connect(
            lambda: self._commit("budget", parse_number(self.budget.text()))
        )
        self.resource_limit.editingFinished.connect(
            lambda: self._commit("resource_limit", parse_number(self.resource_limit.text()))
        )
        self.dissent.valueChanged.connect(
            lambda value: self._commit("dissent_threshold", round(value, 2))
        )
        _CommitOnLeave(self.notes, lambda: self._commit("notes", self.notes.toPlainText().strip()))
        left = QFormLayout()
        left.addRow(QCoreApplication.translate("SetupPage", "&Title:"), self.title)
        left.addRow(QCoreApplication.translate("SetupPage", "&Date:"), self.date)
        left.addRow(QCoreApplication.translate("SetupPage", "&Starts at:"), self.start)
        left.addRow(QCoreApplication.translate("SetupPage", "P&lace:"), self.place)
        left.addRow(QCoreApplication.translate("SetupPage", "Fac&ilitator:"), self.facilitator)
        self.pairwise = PairwiseField()
        self.pairwise.chosen.connect(lambda on: self._commit("pairwise_weights", on))
        left.addRow("", self.pairwise)
        right = QFormLayout()
        right.addRow(QCoreApplication.translate("SetupPage", "&Anonymity:"), self.anonymity)
        right.addRow("", self.anonymity_help)
        resource = QHBoxLayout()
        resource.addWidget(self.resource_name, 2)
        limit_label = QLabel(QCoreApplication.translate("SetupPage", "limit:"))
        limit_label.setBuddy(self.resource_limit)
        resource.addWidget(limit_label)
        resource.addWidget(self.resource_limit, 1)
        right.addRow(QCoreApplication.translate("SetupPage", "&Budget:"), self.budget)
        resource_label = QLabel(QCoreApplication.translate("SetupPage", "Second resource:"))
        resource_label.setBuddy(self.resource_name)
        right.addRow(resource_label, resource)
        right.addRow(
            QCoreApplication.translate("SetupPage", "Dissent threshold (ma&x 1):"), self.dissent
        )
        right.addRow(QCoreApplication.translate("SetupPage", "&Notes:"), self.notes)
        self.fields_box = QWidget()
        row = QHBoxLayout(self.fields_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 1)
        row.addSpacing(18)
        row.addLayout(right, 1)

    def _explain(self, anonymity: str) -> str:
        return {
            m.Anonymity.NAMED: QCoreApplication.translate(
                "SetupPage",
                "Everyone's ratings are shown with their names once a round is revealed.",
            ),
            m.Anonymity.OFFICE_TAGGED: QCoreApplication.translate(
                "SetupPage", "Ratings are shown by office (PMO, TMO…), never by person."
            ),
            m.Anonymity.ANONYMOUS: QCoreApplication.translate(
                "SetupPage", "Ratings are shown with no names and no offices, only as totals."
            ),
        }.get(m.Anonymity(anonymity), "")

    def _show_fields(self, w: m.Workshop, writable: bool) -> None:
        self._loading = True
        for edit, text in (
            (self.title, w.title),
            (self.place, w.place),
            (self.facilitator, w.facilitator),
            (self.budget, number_text(w.budget, 0)),
            (self.resource_name, w.resource_name),
            (self.resource_limit, number_text(w.resource_limit)),
            (self.start, _clock(w.start_time)),
        ):
            if edit.text() != text:
                edit.setText(text)
            edit.setReadOnly(not writable)
        if self.notes.toPlainText() != w.notes:
            self.notes.setPlainText(w.notes)
        self.notes.setReadOnly(not writable)
        self.date.setDate(QDate(w.date) if w.date else _NO_DATE)
        self.date.setReadOnly(not writable)
        self.anonymity.setCurrentIndex(max(0, self.anonymity.findData(w.anonymity.value)))
        self.anonymity.setEnabled(writable)
        self.anonymity_help.setText(self._explain(w.anonymity.value))
        self.dissent.setValue(w.dissent_threshold)
        self.dissent.setReadOnly(not writable)
        self.pairwise.show_workshop(w, writable)
        self._loading = False

    def _commit_date(self, picked: QDate | None = None) -> None:
        chosen = picked if isinstance(picked, QDate) else self.date.date()
        self._commit("date", None if chosen == _NO_DATE else chosen.toPython())

    def _commit_start(self) -> None:
        data = self._data
        if data is not None and self.start.text().strip() != _clock(data.workshop.start_time):
            self._commit("start_time", self.start.text().strip())

    def _anonymity_chosen(self, _index: int) -> None:
        value = str(self.anonymity.currentData())
        self.anonymity_help.setText(self._explain(value))
        self._commit("anonymity", value)
