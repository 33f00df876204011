"""Clean identifying metadata out of files people send: location, device, names, times.

A photo from a phone carries its GPS position, the camera's make, model and serial number, the
time, sometimes the owner's name — in EXIF, XMP, IPTC, ICC profile descriptions or comments, in
whichever format the phone wrote (JPEG, PNG, WebP, HEIC/HEIF, TIFF, GIF). `clean_attachment`
is called for EVERY file, whatever its declared type or how it was sent (`m.image` or `m.file`):

- the format is told from the file's first bytes (magic numbers), never from the mimetype or
  the message type the sender's client chose;
- an image in one of those formats is decoded with Pillow (pillow-heif for HEIC/HEIF) under an
  explicit pixel limit — a decompression bomb is refused, not decoded — and only its PIXELS are
  encoded again: the EXIF orientation is applied to the pixels first (so the picture stays the
  right way up), a colour profile is applied and dropped, and nothing else of the original file
  is carried over. The result is opened again and checked before it is kept;
- anything that cannot be cleaned that way — another format, a PDF or office document, a
  damaged or oversized image — is kept exactly as it came (sealed like every file), and the
  result says `cleaned=False`, so that the mentors are told it may carry such details before
  they open it.

HEIC/HEIF (and AVIF) pictures become JPEG (PNG when they have transparency): pixels are kept,
and the mentors' Element can show them.
"""

from __future__ import annotations

import contextlib
import io
import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageCms, ImageSequence, JpegImagePlugin

log = logging.getLogger(__name__)

# Larger pictures are not decoded (a decompression bomb, or more than any phone takes): kept
# as they came and flagged. 100 megapixels is ~300 MB of RGB while it is cleaned.
MAX_PIXELS = 100_000_000
MAX_FRAMES = 500  # animations and multi-page files; beyond this, not decoded
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

try:  # HEIC/HEIF (iPhones' default); without it such files are kept and flagged
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIF_SUPPORT = True
except ImportError:  # pragma: no cover - pinned in requirements.lock
    HEIF_SUPPORT = False

# Per-format: what Pillow writes, and the mimetype and extension of the result.
_OUT: dict[str, tuple[str, str, str]] = {
    "jpeg": ("JPEG", "image/jpeg", ".jpg"),
    "png": ("PNG", "image/png", ".png"),
    "webp": ("WEBP", "image/webp", ".webp"),
    "tiff": ("TIFF", "image/tiff", ".tiff"),
    "gif": ("GIF", "image/gif", ".gif"),
}
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1", b"mif2"}
_AVIF_BRANDS = {b"avif", b"avis"}
# Pixel data a frame may keep from the original's `info` (timing and transparency: not metadata).
_KEEP_INFO = ("transparency", "duration", "loop", "disposal", "background")
# What must never be found in the bytes of a cleaned file (long enough never to occur by chance
# in compressed pixels), on top of the per-format checks of `_check`.
_MARKERS = (b"Exif\x00\x00", b"http://ns.adobe.com/xap/", b"<x:xmpmeta", b"adobe:ns:meta", b"Photoshop 3.0",
            b"ICC_PROFILE")
