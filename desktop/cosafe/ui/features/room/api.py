"""What other features may use of the room feature."""

from cosafe.ui.features.room.feature import RoomFeature

__all__ = ["RoomFeature"]
