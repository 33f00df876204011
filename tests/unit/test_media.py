"""Location and device metadata never survive in a file the bot keeps, whatever the format
(JPEG, PNG, WebP, HEIC/HEIF, TIFF, GIF) and however it was sent (m.image or m.file); a file that
cannot be cleaned is kept as sent and flagged, so that mentors are warned before opening it.

Every image here is generated in the test, with a GPS position, a device make and a unique
string planted in its EXIF (and XMP and comments where the format has them)."""

from __future__ import annotations

import io
import struct
import time
import uuid
import zlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import ExifTags, Image, ImageChops, ImageOps, ImageStat, PngImagePlugin, features

from bot.matrix.inbound import Attachment
from bot.platform.media import MAX_PIXELS, Cleaned, clean_attachment, sniff
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store
from tests.storekit import read, write
from tests.unit import test_mentors as mentors_kit
from tests.unit import test_privacy as talk_kit

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SIZE = (60, 40)
RED, BLUE = (230, 20, 20), (20, 20, 230)
FORMATS = ["jpeg", "png", "webp", "tiff", "gif", "heif"] + (["avif"] if features.check("avif") else [])
LOSSLESS = {"png", "tiff", "gif"}


def picture() -> Image.Image:
    """Red in the top-left quarter, blue elsewhere: where the red goes shows the orientation."""
    img = Image.new("RGB", SIZE, BLUE)
    img.paste(RED, (0, 0, SIZE[0] // 2, SIZE[1] // 2))
    return img


def planted_exif(marker: str, orientation: int = 6) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = f"MAKE-{marker}"
    exif[ExifTags.Base.Model] = "Phone 12"
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (52.0, 31.0, 12.0),
        ExifTags.GPS.GPSLongitudeRef: "E", ExifTags.GPS.GPSLongitude: (13.0, 24.0, 36.0),
        ExifTags.GPS.GPSMapDatum: f"GPSMARK-{marker}",
    }
    return exif


def xmp(marker: str) -> bytes:
    return (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="52,31.2N">XMP-'
            + marker.encode() + b"</rdf:Description></rdf:RDF></x:xmpmeta>")


def with_metadata(fmt: str, marker: str, orientation: int = 6) -> bytes:
    exif = planted_exif(marker, orientation)
    options: dict[str, Any] = {}
    if fmt == "jpeg":
        options = {"exif": exif, "xmp": xmp(marker), "comment": f"COMMENT-{marker}".encode()}
    elif fmt in ("webp", "heif", "avif"):
        options = {"exif": exif, "xmp": xmp(marker)}
    elif fmt == "tiff":
        options = {"exif": exif.tobytes()}
    elif fmt == "png":
        info = PngImagePlugin.PngInfo()
        info.add_itxt("XML:com.adobe.xmp", xmp(marker).decode())
        info.add_text("Author", f"AUTHOR-{marker}")
        options = {"exif": exif, "pnginfo": info}
    elif fmt == "gif":  # GIF has no EXIF: a comment and an XMP application block
        options = {"comment": f"COMMENT-{marker}".encode()}
    buf = io.BytesIO()
    picture().save(buf, fmt.upper(), **options)
    data = buf.getvalue()
    if fmt == "gif":
        xmp_block = b"\x21\xff\x0bXMP DataXMP" + xmp(marker) + b"\x01" + bytes(range(255, -1, -1)) + b"\x00"
        data = data[:-1] + xmp_block + data[-1:]
    planted = [m for m in (f"MAKE-{marker}", f"GPSMARK-{marker}", f"XMP-{marker}", f"COMMENT-{marker}",
                           f"AUTHOR-{marker}") if m.encode() in data]
    assert planted, f"{fmt}: the test must plant something to find"
    return data


def shown(data: bytes) -> Image.Image:
    """The picture as a viewer shows it (EXIF orientation applied), as RGB."""
    with Image.open(io.BytesIO(data)) as img:
        return ImageOps.exif_transpose(img).convert("RGB")


def close_enough(a: Image.Image, b: Image.Image, lossless: bool) -> bool:
    """Same size; the same pixels (lossless formats), or the same picture give or take a lossy
    encoder's noise: a small mean difference, and the four corners the same colour."""
    if a.size != b.size:
        return False
    diff = ImageChops.difference(a, b)
    if lossless:
        return diff.getbbox() is None
    corners = [(0, 0), (a.width - 1, 0), (0, a.height - 1), (a.width - 1, a.height - 1)]
    same_corners = all(max(abs(x - y) for x, y in zip(a.getpixel(c), b.getpixel(c), strict=True)) < 40  # type: ignore[arg-type]
                       for c in corners)
    return same_corners and max(ImageStat.Stat(diff).mean) < 8


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_location_or_device_survives_and_the_pixels_do(fmt: str) -> None:
    marker = uuid.uuid4().hex
    original = with_metadata(fmt, marker)
    assert sniff(original) == fmt
    kept = clean_attachment(original)
    assert kept.cleaned and kept.kind == fmt
    # The raw bytes: none of the planted strings, no EXIF, XMP or GPS block.
    for needle in (marker.encode(), b"Exif\x00\x00", b"GPSMARK", b"xmpmeta", b"ns.adobe.com", b"Phone 12"):
        assert needle not in kept.data, needle
    # Re-opened: no metadata at all.
    with Image.open(io.BytesIO(kept.data)) as img:
        assert not set(img.info) & {"exif", "xmp", "icc_profile", "comment", "XML:com.adobe.xmp", "Author"}
        exif = img.getexif()
        assert exif.get_ifd(ExifTags.IFD.GPSInfo) == {}
        assert ExifTags.Base.Make not in exif and ExifTags.Base.Orientation not in exif
    # The pixels: as a viewer showed the original, the right way up, same size.
    expected = shown(original)
    assert close_enough(shown(kept.data), expected, lossless=fmt in LOSSLESS)
    if fmt not in ("heif", "gif"):  # HEIF ignores EXIF orientation by its spec; GIF has none
        assert expected.size == (SIZE[1], SIZE[0]), "orientation 6 was applied"
        assert expected.getpixel((SIZE[1] - 1, 0))[0] > 150, "the red corner is now top right"


def test_heic_becomes_a_jpeg_that_element_can_show() -> None:
    kept = clean_attachment(with_metadata("heif", "x"))
    assert kept.mimetype == "image/jpeg" and kept.data.startswith(b"\xff\xd8")
    assert kept.name("IMG_0042.HEIC") == "IMG_0042.jpg"
    assert kept.name("photo") == "photo.jpg"
    assert clean_attachment(with_metadata("png", "x")).name("a.png") == "a.png"


def test_a_jpeg_with_legal_fill_bytes_is_cleaned_too() -> None:
    marker = uuid.uuid4().hex
    original = with_metadata("jpeg", marker)
    # 0xFF fill bytes may precede any marker (ITU T.81 B.1.1.2); a parser that trips on them
    # used to hand the file back untouched, GPS and all.
    filled = original[:2] + b"\xff" * 7 + original[2:]
    with Image.open(io.BytesIO(filled)) as img:
        assert img.getexif().get_ifd(ExifTags.IFD.GPSInfo), "the GPS block is there to be removed"
    kept = clean_attachment(filled)
    assert kept.cleaned
    assert marker.encode() not in kept.data and b"Exif\x00\x00" not in kept.data
    assert close_enough(shown(kept.data), shown(original), lossless=False)


def test_the_format_comes_from_the_bytes_not_the_name_or_type() -> None:
    marker = uuid.uuid4().hex
    for fmt in FORMATS:
        data = with_metadata(fmt, marker)
        assert clean_attachment(data).cleaned, fmt  # no mimetype or message type is even asked for
    assert sniff(b"%PDF-1.7") is None


def test_what_cannot_be_cleaned_is_kept_as_sent_and_flagged() -> None:
    pdf = b"%PDF-1.4\n1 0 obj << /Author (someone at risk) /Producer (Phone) >> endobj\n%%EOF\n"
    docx = b"PK\x03\x04" + b"docProps/core.xml <dc:creator>someone</dc:creator>"
    damaged = with_metadata("jpeg", "d")[:300]  # cut off mid-image
    for data in (pdf, docx, damaged, b"", b"\x89PNG\r\n\x1a\n"):
        kept = clean_attachment(data)
        assert kept == Cleaned(data, cleaned=False, kind=sniff(data)), data[:8]


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


@pytest.mark.parametrize("side", [int((MAX_PIXELS * 1.2) ** 0.5), 50_000])
def test_a_decompression_bomb_is_not_decoded(side: int) -> None:
    bomb = _png_header(side, side)
    start = time.monotonic()
    kept = clean_attachment(bomb)
    assert kept == Cleaned(bomb, cleaned=False, kind="png")
    assert time.monotonic() - start < 2, "refused from the header, not after decoding"


def test_animations_keep_their_frames() -> None:
    frames = [Image.new("RGB", (20, 10), (80 * i, 0, 0)) for i in range(3)]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=[100, 200, 300], loop=0,
                   comment=b"COMMENT-anim")
    kept = clean_attachment(buf.getvalue())
    assert kept.cleaned and b"COMMENT-anim" not in kept.data
    with Image.open(io.BytesIO(kept.data)) as img:
        assert getattr(img, "n_frames", 1) == 3


