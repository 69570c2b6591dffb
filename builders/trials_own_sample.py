"""A research article's own sample, counted where it is analysed (for the trial reader's own study, builders/trials_focus.py).

A mechanism or biomarker paper, a profiling study or a real-world series with a dated author line reports a study of its
own when it counts what it analysed: "The expression of A was determined by IHC in 60 tumour specimens", "In this study,
8887 CRC cases were evaluated by genomic profiling", "Hundred and thirty-five archival samples were collected", a listed
point "Subjects: 166 patients treated with A". A pool screened for eligibility ("1,020 samples were screened") is no
such sample, nor a count a sentence gives of an earlier study it names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from builders.lazy_patterns import lazy_compile
from builders.context import add_outcome
from builders.prefilter import prefiltered

_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS = rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-]{_UNITS})?"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
# a count in digits or in words, up to the hundreds ("Hundred and thirty-five", "one hundred twenty")
_COUNT = (rf"(?:a\s+total\s+of\s+)?(?P<{{}}>\d[\d,]*|(?:(?:a|one|{_UNITS})\s+)?hundred(?:\s+(?:and\s+)?(?:{_TENS}|{_TEENS}|{_UNITS}))?|"
          rf"{_TENS}|{_TEENS})")
_N1, _N2, _N3 = (_COUNT.format(name) for name in ("n1", "n2", "n3"))
# what an analysed sample counts
_ITEMS = r"(?P<{}>specimens|samples|cases|tumou?rs|tissues|patients|participants)"
_I1, _I2 = _ITEMS.format("i1"), _ITEMS.format("i2")
# a described sample: up to five words between the count and its noun ("60 formalin-fixed tumour specimens")
_DESCRIBED = r"(?:(?![\w\-]*\d)(?!(?:of|in|with|from|were|was|or|the)\b)[\w\-]+\s+){0,5}?"
# the verbs that analyse a sample
_ANALYSED = (r"(?:determined|assessed|measured|evaluated|examined|analy[sz]ed|stained|profiled|scored|tested|investigated|"
             r"sequenced|genotyped|collected|obtained|retrieved|identified|studied|reviewed)")

OWN_SAMPLE = prefiltered(lazy_compile(
    # "... was determined by immunohistochemistry (IHC) in 60 tumour specimens"
    rf"\b(?:determined|assessed|measured|evaluated|examined|analy[sz]ed|scored|investigated|detected|quantified)\s+"
    rf"(?:(?:by|using|with)\s+[^.;]{{1,80}}?\s+)?in\s+{_N1}\s+{_DESCRIBED}{_I1}\b|"
    # "In this study, 8887 CRC cases were evaluated", "Hundred and thirty-five archival samples were collected"
    rf"(?:^[\s•*\-]*|[.:]\s+|\b(?:in|for)\s+(?:this|the\s+present|our)\s+(?:study|analysis|series|cohort),\s+)"
    rf"{_N2}\s+{_DESCRIBED}{_I2}\s+(?:[^.;]{{0,80}}?\s)?(?:were|had\s+been)\s+(?:\w+ly\s+)?{_ANALYSED}\b|"
    # a listed point: "Subjects: 166 Dutch mCRC patients treated with A"
    rf"^[\s•*\-]*(?:subjects|patients|participants|study\s+population|population|sample)\s*:\s*{_N3}\s+{_DESCRIBED}"
    rf"(?P<i3>patients|participants|cases|specimens|samples)\b", re.I | re.M))


@lru_cache(maxsize=4)
def own_sample(text: str) -> re.Match | None:
    """The first statement of ``text`` that counts the sample the article itself analysed (see the module); ``None``
    when there is none. A screened pool ("... were screened") is never one. (Cached: the trial reader asks it of one
    document's text several times.)"""
    for m in OWN_SAMPLE.finditer(text):
        if not re.search(r"\bscreen", m.group(0), re.I):
            return m
    return None


def _first_group(m: re.Match, names: tuple[str, ...]) -> str | None:
    """The name of the first of the alternative groups ``names`` the match filled."""
    return next((g for g in names if m.group(g)), None)


# what the count counts, as the schema's units of n: patients, unless the text counts specimens, samples or cases
_UNIT_OF = {"specimens": "specimens", "tissues": "specimens", "tumours": "specimens", "tumors": "specimens",
            "samples": "samples", "cases": "cases"}


def sample_unit(m: re.Match) -> str:
    """What an :data:`OWN_SAMPLE` match counts, as a unit of ``n``: "60 tumour specimens" -> "specimens", "8887 CRC
    cases" -> "cases", "166 patients" -> "patients"."""
    group = _first_group(m, ("i1", "i2", "i3"))
    noun = m.group(group).lower() if group else "patients"
    return _UNIT_OF.get(noun, "patients")


_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                     "fifteen sixteen seventeen eighteen nineteen".split())}
_WORDS.update({w: 20 + 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})
_WORDS.update({"a": 1})


