"""The alignment area: how far PMO and TMO work together, phase by phase and role by role."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import rules
from pmo_tmo_desktop.domain.offices import PMO, PMO_COLOUR, TMO, TMO_COLOUR, colour_of, key_of
from pmo_tmo_desktop.services import words
from pmo_tmo_desktop.ui.widgets.charts import (
    Bar,
    LegendEntry,
    Segment,
    StackedBarChart,
    line_up,
    mix,
)

NEITHER_COLOUR = "#A7ADB4"
RESPONSIBLE_COLOUR = "#7EA6DA"  # stronger shades of the RACI grid's R and A backgrounds
ACCOUNTABLE_COLOUR = "#E58B80"
NO_OFFICE_COLOUR = "#9AA0A6"
SEVERITY_COLOURS = {"error": "#D93025", "warning": "#E8A317", "alignment": "#8E6BD8"}


def _office_colour(snapshot: m.Methodology, key: str, fallback: str) -> QColor:
    """The colour of the PMO or the TMO (`key`, as the rules engine recognises them), or
    `fallback` where there is no such office or its colour does not read."""
    colour = QColor(colour_of(snapshot.offices, key) or "")
    return colour if colour.isValid() else QColor(fallback)


def _percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


class AlignmentArea(QWidget):
    """A headline figure, a 100 %-stacked bar per phase, and a bar of R and A per role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._muted: list[QLabel] = []  # secondary text, re-tinted when the palette changes
        self.headline = QLabel()
        self.headline.setObjectName("alignmentHeadline")
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setAccessibleName(self.tr("Alignment index"))
        self.findings = QLabel()
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setAccessibleName(self.tr("Findings by severity"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._muted.append(self.note)
        self.note.hide()

        self.phase_chart = StackedBarChart(normalised=True)
        self.phase_chart.setObjectName("phaseChart")
        self.phase_chart.setAccessibleName(self.tr("PMO and TMO involvement per phase"))
        self.role_chart = StackedBarChart(normalised=False)
        self.role_chart.setObjectName("roleChart")
        self.role_chart.setAccessibleName(self.tr("Role load"))

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(4)
        layout.addWidget(self.headline)
        layout.addWidget(self.findings)
        layout.addWidget(self.note)
        for title, caption, chart in (
            (
                self.tr("Who takes part, phase by phase"),
                self.tr(
                    "Share of each phase's activities where roles of both offices, of one "
                    "office only, or of neither hold a letter. Touchpoints count the "
                    "PMO × TMO role pairs that meet on an activity."
                ),
                self.phase_chart,
            ),
            (
                self.tr("Role load"),
                self.tr(
                    "Activities each role is Responsible or Accountable for; the number at "
                    "the right counts every activity where it holds any letter."
                ),
                self.role_chart,
            ),
        ):
            layout.addSpacing(18)
            layout.addWidget(self._title(title))
            layout.addWidget(self._caption(caption))
            layout.addSpacing(4)
            layout.addWidget(chart)
        layout.addStretch(1)

        self.scroller = QScrollArea()
        self.scroller.setAccessibleName(self.tr("Alignment of PMO and TMO"))
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)

    def _title(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        return label

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        self._muted.append(label)
        self._tint_muted()
        return label

    def _tint_muted(self) -> None:
        """Secondary text: the palette's text half-way to the background, light or dark."""
        palette = self.palette()
        colour = mix(palette.text().color(), palette.window().color(), 0.4)
        for label in self._muted:
            own = label.palette()
            own.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(own)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._tint_muted()
        super().changeEvent(event)

    # -- showing ---------------------------------------------------------------------------

    def show_report(self, snapshot: m.Methodology, report: rules.Report) -> None:
        pmo = _office_colour(snapshot, PMO, PMO_COLOUR)
        tmo = _office_colour(snapshot, TMO, TMO_COLOUR)
        self._show_headline(snapshot, report)
        present = {key_of(o.name) for o in snapshot.offices}
        missing = [name for key, name in ((PMO, "PMO"), (TMO, "TMO")) if key not in present]
        self.note.setVisible(bool(missing))
        if len(missing) == 1:
            self.note.setText(
                self.tr(
                    "The alignment figures look for offices named PMO and TMO; "
                    "this methodology has no {office} office."
                ).format(office=missing[0])
            )
        elif missing:
            self.note.setText(
                self.tr(
                    "The alignment figures look for offices named PMO and TMO; "
                    "this methodology has neither."
                )
            )
        self._show_phases(snapshot, report.metrics, pmo, tmo)
        self._show_roles(snapshot, report.metrics)
        line_up(self.phase_chart, self.role_chart)

    def _show_headline(self, snapshot: m.Methodology, report: rules.Report) -> None:
        font = self.font()
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        if snapshot.activities:
            value = self.tr("{percent} %").format(
                percent=round(100 * report.metrics.alignment_index)
            )
            sentence = self.tr("{value} of activities involve both PMO and TMO")
            big = f"<span style='font-size:{size * 2.6:.0f}pt; font-weight:600'>{value}</span>"
            rich, plain = sentence.format(value=big), sentence.format(value=value)
        else:
            plain = self.tr("No activities yet: add some to see how PMO and TMO share them.")
            rich = escape(plain)
        self.headline.setText(f"<span style='font-size:{size * 1.25:.0f}pt'>{rich}</span>")
        self.headline.setAccessibleDescription(plain)
        counts = (
            ("error", self.tr("Errors: {count}"), report.errors),
            ("warning", self.tr("Warnings: {count}"), report.warnings),
            ("alignment", self.tr("Alignment findings: {count}"), report.alignments),
        )
        self.findings.setText(
            "&nbsp;&nbsp;&nbsp;&nbsp;".join(
                f"<span style='color:{SEVERITY_COLOURS[severity]}'>●</span>&nbsp;"
                + text.format(count=f"<b>{count}</b>")
                for severity, text, count in counts
            )
        )
        self.findings.setAccessibleDescription(
            ", ".join(text.format(count=count) for _severity, text, count in counts)
        )

    def _show_phases(
        self, snapshot: m.Methodology, metrics: rules.Metrics, pmo: QColor, tmo: QColor
    ) -> None:
        neither = QColor(NEITHER_COLOUR)
        kinds = (
            (self.tr("Joint (PMO and TMO)"), pmo, tmo),
            (self.tr("PMO only"), pmo, None),
            (self.tr("TMO only"), tmo, None),
            (self.tr("Neither"), neither, None),
        )
        legend = [LegendEntry(label, colour, accent) for label, colour, accent in kinds]
        by_id = {p.phase_id: p for p in metrics.phases}
        bars: list[Bar] = []
        summary: list[str] = []
        for phase in snapshot.phases:
            pm = by_id.get(phase.id) or rules.PhaseMetrics(phase.id, 0, 0, 0, 0, 0, 0.0, 0)
            values = (pm.joint, pm.pmo_only, pm.tmo_only, pm.neither)
            lines = [
                self.tr("{phase}: {activities}").format(
                    phase=phase.name, activities=words.count("activity", pm.activities)
                )
            ]
            for (label, _colour, _accent), value in zip(kinds, values, strict=True):
                lines.append(
                    self.tr("{label}: {count} ({percent} %)").format(
                        label=label, count=value, percent=_percent(value, pm.activities)
                    )
                )
            lines.append(self.tr("Touchpoints: {count}").format(count=pm.touchpoints))
            bars.append(
                Bar(
                    label=phase.name,
                    segments=tuple(
                        Segment(value, colour, accent)
                        for (_label, colour, accent), value in zip(kinds, values, strict=True)
                    ),
                    end_text=str(pm.touchpoints),
                    tooltip="\n".join(lines),
                    empty_text=self.tr("no activities"),
                )
            )
            summary.append(
                self.tr(
                    "{phase}: {activities}, {joint} joint, {pmo} PMO only, "
                    "{tmo} TMO only, {neither} with neither, {touchpoints}."
                ).format(
                    phase=phase.name,
                    activities=words.count("activity", pm.activities),
                    joint=pm.joint,
                    pmo=pm.pmo_only,
                    tmo=pm.tmo_only,
                    neither=pm.neither,
                    touchpoints=words.count("touchpoint", pm.touchpoints),
                )
            )
        self.phase_chart.set_data(bars, legend, self.tr("Touchpoints"))
        self.phase_chart.setAccessibleDescription(" ".join(summary))

    def _show_roles(self, snapshot: m.Methodology, metrics: rules.Metrics) -> None:
        responsible, accountable = QColor(RESPONSIBLE_COLOUR), QColor(ACCOUNTABLE_COLOUR)
        legend = [
            LegendEntry(self.tr("Responsible (R)"), responsible),
            LegendEntry(self.tr("Accountable (A)"), accountable),
        ]
        offices = {o.id: (i, o) for i, o in enumerate(snapshot.offices)}
        loads = {r.role_id: r for r in metrics.roles}
        ordered = sorted(
            enumerate(snapshot.roles),
            key=lambda pair: (offices.get(pair[1].office_id, (len(offices), None))[0], pair[0]),
        )
        bars: list[Bar] = []
        summary: list[str] = []
        for _rank, role in ordered:
            office = offices.get(role.office_id, (0, None))[1]
            office_name = office.name if office else self.tr("No office")
            chip = QColor(office.colour) if office else QColor()
            chip = chip if chip.isValid() else QColor(NO_OFFICE_COLOUR)
            load = loads.get(role.id) or rules.RoleLoad(role.id, 0, 0, 0)
            idle = load.total == 0
            names = {
                "role": role.name,
                "office": office_name,
                "r": load.responsible,
                "a": load.accountable,
                "total": words.count("activity", load.total),
            }
            if idle:
                empty = self.tr("idle")
                tip = self.tr("{role} ({office})\nIdle: holds no letter in any activity")
                said = self.tr("{role} ({office}): idle, holds no letter.")
            else:
                empty = self.tr("no R or A")
                tip = self.tr(
                    "{role} ({office})\nResponsible: {r}\nAccountable: {a}\n"
                    "Holds a letter in {total}"
                )
                said = self.tr(
                    "{role} ({office}): Responsible {r}, Accountable {a}, a letter in {total}."
                )
            bars.append(
                Bar(
                    label=role.name,
                    segments=(
                        Segment(load.responsible, responsible),
                        Segment(load.accountable, accountable),
                    ),
                    end_text="" if idle else str(load.total),
                    tooltip=tip.format(**names),
                    chip=chip,
                    group=office_name,
                    empty_text=empty,
                    muted=idle,
                )
            )
            summary.append(said.format(**names))
        self.role_chart.set_data(bars, legend, self.tr("Activities"))
        self.role_chart.setAccessibleDescription(" ".join(summary))
