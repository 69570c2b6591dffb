"""Combination regimens written in prose rather than joined by "plus" or "+".

* "the addition of cetuximab to FOLFIRI", "adding atezolizumab to FOLFOXIRI plus bevacizumab": what is added
  and what it is added to are one regimen ("... to FOLFOX or FOLFIRI": one regimen with each alternative);
* "metformin showed a synergistic effect with oxaliplatin", "regorafenib is synergistic with ...", "A
  synergizes with B": the two given together;
* "combine ICIs with other therapeutic agents such as chemotherapy, radiotherapy, or ...": the first
  therapy with each listed one, a regimen each;
* "A plus mFOLFOX6/FOLFIRI": a slash between two alternative backbones is one regimen with each;
* "A was given in combination with B", "A, when added to B", "A has been studied combined with B": a verb or a
  comma between the drug and the combining words (the bare joins are read in :func:`builders.patterns.regimens`);
  "A combined with either inhibitors of B or ...": the class of B as the partner; "A was investigated in combination
  with B and C": A + B + C in place of the pair B + C;
* "A and B combined", "A and B were given together", "A and B alone or in combination": the pair named first, then
  said to be given together;
* "A with or without B", "A alone or in combination with B", "A alone +/- B", "A plus/minus B": A is one arm and A + B
  the other (read at B); "A ± 5-FU/LV": a clipped pair is one optional part (A + both);
  "A and B with or without C": A + B one, A + B + C the other (A + C and B + C when A and B are of one class);
* "A enhanced the efficacy of B", "A and C increased the ability of B to ...": what makes B work better is given
  with it, A + B (and C + B);
* "the synergistic inhibitory effect of A and B", "an additive interaction between A and B", "the synergistic
  potential of A, B, and C", "A and B had synergistic effects", "A and B acted synergistically": a synergy or an
  additive effect is a property of drugs given together, so the therapies it is said of are one regimen (never
  "the effects of A and B were not synergistic", nor "A or B").

Each regimen is recorded in ``rec.regimens`` like the joined ones (see :func:`builders.patterns.regimens`).
"""
from __future__ import annotations

import re

from builders.design_words import OPTIONAL_PARTNER
from builders.lazy_patterns import lazy_compile
from builders.mention_runs import joined_run
from builders.prefilter import prefiltered

_ADDITION_BEFORE = lazy_compile(r"\b(?:(?:the\s+)?addition\s+of|adding)\s+(?:the\s+|an?\s+)?$", re.I)
_LINE_WORDS = r"(?:(?:the|an?|standard|conventional|doublet|triplet|cytotoxic|(?:first|second|third|later|front)[-\s]?line)\s+){0,3}"
# "A to B", "A, a PD-L1 inhibitor, to a first-line B" (the apposition is folded into A's mention)
_ADDED_TO = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*to\s+" + _LINE_WORDS, re.I)
_SYNERGY = lazy_compile(r"\s+(?:(?:treatment|therapy)\s+)?(?:"
                        r"(?:showed|shows|show|has|had|have|exerted|exerts|exert|displayed|displays|demonstrated|"
                        r"demonstrates)\s+(?:an?\s+)?(?:(?:strong|significant|potent|marked)\s+)?synergistic\s+"
                        r"(?:anti-?tumou?r\s+)?(?:effects?|activity|efficacy|interactions?)|"
                        r"(?:is|are|was|were|acts?|acted)\s+(?:\w+ly\s+)?synergistic|"
                        r"synergi[sz](?:es|ed|e))\s+with\s+(?:the\s+|an?\s+)?$", re.I)
_COMBINE_BEFORE = lazy_compile(r"\bcombin(?:e|es|ed|ing)\s+(?:the\s+)?$", re.I)
_OTHERS_SUCH_AS = lazy_compile(r"\s+with\s+(?:other|additional|various)\s+(?:[\w\-]+\s+){0,2}?"
                               r"(?:treatments|therapies|agents|drugs|modalities|approaches)\s*,?\s*"
                               r"(?:such\s+as|including|e\.g\.,?)\s+$", re.I)
