"""The Workshop menu: new, close and delete workshops; set-up workbooks and ballots in and
out, from the desktop app."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.services import closing, queries
from pmo_tmo_desktop.services.events import RoundsChanged, WorkshopListChanged, WorkshopSetupChanged
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.ui.shell import places
from pmo_tmo_desktop.ui.shell.checkout_menu import CheckoutCommands
from pmo_tmo_desktop.ui.shell.file_notice import FileNotice
from pmo_tmo_desktop.ui.shell.places import Places
from pmo_tmo_desktop.ui.shell.workshop_files import Files
from pmo_tmo_desktop.ui.widgets.change_hub import ChangeHub
from pmo_tmo_desktop.ui.widgets.context import Context
from pmo_tmo_desktop.ui.widgets.dialogs import Messages
from pmo_tmo_desktop.ui.workshop.common.workshop_feed import WorkshopFeed


class WorkshopMenu(QObject):
    """Builds the menu; its commands act on the workshop chosen (`feed`)."""

    def __init__(
        self,
        ctx: Context,
        parent: QWidget,
        feed: WorkshopFeed,
        status: Callable[[str], None],
        places: Places,
        notice: FileNotice,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._parent, self._feed, self._status = ctx, parent, feed, status
        self._current = feed.workshop_id
        self.places, self.notice = places, notice
        self.locked = False
        """True while a hot-seat ballot is open (set by the main window)."""
        self.discard_round: Callable[[], None] = lambda: None
        self.can_discard: Callable[[], bool] = lambda: False
        """The Rating page's Discard Round command and whether it is offered now (set by the
        main window)."""
        self.chosen_round: Callable[[], int | None] = lambda: None
        self.show_new: Callable[[int], None] = lambda _workshop_id: None
        """Show a workshop just made, on its Set-up tab (set by the main window)."""
        self.toggle_room: Callable[[], None] = lambda: None
        self.room_offered: Callable[[], bool] = lambda: False
        """Open Room (Close Room while it is open) and whether it is offered now (set by the
        room's control)."""
        """The round chosen on the Results page (None: the default round); the minutes and
        the results workbook follow it (set by the main window)."""
        self.menu = QMenu(QCoreApplication.translate("WorkshopMenu", "&Workshop"), parent)
        self.new_action = self._add(
            QCoreApplication.translate("WorkshopMenu", "&New Workshop…"), self.new, "Ctrl+Shift+W"
        )
        self.close_action = self._add(
            QCoreApplication.translate("WorkshopMenu", "&Close Workshop…"), self.close_workshop
        )
        self.close_action.setToolTip(
            QCoreApplication.translate(
                "WorkshopMenu", "Freeze the workshop; later corrections are recorded as amendments"
            )
        )
        self.delete_action = self._add(
            QCoreApplication.translate("WorkshopMenu", "&Delete Workshop…"), self.delete
        )
        self.menu.addSeparator()
        self.template_action = self._add(
            QCoreApplication.translate("WorkshopMenu", "Save a Blank &Set-up Workbook…"),
            self.template,
        )
        self.setup_action = self._add(
            QCoreApplication.translate("WorkshopMenu", "New Workshop &from Set-up Workbook…"),
            self.from_setup,
        )
        self.menu.addSeparator()
        self.export_action = self._add(
            QCoreApplication.translate("WorkshopMenu", "&Export Ballots…"), self.export_ballots
        )
        self.import_action = self._add(
            QCoreApplication.translate("WorkshopMenu", "&Import Filled Ballots…"),
            self.import_ballots,
        )
        self.discard_action = self._add(
            QCoreApplication.translate("WorkshopMenu", "Discard Las&t Round…"),
            lambda: self.discard_round(),
        )
        self.discard_action.setToolTip(
            QCoreApplication.translate(
                "WorkshopMenu",
                "Remove the latest round and its ratings, after a backup; recorded with the "
                "amendments",
            )
        )
        self.menu.addSeparator()
        self.room_action = self._add(
            QCoreApplication.translate("WorkshopMenu", "Open Room for P&hones…"),
            lambda: self.toggle_room(),
        )
        self.cards_action = self._add(
            QCoreApplication.translate("WorkshopMenu", "Print &QR Name Cards…"), self.name_cards
        )
        self.cards_action.setToolTip(
            QCoreApplication.translate(
                "WorkshopMenu",
                "A card for each participant: their personal link to the room as a QR code, "
                "and their personal code",
            )
        )
        self.menu.addSeparator()
        self.offline = CheckoutCommands(ctx, parent, self.menu, self._current, places)
        self.menu.addSeparator()
        self.minutes_action = self._add(
            QCoreApplication.translate("WorkshopMenu", "&Minutes (PDF)…"), self.minutes
        )
        self.pack_action = self._add(
            QCoreApplication.translate("WorkshopMenu", "Meeting &Pack…"), self.pack, "Ctrl+Shift+M"
        )
        self.results_action = self._add(
            QCoreApplication.translate("WorkshopMenu", "&Results Workbook…"), self.results_workbook
        )

    def follow(self, changes: ChangeHub) -> None:
        """What may be chosen follows the list of workshops and the chosen one's set-up and
        rounds (its shortcuts work with the menu closed)."""
        changes.subscribe(WorkshopListChanged, self._list_changed)
        self._feed.follow(
            self._workshop_shown, WorkshopSetupChanged, RoundsChanged, cleared=self.update
        )

    def _list_changed(self, _event: WorkshopListChanged) -> None:
        self.update()

    def _workshop_shown(self, _data: WorkshopData, _offices: Mapping[int, m.Office]) -> None:
        self.update()

    def _add(self, text: str, slot: Callable[[], None], key: str = "") -> QAction:
        action = self.menu.addAction(text)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _=False: slot())
        return action

    def _folder(self, kind: str) -> str:
        return self.places.folder(kind)

    def _wrote(self, kind: str, path: str | Path, text: str = "") -> None:
        """A file (or a folder of files) was written: remember where, and offer to open it."""
        self.places.remember(kind, path)
        if kind == places.FOLDER:
            self.notice.show_folder(path, text)
        else:
            self.notice.show_file(path, text)

    def update(self) -> None:
        ws = self._ctx.workspace
        writable = ws is not None and not ws.read_only
        chosen = self._current() is not None
        self.template_action.setEnabled(True)
        self.new_action.setEnabled(writable)
        self.delete_action.setEnabled(writable and chosen)
        self.close_action.setEnabled(writable and chosen and self._chosen_workshop() is not None)
        self.setup_action.setEnabled(writable)
        self.export_action.setEnabled(ws is not None and chosen)
        self.import_action.setEnabled(writable and chosen)
        self.minutes_action.setEnabled(ws is not None and chosen)
        self.results_action.setEnabled(ws is not None and chosen)
        self.pack_action.setEnabled(ws is not None and chosen)
        self.discard_action.setEnabled(writable and chosen and self.can_discard())
        self.room_action.setEnabled(self.room_offered())
        self.cards_action.setEnabled(writable and self._chosen_workshop() is not None)
        self.offline.update(writable)
        if self.locked:  # a ballot is open in the hot seat: no workshop command at all
            for action in self.menu.actions():
                action.setEnabled(False)

    def new(self) -> None:
        from pmo_tmo_desktop.ui.shell.workshop_actions import new_workshop

        made = new_workshop(self._ctx, self._parent)
        if made is not None:
            self.show_new(made)

    def _chosen_workshop(self) -> m.Workshop | None:
        """The selected workshop while it is still open to change (None: none, or closed),
        as the feed keeps it current: nothing is read for it."""
        found = self._feed.workshop() if self._ctx.workspace is not None else None
        return found if found and found.status != m.WorkshopStatus.CLOSED else None

    def close_workshop(self) -> None:
        """Close the selected workshop once the user has confirmed; undoable."""
        ws, workshop = self._ctx.workspace, self._chosen_workshop()
        data = self._feed.data
        if ws is None or ws.read_only or workshop is None or data is None:
            return
        open_round = data.open_round
        if open_round is not None:  # closed on the Rating page, which says who is missing
            Messages.warn(
                self._parent,
                QCoreApplication.translate("WorkshopMenu", "Close workshop"),
                QCoreApplication.translate(
                    "WorkshopMenu",
                    "Round {n} is still open. Close it on the Rating page first: you will see "
                    "who has not finished their ballot before it is revealed.",
                ).format(n=open_round.number),
            )
            return
        question = QCoreApplication.translate(
            "WorkshopMenu", "Close the workshop “{title}”?"
        ).format(title=workshop.title)
        consequence = QCoreApplication.translate(
            "WorkshopMenu",
            "Closing freezes ratings, decisions and actions; later corrections are recorded "
            "as amendments.",
        )
        if not Messages.confirm(
            self._parent,
            QCoreApplication.translate("WorkshopMenu", "Close workshop"),
            f"{question}\n\n{consequence}",
            QCoreApplication.translate("WorkshopMenu", "Close Workshop"),
        ):
            return
        self._ctx.run(
            QCoreApplication.translate("WorkshopMenu", "Close workshop “{title}”").format(
                title=workshop.title
            ),
            lambda: closing.close_workshop(ws, workshop.id),
        )

    def delete(self) -> None:
        from pmo_tmo_desktop.ui.shell.workshop_actions import delete_workshop

        workshop = self._current()
        if workshop is not None:
            delete_workshop(self._ctx, self._parent, workshop)

    def template(self) -> None:
        from pmo_tmo_desktop.services import workshop_files  # openpyxl on demand

        path = Files.setup_out(self._parent, self._folder(places.WORKBOOK))
        if not path:
            return
        try:
            workshop_files.write_template(path, self._ctx.workspace)
        except (UserError, OSError) as error:
            Messages.warn(
                self._parent,
                QCoreApplication.translate("WorkshopMenu", "Set-up workbook"),
                str(error),
            )
            return
        self._wrote(places.WORKBOOK, path)

    def from_setup(self) -> None:
        from pmo_tmo_desktop.services import workshop_files  # openpyxl on demand

        ws = self._ctx.workspace
        if ws is None:
            return
        from pmo_tmo_desktop.ui.shell.workshop_actions import default_dissent_threshold

        path = Files.setup_in(self._parent, self._folder(places.WORKBOOK))
        if not path:
            return
        self.places.remember(places.WORKBOOK, path)
        threshold = default_dissent_threshold(self._ctx)  # when the workbook gives none
        done = self._ctx.run(
            QCoreApplication.translate("WorkshopMenu", "New workshop from set-up workbook"),
            lambda: workshop_files.create_from_setup(ws, path, threshold),
        )
        if done is None:
            return
        self.show_new(done.new_id)
        made = queries.workshop(ws, done.new_id)
        n_people, n_criteria = len(made.participants), len(made.criteria)
        n_proposals = len(made.proposals)
        counts = ", ".join(
            (
                QCoreApplication.translate("WorkshopMenu", "%n participant(s)", "", n_people),
                QCoreApplication.translate("WorkshopMenu", "%n criteria", "", n_criteria),
                QCoreApplication.translate("WorkshopMenu", "%n proposal(s)", "", n_proposals),
            )
        )
        self._status(
            QCoreApplication.translate(
                "WorkshopMenu", "Created the workshop “{title}” from {file}: {counts}"
            ).format(title=made.workshop.title, file=Path(path).name, counts=counts)
        )

    def export_ballots(self) -> None:
        from pmo_tmo_desktop.services import workshop_files  # openpyxl on demand

        ws, workshop = self._ctx.workspace, self._current()
        if ws is None or workshop is None:
            return
        folder = Files.folder(self._parent, self._folder(places.FOLDER))
        if not folder:
            return
        try:
            written = workshop_files.export_ballots(ws, workshop, folder)
        except (UserError, OSError) as error:
            Messages.warn(
                self._parent, QCoreApplication.translate("WorkshopMenu", "Ballots"), str(error)
            )
            return
        self._wrote(
            places.FOLDER,
            folder,
            QCoreApplication.translate("WorkshopMenu", "Wrote %n ballot(s)", "", len(written)),
        )

    def import_ballots(self) -> None:
        from pmo_tmo_desktop.services import workshop_files  # openpyxl on demand

        ws, workshop = self._ctx.workspace, self._current()
        if ws is None or workshop is None:
            return
        paths = Files.ballots_in(self._parent, self._folder(places.WORKBOOK))
        if not paths:
            return
        self.places.remember(places.WORKBOOK, paths[0])
        done = self._ctx.run(  # ratings arrive: not a step Undo may take back
            QCoreApplication.translate("WorkshopMenu", "Import ballots"),
            lambda: workshop_files.import_ballots(ws, workshop, paths),
            undoable=False,
        )
        if done is None:
            return
        summary = done.value
        text = workshop_files.ballots_imported(summary)
        Messages.inform(
            self._parent, QCoreApplication.translate("WorkshopMenu", "Import ballots"), text
        )

    def _write(self, section: str, action: QAction, write: Callable[[Path], None]) -> None:
        """One document of the pack, named as the pack names it, where the user chooses."""
        from pmo_tmo_desktop.services import pack, queries

        ws, workshop = self._ctx.workspace, self._current()
        if ws is None or workshop is None:
            return
        name = pack.file_name(queries.workshop(ws, workshop).workshop, section)
        suffix = pack.SUFFIXES[section]
        kind = places.DOCUMENT if suffix == ".pdf" else places.WORKBOOK
        path = Files.save_as(self._parent, self.places.file(kind, name), suffix)
        if not path:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # seconds, at most
        try:
            write(Path(path))
        except (UserError, OSError) as error:
            failed: Exception | None = error
        else:
            failed = None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failed is not None:
            Messages.warn(self._parent, action.text().replace("&", "").rstrip("…"), str(failed))
            return
        self._wrote(kind, path)

    def minutes(self) -> None:
        from pmo_tmo_desktop.services import reports

        ws, workshop, round_number = self._ctx.workspace, self._current(), self.chosen_round()
        if ws is not None and workshop is not None:
            self._write(
                "minutes",
                self.minutes_action,
                lambda path: reports.write_minutes(ws, workshop, path, round_number),
            )

    def results_workbook(self) -> None:
        from pmo_tmo_desktop.services import results_workbook

        ws, workshop, round_number = self._ctx.workspace, self._current(), self.chosen_round()
        if ws is not None and workshop is not None:
            self._write(
                "results",
                self.results_action,
                lambda path: results_workbook.write_results_workbook(
                    ws, workshop, path, round_number
                ),
            )

    def pack(self) -> None:
        from pmo_tmo_desktop.services import pack
        from pmo_tmo_desktop.ui.shell.pack_dialog import PackDialog, PackProgress

        ws, workshop = self._ctx.workspace, self._current()
        if ws is None or workshop is None:
            return
        choice = PackDialog.ask(self._parent, self._folder(places.FOLDER))
        if choice is None:
            return
        folder, sections = choice
        if not sections:
            return
        progress = PackProgress(self._parent, len(sections))
        try:
            written = pack.write_pack(ws, workshop, folder, sections, progress, self.chosen_round())
        except (UserError, OSError) as error:
            progress.close()
            Messages.warn(
                self._parent, QCoreApplication.translate("WorkshopMenu", "Meeting pack"), str(error)
            )
            return
        progress.close()
        if len(written) < len(sections):
            self._status(
                QCoreApplication.translate(
                    "WorkshopMenu", "Cancelled after %n file(s)", "", len(written)
                )
            )
        else:
            self._wrote(
                places.FOLDER,
                folder,
                QCoreApplication.translate(
                    "WorkshopMenu", "Wrote %n file(s) to {folder}", "", len(written)
                ).format(folder=folder),
            )

    def _room_address(self, workshop_id: int) -> str:
        """Where the cards' links point: the open room of this workshop (Open Room for
        Phones), else this machine's network address on the room's usual port."""
        from pmo_tmo_desktop.room import DEFAULT_PORT
        from pmo_tmo_desktop.room.server import address_text, lan_address

        control = getattr(self._parent, "room", None)
        server = getattr(control, "server", None)
        if server is not None and getattr(control, "workshop_id", None) == workshop_id:
            return str(server.base_url)
        return "http://" + address_text(lan_address(), DEFAULT_PORT)

    def name_cards(self) -> None:
        """The name cards PDF of the selected workshop, where the user chooses."""
        from pmo_tmo_desktop.services import cards, pack

        ws, workshop = self._ctx.workspace, self._chosen_workshop()
        if ws is None or ws.read_only or workshop is None:
            return
        day = workshop.date.isoformat() if workshop.date else ""
        label = QCoreApplication.translate("WorkshopMenu", "name cards", "a file name")
        name = f"{day} {pack.safe_name(workshop.title)} - {pack.safe_name(label)}".strip()
        path = Files.save_as(self._parent, self.places.file(places.DOCUMENT, f"{name}.pdf"), ".pdf")
        if not path:
            return
        base = self._room_address(workshop.id)
        try:
            cards.write_name_cards(ws, workshop.id, path, base)
        except (UserError, OSError) as error:
            Messages.warn(
                self._parent, QCoreApplication.translate("WorkshopMenu", "Name cards"), str(error)
            )
            return
        self._wrote(
            places.DOCUMENT,
            path,
            QCoreApplication.translate(
                "WorkshopMenu", "Wrote {file}; its links point to {url}"
            ).format(file=Path(path).name, url=base),
        )
