"""A workshop's Decisions page: decisions, conditions and action items, and their edits."""
