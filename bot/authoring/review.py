"""The review workbook: one self-contained HTML page for a native speaker reviewing a language.

Every message of every flow and of the bot's own files, English beside the translation, in the
order a person meets them; with its id, its placeholders, its file's review status and a visible
mark where the translation is missing or uses other placeholders than English. The page needs no
JavaScript, no font or file from elsewhere, and reads on a phone.

`build_workbook` gathers the facts (pure, given a loaded library and a date); `render_html` turns
them into the page.
"""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from fluent.syntax import ast as ftl
from fluent.syntax.serializer import serialize_pattern

from bot.engine.analysis import step_messages, step_targets
from bot.engine.catalog import Catalog, FtlFile, MessageInfo
from bot.engine.library import FlowLibrary
from bot.engine.model import AnyStep, CallStep, Flow, FollowupStep, GotoFlowStep

# The flows the bot starts by itself (a new person, the `menu` keyword): the walk begins there.
ENTRY_FLOWS: tuple[str, ...] = ("onboarding", "menu")
# The bot's own files, after the flows, in this order; any other file follows by name.
HOST_FILES: tuple[str, ...] = ("common", "bot", "mentors", "crisis")
HOST_TITLES = {
    "common": ("Shared by all conversations", "Answers, hints, keywords and notes that every conversation uses."),
    "bot": ("The bot itself", "What the bot says outside the conversations: help, reminders, privacy."),
    "mentors": (
        "Mentors",
        "The mentor room sees its texts in the bot's default language (the `default_language` setting); "
        "texts whose id starts with mentor-person- go to the person, in their own language.",
    ),
    "crisis": (
        "Crisis words and the crisis reply",
        "The phrases the bot listens for in every message (suicide, self-harm, immediate danger), the "
        "negation words, and what it answers at once. Write the phrases as people really type them, not "
        "word for word; add the common ways of saying it.",
    ),
}

# Fonts with good Arabic-script coverage that common systems have (Noto on Linux and Android,
# Tahoma and Segoe UI on Windows, Geeza Pro on Apple systems); Urdu prefers Nastaliq.
ARABIC_SCRIPT_FONTS = (
    '"Noto Naskh Arabic", "Noto Sans Arabic", Vazirmatn, Tahoma, "Segoe UI", "Geeza Pro", "DejaVu Sans", sans-serif'
)
URDU_FONTS = '"Noto Nastaliq Urdu", ' + ARABIC_SCRIPT_FONTS


class UnknownLanguage(ValueError):
    def __init__(self, lang: str, known: Iterable[str]) -> None:
        self.lang = lang
        self.known = tuple(known)
        super().__init__(f"there are no messages for `{lang}` (languages: {', '.join(self.known) or 'none'})")


# --- the facts ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Text:
    """One message as written in one language's file (Fluent source, as the translator edits it)."""

    file: FtlFile
    line: int
    value: str | None
    attributes: tuple[tuple[str, str], ...]
    variables: frozenset[str]  # $names, also through referenced messages
    references: frozenset[str]
    comment: str

    @property
    def file_name(self) -> str:
        return PurePath(self.file.path).name


@dataclass(frozen=True, slots=True)
class Mark:
    kind: str  # "missing", "placeholders", "extra", "moved"
    text: str


@dataclass(frozen=True, slots=True)
class Row:
    msgid: str
    english: Text | None
    translation: Text | None
    reviewed: bool | None  # the translation's file: `### reviewed: yes/no`, None without that line
    marks: tuple[Mark, ...]

    @property
    def missing(self) -> bool:
        return any(m.kind == "missing" for m in self.marks)


@dataclass(frozen=True, slots=True)
class Group:
    title: str  # "" for none
    rows: tuple[Row, ...]
    also: tuple[str, ...] = ()  # shown here, but kept in another file (linked)


