"""The PDF minutes from plain data: text read back with pypdf, any script, atomic writes."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.exchange import pdf_charts, pdf_document, pdf_minutes
from pmo_tmo_desktop.exchange.pdf_base import Markup, NumberFormat, esc
from pmo_tmo_desktop.exchange.pdf_minutes import (
    ActionEntry,
    AgendaEntry,
    Attendee,
    CriterionEntry,
    DecisionEntry,
    FitEntry,
    GapEntry,
    MinutesContent,
    MovementEntry,
    OfficeGroup,
    ProposalEntry,
    ResultEntry,
    RoundEntry,
)
from pmo_tmo_desktop.exchange.pdf_tables import fit_widths
from pmo_tmo_desktop.services.reports_texts import minutes_texts

# --- reading a PDF back --------------------------------------------------------------------


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Whitespace (line breaks, no-break spaces) folded to single spaces."""
    return " ".join(text.replace("\xa0", " ").split())


def section_text(pages: list[str], start: str, end: str | None = None) -> str:
    """The flattened text from the heading `start` up to the heading `end` (cover skipped)."""
    body = flat(" ".join(pages[1:]))
    begin = re.search(rf"\b\d+ {re.escape(start)}\b", body)
    assert begin is not None, start
    stop = re.search(rf"\b\d+ {re.escape(end)}\b", body[begin.end() :]) if end else None
    return body[begin.start() : begin.end() + stop.start()] if stop else body[begin.start() :]


# --- plain content -------------------------------------------------------------------------

MARKUP_TITLE = "<b>R&D</b> review > plan & more — Αθήνα"
PLACE = "Москва, «Кремль» <room 5>"
FACILITATOR = "Zoë Ångström-Núñez"


def content(**changes: object) -> MinutesContent:
    found = MinutesContent(
        title=MARKUP_TITLE,
        organisation="Crème & Brûlée <AG>",
        date="2026-10-14",
        place=PLACE,
        facilitator=FACILITATOR,
        anonymity="office-tagged",
        notes="First line & <i>second</i>\nSecond line: Ελληνικά, Русский, ½ > ⅓",
        generated="2026-10-15",
        offices=(
            OfficeGroup("PMO", "#2F6DB5", (Attendee("Ann <Lead>", "Head of PMO & QA"),)),
            OfficeGroup("TMO", "#2E8B57", (Attendee("Σωκράτης Παπαδόπουλος", "Архитектор"),)),
            OfficeGroup("", "#8A97A8", (Attendee("Guest </para>", "Observer"),)),
        ),
        agenda=(AgendaEntry("Opening <welcome>", "Ann <Lead>", 15, "Notes with <br/> & ]]>"),),
        criteria=(
            CriterionEntry("Fit & <value>", "Strategic fit", 3, "higher", 1, 10),
            CriterionEntry("Risk > 5", "Delivery risk", 1, "lower", 0, 4),
        ),
        proposals=(
            ProposalEntry("CRM <new>", "Sales & Co", 100_000, 250_000, 6),
            ProposalEntry("ERP Ü-upgrade", "", None, None, None),
        ),
        round_number=2,
        rated=2,
        expected=3,
        results=(
            ResultEntry(1, "CRM <new>", 72.5, 80.0, 65.0, 15.0, 0.35, True, 100_000, (20.0, -5.0)),
            ResultEntry(
                2, "ERP Ü-upgrade", 40.0, 35.0, 45.0, -10.0, 0.1, False, None, (None, -8.0)
            ),
        ),
        largest_gaps=(
            GapEntry("CRM <new>", "Fit & <value>", 20.0),
            GapEntry("CRM <new>", "", 15.0),
        ),
        decisions=(
            DecisionEntry(
                "CRM <new>", "approve", "Because <b>value</b> & speed", "If > 5", "", 1, 72.5
            ),
        ),
        undecided=("ERP Ü-upgrade",),
        actions=(
            ActionEntry("Draft the <plan>", "Jürgen & Søren", "2026-11-01", "open", "CRM <new>"),
        ),
        fit=FitEntry(150_000, (("CRM <new>", 1, 72.5, 100_000.0, "approve"),), 100_000, 72.5),
        rounds=(
            RoundEntry(1, True, "closed", "2026-10-14 09:30", "2026-10-14 10:00", 2, 3, 8),
            RoundEntry(2, True, "closed", "2026-10-14 11:00", "2026-10-14 11:30", 2, 3, 8),
        ),
        movement_from=1,
        movement=(MovementEntry("CRM <new>", 70.0, 72.5, 2.5, 20.0, 15.0),),
    )
    return replace(found, **changes)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("pdf") / "minutes.pdf"
    pdf_minutes.write_minutes(path, content(), minutes_texts())
    return path, pdf_pages(path)


