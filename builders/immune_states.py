"""A tumour's immune state written in other words than the vocabulary's, read as the state it names.

"immune-depressed tumors", "an immune-desert phenotype", "immune-cold subtypes", "a non-inflamed or 'cold' TME",
"immunologically ignorant tumours": a tumour, its microenvironment or a subtype described as lacking immune
activity is the immune-cold tumour microenvironment; "an immune-excluded niche", "immune-excluded tumours": the
T cells kept out of it (T-cell exclusion); "immune-suppressed tumours": immunosuppression. The state word and its
head become one mention of the vocabulary's process, in place of any shorter mention inside it. An inflamed
("hot") tumour is no such state and is left alone. The recogniser calls :func:`immune_states` once mechanisms are
read.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.pattern_mentions import _mention

# the state word, then (after an optional "or 'cold'") what is in that state
_STATE = lazy_compile(
    r"(?<![\w\-])(?P<state>immune[-\s]?(?P<excluded>excluded)|immune[-\s]?(?P<suppressed>suppressed)|"
    r"immune[-\s]?(?:depressed|desert(?:ed)?|cold|ignorant|inert|poor)|non[-\s]?inflamed|"
    r"immunologically\s+(?:cold|ignorant|quiescent|inert|silent))"
    r"(?:\s+(?:or|and)\s+[\"“”']?cold[\"“”']?)?[-\s]+"
    r"(?P<head>tumou?rs?|TMEs?|(?:tumou?r\s+)?micro-?environments?|environments?|niches?|phenotypes?|subtypes?|"
    r"lesions?|milieu|states?|metastases|cancers?)(?![\w\-])", re.I)
MAY_STATE = lazy_compile(r"immune[-\s]?(?:excluded|suppressed|depressed|desert|cold|ignorant|inert|poor)|"
                         r"non[-\s]?inflamed|immunologically\s", re.I)
_COLD, _EXCLUDED, _SUPPRESSED = "immune-cold tumor microenvironment", "T-cell exclusion", "immunosuppression"


def immune_states(vocab, text: str, mentions: list) -> list:
    """Mentions with each tumour immune state written in other words read as the vocabulary's state."""
    out = list(mentions)
    for m in _STATE.finditer(text):
        name = _EXCLUDED if m.group("excluded") else _SUPPRESSED if m.group("suppressed") else _COLD
        state_id = vocab.resolve(name)
        if state_id is None:
            continue
        start, end = m.start(), m.end()
        if any(o.start < end and start < o.end and not (start <= o.start and o.end <= end) for o in out):
            continue  # a longer mention crosses it: left as read
        out = [o for o in out if not (start <= o.start and o.end <= end)]
        out.append(_mention(start, end, text, vocab.entities[state_id]))
    return sorted(out, key=lambda x: (x.start, x.end))