# --- properties ---------------------------------------------------------------------------------


def _mutations(data: bytes) -> st.SearchStrategy[bytes]:
    def mutate(ops: list[tuple[int, int, int]]) -> bytes:
        out = bytearray(data)
        for kind, pos, value in ops:
            if not out:
                break
            i = pos % len(out)
            if kind == 0:
                out[i] = value
            elif kind == 1:
                out.insert(i, value)
            else:
                del out[i:]
        return bytes(out)

    return st.lists(st.tuples(st.integers(0, 2), st.integers(0, 10_000), st.integers(0, 255)),
                    min_size=1, max_size=4).map(mutate)


SAMPLES = {fmt: with_metadata(fmt, "fuzzmarker") for fmt in FORMATS}


@FUZZ
@given(st.one_of(st.binary(max_size=2000), *[_mutations(data) for data in SAMPLES.values()]))
def test_any_bytes_are_either_cleaned_or_kept_untouched_and_flagged(data: bytes) -> None:
    kept = clean_attachment(data)  # never raises
    if not kept.cleaned:
        assert kept.data == data
        return
    assert b"fuzzmarker" not in kept.data and b"Exif\x00\x00" not in kept.data
    with Image.open(io.BytesIO(kept.data)) as img:
        assert not set(img.info) & {"exif", "xmp", "comment"}


