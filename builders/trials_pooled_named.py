"""The named trials a pooled analysis or meta-analysis puts together, and the regimens each of them tested.

A report that pools the patients of several trials names them in a list after its design: "We performed an
individual patient data pooled analysis of four randomized trials (ALPHA [NCT...], BETA-2 [NCT...], GAMMA) to compare
A/B versus C/B", "a meta-analysis of the ALPHA and BETA trials comparing A plus B with B alone". Each listed trial
tested the regimens the analysis compares: ``ALPHA evaluates A + B``, ``BETA-2 evaluates A + B`` (no arm and no value:
the values the report gives are the pool's, never one listed trial's).

A list of named trials that shares one trial word and is said to compare regimens is read so too: "the ALPHA and BETA-2
trials compared A plus B with B alone", each of them tested A + B and B, and so is a list in the bracket after a plural
trial word ("three randomized trials (ALPHA, BETA-2, GAMMA) compared A with B") (not after a turn to another clause: "the ALPHA
and BETA-2 trials set A as the standard, whereas B was compared ...").

Read only where all of these hold: a pooled-analysis or meta-analysis cue ("pooled analysis of", "combined analysis
of", "meta-analysis of", "individual patient data analysis of", also with a relative clause, "a pooled analysis which
included all patients ... enrolled in the ALPHA and BETA trials") stands before two or more distinct named trials of the
sentence; the regimens stand after the last listed trial; a drug that is a part of another regimen of the same
comparison and is glued to a word the reader does not know ("A/B versus doublets/B": B alone) is no regimen of its
own, and placebo or best supportive care is none.

The pool itself (``pool_of``): a sentence with such a cue ("combined results from" and "pooled data from" count too)
names the trial the report's values then belong to, one node named by its listed trials ("ALPHA and BETA-2", "ALPHA,
BETA-2 and GAMMA") and marked ``pooled``; the trial reader makes it the trial in focus (builders/trials_focus.py), with
the therapy the list is "of" as its one regimen.
"""
from __future__ import annotations

import re

from builders.design_words import RANDOMISED_VERB
from builders.lazy_patterns import lazy_compile
from builders.mention_runs import joined_run
from kg.ids import mint
from kg.model import Entity

_POOLED = lazy_compile(r"\b(?:(?:pooled|combined|joint|integrated)\s+(?:[\w\-]+\s+){0,3}?(?:analys[ie]s|results|data)|"
                       r"meta-?analys[ie]s|individual[\s\-]+patient[\s\-]+(?:level[\s\-]+)?data\s+(?:[\w\-]+\s+){0,2}?"
                       r"analys[ie]s)\s+(?:of|from|across|including|pooling|(?:which|that)\s+(?:included|includes|pooled|combined))\b",
                       re.I)
_TRIALS_SPAN = 400  # how far after the cue the listed trials may stand
# the trial word a list of named trials shares, right after its last name: "the ALPHA and BETA-2 trials"
_SHARED_WORD = lazy_compile(r"\s+(?:(?:phase\s+(?:I{1,3}|[1-3])[ab]?|randomi[sz]ed|clinical|pivotal)\s+){0,3}(?:trials|studies)\b",
                            re.I)
# the therapy a list of trials sharing its trial word is of, right after that word: "the ALPHA and BETA-2 studies of A"
_OF_THERAPY = lazy_compile(r"\s+(?:(?:phase\s+(?:I{1,3}|[1-3])[ab]?|randomi[sz]ed|clinical|pivotal)\s+){0,3}(?:trials|studies)\s+"
                           r"(?:of|with|testing|evaluating|investigating)\s+(?:the\s+)?(?:[\w\-]+\s+(?:inhibitor|antibody|agent)\s+)?",
                           re.I)
# what stands between two names of a list of trials: a comma, "and" or "or"
_NAME_GAP = lazy_compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")
_CLOSES = lazy_compile(r"\s*\)")
# a comparison stated of the listed trials: "the ALPHA and BETA-2 trials compared A with B", "... randomised patients to A
# or B"
_COMPARES = lazy_compile(rf"\b(?:compared?|comparing|versus|vs\.?|{RANDOMISED_VERB})\b", re.I)
# a turn that starts another clause: what stands after it need not be what the listed trials tested
_TURN = lazy_compile(r"\b(?:whereas|while|but|however|unlike|than|although|then)\b|;", re.I)


def pooled_trials_tested(text: str, trials: list, therapies: list, parts: dict, not_arms: set) -> tuple[list, list]:
    """(the listed trial mentions, the therapy mentions each tested) for a sentence that pools named trials (see the
    module docstring); ([], []) otherwise. ``trials``: the sentence's trial mentions; ``therapies``: its therapy
    mentions, regimens merged; ``parts``: regimen id -> the ids of its components."""
    cue = _POOLED.search(text)
    if cue is not None:
        listed = _listed_after(cue, trials)
    else:
        listed = _shared_word_list(text, trials) or _bracket_list(text, trials)
    if len({m.entity.id for m in listed}) < 2:
        return [], []
    last = max(m.end for m in listed)
    if cue is None:
        own = _therapy_of(text, last, therapies, not_arms)
        if own:
            return list({m.entity.id: m for m in listed}.values()), own[:1]
    if cue is None and (not _COMPARES.search(text, last) or _TURN.search(text, last)):
        return [], []
    after = [t for t in therapies if t.start >= last and t.entity.id not in not_arms]
    inside = {c for t in after for c in parts.get(t.entity.id, ())}
    # (a part glued to a word the reader does not know, "doublets/B", is what is left of an unread regimen)
    tested = [t for t in after if t.entity.id not in inside or text[t.start - 1:t.start] not in ("/", "+", "-")]
    if not tested:
        return [], []
    return list({m.entity.id: m for m in listed}.values()), list({t.entity.id: t for t in tested}.values())


