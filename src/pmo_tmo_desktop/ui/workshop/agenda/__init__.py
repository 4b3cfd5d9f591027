"""A workshop's Agenda page: the items, their timers and their minutes."""