@dataclass(frozen=True, slots=True)
class Section:
    anchor: str
    title: str
    subtitle: str
    name: str  # the file stem: locales/<lang>/<name>.ftl
    reviewed: bool | None  # of the translation's file; None: no review line or no file
    has_file: bool
    groups: tuple[Group, ...]

    @property
    def rows(self) -> Iterator[Row]:
        for group in self.groups:
            yield from group.rows


@dataclass(frozen=True)
class Workbook:
    lang: str
    language_name: str
    default_lang: str
    default_name: str
    rtl: bool
    made_on: date
    sections: tuple[Section, ...]
    unreviewed: tuple[str, ...]  # file names of the language marked `### reviewed: no`
    unmarked: tuple[str, ...]  # file names without a review line
    file_count: int

    @property
    def rows(self) -> list[Row]:
        return [row for section in self.sections for row in section.rows]

    def count(self, kind: str) -> int:
        return sum(1 for row in self.rows if any(m.kind == kind for m in row.marks))


def _source(pattern: ftl.Pattern) -> str:
    """A pattern as the translator wrote it, without the file's indentation."""
    text: str = serialize_pattern(pattern)
    if text.startswith("\n"):
        return textwrap.dedent(text[1:]).strip("\n")
    return text.removeprefix(" ")


def _texts(catalog: Catalog, lang: str) -> dict[str, Text]:
    """msgid → its first definition in this language (as the bundle sees it)."""
    infos: dict[str, tuple[FtlFile, ftl.Message, MessageInfo]] = {}
    for file in catalog.files:
        if file.lang != lang:
            continue
        by_id = {info.id: info for info in file.messages}
        for entry in file.resource.body:
            if isinstance(entry, ftl.Message) and entry.id.name in by_id:
                infos.setdefault(entry.id.name, (file, entry, by_id[entry.id.name]))

    def variables(msgid: str) -> frozenset[str]:
        found: set[str] = set()
        seen: set[str] = set()
        todo = [msgid]
        while todo:
            current = todo.pop()
            if current in seen or current not in infos:
                continue
            seen.add(current)
            found |= infos[current][2].variables
            todo.extend(infos[current][2].references)
        return frozenset(found)

    return {
        msgid: Text(
            file=file,
            line=info.line,
            value=_source(entry.value) if entry.value is not None else None,
            attributes=tuple((a.id.name, _source(a.value)) for a in entry.attributes),
            variables=variables(msgid),
            references=info.references,
            comment=(entry.comment.content or "") if entry.comment is not None else "",
        )
        for msgid, (file, entry, info) in infos.items()
    }


def _marks(english: Text | None, translation: Text | None, lang: str, default: str) -> tuple[Mark, ...]:
    if english is None:
        return (Mark("extra", f"not in the {default} files: probably an old or misspelt id"),)
    if translation is None or (translation.value is None and english.value is not None):
        return (Mark("missing", "missing: the bot shows the English text"),)
    marks: list[Mark] = []
    extra = sorted(translation.variables - english.variables)
    lacking = sorted(english.variables - translation.variables)
    ours, theirs = dict(translation.attributes), dict(english.attributes)
    if extra or lacking or set(ours) != set(theirs):
        parts = [f"uses {_names(extra, '$')}, which English does not" if extra else "",
                 f"lacks {_names(lacking, '$')}" if lacking else "",
                 f"lacks {_names(sorted(set(theirs) - set(ours)), '.')}" if set(theirs) - set(ours) else "",
                 f"has {_names(sorted(set(ours) - set(theirs)), '.')}, which English does not"
                 if set(ours) - set(theirs) else ""]  # fmt: skip
        marks.append(Mark("placeholders", "other placeholders than English: " + "; ".join(p for p in parts if p)))
    if translation.file.name != english.file.name:
        marks.append(
            Mark("moved", f"kept in {lang}/{translation.file.name}.ftl; English has it in {english.file.name}.ftl")
        )
    return tuple(marks)


def _names(names: Iterable[str], prefix: str) -> str:
    return ", ".join(f"{prefix}{name}" for name in names)