# --- every attachment, through both places that keep files --------------------------------------


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    box = SecretBox(generate_key())
    s = await Store.open(tmp_path / "continuum.db", box)
    try:
        yield s
    finally:
        await s.close()


async def test_an_image_sent_as_m_file_in_a_conversation_is_cleaned(tmp_path: Path) -> None:
    box = SecretBox(generate_key())
    store = await Store.open(tmp_path / "continuum.db", box)
    try:
        world = talk_kit.World(store, box)
        marker = uuid.uuid4().hex
        photo = Attachment("file", "scan.bin", "application/octet-stream", with_metadata("jpeg", marker))
        await world.onboard()
        for answer in ("3", "2", "6", "details", "yesterday", "1", "2", "4", "skip", "men", "skip"):
            await world.say(answer)
        await world.say("", kind="attachment", attachment=photo)
        (info,) = await read(store, lambda r: r.attachments.list_for_user(talk_kit.ANNA))
        stored = await read(store, lambda r: r.attachments.get(info.ref))
        assert stored is not None and stored.cleaned and stored.mimetype == "image/jpeg"
        assert marker.encode() not in stored.data and b"Exif\x00\x00" not in stored.data
    finally:
        await store.close()


async def test_files_relayed_to_mentors_are_cleaned_or_flagged(store: Store) -> None:
    world = mentors_kit.world.__wrapped__(store)  # type: ignore[attr-defined]
    await world.escalate(mentors_kit.threat())
    await world.sent()
    marker = uuid.uuid4().hex
    photo = Attachment("file", "IMG_1.HEIC", "application/octet-stream", with_metadata("heif", marker))
    assert await world.person("", kind="attachment", attachment=photo)
    pdf = Attachment("file", "report.pdf", "application/pdf", b"%PDF-1.4 /Author (someone)")
    assert await world.person("", kind="attachment", attachment=pdf)
    refs = [r["ref"] for r in await store.db.fetchall("SELECT ref FROM case_files ORDER BY id")]
    files = [await read(store, lambda r, ref=ref: r.attachments.get(ref)) for ref in refs]
    assert [(f.name, f.mimetype, f.cleaned) for f in files if f] == [
        ("IMG_1.jpg", "image/jpeg", True), ("report.pdf", "application/pdf", False)]
    assert marker.encode() not in files[0].data  # type: ignore[union-attr]


async def test_the_flag_is_kept_with_the_file_and_old_files_say_they_may_carry_metadata(store: Store) -> None:
    ref = await write(store, lambda uow: uow.attachments.add("@a:x", "a.jpg", "image/jpeg", b"x", 1.0, cleaned=True))
    assert (await read(store, lambda r: r.attachments.get(ref))).cleaned  # type: ignore[union-attr]
    ref = await write(store, lambda uow: uow.attachments.add("@a:x", "b.pdf", "application/pdf", b"x", 1.0,
                                                             cleaned=False))
    assert not (await read(store, lambda r: r.attachments.get(ref))).cleaned  # type: ignore[union-attr]


def test_the_mentors_are_warned_in_every_language() -> None:
    catalog = mentors_kit.LIB.catalog
    for lang in catalog.languages:
        text = catalog.render(lang, "mentor-file-not-cleaned", {"case": "C-0001"})
        assert "C-0001" in text and "mentor-file-not-cleaned" not in text, lang