_LIST_GAP = lazy_compile(r"\s*(?:\([^()]{0,80}\)\s*)?(?:\[[\d,\s–-]+\]\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)", re.I)
_REGIMEN_OF = lazy_compile(r"[^,;()]{0,30}\bregimens?\s+(?:of|consisting\s+of)\s+(?:the\s+)?$", re.I)
_BUILT_ON = lazy_compile(r"-(?:based|containing|including)\s", re.I)
_STATE_AFTER = lazy_compile(r"[-\s]?(?:resistant|refractory|treated|sensitive|exposed|pretreated|naive|naïve)\b", re.I)
# "A with the addition of C", "A (5-FU; mFOLFOX6) plus the addition of C": ends right before the added therapy
_WITH_ADDITION = lazy_compile(r"\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:with|plus)\s+(?:the\s+)?addition\s+of\s+(?:the\s+|an?\s+)?\Z", re.I)
_OR_GAP = lazy_compile(r"\s+or\s+", re.I)
_SLASH_GAP = lazy_compile(r"\s*/\s*")
# "was given in combination with", ", when added to", "has also been studied combined with": a verb phrase or a
# comma before the combining words (a bare "with" only after a verb of giving)
_AUX = r"(?:(?:is|was|were|are|be|being|been|has|have|had|can|could|may|might|should|will|also|further|then|" \
       r"additionally|subsequently|successfully|now|first|often|safely|concurrently)\s+){0,4}"
_GIVEN = r"(?:given|used|administered|studied|tested|evaluated|investigated|delivered|co-?treated|co-?administered)"  # a verb of giving
_VERBAL_JOIN_WORDS = (
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:\[[\d,\s–-]+\]\s*)?(?:"
    r",?\s*(?:(?:when|if|once)\s+)?" + _AUX +
    r"(?:(?:given|used|administered|studied|tested|evaluated|investigated|assessed|approved|delivered)\s+)?"
    r"(?:in\s+combination\s+with|combined\s+with|added\s+to|together\s+with|along\s+with)|"
    r",?\s*(?:(?:when|if|once)\s+)?" + _AUX +
    _GIVEN + r"\s+with)")
_VERBAL_JOIN = lazy_compile(_VERBAL_JOIN_WORDS + r"\s+(?:the\s+|an?\s+)?" + _LINE_WORDS, re.I)
# "A combined with (either) inhibitors of B": the partner is the class written by its target after "inhibitors of"
_VERBAL_JOIN_CLASS_OF = lazy_compile(_VERBAL_JOIN_WORDS + r"\s+(?:either\s+)?(?:inhibitors|blockers|antagonists)\s+of\s+"
                                     r"(?:the\s+)?", re.I)
# "A and B combined", "A and B were given together", "A and B, when combined, ...": the pair said to be given together
_PAIR_AND = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?and\s+(?:the\s+)?", re.I)
# ... and after a drug whose apposition a comma closes ("the anti-EGFR antibody, A, and the mTOR inhibitor, B, ...")
_APPOSED_PAIR_AND = lazy_compile(r"\s*,\s*and\s+(?:the\s+|an?\s+)?", re.I)
# ("A and B alone or in combination", "A and B, as single agents and in combination": each alone, and the pair together)
_EACH_ALONE_AND = r"(?:(?:either\s+)?(?:alone|individually|separately|as\s+(?:single[-\s]agents?|monotherapy|monotherapies))\s*,?\s*(?:and|or)\s+)?"
_PAIR_TOGETHER = lazy_compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:(?:when|if|once)\s+)?" + _AUX +
    r"(?:" + _GIVEN + r"\s+)?" + _EACH_ALONE_AND +
    r"(?:combined|in\s+combination|together|concurrently|concomitantly|simultaneously)\b(?!\s+with\b)", re.I)
# what before the first of a pair says they are no regimen: each resisted, each given before, a pair compared
_PAIR_NOT_GIVEN = lazy_compile(r"(?:\b(?:resist\w*|refractory|sensitiv\w*|after|following|prior|previous\w*|failure\s+of|"
                               r"failed|progress\w*|both|between|compar\w*|versus|vs\.?)\b[^.;]{0,40}|,\s*)$", re.I)
# "A with or without B", "A plus or minus B", "A alone or in combination with B", "A as monotherapy or combined with B", "A was
# investigated as monotherapy (n = 46) or in combination with B" (a passive verb of study, a count after the arm)
_WITH_OR_WITHOUT = lazy_compile(
    # ("A alone +/- B", "A alone with or without B": the "alone" says the same as the "without")
    rf"\s*(?:\([^()]{{0,40}}\)\s*)?,?\s*(?:alone\s*(?={OPTIONAL_PARTNER}))?"
    rf"(?:{OPTIONAL_PARTNER}|"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:investigated|studied|tested|evaluated|assessed|given|"
    r"administered)\s+)?"
    r"(?:alone|as\s+(?:a\s+)?(?:monotherapy|single[-\s]agent))\s*(?:\([^()]{0,40}\)\s*)?,?\s*or\s+"
    r"(?:in\s+combination\s+with|combined\s+with|with|plus))\s*,?\s+(?:the\s+|an?\s+)?", re.I)
