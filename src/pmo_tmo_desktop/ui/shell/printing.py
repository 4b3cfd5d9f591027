"""File → Print…: choose a document (the minutes, the pre-read, the role handbook), see it in
a print preview, print it.

What is printed is the PDF the services write (to a temporary folder), page by page: one
truth for the file and the paper.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPaintEngine
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.ui.shell import pdf_pages
from pmo_tmo_desktop.ui.widgets.dialogs import Messages

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

    from pmo_tmo_desktop.services.files import Workspace


class _Workshops(Protocol):
    def current_id(self) -> int | None: ...


class _RoundChoice(Protocol):
    @property
    def chosen_round(self) -> Callable[[], int | None]: ...


class PrintHost(Protocol):
    """What printing asks of the main window: the open workspace, the workshop and round
    chosen, and which area is shown."""

    @property
    def workspace(self) -> Workspace | None: ...

    @property
    def workshops_area(self) -> _Workshops: ...

    @property
    def workshop_menu(self) -> _RoundChoice: ...

    @property
    def nav(self) -> QListWidget: ...


MINUTES, PREREAD, HANDBOOK = "minutes", "preread", "handbook"
DOCUMENTS = (MINUTES, PREREAD, HANDBOOK)
WORKSHOPS_AREA = 4
"""The Workshops area's place in the navigation: there a workshop's papers come first."""


def names() -> dict[str, str]:
    return {
        MINUTES: QCoreApplication.translate(
            "Printing", "&Minutes of the workshop (the round the Results page shows)"
        ),
        PREREAD: QCoreApplication.translate("Printing", "&Pre-read with the agenda"),
        HANDBOOK: QCoreApplication.translate(
            "Printing", "Role &handbook (each role's RACI letters, office by office)"
        ),
    }


@dataclass(frozen=True)
class Offer:
    """What may be printed now: each document with None (offered) or why it is not."""

    reasons: dict[str, str | None]
    first: str | None
    """The document chosen at first (the one that fits the area shown), if any."""

    def offered(self) -> list[str]:
        return [key for key in DOCUMENTS if self.reasons[key] is None]


class PrintChooser(QDialog):
    """Which document to print; those not available now are shown greyed with the reason."""

    def __init__(self, offer: Offer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Print this document:")))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key, text in names().items():
            button = QRadioButton(text)
            reason = offer.reasons[key]
            button.setEnabled(reason is None)
            button.setChecked(key == offer.first)
            self.group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
            if reason is not None:
                why = QLabel(reason)
                why.setWordWrap(True)
                why.setEnabled(False)
                why.setContentsMargins(24, 0, 0, 6)
                button.setToolTip(reason)
                layout.addWidget(why)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Preview…"))
        self.ok.setEnabled(offer.first is not None)
        self.group.buttonToggled.connect(lambda *_: self.ok.setEnabled(bool(self.chosen())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        return next((k for k, b in self.buttons.items() if b.isChecked() and b.isEnabled()), None)

    @classmethod
    def ask(cls, parent: QWidget, offer: Offer) -> str | None:
        """The document chosen, or None when cancelled."""
        dialog = cls(offer, parent)
        try:
            return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class Preview:
    """The print preview of a PDF, in one place so tests can drive it."""

    @classmethod
    def make(cls, parent: QWidget, pdf: Path, title: str) -> QPrintPreviewDialog:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        sizes = pdf_pages.page_sizes(pdf)
        if sizes:
            printer.setPageLayout(pdf_pages.layout_for(*sizes[0]))
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(
            QCoreApplication.translate("Printing", "Print preview — {title}").format(title=title)
        )
        dialog.printer_ = printer  # type: ignore[attr-defined]  # lives as long as the dialog
        dialog.paintRequested.connect(
            lambda target: pdf_pages.paint(target, pdf, _previewing(target))
        )
        return dialog

    @classmethod
    def run(cls, dialog: QPrintPreviewDialog) -> None:
        """Show the preview; its Print button prints to the system's printer."""
        dialog.exec()


