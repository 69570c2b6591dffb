"""A kind of therapy written as a prefix that shares the word "therapy" of the next item: "radio- and
chemotherapy", "chemo- or radiotherapy", "chemo- and immunotherapy".

The prefix with the shared word names a therapy of its own ("radio-" is radiotherapy there); it is read as that
therapy where the vocabulary knows the joined name and nothing was read on the prefix.
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile

# s47 classes: the prefix, the joining word and the item whose "therapy" it shares
PREFIXED_THERAPY = lazy_compile(r"(?<![\w\-])(?P<pre>[Rr]adio|[Cc]hemo|[Ii]mmuno)-\s*(?:and/or|and|or|,)\s+"
                                r"(?:(?:radio|chemo|immuno)-\s*(?:and/or|and|or|,)\s+)?(?:radio|chemo|immuno)therap(?:y|ies)\b")
MAY_PREFIXED_THERAPY = lazy_compile(r"(?:adio|hemo|mmuno)-\s*(?:and|or|,)")


def prefixed_therapies(r, text: str, mentions: list, make_mention) -> list:
    """``mentions`` with a therapy written as a prefix before the item whose "therapy" it shares ("radio-" of
    "radio- and chemotherapy") read as that therapy.

    >>> from builders.recognize import Recognizer
    >>> from builders.pattern_mentions import _mention
    >>> from kg.vocab import load_vocabulary
    >>> text = "sensitivity to radio- and chemotherapy"
    >>> [(m.text, m.entity.name) for m in prefixed_therapies(Recognizer(load_vocabulary()), text, [], _mention)]
    [('radio-', 'radiotherapy')]
    """
    out = list(mentions)
    for hit in PREFIXED_THERAPY.finditer(text):
        start, end = hit.span("pre")
        entity_id = r.vocab.by_name.get(f"{hit.group('pre').lower()}therapy")
        if entity_id is None or any(m.start < end + 1 and start < m.end for m in out):
            continue
        out.append(make_mention(start, end + 1, text, r.vocab.entities[entity_id]))
    return sorted(out, key=lambda m: (m.start, m.end))
