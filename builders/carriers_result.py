"""Whether what carriers were given is followed by how they fared.

"41 patients with MET-overexpressing mCRC were treated with cetuximab plus tivantinib" says who was selected
and what they received; it states no response, so the alteration is not yet said to predict one. The
selection becomes a statement of response where the same sentence, or the sentence right after it, reports
how the carriers fared: "... of whom 3 of 10 responded", "... and showed durable responses", "The ORR was
38%" (rescue.carriers_received_targeted_therapy, rescue.therapy_tested_in_carriers and their kin read the
predictor only then; builders/guards.py as_responding_alteration).

>>> bool(response_reported("Three of 12 patients responded to the combination."))
True
>>> bool(response_reported("Several patients showed durable partial responses."))
True
>>> bool(response_reported("Patients with HER2-positive disease benefited from the combination."))
True
>>> bool(response_reported("The results confirm a clinically meaningful benefit of the combination."))
True
>>> bool(response_reported("A larger trial is needed to confirm the benefit of the combination."))
False
>>> bool(response_reported("No patient responded to the combination."))
False
>>> bool(response_reported("The primary endpoint was the objective response rate."))
False
>>> bool(response_reported("Efficacy and safety of larotrectinib in patients with TRK fusion cancer."))
False
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# a response or benefit the carriers had, said as what happened (not an endpoint or an aim): "responded",
# "3 of 10 patients achieved ...", "showed durable responses", "benefited from", "responses were observed", "confirm a benefit",
# "prolonged PFS", "led to the approval of"
_RESPONSE_REPORT = lazy_compile(
    r"\b(?:responded|"
    r"(?:showed|had|achieved|attained|experienced|obtained|derived|exhibited)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:responses?|remissions?|regressions?|benefits?|disease\s+control|tumou?r\s+shrinkage)|"
    r"benefit(?:s|ed|ted)?\s+from|"
    r"(?<!\bto\s)confirm(?:s|ed)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:benefits?|efficacy|activity|responses?)|"
    r"(?:responses?|remissions?|regressions?|activity|efficacy|benefit)\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:observed|seen|noted|reported|documented)|"
    r"prolonged\s+(?:PFS|OS|(?:progression-free\s+|overall\s+)?survival)|"
    r"approv(?:al|ed))\b", re.I)
# a denial just before the report ("no patient responded", "did not achieve a response", "none had responses")
_DENIED_BEFORE = lazy_compile(r"\b(?:no|not|none|neither|nor|without|never|failed\s+to)\b(?:\s+[\w-]+){0,3}\s*$", re.I)


def response_reported(text: str) -> bool:
    """Does ``text`` report a response or benefit as what happened, not denied just before?"""
    return any(not _DENIED_BEFORE.search(text[max(0, x.start() - 40):x.start()])
               for x in _RESPONSE_REPORT.finditer(text))


def next_sentence(reading, text: str) -> str:
    """The text of the sentence right after the one whose text is ``text`` ("" for the last one or one not
    found); the map is made in one pass over the document, on first use."""
    return reading.document_wide("next_sentence", _next_sentences).get(text, "")


def _next_sentences(reading) -> dict[str, str]:
    sentences = [s.norm for s in getattr(reading.doc, "sentences", ())]
    found: dict[str, str] = {}
    for here, after in zip(sentences, sentences[1:]):
        found.setdefault(here, after)
    return found
