"""The words of the meeting pack, translated: the pre-read, the role handbook, the file names.

Every source text is a literal, for lupdate, written once: the words these documents share
with the minutes come from services.reports_texts (`report_words`), numbers too, and the
names of the methodology's parts from services.methodology_texts (`methodology_words`).
"""

from __future__ import annotations

from dataclasses import replace

from pmo_tmo_desktop.exchange.pdf_handbook_data import HandbookTexts
from pmo_tmo_desktop.exchange.pdf_preread_data import PrereadTexts
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services.methodology_texts import methodology_words
from pmo_tmo_desktop.services.reports_texts import report_words


def file_labels() -> dict[str, str]:
    """The last words of each file's name in the pack ("… - minutes.pdf"), by section."""
    return {
        "preread": translate("Pack", "pre-read", "end of a file name"),
        "minutes": translate("Pack", "minutes", "end of a file name"),
        "handbook": translate("Pack", "role handbook", "end of a file name"),
        "methodology": translate("Pack", "methodology and RACI", "end of a file name"),
        "results": translate("Pack", "results", "end of a file name"),
    }


def preread_texts() -> PrereadTexts:
    """Every word of the pre-read in the user's language."""
    w, parts = report_words(), methodology_words()
    agenda = translate("PreRead", "Agenda")
    proposals = translate("PreRead", "Proposals")
    duration = translate("PreRead", "Duration")
    return PrereadTexts(
        number=w.number,
        preread=translate("PreRead", "Pre-read"),
        subject=translate("PreRead", "Pre-read for the workshop {title}"),
        keywords=(translate("PreRead", "pre-read"), w.workshop, w.pmo, w.tmo, w.proposals),
        page=w.page,
        footer=translate("PreRead", "Pre-read · {date}"),
        generated=w.generated,
        date=w.date,
        place=w.place,
        facilitator=w.facilitator,
        organisation=w.organisation,
        participants_label=w.participants,
        anonymity_label=w.anonymity_label,
        agenda_label=agenda,
        agenda_summary=lambda k: translate("PreRead", "%n item(s), {duration}", None, k),
        proposals_label=proposals,
        proposals_summary=translate("PreRead", "{n} to assess, {cost} estimated cost in total"),
        budget=w.budget,
        about=translate("PreRead", "About this pack"),
        about_text=translate(
            "PreRead",
            "Please read this pack before the workshop. It sets out the agenda, the proposals "
            "to be assessed, the criteria you will rate them on and how the scores will be "
            "computed. It holds no ratings, no results and no decisions: those are made "
            "together in the room.",
        ),
        contents=w.contents,
        agenda=agenda,
        proposals=proposals,
        method=translate("PreRead", "Criteria and method"),
        participants=w.participants,
        number_sign=w.number_sign,
        time=translate("PreRead", "Time"),  # a time of day (French: not the minutes' "Time")
        item=translate("PreRead", "Item"),
        duration=duration,
        minutes_short=w.minutes_short,
        hours=translate("PreRead", "{h} h {m} min"),
        hours_only=translate("PreRead", "{h} h"),
        presenter=w.presenter,
        agenda_total=w.total,
        times_relative=translate("PreRead", "Times are counted from the start of the workshop."),
        at_a_glance=translate("PreRead", "At a glance"),
        proposal=w.proposal,
        sponsor=w.sponsor,
        cost=translate("PreRead", "Estimated cost"),
        benefit=translate("PreRead", "Expected benefit"),
        months=duration,
        months_value=lambda n: translate("PreRead", "%n month(s)", None, n),
        months_fraction=translate("PreRead", "{n} months"),
        total=w.total,
        no_description=translate("PreRead", "No description given."),
        criteria_intro=translate(
            "PreRead",
            "Each proposal is rated on each criterion below, on the criterion's scale. The "
            "weight sets how much a criterion counts; the share is its part of the total weight.",
        ),
        criterion=w.criterion,
        weight=w.weight,
        share=w.share,
        direction=w.direction,
        scale=w.scale,
        method_intro=translate("PreRead", "How the scores will be computed:"),
        method_steps=(
            w.scale_step,
            w.participant_step,
            translate(
                "PreRead",
                "A proposal's score is 100 × the mean of its participants' scores. The PMO and "
                "TMO scores are the same mean over that office's participants; the gap between "
                "them shows where the two offices see a proposal differently.",
            ),
            translate(
                "PreRead",
                "Proposals are ranked by score, highest first. Individual ratings are never "
                "shown; every figure is an average.",
            ),
        ),
        rounds_title=translate("PreRead", "Rating rounds"),
        rounds_steps=(
            translate(
                "PreRead",
                "Rating happens in rounds. A round is blind: while it is open nobody sees "
                "anyone else's ratings, and the room sees only how many ballots are complete.",
            ),
            translate(
                "PreRead",
                "When the round closes the results are revealed, and the largest differences "
                "between the PMO and the TMO become the discussion agenda. A further round may "
                "follow; the latest closed round counts.",
            ),
            translate(
                "PreRead",
                "Rate every proposal on every criterion. Where you cannot judge one, answer "
                '"can\'t judge" rather than guess: it is not counted as zero, and your ballot '
                'is complete once every cell holds a rating or "can\'t judge".',
            ),
        ),
        name=w.name,
        job_title=w.job_title,
        office=parts.office,
        count=w.participants,
        no_office=w.no_office,
        anonymous_note=translate(
            "PreRead",
            "This workshop is anonymous: only the number of participants from each office is "
            "listed.",
        ),
        no_agenda=translate("PreRead", "No agenda items yet."),
        no_proposals=translate("PreRead", "No proposals yet."),
        no_criteria=translate("PreRead", "No criteria yet."),
        no_participants=translate("PreRead", "No participants yet."),
        directions=w.directions,
        anonymity=w.anonymity,
    )


