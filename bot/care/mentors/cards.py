"""What mentors read about a case, as pure functions of the case and the flow library.

The card (title, status, reason, who, the shared answers, files, how to take it), the update a
second escalation adds to the thread, the `!cases` list and the `!case` details, the edit that
refreshes a card, the @room mention of urgent messages, and a file's message with a name that
says nothing about the person. Everything is in the mentors' language (the default one); the
person's words and Matrix ids are escaped in the HTML, never read as Markdown.
"""

from __future__ import annotations

import html
import mimetypes
from collections.abc import Sequence
from typing import Any

from bot.care.render import Rendered, Renderer, markdown_to_html, strip_bold
from bot.engine.effects import Escalate, SummaryItem
from bot.engine.library import FlowLibrary
from bot.engine.model import AttachmentQuestion, ChoiceQuestion
from bot.store.cases import Case, Note, SummaryLine


class MentorTexts:
    """Mentor-facing words, in the mentors' language, from one version of the flow library."""

    def __init__(self, library: FlowLibrary, lang: str) -> None:
        self.library = library
        self.lang = lang
        self.render = Renderer(library.catalog)

    def m(self, msgid: str, **args: Any) -> Rendered:
        """A message as plain text and HTML."""
        return self.render.text(self.lang, msgid, args)

    def text(self, msgid: str, **args: Any) -> str:
        """A message as plain text only (for values inside other messages)."""
        return strip_bold(self.library.catalog.render(self.lang, msgid, args))

    def urgency(self, urgency: str) -> str:
        return self.text(f"mentor-urgency-{urgency}")

    def flow_title(self, flow_id: str | None) -> str:
        flow = self.library.flow(flow_id) if flow_id else None
        if flow is None:
            return self.text("mentor-flow-unknown")
        return self.text(flow.title)

    def age(self, seconds: float) -> str:
        """How long ago, roughly: in minutes, then hours, then days."""
        minutes = max(int(seconds // 60), 0)
        if minutes < 60:
            return self.text("mentor-age-minutes", count=minutes)
        if minutes < 48 * 60:
            return self.text("mentor-age-hours", count=minutes // 60)
        return self.text("mentor-age-days", count=minutes // (24 * 60))

    def status_word(self, case: Case) -> str:
        """The status as one word (with the mentor), for the `!cases` list."""
        if case.status == "claimed":
            return self.text("mentor-status-claimed", mentor=case.claimed_by or "?")
        return self.text(f"mentor-status-{case.status}")


# --- the shared answers ----------------------------------------------------------------------------
def summary_lines(texts: MentorTexts, effect: Escalate) -> list[SummaryLine]:
    """The shared answers as mentors read them: question text and answer, in their language."""
    catalog = texts.library.catalog
    out: list[SummaryLine] = []
    for item in effect.summary:
        question = _question(texts.library, effect.flow, item)
        q_text = catalog.render(texts.lang, item.question_msgid) if item.question_msgid else item.var
        if item.value is None:
            out.append(SummaryLine(q_text, texts.text("mentor-answer-skipped")))
        elif isinstance(question, AttachmentQuestion) and isinstance(item.value, str):
            out.append(SummaryLine(q_text, texts.text("mentor-answer-file"), item.value))
        else:
            out.append(SummaryLine(q_text, _answer_text(texts, question, item)))
    return out


def _question(library: FlowLibrary, flow_id: str, item: SummaryItem) -> object | None:
    """The step that asked for this answer (in its flow, else in any flow)."""
    for flow in (library.flow(flow_id), *library.flows.values()):
        if flow is None:
            continue
        for step in flow.steps.values():
            if getattr(step, "save", None) == item.var and getattr(step, "text", None) == item.question_msgid:
                return step
    return None


def _answer_text(texts: MentorTexts, question: object | None, item: SummaryItem) -> str:
    catalog = texts.library.catalog
    value = item.value
    if isinstance(value, bool):
        return catalog.option_label(texts.lang, "option-yes" if value else "option-no")
    if isinstance(question, ChoiceQuestion):
        labels = {o.id: o.label_msgid for o in question.options}
        ids = value if isinstance(value, tuple) else (str(value),)
        return ", ".join(catalog.option_label(texts.lang, labels[i]) if i in labels else i for i in ids)
    if isinstance(value, tuple):
        return ", ".join(value)
    return str(value)


def summary_block(texts: MentorTexts, lines: Sequence[SummaryLine], consent: str) -> Rendered:
    """The shared answers under their heading, a line saying nothing was shared, or nothing."""
    if consent == "none":
        return texts.m("mentor-card-not-shared")
    if not lines:
        return Rendered("", "")
    head = texts.m("mentor-card-shared")
    plain_items = [f"- {strip_bold(line.question)}\n  {line.answer}" for line in lines]
    html_items = [
        f"<li>{_inline(markdown_to_html(line.question))}<br><b>{html.escape(line.answer).replace(chr(10), '<br>')}</b>"
        "</li>"
        for line in lines
    ]
    return Rendered(head.plain + "\n" + "\n".join(plain_items), head.html + "<ul>" + "".join(html_items) + "</ul>")


def _inline(fragment: str) -> str:
    fragment = fragment.strip()
    if fragment.startswith("<p>") and fragment.endswith("</p>") and fragment.count("<p>") == 1:
        return fragment[3:-4]
    return fragment


# --- the card ----------------------------------------------------------------------------------
def card(texts: MentorTexts, case: Case, files: int) -> Rendered:
    """The card as it should read now; `files`: how many files the case has."""
    parts = [texts.m("mentor-card-title", case=case.label, urgency=texts.urgency(case.urgency),
                     flow=texts.flow_title(case.flow)),
             status_line(texts, case)]
    if case.reason:
        parts.append(texts.m("mentor-card-reason", reason=case.reason))
    if case.anonymised:
        parts.append(texts.m("mentor-card-erased"))
    else:
        parts.append(texts.m("mentor-card-who", who=who(texts, case)))
        parts.append(summary_block(texts, case.summary, case.consent))
    if files and not case.anonymised:
        parts.append(texts.m("mentor-card-files", count=files))
    if case.is_open:
        parts.append(texts.m("mentor-card-howto", number=case.id))
    return texts.render.join([p for p in parts if p.plain])


def who(texts: MentorTexts, case: Case) -> str:
    """The person's Matrix id when they chose to share their name, else the case's pseudonym."""
    if case.consent == "full" and case.user_id:
        return case.user_id
    return texts.text("mentor-card-pseudonymous", case=case.label)


def status_line(texts: MentorTexts, case: Case) -> Rendered:
    if case.status == "claimed":
        return texts.m("mentor-card-status-claimed", mentor=case.claimed_by or "?")
    return texts.m(f"mentor-card-status-{case.status}")


def card_update(texts: MentorTexts, effect: Escalate, case: Case, lines: Sequence[SummaryLine]) -> Rendered:
    """What a new escalation by the same person adds to their open case's thread."""
    update = [texts.m("mentor-card-update", case=case.label, urgency=texts.urgency(effect.urgency),
                      flow=texts.flow_title(effect.flow))]
    if effect.reason:
        update.append(texts.m("mentor-card-reason", reason=texts.text(effect.reason)))
    update.append(summary_block(texts, lines, effect.consent))
    return texts.render.join(update)


def card_edit(new: Rendered, card_event: str) -> dict[str, Any]:
    """The edit (m.replace) that makes the card at `card_event` read `new`, notifying nobody."""
    replacement = new.content()
    replacement["m.mentions"] = {}
    return {
        "msgtype": "m.text",
        "body": "* " + new.plain,
        "format": "org.matrix.custom.html",
        "formatted_body": "* " + new.html,
        "m.new_content": replacement,
        "m.mentions": {},
        "m.relates_to": {"rel_type": "m.replace", "event_id": card_event},
    }


def mention_room(content: dict[str, Any]) -> dict[str, Any]:
    """@room, the way clients notify: the intentional-mentions flag, and the word for older ones."""
    out = dict(content)
    out["body"] = "@room " + str(content.get("body", ""))
    if "formatted_body" in content:
        out["formatted_body"] = "@room " + str(content["formatted_body"])
    out["m.mentions"] = {"room": True}
    return out


# --- listings ----------------------------------------------------------------------------------
def cases_listing(texts: MentorTexts, cases: Sequence[Case], now: float) -> Rendered:
    """`!cases`: one line per open case, or a line saying there are none."""
    if not cases:
        return texts.m("mentor-cases-none")
    head = texts.text("mentor-cases-head")
    lines = [texts.text("mentor-cases-line", case=c.label, urgency=texts.urgency(c.urgency),
                        status=texts.status_word(c), flow=texts.flow_title(c.flow),
                        age=texts.age(now - c.created_at)) for c in cases]
    return _listed(head, lines)


def case_details(texts: MentorTexts, case: Case, files: int, notes: Sequence[Note], now: float) -> Rendered:
    """`!case 42`: the card, when it was opened, the handoff, and the team's notes."""
    parts = [card(texts, case, files), texts.m("mentor-case-opened-at", age=texts.age(now - case.created_at))]
    if case.handoff:
        parts.append(texts.m(f"mentor-case-handoff-{case.handoff}"))
    if notes:
        parts.append(_listed(texts.text("mentor-case-notes"), [f"{n.author}: {n.text}" for n in notes]))
    return texts.render.join(parts)


def _listed(head: str, lines: list[str]) -> Rendered:
    plain = head + "\n" + "\n".join(f"- {line}" for line in lines)
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    return Rendered(plain, f"<p>{html.escape(head)}</p><ul>{items}</ul>")


# --- files -------------------------------------------------------------------------------------
def neutral_name(case: Case, number: int, mimetype: str) -> str:
    """A file name that says nothing about the person (their own may name them)."""
    ext = mimetypes.guess_extension(mimetype) or ""
    return f"{case.label}-file-{number}{ext}"


def file_name(case: Case, number: int, name: str, mimetype: str) -> str:
    """The person's own file name when they shared their name, else a neutral one."""
    return name if case.consent == "full" else neutral_name(case, number, mimetype)


def file_content(name: str, mimetype: str, size: int, file: dict[str, Any]) -> dict[str, Any]:
    """An m.image or m.file message of an uploaded, encrypted file."""
    return {
        "msgtype": "m.image" if mimetype.startswith("image/") else "m.file",
        "body": name,
        "filename": name,
        "info": {"mimetype": mimetype, "size": size},
        "file": file,
    }


__all__ = ["MentorTexts", "card", "card_edit", "card_update", "case_details", "cases_listing", "file_content",
           "file_name", "mention_room", "neutral_name", "status_line", "summary_block", "summary_lines", "who"]