def sample_size(m: re.Match) -> int | None:
    """The count an :data:`OWN_SAMPLE` match states: "1,020" -> 1020, "Hundred and thirty-five" -> 135, "sixty" -> 60."""
    group = _first_group(m, ("n1", "n2", "n3"))
    word = (m.group(group) if group else "").replace(",", "").lower()
    if word.isdigit():
        return int(word)
    words = [w for w in re.split(r"[\s\-]+", word) if w and w != "and"]
    total = 0
    if "hundred" in words:
        at = words.index("hundred")
        if at > 1 or any(w not in _WORDS for w in words[:at]):
            return None
        total, words = 100 * (_WORDS[words[0]] if at else 1), words[at + 1:]
    if any(w not in _WORDS or w == "a" for w in words):
        return None
    return total + sum(_WORDS[w] for w in words) or None


# a sentence that speaks of another's study: a citation, an earlier or named trial ("In the X trial, 400 patients were
# analysed", "Smith et al. profiled 200 tumours")
_OTHERS = lazy_compile(r"\bet\s+al\b|\[\d|\b(?:previous(?:ly)?|prior|earlier|recent(?:ly)?)\s+(?:\w+\s+){0,2}?"
                       r"(?:stud(?:y|ies)|trials?|reports?|analys[ie]s)\b|\breported\b", re.I)


def add_sample_count(out, doc, own, recognize) -> None:
    """The own study ``own`` (a dated research article's, named by its byline) gets the count of the sample the article
    analysed (see the module) as its ``n``, on the study itself (a profiling study has no arm), from the first sentence
    that states it, unless that sentence names a trial or cites another's work, or a count of that size was already read
    from it."""
    m = own_sample(doc.text)
    n = sample_size(m) if m is not None else None
    if n is None or not 2 <= n <= 1_000_000:
        return
    at = m.start(_first_group(m, ("n1", "n2", "n3")))
    s = next((s for s in doc.sentences if s.start <= at < s.end), None)
    if s is None:
        return
    # the clause that states the count (a listed point of a run of points: "• Subjects: ... • Methods: ...")
    lo = max(doc.text.rfind(c, s.start, at) for c in ".;•")
    his = [h for h in (doc.text.find(c, m.end(0), s.end) for c in ".;•") if h >= 0]
    clause = doc.text[max(lo + 1, s.start):min(his, default=s.end)]
    if _OTHERS.search(clause) or any(t.entity.category == "Trial" and s.norm[t.start:t.end].lower() in clause.lower()
                                     for t in recognize(s).mentions):
        return
    ev = out.evidence(s)
    same = [o for o in out.outcomes if o.metric == "n" and o.value == n and o.evidence.start == ev.start]
    if any(o.arm == own.id or _trial_of(out, o.arm) == own.id for o in same):
        return
    for o in same:
        # (the focus of the trial a sentence before named: the count is the article's own sample, not that trial's)
        out.outcomes.remove(o)
    known = out.entities.get(own.id, own)
    add_outcome(out, known, "n", float(n), ev, unit=sample_unit(m))


def _trial_of(out, arm_id: str) -> str | None:
    """The trial an arm the reader made belongs to."""
    arm = out.entities.get(arm_id)
    return arm.attr("trial") if arm is not None and arm.category == "TrialArm" else None