def handbook_texts(variant: str = "RACI") -> HandbookTexts:
    """Every word of the role handbook in the user's language, its letters as `variant`
    means them (in RACI-VS, S is the signatory and V the verifier)."""
    texts = _handbook_texts()
    if variant != "RACI-VS":
        return texts
    return replace(
        texts,
        letter_headings={
            **texts.letter_headings,
            "S": translate("Handbook", "Signs off…"),
            "V": translate("Handbook", "Verifies…"),
        },
        letter_names={
            **texts.letter_names,
            "S": translate("Handbook", "Signs off"),
            "V": translate("Handbook", "Verifies"),
        },
        letter_meanings={
            **texts.letter_meanings,
            "S": translate("Handbook", "approves the finished result formally and signs it off."),
            "V": translate(
                "Handbook", "checks the result against the agreed criteria before it is signed off."
            ),
        },
    )


def _handbook_texts() -> HandbookTexts:
    w, parts = report_words(), methodology_words()
    return HandbookTexts(
        number=w.number,
        handbook=translate("Handbook", "Role handbook"),
        title=translate("Handbook", "Role handbook: {methodology}"),
        subtitle=translate("Handbook", "Who does what in the common PMO–TMO methodology"),
        subject=translate("Handbook", "Roles and responsibilities in {methodology}"),
        keywords=(
            translate("Handbook", "roles"),
            parts.raci,
            translate("Handbook", "methodology"),
            w.pmo,
            w.tmo,
        ),
        page=w.page,
        footer=translate("Handbook", "Role handbook · {date}"),
        # its own: "handbook" takes another grammatical gender than "minutes" in Spanish
        generated=translate("Handbook", "Prepared with PMO–TMO Desktop on {date}."),
        organisation=w.organisation,
        methodology=parts.methodology,
        variant=translate("Handbook", "RACI variant"),
        roles_label=parts.roles,
        roles_summary=lambda k: translate("Handbook", "{n} in %n office(s) ({by_office})", None, k),
        phases=translate("Handbook", "Phases"),
        activities=translate("Handbook", "Activities"),
        control_points=translate("Handbook", "Gates, reviews and sign-offs"),
        about=translate("Handbook", "About this handbook"),
        about_text=translate(
            "Handbook",
            "One section per role, grouped by office: what the role is for, every activity in "
            "which it holds a letter of the RACI matrix, the gates, reviews and sign-offs it "
            "approves, and the roles of the other office it works with most. Read your own "
            "role, then the roles you work with: each office can see what the other does.",
        ),
        offices_title=translate("Handbook", "The offices"),
        owns=translate("Handbook", "Owns activities"),
        letters_title=translate("Handbook", "The letters"),
        contents=w.contents,
        office_roles=lambda k: translate("Handbook", "%n role(s)", None, k),
        role=parts.role,
        approves=translate("Handbook", "Approves"),
        of_office=lambda k: translate("Handbook", "{office} · %n activities", None, k),
        no_letters=translate("Handbook", "Holds no letter in the RACI matrix."),
        phase=parts.phase,
        activity=parts.activity,
        deliverables=parts.deliverables,
        owned_by=translate("Handbook", "{kind} · {office}"),
        approvals_title=translate("Handbook", "Approves at gates, reviews and sign-offs"),
        control_point=parts.control_point,
        criteria=parts.criteria,
        approves_with=translate("Handbook", "Approves with"),
        alone=translate("Handbook", "Sole approver"),
        at_phase=translate("Handbook", "Phase: {phase}"),
        at_activity=translate("Handbook", "{phase} · {activity}"),
        partners_title=translate("Handbook", "Works most with in the other office"),
        partners_across_title=translate("Handbook", "Works most with in the PMO and the TMO"),
        partners_note=translate(
            "Handbook", "Roles holding a letter in the same activities, most shared first."
        ),
        office=parts.office,
        shared=translate("Handbook", "Shared activities"),
        no_partners=translate("Handbook", "Shares no activity with the other office."),
        letter_headings={
            "A": translate("Handbook", "Accountable for…"),
            "R": translate("Handbook", "Responsible for…"),
            "C": translate("Handbook", "Consulted on…"),
            "I": translate("Handbook", "Informed of…"),
            "S": translate("Handbook", "Supports…"),
            "V": translate("Handbook", "Verifies and signs…"),
        },
        letter_names={
            "A": translate("Handbook", "Accountable"),
            "R": translate("Handbook", "Responsible"),
            "C": translate("Handbook", "Consulted"),
            "I": translate("Handbook", "Informed"),
            "S": translate("Handbook", "Supports"),
            "V": translate("Handbook", "Verifies and signs"),
        },
        letter_meanings={
            "A": translate(
                "Handbook", "owns the outcome and answers for it; exactly one role per activity."
            ),
            "R": translate("Handbook", "does the work; at least one role per activity."),
            "C": translate(
                "Handbook", "is asked before the work is done or decided: a two-way exchange."
            ),
            "I": translate("Handbook", "is told of the progress or the result: one way."),
            "S": translate("Handbook", "helps the responsible roles with resources or expertise."),
            "V": translate("Handbook", "checks the result against the criteria and signs it off."),
        },
        kinds={
            "management": translate("Handbook", "Management"),
            "technical": translate("Handbook", "Technical"),
            "governance": translate("Handbook", "Governance"),
        },
        control_kinds={
            "gate": translate("Handbook", "Gate"),
            "review": translate("Handbook", "Review"),
            "sign-off": translate("Handbook", "Sign-off"),
        },
    )
