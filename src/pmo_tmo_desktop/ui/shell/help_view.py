"""Help → Getting Started: a short guide to the app, its keys, a workshop and the scores.

Each section is one translatable text of plain HTML, so a translator sees a whole paragraph
at a time. The guide is a non-modal window: the facilitator can keep it open while working.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

_STYLE = """
h1 { font-size: x-large; margin-bottom: 4px; }
h2 { font-size: large; margin-top: 18px; margin-bottom: 6px; }
p, li { line-height: 130%; }
td { padding: 3px 10px 3px 0; vertical-align: top; }
td.keys { font-weight: bold; white-space: nowrap; }
th { text-align: left; padding: 8px 10px 3px 0; }
"""


def _plain(text: str) -> str:
    """A menu text without its mnemonic marks ("&&" stays a literal "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class GettingStartedDialog(QDialog):
    """The guide, in a browser whose contents links jump to each section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStarted")
        self.setWindowTitle(self.tr("Getting Started"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("gettingStartedText")
        self.browser.setAccessibleName(self.tr("Getting started guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDefaultStyleSheet(_STYLE)
        self.browser.document().setDocumentMargin(14)
        self.browser.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(760, 680)

    def sections(self) -> list[tuple[str, str, str]]:
        """(anchor, heading, body) of every section, in reading order."""
        return [
            ("purpose", self.tr("What the app is for"), self._purpose()),
            ("areas", self.tr("The five areas"), self._areas()),
            ("keys", self.tr("Keyboard essentials"), self._keys()),
            ("workshop", self.tr("How a workshop runs"), self._workshop()),
            ("room", self.tr("Rating from phones: the room"), self._room()),
            ("scores", self.tr("How the scores are computed"), self._scores()),
            ("data", self.tr("Where your data lives"), self._data()),
        ]

    def html(self) -> str:
        sections = self.sections()
        contents = "".join(f'<li><a href="#{a}">{title}</a></li>' for a, title, _ in sections)
        body = "".join(f'<h2><a name="{a}"></a>{title}</h2>{text}' for a, title, text in sections)
        heading = self.tr("Getting started")
        return f"<h1>{heading}</h1><ul>{contents}</ul>{body}"

    def _purpose(self) -> str:
        return self.tr(
            "<p>Most organisations have a <b>Project Management Office (PMO)</b> that owns the "
            "delivery method. The technical side — architects, technical managers, consultants, "
            "design and configuration specialists — deserves the same: a <b>Technical "
            "Management Office (TMO)</b>, beside the PMO or inside it.</p>"
            "<p>PMO–TMO Desktop helps the two offices agree on <b>one common methodology</b> "
            "that covers the management <i>and</i> the technical work, with the roles, "
            "deliverables, gates and sign-offs of both, so that each office knows the other's "
            "duties. With it both offices also <b>assess project proposals together</b> in "
            "workshops: they rate, see where they disagree, decide and record the actions.</p>"
            "<p>It works offline, on your laptop. Nothing is ever sent anywhere.</p>"
        )

    def _areas(self) -> str:
        return self.tr(
            "<p>Once a workspace is open, the list on the left leads to five areas:</p>"
            "<table>"
            "<tr><td class='keys'>Methodology</td><td>Phases, their activities (management, "
            "technical or governance work, owned by an office), deliverables and the gates, "
            "reviews and sign-offs that control them — with a form for every property.</td></tr>"
            "<tr><td class='keys'>RACI matrix</td><td>Who is Responsible, Accountable, "
            "Consulted or Informed for each activity. The findings below the grid are checked "
            "again with every edit: a missing or double Accountable, overloaded or idle roles, "
            "technical work without a TMO owner, gates only one office signs.</td></tr>"
            "<tr><td class='keys'>Roles &amp; offices</td><td>The offices (PMO, TMO, "
            "Business, Vendor, …) with their colours, and the roles that belong to them.</td></tr>"
            "<tr><td class='keys'>Alignment</td><td>Per phase, the activities where PMO and "
            "TMO work together, alone or not at all, and the load each role carries.</td></tr>"
            "<tr><td class='keys'>Workshops</td><td>The joint workshops: set-up, agenda, "
            "rating, results with the PMO-vs-TMO gap view, and decisions and actions.</td></tr>"
            "</table>"
        )

    def _keys(self) -> str:
        essentials = self.tr(
            "<p>Everything done in the room can be done from the keyboard.</p>"
            "<table>"
            "<tr><th colspan='2'>Everywhere</th></tr>"
            "<tr><td class='keys'>Ctrl+1 … Ctrl+5</td><td>Go to an area: Methodology, RACI "
            "matrix, Roles &amp; offices, Alignment, Workshops</td></tr>"
            "<tr><td class='keys'>Ctrl+Z</td><td>Undo the last change (Edit → Redo brings it "
            "back)</td></tr>"
            "<tr><td class='keys'>Ctrl+Shift+P</td><td>Presenter view for the projector</td></tr>"
            "<tr><td class='keys'>F1</td><td>This guide</td></tr>"
            "<tr><th colspan='2'>Methodology tree and lists</th></tr>"
            "<tr><td class='keys'>Ins</td><td>New activity (Ctrl+Ins a deliverable, Shift+Ins "
            "a gate or review, Ctrl+Shift+N a phase)</td></tr>"
            "<tr><td class='keys'>Del</td><td>Delete, with everything below it</td></tr>"
            "<tr><td class='keys'>F2</td><td>Rename in place</td></tr>"
            "<tr><td class='keys'>Ctrl+Up / Ctrl+Down</td><td>Move up or down</td></tr>"
            "<tr><th colspan='2'>RACI grid</th></tr>"
            "<tr><td class='keys'>R, A, C, I (S, V)</td><td>Toggle that letter in every "
            "selected cell</td></tr>"
            "<tr><td class='keys'>Del</td><td>Clear the selected cells</td></tr>"
            "<tr><td class='keys'>Ctrl+C / Ctrl+V</td><td>Copy and paste cells with Excel or "
            "LibreOffice</td></tr>"
            "<tr><th colspan='2'>Hot-seat ballot</th></tr>"
            "<tr><td class='keys'>Digits</td><td>Type the rating in the cell</td></tr>"
            "<tr><td class='keys'>Enter / Tab</td><td>Store it and move to the next cell</td></tr>"
            "<tr><td class='keys'>Ctrl+Enter</td><td>Done: hide the ballot for the next "
            "participant</td></tr>"
            "<tr><th colspan='2'>Agenda</th></tr>"
            "<tr><td class='keys'>F5</td><td>Start or pause the timer</td></tr>"
            "<tr><td class='keys'>Ctrl+Right / Ctrl+Left</td><td>Next or previous item</td></tr>"
            "</table>"
        )
        return essentials + self._more_keys(essentials)

    def _more_keys(self, essentials: str) -> str:
        """The keys the text above leaves out: selecting a RACI column or row, and every menu
        command with a key that `essentials` does not name, read from the window's own menus
        (so it never falls behind)."""
        raci = self.tr(
            "Select the current role's column (Ctrl+Space) or activity's row (Shift+Space)"
        )
        keys = self.tr("Ctrl+Space / Shift+Space")
        rows = [f"<tr><td class='keys'>{escape(keys)}</td><td>{escape(raci)}</td></tr>"]
        window = self.parentWidget()
        bar = window.menuBar() if isinstance(window, QMainWindow) else None
        for top in bar.actions() if bar is not None else []:
            menu = top.menu()
            if not isinstance(menu, QMenu):
                continue
            for action in menu.actions():
                shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if shortcut and action.text() and shortcut not in essentials:
                    where = f"{_plain(top.text())} → {_plain(action.text())}"
                    rows.append(
                        f"<tr><td class='keys'>{escape(shortcut)}</td><td>{escape(where)}</td></tr>"
                    )
        title = escape(self.tr("More keys, and every menu command that has one"))
        return f"<table><tr><th colspan='2'>{title}</th></tr>{''.join(rows)}</table>"

    def _workshop(self) -> str:
        return self.tr(
            "<ol>"
            "<li><b>Set-up.</b> Add the participants, each tagged with their office; the "
            "criteria, each with a weight, a direction (a benefit, or a cost or risk where less "
            "is better) and a scale; and the proposals with their cost, benefit and duration. "
            "The Workshop menu can also build a workshop from a filled set-up workbook.</li>"
            "<li><b>Agenda and timer.</b> Plan the items with their times. In the room the "
            "timer keeps each item on time, and the minutes are written against it.</li>"
            "<li><b>Blind round.</b> Open a round on the Rating tab. Participants rate at the "
            "laptop in the hot seat, on paper (the facilitator types those in), or on Excel "
            "ballots imported from the Workshop menu. In the ballot, Enter or Tab moves on, "
            '<b>?</b> answers "can\'t judge" and Delete clears a cell. A ballot is complete '
            "when every cell holds a rating or \"can't judge\". Nobody sees anyone else's "
            "ratings; the room sees only how many ballots are complete, the Rating tab shows "
            "each participant's state (never a value).</li>"
            "<li><b>Reveal.</b> Close the round to reveal it: you are first told who is "
            "incomplete or has not started. Only now do the results appear, on the Results "
            "tab and in the presenter view (F11: full screen, Esc: back). A round opened by "
            "mistake can be discarded (Discard Round…): a backup is taken first and the "
            "discard is recorded; Undo never takes a round or a rating away.</li>"
            "<li><b>Gap view.</b> See where PMO and TMO disagree, on which proposal and which "
            "criterion. The largest gaps are the list to discuss; a second round can follow "
            "the discussion.</li>"
            "<li><b>Decide.</b> Approve, reject, defer or ask for more information, with the "
            "rationale and any conditions.</li>"
            "<li><b>Actions.</b> Record each action with its owner and due date, and send the "
            "pack out after the workshop.</li>"
            "</ol>"
        )

    def _room(self) -> str:
        return self.tr(
            "<ol>"
            "<li><b>One network.</b> Put this laptop and the phones on the same network: the "
            "room's Wi-Fi, or the laptop's own hotspot (Windows: Settings → Network &amp; "
            "internet → Mobile hotspot; macOS: System Settings → General → Sharing → Internet "
            "Sharing). No internet is needed.</li>"
            "<li><b>Open the room.</b> Workshop → Open Room for Phones, and keep the address "
            "offered: the laptop's address on that network.</li>"
            "<li><b>Allow it once.</b> The first time, Windows asks whether the app may "
            "communicate on networks (allow private networks) and macOS whether it may accept "
            "incoming connections (Allow). Without that, phones cannot reach the room.</li>"
            "<li><b>Join.</b> Participants scan the QR code shown on the Rating tab and the "
            "presenter view, or type the address, then tap their name. Name cards with a "
            "personal code are printed from the Workshop menu.</li>"
            "<li><b>Devices.</b> A second phone on a name already taken waits until you admit "
            "it on the Rating tab; release frees a name, revoke shuts a phone out.</li>"
            "<li><b>Rate.</b> Every answer is saved at once; a phone that loses the network "
            "keeps its answers and sends them when it is back. Close Room stops the room.</li>"
            "</ol>"
        )

    def _scores(self) -> str:
        return self.tr(
            "<p>The same method is used in the app, the command line and every report.</p>"
            "<ul>"
            "<li>Each rating is first put on a scale from 0 to 1: the bottom of the criterion's "
            "scale becomes 0, the top 1. Where lower is better (risk, cost, complexity) the "
            "scale is turned round.</li>"
            "<li>A participant's score for a proposal is the average of those 0–1 ratings, "
            "each weighted by its criterion's weight, over the criteria they rated. A criterion "
            "left empty is left out — it never counts as zero.</li>"
            "<li>A proposal's <b>score</b> is 100 × the average of its participants' scores. "
            "The <b>PMO score</b> and the <b>TMO score</b> are the same average over each "
            "office's participants, and the <b>gap</b> is the PMO score minus the TMO score. "
            "The same is done criterion by criterion: those are the cells of the gap view.</li>"
            "<li><b>Dissent</b> shows how far apart the room is: the spread (standard "
            "deviation) of the participants' scores divided by 50, so 0 is full agreement and "
            "1 a room split into two extremes. It is flagged at the workshop's own threshold "
            "(Set-up; new workshops take the one in Preferences, 0.3 unless changed).</li>"
            "<li>In office-tagged and anonymous workshops an office's figure is shown only when "
            "at least two of its participants gave it; otherwise it reads —.</li>"
            "<li>Proposals are <b>ranked</b> by score, and equal scores share a rank. The "
            "latest closed round holding ratings counts unless you choose another round on "
            "the Results tab; the minutes and the results workbook print that round.</li>"
            "<li>The <b>budget fit</b> is the set of proposals with the highest total score "
            "whose costs fit the budget, found exactly rather than by a rule of thumb.</li>"
            "</ul>"
        )

    def _data(self) -> str:
        return self.tr(
            "<p>A workspace is <b>one file</b>, for example <i>acme.pmotmo</i>. There is no "
            "Save: every edit and every rating is written to the file the moment it is made, "
            "so nothing is lost if the laptop crashes or its battery runs out. Edit → Undo "
            "takes a change back — but never a rating someone entered, nor a round.</p>"
            "<p>While a workspace is open it is <b>backed up</b> every few minutes into a "
            "folder beside it (<i>acme.pmotmo.backups</i>), and also before every import, "
            "upgrade and restore. <b>File → Restore Backup</b> puts a backup back, after "
            "backing up the current state first, so even a restore can be undone.</p>"
            "<p>File → Save As continues in a copy; File → Export to Excel writes the "
            "methodology, the RACI matrix and its findings to a workbook.</p>"
        )

    def show_section(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)

    @classmethod
    def show_guide(cls, parent: QWidget, anchor: str = "") -> GettingStartedDialog:
        """Show the guide (one per window, raised if already open), at `anchor` if given."""
        dialog = parent.findChild(cls)
        if dialog is None:
            dialog = cls(parent)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        if anchor:
            dialog.show_section(anchor)
        return dialog