# "A enhanced the efficacy of B", "A was able to significantly increase the ability of B", "A greatly increased
# efficacy of B": A, given with B, makes it work better (only raising verbs: "A reduced the efficacy of B" is no
# regimen)
_ENHANCES_EFFECT_OF = lazy_compile(
    r"\s*(?:\([^()]{0,40}\)\s*|\)\s*)?,?\s+(?:(?:can|could|may|might|would|will|did|does|do|has|have|had|is|are|"
    r"was|were|been|also|indeed|further|\w+ly|able|shown|found|reported|to)\s+){0,5}"
    r"(?:enhanc|increas|improv|potentiat|augment|boost)(?:e|es|ed|ing)\s+(?:the\s+)?"
    r"(?:(?:therapeutic|clinical|anti-?tumou?r|anti-?cancer|anti-?proliferative|cytotoxic|apoptotic|in\s+vivo)\s+){0,2}"
    r"(?:efficacy|activity|effects?|ability|potency|cytotoxicity)\s+of\s+(?:the\s+|an?\s+)?"
    # "... the activity of the histone deacetylase inhibitor, vorinostat": a class named in apposition before B
    r"(?:(?:[\w\-]+\s+){0,3}(?:inhibitor|agent|drug|antibody),\s+)?", re.I)
# the "and"/"or" before a list's last item ("A and C", "A, C, and D"), and "both" before its first ("both A and C")
_LIST_LAST_JOIN = lazy_compile(r"\b(?:and|or)\s+$")
_BOTH_BEFORE = lazy_compile(r"\bboth\s+$", re.I)
_LISTED_BEFORE = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)", re.I)
_APPOSED_CLASS = lazy_compile(r"\s*,\s*(?:an?|the)\s+(?:[\w\-]+\s+){0,3}", re.I)
# "the synergistic inhibitory effect of", "an additive interaction between", "synergy between": what is said of the
# therapies after it is said of them given together
_SYNERGY_OF_BEFORE = lazy_compile(
    r"\b(?:(?:synergistic|synergetic|synergic|additive)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:effects?|activit(?:y|ies)|efficacy|action|interactions?|inhibition|potential|cytotoxicity|benefit)|"
    r"synerg(?:y|ism))\s+(?:of|between)\s+(?:the\s+|an?\s+)?$", re.I)
# after the pair: "had synergistic effects", "showed an additive effect", "acted synergistically", "were synergistic",
# "synergistically inhibited", "synergized" (no negation may stand between: "were not synergistic")
_SYNERGY_AFTER_PAIR = lazy_compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:(?:also|further|both|together|clearly|strongly)\s+)?(?:"
    r"(?:had|has|have|showed|show|shows|exerted|exert|exerts|displayed|display|displays|demonstrated|demonstrate|"
    r"demonstrates|produced|produce|produces|exhibited|exhibit|exhibits)\s+(?:an?\s+)?"
    r"(?:(?:strong|significant|potent|marked|clear)\s+)?(?:synergistic|synergetic|synergic|additive)\b|"
    r"(?:acted|act|acts|were|are|worked|work|works|interacted|interact|interacts)\s+(?:highly\s+)?"
    r"(?:synergistic(?:ally)?|additive(?:ly)?)\b|"
    r"(?:synergistically|additively)\s+[a-z]+|synergi[sz](?:ed|e)\b)", re.I)
# the joins of the therapies a synergy is said of: "A and B", "A, B, and C", "A, a <class>, and B" (never "or")
_SYNERGY_LIST_GAP = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:the\s+|an?\s+)?", re.I)
_SYNERGY_LAST_GAP = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*and\s+(?:the\s+|an?\s+)?", re.I)
_STRONG_BEFORE = lazy_compile(r"(?:\+|\bplus|\bwith|\bcombined with|\bin combination with)\s*$", re.I)


def prose_regimens(r, text: str, rec, therapies: list, slash_partners, make) -> None:
    """Record the regimens written in prose among ``therapies`` (the sentence's therapy mentions in text order,
    classes already folded into their drugs); ``slash_partners(vocab, a, b)`` tells whether a slash joins two
    therapies into one regimen rather than giving alternatives; ``make(start, end, text, entity)`` makes a
    mention."""
    _added_to(r, text, rec, therapies, make)
    _with_addition_of(r, text, rec, therapies, make)
    _synergy(r, text, rec, therapies, make)
    _combined_with_others(r, text, rec, therapies, make)
    _slash_alternatives(r, text, rec, therapies, slash_partners, make)
    _verbal_join(r, text, rec, therapies, make)
    _verbal_join_onto_pair(r, text, rec, therapies, make)
    _pair_given_together(r, text, rec, therapies, make)
    _with_or_without(r, text, rec, therapies, make)
    _enhances_effect_of(r, text, rec, therapies, make)
    _synergistic_list(r, text, rec, therapies, make)