def pool_of(text: str, trials: list, therapies: list, not_arms: set) -> tuple[Entity | None, object]:
    """(the node of the pool, the mention of the one therapy the pooled trials are "of") for a sentence that names a
    pooled analysis (or the combined results, pooled data or meta-analysis) of two or more named trials; (None, None)
    otherwise. The node is a trial marked ``pooled`` and named by its trials in the order written, "ALPHA and BETA-2",
    "ALPHA, BETA-2 and GAMMA": the report's values that follow are the pool's, never one listed trial's. The therapy
    is the one right after the list's shared trial word ("the ALPHA and BETA-2 studies of A"), else None.

    >>> from types import SimpleNamespace as M
    >>> t = "We presented combined results from the ALPHA, BETA-2 and GAMMA studies of nivolumab."
    >>> trials = [M(entity=Entity(f"x:{n}", "Trial", n), start=t.index(n), end=t.index(n) + len(n))
    ...           for n in ("ALPHA", "BETA-2", "GAMMA")]
    >>> therapy = M(entity=Entity("d:nivo", "Drug", "nivolumab"), start=t.index("nivolumab"), end=len(t) - 1)
    >>> pool, of = pool_of(t, trials, [therapy], set())
    >>> pool.name, dict(pool.attributes), of.entity.name
    ('ALPHA, BETA-2 and GAMMA', {'pooled': True}, 'nivolumab')
    >>> pool_of("The ALPHA, BETA-2 and GAMMA studies of nivolumab were reported.", trials, [therapy], set())
    (None, None)
    """
    cue = _POOLED.search(text)
    if cue is None:
        return None, None
    listed = sorted(_listed_after(cue, trials), key=lambda m: m.start)
    names = list(dict.fromkeys(m.entity.name for m in listed))
    if len(names) < 2:
        return None, None
    name = f"{', '.join(names[:-1])} and {names[-1]}"
    pool = Entity(mint("trial", "pooled", *names), "Trial", name, (), (), (("pooled", True),))
    own = _therapy_of(text, listed[-1].end, therapies, not_arms)
    return pool, own[0] if own else None


def _listed_after(cue: re.Match, trials: list) -> list:
    """The trial mentions standing within :data:`_TRIALS_SPAN` after a pooling cue: the trials it pools."""
    return [m for m in trials if cue.end() <= m.start <= cue.end() + _TRIALS_SPAN]


def _therapy_of(text: str, end: int, therapies: list, not_arms: set) -> list:
    """The therapy mentions right after the shared trial word of a list of trials ending at ``end`` ("the ALPHA and
    BETA-2 studies of A"), none an arm's non-therapy (``not_arms``); [] when no such words follow."""
    of = _OF_THERAPY.match(text, end)
    return [] if of is None else [t for t in therapies if t.start == of.end() and t.entity.id not in not_arms]


def _shared_word_list(text: str, trials: list) -> list:
    """The trial mentions of a list that shares one plural trial word after its last name ("the ALPHA, BETA-2 and
    GAMMA trials"): the names joined by commas and "and"/"or" only; [] when there is no such list."""
    ordered = sorted(trials, key=lambda m: m.start)
    for k in range(len(ordered) - 1, 0, -1):
        if not _SHARED_WORD.match(text, ordered[k].end):
            continue
        run = [ordered[k]]
        for m in reversed(ordered[:k]):
            if not _NAME_GAP.fullmatch(text, m.end, run[0].start):
                break
            run.insert(0, m)
        return run if len(run) > 1 else []
    return []


# a plural trial word and the bracket that lists the trials' names: "two randomised studies (ALPHA and BETA-2)"
_PLURAL_BRACKET = lazy_compile(r"\b(?:trials|studies)\s*\(\s*$", re.I)


def _bracket_list(text: str, trials: list) -> list:
    """The trial mentions a bracket right after a plural trial word lists ("three randomized trials (ALPHA, BETA-2,
    GAMMA) compared A with B"): names joined by commas and "and"/"or" only, the bracket closing after the last; []
    when there is no such list."""
    ordered = sorted(trials, key=lambda m: m.start)
    for k, first in enumerate(ordered):
        if not _PLURAL_BRACKET.search(text, max(0, first.start - 30), first.start):
            continue
        run = joined_run(text, ordered[k:], _NAME_GAP)
        if len(run) > 1 and _CLOSES.match(text, run[-1].end):
            return run
    return []

