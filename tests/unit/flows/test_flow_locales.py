"""The Catalog: rendering with fallbacks, bidi isolation, synonyms, keywords, reviewed marks."""

from __future__ import annotations

from flowkit import catalog

from bot.engine.catalog import Catalog, parse_ftl

FR = {
    "common": """\
        ### reviewed: no
        language-name = Français
        option-yes = Oui
            .synonyms = o, ouais, d'accord
        keyword-back = retour, précédent
        keyword-menu = menu, accueil
        """,
    "demo": """\
        ### reviewed: yes
        demo-hello = Bonjour { $name } !
        """,
}
FA = {
    "common": """\
        ### reviewed: yes
        language-name = فارسی
        option-yes = بله
            .synonyms = آره, بلی
        keyword-back = برگشت, قبلی
        """,
    "demo": "demo-hello = سلام { $name }\n",
}
EN_DEMO = {"demo": "### reviewed: yes\ndemo-hello = Hello { $name }!\ndemo-only-en = Only in English\n"}


def _catalog() -> Catalog:
    return catalog({"en": EN_DEMO, "fr": FR, "fa": FA})


def test_render_uses_the_persons_language_then_english_then_a_visible_placeholder() -> None:
    cat = _catalog()
    assert cat.render("fr", "demo-hello", {"name": "Ana"}) == "Bonjour Ana !"
    assert cat.render("fr", "demo-only-en") == "Only in English"
    assert cat.render("de", "demo-hello", {"name": "Ana"}) == "Hello Ana!"
    assert cat.render("fr-CA", "demo-hello", {"name": "Ana"}) == "Bonjour Ana !"
    assert cat.render("fr", "no-such-message") == "[no-such-message]"


def test_render_never_raises_on_missing_arguments_or_odd_values() -> None:
    cat = _catalog()
    assert cat.render("en", "demo-hello") == "Hello name!"  # fluent shows the argument's name
    assert cat.render("en", "demo-hello", {"name": 3.5}).startswith("Hello 3.5")


def test_only_rtl_languages_get_bidi_isolation_around_values() -> None:
    cat = _catalog()
    assert cat.render("fa", "demo-hello", {"name": "Ali"}) == "سلام \u2068Ali\u2069"
    assert "\u2068" not in cat.render("fr", "demo-hello", {"name": "Ali"})
    assert cat.is_rtl("fa") and cat.is_rtl("ar") and cat.is_rtl("he") and cat.is_rtl("ur")
    assert cat.is_rtl("prs") and cat.is_rtl("ps")
    assert not cat.is_rtl("fr") and not cat.is_rtl("en")


def test_has_is_per_language_without_fallback() -> None:
    cat = _catalog()
    assert cat.has("en", "demo-only-en") and not cat.has("fr", "demo-only-en")
    assert cat.languages == ("en", "fa", "fr")


def test_option_labels_and_synonyms_come_from_the_locale() -> None:
    cat = _catalog()
    assert cat.option_label("fr", "option-yes") == "Oui"
    assert cat.option_label("de", "option-yes") == "Yes"
    assert cat.synonyms("fr", "option-yes") == ["o", "ouais", "d'accord"]
    assert "yeah" in cat.synonyms("en", "option-yes")
    assert cat.synonyms("fr", "option-unsure") == cat.synonyms("en", "option-unsure")  # falls back
    assert cat.match_words("fa", "option-yes") == ("بله", "اره", "بلی")


def test_keywords_merge_the_persons_words_with_english() -> None:
    cat = _catalog()
    keywords = cat.keywords("fr")
    assert set(keywords) == {"menu", "back", "help", "mentor", "language", "stop", "delete", "mydata", "myplan",
                             "continue"}
    assert keywords["back"][:2] == ["retour", "précédent"] and "back" in keywords["back"]
    assert "help" in keywords["help"]  # English only


def test_keyword_of_ignores_case_spaces_punctuation_and_normalises_unicode() -> None:
    cat = _catalog()
    assert cat.keyword_of("fr", "  RETOUR ! ") == "back"
    assert cat.keyword_of("fr", "Précédent") == "back"
    assert cat.keyword_of("fr", "back") == "back"  # English always works
    assert cat.keyword_of("fa", "برگشت؟") == "back"
    assert cat.keyword_of("fa", "\u200fبرگشت") == "back"  # with a right-to-left mark
    assert cat.keyword_of("fa", "MENU") == "menu"
    assert cat.keyword_of("fr", "retour en arrière") is None
    assert cat.keyword_of("xx", "stop") == "stop"


def test_language_names_and_reviewed_marks() -> None:
    cat = _catalog()
    assert cat.language_name("fr") == "Français"
    assert cat.language_name("fa") == "فارسی"
    assert cat.language_name("en") == "English"
    assert cat.language_name("de") == "de"
    assert cat.reviewed("fr", "demo.ftl") and not cat.reviewed("fr", "common.ftl")
    assert cat.reviewed("fa", "common") and not cat.reviewed("fa", "demo")  # no reviewed line


def test_parse_ftl_reports_junk_with_lines_and_collects_variables() -> None:
    text = (
        "### reviewed: yes\nok = Hi { $a } { other }\nbroken = { $x\n"
        "also = { $b ->\n    [one] x { $c }\n   *[other] y\n}\n"
    )
    parsed = parse_ftl("en", "t", "locales/en/t.ftl", text)
    assert parsed.reviewed is True
    assert [(j.line, bool(j.message)) for j in parsed.junk] == [(3, True)]
    infos = {m.id: m for m in parsed.messages}
    assert infos["ok"].variables == {"a"} and infos["ok"].references == {"other"}
    assert infos["also"].variables == {"b", "c"} and infos["also"].line == 4


def test_unknown_languages_still_get_a_bundle() -> None:
    cat = Catalog.from_texts({"en": {"c": "x = X\n"}, "zz": {"c": "x = Zed\n"}})
    assert cat.render("zz", "x") == "Zed"


def test_message_variables_cover_every_language_and_referenced_messages() -> None:
    cat = catalog(
        {
            "en": {"v": "a = { $x } { b }\nb = { $y }\nc = plain\n"},
            "fr": {"v": "a = { $x } { $z }\n"},
        }
    )
    assert cat.variables("a") == {"x", "y", "z"}
    assert cat.variables("c") == frozenset() and cat.variables("nope") == frozenset()
