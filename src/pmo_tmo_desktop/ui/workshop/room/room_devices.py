"""The devices in the room, for the facilitator: who joined, who waits to be admitted, who was
signed out, and when each device was last seen. Never a value."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services.room import Device
from pmo_tmo_desktop.ui.widgets.common import colour_icon
from pmo_tmo_desktop.ui.widgets.qt_common import Index

STATE_COLOURS = {
    m.DeviceState.ADMITTED.value: "#2E7D32",
    m.DeviceState.WAITING.value: "#E09B00",
    m.DeviceState.REVOKED.value: "#9E9E9E",
}
"""A dot beside each state; the word says it too."""


def state_word(state: str) -> str:
    """ "Joined", "Waiting" or "Signed out"."""
    if state == m.DeviceState.ADMITTED.value:
        return QCoreApplication.translate("RoomDevices", "Joined")
    if state == m.DeviceState.WAITING.value:
        return QCoreApplication.translate("RoomDevices", "Waiting")
    return QCoreApplication.translate("RoomDevices", "Signed out")


def seen_text(seen: datetime | None) -> str:
    """When the device last asked for anything: a clock time, or "—"."""
    return seen.strftime("%H:%M:%S") if seen is not None else "—"


class DeviceModel(QAbstractTableModel):
    """One row per device: name, office, state, last seen."""

    NAME, OFFICE, STATE, SEEN = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._devices: tuple[Device, ...] = ()
        self._titles = (
            QCoreApplication.translate("RoomDevices", "Name"),
            QCoreApplication.translate("RoomDevices", "Office"),
            QCoreApplication.translate("RoomDevices", "State"),
            QCoreApplication.translate("RoomDevices", "Last seen"),
        )

    def set_devices(self, devices: Sequence[Device]) -> None:
        """The devices now; the same devices in the same order keep the view as it is (only
        their cells change), so a selection and the scroll position survive each look."""
        devices = tuple(devices)
        if [d.id for d in devices] == [d.id for d in self._devices]:
            self._devices = devices
            if devices:
                last = self.index(len(devices) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._devices = devices
        self.endResetModel()

    def devices(self) -> tuple[Device, ...]:
        return self._devices

    def device(self, row: int) -> Device | None:
        return self._devices[row] if 0 <= row < len(self._devices) else None

    def row_of(self, device_id: int | None) -> int:
        return next((i for i, d in enumerate(self._devices) if d.id == device_id), -1)

    def shows_offices(self) -> bool:
        return any(d.office for d in self._devices)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._devices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._titles)
        ):
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._devices):
            return None
        device, column = self._devices[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.NAME:
                return device.name
            if column == self.OFFICE:
                return device.office or ""
            if column == self.STATE:
                return state_word(device.state)
            if column == self.SEEN:
                return seen_text(device.seen)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and device.label:
            return device.label
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATE:
            return colour_icon(STATE_COLOURS.get(device.state, "#9E9E9E"), round_=True)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
