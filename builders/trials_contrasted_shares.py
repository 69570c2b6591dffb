"""A response rate given as the share of one arm's patients who responded, set against the other arm's share after
"versus" or "compared with": "In the combination arm, 41.5% of patients achieved a response compared with 33.0%
without A", "Only 4.0% of patients responded to the combination, versus 2.5% for B" (the trial reader,
builders/trials_placing.py, names the arms: the one the sentence names before the contrast, and the one right after the
second share).

The share says who responded in plain words ("of patients", "of the evaluable patients"), never a part of them set
apart by a feature ("41% of patients with KRAS-mutant tumours responded"), nor a response to an earlier therapy
("responded to prior A"). The second share is a bare percentage, perhaps with its confidence interval in brackets.

>>> s = contrasted_shares("In the combination arm, 41.5% (95% CI, 30-50) of patients achieved a response compared with 33.0% without A.")
>>> [(x.first, x.second) for x in s]
[(41.5, 33.0)]
>>> [(x.first, x.second) for x in contrasted_shares("Only 4.0% of patients responded to the combination, versus 2.5% for B.")]
[(4.0, 2.5)]
>>> c = contrasted_shares("41% of patients responded, compared with 30% of those treated with B.")[0]
>>> "41% of patients responded, compared with 30% of those treated with B."[c.end:]
' B.'
>>> contrasted_shares("41% of patients with KRAS-mutant tumours responded, versus 20% for B.")
[]
>>> contrasted_shares("12% of patients responded to prior A, compared with 30% for B.")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from builders.design_words import ASSIGN_VERB
from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

# "41.5% (95% CI, 30-50) of patients achieved a response", "4.0% of patients responded", "38% of the evaluable patients
# had an objective response"; then, in the same clause, "versus 2.5%", "compared with 33.0% (95% CI, 20-40)"
_CONTRASTED_SHARE = prefiltered(lazy_compile(
    r"(?<![\w.\-/])(?P<first>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)\s*(?:\([^()]{0,40}\)\s*)?"
    r"of\s+(?:the\s+|all\s+)?(?:(?:evaluable|treated|enrolled)\s+)?(?:patients|participants|pts)\s+"
    # (the arm perhaps named between: "of the patients in the combination arm")
    r"(?:(?:in|on)\s+(?:the\s+)?[\w+/\-]+(?:\s+[\w+/\-]+){0,3}?\s+(?:arm|group|cohort)\s+)?"
    r"(?P<result>responded\b|(?:achieved|had|experienced)\s+(?:an?\s+)?(?:(?:objective|overall|confirmed)\s+)?"
    r"(?:tumou?r\s+)?responses?\b)"
    r"(?!\s+(?:to\s+)?(?:(?:their|the|a|an)\s+)?(?:prior|previous|earlier|first-line|initial|preceding|induction)\b)"
    r"(?P<between>[^.;%]{0,40}?),?\s*(?:versus|vs\.?|compared\s+(?:with|to))\s+"
    r"(?P<second>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)(?:\s*\([^()]{0,40}\))?"
    # (the second share's patients named before their arm: "33.0% of patients treated with B", "30% of those in the B arm")
    r"(?:\s+of\s+(?:the\s+)?(?:patients|those|participants)\s+(?:(?:who\s+(?:were\s+)?)?(?:treated\s+with|given|"
    rf"receiving|received|{ASSIGN_VERB}\s+to)|in|on)(?=\s))?", re.I))


@dataclass(frozen=True)
class ContrastedShare:
    """One contrast: the first share and where it ends, where its result starts and ends (the first arm is named
    before the share, between it and its result, or between the result and ``contrast_start``), the second share, where its number ends and where
    the share ends with its bracket (its arm is named right after ``end``)."""
    first: float
    first_start: int
    first_end: int
    result_start: int
    result_end: int
    contrast_start: int
    second: float
    second_start: int
    second_end: int
    end: int


def contrasted_shares(text: str) -> list[ContrastedShare]:
    """Each share of patients who responded set against a second share in ``text`` (module docstring)."""
    found = []
    for m in _CONTRASTED_SHARE.finditer(text):
        found.append(ContrastedShare(float(m.group("first")), m.start("first"), m.end("first"), m.start("result"), m.end("result"),
                                     m.end("between"), float(m.group("second")), m.start("second"), m.end("second"),
                                     m.end()))
    return found
