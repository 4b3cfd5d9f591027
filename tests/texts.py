"""Comparing document texts: counted texts are functions of the count, compared by what they
say for several counts (the plural forms), the rest by value."""

from __future__ import annotations

import dataclasses
from typing import Any

COUNTS = (0, 1, 2, 7)


def said(texts: Any) -> dict[str, Any]:
    """Each field of a texts dataclass as it reads; a counted text for each of COUNTS; the
    texts of a part (a texts dataclass in a field) field by field."""
    return {
        field.name: (
            tuple(value(n) for n in COUNTS)
            if callable(value := getattr(texts, field.name))
            else said(value)
            if dataclasses.is_dataclass(value)
            else value
        )
        for field in dataclasses.fields(texts)
    }
