"""The crisis detector over the shipped word lists (locales/<lang>/crisis.ftl), and what
`flows check` says about those lists.

Each language has a table of messages that must fire — as people type them: without accents,
with a typo, with Persian and Arabic letters written the other way — and of near-misses that
must not. docs/CARE.md lists the near-misses that DO fire, and why that is accepted.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.authoring.loader import LoadResult, load_library
from bot.care.crisis import (
    CrisisLists,
    crisis_lists,
    detect,
    fold,
    make_phrase,
    reply_messages,
    tokens,
    within_one,
    word_matches,
)
from bot.engine.catalog import Catalog

ROOT = Path(__file__).resolve().parents[2]
LIB = load_library(ROOT / "flows", ROOT / "locales").library
assert LIB is not None
LISTS = crisis_lists(LIB.catalog)
SHIPPED = ("en", "fr", "es", "fa", "ar", "ru", "prs", "ps")

# (language, message, kind) — each must fire with this kind.
FIRES: list[tuple[str, str, str]] = [
    ("en", "I want to end my life", "selfharm"),
    ("en", "i want to kill myself", "selfharm"),
    ("en", "I'm suicidal", "selfharm"),
    ("en", "im suicidal", "selfharm"),
    ("en", "I'm not okay, suicidal tonight", "selfharm"),  # the negation is in another clause
    ("en", "I don't want to live anymore", "selfharm"),  # a phrase with its own negation
    ("en", "i dont want to live", "selfharm"),
    ("en", "I think about suicde a lot", "selfharm"),  # one typo
    ("en", "sucidal thoughts again", "selfharm"),
    ("en", "I keep hurting myself", "selfharm"),
    ("en", "they arrested my brother an hour ago", "danger"),
    ("en", "I am being folowed right now", "danger"),
    ("en", "My colleague was detained at the border", "danger"),
    ("en", "They're coming for me", "danger"),
    ("en", "I'm in danger", "danger"),
    ("fr", "Je veux mourir", "selfharm"),
    ("fr", "jai envie de mourir", "selfharm"),  # no apostrophe
    ("fr", "je vais mettre fin a mes jours", "selfharm"),  # no accent
    ("fr", "je pense au suicde", "selfharm"),
    ("fr", "je suis suicidaire", "selfharm"),
    ("fr", "je ne veux plus vivre", "selfharm"),
    ("fr", "Je suis en danger", "danger"),
    ("fr", "ils m'ont arrete hier", "danger"),
    ("fr", "ils ont arrêté mon frère ce matin", "danger"),
    ("fr", "je suis suivi en ce moment", "danger"),
    ("es", "Me quiero morir", "selfharm"),
    ("es", "pienso en el sucidio", "selfharm"),
    ("es", "no quiero vivir", "selfharm"),
    ("es", "ya no puedo mas", "selfharm"),
    ("es", "estoy en peligro", "danger"),
    ("es", "me estan siguiendo", "danger"),
    ("es", "vienen por mi", "danger"),
    ("es", "lo detuvieron anoche", "danger"),
    ("fa", "می‌خواهم بمیرم", "selfharm"),
    ("fa", "می خواهم بمیرم", "selfharm"),  # a space instead of the half-space
    ("fa", "میخواهم بمیرم", "selfharm"),  # written together
    ("fa", "به خودکشی فکر می‌کنم", "selfharm"),
    ("fa", "خودکشي", "selfharm"),  # Arabic yeh
    ("fa", "در خطر هستم", "danger"),
    ("fa", "دستگیرش کردند", "danger"),
    ("fa", "مرا تعقیب می کنند", "danger"),
    ("fa", "بازداشت شدم", "danger"),
    ("ar", "أريد أن أموت", "selfharm"),
    ("ar", "اريد ان اموت", "selfharm"),  # no hamza
    ("ar", "أُرِيدُ أَنْ أَمُوتَ", "selfharm"),  # with short vowels
    ("ar", "أفكر في الانتحار", "selfharm"),
    ("ar", "بدي موت", "selfharm"),
    ("ar", "أنا في خطر", "danger"),
    ("ar", "انا في خطر", "danger"),
    ("ar", "اعتقلوا أخي", "danger"),
    ("ar", "يلاحقونني", "danger"),
    ("ru", "Хочу умереть", "selfharm"),
    ("ru", "думаю о суициде", "selfharm"),
    ("ru", "суецид", "selfharm"),  # a typo in a stem
    ("ru", "Не хочу жить", "selfharm"),
    ("ru", "свести счеты с жизнью", "selfharm"),  # е for ё
    ("ru", "я в опасности", "danger"),
    ("ru", "меня арестовали", "danger"),
    ("ru", "за мной следят", "danger"),
    ("prs", "می‌خواهم بمیرم", "selfharm"),
    ("prs", "خودکشی", "selfharm"),
    ("prs", "در خطر هستم", "danger"),
    ("prs", "طالبان آمدند", "danger"),
    ("prs", "مرا گرفتند", "danger"),
    ("ps", "غواړم مړ شم", "selfharm"),
    ("ps", "ځان وژنه", "selfharm"),
    ("ps", "په خطر کې یم", "danger"),
    ("ps", "په خطر کی یم", "danger"),  # a Persian keyboard's yeh
    ("ps", "ونیول شو", "danger"),
]

# (language, message) — near-misses that must not fire.
QUIET: list[tuple[str, str]] = [
    ("en", "this killed my battery"),
    ("en", "the deadline is killing me"),
    ("en", "I would die for a coffee"),
    ("en", "I am not suicidal"),
    ("en", "im not feeling suicidal"),
    ("en", "a suicide bombing was in the news"),
    ("en", "I'm not in danger"),
    ("en", "here is a detailed report"),  # one letter from "detained", which is matched exactly
    ("en", "the steak was overdone"),
    ("en", "my phone died"),
    ("en", "they followed up on my request"),
    ("fr", "ça me tue"),
    ("fr", "je ne suis pas suicidaire"),
    ("fr", "j'arrête de fumer"),
    ("fr", "la batterie est morte"),
    ("fr", "un attentat suicide à Kaboul"),
    ("es", "no soy suicida"),
    ("es", "me muero de risa"),
    ("es", "mi jefe me va a matar"),
    ("es", "voy a cortarme el pelo"),
    ("es", "un atentado suicida en la capital"),
    ("es", "el tráfico está detenido"),
    ("fa", "خودکشی نمی‌کنم"),
    ("fa", "قصد خودکشی ندارم"),
    ("fa", "الهی بمیرم"),
    ("fa", "حمله انتحاری در کابل"),
    ("fa", "دستگیره در خراب است"),
    ("ar", "هجوم انتحاري في السوق"),
    ("ar", "لست في خطر"),
    ("ar", "الانتصار قريب"),  # one letter from "الانتحار", which is matched exactly
    ("ar", "هناك اختلاف في الرأي"),
    ("ru", "рейс задержали"),
    ("ru", "я не в опасности"),
    ("ru", "батарея умерла"),
    ("ru", "не суицид"),
    ("prs", "خودکشی نمی‌کنم"),
    ("prs", "حمله انتحاری"),
    ("ps", "ځانمرګی برید"),
    ("ps", "زه ښه یم"),
]

# (language, message) — near-misses that DO fire, on purpose: docs/CARE.md lists them and says why.
ACCEPTED_FALSE_ALARMS: list[tuple[str, str]] = [
    ("en", "I want to die my hair blue"),
    ("en", "my colleague was detained at the airport for an hour last year"),
    ("en", "the minister was arrested yesterday"),
    ("en", "I think I'm being followed on Twitter"),
    ("en", "I can't take it anymore, this wifi!"),
    ("en", "are you coming to get me at 8?"),
    ("en", "a book about suicide prevention"),
    ("en", "I don't want to kill myself"),
    ("en", "she said she's suicidal"),
    ("fr", "ils ont arrêté de fumer"),
    ("fr", "je n'en peux plus de ce boulot"),
    ("es", "voy a matarte jaja"),
    ("es", "ya no puedo más con el calor"),
    ("ru", "нас задержали на границе на час"),
    ("fa", "بازداشت وزیر در خبرها"),
    ("ar", "اعتقال الوزير في الأخبار"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), FIRES)
def test_crisis_words_fire(lang: str, text: str, kind: str) -> None:
    hit = detect(text, lang, LISTS)
    assert hit is not None, f"{text!r} ({lang}) was not heard"
    assert hit.kind == kind


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_near_misses_stay_quiet(lang: str, text: str) -> None:
    assert detect(text, lang, LISTS) is None


@pytest.mark.parametrize(("lang", "text"), ACCEPTED_FALSE_ALARMS)
def test_the_documented_false_alarms_do_fire(lang: str, text: str) -> None:
    assert detect(text, lang, LISTS) is not None
    assert text in (ROOT / "docs" / "CARE.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_shipped_language_is_heard_in_every_conversation(lang: str) -> None:
    own = [(text, kind) for where, text, kind in FIRES if where == lang]
    assert len(own) >= 5, f"too few examples for {lang}"
    for text, _kind in own:
        # A person who chose English (or any other language) and writes in this one is heard too.
        assert detect(text, "en", LISTS) is not None
        assert detect(text, "ru" if lang != "ru" else "fa", LISTS) is not None


def test_every_shipped_language_has_its_lists_and_replies() -> None:
    catalog = LIB.catalog
    for lang in SHIPPED:
        for msgid in ("crisis-selfharm", "crisis-danger", "crisis-negations", "crisis-reply", "crisis-telling-team",
                      "crisis-no-team", "crisis-continue", "crisis-again", "care-hours", "care-now"):
            assert catalog.has(lang, msgid), f"{msgid} missing in {lang}"
        assert "**" in catalog.render(lang, "crisis-reply", {"kind": "danger"})  # the direct question stands out
    assert {p.lang for p in LISTS.phrases} == set(SHIPPED)


def test_a_message_with_both_kinds_is_answered_as_danger() -> None:
    hit = detect("I want to die, they arrested my husband", "en", LISTS)
    assert hit is not None and hit.kind == "danger"


def test_the_persons_language_wins_a_tie() -> None:
    # "suicide" is on the English and the French lists.
    hit = detect("suicide", "fr", LISTS)
    assert hit is not None and hit.lang == "fr"
    hit = detect("suicide", "en", LISTS)
    assert hit is not None and hit.lang == "en"


def test_long_messages_are_heard_anywhere_in_them() -> None:
    filler = "Today was long and the bus was late again. " * 80
    assert detect(filler + "Honestly I want to die.", "en", LISTS) is not None
    assert detect(filler, "en", LISTS) is None


# --- the matching rules on their own -------------------------------------------------------------


def test_folding_drops_case_accents_variants_and_apostrophes() -> None:
    assert fold("Ça m'ÉNERVE") == "ca menerve"
    assert fold("كيف حالك") == fold("کیف حالک")
    assert fold("Ёлка") == "елка"
    assert [t.word for t in tokens("می خواهم بمیرم")] == ["میخواهم", "بمیرم"]
    assert [t.word for t in tokens("نمی‌خواهم")] == ["نمیخواهم"]
    assert [t.clause for t in tokens("not okay, suicidal")] == [0, 0, 1]


@pytest.mark.parametrize(("a", "b", "close"), [
    ("suicide", "suicide", True), ("suicide", "sucide", True), ("suicide", "suicidee", True),
    ("suicide", "suicdie", True), ("suicide", "suicade", True), ("suicide", "siucdie", False),
    ("suicide", "suic", False), ("abc", "abd", True), ("abcd", "badc", False),
])
def test_one_edit_away(a: str, b: str, close: bool) -> None:
    assert within_one(a, b) is close
    assert within_one(b, a) is close


def test_typos_are_forgiven_in_long_words_only_and_stems_match_their_words() -> None:
    assert word_matches("suicide", "suicde")
    assert not word_matches("want", "wamt")  # four letters: exact only
    assert word_matches("suicid*", "suicidal") and word_matches("suicid*", "sucidal")
    assert not word_matches("suicid*", "sui")


def test_quoted_entries_forgive_no_typo() -> None:
    phrase = make_phrase('"detained"', "en", "danger")
    assert phrase is not None and phrase.exact and phrase.text == "detained"
    lists = CrisisLists([phrase], {"en": ([], [])})
    assert lists.detect("they detained him", "en") is not None
    assert lists.detect("a detailed plan", "en") is None
    assert lists.detect("they detaned him", "en") is None


def test_negations_cancel_one_word_only_and_only_near_it() -> None:
    selfharm = make_phrase("suicidal", "en", "selfharm")
    many = make_phrase("want to die", "en", "selfharm")
    after = make_phrase("خودکشی", "fa", "selfharm")
    assert selfharm and many and after
    lists = CrisisLists([selfharm, many, after], {"en": (["not", "do not"], []), "fa": ([], ["نمی‌کنم"])})
    assert lists.detect("I am not suicidal", "en") is None
    assert lists.detect("not really suicidal", "en") is None
    assert lists.detect("I do suicidal", "en") is not None  # "do not" is two words: not a negation word
    assert lists.detect("not sure why I feel suicidal", "en") is not None  # too far
    assert lists.detect("I do not want to die", "en") is not None  # a phrase is never cancelled
    assert lists.detect("خودکشی نمی‌کنم", "fa") is None
    assert lists.detect("خودکشی", "fa") is not None
    assert lists.detect("نمی‌کنم خودکشی", "fa") is not None  # a Persian negation only counts after


def test_the_reply_asks_gives_resources_and_says_what_happens() -> None:
    ids = [msgid for msgid, _ in reply_messages("selfharm", "FR", team_reachable=True)]
    assert ids == ["crisis-reply", "crisis-telling-team", "care-hours", "care-now", "crisis-resources",
                   "crisis-continue"]
    danger = reply_messages("danger", "other", team_reachable=False)
    assert [m for m, _ in danger] == ["crisis-reply", "crisis-no-team", "care-now", "crisis-resources",
                                      "urgent-outside-help", "crisis-continue"]
    assert ("crisis-resources", {"country": "other"}) in danger


# --- `flows check` -------------------------------------------------------------------------------


@pytest.fixture
def locales(tmp_path: Path) -> Path:
    target = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", target)
    return target


def check(locales: Path) -> LoadResult:
    return load_library(ROOT / "flows", locales, strict=False)


def test_the_shipped_lists_pass_the_check(locales: Path) -> None:
    result = check(locales)
    assert result.errors == []
    assert [p for p in result.problems if p.file.endswith("crisis.ftl") or "crisis words" in p.message] == []


def test_a_missing_crisis_file_is_a_warning(locales: Path) -> None:
    # The other languages' lists are still heard in every chat; this language's own words are not.
    (locales / "ps" / "crisis.ftl").unlink()
    result = check(locales)
    assert result.errors == []
    (warned,) = [p for p in result.warnings if p.file.endswith("ps/crisis.ftl") and "are not heard" in p.message]
    assert "`ps`" in warned.message


def test_without_english_crisis_words_the_check_warns(locales: Path) -> None:
    for lang in SHIPPED:
        (locales / lang / "crisis.ftl").unlink()
    result = check(locales)
    assert result.errors == []
    assert any("no crisis words" in p.message for p in result.warnings)


def test_entries_people_type_for_other_reasons_are_refused(locales: Path) -> None:
    path = locales / "fr" / "crisis.ftl"
    text = path.read_text(encoding="utf-8")
    text = text.replace("crisis-selfharm =\n", "crisis-selfharm =\n    aide, d'accord, 112, mal, su*cide,\n", 1)
    text = text.replace("crisis-negations = pas,", "crisis-negations = pas du tout, pas,", 1)
    path.write_text(text, encoding="utf-8")
    result = check(locales)
    found = {p.message.split("`")[1]: p for p in result.errors if p.file == str(path)}
    assert "keyword" in found["aide"].message
    assert "answer word" in found["d'accord"].message and "option-yes" in found["d'accord"].message
    assert "number" in found["112"].message
    assert "fewer than 4 letters" in found["mal"].message
    assert "`*`" in found["su*cide"].message
    assert "one word" in found["pas du tout"].message
    assert all(p.line > 1 for p in found.values())
    assert not result.ok


def test_admins_can_add_a_phrase_and_it_is_heard() -> None:
    extra = "crisis-selfharm = sin salida\ncrisis-danger = nos vigilan\ncrisis-negations = no\n"
    catalog = Catalog.from_texts({"en": {"crisis": "crisis-selfharm = want to die\n"}, "es": {"crisis": extra}})
    lists = CrisisLists.from_catalog(catalog)
    hit = lists.detect("estoy sin salida", "es")
    assert hit is not None and hit.lang == "es" and hit.kind == "selfharm"
    hit = lists.detect("Nos vigilan desde ayer", "en")
    assert hit is not None and hit.kind == "danger"
