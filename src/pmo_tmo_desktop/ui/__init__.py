"""The desktop user interface (Qt widgets, item models, undo commands)."""
