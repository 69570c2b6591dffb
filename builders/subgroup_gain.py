"""One subgroup's gain on a therapy: "In RAS wild-type patients, PFS was longer and response was higher with A".

A rule that reads a marker-defined group, an outcome said to be better (or worse) and the therapy it was had
with may span a list of outcomes ("PFS was improved, objective response was higher, and there was a trend
toward improved OS with A"). The statement holds for that one group only when nothing between the group and
the therapy opens a second group or a contrast ("..., whereas in KRAS-mutant patients ...", "than in those
with ...", "; in the other arm ..."): then the therapy may be another group's.
"""
from __future__ import annotations

# words that open a second group or a contrast between the group and the therapy
_CONTRAST = frozenset({"whereas", "while", "but", ";", "than", "versus", "vs", "vs.", "although", "however",
                       "compared", "unlike", "except"})


def one_group_span(tokens: list, lo: int, hi: int) -> bool:
    """No entity other than a disease ("in mCRC") and no contrast word in ``tokens[lo:hi]`` (the words between
    a group and the therapy its outcome was had with)."""
    for k in range(max(lo, 0), min(hi, len(tokens))):
        t = tokens[k]
        if t.lower in _CONTRAST or any(e.category != "Disease" for e in t.entities):
            return False
    return True


# words that make a benefit named after a therapy no benefit ("with no benefit", "limited efficacy", "less benefit");
# "modest" is kept: "with a modest benefit also among patients with X" still reports a benefit in that group
_WEAKENING = frozenset({"no", "not", "little", "less", "lower", "reduced", "without", "lack", "limited", "minimal",
                        "marginal", "negligible", "poor", "poorer", "inferior", "worse", "lost", "failed", "neither"})


def benefit_unweakened(tokens: list, lo: int, hi: int) -> bool:
    """No word in ``tokens[lo:hi]`` (the words from the therapy to the group its benefit is said of) takes the
    benefit away."""
    return not any(tokens[k].lower in _WEAKENING for k in range(max(lo, 0), min(hi, len(tokens))))


# what may stand between an outcome and the therapy it was had on besides more outcomes: the values reported for it
# ("had shorter OS (39 vs. 27 months; P = .018) and PFS (PFS) during A treatment")
_VALUE_WORDS = frozenset({"vs", "vs.", "versus", "v", "months", "month", "mo", "mo.", "weeks", "week", "days", "p", "hr",
                          "ci", "or", "and", "median", "respectively", "rate", "rates", "%", "=", "<", ">", "≤", "≥", "(", ")", "[", "]",
                          ";", ",", ".", ":", "-", "–", "95", "n", "range"})
_NUMBER_CHARS = frozenset("0123456789.,·−–-%")


def values_only(tokens: list, lo: int, hi: int, outcome_cue: str) -> bool:
    """Every token of ``tokens[lo:hi]`` is a value, a word of a value's bracket, or part of an outcome's name (a
    token carrying ``outcome_cue`` and the words that cue spans)."""
    k = max(lo, 0)
    hi = min(hi, len(tokens))
    while k < hi:
        t = tokens[k]
        if outcome_cue in t.cues:
            k = max(k + 1, t.cues[outcome_cue])
            continue
        low = t.lower
        abbreviation = t.text.isupper() and len(t.text) <= 5 and not t.entities  # "(PFS)", "OS"
        if low not in _VALUE_WORDS and not (low and all(c in _NUMBER_CHARS for c in low)) and not abbreviation:
            return False
        k += 1
    return True