def test_user_text_with_markup_and_any_script_appears_exactly_as_typed(
    written: tuple[Path, list[str]],
) -> None:
    _, pages = written
    text = flat(" ".join(pages))
    for typed in (
        MARKUP_TITLE,
        PLACE,
        FACILITATOR,
        "Crème & Brûlée <AG>",
        "Ann <Lead>",
        "Head of PMO & QA",
        "Σωκράτης Παπαδόπουλος",
        "Архитектор",
        "Guest </para>",
        "Opening <welcome>",
        "Notes with <br/> & ]]>",
        "Fit & <value>",
        "Risk > 5",
        "CRM <new>",
        "ERP Ü-upgrade",
        "Sales & Co",
        "Because <b>value</b> & speed",
        "If > 5",
        "Draft the <plan>",
        "Jürgen & Søren",
        "First line & <i>second</i>",
        "Second line: Ελληνικά, Русский, ½ > ⅓",
    ):
        assert typed in text, typed
    assert "&amp;" not in text and "&lt;" not in text, "escaped once, shown as typed"


def test_every_page_is_numbered_and_the_metadata_is_set(written: tuple[Path, list[str]]) -> None:
    path, pages = written
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page
    meta = PdfReader(path).metadata
    assert meta is not None
    assert meta.title == MARKUP_TITLE
    assert meta.author == FACILITATOR
    assert meta.subject == f"Minutes of the workshop {MARKUP_TITLE}"
    assert "minutes" in str(meta.get("/Keywords"))
    assert meta.creator == "PMO–TMO Desktop"


def test_the_sections_are_bookmarked_and_the_cover_lists_them(
    written: tuple[Path, list[str]],
) -> None:
    path, pages = written
    outline = [item.title for item in PdfReader(path).outline if hasattr(item, "title")]
    names = [
        "Attendees",
        "Agenda and notes",
        "Proposals assessed",
        "Results",
        "PMO–TMO gap view",
        "Budget fit",
        "Decisions",
        "Action items",
        "Rounds",
        "Assessment method",
    ]
    assert [t.split(maxsplit=1)[1] for t in outline] == names
    cover = flat(pages[0])
    assert "Contents" in cover and all(name in cover for name in names)


def test_no_office_and_undecided_proposals_are_named(written: tuple[Path, list[str]]) -> None:
    _, pages = written
    text = flat(" ".join(pages))
    assert "No office 1" in text
    assert "No decision recorded for: ERP Ü-upgrade." in text
    assert "▲ dissent of 0.30 or more" in text


