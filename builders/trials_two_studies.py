"""Two or more cited studies set side by side in one sentence, each with its own values in its own clause.

A review or a discussion often reports several studies in one sentence, a clause each: "A multicenter study [38]
demonstrated an ORR of 22.2%, while the X trial [39] reported higher activity (ORR 50.0%; median PFS 7.5 months)", "In
the A trial, the ORR was 30%; in the B trial, it was 45%", "Smith et al. reported a median PFS of 5.1 months, whereas
Jones et al. observed 3.2 months". Each clause's values are the results of the study that clause names, never of the
other: the clauses are split where one ends (", while", "whereas", ", but", a semicolon, ", and in the"; never inside
brackets, where a semicolon separates one study's values), and each is read as a sentence of its own about its study.

A clause's study is the one trial it names, the one author it cites ("Smith et al."), or a study word that cites one
entry of the reference list by number ("a multicenter study³⁸": that entry's first author and year,
builders/references.py). A clause about a study it gives no name and no reference ("a phase II study of A reported
...", "whereas the taselisib basket study reported ...", "the earlier A trial"; not "the randomized phase II trial",
described by its design alone, which may be the trial already named) gives its values to no study, and its therapy is
no arm of another clause's trial nor a short report's own regimen (``other_study_clauses``, builders/trials_focus.py).
", compared with" opens a clause of another study only when the words after it name a study or trial ("..., compared
with 30% for B in the Y trial"); without one it sets another arm of the same trial against the first. Each clause is
read with its own mentions only, wherever its reading asks for the sentence's. The sentence is read so only
when every other clause that gives a value names exactly one study of its own, the studies differ, and no clause gives
two therapies (two arms of one study); otherwise nothing is read this way.

``study_clauses`` finds the clauses (spans of the normalised text, and the same clauses in the original text, where
citation marks are still written).
"""
from __future__ import annotations

import re

from builders import references
from builders.context import author_trial, phase_of, trial_entity
from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from builders.recognize import Recognition
from builders.trials_focus import _CITATION, _NOT_ARMS, _PRESENT, _TRAILING_CITATION
from builders.trials_values import _metrics, _values
from kg.groups import THERAPY

# where a clause about another study may begin: ", while", "whereas", ", but", ";", ", and in the/a" (not "while
# receiving A": a time, not a clause of its own), and ", compared with" when the words after it, up to the next break,
# name a study or trial word of their own ("..., compared with 4.0 months with B in the phase II B study"; not "...,
# compared with 4.0 months with B", the other arm of the one study)
_TURN = lazy_compile(r",\s*(?:while|whereas|but)\b(?!\s+(?:\w+ing|on|under|still|also)\b)|\s(?:while|whereas)\b(?!\s+(?:\w+ing|on|under|still)\b)|"
                     r";\s*|,\s*and\s+(?=in\s+(?:the|a|an|another)\b)|"
                     r",\s*(?:as\s+)?compared\s+(?:with|to)\b(?=[^;()]*?\b(?:study|trial)\b)", re.I)


# a clause that speaks of one study of its own: "a phase II study", "another trial", "one retrospective series", or
# "the" study or trial a word or more describes ("the taselisib basket study", "the randomized A-B study", "the earlier
# pertuzumab trial"), never "the same/present/previous trial", one described by its design alone ("the randomized
# phase II trial", which may be the one already named) nor a part of one ("the control arm of the study")
_OTHER_STUDY = lazy_compile(r"\b(?:an?|one|another)\s+(?:[\w\-/]+\s+){0,4}?(?:study|trial|analysis|series|cohort|case\s+report)\b|"
                            r"\bthe\s+(?!(?:(?:phase|[IV]{1,3}[ab]?(?:/[IV]{1,3}[ab]?)?|[1-4][ab]?(?:/[1-4][ab]?)?|randomi[sz]ed|"
                            r"non-?randomi[sz]ed|open-label|multi-?cent(?:er|re)|single-?(?:arm|cent(?:er|re))|double-blind|"
                            r"placebo-controlled|controlled|prospective|retrospective|clinical|confirmatory|observational|"
                            r"international|global|large|small|recent|subsequent)\s+){1,4}(?:study|trial|series)\b)"
                            r"(?:(?!(?:the|an?|of|in|on|at|for|with|by|from|and|or|this|that|these|its|their|same|"
                            r"present|current|our|above|aforementioned|afore-mentioned|previous|prior|former|latter|said|original|"
                            r"overall|whole|entire|main|pivotal|index|parent|registration(?:al)?|arms?|groups?|cohorts?|parts?|"
                            r"populations?|patients)(?![\w\-/]))[\w\-/]+\s+){1,4}?(?:study|trial|series)\b", re.I)


