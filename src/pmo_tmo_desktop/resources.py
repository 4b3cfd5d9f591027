"""Where the bundled resources (templates, demo content, icons, fonts) are found."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """Inside an installed package, or at the top of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parents[1] / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found next to the package")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