def _previewing(printer: QPrinter) -> bool:
    """True while the preview records the pages (not when they go to paper or a file)."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


class Printing(QObject):
    """The File menu's Print… command of `parent` (the main window, which is also the
    `host` that says what is open and chosen)."""

    def __init__(self, parent: QWidget, host: PrintHost) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.window = host
        self.action = QAction(QCoreApplication.translate("Printing", "Print &Document…"), parent)
        bound = QKeySequence.keyBindings(QKeySequence.StandardKey.Print)
        self.action.setShortcuts(bound or [QKeySequence("Ctrl+P")])
        self.action.triggered.connect(self._triggered)
        self.action.changed.connect(self._explain)
        self._explain()

    def _triggered(self, _checked: bool = False) -> None:
        self.print_document()

    def _explain(self) -> None:
        """The status tip says why Print is unavailable, or what it offers."""
        tip = (
            QCoreApplication.translate(
                "Printing", "Print the minutes, the pre-read or the role handbook, with a preview"
            )
            if self.action.isEnabled()
            else QCoreApplication.translate("Printing", "Open a workspace to print its documents")
        )
        if self.action.statusTip() != tip:
            self.action.setStatusTip(tip)

    def offer(self) -> Offer:
        window = self.window
        ws = window.workspace
        reasons: dict[str, str | None] = dict.fromkeys(DOCUMENTS)
        if ws is None:
            closed = QCoreApplication.translate("Printing", "Open a workspace first.")
            return Offer(dict.fromkeys(DOCUMENTS, closed), None)
        workshop = window.workshops_area.current_id()
        if workshop is None:
            none = QCoreApplication.translate(
                "Printing", "Choose a workshop in the Workshops area first."
            )
            reasons[MINUTES] = reasons[PREREAD] = none
        else:
            reasons[MINUTES] = self._minutes_refused(workshop)
        in_workshops = window.nav.currentRow() == WORKSHOPS_AREA
        order = (MINUTES, PREREAD, HANDBOOK) if in_workshops else (HANDBOOK, MINUTES, PREREAD)
        first = next((k for k in order if reasons[k] is None), None)
        return Offer(reasons, first)

    def _minutes_refused(self, workshop: int) -> str | None:
        """Why the minutes cannot be printed now (a blind round still open…), or None."""
        from pmo_tmo_desktop.services import results

        ws = self.window.workspace
        assert ws is not None
        try:
            results.revealed_or_refuse(
                results.load(ws, workshop, self.window.workshop_menu.chosen_round())
            )
        except UserError as error:
            return str(error)
        return None

    def _writer(self, key: str) -> tuple[Callable[[Path], None], str]:
        from pmo_tmo_desktop.services import pack, queries, reports

        window = self.window
        ws = window.workspace
        assert ws is not None
        workshop = window.workshops_area.current_id()
        if key == HANDBOOK:
            return (lambda path: pack.write_handbook(ws, path)), QCoreApplication.translate(
                "Printing", "Role handbook"
            )
        assert workshop is not None
        title = queries.workshop(ws, workshop).workshop.title
        if key == PREREAD:
            named = QCoreApplication.translate("Printing", "Pre-read — {title}").format(title=title)
            return (lambda path: pack.write_preread(ws, workshop, path)), named
        chosen = window.workshop_menu.chosen_round()
        named = QCoreApplication.translate("Printing", "Minutes — {title}").format(title=title)
        return (lambda path: reports.write_minutes(ws, workshop, path, chosen)), named

    def print_document(self) -> None:
        """Ask what to print, write it as the PDF would be written, preview it, print it."""
        if self.window.workspace is None:
            return
        key = PrintChooser.ask(self.parent_widget, self.offer())
        if key is None:
            return
        with tempfile.TemporaryDirectory(prefix="pmo-tmo-print-") as folder:
            pdf = Path(folder) / f"{key}.pdf"
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                write, title = self._writer(key)
                write(pdf)
            except (UserError, OSError) as error:
                QGuiApplication.restoreOverrideCursor()
                Messages.warn(
                    self.parent_widget,
                    QCoreApplication.translate("Printing", "Print"),
                    str(error),
                )
                return
            QGuiApplication.restoreOverrideCursor()
            dialog = Preview.make(self.parent_widget, pdf, title)
            try:
                Preview.run(dialog)
            finally:
                dialog.deleteLater()