def _starts(rec) -> dict[int, tuple]:
    """Regimen mentions already made, by start."""
    return {m.start: (m, comps) for m, comps in rec.regimens}


def _covered(rec, m) -> bool:
    """Whether ``m`` lies inside a regimen mention already made."""
    return any(g.start <= m.start and m.end <= g.end for g, _ in rec.regimens)


def _record(r, text: str, rec, parts: list, start: int, end: int, make) -> None:
    if len({p.entity.id for p in parts}) < 2:
        return
    entity, comps = r.combination(parts)
    rec.regimens.append((make(start, end, text, entity), comps))


def _regimen_parts(therapies: list, rec, m) -> tuple[list, int]:
    """The parts of what ``m`` begins, and where that ends: a combination made at ``m`` gives its therapies, a
    regimen built on a drug ("oxaliplatin-based chemotherapy") is itself one part, else ``m`` alone."""
    mention = next((g for g, _ in reversed(rec.regimens) if g.start == m.start), None)  # the last made there
    if mention is None:
        return [m], m.end
    if _BUILT_ON.search(mention.entity.name):
        return [mention], mention.end
    return [t for t in therapies if mention.start <= t.start and t.end <= mention.end], mention.end


def _added_to(r, text: str, rec, therapies: list, make) -> None:
    """"the addition of A to B (or C)": A + B (and A + C, read at C)."""
    for k, a in enumerate(therapies[:-1]):
        if not _ADDITION_BEFORE.search(text[max(0, a.start - 30):a.start]) or _covered(rec, a):
            continue
        b = therapies[k + 1]
        if not _ADDED_TO.fullmatch(text, a.end, b.start):
            continue
        if b.entity.category == "DrugClass" and k + 2 < len(therapies) and \
                _REGIMEN_OF.fullmatch(text, b.start, therapies[k + 2].start):
            b = therapies[k + 2]  # "to a chemotherapy regimen of FOLFOXIRI with bevacizumab": what the regimen is
        if _STATE_AFTER.match(text, b.end):
            continue  # "the addition of HGF to cetuximab-treated cells": B names the cells, not a therapy given
        parts, end = _regimen_parts(therapies, rec, b)
        _record(r, text, rec, [a] + parts, a.start, end, make)
        rest = [t for t in therapies if t.start >= end]
        if rest and _OR_GAP.fullmatch(text, end, rest[0].start) and rest[0].entity.category == b.entity.category \
                and not _covered(rec, rest[0]):
            _record(r, text, rec, [a, rest[0]], rest[0].start, rest[0].end, make)


def _with_addition_of(r, text: str, rec, therapies: list, make) -> None:
    """"A plus B with the addition of C", "A (...) plus the addition of C": what is added joins the regimen named
    right before it, A + B + C (read from A to C)."""
    for k, c in enumerate(therapies):
        if _covered(rec, c):
            continue
        join = _WITH_ADDITION.search(text, max(0, c.start - 80), c.start)
        if join is None:
            continue
        before = [g for g, _ in rec.regimens if g.end == join.start()] + [t for t in therapies if t.end == join.start()]
        if not before:
            continue
        first = min(before, key=lambda g: g.start)  # the widest regimen that ends where the join begins
        prev = next((t for t in reversed(therapies[:k]) if t.end <= first.start), None)
        if prev is not None and _LISTED_BEFORE.fullmatch(text, prev.end, first.start):
            continue  # "A plus B, C, and D (E) with the addition of F": the last of a spelled-out list, no regimen alone
        parts, end = _regimen_parts(therapies, rec, first)
        if end != first.end and end != join.start():
            continue
        _record(r, text, rec, parts + [c], first.start, c.end, make)


def _synergy(r, text: str, rec, therapies: list, make) -> None:
    """"A showed a synergistic effect with B", "A synergizes with B": A + B."""
    for a, b in zip(therapies, therapies[1:]):
        if _covered(rec, a) or _covered(rec, b):
            continue
        gap = text[a.end:b.start]
        if len(gap) <= 80 and _SYNERGY.fullmatch(gap):
            _record(r, text, rec, [a, b], a.start, b.end, make)