def step_order(flow: Flow) -> list[str]:
    """The steps in the order a person meets them: every step after the steps that lead to it
    (loops aside), the first branch's steps before the next branch's; unreachable steps last."""
    if flow.start not in flow.steps:
        return list(flow.steps)

    def children(step_id: str) -> Iterator[str]:
        return iter(reversed(step_targets(flow.steps[step_id])))

    seen = {flow.start}
    finished: list[str] = []
    stack: list[tuple[str, Iterator[str]]] = [(flow.start, children(flow.start))]
    while stack:
        step_id, todo = stack[-1]
        target = next((t for t in todo if t in flow.steps and t not in seen), None)
        if target is None:
            finished.append(step_id)
            stack.pop()
        else:
            seen.add(target)
            stack.append((target, children(target)))
    return finished[::-1] + [step_id for step_id in flow.steps if step_id not in seen]


def _flows_named(step: AnyStep) -> list[str]:
    return [step.flow] if isinstance(step, CallStep | GotoFlowStep | FollowupStep) else []


def flow_order(flows: Mapping[str, Flow], entries: Iterable[str] = ENTRY_FLOWS) -> list[str]:
    """Flows in the order a person meets them: from the entry flows, each flow's subflows and next
    flows in the order its steps name them (breadth first); flows nothing leads to follow by id."""
    order: list[str] = []
    for seed in [*entries, *sorted(flows)]:
        queue = [seed]
        while queue:
            flow_id = queue.pop(0)
            if flow_id in order or flow_id not in flows:
                continue
            order.append(flow_id)
            flow = flows[flow_id]
            queue.extend(name for step_id in step_order(flow) for name in _flows_named(flow.steps[step_id]))
    return order


def _step_title(step_id: str, step: AnyStep) -> str:
    kind = getattr(step, "kind", None)
    return f"Step {step_id} · {step.type}" + (f" ({kind})" if kind else "")


class _Builder:
    """Places each message once, in the section of the file it belongs to, in reading order."""

    def __init__(self, catalog: Catalog, lang: str) -> None:
        self.catalog = catalog
        self.lang = lang
        self.default = catalog.default_lang
        self.english = _texts(catalog, self.default)
        self.translated = _texts(catalog, lang)
        self.own_files = {f.name: f for f in reversed(catalog.files) if f.lang == lang}
        self.placed: set[str] = set()

    def home(self, msgid: str) -> str | None:
        """The file stem a message belongs to: English's, else the translation's."""
        text = self.english.get(msgid) or self.translated.get(msgid)
        return text.file.name if text is not None else None

    def row(self, msgid: str) -> Row:
        self.placed.add(msgid)
        english, ours = self.english.get(msgid), self.translated.get(msgid)
        source_file = ours.file if ours is not None else self.own_files.get(self.home(msgid) or "")
        reviewed = source_file.reviewed if source_file is not None else None
        return Row(msgid, english, ours, reviewed, _marks(english, ours, self.lang, self.default))

    def leftovers(self, name: str) -> tuple[Row, ...]:
        ids = [m for m, t in self.english.items() if t.file.name == name]
        ids += [m for m, t in self.translated.items() if m not in self.english and t.file.name == name]
        return tuple(self.row(m) for m in ids if m not in self.placed)

    def group(self, title: str, ids: Iterable[str], name: str) -> Group:
        """The messages shown here that live in file `name`; the others are linked."""
        rows: list[Row] = []
        also: list[str] = []
        for msgid in dict.fromkeys(m for m in ids if m):
            if self.home(msgid) == name and msgid not in self.placed:
                rows.append(self.row(msgid))
            elif all(r.msgid != msgid for r in rows):
                also.append(msgid)
        return Group(title, tuple(rows), tuple(also))

    def section(self, name: str, title: str, subtitle: str, groups: list[Group]) -> Section:
        own = self.own_files.get(name)
        return Section(
            anchor=f"file-{name}",
            title=title,
            subtitle=subtitle,
            name=name,
            reviewed=own.reviewed if own is not None else None,
            has_file=own is not None,
            groups=tuple(g for g in groups if g.rows or g.also),
        )

    def flow_section(self, flow: Flow) -> Section:
        title = self.catalog.render(self.default, flow.title)
        groups = [self.group("In the menu", [flow.title, flow.description or ""], flow.id)]
        for step_id in step_order(flow):
            step = flow.steps[step_id]
            ids = [use.msgid for use in step_messages(step_id, step)]
            groups.append(self.group(_step_title(step_id, step), ids, flow.id))
        groups.append(Group("Not used at any step", self.leftovers(flow.id)))
        return self.section(flow.id, f"Conversation “{title}”", f"The steps of flows/{flow.id}.yaml, in order.", groups)

    def file_section(self, name: str) -> Section:
        groups = [self.group(title, ids, name) for title, ids in _file_groups(self.catalog, self.default, name)]
        groups.append(Group("Only in this language" if groups else "", self.leftovers(name)))
        title, note = HOST_TITLES.get(name, (f"File {name}.ftl", ""))
        return self.section(name, title, note, groups)


