"""The open room on the Rating page: the QR code of its address, the address itself, the room
code, and the devices that joined (the projector's side is presenter.presenter_room).

Nothing here shows a value: a device's state is joined, waiting or signed out.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services.room import Device
from pmo_tmo_desktop.ui.workshop.common.large_type import SELECTABLE, larger
from pmo_tmo_desktop.ui.workshop.common.qr import QrWidget
from pmo_tmo_desktop.ui.workshop.room.room_devices import DeviceModel


class RoomPanel(QGroupBox):
    """The room on the Rating page, while it is open."""

    device_action = Signal(str, int)
    """("admit" | "release" | "revoke", device id): the facilitator pressed that button."""
    settings_changed = Signal(bool, bool)
    """(personal codes required, results shown on phones): the facilitator ticked a box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Room"), parent)
        self.setObjectName("roomPanel")
        self.qr = QrWidget(minimum=200)
        self.qr.setObjectName("roomQr")
        self.qr.setAccessibleName(self.tr("QR code of the room's address"))
        self.qr.setFixedSize(200, 200)
        self.address = QLabel()
        self.address.setObjectName("roomUrl")
        self.address.setAccessibleName(self.tr("Room address"))
        self.address.setTextInteractionFlags(SELECTABLE)
        larger(self.address, 1.3, bold=True)
        self.code = QLabel()
        self.code.setObjectName("roomCode")
        self.code.setAccessibleName(self.tr("Room code"))
        self.code.setTextInteractionFlags(SELECTABLE)
        larger(self.code, 1.15)
        self.hint = QLabel(
            self.tr(
                "Scan the code or type the address, then tap your name. Nobody sees another "
                "person's ratings."
            )
        )
        self.hint.setObjectName("roomHint")
        self.hint.setWordWrap(True)
        self.codes_box = QCheckBox(self.tr("Require personal &codes"))
        self.codes_box.setObjectName("roomCodesRequired")
        self.codes_box.setToolTip(
            self.tr(
                "Claiming a name asks for the code on that person's name card "
                "(Workshop → Print QR Name Cards); a personal link needs no code"
            )
        )
        self.results_box = QCheckBox(self.tr("Show results on &phones"))
        self.results_box.setObjectName("roomShowResults")
        self.results_box.setToolTip(
            self.tr(
                "Once a round is closed and revealed, participants' pages show the ranking "
                "the presenter shows; never while a round is open"
            )
        )
        for box in (self.codes_box, self.results_box):
            box.toggled.connect(lambda _checked: self._settings())
        join = QVBoxLayout()
        join.addWidget(self.address)
        join.addWidget(self.code)
        join.addWidget(self.hint)
        join.addWidget(self.codes_box)
        join.addWidget(self.results_box)
        join.addStretch(1)
        self.model = DeviceModel(self)
        self.devices = QTableView()
        self.devices.setObjectName("roomDevices")
        self.devices.setModel(self.model)
        self.devices.setAccessibleName(self.tr("Devices in the room"))
        self.devices.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.devices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.devices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.devices.setTabKeyNavigation(False)
        self.devices.setAlternatingRowColors(True)
        self.devices.setWordWrap(False)
        self.devices.verticalHeader().hide()
        header = self.devices.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DeviceModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.devices.setMinimumWidth(300)
        self.devices.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.devices.selectionModel().currentRowChanged.connect(lambda *_: self._sync_buttons())
        self.admit_button = QPushButton(self.tr("&Admit"))
        self.admit_button.setToolTip(
            self.tr("Let this device rate; another device on the same name is signed out")
        )
        self.release_button = QPushButton(self.tr("Re&lease"))
        self.release_button.setToolTip(self.tr("Remove this device; the name is free again"))
        self.revoke_button = QPushButton(self.tr("Revo&ke"))
        self.revoke_button.setToolTip(self.tr("This device can no longer rate"))
        for button, what in (
            (self.admit_button, "admit"),
            (self.release_button, "release"),
            (self.revoke_button, "revoke"),
        ):
            button.clicked.connect(lambda _=False, w=what: self._act(w))
        buttons = QHBoxLayout()
        buttons.addWidget(self.admit_button)
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        self.devices_title = QLabel()
        self.devices_title.setObjectName("roomDevicesTitle")
        listing = QVBoxLayout()
        listing.addWidget(self.devices_title)
        listing.addWidget(self.devices, 1)
        listing.addLayout(buttons)
        row = QHBoxLayout(self)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(join, 2)
        row.addSpacing(8)
        row.addLayout(listing, 3)
        self.setMaximumHeight(270)
        self.show_devices(())

    # -- showing ---------------------------------------------------------------------------

    def show_room(self, url: str, code: str) -> None:
        self.qr.set_text(url)
        self.address.setText(url)
        self.code.setText(self.tr("Room code: {code}").format(code=code))

    def show_settings(self, codes_required: bool, show_results: bool) -> None:
        """The room's settings as stored (no signal: nothing was ticked)."""
        for box, checked in ((self.codes_box, codes_required), (self.results_box, show_results)):
            box.blockSignals(True)
            box.setChecked(checked)
            box.blockSignals(False)

    def _settings(self) -> None:
        self.settings_changed.emit(self.codes_box.isChecked(), self.results_box.isChecked())

    def show_devices(self, devices: Sequence[Device]) -> None:
        chosen = self.chosen()
        self.model.set_devices(devices)
        self.devices.setColumnHidden(DeviceModel.OFFICE, not self.model.shows_offices())
        joined = sum(d.state == m.DeviceState.ADMITTED.value for d in devices)
        waiting = sum(d.state == m.DeviceState.WAITING.value for d in devices)
        title = self.tr("<b>Devices</b>: %n joined", "", joined)
        if waiting:
            title += self.tr(", %n waiting", "", waiting)
        self.devices_title.setText(title)
        row = self.model.row_of(chosen.id if chosen else None)
        if row >= 0:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.devices.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self._sync_buttons()

    def chosen(self) -> Device | None:
        index = self.devices.currentIndex()
        return self.model.device(index.row()) if index.isValid() else None

    def choose(self, device_id: int) -> None:
        row = self.model.row_of(device_id)
        if row >= 0:
            self.devices.selectRow(row)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        device = self.chosen()
        state = device.state if device else None
        self.admit_button.setEnabled(state is not None and state != m.DeviceState.ADMITTED.value)
        self.release_button.setEnabled(device is not None)
        self.revoke_button.setEnabled(state == m.DeviceState.ADMITTED.value)

    def _act(self, what: str) -> None:
        device = self.chosen()
        if device is not None:
            self.device_action.emit(what, device.id)
