"""Tumour mutational burden named by a cut-off, read as the TMB status it marks.

"TMB ≥10 mut/Mb", "a TMB above 20 mutations per megabase", "TMB ≤23 mut/Mb": the patients on one side of a
cut-off in mutations per megabase are the TMB-high or the TMB-low ones. The mention of the burden and the
cut-off after it become one mention of the vocabulary's status (``TMB-high`` / ``TMB-low``), so a rule reads
"patients with TMB ≤23 mut/Mb had shorter PFS" as it reads "patients with a low TMB had shorter PFS". A
burden with no cut-off, or a cut-off in other units, is left as it is. The recogniser calls
:func:`tmb_cutoffs` once biomarkers are read.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

_HIGH = r"≥|>=|>|at least|above|over|more than|greater than|higher than|exceeding"
_LOW = r"≤|<=|<|below|under|less than|lower than|fewer than"
# after the burden: "of", "value of", "score of", the comparison, the number and the unit
_CUTOFF_AFTER = lazy_compile(
    rf"\s*(?:(?:value|score|level)\s+)?(?:of\s+)?(?:(?P<high>{_HIGH})|(?P<low>{_LOW}))\s*(?P<n>\d+(?:\.\d+)?)\s*"
    r"(?:mut(?:ation)?s?\s*/\s*Mb|mutations?\s+per\s+(?:megabase|Mb))(?![A-Za-z])", re.I)
_BURDEN = "tumor mutational burden"


def tmb_cutoffs(vocab, text: str, mentions: list) -> list:
    """Mentions with each tumour mutational burden followed by a cut-off read as the status on that side of it."""
    from builders.recognize import Mention

    out = list(mentions)
    for m in mentions:
        if m.entity.name != _BURDEN:
            continue
        cut = _CUTOFF_AFTER.match(text, m.end)
        if cut is None:
            continue
        status_id = vocab.resolve("TMB-high" if cut.group("high") else "TMB-low")
        if status_id is None:
            continue
        out = [o for o in out if not (m.start <= o.start and o.end <= cut.end())]
        out.append(Mention(m.start, cut.end(), text[m.start:cut.end()], vocab.entities[status_id], "pattern"))
    return sorted(out, key=lambda x: (x.start, x.end))