def _combined_with_others(r, text: str, rec, therapies: list, make) -> None:
    """"combine A with other therapeutic agents such as B, C, or D": A + B, A + C and A + D, each read at the
    listed therapy's mention."""
    for k, a in enumerate(therapies[:-1]):
        if not _COMBINE_BEFORE.search(text[max(0, a.start - 20):a.start]):
            continue
        first = therapies[k + 1]
        if not _OTHERS_SUCH_AS.fullmatch(text[a.end:first.start]):
            continue
        listed = joined_run(text, therapies[k + 1:], _LIST_GAP)
        for m in listed:
            if not _covered(rec, m):
                _record(r, text, rec, [a, m], m.start, m.end, make)


def _slash_alternatives(r, text: str, rec, therapies: list, slash_partners, make) -> None:
    """"A plus mFOLFOX6/FOLFIRI", "FOLFOX/FOLFIRI plus bevacizumab": a slash between two alternatives of one
    kind (two backbones) next to a combination of two makes a second combination with the other alternative
    (read at that alternative), not one regimen of both."""
    made = _starts(rec)
    for a, b, c in zip(therapies, therapies[1:], therapies[2:]):
        after = made.get(a.start)  # A + B made: C after a slash is an alternative to B
        if after is not None and after[0].end == b.end and set(after[1]) == {a.entity.id, b.entity.id} and \
                _STRONG_BEFORE.search(text[a.end:b.start]) and _alternatives(r, rec, text, b, c, a, slash_partners):
            _record(r, text, rec, [a, c], c.start, c.end, make)
        before = made.get(b.start)  # B + C made: A before a slash is an alternative to B
        if before is not None and before[0].end == c.end and set(before[1]) == {b.entity.id, c.entity.id} and \
                _STRONG_BEFORE.search(text[b.end:c.start]) and _alternatives(r, rec, text, b, a, c, slash_partners) and \
                not _STRONG_BEFORE.search(text[max(0, a.start - 20):a.start]):
            _record(r, text, rec, [a, c], a.start, a.end, make)


def _alternatives(r, rec, text: str, given, other, partner, slash_partners) -> bool:
    """Whether ``other``, set against ``given`` by a slash, is an alternative to it (the same kind, no slash
    partner of it, not the combination's other part and not already in a regimen)."""
    left, right = (given, other) if given.start < other.start else (other, given)
    return bool(_SLASH_GAP.fullmatch(text, left.end, right.start)) and \
        other.entity.category == given.entity.category and not slash_partners(r.vocab, given.entity, other.entity) \
        and other.entity.id != partner.entity.id and not _covered(rec, other)


def _verbal_join(r, text: str, rec, therapies: list, make) -> None:
    """"A was given in combination with B", "A, when added to B", "A has also been studied combined with B": A + B
    (B with what it is combined with when a regimen begins there)."""
    for k, (a, b) in enumerate(zip(therapies, therapies[1:])):
        if _covered(rec, a) or _covered(rec, b):
            continue
        if not _VERBAL_JOIN.fullmatch(text, a.end, b.start) and \
                not (b.entity.category == "DrugClass" and _VERBAL_JOIN_CLASS_OF.fullmatch(text, a.end, b.start)):
            continue
        if _STATE_AFTER.match(text, b.end):
            continue  # "added to cetuximab-treated cells": B names the cells
        before = therapies[k - 1] if k else None
        if before is not None and before.entity.id != a.entity.id and \
                _LISTED_BEFORE.fullmatch(text, before.end, a.start):
            # (a therapy named again after a comma opens a clause of its own, no list: "resistance to A, A was ...")
            _alternatives_each_with(r, text, rec, therapies, k, b, make)
            continue  # "A, B, and C were assessed in combination with D": each with D, read by the relation rules
        if before is not None and a.entity.category == "DrugClass" and before.entity.category == "Drug" and \
                _APPOSED_CLASS.fullmatch(text, before.end, a.start):
            a = before  # "tucatinib, a selective HER2 inhibitor, in combination with B": the drug the class describes
        parts, end = _regimen_parts(therapies, rec, b)
        _record(r, text, rec, [a] + parts, a.start, end, make)
    _described_drug_join(r, text, rec, therapies, make)


# s42 en: a drug described in an apposition before the verb that combines it ("A, a monoclonal antibody targeting the
# epidermal growth factor receptor (EGFR), is given in combination with B"): the description closes on a comma, with
# no verb of its own and at most one bracket
_DESCRIPTION = lazy_compile(r"\s*,\s*(?:an?|the)\s+(?!(?:combination|addition)\b)[^,;()]{3,90}(?:\([^()]{1,20}\)[^,;()]{0,30})?(?=,)",
                            re.I)
