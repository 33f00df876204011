"""Right-to-left languages as clients without HTML and notifications show them (issue #14, item 8):

- plain bodies start every line with U+200F, so a line that begins with a Latin name
  ("**Find A Helpline** …") or a number keeps its direction;
- no stray U+2069 where a message places a term (isolation is for inserted values only);
- numbers in the language's own digits (the range under a scale, option numbers, placeables).
"""

from __future__ import annotations

import pytest

from bot.care.render import Renderer
from bot.engine.effects import Ask, OptionView
from tests.convworld import RLM, SHIPPED

RENDER = Renderer(SHIPPED.catalog)
FSI, PDI = "\u2068", "\u2069"
RTL = ("fa", "ar", "prs", "ps")
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"


def scale_ask() -> Ask:
    return Ask(flow="wellbeing", step="who5_1", msgid="wellbeing-who5-1", args={}, kind="scale", min=0, max=5)


@pytest.mark.parametrize("lang", RTL)
def test_every_line_of_a_right_to_left_plain_body_starts_with_a_right_to_left_mark(lang: str) -> None:
    for rendered in (RENDER.text(lang, "crisis-resources"), RENDER.ask(lang, scale_ask()),
                     RENDER.text(lang, "bot-help")):
        lines = [line for line in rendered.plain.split("\n") if line]
        assert lines and all(line.startswith(RLM) and not line.startswith(RLM * 2) for line in lines), rendered.plain
        assert RLM not in rendered.html  # HTML keeps its own direction handling


def test_a_line_that_starts_with_a_latin_name_is_marked_right_to_left_in_persian() -> None:
    plain = RENDER.text("fa", "crisis-resources").plain
    assert any(line.startswith(f"{RLM}- Find A Helpline") or line.startswith(f"{RLM}Find A Helpline")
               for line in plain.split("\n")), plain


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru"])
def test_left_to_right_plain_bodies_carry_no_marks(lang: str) -> None:
    assert RLM not in RENDER.text(lang, "crisis-resources").plain
    assert RLM not in RENDER.ask(lang, scale_ask()).plain


@pytest.mark.parametrize("lang", RTL)
def test_no_stray_isolation_mark_where_a_message_places_a_term(lang: str) -> None:
    text = SHIPPED.catalog.render(lang, "wellbeing-who5-1")
    assert FSI not in text and PDI not in text, repr(text[-40:])


@pytest.mark.parametrize("lang", RTL)
def test_inserted_texts_are_still_isolated_in_right_to_left_languages(lang: str) -> None:
    text = SHIPPED.catalog.render(lang, "mentor-person-says-named", {"mentor": "@mia:example.org"})
    assert f"{FSI}@mia:example.org{PDI}" in text
    assert FSI not in SHIPPED.catalog.render("en", "mentor-person-says-named", {"mentor": "@mia:example.org"})


@pytest.mark.parametrize(("lang", "digits"), [("fa", PERSIAN_DIGITS), ("prs", PERSIAN_DIGITS), ("ps", PERSIAN_DIGITS),
                                              ("ar", "0123456789"), ("en", "0123456789")])
def test_numbers_are_written_in_the_digits_of_the_languages_texts(lang: str, digits: str) -> None:
    scale_line = SHIPPED.catalog.render(lang, "wellbeing-who5-1").split("\n")[-1]
    assert digits[5] in scale_line and digits[0] in scale_line  # what the translator wrote
    shown = RENDER.ask(lang, scale_ask()).plain.replace(RLM, "").split("\n")[-1]
    assert shown == f"({digits[0]}–{digits[5]})"
    hint = SHIPPED.catalog.render(lang, "hint-scale", {"min": 0, "max": 5})
    assert digits[0] in hint and digits[5] in hint
    options = RENDER.ask(lang, Ask(flow="f", step="s", msgid="wellbeing-who5-1", args={}, kind="yesno",
                                   options=(OptionView("yes", "option-yes", 1), OptionView("no", "option-no", 2))))
    assert f"{digits[2]}. {SHIPPED.catalog.option_label(lang, 'option-no')}" in options.plain.replace(RLM, "")


def test_plural_rules_still_see_numbers_written_in_other_digits() -> None:
    text = SHIPPED.catalog.render("fa", "mentor-card-files", {"count": 3})
    assert "۳" in text and "3" not in text
