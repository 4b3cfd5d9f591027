"""Small Qt names the ui's item models and views share, defined once."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
"""Either kind of model index, as the model methods Qt calls accept them."""

IdRole = Qt.ItemDataRole.UserRole + 1
"""data() with this role returns the row's record id."""

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
"""Numbers in a cell or a field: right-aligned, centred vertically."""