def _turns(text: str) -> list[tuple[int, int]]:
    """The clause breaks of ``text`` outside brackets, as (start, end) of the break's words."""
    out = []
    depth = 0
    last = 0
    for m in _TURN.finditer(text):
        for ch in text[last:m.start()]:
            depth += 1 if ch in "([" else -1 if ch in ")]" and depth > 0 else 0
        last = m.start()
        if depth == 0 and text[:m.start()].strip():
            out.append((m.start(), m.end()))
    return out


def study_clauses(norm: str, original: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The clauses of a sentence, each as its span in the normalised text and in the original text; [] when the
    sentence has one clause or its two texts do not break into the same number of clauses.

    >>> s = "A study showed an ORR of 20%, while the X trial reported more (ORR 50%; PFS 7 months)."
    >>> [s[a:b] for (a, b), _ in study_clauses(s, s)]
    ['A study showed an ORR of 20%', ' the X trial reported more (ORR 50%; PFS 7 months).']
    >>> study_clauses("Patients progressed while receiving A (ORR 5%; PFS 2 months).", "x")
    []
    """
    if _TURN.search(norm) is None:
        return []
    cuts = _turns(norm)
    if not cuts:
        return []
    cuts_original = _turns(original)
    if len(cuts_original) != len(cuts):
        return []

    def spans(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        starts = [0] + [b for _, b in found]
        ends = [a for a, _ in found] + [len(text)]
        return list(zip(starts, ends))
    return list(zip(spans(norm, cuts), spans(original, cuts_original)))


def other_study_clauses(text: str, mentions) -> list[tuple[int, int]]:
    """The clauses of the normalised sentence ``text`` that speak of a study of their own they give no name ("...,
    while the randomized A-B study reported ..."; ``mentions`` the sentence's, none of them a trial within the clause):
    a therapy named there is that study's, never the one the rest of the sentence or the report is about.

    >>> s = "In HARBOR, A gave an ORR of 9%, while the randomized A-B study reported an ORR of 26%."
    >>> [s[a:b] for a, b in other_study_clauses(s, [])]
    [' the randomized A-B study reported an ORR of 26%.']
    >>> other_study_clauses("In HARBOR, A gave an ORR of 9%, while the randomized phase II trial gave 26%.", [])
    []
    """
    if _TURN.search(text) is None:
        return []
    out = []
    for (lo, hi), _ in study_clauses(text, text):
        if _OTHER_STUDY.search(text, lo, hi) and not any(
                lo <= m.start and m.end <= hi and m.entity.category == "Trial" for m in mentions):
            out.append((lo, hi))
    return out


def _elided(text: str, said, lo: int, hi: int, values) -> tuple[str, list] | None:
    """A clause that gives one value and leaves out its metric ("In the A trial, the ORR was 30%; in the B trial,
    45%"): the clause with the metric the clause before said (``said``, its one hit, with one value) written into the
    blank before it, and that hit moved there; None when the clause before said no one metric, or this clause gives more
    than one value."""
    if said is None or len(values) != 1:
        return None
    word = text[said[0]:said[1]]
    at = lo - len(word) - 1
    if at < 0:
        return None
    clause = masked(text, lo, hi)
    return clause[:at] + word + clause[at + len(word):], [(at, at + len(word), said[2])]


def masked(text: str, lo: int, hi: int) -> str:
    """``text`` with everything outside ``lo:hi`` blanked, so that offsets into it stay those of the sentence."""
    return " " * lo + text[lo:hi] + " " * (len(text) - hi)


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_TURN = prefiltered(_TURN)


class TwoStudies:
    """The trial reader's part that reads a sentence of several studies clause by clause (see the module's note). A
    mixin of ``builders.trials_text._Reader``: it relies on its ``doc``, ``out``, ``recognize``, ``therapies``,
    ``_state``, ``_update_focus``, ``_cited_study``, ``_introduced_regimen``, ``_single_arm``, ``outcomes`` and
    ``own_study``/``report``/``main_trial``."""

    def _two_studies(self, s, rec, hits) -> bool:
        """Read a sentence that reports two or more studies, each in its own clause with its own values: each clause's
        values on its own study. Returns whether the sentence was read so (then it is read no other way)."""
        text = s.norm
        if not any(h[2].startswith("metric_") for h in hits):
            return False
        clauses = study_clauses(text, s.text)
        if len(clauses) < 2 or _PRESENT.search(text):
            return False
        read = []  # (clause span, its sentence, recognition, hits, study, regimen or None)
        sources = []  # whether each read clause's study is only a source cited in brackets at its end
        said = None  # the one metric hit of the clause before, when it gave one value
        skipped = 0  # clauses of a study with no name
        for (lo, hi), (olo, ohi) in clauses:
            part_hits = [h for h in hits if lo <= h[0] and h[1] <= hi]
            clause = masked(text, lo, hi)
            values = _values(clause)[0]
            if values and not any(h[2].startswith("metric_") for h in part_hits):
                elided = _elided(text, said, lo, hi, values)
                if elided is None:
                    return False  # values whose metric the clause does not say: whose they are is not read here
                clause, part_hits = elided
            if not values or not any(h[2].startswith("metric_") for h in part_hits):
                said = None
                continue
            groups = _metrics(part_hits, clause)
            named = [h for h in part_hits if h[2].startswith("metric_")]
            said = next((h for h in named if (h[0], h[1]) == groups[0][:2]), None) \
                if len(groups) == 1 and len(groups[0][3]) == 1 and len(values) == 1 else None
            mentions = [m for m in rec.mentions if lo <= m.start and m.end <= hi]
            part = Recognition(mentions, [r for r in rec.regimens if lo <= r[0].start and r[0].end <= hi],
                               dict(rec.populations), [], )
            trials = {m.entity.id: m.entity for m in mentions if m.entity.category == "Trial"}
            cited = {c.group(1) for c in _CITATION.finditer(clause)}
            if len(trials) + len(cited) > 1:
                return False
            study = None
            if trials:
                study = next(iter(trials.values()))
            elif cited:
                study = self._cited_study(clause, s.index)
            sources.append(bool(cited) and _TRAILING_CITATION.search(clause.rstrip()) is not None)
            if study is None and not trials and not cited:
                ref = references.study_citation(self.ctx, s.text[olo:ohi])
                if ref is not None:
                    study = author_trial(ref.author, ref.year, phase_of(clause))
            if study is None and _OTHER_STUDY.search(clause):
                skipped += 1
                continue  # "A phase II study of A reported ..., while the X trial ...": a study the clause gives no name,
                # cited by no entry: its values are no one's here, and no other clause's study takes them
            if study is None:
                return False  # a clause whose study is unclear: nothing is read this way
            sentence = type(s)(s.start, s.end, s.text, clause, s.section, s.index, s.subsection)
            given = {t.entity.id: t.entity for t in self.therapies(clause, part)
                     if t.entity.category in THERAPY and t.entity.category != "DrugClass" and t.entity.id not in _NOT_ARMS}
            if len(given) > 1:
                return False  # two therapies in one clause: arms of one study, not read here
            read.append(((lo, hi), sentence, part, part_hits, study, next(iter(given.values()), None)))
        if len(read) + skipped < 2 or not read or len({r[4].id for r in read}) != len(read):
            return False
        if sources[-1] and not all(sources):
            return False  # "... ; the median PFS was 5 months (Lee et al., 2019).": the sentence's source, cited at its end
        own = {getattr(t, "id", None) for t in (self.own_study, self.report, self.main_trial)} - {None}
        if any(r[4].id in own for r in read) and not any(r[2].of("Trial") for r in read if r[4].id in own):
            return False  # the report's own study, unnamed: its values are read as the report's
        ev = self.out.evidence(s)
        shared = None  # the one therapy the paragraph's sentence before says these studies tested
        for _, sentence, part, part_hits, study, given in read:
            # (the clause's own mentions wherever its reading asks for the sentence's: never the therapy of another
            # clause's study, "..., while the randomized A-B study reported ...")
            with self.recognized_as(s, part):
                if part.of("Trial"):
                    st = self._update_focus(sentence, part, part_hits)
                    if st is None:
                        continue
                else:
                    st = self._state(study, s)
                    st.last, st.section, st.subsection = s.index, s.section, s.subsection
                    self.out.entity(st.trial)
                    if given is None and not st.arms and st.candidate is None:
                        shared = shared or self._introduced_regimen(s)
                        if shared is not None:
                            st.candidate = shared
                            if "phase" not in dict(st.trial.attributes):
                                # ("Two phase II trials verified A plus B. A multicenter study ...": their phase too)
                                st.trial = trial_entity(st.trial, phase_of(self.doc.sentences[s.index - 1].norm))
                                self.out.entity(st.trial)
                    self.focus = st
                if given is not None and not st.arms:
                    self._single_arm(st, sentence, part, ev)
                if st.arms or st.candidate is not None:
                    self.outcomes(st, sentence, part, part_hits, ev)
        if rec.regimens:
            self.out.mentions(rec, ev)
        return True