_FINITE_VERB = lazy_compile(r"\b(?:is|was|were|are|has|have|had|showed|shows|improved|improves|reduced|reduces|"
                            r"increased|increases|induced|induces)\b", re.I)


def _described_drug_join(r, text: str, rec, therapies: list, make) -> None:
    """"A, a <description>, is given in combination with B": A + B (the therapies named inside the description, such
    as its class, are no partners)."""
    for k, a in enumerate(therapies):
        if a.entity.category != "Drug" or _covered(rec, a):
            continue
        described = _DESCRIPTION.match(text, a.end)
        if described is None or _FINITE_VERB.search(described.group(0)):
            continue
        b = next((t for t in therapies[k + 1:] if t.start >= described.end()), None)
        if b is None or _covered(rec, b) or not _VERBAL_JOIN.fullmatch(text, described.end(), b.start):
            continue
        if _STATE_AFTER.match(text, b.end):
            continue
        parts, end = _regimen_parts(therapies, rec, b)
        _record(r, text, rec, [a] + parts, a.start, end, make)

_ADDED_TO_WORDS = lazy_compile(r"\badded\s+to\b", re.I)


def _verbal_join_onto_pair(r, text: str, rec, therapies: list, make) -> None:
    """"dasatinib was investigated in combination with FOLFOX and cetuximab": the drug given with a pair already read
    as one regimen is part of it; the pair alone is no regimen of the sentence (A + B + C replaces B + C)."""
    made = _starts(rec)
    for a, b in zip(therapies, therapies[1:]):
        if b.start not in made or _covered(rec, a) or not _VERBAL_JOIN.fullmatch(text, a.end, b.start) or \
                _STATE_AFTER.match(text, made[b.start][0].end) or _ADDED_TO_WORDS.search(text, a.end, b.start):
            continue  # ("A, when added to B plus C": B + C is the backbone given alone too)
        pair, comps = made[b.start]
        parts = [t for t in therapies if pair.start <= t.start and t.end <= pair.end]
        if a.entity.id in {t.entity.id for t in parts} or len(parts) < 2:
            continue
        rec.regimens.remove((pair, comps))
        _record(r, text, rec, [a] + parts, a.start, pair.end, make)


def _alternatives_each_with(r, text: str, rec, therapies: list, k: int, b, make) -> None:
    """"A or B combined with C", "selumetinib and pimasertib, in combination with cetuximab": the list that ends at
    ``therapies[k]`` names alternatives, each given with C (A + C and B + C, each read at its own mention). Only a
    list joined by "or", or of drugs of one class (no one combines two MEK inhibitors); "A and B in combination with
    C" with drugs of different kinds may be one regimen of all three, and is left to the relation rules."""
    items, j = [therapies[k]], k
    while j and _LISTED_BEFORE.fullmatch(text, therapies[j - 1].end, therapies[j].start) and k - j < 5:
        j -= 1
        items.insert(0, therapies[j])
    if j and _LISTED_BEFORE.fullmatch(text, therapies[j - 1].end, therapies[j].start):
        return  # a longer list than an enumeration of alternatives
    if _PAIR_NOT_GIVEN.search(text[max(0, items[0].start - 60):items[0].start]):
        return  # "resistant to A, B or C combined with D": the list does not open where it seems to
    named_class = len(items) > 2 and items[0].entity.category == "DrugClass" and \
        text[items[0].end:items[1].start].strip() == "," and \
        all(t.entity.category == "Drug" and (not r.vocab.drug_classes.get(t.entity.id) or
                                             r.vocab.in_class(t.entity.id, items[0].entity.id)) for t in items[1:])
    if named_class:
        items = items[1:]  # "two MEK inhibitors, selumetinib and pimasertib, ...": drugs the text names under one class
    joined_by_or = any(_OR_GAP.search(text[x.end:y.start]) for x, y in zip(items, items[1:]))
    if not (joined_by_or or named_class or _one_class(r.vocab, items)) or any(_covered(rec, t) for t in items):
        return
    parts, _ = _regimen_parts(therapies, rec, b)
    if any(p.entity.id == t.entity.id for p in parts for t in items):
        return
    for t in items:
        _record(r, text, rec, [t] + parts, t.start, t.end, make)


def _one_class(vocab, items: list) -> bool:
    """Whether every one of ``items`` is a drug of one class the vocabulary names (its direct class)."""
    shared = None
    for t in items:
        classes_ = set(vocab.drug_classes.get(t.entity.id, ())) if t.entity.category == "Drug" else set()
        shared = classes_ if shared is None else shared & classes_
    return bool(shared)


