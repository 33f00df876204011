"""The review workbook (`continuum flows review`): what the page holds, in which order, with which
marks, and that Fluent text reaches it escaped. The page's layout in a real browser is tested in
test_flow_review_browser.py."""

from __future__ import annotations

import functools
import io
import textwrap
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from flowkit import COMMON_EN, REPO

import bot.cli
from bot.authoring.loader import load_library
from bot.authoring.review import (
    ARABIC_SCRIPT_FONTS,
    UnknownLanguage,
    Workbook,
    build_workbook,
    flow_order,
    render_html,
    step_order,
)
from bot.engine.library import FlowLibrary

DEMO = """\
id: demo
version: 1
title: demo-title
start: ask
steps:
  ask:
    type: question
    kind: choice
    text: demo-ask
    options: [yes, no, unsure]
    save: answer
    next:
      - when: {var: answer, eq: "yes"}
        goto: thanks
      - goto: tip
  old:
    type: message
    text: demo-old
    next: thanks
  thanks:
    type: end
    text: demo-thanks
  tip:
    type: message
    text: demo-tip
    next: thanks
"""
DEMO_EN = """\
### reviewed: yes
demo-title = Demo
demo-ask = Do you <b>really</b> use 2FA & a password manager?
demo-tip = A tip: { $answer } is fine.
demo-thanks = Thanks, you said { $answer }.
demo-old = An old step.
demo-unused = Used by no step.
"""
DEMO_FA = """\
### reviewed: no
demo-title = نمایش
demo-ask = آیا واقعاً <script>alert("x")</script> & رمز دارید؟
demo-tip = یک نکته: { $answr }.
demo-old = یک گام قدیمی.
demo-gone = یک پیام کهنه
"""
BOT_EN = """\
### reviewed: yes
## Texts of the bot itself.
bot-help = Write **menu**.
## Reminders.
bot-later = Later
    .synonyms = later, not now
"""
BOT_FA = """\
### reviewed: yes
bot-help = بنویسید **منو**.
bot-later = بعداً
"""
MENTORS_EN = "### reviewed: yes\nmentor-person-thanks = Thank you.\n"
MENTORS_FA = "mentor-person-thanks = سپاس.\n"
COMMON_FA = "### reviewed: no\nlanguage-name = فارسی\noption-yes = بله\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    files = {
        "flows/demo.yaml": DEMO,
        "locales/en/common.ftl": COMMON_EN,
        "locales/en/demo.ftl": DEMO_EN,
        "locales/en/bot.ftl": BOT_EN,
        "locales/en/mentors.ftl": MENTORS_EN,
        "locales/fa/common.ftl": COMMON_FA,
        "locales/fa/demo.ftl": DEMO_FA,
        "locales/fa/bot.ftl": BOT_FA,
        "locales/fa/mentors.ftl": MENTORS_FA,
        "locales/fr/common.ftl": "### reviewed: yes\nlanguage-name = Français\n",
    }
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


@functools.cache
def shipped() -> FlowLibrary:
    return library_of(REPO)


def library_of(root: Path) -> FlowLibrary:
    result = load_library(root / "flows", root / "locales", strict=False)
    assert result.library is not None
    return result.library


@dataclass
class Cell:
    attrs: dict[str, str]
    text: str = ""
    marks: list[str] = field(default_factory=list)


@dataclass
class PageRow:
    css: str
    cells: list[Cell] = field(default_factory=list)


