"""The count of a marker-defined population a results passage opens with: "In patients with KRAS wild-type tumours
(n=666), the main findings were as follows".

A report on a trial may open its results with the population they are of and its count in a bracket, without naming
the trial again (the sentence before did). The count is the trial's, kept with the population's marker as its label;
a population named by no marker ("In patients with mCRC (n=120)") or a bracket later in the sentence ("... the ORR in
arm A (n=60) was ...") gives no such count.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# "In patients with KRAS wild-type tumours (", "Among the patients harbouring BRAF V600E mutations ("
_OPENING = lazy_compile(r"\s*(?:In|Among|For)\s+(?:the\s+|those\s+|all\s+)?(?:patients|pts|participants)\s+"
                        r"(?:with|harbou?ring|bearing|carrying)\s+[^,;:()]{3,80}?\s*(?=\()", re.I)


def opening_count_start(text: str) -> int | None:
    """Where the bracket of the population a sentence opens with starts, or None (see the module docstring)."""
    m = _OPENING.match(text)
    return m.end() if m else None