def build_workbook(
    library: FlowLibrary, lang: str, made_on: date, entries: Iterable[str] = ENTRY_FLOWS
) -> Workbook:
    """Every message of the library for one language, grouped and ordered for a reviewer:
    the flows as a person meets them, then the bot's own files, then any other file."""
    catalog = library.catalog
    if lang not in catalog.languages:
        raise UnknownLanguage(lang, catalog.languages)
    builder = _Builder(catalog, lang)
    sections = [builder.flow_section(library.flows[flow_id]) for flow_id in flow_order(library.flows, entries)]
    names = {f.name for f in catalog.files if f.lang in (catalog.default_lang, lang)}
    others = sorted(names - set(library.flows) - set(HOST_FILES))
    sections += [builder.file_section(name) for name in [n for n in HOST_FILES if n in names] + others]
    files = list(builder.own_files.values())
    return Workbook(
        lang=lang,
        language_name=catalog.language_name(lang),
        default_lang=catalog.default_lang,
        default_name=catalog.language_name(catalog.default_lang),
        rtl=catalog.is_rtl(lang),
        made_on=made_on,
        sections=tuple(sections),
        unreviewed=tuple(sorted(f"{f.name}.ftl" for f in files if f.reviewed is False)),
        unmarked=tuple(sorted(f"{f.name}.ftl" for f in files if f.reviewed is None)),
        file_count=len(files),
    )


def _file_groups(catalog: Catalog, lang: str, name: str) -> list[tuple[str, list[str]]]:
    """A file's messages under its `##` headings, in file order."""
    groups: list[tuple[str, list[str]]] = [("", [])]
    for file in catalog.files:
        if file.lang != lang or file.name != name:
            continue
        for entry in file.resource.body:
            if isinstance(entry, ftl.GroupComment):
                groups.append(((entry.content or "").strip(), []))
            elif isinstance(entry, ftl.Message):
                groups[-1][1].append(entry.id.name)
    return [g for g in groups if g[1]]


# --- the page ----------------------------------------------------------------------------------

# Fluent syntax inside a message: `{ $x }`, `{ other-message }`, `{ $x ->`, `[one]`, `*[other]`, `}`.
_SYNTAX = re.compile(
    r"(\{\s*[$-]?[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)?(?:\([^(){}]*\))?\s*(?:\}|->)"
    r"|\*?\[[^\]\n{}]+\](?=\s)|\*?\[[^\]\n{}]+\]$|\})"
)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _code_line(line: str) -> str:
    out: list[str] = []
    for index, piece in enumerate(_SYNTAX.split(line)):
        if index % 2:  # Fluent syntax: kept left-to-right inside right-to-left text
            out.append(f'<bdi dir="ltr" class="ph">{_esc(piece)}</bdi>')
        elif piece:
            out.append(_esc(piece))
    return "".join(out) or " "