class Page(HTMLParser):
    """The rows of a workbook by message id, with each cell's attributes, text and marks."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: dict[str, PageRow] = {}
        self.order: list[str] = []
        self.tags: list[str] = []
        self.texts: list[str] = []
        self._row: PageRow | None = None
        self._cell: Cell | None = None
        self._in_mark = 0
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        self.tags.append(tag)
        if tag == "tr" and found.get("id", "").startswith("m-"):
            msgid = found["id"][2:]
            assert msgid not in self.rows, f"{msgid} is on the page twice"
            self._row = self.rows[msgid] = PageRow(found.get("class", ""))
            self.order.append(msgid)
        elif tag == "td" and self._row is not None:
            self._cell = Cell(found)
            self._row.cells.append(self._cell)
        elif tag == "p" and "mark" in found.get("class", "").split() and self._cell is not None:
            self._cell.marks.append(found["class"].split()[1])
            self._in_mark = 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "tr":
            self._row = None
        elif tag == "td":
            self._cell = None
        elif tag == "p":
            self._in_mark = 0

    def handle_data(self, data: str) -> None:
        self.texts.append(data)
        if self._cell is not None and not self._in_mark:
            self._cell.text += data


def workbook(project: Path, lang: str = "fa") -> tuple[Workbook, str, Page]:
    book = build_workbook(library_of(project), lang, date(2025, 3, 1))
    text = render_html(book)
    return book, text, Page(text)


def test_every_message_is_on_the_page_once_in_the_order_a_person_meets_them(project: Path) -> None:
    _, _, page = workbook(project)
    english = [line.split(" =")[0] for line in COMMON_EN.splitlines() if line[:1].isalpha() and " =" in line]
    assert set(english) <= set(page.rows)
    demo = [m for m in page.order if m.startswith("demo-")]
    # the title, then the steps from `start` (the tip before the end it leads to), the unreachable
    # step, then what no step uses and what only the translation has
    assert demo == ["demo-title", "demo-ask", "demo-tip", "demo-thanks", "demo-old", "demo-unused", "demo-gone"]
    sections = [page.order.index(m) for m in ("demo-title", "language-name", "bot-help", "mentor-person-thanks")]
    assert sections == sorted(sections)  # the flows, then common, bot, mentors


def test_message_text_is_escaped(project: Path) -> None:
    _, text, page = workbook(project)
    assert "<script" not in text and "<b>really</b>" not in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;" in text
    assert "<b>really</b> use 2FA & a password" in page.rows["demo-ask"].cells[1].text
    assert '<script>alert("x")</script> & رمز' in page.rows["demo-ask"].cells[2].text


def test_the_language_column_is_right_to_left_with_arabic_script_fonts(project: Path) -> None:
    _, text, page = workbook(project)
    for msgid, row in page.rows.items():
        english, translation = row.cells[1], row.cells[2]
        assert (english.attrs["lang"], english.attrs["dir"]) == ("en", "ltr"), msgid
        assert (translation.attrs["lang"], translation.attrs["dir"]) == ("fa", "rtl"), msgid
        assert "rtl" in translation.attrs["class"].split()
    assert '"Noto Naskh Arabic", "Noto Sans Arabic"' in ARABIC_SCRIPT_FONTS and "Tahoma" in ARABIC_SCRIPT_FONTS
    assert f".rtl{{font-family:{ARABIC_SCRIPT_FONTS};" in text
    assert "overflow-wrap:anywhere" in text and "table-layout:fixed" in text


def test_a_left_to_right_language_gets_ltr_cells(project: Path) -> None:
    _, _, page = workbook(project, "fr")
    cell = page.rows["language-name"].cells[2]
    assert (cell.attrs["lang"], cell.attrs["dir"]) == ("fr", "ltr") and "rtl" not in cell.attrs["class"]


def test_missing_translations_and_other_placeholders_are_marked(project: Path) -> None:
    book, _, page = workbook(project)
    assert page.rows["demo-thanks"].cells[2].marks == ["missing"]
    assert page.rows["mentor-person-thanks"].cells[2].marks == []
    assert page.rows["demo-tip"].cells[2].marks == ["placeholders"]
    assert page.rows["bot-later"].cells[2].marks == ["placeholders"]  # lacks .synonyms
    assert page.rows["demo-gone"].cells[2].marks == ["extra"]
    marked = {m for m, row in page.rows.items() if "attention" in row.css}
    assert {"demo-thanks", "demo-tip", "bot-later", "demo-gone"} <= marked
    assert "demo-ask" not in marked and "bot-help" not in marked
    (tip,) = [r for r in book.rows if r.msgid == "demo-tip"]
    assert "uses $answr, which English does not; lacks $answer" in tip.marks[0].text


def test_ids_placeholders_attributes_and_review_status_are_shown(project: Path) -> None:
    _, _, page = workbook(project)
    tip = page.rows["demo-tip"].cells[0].text
    assert tip.startswith("demo-tip") and "{ $answer }" in tip and "not reviewed" in tip and "demo.ftl:4" in tip
    later = page.rows["bot-later"].cells[0].text
    assert ".synonyms" in later and "reviewed" in later and "not reviewed" not in later
    assert "no review line" in page.rows["mentor-person-thanks"].cells[0].text
    assert ".synonyms = later, not now" in page.rows["bot-later"].cells[1].text


def test_the_header_counts_and_tells_the_reviewer_how_to_report(project: Path) -> None:
    book, _, page = workbook(project)
    words = " ".join(" ".join(page.texts).split())
    assert "Review workbook: فارسی (fa)" in words and "Made on 2025-03-01" in words
    assert f"{len(page.rows)} messages" in words
    assert f"{book.count('missing')} missing (English is shown)" in words and book.count("missing") > 5
    assert "3 with other placeholders than English" in words and "1 not in English" in words
    assert "2 of 4 files not yet reviewed" in words and "Not yet reviewed: common.ftl, demo.ftl." in words
    assert "1 of 4 files without a review line" in words
    assert "send the team the message id" in words


def test_the_page_is_self_contained(project: Path) -> None:
    _, text, page = workbook(project)
    assert text.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in text
    assert "script" not in page.tags and "link" not in page.tags and "img" not in page.tags
    assert "@import" not in text and "url(" not in text and "src=" not in text
    assert "default-src 'none'" in text  # nothing may be fetched even if a message held a tag


def test_step_and_flow_order_of_the_shipped_flows() -> None:
    library = shipped()
    assert flow_order(library.flows) == [
        "onboarding", "language", "timezone", "country", "menu", "hygiene", "wellbeing", "threat", "riskcheck",
        "repression", "exile", "leftbehind", "visithome",
        # the first-year check-ins: started by the host's schedule, nothing leads to them (by id)
        "journey_month1", "journey_month12", "journey_month3", "journey_month6", "journey_week1",
    ]  # fmt: skip
    menu = step_order(library.flows["menu"])
    assert menu[0] == "choose" and menu.index("person_topic") < menu.index("person") < menu.index("person_done")
    assert set(menu) == set(library.flows["menu"].steps)


@pytest.mark.parametrize("lang", ["ar", "es", "fa", "fr", "prs", "ps", "ru"])
def test_every_shipped_message_is_in_the_workbook_of_every_language(lang: str) -> None:
    library = shipped()
    book = build_workbook(library, lang, date(2025, 3, 1))
    page = Page(render_html(book))
    english = {m.id for f in library.catalog.files if f.lang == "en" for m in f.messages}
    assert english <= set(page.rows)
    rtl = lang in ("ar", "fa", "prs", "ps")
    assert book.rtl is rtl
    assert {row.cells[2].attrs["dir"] for row in page.rows.values()} == {"rtl" if rtl else "ltr"}


def test_an_unknown_language_is_refused(project: Path) -> None:
    with pytest.raises(UnknownLanguage) as caught:
        build_workbook(library_of(project), "de", date(2025, 3, 1))
    assert caught.value.known == ("en", "fa", "fr")


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    monkeypatch.setattr("sys.stderr", err)
    return bot.cli.main(argv), out.getvalue(), err.getvalue()


def test_the_command_writes_review_lang_html_here_or_in_out(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = ["--flows", str(project / "flows"), "--locales", str(project / "locales")]
    monkeypatch.chdir(project)
    code, out, err = run(["flows", "review", "--lang", "fa", *paths], monkeypatch)
    assert code == 0 and (project / "review-fa.html").is_file()
    assert err.startswith("Note: `continuum flows check` finds 1 error(s)")  # demo-tip's $answr
    assert out.startswith("Wrote review-fa.html: ")
    code, out, _ = run(["flows", "review", "--lang", "fa", "--out", str(project / "out" / "new"), *paths], monkeypatch)
    written = project / "out" / "new" / "review-fa.html"
    assert code == 0 and written.is_file() and str(written) in out
    assert Page(written.read_text(encoding="utf-8")).rows.keys() == Page(render_html(workbook(project)[0])).rows.keys()


def test_the_command_exits_2_for_an_unknown_language(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = ["--flows", str(project / "flows"), "--locales", str(project / "locales")]
    code, out, err = run(["flows", "review", "--lang", "de", "--out", str(project), *paths], monkeypatch)
    assert code == 2 and out == "" and "Traceback" not in err
    assert err.strip() == f"Unknown language `de`: {project / 'locales'} has en, fa, fr."
    assert not (project / "review-de.html").exists()
