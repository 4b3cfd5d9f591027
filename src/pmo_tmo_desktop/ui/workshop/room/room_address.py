"""Where the room listens: this laptop's IPv4 addresses, a private network first.

Phones join over the laptop's Wi-Fi or hotspot, so the default is an address of a private
network (10/8, 172.16/12, 192.168/16). "This laptop only" (127.0.0.1) lets nobody else in;
"All interfaces" is offered last and never chosen by itself.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

LOOPBACK = "127.0.0.1"
EVERYWHERE = "0.0.0.0"
"""All interfaces: offered last, never the default."""
PRIVATE = tuple(ipaddress.IPv4Network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))
ERROR_STYLE = "color: #B3261E; font-weight: bold;"


@dataclass(frozen=True)
class AddressChoice:
    host: str
    interface: str
    private: bool


def is_private(host: str) -> bool:
    try:
        address = ipaddress.IPv4Address(host)
    except ValueError:
        return False
    return any(address in network for network in PRIVATE)


def address_choices() -> list[AddressChoice]:
    """The IPv4 addresses of the interfaces that are up, private networks first, then this
    laptop only, then all interfaces."""
    found: list[AddressChoice] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        up = interface.flags() & flags.IsUp and interface.flags() & flags.IsRunning
        if not up or interface.flags() & flags.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            host = ip.toString()
            if host.startswith("169.254.") or any(c.host == host for c in found):
                continue  # a link-local address reaches nobody reliably
            found.append(AddressChoice(host, interface.humanReadableName(), is_private(host)))
    found.sort(key=lambda c: not c.private)  # stable: the system's order within each kind
    found.append(AddressChoice(LOOPBACK, "", False))
    found.append(AddressChoice(EVERYWHERE, "", False))
    return found


def default_choice(choices: list[AddressChoice]) -> int:
    """A private network's address when there is one, else this laptop only."""
    for index, choice in enumerate(choices):
        if choice.private:
            return index
    return next((i for i, c in enumerate(choices) if c.host == LOOPBACK), 0)


class AddressDialog(QDialog):
    """Choose the address phones use; a refusal is shown in one line and the choice stays."""

    def __init__(
        self,
        choices: list[AddressChoice],
        error: str = "",
        chosen: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Room"))
        self._choices = choices
        intro = QLabel(
            self.tr(
                "Participants rate on their own phones. Their phones must be on the same "
                "network as this laptop: its Wi-Fi or its hotspot."
            )
        )
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Address for phones:"))
        self.address = QComboBox()
        self.address.setObjectName("roomAddress")
        self.address.setAccessibleName(self.tr("Address for phones"))
        for choice in choices:
            self.address.addItem(self.describe(choice), choice.host)
        again = self.address.findData(chosen) if chosen else -1
        self.address.setCurrentIndex(again if again >= 0 else default_choice(choices))
        label.setBuddy(self.address)
        self.error = QLabel(error)
        self.error.setObjectName("roomAddressError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Open Room"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.address)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.address.setFocus()
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())

    def describe(self, choice: AddressChoice) -> str:
        if choice.host == LOOPBACK:
            return self.tr("{address} — this laptop only").format(address=choice.host)
        if choice.host == EVERYWHERE:
            return self.tr("All interfaces (not recommended)")
        return f"{choice.host} — {choice.interface}" if choice.interface else choice.host

    def host(self) -> str:
        return str(self.address.currentData())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        choices: list[AddressChoice],
        error: str = "",
        chosen: str | None = None,
    ) -> str | None:
        """The chosen address, or None when cancelled; `error` says why the last choice
        (`chosen`) failed."""
        dialog = cls(choices, error, chosen, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.host() if accepted else None
