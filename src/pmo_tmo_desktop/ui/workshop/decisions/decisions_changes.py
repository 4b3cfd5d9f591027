"""The changes made on the Decisions & actions page: a decision, its rationale and conditions,
and the action items, each as one undoable service call through the page's context.

On a closed workshop a change asks why first and is recorded as an amendment. The texts keep
the page's translation context ("DecisionsPage").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, Qt

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import closing, entities, workshops
from pmo_tmo_desktop.services.changes import Outcome
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.ui.widgets.commit_text import CommitTextEdit
from pmo_tmo_desktop.ui.workshop.common.amend_dialog import AmendDialog
from pmo_tmo_desktop.ui.workshop.decisions.decisions_models import _ROWS, ActionsModel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView, QWidget

    from pmo_tmo_desktop.services.queries import WorkshopData
    from pmo_tmo_desktop.ui.widgets.context import Context
    from pmo_tmo_desktop.ui.workshop.decisions.decisions_models import ProposalsModel

    class _Page(QWidget):
        """The page's parts the changes work on, and its lookups (DecisionsPage)."""

        KINDS: ClassVar[tuple[m.DecisionKind | None, ...]]
        _ctx: Context
        _data: WorkshopData | None
        _pending: int | None  # an action just added, to edit once the refresh shows it
        proposal_model: ProposalsModel
        action_model: ActionsModel
        action_table: QTableView
        rationale: CommitTextEdit
        conditions: CommitTextEdit

        def current_proposal(self) -> m.Proposal | None: ...

        def current_proposal_id(self) -> int | None: ...

        def is_closed(self) -> bool: ...

        def _show_proposal(self) -> None: ...

        def _reselect(self, table: QTableView, row: int, column: int) -> None: ...

    _Base = _Page
else:
    _Base = object


