"""A class the vocabulary names "anti-X" with a plain head word after it.

"anti-BRAF agents", "anti-MEK drugs", "anti-VEGF compounds": the vocabulary knows "anti-BRAF" as the BRAF
inhibitor class, and the head word after it ("agents", "drugs", "compounds") is that
class's own head, not a word between two therapies; taking it into the class lets a combination written class
by class read as one ("anti-BRAF agents plus anti-EGFR agents": the BRAF inhibitor with the anti-EGFR class).
An antibody head ("anti-X antibodies") names another kind and is left to the antibody readers.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

MAY_ANTI_HEAD = lazy_compile(r"\banti-?[A-Za-z0-9]", re.I)
# (not "therapy" or "treatment": "anti-X therapy with A and B" names the class by the drugs it is given as)
_PLAIN_HEAD_AFTER = lazy_compile(r"[-\s](?:agents?|drugs?|compounds?)(?![A-Za-z\-])", re.I)
# the class's written name already ends with a head word
_HAS_HEAD = lazy_compile(r"(?:agents?|drugs?|therap(?:y|ies)|treatments?|compounds?|antibod(?:y|ies)|mAbs?|"
                         r"inhibitors?|inhibition|blockade|blockers?|antagonists?|regimens?)$", re.I)


def anti_heads(text: str, mentions: list, make_mention) -> list:
    """``mentions`` with a plain head word taken into the "anti-X" class right before it ("anti-BRAF agents"),
    where no other mention starts in the head.

    >>> from kg.model import Entity
    >>> from types import SimpleNamespace as M
    >>> e = Entity("crc:class_braf_inhibitor", "DrugClass", "BRAF inhibitor")
    >>> mk = lambda s, t, text, ent: M(start=s, end=t, text=text[s:t], entity=ent)
    >>> [m.text for m in anti_heads("anti-BRAF agents plus X", [mk(0, 9, "anti-BRAF agents plus X", e)], mk)]
    ['anti-BRAF agents']
    """
    starts = [m.start for m in mentions]
    out = []
    for m in mentions:
        e = m.entity
        if e.category == "DrugClass" and m.text[:4].lower() == "anti" and not _HAS_HEAD.search(m.text):
            after = _PLAIN_HEAD_AFTER.match(text, m.end)
            if after is not None and not any(m.end <= s < after.end() for s in starts):
                out.append(make_mention(m.start, after.end(), text, e))
                continue
        out.append(m)
    return out
