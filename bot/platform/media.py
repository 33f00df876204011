"""Strip identifying metadata (EXIF with GPS and device serials, XMP, text chunks) from images.

Pure byte-level parsing of JPEG segments and PNG chunks, so no imaging library is needed. A
file that does not parse cleanly is returned unchanged: evidence is never damaged or lost.
"""

from __future__ import annotations

import struct

_JPEG_DROP = {0xE1, 0xE2, 0xEC, 0xED, 0xEE, 0xFE}  # APP1 EXIF/XMP, APP2 ICC/FPXR, APP12-14, COM
_PNG_DROP = {b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"tIME"}
_PNG_SIG = b"\x89PNG\r\n\x1a\n"


def strip_metadata(data: bytes, mimetype: str) -> bytes:
    try:
        if data.startswith(b"\xff\xd8"):
            return _strip_jpeg(data)
        if data.startswith(_PNG_SIG):
            return _strip_png(data)
    except (ValueError, struct.error, IndexError):
        return data
    return data


def _strip_jpeg(data: bytes) -> bytes:
    out = bytearray(b"\xff\xd8")
    i = 2
    while i < len(data):
        if data[i] != 0xFF:
            raise ValueError("not at a marker")
        marker = data[i + 1]
        if marker == 0xDA:  # start of scan: the rest is image data
            out += data[i:]
            return bytes(out)
        if 0xD0 <= marker <= 0xD9 or marker == 0x01:
            out += data[i : i + 2]
            i += 2
            continue
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        segment = data[i : i + 2 + length]
        if len(segment) != 2 + length:
            raise ValueError("truncated segment")
        if marker not in _JPEG_DROP:
            out += segment
        i += 2 + length
    raise ValueError("no image data")


def _strip_png(data: bytes) -> bytes:
    out = bytearray(_PNG_SIG)
    i = len(_PNG_SIG)
    while i < len(data):
        (length,) = struct.unpack(">I", data[i : i + 4])
        kind = data[i + 4 : i + 8]
        chunk = data[i : i + 12 + length]
        if len(chunk) != 12 + length:
            raise ValueError("truncated chunk")
        if kind not in _PNG_DROP:
            out += chunk
        i += 12 + length
        if kind == b"IEND":
            return bytes(out)
    raise ValueError("no IEND")