def test_without_ratings_the_minutes_say_so_and_show_no_results(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    pdf_minutes.write_minutes(
        path,
        content(round_number=None, results=(), largest_gaps=(), fit=None, movement=()),
        minutes_texts(),
    )
    text = flat(" ".join(pdf_pages(path)))
    assert "No ratings were recorded, so there are no results to report." in text
    assert "Score by proposal" not in text and "PMO–TMO gap view" not in text


def test_a_blind_round_still_open_keeps_its_results_back(tmp_path: Path) -> None:
    path = tmp_path / "hidden.pdf"
    pdf_minutes.write_minutes(path, content(results_hidden=True), minutes_texts())
    text = flat(" ".join(pdf_pages(path)))
    assert "Round 2 is blind and still open" in text
    assert "Score by proposal" not in text and "Largest gaps" not in text


def test_translated_words_and_number_formats_are_used(tmp_path: Path) -> None:
    path = tmp_path / "de.pdf"
    texts = replace(
        minutes_texts(),
        number=NumberFormat(decimal=",", group="."),
        page="Seite {page} von {pages}",
        attendees="Teilnehmende",
    )
    pdf_minutes.write_minutes(path, content(), texts)
    pages = pdf_pages(path)
    text = flat(" ".join(pages))
    assert f"Seite 1 von {len(pages)}" in pages[0]
    assert "Teilnehmende" in text and "150.000" in text and "72,5" in text


def test_long_text_flows_over_pages_and_many_criteria_split_the_gap_view(tmp_path: Path) -> None:
    long = " ".join(f"word{i}" for i in range(2500))
    criteria = tuple(
        CriterionEntry(f"Criterion number {i}", "", 1, "higher", 1, 5) for i in range(14)
    )
    gaps = tuple(float(i - 7) for i in range(14))
    path = tmp_path / "long.pdf"
    pdf_minutes.write_minutes(
        path,
        content(
            criteria=criteria,
            results=(ResultEntry(1, "Big", 50.0, 55.0, 45.0, 10.0, 0.2, False, 1.0, gaps),),
            decisions=(DecisionEntry("Big", "defer", long, long, "2026-10-20", 1, 50.0),),
        ),
        minutes_texts(),
    )
    text = flat(" ".join(pdf_pages(path)))
    assert "word2499" in text and text.count("word2499") == 2
    assert all(f"Criterion number {i}" in text for i in range(14))
    assert "Decided 2026-10-20" in text


# --- atomic writes -------------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_failing_build_leaves_no_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("layout failed")

    monkeypatch.setattr(pdf_document.DocTemplate, "build", broken)
    monkeypatch.setattr(pdf_document.DocTemplate, "build", broken)
    with pytest.raises(RuntimeError):
        pdf_minutes.write_minutes(tmp_path / "minutes.pdf", content(), minutes_texts())
    assert _leftovers(tmp_path) == []


def test_a_failing_build_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"the previous minutes")

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_document.DocTemplate, "build", broken)
    with pytest.raises(UserError, match=r"minutes\.pdf: cannot be written"):
        pdf_minutes.write_minutes(target, content(), minutes_texts())
    assert target.read_bytes() == b"the previous minutes"
    assert _leftovers(tmp_path) == ["minutes.pdf"]


def test_a_folder_that_cannot_be_written_is_refused_with_the_file_named(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"^minutes\.pdf: cannot be written"):
        pdf_minutes.write_minutes(tmp_path / "missing" / "minutes.pdf", content(), minutes_texts())
    assert _leftovers(tmp_path) == []
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return  # root writes into read-only folders
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        with pytest.raises(UserError, match=r"minutes\.pdf"):
            pdf_minutes.write_minutes(locked / "minutes.pdf", content(), minutes_texts())
        assert _leftovers(locked) == []
    finally:
        locked.chmod(0o755)


# --- the building blocks -------------------------------------------------------------------


def test_esc_escapes_markup_keeps_line_breaks_and_drops_control_characters() -> None:
    assert esc("a & <b>x</b> > y\r\nz\x07") == "a &amp; &lt;b&gt;x&lt;/b&gt; &gt; y<br/>z"
    assert esc(None) == ""
    assert esc(Markup("<b>ours</b>")) == "<b>ours</b>"
    assert isinstance(esc("text"), Markup)


def test_numbers_follow_the_separators_given() -> None:
    english = NumberFormat()
    assert english(1234567.891, 1) == "1,234,567.9"
    assert english(-2400000) == "−2,400,000"
    assert english(-0.04, 1) == "0.0"
    assert english(None) == "—"
    assert english.signed(15.04, 1) == "+15.0"
    assert english.signed(-3.26, 1) == "−3.3"
    assert english.signed(0.01, 0) == "0"
    german = NumberFormat(decimal=",", group=".")
    assert german(1234.5, 1) == "1.234,5"


