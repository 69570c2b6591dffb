"""A shared therapy given with one of two alternatives named by "either ... or".

"either B or C" after a therapy A and a join says the patients had A with B or A with C: two regimens, A + B and
A + C. What stands around the names is the way each is given, which the joins of
:func:`builders.patterns.regimens` do not cross:

* a dose or schedule after A: "panitumumab at 6 mg/kg every 2 weeks with either B or C";
* "and" before "either": "FOLFIRI and either sunitinib or placebo";
* a dose or arm label after B: "either B 800 mg daily (arm A) or C (arm B)", "either B (n = 91) or C (n = 92)";
* an alternative that is itself a combination ("or fluorouracil/leucovorin": A + fluorouracil + leucovorin);
* placebo as the alternative: "A plus either B or placebo" is A + B against A + placebo, also without "either" ("A
  plus B or placebo": a placebo stands in for B, never for the whole of A + B).

A list of three or more add-ons to one backbone whose last item is placebo ("FOLFIRI plus A, B, or placebo") gives the
backbone to each: A with every add-on and with placebo (a three-arm trial of two drugs against placebo on one
backbone), when A is a cytotoxic backbone and each add-on one drug of no chemotherapy class.

A list of therapies before A, each given its own way ("capecitabine 1000 mg/m2 twice daily, bevacizumab 7.5 mg/kg
on day 1, and either B or placebo"), is shared the same way. Nothing is read when a word other than a dose or a
schedule stands between A and the join ("patients who progressed on A were treated with either B or C": A is an
earlier therapy), when the alternative stands alone ("or C alone") or when both alternatives are one therapy.

A generic therapy (the standard of care, chemotherapy) "with either B or C" where B and C are each cytotoxic
chemotherapy names what the generic therapy was ("standard chemotherapy with either FOLFOX or CAPOX" is FOLFOX or
CAPOX), never a partner of B or C: no combination is read ("chemotherapy plus either A or B" still adds A or B).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# the join before "either": what gives A with the alternatives
_JOIN_EITHER = lazy_compile(r",?\s*(?:and|plus|with|combined\s+with|in\s+combination\s+with|\+)\s+either\s+\Z", re.I)
# the join before B when the alternative to B is placebo and no "either" is written ("A plus B or placebo")
_JOIN_PLAIN = lazy_compile(r"\s*(?:plus|with|combined\s+with|in\s+combination\s+with|\+)\s+\Z", re.I)
# the words that give a dose or a schedule (numbers and units are matched by _DOSE_NUMBER)
_DOSE_WORDS = frozenset("""at of a an the dose doses dosed loading followed by maintenance once twice thrice daily weekly
biweekly every each per day days week weeks cycle cycles on to and for orally oral intravenous intravenously iv i.v.
subcutaneous subcutaneously infusion bolus continuous mg g µg mcg kg m2 m² mg/kg mg/m2 mg/m² mg/day mg/d auc q2w q3w q4w
h hours hour d1 d1-14 times matching""".split())
_DOSE_NUMBER = lazy_compile(r"[\d.,:/–\-x×]+(?:mg|g|µg|mcg|kg|m2|m²|mg/kg|mg/m2|mg/m²|/day|/d|/m2|h)*", re.I)
_BRACKETED = lazy_compile(r"\([^()]*\)|\[[^\[\]]*\]")
_WORD = lazy_compile(r"[^\s,;]+")
# a gap between two listed therapies: a dose of the first, a listing join, a route of the second
_LISTED_GAP = lazy_compile(r"(?P<dose>.*?)(?:,\s*(?:and\s+)?|\s+and\s+|\s*\+\s*|\s+plus\s+|/)\s*(?P<route>[\w.\s]*)", re.S)
# a route word (with the schedule it may carry) right before the first alternative, after "either" or the join
# ("either intravenous B", "A plus oral B or placebo", "A plus continuous oral B or placebo")
_ROUTE_BEFORE_ALTERNATIVE = lazy_compile(r"(?<=\S)\s+(?:(?:continuous|continuously|daily|weekly)\s+)?"
                                         r"(?:intravenous|oral|subcutaneous|i\.v\.|iv|s\.c\.)\s*\Z", re.I)
# between the first alternative and "or", and between "or" and the second
_OR = lazy_compile(r"(?P<before>.*?),?\s+or\s+(?P<after>.*)\Z", re.I | re.S)
# "either B (arm A), as reference arm, or C": a short apposition before "or"
_APPOSITION = lazy_compile(r"\s*,\s*(?:as\s+)?(?:[\w\-]+\s+){0,3}[\w\-]+\s*\Z", re.I)
_ALONE_AFTER = lazy_compile(r"[-\s]*(?:alone|monotherapy|single[-\s]agent|only|\+|plus|combined|in combination|with)\b", re.I)
# between two add-ons of one list ("A plus B, C, or placebo"): a comma, and "or" (with or without a comma) before the last
_LIST_COMMA = lazy_compile(r"\s*,\s*\Z")
_LIST_OR = lazy_compile(r"\s*,?\s+or\s+\Z", re.I)
PLACEBO = "crc:regimen_placebo"  # the id of the regimen "placebo"
_CHEMOTHERAPY = "crc:class_chemotherapy"
# the generic therapies a "with either B or C" may spell out (the standard of care, chemotherapy as a class)
_GENERIC_THERAPIES = frozenset({"crc:regimen_standard_of_care", _CHEMOTHERAPY})
# the bare "with" that may spell out a generic therapy (not "combined with", "in combination with", "together with")
_BARE_WITH = lazy_compile(r"(?<!combined\s)(?<!combination\s)(?<!together\s)\bwith\s+either\s+\Z", re.I)
# "either" (with a dose or schedule after it) right before the shared therapy: the choice starts before it
_EITHER_BEFORE = lazy_compile(r"\beither\s+(?:[\w.,/\-]+\s+){0,3}\Z", re.I)
# the most characters the way a therapy is given may take between two names ("cetuximab 400 mg/m2 intravenous
# loading dose followed by weekly maintenance of 250 mg/m2 plus either")
_LONGEST_WAY = 160


def _dose_only(gap: str) -> bool:
    """Whether ``gap`` (between two names) says only how a therapy is given: doses, units, routes, schedules and
    bracketed asides ("(n = 91)", "(arm A)", "(1200 mg; investigational group)")."""
    words = _WORD.findall(_BRACKETED.sub(" ", gap))
    return all(w.lower() in _DOSE_WORDS or _DOSE_NUMBER.fullmatch(w) for w in words)


def _unit(rec, therapies: list, k: int) -> tuple[int, int, list]:
    """The therapy at ``therapies[k]`` as one alternative: the combination a join already made from it and the
    therapies after it ("fluorouracil/leucovorin"), else the therapy alone. Returns (start, end, its therapies)."""
    m = therapies[k]
    made = [reg for reg, _ in rec.regimens if reg.start == m.start and reg.end > m.end]
    if made:
        end = max(reg.end for reg in made)
        return m.start, end, [t for t in therapies[k:] if t.end <= end]
    return m.start, m.end, [m]


def _shared(text: str, therapies: list, k: int) -> list:
    """The therapy before the join (``therapies[k]``) and those listed before it the same way, each with its own
    dose ("A 850 mg/m2 twice daily, B 7.5 mg/kg on day 1, and either ..."), in text order."""
    shared = [therapies[k]]
    while k > 0:
        gap = text[therapies[k - 1].end:therapies[k].start]
        if len(gap) > _LONGEST_WAY:
            break
        listed = _LISTED_GAP.fullmatch(gap)
        if not listed or not _dose_only(listed.group("dose")) or not _dose_only(listed.group("route")):
            break
        k -= 1
        shared.insert(0, therapies[k])
    return shared


def either_alternatives(r, text: str, rec, therapies: list, mention) -> None:
    """Add to ``rec.regimens`` the two regimens "A ... either B ... or C" names (A + B from A to B, A + C at C), replacing
    a combination already read at either alternative's place; ``mention(start, end, text, entity)`` makes a
    mention."""
    last_placebo = max((i for i, t in enumerate(therapies) if t.entity.id == PLACEBO), default=-1)
    for k in range(len(therapies) - 2):
        a = therapies[k]
        nxt = k + 1
        gap = text[a.end:therapies[nxt].start]
        if len(gap) > _LONGEST_WAY:
            continue
        either = "either" in gap.lower()
        if not either and last_placebo <= nxt:
            continue  # (without "either", only placebo is the alternative)
        gap = _strip_route(gap)
        join = (_JOIN_EITHER if either else _JOIN_PLAIN).search(gap)
        if not join or not _dose_only(gap[:join.start()]):
            continue
        b_start, b_end, b_parts = _unit(rec, therapies, nxt)
        c_index = next((i for i in range(nxt + 1, len(therapies)) if therapies[i].start >= b_end), None)
        if c_index is None:
            continue
        if therapies[c_index].start - b_end > _LONGEST_WAY:
            continue
        between = _OR.fullmatch(text[b_end:therapies[c_index].start])
        if not between or not (_dose_only(between.group("before")) or
                               _APPOSITION.fullmatch(_BRACKETED.sub(" ", between.group("before")))) \
                or not _dose_only(between.group("after")):
            continue
        c_start, c_end, c_parts = _unit(rec, therapies, c_index)
        if either and a.entity.id in _GENERIC_THERAPIES and _BARE_WITH.search(gap) and \
                all(_cytotoxic(r, t.entity) for t in b_parts + c_parts):
            continue  # "standard chemotherapy with either B or C": B or C is the standard, no partner of it
        if _ALONE_AFTER.match(text, c_end) or {t.entity.id for t in b_parts} == {t.entity.id for t in c_parts}:
            continue
        if not either and not _placebo_for_add_on(r, text, a, b_parts, c_parts, between.group("before")):
            continue
        if not _alternatives(b_parts, c_parts):
            continue
        shared = _shared(text, therapies, k)
        # A + B read from A's name on (as a join reads it), A + C at C
        for start, end, parts in ((shared[0].start, b_end, b_parts), (c_start, c_end, c_parts)):
            entity, comps = r.combination(shared + parts)
            overlapping = [m for m, _ in rec.regimens if start <= m.start < end or m.start <= start < m.end]
            if any(m.entity.id == entity.id for m in overlapping):
                continue
            rec.regimens[:] = [(m, cs) for m, cs in rec.regimens if not (start <= m.start < end or
                                                                         m.start <= start < m.end)]
            rec.regimens.append((mention(start, end, text, entity), comps))


def _cytotoxic(r, entity) -> bool:
    """Whether ``entity`` is cytotoxic chemotherapy: a chemotherapy drug (or folinic acid, given as a part of one) or a
    regimen all of whose parts are."""
    if entity.category == "Drug":
        return r.vocab.backbone_drug(entity.id)
    comps = r.vocab.regimen_components.get(entity.id) or ()
    return entity.category == "Regimen" and bool(comps) and all(r.vocab.backbone_drug(c) for c in comps)


def generic_spelled_out(r, generic, therapy) -> bool:
    """Whether ``therapy`` after "``generic`` with either" spells out the generic therapy: the generic is the standard
    of care or chemotherapy as a class and ``therapy`` is cytotoxic chemotherapy only (see the module)."""
    return generic.id in _GENERIC_THERAPIES and _cytotoxic(r, therapy)


def _placebo_for_add_on(r, text: str, a, b_parts: list, c_parts: list, before_or: str) -> bool:
    """Whether "A plus B or placebo" (no "either") gives A + B against A + placebo: the alternative is placebo alone,
    right after B and its dose; A is a cytotoxic backbone (a chemotherapy drug or a regimen) and B one drug added to
    it, of a class that is no chemotherapy ("capecitabine plus celecoxib or placebo"); never when the choice starts
    before A ("either A plus B or placebo": A + B against placebo), nor for a pair of cytotoxic parts that make one
    drug ("trifluridine plus tipiracil or placebo")."""
    if [t.entity.id for t in c_parts] != [PLACEBO] or not _dose_only(before_or) or len(b_parts) != 1:
        return False
    if _EITHER_BEFORE.search(text, max(0, a.start - 40), a.start):
        return False
    backbone = a.entity.category == "Regimen" or r.vocab.backbone_drug(a.entity.id)
    b = b_parts[0].entity
    one_drug = any(r.vocab.resolve(f"{a.entity.name}{join}{b.name}") for join in ("/", " and ", "-"))
    return backbone and b.category == "Drug" and not r.vocab.backbone_drug(b.id) and not one_drug


def _strip_route(gap: str) -> str:
    """The gap without a trailing route word before the first alternative ("either intravenous B", "plus oral B"):
    the way a drug is given is no therapy of its own, so "A plus oral B or placebo" is read as "A plus B or placebo"
    (the join is still required before it)."""
    return _ROUTE_BEFORE_ALTERNATIVE.sub(" ", gap)


def _alternatives(b_parts: list, c_parts: list) -> bool:
    """Whether two alternatives are of one kind: drugs (or classes) for a drug, regimens for a regimen, a
    combination for a combination; placebo stands in for anything."""
    if any(t.entity.id == PLACEBO for t in b_parts + c_parts):
        return True
    kinds = {_kind(b_parts), _kind(c_parts)}
    return len(kinds) == 1 or kinds == {"Regimen", "combination"}


def _kind(parts: list) -> str:
    """An alternative's kind: a combination (several therapies), a regimen, or a drug (a drug or a class)."""
    if len(parts) > 1:
        return "combination"
    return "Regimen" if parts[0].entity.category == "Regimen" else "Drug"


