"""Hand-built hostile workbooks: XML attacks in a part, and big parts written as a stream."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

SHARED_STRINGS = "xl/sharedStrings.xml"
SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)
"""The "billion laughs": nine levels of ten, a billion "lol"s once expanded."""
EXTERNAL = '<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
"""An external entity: the file it names would end up in a cell."""


def rewrite(source: Path, target: Path, parts: dict[str, bytes]) -> Path:
    """Copy the workbook `source` to `target`, replacing or adding `parts`."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename not in parts:
                new.writestr(item, old.read(item.filename))
        for name, data in parts.items():
            new.writestr(name, data)
    return target


def _with_shared_strings(source: Path) -> dict[str, bytes]:
    """The content types and relationships that make a shared-strings part part of the book."""
    with zipfile.ZipFile(source) as book:
        types = book.read("[Content_Types].xml").decode()
        rels = book.read("xl/_rels/workbook.xml.rels").decode()
    if SST_TYPE not in types:
        types = types.replace(
            "</Types>", f'<Override PartName="/{SHARED_STRINGS}" ContentType="{SST_TYPE}"/></Types>'
        )
    if SST_REL not in rels:
        rels = rels.replace(
            "</Relationships>",
            f'<Relationship Id="rIdSst" Type="{SST_REL}" Target="sharedStrings.xml"/>'
            "</Relationships>",
        )
    return {"[Content_Types].xml": types.encode(), "xl/_rels/workbook.xml.rels": rels.encode()}


def attacked(source: Path, target: Path, where: str, kind: str) -> Path:
    """`source` with an XML attack (`kind`: "laughs" or "external") in `where`: the shared
    strings (added) or the first sheet."""
    doctype, entity = (LAUGHS, "&lol9;") if kind == "laughs" else (EXTERNAL, "&secret;")
    if where == SHARED_STRINGS:
        sst = f'<?xml version="1.0"?>{doctype}<sst xmlns="{MAIN}"><si><t>{entity}</t></si></sst>'
        return rewrite(source, target, {**_with_shared_strings(source), where: sst.encode()})
    with zipfile.ZipFile(source) as book:
        sheet = book.read(where).decode()
    start = sheet.index("<worksheet")
    sheet = sheet[:start] + doctype + sheet[start:]
    sheet = sheet.replace("</sheetData>", f'<row r="999"><c r="A999" t="inlineStr"><is><t>'
                          f"{entity}</t></is></c></row></sheetData>")  # fmt: skip
    return rewrite(source, target, {where: sheet.encode()})


def with_big_shared_strings(source: Path, target: Path, megabytes: int) -> Path:
    """`source` plus a shared-strings table of about `megabytes` MB of varied text (written as
    a stream: it compresses about as well as real text, inside the zip limits)."""

    def strings() -> Iterable[bytes]:
        yield f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'.encode()
        written, number = 0, 0
        while written < megabytes * 1024 * 1024:
            number += 1
            line = f"<si><t>Deliverable {number} of phase {number % 97}: {number * 7919}</t></si>"
            chunk = line.encode()
            written += len(chunk)
            yield chunk
        yield b"</sst>"

    rewrite(source, target, _with_shared_strings(source))
    archive = zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED, compresslevel=1)
    with archive, archive.open(SHARED_STRINGS, "w", force_zip64=True) as part:
        buffer: list[bytes] = []
        for chunk in strings():
            buffer.append(chunk)
            if len(buffer) >= 4096:
                part.write(b"".join(buffer))
                buffer.clear()
        part.write(b"".join(buffer))
    return target