def _pair_given_together(r, text: str, rec, therapies: list, make) -> None:
    """"A and B combined", "A and B were given together", "A and B, when combined, ...", "the X inhibitor, A, and B,
    alone or in combination": A + B. Not after words that
    make each its own ("resistance to A and B", "both A and B") nor inside a longer list ("X, A and B")."""
    for a, b in zip(therapies, therapies[1:]):
        if _covered(rec, a) or _covered(rec, b) or not (
                _PAIR_AND.fullmatch(text, a.end, b.start) or
                # "the mTOR inhibitor, A, and B alone or in combination": the comma closes A's apposition
                "," in a.text and _APPOSED_PAIR_AND.fullmatch(text, a.end, b.start)):
            continue
        if not _PAIR_TOGETHER.match(text, b.end) or _PAIR_NOT_GIVEN.search(text[max(0, a.start - 60):a.start]):
            continue
        _record(r, text, rec, [a, b], a.start, b.end, make)


def _with_or_without(r, text: str, rec, therapies: list, make) -> None:
    """"A with or without B", "A alone or in combination with B": A + B, read at B; A given alone is the other arm.
    A backbone of several therapies ("A and B with or without C", "A plus B with or without C") gives A + B + C."""
    for k, (a, b) in enumerate(zip(therapies, therapies[1:])):
        if not _WITH_OR_WITHOUT.fullmatch(text, a.end, b.start):
            continue
        pair = _clipped_pair_at(rec, b)
        if pair is not None:
            # "A ± 5-FU/LV", "A with or without FU/FA": a clipped pair is one optional part, A + both
            parts = [t for t in therapies if pair.start <= t.start and t.end <= pair.end]
            backbone = _backbone_ending_at(text, rec, therapies, k)
            if backbone and len(backbone) == 1 and len(parts) == 2:
                _record(r, text, rec, [*backbone, *parts], b.start, pair.end, make)
            continue
        if _covered(rec, b):
            continue
        if b.entity.category == "DrugClass" and k + 2 < len(therapies) and \
                not text[b.end:therapies[k + 2].start].strip() and \
                r.vocab.in_class(therapies[k + 2].entity.id, b.entity.id):
            b = therapies[k + 2]  # "... or in combination with the anti-EGFR antibody cetuximab": the drug the class names
        backbone = _backbone_ending_at(text, rec, therapies, k)
        if not backbone:
            continue
        parts, end = _regimen_parts(therapies, rec, b)
        if len(parts) != 1:
            continue
        if len(backbone) > 1 and _one_class(r.vocab, backbone):
            # "cetuximab and panitumumab alone or in combination with chemotherapy": drugs of one class are
            # alternatives, each given with C (A + C and B + C, each read at its own mention)
            for t in backbone:
                if not _covered(rec, t):
                    _record(r, text, rec, [t, b], t.start, t.end, make)
            continue
        _record(r, text, rec, [*backbone, b], b.start, end, make)
        if len(backbone) > 1 and not _covered(rec, backbone[0]):
            # "A and B with or without C": the backbone given without C is the other regimen, A + B
            _record(r, text, rec, backbone, backbone[0].start, backbone[-1].end, make)


def _clipped_pair_at(rec, b):
    """The regimen mention written as two therapies clipped by a slash ("5-FU/LV", "fluorouracil/folinate") that
    starts at ``b``, or None."""
    for g, comps in rec.regimens:
        if g.start == b.start and "/" in g.text and not re.search(r"\s", g.text) and len(comps) == 2:
            return g
    return None


# "A and B", "A, B and C", "A plus B": therapies joined into one backbone (no "or": "A or B with or without C" is a choice)
_BACKBONE_JOIN = lazy_compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|plus\s+|\+\s*)", re.I)