def listed_add_ons(r, text: str, rec, therapies: list, mention) -> None:
    """Add to ``rec.regimens`` the regimens "A plus B, C, or placebo" names: A + B (from A's name on), A + C and
    A + placebo (each at its own name), replacing a combination already read there. Only for a backbone A (a regimen or
    a chemotherapy drug), three or more items the last of which is placebo, and add-ons that are single drugs of no
    chemotherapy class; never when the choice starts before A ("either A plus B, C or placebo") or the placebo stands
    alone ("or placebo alone")."""
    for k in range(len(therapies) - 3):
        a = therapies[k]
        gap = text[a.end:therapies[k + 1].start]
        join = _JOIN_PLAIN.search(gap)
        if len(gap) > _LONGEST_WAY or not join or not _dose_only(gap[:join.start()]):
            continue
        items, closed = [therapies[k + 1]], False
        for t in therapies[k + 2:]:
            between = text[items[-1].end:t.start]
            if _LIST_OR.fullmatch(between):
                items.append(t)
                closed = True
                break
            if not _LIST_COMMA.fullmatch(between):
                break
            items.append(t)
        if not closed or len(items) < 3 or items[-1].entity.id != PLACEBO or _ALONE_AFTER.match(text, items[-1].end):
            continue
        backbone = a.entity.category == "Regimen" or r.vocab.backbone_drug(a.entity.id)
        if not backbone or _EITHER_BEFORE.search(text, max(0, a.start - 40), a.start):
            continue
        if any(t.entity.category != "Drug" or r.vocab.backbone_drug(t.entity.id) for t in items[:-1]):
            continue
        for index, t in enumerate(items):
            start = a.start if index == 0 else t.start
            entity, comps = r.combination([a, t])
            overlapping = [m for m, _ in rec.regimens if start <= m.start < t.end or m.start <= start < m.end]
            if any(m.entity.id == entity.id for m in overlapping):
                continue
            rec.regimens[:] = [(m, cs) for m, cs in rec.regimens if not (start <= m.start < t.end or
                                                                         m.start <= start < m.end)]
            rec.regimens.append((mention(start, t.end, text, entity), comps))
