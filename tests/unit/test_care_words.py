"""The care domain's shared small parts: option words (yes / no / later), the person's language,
the plain body of a locale text, and keeping a person's file."""

from __future__ import annotations

import gc
import io
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PIL import Image

from bot.care import words
from bot.care.attachments import keep_attachment
from bot.care.inbound import Attachment
from bot.care.render import Renderer, strip_bold
from bot.care.words import (
    LATER,
    NO,
    YES,
    YES_NO_LATER,
    lang_of,
    option_words,
    person_lang,
    said_option,
    said_yes_no,
)
from bot.engine.catalog import Catalog
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Person, Store
from tests.storekit import read

CATALOG = Catalog.from_texts({
    "en": {"common": "option-yes = Yes\n    .synonyms = y, ok\noption-no = No\n    .synonyms = n, nope\n"
                     "option-later = Later\n    .synonyms = not now\n"},
    "fr": {"common": "option-yes = Oui\n    .synonyms = o, ok\noption-no = Non\n"
                     "option-later = Plus tard\n"},
    "de": {"common": "option-yes = Ja\noption-no = Nein\n"},
})


@pytest.mark.parametrize(("text", "langs", "expected"), [
    ("yes", ("en",), True),
    ("  YES ", ("en",), True),  # normalised like every answer
    ("nope", ("en",), False),
    ("oui", ("fr", "en"), True),
    ("non", ("fr", "en"), False),
    ("yes", ("fr", "en"), True),  # the default language's words count too
    ("oui", ("en",), None),  # but not another person's language
    ("ja", ("fr", "en"), None),
    ("ja", ("de",), True),
    ("yes please", ("en",), None),  # the whole message, not a word in it
    ("", ("en",), None),
    ("yes", ("xx",), None),  # a language the catalog does not have knows no words
    ("yes", ("xx", "en"), True),
])
def test_yes_no_in_the_given_languages_only(text: str, langs: tuple[str, ...], expected: bool | None) -> None:
    assert said_yes_no(CATALOG, text, langs) is expected


def test_options_are_tried_in_order_so_a_shared_word_is_the_first_option() -> None:
    # "ok" is a yes in English and in French; "later" comes after yes and no.
    assert said_option(CATALOG, "ok", YES_NO_LATER, ("fr", "en")) == YES
    assert said_option(CATALOG, "not now", YES_NO_LATER, ("en",)) == LATER
    assert said_option(CATALOG, "plus tard", YES_NO_LATER, ("fr",)) == LATER
    assert said_option(CATALOG, "plus tard", YES_NO_LATER, ("de", "en")) is None
    assert said_option(CATALOG, "n", (YES, NO), ("en",)) == NO


def test_in_any_language_is_every_language_of_the_catalog() -> None:
    assert said_yes_no(CATALOG, "nein", CATALOG.languages) is False
    assert said_yes_no(CATALOG, "maybe", CATALOG.languages) is None


def test_the_word_table_is_built_once_per_catalog_and_goes_with_it() -> None:
    first = option_words(CATALOG, YES_NO_LATER)
    assert option_words(CATALOG, YES_NO_LATER) is first
    assert option_words(CATALOG, (YES, NO)) is not first
    reloaded = Catalog.from_texts({"en": {"common": "option-yes = Sure\noption-no = No\n"}})
    assert said_yes_no(reloaded, "sure", ("en",)) is True
    assert said_yes_no(reloaded, "yes", ("en",)) is None  # the old catalog's words are not reused
    count = len(words._TABLES)
    del reloaded
    gc.collect()
    assert len(words._TABLES) == count - 1


def test_person_lang_falls_back_to_the_default() -> None:
    assert person_lang(Person("@a:x", lang="fr"), "en") == "fr"
    assert person_lang(Person("@a:x"), "de") == "de"
    assert person_lang(None, "de") == "de"


def test_strip_bold_drops_only_the_bold_markers() -> None:
    assert strip_bold("**C-0042** is urgent") == "C-0042 is urgent"
    # Matrix ids, commands and people's words keep their underscores, stars, brackets and backticks.
    text = "@some_one_here:example.org wrote *this* [x](y) and `!claim 42`"
    assert strip_bold(text) == text
    rendered = Renderer(Catalog.from_texts({"en": {"m": "said = **{ $who }** said hi\n"}})).text(
        "en", "said", {"who": "@a_b_c:x"})
    assert "**" not in rendered.plain and "@a_b_c:x" in rendered.plain
    assert "<strong>" in rendered.html


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "t.db", SecretBox(generate_key()))
    yield s
    await s.close()


async def test_lang_of_reads_the_stored_person(store: Store) -> None:
    async with store.write(1.0) as uow:
        await uow.people.save(Person("@fr:x", lang="fr"), 1.0)
        await uow.people.save(Person("@none:x"), 1.0)
    async with store.write(2.0) as uow:
        assert await lang_of(uow, "@fr:x", "en") == "fr"
        assert await lang_of(uow, "@none:x", "en") == "en"
        assert await lang_of(uow, "@unknown:x", "de") == "de"
        assert await lang_of(uow, None, "de") == "de"


def _jpeg_with_exif() -> bytes:
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    Image.new("RGB", (4, 4), "red").save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


async def test_keep_attachment_strips_image_metadata_and_keeps_other_files_as_they_are(store: Store) -> None:
    photo = _jpeg_with_exif()
    assert b"PhoneMaker" in photo
    text = b"PhoneMaker notes"
    async with store.write(1.0) as uow:
        image_ref = await keep_attachment(uow, "@a:x", Attachment("image", "me.jpg", "image/jpeg", photo))
        file_ref = await keep_attachment(uow, "@a:x", Attachment("file", "notes.txt", "text/plain", text))
    kept_image = await read(store, lambda r: r.attachments.get(image_ref))
    kept_file = await read(store, lambda r: r.attachments.get(file_ref))
    assert kept_image is not None and kept_file is not None
    assert b"PhoneMaker" not in kept_image.data and kept_image.data.startswith(b"\xff\xd8")
    assert kept_file.data == text and kept_file.name == "notes.txt"
    listed = await read(store, lambda r: r.attachments.list_for_user("@a:x"))
    assert len(listed) == 2