def _backbone_ending_at(text: str, rec, therapies: list, k: int) -> list | None:
    """The therapies of the backbone that ends at ``therapies[k]``: that one therapy, the parts of a combination
    mention ending there ("A plus B"), or a list joined by "and" ("A and B"); None for a list of alternatives or
    a regimen built on a drug."""
    a = therapies[k]
    holder = next((g for g, _ in rec.regimens if g.start <= a.start and a.end <= g.end), None)
    if holder is not None:
        if holder.end != a.end or _BUILT_ON.search(holder.entity.name):
            return None
        inside = [t for t in therapies if holder.start <= t.start and t.end <= holder.end]
        before = therapies[k - len(inside)] if k >= len(inside) else None
        if before is not None and _LISTED_BEFORE.fullmatch(text, before.end, holder.start):
            return None  # "X, A plus B with or without C": a list the combination ends
        return inside
    start = k
    while start and _BACKBONE_JOIN.fullmatch(text, therapies[start - 1].end, therapies[start].start) and \
            not _covered(rec, therapies[start - 1]) and k - start < 2:
        start -= 1
    if start and _LISTED_BEFORE.fullmatch(text, therapies[start - 1].end, therapies[start].start):
        return None  # "A or B with or without C": alternatives; or a list longer than a backbone
    return therapies[start:k + 1]


def _enhances_effect_of(r, text: str, rec, therapies: list, make) -> None:
    """"A enhanced the efficacy of B": A + B, read at A; "both A and C were able to increase the ability of B": A + B
    and C + B, each read at its own agent (a list of agents each added to B, never one regimen of them all)."""
    for k, (a, b) in enumerate(zip(therapies, therapies[1:])):
        if _covered(rec, b) or not _ENHANCES_EFFECT_OF.fullmatch(text, a.end, b.start) or \
                _STATE_AFTER.match(text, b.end):
            continue
        holder = next((g for g, _ in rec.regimens if g.end == a.end and g.start < a.start), None)
        if holder is not None:  # "the combination of A and C enhanced the effect of B": A + C + B
            # (a regimen built on a drug, "oxaliplatin-based chemotherapy", is one part)
            parts = [holder] if _BUILT_ON.search(holder.entity.name) else \
                [t for t in therapies if holder.start <= t.start and t.end <= holder.end]
            _record(r, text, rec, parts + [b], holder.start, holder.end, make)
            continue
        agents, j = [a], k
        # a list ends with "and"/"or" before its last item ("A and C", "A, C, and D"); a comma alone before A
        # closes a clause ("..., which resists X, A enhanced ...")
        ends_list = k and _LIST_LAST_JOIN.search(text[therapies[k - 1].end:a.start]) is not None
        while ends_list and j and _LISTED_BEFORE.fullmatch(text, therapies[j - 1].end, therapies[j].start) and \
                not _covered(rec, therapies[j - 1]) and k - j < 3:
            j -= 1
            agents.insert(0, therapies[j])
        if len(agents) > 1 and _PAIR_NOT_GIVEN.search(text[max(0, agents[0].start - 60):agents[0].start]) and \
                not _BOTH_BEFORE.search(text[max(0, agents[0].start - 10):agents[0].start]):
            continue  # "resistant to A, B and C enhanced ...": no list of agents opens there
        for agent in agents:
            if not _covered(rec, agent):
                _record(r, text, rec, [agent, b], agent.start, agent.end, make)


def _synergistic_list(r, text: str, rec, therapies: list, make) -> None:
    """"the synergistic inhibitory effect of A and B", "synergy between A and B", "the synergistic potential of A, B,
    and C": a synergy (or an additive effect) said of two or three therapies joined by "and" is said of them given
    together, one regimen; so is one said after the pair, "A and B had synergistic effects", "A and B acted
    synergistically", "A and B synergistically inhibited growth". A list joined by "or", a longer list, a pair after
    words that make each its own ("resistant to A and B") and a denied synergy ("were not synergistic") give none."""
    lowered = text.lower()
    if "synerg" not in lowered and "additiv" not in lowered:
        return  # (every synergy word holds one of them; most sentences hold neither)
    k = 0
    while k < len(therapies):
        run = [therapies[k]]
        while k + len(run) < len(therapies) and len(run) < 4 and \
                _SYNERGY_LIST_GAP.fullmatch(text, run[-1].end, therapies[k + len(run)].start):
            run.append(therapies[k + len(run)])
        k += len(run)
        if not 2 <= len(run) <= 3 or any(_covered(rec, t) for t in run) or \
                not _SYNERGY_LAST_GAP.fullmatch(text, run[-2].end, run[-1].start):
            continue
        before = text[max(0, run[0].start - 80):run[0].start]
        if _SYNERGY_OF_BEFORE.search(before):
            _record(r, text, rec, run, run[0].start, run[-1].end, make)
        elif len(run) == 2 and _SYNERGY_AFTER_PAIR.match(text, run[-1].end) and \
                not _PAIR_NOT_GIVEN.search(text[max(0, run[0].start - 60):run[0].start]):
            _record(r, text, rec, run, run[0].start, run[-1].end, make)


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_WITH_ADDITION = prefiltered(_WITH_ADDITION)
