"""The RACI area: the grid of letters, its headers and the findings of the check."""
