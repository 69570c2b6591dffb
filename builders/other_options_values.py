"""What the other, available treatments achieve: a value of no trial.

A report's background often states how far the treatments patients already have get them: "Median overall survival
with available options does not surpass 8 months", "currently available therapies yield response rates below 5%",
"existing treatments offer a median PFS of only 2 months". The value is of those treatments in general, not of the
report's trial or of any arm of it; the trial reader, with the report's trial in focus, can still put it on the trial's
arm. A value whose sentence gives it for the available, existing or current options (the treatments named as a class,
not a therapy or an arm) and sets no arm against them ("compared with available options, A ...") is dropped (s47
outfix).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

# the treatments patients already have, named as a class: "available options", "currently available therapies",
# "existing treatment options", "current treatments"
_OTHER_OPTIONS = prefiltered(lazy_compile(
    r"\b(?:(?:currently|presently|now)\s+)?(?:available|existing|current|approved)\s+(?:standard\s+|systemic\s+|"
    r"later-line\s+|salvage\s+)?(?:treatment\s+|therapeutic\s+)?(?:options|therapies|treatments|regimens|agents|drugs)\b",
    re.I))
# the options set against an arm: "compared with available therapies, A ...", "over existing treatments"
_AGAINST = lazy_compile(r"\b(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|than|over|beyond|outperform\w*|"
                        r"superior\s+to|better\s+than)\s+(?:the\s+|those\s+of\s+)?(?:\w+\s+){0,2}$", re.I)


def other_options(sentence: str) -> bool:
    """Whether ``sentence`` gives its values for the available treatments, set against no arm."""
    for m in _OTHER_OPTIONS.finditer(sentence):
        if _AGAINST.search(sentence[max(0, m.start() - 40):m.start()]) is None:
            return True
    return False


def without_other_options_values(outcomes: list) -> list:
    """``outcomes`` without the ones whose sentence gives the value for the available treatments (module docstring)."""
    return [o for o in outcomes if not other_options(o.evidence.sentence)]