_META_INFO = {"exif", "xmp", "icc_profile", "comment", "photoshop", "XML:com.adobe.xmp", "iptc", "adobe"}
# The only chunks Pillow writes for pixels (PNG/APNG; WebP).
_PNG_CHUNKS = {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND", b"acTL", b"fcTL", b"fdAT"}
_WEBP_META = {b"EXIF", b"XMP ", b"ICCP"}
# TIFF tags that identify: Exif and GPS IFDs, XMP, IPTC, ICC, Photoshop; description, make,
# model, software, date, artist, host, copyright.
_TIFF_META = {0x8769, 0x8825, 0x02BC, 0x83BB, 0x8773, 0x8649, 0x010E, 0x010F, 0x0110, 0x0131, 0x0132, 0x013B,
              0x013C, 0x8298, 0xA005, 0x927C}
_ORIENT = {
    2: [Image.Transpose.FLIP_LEFT_RIGHT],
    3: [Image.Transpose.ROTATE_180],
    4: [Image.Transpose.FLIP_TOP_BOTTOM],
    5: [Image.Transpose.TRANSPOSE],
    6: [Image.Transpose.ROTATE_270],
    7: [Image.Transpose.TRANSVERSE],
    8: [Image.Transpose.ROTATE_90],
}


@dataclass(frozen=True)
class Cleaned:
    """What to keep of a file. `cleaned` is False when it may still carry identifying metadata
    (not an image we can clean, or one we could not decode); then `data` is the file as it came."""

    data: bytes
    cleaned: bool
    kind: str | None = None  # the format found by its magic bytes: jpeg, png, webp, heif, avif, tiff, gif
    mimetype: str | None = None  # the cleaned file's type, when it is an image we re-encoded
    extension: str | None = None

    def name(self, original: str) -> str:
        """The file's name, with the extension of what is kept (a HEIC photo becomes a .jpg)."""
        if self.extension is None or original.lower().endswith(self.extension):
            return original
        stem, dot, ext = original.rpartition(".")
        if dot and stem and len(ext) <= 5:
            return stem + self.extension
        return original + self.extension


def sniff(data: bytes) -> str | None:
    """The image format from the first bytes, or None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    if data[4:8] == b"ftyp":
        brands = {data[8:12]} | {data[i : i + 4] for i in range(16, min(len(data), 64), 4)}
        if data[8:12] in _HEIF_BRANDS or (brands & _HEIF_BRANDS and not brands & _AVIF_BRANDS):
            return "heif"
        if brands & _AVIF_BRANDS:
            return "avif"
    return None


def clean_attachment(data: bytes) -> Cleaned:
    """Clean any file a person sent (see the module docstring). Never raises."""
    kind = sniff(data)
    if kind is None:
        return Cleaned(data, cleaned=False)
    try:
        out_kind, blob = _reencode(data, kind)
    except Exception as e:  # damaged, unsupported, too large: kept as it came, and flagged
        log.info("a %s file could not be cleaned of metadata (%s); kept as sent, flagged", kind, type(e).__name__)
        return Cleaned(data, cleaned=False, kind=kind)
    _fmt, mimetype, extension = _OUT[out_kind]
    return Cleaned(blob, cleaned=True, kind=kind, mimetype=mimetype, extension=extension)


class _NotClean(Exception):
    """The re-encoded file still shows metadata, or did not come out as expected."""


def _reencode(data: bytes, kind: str) -> tuple[str, bytes]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow's notes about odd files: the outcome says enough
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(io.BytesIO(data)) as src:
            frames = _frames(src)
            out_kind = kind if kind in _OUT else ("png" if _has_alpha(frames[0][0]) else "jpeg")
            blob = _encode(frames, out_kind, src)
    _check(blob, out_kind, frames[0][0].size)
    return out_kind, blob


def _frames(src: Image.Image) -> list[tuple[Image.Image, dict[str, Any]]]:
    """Every frame as pixels only, turned the right way up, in sRGB; with its timing."""
    n = getattr(src, "n_frames", 1)
    if n > MAX_FRAMES or n * src.size[0] * src.size[1] > MAX_PIXELS * 2:
        raise _NotClean("too many frames")
    src.load()  # some plugins (TIFF) turn the pixels themselves on loading and drop the tag
    turns = _ORIENT.get(_orientation(src), [])
    icc = src.info.get("icc_profile")
    out = []
    for frame in _iterate(src, n):
        frame.load()
        pixels = _to_srgb(frame.copy(), icc)
        for turn in turns:
            pixels = pixels.transpose(turn)
        kept = {k: frame.info[k] for k in _KEEP_INFO if k in frame.info}
        pixels.info = {k: v for k, v in kept.items() if k == "transparency" and pixels.mode in ("P", "L", "RGB", "LA")}
        out.append((pixels, kept))
    return out


def _iterate(src: Image.Image, n: int) -> Iterator[Image.Image]:
    if n == 1:
        yield src
        return
    yield from ImageSequence.Iterator(src)


def _orientation(src: Image.Image) -> int:
    try:
        value = src.getexif().get(0x0112, 1)
    except Exception:  # a broken EXIF block: no rotation known
        return 1
    return value if isinstance(value, int) else 1


def _to_srgb(img: Image.Image, icc: Any) -> Image.Image:
    """Apply an embedded colour profile to the pixels (the profile itself, which can name the
    device, is not kept); CMYK and other modes become RGB."""
    if isinstance(icc, bytes) and icc and img.mode in ("RGB", "RGBA", "CMYK", "L"):
        with contextlib.suppress(Exception):  # an odd profile: the pixels stay as they are
            mode = "RGBA" if img.mode == "RGBA" else "RGB"
            converted = ImageCms.profileToProfile(
                img, ImageCms.ImageCmsProfile(io.BytesIO(icc)), ImageCms.createProfile("sRGB"), outputMode=mode
            )
            if converted is not None:
                img = converted
    if img.mode == "CMYK":
        img = img.convert("RGB")
    return img


def _has_alpha(img: Image.Image) -> bool:
    return img.mode in ("RGBA", "LA", "PA") or "transparency" in img.info


def _encode(frames: list[tuple[Image.Image, dict[str, Any]]], out_kind: str, src: Image.Image) -> bytes:
    fmt = _OUT[out_kind][0]
    first, timing = frames[0]
    options: dict[str, Any] = {}
    if out_kind == "jpeg":
        if first.mode not in ("RGB", "L"):
            first = first.convert("RGB")
        options["quality"] = 95
        if isinstance(src, JpegImagePlugin.JpegImageFile):
            # The original's own quantisation and subsampling: as close as JPEG allows to lossless.
            with contextlib.suppress(Exception):
                options["qtables"] = src.quantization
                sampling = JpegImagePlugin.get_sampling(src)
                if sampling >= 0:
                    options["subsampling"] = sampling
    elif out_kind == "webp":
        options.update(quality=95, method=4)
    elif out_kind == "tiff":
        options["compression"] = "tiff_lzw"
    if len(frames) > 1 and out_kind in ("gif", "webp", "tiff", "png"):
        options.update(save_all=True, append_images=[f for f, _ in frames[1:]])
        if out_kind != "tiff":
            options["duration"] = [t.get("duration", 100) for _, t in frames]
            options["loop"] = timing.get("loop", 0)
        if out_kind == "gif":
            options["disposal"] = [t.get("disposal", 0) for _, t in frames]
    buf = io.BytesIO()
    first.save(buf, fmt, **options)
    return buf.getvalue()


def _check(blob: bytes, out_kind: str, size: tuple[int, int]) -> None:
    """The cleaned file opens, has the expected size, and holds none of the metadata blocks."""
    with Image.open(io.BytesIO(blob)) as img:
        if img.size != size:
            raise _NotClean("size changed")
        if set(img.info) & _META_INFO:
            raise _NotClean("metadata left")
        if out_kind == "tiff":
            if set(getattr(img, "tag_v2", {})) & _TIFF_META:
                raise _NotClean("identifying TIFF tags left")
        elif len(img.getexif()):
            raise _NotClean("EXIF left")
        if out_kind == "jpeg" and any(name != "APP0" for name, _ in getattr(img, "applist", [])):
            raise _NotClean("an application segment left")
    if out_kind == "png" and not set(_png_chunks(blob)) <= _PNG_CHUNKS:
        raise _NotClean("a PNG chunk beyond the pixels")
    if out_kind == "webp" and set(_riff_chunks(blob)) & _WEBP_META:
        raise _NotClean("a WebP metadata chunk")
    if any(marker in blob for marker in _MARKERS):
        raise _NotClean("a metadata marker is left")


def _png_chunks(blob: bytes) -> Iterator[bytes]:
    i = 8
    while i + 8 <= len(blob):
        length = int.from_bytes(blob[i : i + 4], "big")
        yield blob[i + 4 : i + 8]
        i += 12 + length


def _riff_chunks(blob: bytes) -> Iterator[bytes]:
    i = 12
    while i + 8 <= len(blob):
        length = int.from_bytes(blob[i + 4 : i + 8], "little")
        yield blob[i : i + 4]
        i += 8 + length + (length & 1)


__all__ = ["HEIF_SUPPORT", "MAX_PIXELS", "Cleaned", "clean_attachment", "sniff"]
