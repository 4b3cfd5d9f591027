"""The findings of the methodology check, live: severity, message; a click shows the place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import rules
from pmo_tmo_desktop.services import findings_words, words
from pmo_tmo_desktop.ui.widgets.record_model import Column, RecordTableModel

SEVERITY_COLOURS = {"error": "#C62828", "warning": "#B26A00", "alignment": "#2F6DB5"}


class FindingsModel(RecordTableModel):
    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 0:
            finding = self.record(index.row())
            return QBrush(QColor(SEVERITY_COLOURS.get(finding.severity.value, "#000000")))
        return super().data(index, role)


class FindingsPanel(QWidget):
    """`finding_chosen` carries the finding the user picked."""

    finding_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "error": self.tr("Error"),
            "warning": self.tr("Warning"),
            "alignment": self.tr("Alignment"),
        }
        self.title = QLabel()
        self.model = FindingsModel(
            [
                Column(
                    self.tr("Severity"), lambda f: labels.get(f.severity.value, f.severity.value)
                ),
                Column(self.tr("Finding"), findings_words.message, tooltip=findings_words.message),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("findingsTable")
        self.table.setAccessibleName(self.tr("Findings of the methodology check"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 110)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)

    def show_checking(self) -> None:
        """The matrix is being checked: no findings yet."""
        self.model.set_records(())
        self.title.setText(self.tr("<b>Check:</b> checking…"))

    def show_report(self, report: rules.Report) -> None:
        self.model.set_records(report.findings)
        if not report.findings:
            self.title.setText(
                self.tr(
                    "<b>Check:</b> no findings — every activity has one "
                    "Accountable, and PMO and TMO work is integrated."
                )
            )
        else:
            tally = words.findings_tally(report.errors, report.warnings, report.alignments)
            self.title.setText(self.tr("<b>Check:</b> {counts}").format(counts=" · ".join(tally)))

    def _chosen(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.finding_chosen.emit(self.model.record(rows[0].row()))

    def _activated(self, index: QModelIndex) -> None:
        self.finding_chosen.emit(self.model.record(index.row()))
