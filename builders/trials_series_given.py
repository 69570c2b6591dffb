"""What the counted patients of a report's own series received, as the sentence that states the series says it.

A retrospective or real-world report that names no study of its own (the trial reader's "present cohort study") often
counts its patients and says what they were given in the one sentence that states the series: "This single-centre
retrospective study included 157 patients ..., who received A plus B as later-line therapy", "OS and PFS were analysed
for 78 patients treated with A at six institutions", "The medical records of 43 patients with mCRC, who received A after
progression on standard therapy, were retrospectively reviewed". That therapy is the series' one arm, and the values
the report gives of its whole series are that arm's.

Only the words right after the verb of receiving, up to what ends the therapy (its line, setting, time or place: "as",
"at", "after", "between", a comma), and only in the active or participial forms: never what the patients "had
received" before, nor a therapy "prior" or "previous", nor alternatives ("A or B": two arms, read elsewhere).
This module only finds the words; the trial reader (builders.trials_focus) makes the regimen.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

_END = r"(?:as|at|after|in|for|from|between|during|until|on|since|before|following|beyond|with\s+(?:a|an|the)\b|who|and\s+(?:were|was|had)\b)"
# the count, its patients, and the verb of receiving, then the therapy
_GIVEN = lazy_compile(
    # (s47 pfocus: or its patients uncounted but chosen as a series: "This cohort study included consecutive patients
    # with mCRC who received A between ...")
    r"(?:\b\d[\d,]*|\b(?:all\s+)?(?:consecutive|eligible|unselected))\s+(?:[\w\-]+\s+){0,3}?(?:patients|participants|cases)\b[^.;]{0,160}?"
    r"(?:\btreated\s+with|\breceiving|\b(?:who|that)\s+(?:received|were\s+(?:treated\s+with|given)))\s+"
    rf"(?P<therapy>[^.;,()\[\]]{{1,100}}?)(?=\s+{_END}|\s*[,;.(\[]|\s*$)", re.I)
# words that make the therapy no one regimen given in the series: alternatives, an earlier therapy
_NOT_ONE = lazy_compile(r"\b(?:or|versus|vs|either|prior|previous|earlier|standard|any|other|various)\b", re.I)
# words of the patients' history before the verb ("patients who had progressed", "previously treated")
_HISTORY = lazy_compile(r"\b(?:had|previously|pre-?treated|refractory|progress\w*|failed|failure)\b", re.I)


def given_span(text: str) -> tuple[int, int] | None:
    """The span of the therapy the counted patients of the sentence ``text`` received, or None.

    >>> t = "This retrospective study included 57 patients, who received drugA plus drugB as second-line therapy."
    >>> t[slice(*given_span(t))]
    'drugA plus drugB'
    >>> given_span("We reviewed 40 patients who received drugA or drugB at our centre.") is None
    True
    >>> given_span("We reviewed 40 patients who had progressed and received drugA.") is None
    True
    """
    m = _GIVEN.search(text)
    if m is None or _NOT_ONE.search(m.group("therapy")) or _HISTORY.search(text, m.start(), m.start("therapy")):
        return None
    return m.start("therapy"), m.end("therapy")
