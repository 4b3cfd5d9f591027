"""A workshop's Set-up page: its participants, criteria, proposals and portfolio rules, the
weights field, pasting from a spreadsheet and copying another workshop's set-up."""
