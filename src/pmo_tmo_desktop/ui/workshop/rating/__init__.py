"""A workshop's Rating page: the hot seat's ballot grid, the pairwise weights step, and the
open round's status for the facilitator."""
