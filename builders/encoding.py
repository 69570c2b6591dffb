"""How a document's bytes become its text: the one decoding every reader of a document uses.

UTF-8 is read as it is; a byte-order mark (BOM) selects UTF-8, UTF-16 or UTF-32 and is not part of
the text, so evidence offsets index the text after the mark. UTF-16/32 without a mark is named as
such (not guessed), anything else with NUL bytes is binary. Line endings are kept as they are
(``\\n``, ``\\r\\n`` or a lone ``\\r``); :func:`content_key` is the same for two files that differ
only in a BOM or their line endings.
"""
from __future__ import annotations

import codecs
import hashlib

# longest mark first: the UTF-32-LE mark begins with the UTF-16-LE one
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
         (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))
_SNIFF_BYTES = 8192


class DecodeError(ValueError):
    """Bytes that are not text this reader can decode; the message names the file and what to do."""


def _line_at(data: bytes, offset: int) -> int:
    """The 1-based line of byte ``offset``, counting ``\\n``, ``\\r\\n`` and a lone ``\\r`` as line ends."""
    head = data[:offset]
    return head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1


def _wide_without_bom(sample: bytes) -> str | None:
    """"UTF-16 (little-endian)" etc. when ``sample`` has the NUL-byte pattern of mostly-ASCII text
    in a two- or four-byte encoding, else None.

    >>> _wide_without_bom("KRAS and BRAF".encode("utf-16-le")), _wide_without_bom(b"\\x00\\x01PNG" * 10)
    ('UTF-16 (little-endian)', None)
    """
    def nul_share(step: int, at: int) -> float:
        column = sample[at::step]
        return column.count(0) / len(column) if column else 0.0

    if len(sample) < 8:
        return None
    for step, name in ((4, "UTF-32"), (2, "UTF-16")):
        shares = [nul_share(step, at) for at in range(step)]
        if shares[0] < 0.1 and min(shares[1:]) > 0.9:
            return f"{name} (little-endian)"
        if shares[-1] < 0.1 and min(shares[:-1]) > 0.9:
            return f"{name} (big-endian)"
    return None


def decode_text(data: bytes, name: str) -> str:
    """The text of a document file's bytes; raises :class:`DecodeError` when they are not text.

    >>> decode_text("MET gain".encode("utf-16"), "a.txt"), decode_text(b"\\xef\\xbb\\xbfMET", "a.txt")
    ('MET gain', 'MET')
    >>> decode_text("MET gain".encode("utf-16-be"), "a.txt")
    Traceback (most recent call last):
    ...
    builders.encoding.DecodeError: a.txt: looks like UTF-16 (big-endian) text without a byte-order mark; re-save the file as UTF-8
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"{name}: invalid {label} at byte {exc.start}; re-save the file as UTF-8") from None
            if "\x00" in text[:_SNIFF_BYTES]:
                raise DecodeError(f"{name}: looks like a binary file, not plain text; "
                                  f"convert it to UTF-8 text first")
            return text  # the codec has dropped the mark
    if b"\x00" in data[:_SNIFF_BYTES]:
        wide = _wide_without_bom(data[:_SNIFF_BYTES])
        if wide:
            raise DecodeError(f"{name}: looks like {wide} text without a byte-order mark; re-save the file as UTF-8")
        raise DecodeError(f"{name}: looks like a binary file, not plain text; convert it to UTF-8 text first")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"{name}: invalid UTF-8 at byte {exc.start} (line {_line_at(data, exc.start)}); "
                          f"re-save the file as UTF-8") from None


def content_key(text: str) -> str:
    """SHA-256 of ``text`` with its line endings made ``\\n``: equal for the same document saved with
    ``\\n``, ``\\r\\n`` or ``\\r`` line endings, with or without a byte-order mark.

    >>> content_key("a\\r\\nb\\r") == content_key("a\\nb\\n") == content_key("a\\rb\\n")
    True
    """
    return hashlib.sha256(text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")).hexdigest()