def _code(text: str) -> str:
    """Fluent source as HTML, one block per line (each its own bidi paragraph), syntax marked."""
    return "".join(f'<span class="ln">{_code_line(line)}</span>' for line in text.split("\n"))


def _lang_attrs(lang: str, rtl: bool) -> str:
    return f'lang="{_esc(lang)}" dir="{"rtl" if rtl else "ltr"}"'


def _badge(reviewed: bool | None) -> str:
    if reviewed is True:
        return '<span class="badge ok">reviewed</span>'
    if reviewed is False:
        return '<span class="badge todo">not reviewed</span>'
    return '<span class="badge todo">no review line</span>'


def _text_cell(text: Text | None, label: str, attrs: str, css: str, marks: tuple[Mark, ...]) -> str:
    parts = [f'<td {attrs} class="{css}"><span class="label">{label}</span>']
    for mark in marks:
        parts.append(f'<p class="mark {mark.kind}" dir="ltr" lang="en">{_esc(mark.text)}</p>')
    if text is None and not any(m.kind == "missing" for m in marks):
        parts.append('<p class="none">—</p>')
    if text is not None:
        if text.value is not None:
            parts.append(f'<p class="src">{_code(text.value)}</p>')
        for name, value in text.attributes:
            parts.append(f'<p class="attr"><bdi dir="ltr" class="ph">.{_esc(name)} =</bdi> {_code(value)}</p>')
        if text.comment:
            parts.append(f'<p class="note" dir="ltr" lang="en">Note: {_esc(text.comment)}</p>')
    parts.append("</td>")
    return "".join(parts)


def _row_html(row: Row, book: Workbook) -> str:
    english = row.english
    shown = english or row.translation
    placeholders = sorted(shown.variables) if shown else []
    chips = [f'<code class="chip">{{ ${_esc(v)} }}</code>' for v in placeholders]
    if english is not None:
        chips += [f'<code class="chip">{{ {_esc(r)} }}</code>' for r in sorted(english.references)]
        chips += [f'<code class="chip">.{_esc(name)}</code>' for name, _ in english.attributes]
    where = row.translation.file_name if row.translation else ""
    id_cell = (
        f'<td class="id"><a class="msgid" href="#m-{_esc(row.msgid)}">{_esc(row.msgid)}</a>'
        + (f'<span class="chips">{"".join(chips)}</span>' if chips else "")
        + f'<span class="meta">{_badge(row.reviewed)}'
        + (f" {_esc(where)}:{row.translation.line}" if row.translation else "")
        + "</span></td>"
    )
    css = "attention" if row.marks else ""
    en_cell = _text_cell(english, _esc(book.default_name), _lang_attrs(book.default_lang, False), "en", ())
    tr_css = "tr rtl" if book.rtl else "tr"
    tr_cell = _text_cell(row.translation, _esc(book.language_name), _lang_attrs(book.lang, book.rtl), tr_css,
                         row.marks)  # fmt: skip
    return f'<tr id="m-{_esc(row.msgid)}" class="{css}">{id_cell}{en_cell}{tr_cell}</tr>'


def _section_html(section: Section, book: Workbook) -> str:
    status = _badge(section.reviewed) if section.has_file else '<span class="badge todo">no file yet</span>'
    head = (
        f'<section id="{_esc(section.anchor)}"><h2>{_esc(section.title)}</h2>'
        f'<p class="where">locales/{_esc(book.lang)}/{_esc(section.name)}.ftl {status}</p>'
        + (f'<p class="where">{_esc(section.subtitle)}</p>' if section.subtitle else "")
    )
    table_head = (
        '<table><colgroup><col class="c-id"><col class="c-text"><col class="c-text"></colgroup>'
        f'<thead><tr><th scope="col">Message</th><th scope="col" {_lang_attrs(book.default_lang, False)}>'
        f'{_esc(book.default_name)}</th><th scope="col" {_lang_attrs(book.lang, book.rtl)} class="tr">'
        f"{_esc(book.language_name)}</th></tr></thead>"
    )
    body: list[str] = []
    for group in section.groups:
        if group.title or group.also:
            also = ", ".join(f'<a href="#m-{_esc(m)}">{_esc(m)}</a>' for m in group.also)
            body.append(
                f'<tbody><tr class="group"><th colspan="3" scope="rowgroup">{_esc(group.title)}'
                + (f' <span class="also">also shows: {also}</span>' if also else "")
                + "</th></tr>"
            )
        else:
            body.append("<tbody>")
        body.extend(_row_html(row, book) for row in group.rows)
        body.append("</tbody>")
    return head + table_head + "".join(body) + "</table></section>"


