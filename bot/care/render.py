"""Turn engine effects into Matrix message contents: Markdown → HTML with a plain-text body.

Admin-written texts (the locales) may use Markdown and HTML; values that came from people
(answers echoed back) are escaped for the HTML version, so nobody can inject markup.

In right-to-left languages every line of the plain body starts with a right-to-left mark
(U+200F): notifications and clients without HTML decide each line's direction by its first
strong letter, and a line that starts with a Latin name ("**Find A Helpline** …") or a number
would otherwise turn left to right.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import markdown

from bot.engine.catalog import Catalog
from bot.engine.effects import Ask

RLM = "\u200f"
BULLET = "•"
KEYCAPS = ("1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟")
YES, NO = "✅", "❌"


@dataclass(frozen=True)
class Rendered:
    plain: str
    html: str

    def content(self, msgtype: str = "m.text") -> dict[str, Any]:
        return {"msgtype": msgtype, "body": self.plain, "format": "org.matrix.custom.html", "formatted_body": self.html}


def _escape_args(args: Mapping[str, Any] | None) -> dict[str, Any]:
    return {k: html.escape(v) if isinstance(v, str) else v for k, v in (args or {}).items()}


_MD = markdown.Markdown(extensions=["sane_lists", "nl2br"], output_format="html")


def markdown_to_html(text: str) -> str:
    # One converter for the process (extensions load once); reset clears per-document state.
    return _MD.reset().convert(text)


def strip_bold(text: str) -> str:
    """The plain body of a locale text: only the `**bold**` markers go (clients without HTML show the body as
    is, and there they are noise). Nothing else is touched: the texts carry Matrix ids, case labels and
    people's own words, where `_`, `*`, `[` and backticks are meant literally."""
    return text.replace("**", "")


def rtl_lines(plain: str) -> str:
    """Every non-empty line starting with a right-to-left mark (once, however often applied)."""
    return "\n".join(f"{RLM}{line}" if line and not line.startswith(RLM) else line for line in plain.split("\n"))


class Renderer:
    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def _finish(self, lang: str, plain: str, rich: str) -> Rendered:
        return Rendered(rtl_lines(plain) if self.catalog.is_rtl(lang) else plain, rich)

    def text(self, lang: str, msgid: str, args: Mapping[str, Any] | None = None) -> Rendered:
        plain_src = self.catalog.render(lang, msgid, args)
        html_src = self.catalog.render(lang, msgid, _escape_args(args)) if args else plain_src
        return self._finish(lang, strip_bold(plain_src), markdown_to_html(html_src))

    def join(self, parts: list[Rendered]) -> Rendered:
        return Rendered("\n\n".join(p.plain for p in parts), "".join(p.html for p in parts))

    def with_items(self, lang: str, base: Rendered, items: tuple[str, ...], args: Mapping[str, Any]) -> Rendered:
        """The text with its items as a bulleted list: never numbered, so that a numbered question
        right after it ("1. Yes 2. No") reads as the only thing to answer."""
        if not items:
            return base
        lines = [self.catalog.render(lang, item, args) for item in items]
        plain = base.plain + "\n" + "\n".join(f"{BULLET} {strip_bold(line)}" for line in lines)
        html_items = "".join(f"<li>{markdown_to_html(line).removeprefix('<p>').removesuffix('</p>')}</li>"
                             for line in lines)
        return self._finish(lang, plain, base.html + f"<ul>{html_items}</ul>")

    def ask(self, lang: str, ask: Ask) -> Rendered:
        question = self.text(lang, ask.msgid, ask.args)
        plain, rich = question.plain, question.html
        if ask.options:
            labels = [self.catalog.option_label(lang, o.label_msgid) for o in ask.options]
            plain += "\n" + "\n".join(f"{self.catalog.number(lang, o.number)}. {label}"
                                       for o, label in zip(ask.options, labels, strict=True))
            rich += "<ol>" + "".join(f"<li>{html.escape(label)}</li>" for label in labels) + "</ol>"
        elif ask.kind == "scale" and ask.min is not None and ask.max is not None:
            low, high = self.catalog.number(lang, ask.min), self.catalog.number(lang, ask.max)
            ends = f"({low}–{high})"
            if ask.min_label and ask.max_label:
                ends = (f"({low} = {self.catalog.render(lang, ask.min_label)}, "
                        f"{high} = {self.catalog.render(lang, ask.max_label)})")
            plain += "\n" + ends
            rich += f"<p>{html.escape(ends)}</p>"
        if ask.optional:
            note = f"({self.catalog.option_label(lang, 'option-skip')})"
            plain += "\n" + note
            rich += f"<p><i>{html.escape(note)}</i></p>"
        return self._finish(lang, plain, rich)

    @staticmethod
    def reaction_keys(ask: Ask) -> list[str]:
        """The reactions the bot puts under a question, in option order (empty when off)."""
        if not ask.reactions or not ask.options:
            return []
        if ask.kind == "yesno":
            return [YES, NO]
        if len(ask.options) > len(KEYCAPS):
            return []
        return list(KEYCAPS[: len(ask.options)])


def reaction_index(key: str, kind: str) -> int | None:
    """The 1-based option a tapped reaction stands for, or None."""
    key = key.strip()
    if kind == "yesno":
        return {YES: 1, NO: 2}.get(key)
    # Some clients drop the variation selector from keycaps; accept both forms.
    for i, cap in enumerate(KEYCAPS, 1):
        if key in (cap, cap.replace("\ufe0f", "")):
            return i
    return None
