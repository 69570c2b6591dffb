"""Arms a sentence lists for a trial the reader does not know, beside a trial it knows named as a further population.

A translational report often says which trial its samples come from with the arms the patients were randomised to,
and names a second trial only as the population the analysis was carried on to ("samples from 200 patients randomised
to A, A and B, or A, B and C in the X trial and extended the analysis to the Y population"; "... and validated the
findings in the Y cohort"). The arms belong to X, the trial named right after them ("randomised to ... in the X
trial"); Y gets no arm, count or value from that sentence. When the reader does not know X as a trial (its name is
also a gene's, or it is in no registry), nothing of the sentence is read as a trial's: giving X's arms to Y is worse
than reading none. A sentence whose X the reader knows is left to the trial reader (its focus takes X).
"""
from __future__ import annotations

import re

from builders.design_words import ASSIGN_VERB
from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

# "randomised to capecitabine (C), ... or CB and mitomycin (CBM) in the X trial", "randomly assigned to A or B in
# the phase III X study": the arms, then the trial that holds them
_RANDOMISED_IN = prefiltered(lazy_compile(
    rf"\b(?i:{ASSIGN_VERB})\s+(?i:to|between)\b[^.;]{{3,300}}?\s+"
    r"(?i:in|within|into|of)\s+the\s+(?:(?i:randomi[sz]ed|multicent(?:er|re)|phase\s+(?:[I1-4]{1,3}|[1-4])(?:/(?:[I1-4]{1,3}|[1-4]))?)\s+)*"
    r"(?P<name>[A-Z][\w\-]*(?:\s+[A-Z0-9][\w\-]*)?)\s+(?i:trial|study)\b"))


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name).lower()


def arms_of_unknown_trial(text: str, mentions, trial) -> bool:
    """Whether the sentence lists the arms patients were randomised to "in the X trial", the reader knows no trial at
    X's name there, and ``trial`` (the trial in focus, an Entity or None) is not called X either: the arms are X's.

    >>> from kg.model import Entity
    >>> t = "Tissue from 120 patients randomised to A or A plus B in the ZETA trial was tested and the analysis extended to the OMEGA-4 cohort."
    >>> arms_of_unknown_trial(t, [], Entity("crc:t1", "Trial", "OMEGA-4"))
    True
    >>> arms_of_unknown_trial(t, [], Entity("crc:t2", "Trial", "ZETA", ("ZETA trial",)))
    False
    >>> arms_of_unknown_trial("Patients were randomised to A or B in this study.", [], Entity("crc:t1", "Trial", "OMEGA-4"))
    False
    """
    m = _RANDOMISED_IN.search(text)
    if m is None or trial is None:
        return False
    name = m.span("name")
    if any(t.entity.category == "Trial" and t.start < name[1] and name[0] < t.end for t in mentions):
        return False  # the trial that holds the arms is known: its own arms
    key = _key(m.group("name"))
    return bool(key) and not any(key in _key(n) for n in (trial.name, *trial.synonyms))


_SHORT_FORM = lazy_compile(r"\(([A-Z][A-Za-z0-9+]{0,5})\)")


def arm_short_forms(text: str) -> frozenset[str]:
    """The short forms the arms of :func:`arms_of_unknown_trial`'s list are given in brackets ("capecitabine (C),
    capecitabine and bevacizumab (CB)" -> C, CB): a later sentence that sets them side by side ("C vs CB") speaks of
    the same trial's arms.

    >>> sorted(arm_short_forms("patients randomised to A (F), A and B (FB), or FB and C (FBC) in the ZETA trial"))
    ['F', 'FB', 'FBC']
    """
    m = _RANDOMISED_IN.search(text)
    return frozenset(_SHORT_FORM.findall(text, m.start(), m.start("name"))) if m is not None else frozenset()


def names_short_forms(text: str, forms: frozenset[str]) -> bool:
    """Whether ``text`` uses one of ``forms`` as a word of its own ("(C vs CB+CBM)").

    >>> names_short_forms("PFS HR (F vs FB+FBC), 0.3", frozenset({"F", "FB"})), names_short_forms("FOLFOX", frozenset({"F"}))
    (True, False)
    """
    return any(re.search(rf"(?<![\w\-]){re.escape(f)}(?![\w\-])", text) for f in forms)