def test_column_widths_fill_the_frame_and_keep_their_minimums() -> None:
    widths = fit_widths((1, 1, 8), 400, (60, 0, 0))
    assert sum(widths) == pytest.approx(400)
    assert widths[0] == pytest.approx(60)
    assert widths[1] < widths[2]


def test_charts_are_vector_drawings_with_labels() -> None:
    from reportlab.lib import colors

    grey = colors.HexColor("#888888")
    bars = pdf_charts.bar_chart(
        [pdf_charts.BarRow("A proposal", 60.0, "60.0", (pdf_charts.Marker(70.0, grey),))],
        [pdf_charts.LegendItem("Score", grey)],
        tick_text=str,
        bar_colour=grey,
        width=400,
    )
    assert bars.width == 400
    strings = [s.text for s in bars.contents if hasattr(s, "text")]
    assert "A proposal" in strings and "60.0" in strings and "Score" in strings
    twins = [
        pdf_charts.ScatterPoint(50.0, 50.0, "1", 10.0),
        pdf_charts.ScatterPoint(50.0, 50.0, "2"),
    ]
    scatter = pdf_charts.scatter_chart(
        twins, tick_text=str, colour=grey, x_title="PMO score", y_title="TMO score"
    )
    labels = [s for s in scatter.contents if getattr(s, "text", None) in ("1", "2")]
    assert len(labels) == 2
    assert (labels[0].x, labels[0].y) != (labels[1].x, labels[1].y), "labels never overlap"


def test_tabs_runs_of_spaces_and_control_characters_read_the_same_in_every_table(
    tmp_path: Path,
) -> None:
    """A title typed with a tab or a double space prints as one clean title everywhere: the
    cells drawn as plain strings and the Paragraph cells must not differ."""
    odd = "Alpha\tBeta  Gamma\x07"
    path = tmp_path / "minutes.pdf"
    pdf_minutes.write_minutes(
        path,
        content(
            proposals=(ProposalEntry(odd, "Sales", 100_000, 250_000, 6),),
            results=(ResultEntry(1, odd, 72.5, 80.0, 65.0, 15.0, 0.35, True, 100_000, (20.0,)),),
            decisions=(DecisionEntry(odd, "approve", "Because", "", "", 1, 72.5),),
            fit=FitEntry(150_000, ((odd, 1, 72.5, 100_000.0, "approve"),), 100_000, 72.5),
            largest_gaps=(GapEntry(odd, "Fit & <value>", 20.0),),
            movement=(MovementEntry(odd, 70.0, 72.5, 2.5, 20.0, 15.0),),
        ),
        minutes_texts(),
    )
    raw = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "\t" not in raw and "\x07" not in raw
    assert flat(raw).count("Alpha Beta Gamma") >= 6  # proposals, results, decisions, fit, ...


def test_a_coloured_cell_too_long_for_one_line_keeps_its_colour_and_face() -> None:
    from reportlab.lib import colors

    from pmo_tmo_desktop.exchange.pdf_base import FONT_BOLD, make_styles
    from pmo_tmo_desktop.exchange.pdf_tables import data_table

    long = "Needs information from the vendor before anything is decided"
    table = data_table(
        ("Proposal", "Decision"),
        [["CRM", long], ["ERP", "Defer"]],
        (4, 1),
        make_styles(),
        extra=[
            ("TEXTCOLOR", (1, 1), (1, 1), colors.HexColor("#1565C0")),
            ("FONTNAME", (1, 1), (1, -1), FONT_BOLD),
        ],
    )
    wrapped, short = table._cellvalues[1][1], table._cellvalues[2][1]
    wrapped = wrapped[0] if isinstance(wrapped, (list, tuple)) else wrapped  # reportlab's box
    assert "#1565c0" in wrapped.text.lower() and "<b>" in wrapped.text
    assert short == "Defer"  # fits on one line: a plain string the table style colours