def _counts(book: Workbook) -> str:
    counts = [
        ("messages", len(book.rows), False),
        ("missing (English is shown)", book.count("missing"), True),
        ("with other placeholders than English", book.count("placeholders"), True),
        ("not in English", book.count("extra"), True),
        (f"of {book.file_count} files not yet reviewed", len(book.unreviewed), True),
    ]
    if book.unmarked:
        counts.append((f"of {book.file_count} files without a review line", len(book.unmarked), True))
    return "".join(
        f'<li class="{"warn" if alarming and number else ""}"><strong>{number}</strong> {_esc(label)}</li>'
        for label, number, alarming in counts
    )


def _intro(book: Workbook) -> str:
    name = f"<bdi {_lang_attrs(book.lang, book.rtl)}>{_esc(book.language_name)}</bdi>"
    files = ""
    if book.unreviewed:
        files += f"<p class=\"files\">Not yet reviewed: {_esc(', '.join(book.unreviewed))}.</p>"
    if book.unmarked:
        files += f"<p class=\"files\">Without a review line: {_esc(', '.join(book.unmarked))}.</p>"
    toc = "".join(
        f'<li><a href="#{_esc(s.anchor)}">{_esc(s.title)}</a> <span class="count">'
        f"{sum(1 for _ in s.rows)} messages"
        + (f", {sum(1 for r in s.rows if r.missing)} missing" if any(r.missing for r in s.rows) else "")
        + "</span></li>"
        for s in book.sections
    )
    return (
        f"<header><h1>Review workbook: {name} ({_esc(book.lang)})</h1>"
        f'<p class="made">Made on {_esc(book.made_on.isoformat())} from the files in locales/{_esc(book.lang)}/.</p>'
        f'<ul class="counts">{_counts(book)}</ul>{files}'
        f'<p class="to-reviewer">Thank you for reading this. Each row is one message the bot can send: '
        f"{_esc(book.default_name)} on one side, {name} on the other, in the order a person meets them. "
        "Please check that each text is correct, natural and kind for someone who may be under stress. "
        "To suggest a change, send the team the <strong>message id</strong> (the name at the start of the "
        "row, for example <code>bot-help</code>) with your wording; you do not need to edit any file. "
        "Keep the parts in braces as they are: <code>{ $name }</code> is filled in by the bot; inside "
        "<code>{ $count -&gt; … }</code> each <code>[one]</code> or <code>*[other]</code> line is the form "
        "used for that number (translate the words after it). <code>**word**</code> is shown in bold. "
        "Rows with a red edge need attention first.</p>"
        f'<nav><h2>Contents</h2><ol class="toc">{toc}</ol></nav></header>'
    )


def render_html(book: Workbook) -> str:
    """The whole page: inline CSS only, no script, no request to anywhere."""
    title = f"Review workbook: {book.language_name} ({book.lang})"
    fonts = URDU_FONTS if book.lang.split("-")[0] == "ur" else ARABIC_SCRIPT_FONTS
    sections = "".join(_section_html(section, book) for section in book.sections)
    return (
        '<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta name=\"referrer\" content=\"no-referrer\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{_esc(title)}</title><style>{_CSS.replace('ARABIC_SCRIPT_FONTS', fonts)}</style></head>"
        f"<body>{_intro(book)}<main>{sections}</main></body></html>\n"
    )


