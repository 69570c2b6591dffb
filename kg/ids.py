"""Content-derived identifiers: stable hashes and readable slugs."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa", "⍺": "alpha"}


def stable_hash(*parts: object) -> str:
    """Hex SHA-256 of the parts' reprs; the same parts always give the same hash.

    >>> stable_hash("a", 1) == stable_hash("a", 1)
    True
    """
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


def slug(text: str) -> str:
    """A readable, IRI-safe slug.

    >>> slug("BRAF V600E-mutant mCRC")
    'braf_v600e_mutant_mcrc'
    >>> slug("TGF-β")
    'tgf_beta'
    """
    for char, name in _GREEK.items():
        text = text.replace(char, name)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"\+", "_plus_", text)
    text = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()
    return re.sub(r"_+", "_", text) or "x"
