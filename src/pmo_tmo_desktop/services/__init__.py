"""Use cases: one call is one unit of work, one transaction, and returns what changed."""