_CSS = """
:root{color-scheme:light}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0 auto;max-width:84rem;padding:1rem;color:#1b1b1b;background:#fff;
 font:16px/1.5 system-ui,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;
 overflow-wrap:anywhere;word-break:normal}
h1{font-size:1.5rem;margin:.2rem 0 .8rem}
h2{font-size:1.2rem;margin:2rem 0 .2rem}
code,.chip,.ph{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.86em}
a{color:#0b4fa8}
.made{margin:0 0 .5rem;color:#444}
.counts{list-style:none;margin:0 0 .5rem;padding:0;display:flex;flex-wrap:wrap;gap:.35rem}
.counts li{background:#f0f0f0;border-radius:.3rem;padding:.1rem .5rem}
.counts li.warn{background:#fde4e2;color:#8a1c14}
.files{margin:0 0 1rem;color:#444;font-size:.92rem}
.to-reviewer{background:#f3f6fb;border-inline-start:4px solid #0b4fa8;padding:.7rem 1rem;margin:0 0 1rem}
.toc{margin:.3rem 0;padding-inline-start:1.5rem}.count{color:#555;font-size:.9em}
.where{margin:0 0 .5rem;color:#444;font-size:.9rem}
table{width:100%;border-collapse:collapse;table-layout:fixed}
col.c-id{width:20%}col.c-text{width:40%}
th,td{text-align:start;vertical-align:top;padding:.5rem .6rem;border-top:1px solid #d8d8d8}
thead th{background:#f0f0f0;font-size:.9rem;border-top:none}
tr.group th{background:#fafafa;font-weight:600;font-size:.92rem;color:#333;border-top:2px solid #bbb}
.also{font-weight:400;color:#555}
td.id{font-size:.9rem}
.msgid{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-weight:600;color:#1b1b1b;
 text-decoration:none;display:block}
.chips{display:block;margin:.2rem 0}
.chip{display:inline-block;background:#eef2ff;border-radius:3px;padding:0 .3em;margin:0 .25em .2em 0}
.meta{display:block;color:#555;font-size:.82rem}
.badge{display:inline-block;border-radius:.25rem;padding:0 .35em;font-size:.78rem;font-weight:600}
.badge.ok{background:#e3f4e6;color:#1d5e2a}.badge.todo{background:#ececec;color:#3a3a3a}
p{margin:0 0 .35rem}
.src,.attr{white-space:pre-wrap}.ln{display:block}
.attr{color:#333}
.ph{display:inline-block;unicode-bidi:isolate;background:#eef2ff;border-radius:3px;padding:0 .15em;color:#1d3a8a}
.note{color:#555;font-size:.85rem;font-style:italic}
.mark{display:block;border-radius:.3rem;padding:.15rem .45rem;font-size:.85rem;font-weight:600;
 font-family:system-ui,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif}
.mark.missing{background:#fde4e2;color:#8a1c14}
.mark.placeholders{background:#fff1c2;color:#5c4400}
.mark.extra,.mark.moved{background:#ffe8cc;color:#6b3a00}
tr.attention>td.id{box-shadow:inset 4px 0 0 #c0392b}
.rtl{font-family:ARABIC_SCRIPT_FONTS;font-size:1.06em;line-height:1.8}
.label{display:none}
@media (max-width:46rem){
 body{padding:.6rem}
 table,thead,tbody,tr,th,td{display:block;width:auto}
 colgroup,thead{display:none}
 tr{border-top:1px solid #bbb;padding:.4rem 0}
 td{border-top:none;padding:.25rem .2rem}
 tr.group th{border-top:none;padding:.5rem .3rem}
 tr.attention{box-shadow:inset 4px 0 0 #c0392b;padding-inline-start:.4rem}
 tr.attention>td.id{box-shadow:none}
 .label{display:block;font-size:.72rem;font-weight:600;color:#555;letter-spacing:.03em}
}
"""

__all__ = ["UnknownLanguage", "Workbook", "build_workbook", "flow_order", "render_html", "step_order"]
