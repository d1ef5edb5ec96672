"""The networks this computer is on, for the room to listen on one of them.

Contract: ``network_choices()`` lists ``NetworkChoice(name, address)`` for every IPv4
address of a network interface that is up and running, with the interface's readable
name (the hotspot, the Wi-Fi, the cable), the computer's own networks first and the
loopback address (127.0.0.1: this computer only, no phone reaches it) last, as a last
resort. Qt's ``QNetworkInterface`` reads them, so no extra package is needed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class NetworkChoice:
    name: str  # the interface's readable name ("Wi-Fi", "wlan0", "Local Area Connection")
    address: str  # its IPv4 address

    @property
    def loopback(self) -> bool:
        return self.address.startswith("127.")


def network_choices() -> list[NetworkChoice]:
    found: list[NetworkChoice] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        up = interface.flags() & flags.IsUp and interface.flags() & flags.IsRunning
        if not up:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append(NetworkChoice(interface.humanReadableName() or interface.name(), ip.toString()))
    found = list(dict.fromkeys(found))
    if not any(choice.loopback for choice in found):
        found.append(NetworkChoice("lo", LOOPBACK))
    return sorted(found, key=lambda choice: choice.loopback)  # stable: the system's order otherwise
