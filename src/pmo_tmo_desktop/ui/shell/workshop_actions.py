"""Creating and deleting workshops (the Workshops list's actions), with the dialog that asks
a new workshop's title. Every change is one undoable service call through the context."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.services import entities, queries
from pmo_tmo_desktop.ui.shell import preferences
from pmo_tmo_desktop.ui.widgets.context import Context
from pmo_tmo_desktop.ui.widgets.dialogs import Messages


class NewWorkshopDialog(QDialog):
    """The title of a new workshop; the rest is set up on its page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Workshop title"))
        self.title.setPlaceholderText(self.tr("e.g. Q1 portfolio review"))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        create = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        create.setText(self.tr("Create"))
        create.setEnabled(False)
        self.title.textChanged.connect(lambda text: create.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(440, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.title.text().strip() or None if accepted else None


# -- the Workshops list's actions ----------------------------------------------------------


def default_dissent_threshold(ctx: Context) -> float:
    """The dissent threshold a new workshop starts with: the Preferences' when the context
    has settings (the main window does), else the app's default."""
    if ctx.settings is not None:
        return preferences.dissent_threshold(ctx.settings)
    return scoring.DISSENT_THRESHOLD


def new_workshop(ctx: Context, parent: QWidget | None) -> int | None:
    """Ask for a title and create a planned workshop dated today, with the dissent threshold
    Preferences give new workshops; its id, or None."""
    ws = ctx.workspace
    if ws is None or ws.read_only:
        return None
    title = NewWorkshopDialog.ask(parent)
    if not title:
        return None
    threshold = default_dissent_threshold(ctx)
    done = ctx.run(
        QCoreApplication.translate("WorkshopListActions", "New workshop “{title}”").format(
            title=title
        ),
        lambda: entities.create(
            ws,
            "workshop",
            title=title,
            date=date.today(),
            status=m.WorkshopStatus.PLANNED.value,
            dissent_threshold=threshold,
        ),
    )
    return done.new_id if done is not None else None


def delete_workshop(ctx: Context, parent: QWidget | None, workshop_id: int) -> bool:
    """Delete a workshop with all it holds, once the user has confirmed; undoable."""
    ws = ctx.workspace
    if ws is None or ws.read_only:
        return False
    data = queries.workshop(ws, workshop_id)
    title = data.workshop.title
    lines = [
        QCoreApplication.translate(
            "WorkshopListActions", "Delete the workshop “{title}” with everything in it?"
        ).format(title=title)
    ]
    if data.ratings:
        lines.append(
            QCoreApplication.translate(
                "WorkshopListActions",
                "It holds %n rating(s); they go with it.",
                "",
                len(data.ratings),
            )
        )
    else:
        lines.append(QCoreApplication.translate("WorkshopListActions", "It holds no ratings yet."))
    lines.append(QCoreApplication.translate("WorkshopListActions", "Undo brings it all back."))
    if not Messages.confirm(
        parent,
        QCoreApplication.translate("WorkshopListActions", "Delete workshop"),
        "\n\n".join(lines),
        QCoreApplication.translate("WorkshopListActions", "Delete Workshop"),
    ):
        return False
    done = ctx.run(
        QCoreApplication.translate("WorkshopListActions", "Delete workshop “{title}”").format(
            title=title
        ),
        lambda: entities.remove(ws, "workshop", workshop_id),
    )
    return done is not None