class DecisionChanges(_Base):
    """What DecisionsPage does when something is decided, written or edited (a mixin: it works
    on the page's context, models, editors and tables, and its lookups)."""

    def _workspace(self) -> Workspace | None:
        ws = self._ctx.workspace
        return ws if ws is not None and not ws.read_only else None

    def _run(self, text: str, call: Callable[[Workspace], Outcome]) -> Outcome | None:
        ws = self._workspace()
        if ws is None:
            return None
        return self._ctx.run(text, lambda: call(ws))

    def _amend(
        self, text: str, what: str, call: Callable[[Workspace, str], Outcome]
    ) -> Outcome | None:
        """Ask why, then run `call(workspace, why)` (None: cancelled or refused)."""
        if self._workspace() is None:
            return None
        why = AmendDialog.ask(self, what)
        if why is None:
            return None
        return self._run(text, lambda ws: call(ws, why))

    def _kind_clicked(self, number: int) -> None:
        proposal = self.current_proposal()
        if proposal is None:
            return
        kind = self.KINDS[number]
        decision = self.proposal_model.decision(proposal.id)
        if (decision.kind if decision else None) == kind:
            return
        if self.is_closed():
            done = self._amend_kind(proposal, decision, kind)
        elif kind is None:
            text = QCoreApplication.translate(
                "DecisionsPage", "Withdraw decision on “{proposal}”"
            ).format(proposal=proposal.title)
            done = self._run(text, lambda ws: workshops.decide(ws, proposal.id, None))
        else:
            rationale = self._text(
                self.rationale, proposal.id, decision.rationale if decision else ""
            )
            conditions = self._text(
                self.conditions, proposal.id, decision.conditions if decision else ""
            )
            label = self.proposal_model.decision_label(kind)
            text = QCoreApplication.translate(
                "DecisionsPage", "Decide “{proposal}”: {decision}"
            ).format(proposal=proposal.title, decision=label)
            done = self._run(
                text,
                lambda ws: workshops.decide(ws, proposal.id, kind.value, rationale, conditions),
            )
        if done is None:
            self._show_proposal()  # refused: show the stored decision again

    def _amend_kind(
        self, proposal: m.Proposal, decision: m.Decision | None, kind: m.DecisionKind | None
    ) -> Outcome | None:
        rationale = self._text(self.rationale, proposal.id, decision.rationale if decision else "")
        conditions = self._text(
            self.conditions, proposal.id, decision.conditions if decision else ""
        )
        what = QCoreApplication.translate(
            "DecisionsPage", "Decision on “{proposal}”: {old} → {new}"
        ).format(
            proposal=proposal.title,
            old=self.proposal_model.decision_label(decision.kind if decision else None),
            new=self.proposal_model.decision_label(kind),
        )
        value = kind.value if kind is not None else None
        return self._amend(
            QCoreApplication.translate("DecisionsPage", "Amend decision on “{proposal}”").format(
                proposal=proposal.title
            ),
            what,
            lambda ws, why: closing.amend_decision(
                ws, proposal.id, value, rationale, conditions, why=why
            ),
        )

    @staticmethod
    def _text(editor: CommitTextEdit, proposal_id: int, stored: str) -> str:
        return editor.toPlainText() if editor.key() == proposal_id else stored

    def _texts_committed(self, proposal_id: object, _text: str) -> None:
        if not isinstance(proposal_id, int):
            return
        decision = self.proposal_model.decision(proposal_id)
        row = self.proposal_model.row_of(proposal_id)
        if decision is None or row < 0:
            return
        title = self.proposal_model.record(row).title
        rationale = self._text(self.rationale, proposal_id, decision.rationale)
        conditions = self._text(self.conditions, proposal_id, decision.conditions)
        new_rationale = rationale.strip() != decision.rationale.strip()
        new_conditions = conditions.strip() != decision.conditions.strip()
        if new_rationale and new_conditions:
            text = QCoreApplication.translate(
                "DecisionsPage", "Edit rationale and conditions of “{proposal}”"
            )
        elif new_rationale:
            text = QCoreApplication.translate("DecisionsPage", "Edit rationale of “{proposal}”")
        elif new_conditions:
            text = QCoreApplication.translate("DecisionsPage", "Edit conditions of “{proposal}”")
        else:
            return
        kind = decision.kind.value
        if not self.is_closed():
            self._run(
                text.format(proposal=title),
                lambda ws: workshops.decide(ws, proposal_id, kind, rationale, conditions),
            )
            return
        done = self._amend(
            text.format(proposal=title),
            text.format(proposal=title),
            lambda ws, why: closing.amend_decision(
                ws, proposal_id, kind, rationale, conditions, why=why
            ),
        )
        if done is None:  # cancelled or refused: the stored texts again
            for editor, stored in (
                (self.rationale, decision.rationale),
                (self.conditions, decision.conditions),
            ):
                if editor.key() == proposal_id:
                    editor.setPlainText(stored)

    def _edit_action(self, action_id: int, field: str, value: object) -> None:
        texts = {
            "text": QCoreApplication.translate("DecisionsPage", "Edit action text"),
            "owner": QCoreApplication.translate("DecisionsPage", "Change action owner"),
            "due": QCoreApplication.translate("DecisionsPage", "Change action due date"),
            "status": QCoreApplication.translate("DecisionsPage", "Change action status"),
            "proposal_id": QCoreApplication.translate("DecisionsPage", "Link action to a proposal"),
            "agenda_item_id": QCoreApplication.translate(
                "DecisionsPage", "Link action to an agenda item"
            ),
        }
        if not self.is_closed():
            self._run(
                texts[field],
                lambda ws: entities.edit(ws, "action_item", action_id, **{field: value}),
            )
            return
        row = self.action_model.row_of(action_id)
        name = self.action_model.record(row).text if row >= 0 else ""
        what = QCoreApplication.translate("DecisionsPage", "{change}: “{action}”").format(
            change=texts[field], action=name
        )
        done = self._amend(
            texts[field],
            what,
            lambda ws, why: closing.amend_action(ws, action_id, why, by="", **{field: value}),
        )
        if done is None and row >= 0:  # cancelled or refused: the row shows what is stored
            last = self.action_model.columnCount() - 1
            self.action_model.dataChanged.emit(
                self.action_model.index(row, 0), self.action_model.index(row, last)
            )

    def add_action_item(self) -> None:
        data = self._data
        if data is None or self.is_closed():
            return
        proposal_id = self.current_proposal_id()
        text = QCoreApplication.translate("DecisionsPage", "New action")
        done = self._run(
            QCoreApplication.translate("DecisionsPage", "Add action"),
            lambda ws: entities.create(
                ws, "action_item", workshop_id=data.workshop.id, text=text, proposal_id=proposal_id
            ),
        )
        if done is not None:
            self._start_editing(done.new_id)

    def delete_action_item(self) -> None:
        row = self.action_table.currentIndex().row()
        if row < 0 or self.is_closed():
            return
        action = self.action_model.record(row)
        column = self.action_table.currentIndex().column()
        done = self._run(
            QCoreApplication.translate("DecisionsPage", "Delete action “{action}”").format(
                action=action.text
            ),
            lambda ws: entities.remove(ws, "action_item", action.id),
        )
        if done is not None and self.action_model.rowCount():
            self._reselect(self.action_table, min(row, self.action_model.rowCount() - 1), column)
            self.action_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _start_editing(self, action_id: int) -> None:
        row = self.action_model.row_of(action_id)
        if row < 0:
            self._pending = action_id  # the refresh has not arrived yet
            return
        self._pending = None
        index = self.action_model.index(row, ActionsModel.TEXT)
        self.action_table.selectionModel().setCurrentIndex(index, _ROWS)
        self.action_table.scrollTo(index)
        self.action_table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.action_table.edit(index)
