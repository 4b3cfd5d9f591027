"""The Roles and Alignment areas: the offices, their roles, and how the offices line up."""
