"""The arms a trial's design sentence gives, one regimen each, read for the trial reader (builders/trials_text.py).

``arms_from``: the regimens a design names from its therapies in order and the words between them: alternatives are
separate arms, a backbone shared by alternatives is given to each ("FOLFIRI plus ramucirumab or placebo"), "A alone or
combined with B", "the addition of A to B", an induction followed by a choice of maintenance, "57 and 77 patients
received A and B, respectively". ``labelled_arms``: arms a design names by label ("arm A (...); arm B (...)"). Also
one arm's regimen from its therapy mentions (``_regimen_of``) and the drug-class helpers they use.
"""
from __future__ import annotations

from collections import ChainMap
import re

from builders.design_words import (ASSIGN_VERB, KEPT_ON, PLUS_MINUS_SIGN, PLUS_OR_MINUS, WITH_JOINED_WITHOUT,
                                   WITH_WITHOUT_JOIN)
from builders.lazy_patterns import lazy_compile
from builders.spelled_brackets import without_spelled_components
from builders.word_patterns import whole_word
from builders.regimen_names import (COUNTED_GROUPS as _COUNTED_GROUPS, PLACEBO as _PLACEBO,
                                    STANDARD_OF_CARE as _STANDARD_OF_CARE, RESPECTIVELY_AFTER, share_a_target, spelled_out)
from builders.recognize import Mention
from builders.trials_controls import RANDOMISED_BETWEEN as _RANDOMISED_BETWEEN
from kg.ids import mint
from kg.model import Entity
from kg.groups import THERAPY

# a label after the arm it names, in round or square brackets: "FOLFIRI plus cetuximab (arm A)", "... [arm B]"
_LABEL_NOUN = r"(?:[Aa]rm|[Cc]ohort|[Gg]roup)"
# a class said to be one drug in a bracket right after it ("cytotoxic drugs (i.e., irinotecan)")
_CLASS_THAT_IS = lazy_compile(r"\s*\(\s*i\.\s?e\.,?\s*")
# (also closing a bracket of the arm's dosing: "fruquintinib alone (5 mg/day; arm B)", "... (every 2 weeks, arm A)")
# (a dosing bracket may hold a unit's short bracket: "(to 500 mg/m(2) per week; group B)")
_LABEL_AFTER = lazy_compile(rf"\(\s*{_LABEL_NOUN}\s+([A-H1-9])\s*\)|\[\s*{_LABEL_NOUN}\s+([A-H1-9])\s*\]|"
                            rf"\((?:[^()\[\]]|\([^()\[\]]{{1,4}}\)){{1,120}}?[;,]\s*{_LABEL_NOUN}\s+([A-H1-9])\s*\)")
# a label that opens an arm's stretch of a design: "arm A (...)", "arm B: ...", "cohort A received ...", "group 2 was
# treated with ..."
_LABEL_BEFORE = lazy_compile(rf"\b{_LABEL_NOUN}\s+([A-H1-9])\b\s*(?:[(:]|(?:received|was\s+(?:treated\s+with|given)|"
                             r"were\s+(?:treated\s+with|given))\b)")
# "with or without", also with each side's count: "A, with (n = 51) or without (n = 52) B"
# (also "A plus or minus B", the words of "A ± B"; and the two arms set side by side, "A with versus without B", "A with
# vs. without B", "A with and without B": the same two arms, A + B and A; the words are those of every reader,
# builders/design_words.py, and only the readers of arms read the counts between them)
WITH_OR_WITHOUT = rf"(?:with\s*(?:\(\s*n\s*=\s*\d[\d,]*\s*\)\s*)?(?:{WITH_WITHOUT_JOIN}\s+|/\s*)without(?:\s*\(\s*n\s*=\s*\d[\d,]*\s*\))?|{PLUS_OR_MINUS})"
# between a regimen and the drug some of its arms add: "A with or without B", "A + B ± C", "A +/- B"
_OPTIONAL = lazy_compile(rf"{WITH_OR_WITHOUT}|{PLUS_MINUS_SIGN}", re.I)
# the optional add-on said of every arm listed before it: "A or B, both with or without C", "each ± C"
_OPTIONAL_IN_EACH = lazy_compile(r"\b(?:both|each|all|either)\s+(?:arms?\s+|groups?\s+)?(?:" + _OPTIONAL.pattern + ")", re.I)
# dosing and schedule words between the drugs of one regimen (also "175 mg m−2", "days 1–14" without "on", "1,000 mg/m2
# twice per day", "70 mg/m2 over 30 min I.V.")
_GAP_NOISE = lazy_compile(
    r"\([^()]{0,80}\)|\[[^\[\]]{0,40}\]|\b(?:at\s+)?(?:an?\s+)?(?:daily\s+)?(?:dose\s+of\s+)?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*-?\s*(?:mg/kg|mg/m2|mg/m²|mg\s+m[−-]2|mg|g/m2|µg|ug|"
    r"AUC\s*\d*)(?:\s+(?:loading dose|dose|daily|weekly|twice daily|once daily|bid|qd))?\b|"
    r"\b(?:once|twice|three times)\s+(?:daily|a day|per day|weekly)\b|\bover\s+\d+\s*(?:min(?:utes)?|h(?:ours?)?)\b|"
    # (a dose said by its standing, "at a standard dose", "at the full dose")
    r"\bat\s+(?:a|the)\s+(?:standard|full|reduced|lower|higher|low|high|usual|approved|fixed)\s+doses?\b|"
    r"\b(?:i\.v|p\.o)\.(?!\w)|\bcontinuously\b|\b(?:daily|weekly|biweekly|orally|oral|intravenously|intravenous|"
    r"subcutaneously|subcutaneous|"
    r"IV|i\.v\.|p\.o\.|po|bid|qd|infusion|loading dose|subsequent|" + KEPT_ON + r")\b|\bevery\s+\d+\s+(?:weeks?|days?)\b|"
    r"\bq\d+w\b|\b(?:on\s+)?days?\s+\d+(?:\s*(?:to|-|–|and)\s*\d+)?\b|\bin\s+\d+-day cycles\b|\bfollowed by\b|"
    # the cycle a schedule is given in and an on/off schedule: "of a 28-day cycle", "of each 4 week cycle", "for the
    # first 3 weeks of every 4-week cycle", "3 weeks on/1 week off", "on a 21-days-on, 7-days-off schedule", "once
    # every 6 weeks", "160 mg/day", "every day"
    r"\b(?:for\s+(?:the\s+first\s+)?\d+\s+(?:weeks?|days?)\s+)?(?:of|in)\s+(?:each|every|a|an|the)?\s*\d+[\s\-]?(?:weeks?|days?)[\s\-]cycles?\b|"
    r"\b(?:on\s+an?\s+)?\d+[\s\-](?:weeks?|days?)[\s\-]on\s*(?:/|,|and)?\s*\d+[\s\-](?:weeks?|days?)[\s\-]off(?:\s+(?:schedule|regimen))?\b|"
    r"\bonce\s+every\s+\d+\s+(?:weeks?|days?)\b|/\s*(?:day|d)\b|\bevery\s+day\b|"
    # the way named as a noun before the drug: "an intravenous infusion of A ..., and an oral administration of B"
    r"\b(?:an?\s+)?(?:(?:oral|intravenous|subcutaneous)\s+)?(?:administration|infusion|injection)\s+of\b|"
    r"\buntil (?:disease )?progression\b|\b(?:given|administered)\b|\bstandard[- ]of[- ]care\b|\bas\s+(?:an?\s+)?(?:first|second|third|later|front)[- ]?line\s+"
    r"(?:therapy|treatment|regimen)?|\bas an?\s+(?:loading|maintenance|starting|initial)\s+dose\b|"
    # the backbone a drug is continued with: "continue A with a different chemotherapy", "A beyond progression plus
    # second-line chemotherapy" (A + chemotherapy, never A alone)
    r"\b(?:beyond|after)\s+(?:the\s+)?(?:first\s+|disease\s+)?progression\b|\b(?:first|second|third|later)[- ]line\b|"
    r"\b(?:different|alternative|crossover)\b|"
    r"[^\x00-\x7f]?[®™]", re.I)  # a brand's sign ("AVASTIN®"; "Â®" when its encoding was misread)
_ARM_WORD = lazy_compile(r"\b(?:arms?|groups?|cohorts?)\b", re.I)
# between two arms of a list, the next arm's label and what it received: ", doublet therapy with", "; the control
# group receiving"
_LABELLED_ARM_GAP = lazy_compile(r"\s*[,;]\s*(?:and\s+|or\s+)?(?:the\s+|an?\s+)?(?:triplet|doublet|quadruplet|combination|"
                                 r"control|experimental|standard|comparator|monotherapy|single-agent)(?:[\s\-](?:therapy|"
                                 r"treatment|regimen))?(?:[\s\-](?:group|arm|cohort))?\s+(?:with|of|consisting of|receiving)\s+"
                                 r"(?:the\s+)?", re.I)
# "the superiority of A over B", "an advantage of A over B": one therapy set against the other by "over" after a word
# of which is better (the lead, before the first therapy) and the gap (only "over" between them)
_BETTER_OF = lazy_compile(r"\b(?:superiority|inferiority|non-?inferiority|advantages?|benefits?|preference|"
                          r"added value|efficacy gains?)\s+of\s+(?:the\s+)?(?:addition\s+of\s+)?$", re.I)
_OVER_GAP = lazy_compile(r"\s*[)\]]?\s*over\s+(?:the\s+|an?\s+)?", re.I)


def better_over(text: str, a, b) -> bool:
    """Whether mentions ``a`` and ``b`` are set against each other as "the superiority of A over B"."""
    return _OVER_GAP.fullmatch(text, a.end, b.start) is not None and \
        _BETTER_OF.search(text, max(0, a.start - 60), a.start) is not None and \
        _SHARED_AFTER.match(text, b.end) is None and \
        (_SHARED_AFTER.search(text, b.start, b.end) is None or _SHARED_AFTER.search(text, a.start, a.end) is not None)


# (not when a backbone is said after the second therapy, "A over B when combined with C or D": whose it is, the
# reading of "over" does not tell; a partner said to be the condition of both is read by over_on_shared)
_SHARED_AFTER = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:(?:when|if|each|both)\s+)?(?:combined|given|plus|with|added|"
                             r"in combination|administered)\b|\s*\+", re.I)


# "A over B when combined with either C or D": what joins the second therapy to the partner both are given with (a
# brand's sign and a synonym in brackets may stand between), and what joins one alternative partner to the next
_OVER_SHARED_JOIN = lazy_compile(r"\s*[®™]?\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:when|if|each|both)\s+(?:combined|given|used|administered)\s+"
                                 r"with\s+(?:either\s+)?(?:the\s+|an?\s+)?|\s*[®™]?\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:each|both)\s+"
                                 r"(?:in\s+combination\s+with|plus|with)\s+(?:either\s+)?(?:the\s+|an?\s+)?", re.I)
# "the superiority in overall survival (OS) of A over B": which is better, in a measure named before "of"
_BETTER_OF_MEASURED = lazy_compile(r"\b(?:superiority|inferiority|non-?inferiority|advantages?|benefits?)(?:\s+(?:in|for|on)\s+"
                                   r"[^.;,]{1,40}?)?\s+of\s+(?:the\s+)?$", re.I)
_POSSESSIVE_OVER = lazy_compile(r"['’]s\s+(?:[\w\-]+\s+){0,3}?(?:advantage|superiority)\s+over\s+(?:the\s+|an?\s+)?", re.I)
_OVER_WORD = lazy_compile(r"\bover\b", re.I)
# what opens another clause, whose therapies are no arm of this one ("(8.8 vs 6.6 months)—results that make A ...")
_CLAUSE_BREAK = lazy_compile(r"[—;]|\s–\s")
_OVER_SHARED_OR = lazy_compile(r"\s*(?:,\s*)?(?:or|/)\s*(?:the\s+|an?\s+)?", re.I)


def _single_pieces(therapies: list[Mention], ctx) -> list[Mention]:
    """The sentence's therapies one drug or named regimen each, with their places: a combination the recogniser read
    at one of its parts' names ("pyrotinib" read as pyrotinib + capecitabine) is that part, and one read over "B when
    combined with C" is B and C at their own words. Mentions left as they are when their parts cannot be placed."""
    known = getattr(ctx, "combination_parts", {})
    out: list[Mention] = []
    for m in therapies:
        parts = [ctx.vocab.entities.get(c) for c in known.get(m.entity.id, ())] if m.entity.attr("combination") else []
        if not parts or not all(parts):
            out.append(m)
            continue
        low = m.text.lower()
        placed = []
        for e in parts:
            names = sorted({n.lower() for n in (e.name, *e.synonyms) if n}, key=len, reverse=True)
            at = next(((low.find(n), n) for n in names if whole_word(n).search(low)), None)
            if at is not None:
                placed.append((m.start + at[0], m.start + at[0] + len(at[1]), e))
        if not placed or len(placed) < len(parts) and not (len(placed) == 1 and placed[0][1] - placed[0][0] == len(m.text)):
            out.append(m)
            continue
        out.extend(Mention(a, b, m.text[a - m.start:b - m.start], e) for a, b, e in sorted(placed, key=lambda x: x[0]))
    return out


def over_on_shared(text: str, therapies: list[Mention], ctx) -> list | None:
    """The two arms of a comparison of two therapies each given with the same partner: "the superiority of A over B
    when combined with C" sets A + C against B + C; the partner is the condition both are compared under, not a part
    of B alone. A choice of named backbones, "... when combined with either C or D", is one regimen per arm that
    offers either (A + (C or D), B + (C or D)). None unless the sentence's therapies are exactly A, B and the partner
    or its alternatives, with A and B single therapies set against each other as "the superiority/advantage of A
    over B" (or "A's advantage over B") and the partner joined by "when combined with", "each with" and the like."""
    if len(therapies) < 2 or _OVER_WORD.search(text) is None:
        return None
    therapies = _single_pieces(therapies, ctx)
    # a synonym or brand in brackets after its therapy ("Avastin® (bevacizumab)") is the same therapy
    therapies = [t for i, t in enumerate(therapies) if not (i and t.entity.id == therapies[i - 1].entity.id and
                                                            re.fullmatch(r"\s*[®™]?\s*[(\[]\s*", text[therapies[i - 1].end:t.start]))]
    if len(therapies) < 3:
        return None
    a, b = therapies[0], therapies[1]
    if not (_OVER_GAP.fullmatch(text, a.end, b.start) and _BETTER_OF_MEASURED.search(text, max(0, a.start - 80), a.start) or
            _POSSESSIVE_OVER.fullmatch(text, a.end, b.start)):
        return None
    if a.entity.attr("combination") or b.entity.attr("combination") or a.entity.id == b.entity.id:
        return None
    if _OVER_SHARED_JOIN.fullmatch(text, b.end, therapies[2].start) is None:
        return None
    # (a clause after a dash or semicolon, "—these outcomes position A as ...", is another statement: its therapies are
    # no partner of the comparison)
    rest = [t for t in therapies[2:] if _CLAUSE_BREAK.search(text, therapies[2].end, t.start) is None]
    if len(rest) >= 3 and _is_chemotherapy(rest[-1].entity) and rest[-1].start - rest[-2].end <= 1 and _named_backbone(rest[-2]):
        rest = rest[:-1]  # "either FOLFOX or FOLFIRI chemotherapy": the head noun saying what the backbones are
    alts = [rest[0]]
    for x, y in zip(rest, rest[1:]):
        if _OVER_SHARED_OR.fullmatch(text, x.end, y.start) is None:
            return None
        alts.append(y)
    if len({x.entity.id for x in alts}) != len(alts) or {a.entity.id, b.entity.id} & {x.entity.id for x in alts}:
        return None
    if len(alts) == 1:
        return [_regimen_of([a, alts[0]], ctx), _regimen_of([b, alts[0]], ctx)]
    if not all(_named_backbone(x) for x in alts):
        return None  # a choice of partners only among named chemotherapy backbones
    choice = " or ".join(x.entity.name for x in alts)
    out = []
    for lead in (a, b):
        name = f"{lead.entity.name} + ({choice})"
        out.append((Entity(mint("regimen", name), "Regimen", name, (), (), (("choice", True),)),
                    (lead.entity, *(x.entity for x in alts))))
    return out


_ALT_SEP = lazy_compile(r"^\s*(?:,\s*)?(?:or|versus|vs\.?|compared (?:with|to)|or to|;\s*or|, or|" + WITH_OR_WITHOUT + r"|against)\s*"
                        r"(?:the\s+|an?\s+|either\s+)?$", re.I)
# "A plus B (n = 26) and C (n = 28)": a group's patient count closes its arm, the "and" after it lists the next
_COUNT_AND = lazy_compile(r"\s*\(\s*n\s*=\s*\d[\d,]*\s*\)\s*,?\s*and\s+(?:the\s+|an?\s+)?", re.I)
# "203 were randomized to A and 199 to B", "... allocated A and 199 were allocated B", "(A, n = 203; B, n = 199)": the
# next group's count between two arms
_NEXT_COUNT = lazy_compile(r"\s*,?\s*and\s+\d[\d,]*\s+(?:(?:patients|pts|participants)\s+)?(?:(?:were|was)\s+)?"
                           r"(?:" + ASSIGN_VERB + r"(?:\s+to)?|to|received)(?:\s+receive)?\s+"
                           r"(?:the\s+|an?\s+)?|\s*,?\s*n\s*=\s*\d[\d,]*\s*;\s*", re.I)
_JOIN_SEP = lazy_compile(r"^\s*(?:\((?:[^()]|\([^()]{0,6}\)){0,40}\)\s*)?(?:\+|plus|and|with|combined with|in combination with|,|, and|"
                         r"followed by|together with|and the|with the)\s*(?:an?|the)?\s*$", re.I)
# the head noun right after a named chemotherapy regimen ("the FOLFOX regimen", "mFOLFOX6 chemotherapy", "a CAPOX backbone")
_BACKBONE_HEAD = lazy_compile(r"^\s*(?:\([^()]{0,30}\)\s*)?(?:regimen|chemotherapy|backbone|doublet|triplet)\b", re.I)
# the schedule word that ends the words before a therapy ("... combined with intermittent "), or the two schedules a
# trial gives it on ("A with continuous or intermittent B": A with B, either way)
_SCHEDULE_AT_END = lazy_compile(r"\b(?:(?:intermittent|continuous)\s+(?:or|and|and/or)\s+)?(?:intermittent|continuous)\s*$", re.I)
_JOINED = lazy_compile(r"\s*(?:\+|plus|and|with|,|, and|combined with|in combination with)\s*", re.I)  # one regimen's parts


def _cytotoxic_only(therapy: Entity, parts: dict, vocab) -> bool:
    """Whether ``therapy`` is cytotoxic chemotherapy only: a chemotherapy drug (or folinic acid, given as a part of
    one), a chemotherapy class (fluoropyrimidine), or a regimen all of whose parts are such."""
    chemotherapy = "crc:class_chemotherapy"
    if therapy.category == "Drug":
        return vocab.backbone_drug(therapy.id)
    if therapy.category == "DrugClass":
        return therapy.id != chemotherapy and vocab.in_class(therapy.id, chemotherapy)
    comps = parts.get(therapy.id) or vocab.regimen_components.get(therapy.id) or ()
    entities = [vocab.entities.get(c) for c in comps]
    return bool(entities) and all(e is not None and e.category != "Regimen" and _cytotoxic_only(e, parts, vocab)
                                  for e in entities)


def _is_chemotherapy(therapy: Entity) -> bool:
    """Whether ``therapy`` is the bare class "chemotherapy" (no named regimen)."""
    return therapy.category == "DrugClass" and re.fullmatch(r"(?i)chemotherapy", therapy.name) is not None


def bracketed_alternatives(text: str, therapies: list[Mention]) -> list[tuple[int, int]]:
    """The spans of brackets right after a therapy that list alternatives: "an oxaliplatin-based regimen (FOLFOX or
    CapeOX)", "chemotherapy (mFOLFOX6/CapeOX)" spell out the therapy before them, no therapies of their own."""
    return [(b.start(), b.end()) for b in re.finditer(r"\(([^()]*(?:\bor\b|/)[^()]*)\)", text)
            if any(t.end <= b.start() and not text[t.end:b.start()].strip() for t in therapies)
            and sum(b.start() < t.start < b.end() for t in therapies) >= 2]


def without_bracketed_alternatives(text: str, therapies: list[Mention]) -> list[Mention]:
    """``therapies`` without those inside a bracket of alternatives (:func:`bracketed_alternatives`)."""
    spec = bracketed_alternatives(text, therapies)
    return [t for t in therapies if not any(lo < t.start < hi for lo, hi in spec)]


def _strip_brackets(text: str) -> str:
    """``text`` without its bracketed asides ("(95% CI, 10%-40%)")."""
    return re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", text)


_OR_WITHOUT = lazy_compile(r"\s*,?\s*(?:or|versus|vs\.?)\s+without\s+(?:the\s+)?", re.I)


def _less(seg: list[Mention], left: set[str], ctx) -> list[Mention]:
    """An arm's therapy mentions without the drugs ``left`` out, a combination mention that holds one taken apart
    into its other parts ("FOLFIRI with cetuximab" less cetuximab is FOLFIRI)."""
    known = getattr(ctx, "combination_parts", {})
    out = []
    for m in seg:
        comps = tuple(known.get(m.entity.id) or _parts_named(m.entity, ctx.vocab))
        parts = [ctx.vocab.entities.get(c) for c in comps]
        if comps and all(parts) and set(comps) & left:
            out.extend(Mention(m.start, m.end, e.name, e) for e in parts if e.id not in left)
        elif m.entity.id not in left:
            out.append(m)
    return out


def _parts_of(m: Mention, ctx) -> tuple:
    """The ids of the parts of a combination mention (none for a single therapy)."""
    return tuple(getattr(ctx, "combination_parts", {}).get(m.entity.id) or _parts_named(m.entity, ctx.vocab))


# "to control (A plus B) or ...": a control arm spelled out in the bracket after its name
_CONTROL_BRACKET = lazy_compile(r"\bto\s+(?:the\s+)?control(?:\s+(?:arm|group))?\s*\(([^()]{3,80})\)\s*,?\s*(?:or|versus|vs\.?)\b", re.I)


def labelled_arms(text: str, therapies: list[Mention], ctx, later: list | None = None) -> list[tuple[str, tuple]]:
    """Arms a design names by label: "arm A (encorafenib with cetuximab); arm B (...)" or "... (Arm D)".

    Each label's stretch of text gives one regimen: its therapies combined, or, when the stretch lists
    alternatives ("mFOLFOX6 or FOLFOXIRI, with or without bevacizumab"), an investigator's-choice
    regimen named by them.
    """
    starts = [(m.start(), (m.group(1) or "").upper()) for m in _LABEL_BEFORE.finditer(text)]
    ends = [(m.end(), (m.group(1) or m.group(2) or m.group(3)).upper()) for m in _LABEL_AFTER.finditer(text)]
    segments: list[tuple[str, list[Mention]]] = []
    stretches: dict[str, tuple[int, int]] = {}  # each label's stretch of text from its first therapy (or its start)
    if len(starts) >= 2:
        bounds = [p for p, _ in starts] + [len(text)]
        control = _CONTROL_BRACKET.search(text, 0, starts[0][0])
        if control is not None:
            # "randomly assigned to control (A plus B) or experimental therapy (Cohort 1: C; Cohort 2: D)": the control
            # the labelled arms are each set against, in its bracket before the first label
            segments.append(("CONTROL", [t for t in therapies if control.start(1) <= t.start and t.end <= control.end(1)]))
        for (pos, label), stop in zip(starts, bounds[1:]):
            segments.append((label, [t for t in therapies if pos <= t.start < stop]))
            stretches[label] = (pos, stop)
    elif ends:
        prev = 0
        for pos, label in ends:
            seg = [t for t in therapies if prev <= t.start < pos]
            stretches[label] = (seg[0].start if seg else prev, pos)
            own_dose = _DOSE_AMOUNT.search(text, prev, pos) if not seg and segments else None
            if own_dose is not None and len(segments[-1][1]) == 1 and \
                    _JOIN_BEFORE_DOSE.search(text, prev, own_dose.start()) and \
                    _DOSE_AMOUNT.search(text, segments[-1][1][0].end, stretches[segments[-1][0]][1]) and \
                    _dose_arms_randomised(text):
                # "regorafenib 160 mg QD (arm A) or 120 mg QD (arm B)": an arm given by its dose alone is the drug of
                # the arm before it (itself given with its dose), at that dose (named so by ``_dose_strategies``)
                seg = list(segments[-1][1])
            if segments and seg and _OR_WITHOUT.fullmatch(text, prev, seg[0].start):
                # "A with B (arm A) or without B (arm B)": the arm before it, less what it goes without
                seg = _less(segments[-1][1], {t.entity.id for t in seg}, ctx)
            elif segments and seg and segments[-1][1] and \
                    _ALONE_OR_WITH.fullmatch(text, segments[-1][1][-1].end, seg[0].start):
                # "A alone (arm A) or together with B (arm B)": the arm before it, with what it is given with
                seg = segments[-1][1] + seg
            segments.append((label, seg))
            prev = pos
    if ends and not starts and segments and not any(seg for _, seg in segments):
        shared = _strategies_of_shared_head(text, ends, therapies, ctx)
        if shared:
            return shared
    sequences: dict = {}  # the later phases of each arm that is a treatment sequence
    segments = _continued_phases(text, _same_plus(text, [(label, seg) for label, seg in segments if seg]), ctx, later,
                                 sequences)
    arms = [(label, _on_schedule(text, seg, _choice_or_combination(text, seg, ctx))) for label, seg in segments]
    arms = [(label, sequence_regimen(text, arm, sequences[label], ctx) if label in sequences else arm)
            for label, arm in arms]
    return _dose_strategies(text, segments, arms, stretches, therapies)


# the dosing strategy an arm of one drug is told apart by: "a dose-escalation strategy (starting at 80 mg/day ...; arm
# A) or standard-dose regorafenib (160 mg/day; arm B)"
_DOSE_STRATEGY = lazy_compile(r"\b(dose[\s\-]escalation|dose[\s\-]escalated|escalating[\s\-]dose|dose[\s\-]de-escalation|"
                              r"standard[\s\-]dose|standard[\s\-]dosing|full[\s\-]dose|reduced[\s\-]dose|low[\s\-]dose|"
                              r"high[\s\-]dose|fixed[\s\-]dose|flat[\s\-]dose|weight-based[\s\-]dose)\b", re.I)
_STRATEGY_LOOK = 120  # characters before an arm's first therapy searched for its strategy


# a dose written with its unit: "160 mg", "12 mg/kg/wk", "500 mg/m(2)", "5 mg/day"
_DOSE_AMOUNT = lazy_compile(r"\b\d+(?:\.\d+)?\s*(?:mg|µg|μg|mcg)(?:\s*/\s*(?:kg|m\(?2\)?|m²|day|d|wk|week))*\b(?!\s*%)",
                            re.I)
# what an arm written by its dose alone opens with, right before the dose: the join to the arm before it (", or 120 mg",
# ", at 120 mg"); a name the reader does not know there ("or XY-12 35 mg/m2") is another drug, no dose of the same
_JOIN_BEFORE_DOSE = lazy_compile(r"(?:,|\bor|\band|\bversus|\bvs\.?)\s+(?:(?:at|to|with)\s+)?(?:(?:a|the)\s+(?:daily\s+)?dose\s+of\s+)?$",
                                 re.I)
# arms given one drug at different doses are randomised arms only: "randomly assigned to", "allocated to"
_RANDOMISED = lazy_compile(rf"\b(?:randomi[sz]\w*|reassigned|{ASSIGN_VERB})\b", re.I)
# the words of a dose-finding phase, whose dose levels are no randomised arms
_DOSE_FINDING = lazy_compile(r"\b3\s*\+\s*3\b|\bdose[\s\-]+levels?\b|\bescalated\s+(?:from|up\s+to)\b|"
                             r"\bescalating\s+doses\b|\bdose[\s\-]+(?:finding|limiting)\b|\bMTD\b|\bRP2D\b", re.I)
def _dose_arms_randomised(text: str) -> bool:
    """Whether a design that gives one drug at several doses assigns patients at random to them; the dose levels of a
    dose-finding phase ("escalated from 80 mg (cohort 1) to 120 mg (cohort 2)", "a 3+3 design") are no arms."""
    return _RANDOMISED.search(text) is not None and _DOSE_FINDING.search(text) is None


# what ends the dose written for an arm: a bracket, a semicolon, the join to the next arm
_DOSE_END = lazy_compile(r"[()\[\];]|,?\s+(?:or|and|versus|vs\.?)\s+|,\s*$|\s+$")


def _dose_strategies(text: str, segments: list[tuple[str, list[Mention]]], arms: list,
                     stretches: dict[str, tuple[int, int]] | None = None,
                     therapies: list[Mention] | None = None) -> list:
    """Labelled arms that give the same regimen, each named by the dosing strategy its stretch of the design names
    first ("dose-escalation regorafenib", "standard-dose regorafenib"), so that arms told apart by dose alone stay
    apart; the arms as they are when their regimens differ, or when two of them name no strategy or the same one.
    Without a strategy word, arms of one regimen each written with a dose of their own ("Sym004 12 mg/kg/wk (arm A),
    Sym004 9 mg/kg loading dose followed by 6 mg/kg/wk (arm B)") are named by it (``_written_doses``)."""
    ids = [reg.id for _, (reg, _) in arms]
    if len(arms) < 2 or len(set(ids)) == len(ids):
        return arms
    named_by_word = _strategy_words(text, segments, arms)
    if named_by_word is not None:
        return named_by_word
    return _written_doses(text, segments, arms, stretches or {}, therapies or [])


def _written_doses(text: str, segments: list[tuple[str, list[Mention]]], arms: list,
                   stretches: dict[str, tuple[int, int]], therapies: list[Mention]) -> list:
    """Labelled arms that give one drug at different doses or schedules: an arm is its drug at the dose its own
    stretch of the design writes (from the first dose with its unit to the label, a bracket or the next therapy),
    a regimen of its own made of the drug, so that arms of one drug never share their values; the arms as they are
    when an arm of a shared regimen writes no dose, or two write the same.

    Named as a dose level is ("cetuximab 500 mg/m2", builders/trials_design.py) when each arm writes one dose of
    its own level; by the whole dose and schedule written otherwise ("regorafenib 160 mg QD 1 week on/1 week off"
    beside "regorafenib 160 mg QD", "Sym004 9 mg/kg loading dose followed by 6 mg/kg/wk")."""
    if not _dose_arms_randomised(text):
        return arms
    ids = [reg.id for _, (reg, _) in arms]
    written: dict[int, str] = {}
    for i, (label, (reg, comps)) in enumerate(arms):
        if ids.count(reg.id) < 2:
            continue
        lo, hi = stretches.get(label, (None, None))
        if lo is None:
            return arms
        amount = _DOSE_AMOUNT.search(text, lo, hi)
        if amount is None:
            return arms
        stop = min([t.start for t in therapies if amount.end() <= t.start < hi] + [hi])
        end = _DOSE_END.search(text, amount.end(), stop)
        written[i] = re.sub(r"\s+", " ", text[amount.start():end.start() if end else stop]).strip(" ,")
    levels = {i: _dose_level(dose) for i, dose in written.items()}
    as_levels = all(levels.values()) and len(set(levels.values())) == len(levels)
    out = list(arms)
    for i, dose in written.items():
        label, (reg, comps) = arms[i]
        name = f"{reg.name} {levels[i] if as_levels else dose}"
        attrs = (("dose", levels[i]), ("schedule", levels[i])) if as_levels else (("schedule", dose),)
        out[i] = (label, (Entity(mint("regimen", name), "Regimen", name, attributes=attrs), comps or (reg,)))
    names = [reg.name for _, (reg, _) in out]
    return out if len(set(names)) == len(names) else arms


# one dose level written alone: "500 mg/m2", "6 mg/kg", "160 mg" (no rate "/day" after it)
_DOSE_LEVEL = lazy_compile(r"(\d+(?:\.\d+)?)\s*-?\s*(mg/kg|mg/m2|mg/m²|mg)(?![\w/])", re.I)


def _dose_level(dose: str) -> str | None:
    """The dose level an arm's written dose gives, as dose levels are keyed ("500 mg/m2", "9 mg/kg"), when it writes
    one dose only; None otherwise ("9 mg/kg loading dose followed by 6 mg/kg/wk", "5 mg/day").

    >>> _dose_level("500 mg/m2 every 2 weeks"), _dose_level("9 mg/kg loading dose followed by 6 mg/kg/wk")
    ('500 mg/m2', None)
    """
    found = list(_DOSE_AMOUNT.finditer(dose))
    level = _DOSE_LEVEL.match(dose)
    if len(found) != 1 or level is None or level.end() != found[0].end():
        return None
    return f"{float(level.group(1)):g} {level.group(2).lower().replace('²', '2')}"


def _strategy_name(words: str) -> str:
    """One name per dosing strategy, however the design words it.

    >>> [_strategy_name(w) for w in ("dose escalated", "Dose-escalating", "escalating dose", "standard dosing", "low-dose")]
    ['dose-escalation', 'dose-escalation', 'dose-escalation', 'standard-dose', 'low-dose']
    """
    name = re.sub(r"[\s\-]+", "-", words.lower()).replace("-dosing", "-dose")
    name = re.sub(r"^dose-escalat(?:ed|ing)$|^escalating-dose$", "dose-escalation", name)
    return re.sub(r"^dose-de-escalated$", "dose-de-escalation", name)


# how results name the arm of each dosing strategy or schedule: "Dose escalation (n = 44) ... compared with standard
# (n = 45) dosing", "the dose-escalated group", "with intermittent treatment"
_STRATEGY_WORDING = {
    "dose-escalation": r"\bdose[\s\-]+escalat\w*|\bescalat(?:ed|ing)[\s\-]+dos\w*",
    "dose-de-escalation": r"\bdose[\s\-]+de-?escalat\w*|\bde-?escalat(?:ed|ing)[\s\-]+dos\w*",
    "standard-dose": r"\bstandard(?:[\s\-]+|\s*\([^()]{1,20}\)\s*)dos(?:e|es|ing)\b",
    "low-dose": r"\blow(?:er)?[\s\-]+dos(?:e|es|ing)\b", "high-dose": r"\bhigh(?:er)?[\s\-]+dos(?:e|es|ing)\b",
    "reduced-dose": r"\breduced[\s\-]+dos(?:e|es|ing)\b", "full-dose": r"\bfull[\s\-]+dos(?:e|es|ing)\b",
    "fixed-dose": r"\bfixed[\s\-]+dos(?:e|es|ing)\b",
    "intermittent": r"\bintermittent\b", "continuous": r"\bcontinuous\b", "stop-and-go": r"\bstop-and-go\b",
}


def strategy_refs(text: str, lo: int, hi: int, arms: dict[str, Entity]) -> list[tuple[int, Entity]]:
    """(position, arm) for each place the stretch names an arm by its dosing strategy or schedule (``arms``: strategy
    -> arm, two or more arms of one therapy told apart so): "Dose escalation, compared with standard dosing, showed
    ... (30% v 16%, respectively)" names the dose-escalation arm, then the standard-dose arm.

    >>> arms = {"dose-escalation": "E", "standard-dose": "S"}
    >>> strategy_refs("Dose escalation (n = 44) compared with standard (n = 45) dosing", 0, 70, arms)
    [(0, 'E'), (39, 'S')]
    """
    if len(arms) < 2:
        return []
    return sorted((m.start(), arm) for strategy, arm in arms.items() if strategy in _STRATEGY_WORDING
                  for m in re.finditer(_STRATEGY_WORDING[strategy], text[:hi], re.I) if m.start() >= lo)


def _strategy_words(text: str, segments: list[tuple[str, list[Mention]]], arms: list) -> list | None:
    """The arms each named by the dosing strategy word of its stretch (``_dose_strategies``), None when an arm names
    none or two name the same."""
    out, named = [], set()
    prev = 0
    for (label, seg), (_, (reg, comps)) in zip(segments, arms):
        lo = max(prev, seg[0].start - _STRATEGY_LOOK)
        hi = max(t.end for t in seg)
        said = _DOSE_STRATEGY.search(text, lo, hi)
        prev = hi
        if said is None:
            return None
        strategy = _strategy_name(said.group(1))
        if strategy in named:
            return None
        named.add(strategy)
        out.append((label, _strategy_arm(strategy, reg, comps)))
    return out


def _strategy_arm(strategy: str, regimen: Entity, comps: tuple) -> tuple[Entity, tuple]:
    """The arm that gives ``regimen`` under the dosing strategy or schedule ``strategy`` ("standard-dose cetuximab"):
    a regimen of its own, made of the regimen's components (or the regimen itself)."""
    name = f"{strategy} {regimen.name}"
    return Entity(mint("regimen", name), "Regimen", name, attributes=(("schedule", strategy),)), comps or (regimen,)


# the dosing strategy or schedule word an arm's stretch ends with, before its label: "standard-dose (group A)",
# "dose-escalated (to 500 mg/m2 per week; group B)", "intermittent (arm B)"
_STRATEGY_BEFORE_LABEL = lazy_compile(r"\b(dose[\s\-]escalat(?:ed|ion|ing)|escalating[\s\-]dose|dose[\s\-]de-escalat(?:ed|ion)|"
                                      r"standard[\s\-]dos(?:e|ing)|full[\s\-]dose|reduced[\s\-]dose|low[\s\-]dose|high[\s\-]dose|"
                                      r"fixed[\s\-]dose|intermittent|continuous|stop-and-go)\s*(?:,\s*)?\((?:[^()]|\([^()]{1,4}\))*\)\s*$",
                                      re.I)
# what joins the stretches of the strategies before the drug they share: "or", ",", "versus"
_STRATEGY_JOIN = lazy_compile(r"\s*(?:,\s*)?(?:(?:or|and|versus|vs\.?)\s+)?(?:to\s+|a\s+|an\s+)?", re.I)


def _strategies_of_shared_head(text: str, ends: list[tuple[int, str]], therapies: list[Mention],
                               ctx) -> list[tuple[str, tuple]]:
    """Labelled arms that each name a dosing strategy or schedule of the one therapy written after the last label:
    "randomly assigned to standard-dose (group A) or dose-escalated (group B) cetuximab", "to intermittent (arm A) or
    continuous (arm B) FOLFOX". Each arm is that therapy under its strategy ("standard-dose cetuximab",
    "dose-escalated cetuximab"), a regimen of its own made of it; [] unless every stretch is a strategy word and its
    label alone, the strategies differ, and a therapy follows the last label right away (its partners joined to it)."""
    head = [t for t in therapies if t.start >= ends[-1][0]]
    if not head or not re.fullmatch(r"\s*", text[ends[-1][0]:head[0].start]):
        return []
    run = [head[0]]
    for t in head[1:]:
        if not _JOINED.fullmatch(text, run[-1].end, t.start):
            break
        run.append(t)
    regimen, comps = _regimen_of(run, ctx)
    out, named, prev = [], set(), 0
    for pos, label in ends:
        said = _STRATEGY_BEFORE_LABEL.search(text, prev, pos)
        if said is None or (out and not _STRATEGY_JOIN.fullmatch(text, prev, said.start())):
            return []
        strategy = _strategy_name(said.group(1))
        if strategy in named:
            return []
        named.add(strategy)
        out.append((label, _strategy_arm(strategy, regimen, comps)))
        prev = pos
    return out if len(out) >= 2 else []


# the schedule that alone tells two arms apart: "continuous chemotherapy (arm A) or intermittent chemotherapy (arm B)"
_SCHEDULE_BEFORE = lazy_compile(r"\b(intermittent|continuous|stop-and-go|stop-and-go\s+intermittent)\s+(?:the\s+)?$", re.I)


def _on_schedule(text: str, seg: list[Mention],
                 regimen: tuple[Entity, tuple[Entity, ...]]) -> tuple[Entity, tuple[Entity, ...]]:
    """An arm's regimen with the schedule written right before it ("intermittent chemotherapy"): a regimen of its own,
    named with the schedule and made of the therapy (or its parts), so that arms that differ by schedule alone stay
    apart; the regimen as it is otherwise."""
    said = _SCHEDULE_BEFORE.search(text, max(0, seg[0].start - 30), seg[0].start)
    entity, comps = regimen
    if not said:
        return _part_on_schedule(text, seg, regimen)
    return _strategy_arm(said.group(1).lower(), entity, comps)


# the other schedule before one, joined to it ("continuous or intermittent")
_EITHER_SCHEDULE = lazy_compile(r"\b(?:intermittent|continuous)\s+(?:or|and|and/or)\s+$", re.I)


def _part_on_schedule(text: str, seg: list[Mention],
                      regimen: tuple[Entity, tuple[Entity, ...]]) -> tuple[Entity, tuple[Entity, ...]]:
    """An arm's combination with the schedule written right before one of its later parts ("cetuximab combined with
    intermittent FLOX" beside "cetuximab and FLOX"): a regimen of its own, named with the schedule before that part and
    made of the same parts, so that arms that differ by the schedule of one part stay apart; the regimen as it is
    otherwise (also when the combination's name does not list that part by its name)."""
    entity, comps = regimen
    for before, part in zip(seg, seg[1:]):
        said = _SCHEDULE_BEFORE.search(text, max(before.end, part.start - 30), part.start)
        if not said:
            continue
        if _EITHER_SCHEDULE.search(text, max(before.end, said.start() - 20), said.start()):
            return regimen  # ("A with continuous or intermittent B"): both schedules, no one of them
        schedule = said.group(1).lower()
        names = entity.name.split(" + ")
        if len(names) < 2 or names.count(part.entity.name) != 1:
            return regimen
        name = " + ".join(f"{schedule} {n}" if n == part.entity.name else n for n in names)
        return Entity(mint("regimen", name), "Regimen", name, attributes=(("schedule", schedule),)), comps
    return regimen


# "... to B (ORR 57% vs 39%) and to C": a second backbone the same drug is added to, after the first
# (and its bracket of values)
_AND_TO = lazy_compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:to|onto)\s+(?:the\s+)?", re.I)


def _second_backbone(text: str, therapies: list[Mention], backbone: list[Mention]) -> list[Mention]:
    """The second backbone of "the addition of A to B (...) and to C (...)": C (and the drugs joined to it), each
    backbone with and without A its own comparison; [] when no "and to" names one right after the first backbone."""
    i = therapies.index(backbone[-1]) + 1
    if i >= len(therapies) or not _AND_TO.fullmatch(text, backbone[-1].end, therapies[i].start) or \
            therapies[i].entity.id in {t.entity.id for t in (therapies[0], *backbone)}:
        return []
    return _added_to(text, [therapies[0], *therapies[i:]])


# an arm written as the arm before it with something added: "the same combination plus cetuximab (arm B)"
_SAME_PLUS = lazy_compile(r"\bthe\s+same\s+(?:combination|regimen|chemotherapy|treatment|backbone|schedule)\s*(?:,\s*)?"
                          r"(?:plus|with|and|combined\s+with|in\s+combination\s+with|\+)\s+(?:the\s+)?$", re.I)


def _same_plus(text: str, segments: list[tuple[str, list[Mention]]]) -> list[tuple[str, list[Mention]]]:
    """Labelled arms where one is "the same combination plus X": that arm is the previous arm's therapies plus X
    (never X alone)."""
    out: list[tuple[str, list[Mention]]] = []
    for label, seg in segments:
        if out and _SAME_PLUS.search(text, max(out[-1][1][-1].end, seg[0].start - 60), seg[0].start):
            seg = out[-1][1] + seg
        out.append((label, seg))
    return out


# an induction shared by all arms, then the phase the arms differ by: "A plus B for 6 cycles followed by maintenance
# with C or D", "followed by maintenance therapy with C versus D"
_THEN_MAINTENANCE = lazy_compile(r"\b(?:followed\s+by|then)\s+(?:randomi[sz]ation\s+to\s+)?maintenance(?:\s+(?:therapy|"
                                 r"treatment))?\s+(?:with\s+)?(?:either\s+)?$", re.I)


def _maintenance_choice(text: str, seq: list[Mention], ctx) -> list:
    """The arms of a design whose one induction is followed by a choice of maintenance: "patients received
    induction with A plus B followed by maintenance with C plus B or B alone" gives two arms, C + B and B
    (the induction, given to all, is no arm's distinction). [] unless the maintenance phase lists two or more
    alternatives and the induction none ("A or B followed by maintenance ..." are strategies)."""
    cuts = [i for i in range(1, len(seq)) if _THEN_MAINTENANCE.search(text[seq[i - 1].end:seq[i].start])]
    if len(cuts) != 1:
        return []
    induction, phase = seq[:cuts[0]], seq[cuts[0]:]
    if any(_ALT_SEP.match(text[a.end:b.start]) for a, b in zip(induction, induction[1:])):
        return []
    if not any(_ALT_SEP.match(text[a.end:b.start]) for a, b in zip(phase, phase[1:])):
        return []
    arms = arms_from(text, phase, ctx)
    return arms if len(arms) >= 2 and len({reg.id for reg, _ in arms}) == len(arms) else []


# between an arm's induction and the phase it continues with: "A for 8 cycles followed by B", "A, then B", "A and
# subsequently B"
_THEN_PHASE = lazy_compile(r"\b(?:followed\s+by|then|and\s+then|(?:and\s+)?subsequently)\s+(?:(?:single-agent|maintenance|"
                           r"maintenance\s+(?:therapy|treatment)\s+with|the\s+same\s+doses\s+of|(?:the\s+)?addition\s+of|"
                           r"adding)\s+)?$", re.I)
# a later phase that adds its therapies to the phase before it: "followed by the addition of B", "then adding B"
_ADDED_PHASE = lazy_compile(r"\b(?:addition\s+of|adding)\s+$", re.I)


def _phases_of(text: str, seg: list[Mention], cut: list[int]) -> list[list[Mention]]:
    """The later phases of one arm's therapies cut where each begins, a phase that adds its therapies to the one
    before it ("A, followed by the addition of B at progression") given with that phase's therapies (A plus B)."""
    phases: list[list[Mention]] = []
    prev = seg[:cut[0]] if cut else seg
    for a, b in zip(cut, cut[1:] + [len(seg)]):
        phase = seg[a:b]
        if _ADDED_PHASE.search(text[seg[a - 1].end:seg[a].start]):
            phase = prev + phase
        phases.append(phase)
        prev = phase
    return phases
# a phase given once the disease progressed: "then B at progression", "followed by B upon first progression"
_AT_PROGRESSION = lazy_compile(r"^[^;()]{0,80}?\b(?:at|upon|on|after)\s+(?:the\s+)?(?:first\s+|disease\s+|tumou?r\s+)?"
                               r"progression\b", re.I)


# an induction every patient received before the randomisation the arms come from: "received A for 4 months and were
# then randomised to B (arm A) or observation (arm B)"
_THEN_RANDOMISED = lazy_compile(rf"\b(?:then|subsequently|thereafter|followed\s+by)\s+(?:{ASSIGN_VERB}|randomi[sz]ation)\s+"
                                r"(?:\(?\d+\s*:\s*\d+\)?\s+)?to\s+(?:receive\s+)?(?:either\s+)?$", re.I)


# a design that names its arms as sequences: "sequential A followed by B", "the sequence of A then B"
_SEQUENTIAL = lazy_compile(r"\bsequen(?:tial|tially|ce|ces)\b", re.I)
# an induction given for a set time before the phase after it: "A for 8 cycles followed by B", "A as induction, then B"
_FOR_A_TIME = lazy_compile(r"\bfor\s+(?:up\s+to\s+|at\s+least\s+|the\s+first\s+)?(?:\d+|two|three|four|five|six|eight|twelve)"
                           r"(?:\s*(?:-|to)\s*\d+)?\s+(?:cycles|courses|months|weeks)\b|\binduction\b", re.I)


def _phase_starts(text: str, seg: list[Mention]) -> list[int]:
    """The indices in one arm's therapies where a later phase begins ("A then B", "A followed by B", "A and were then
    randomised to B")."""
    return [i for i in range(1, len(seg)) if _THEN_PHASE.search(text[seg[i - 1].end:seg[i].start]) or
            _THEN_RANDOMISED.search(text[seg[i - 1].end:seg[i].start])]


def _ids(seg: list[Mention], ctx) -> set:
    """The therapies of a stretch and the parts of each, to tell whether two phases give the same regimen."""
    out = set()
    for m in seg:
        out.add(m.entity.id)
        out.update(_parts_of(m, ctx))
    return out


def sequence_regimen(text: str, first: tuple[Entity, tuple], phases: list[list[Mention]],
                     ctx) -> tuple[Entity, tuple]:
    """The regimen of an arm that is a treatment sequence: one strategy, named by its phases in the order given
    ("temozolomide followed by ipilimumab + nivolumab", each phase named as the graph names regimens), made of the
    regimen (or the drug) of each phase, whose own components are read where the phase is. A value of the arm is a value of the whole strategy, never of its first
    phase alone. The first phase as it is when a later phase does not read as one regimen, or repeats the one before.

    >>> from kg.model import Entity
    >>> a = Entity("crc:drug/a", "Drug", "A")
    >>> sequence_regimen("", (a, ()), [], None)[0].name
    'A'
    """
    regimens = [first]
    for phase in phases:
        if len(phase) > 1 and any(_ADDED_PHASE.search(text[a.end:b.start]) for a, b in zip(phase, phase[1:])):
            got = [_regimen_of(phase, ctx)]  # "A, followed by the addition of B": the phase gives A and B together
        else:
            got = arms_from(text, phase, ctx) if phase else []
        if len(got) != 1 or got[0][0].id == regimens[-1][0].id:
            return first
        regimens.append(got[0])
    if len(regimens) < 2:
        return first
    name = " followed by ".join(reg.name for reg, _ in regimens)
    return Entity(mint("regimen", name), "Regimen", name), tuple({reg.id: reg for reg, _ in regimens}.values())


def _sequence_strategies(text: str, segments: list[tuple[str, list[Mention]]], starts: list[list[int]], ctx) -> bool:
    """Whether labelled arms with phases are treatment sequences ("arm A received A then B, while arm B received C
    then D"), each named by the phase its patients start on, rather than one induction the arms share followed by
    the phase they differ by ("A until progression (arm A) or A for 6 cycles followed by B (arm B)").

    A phase switched to at progression ("then B at progression") is a later line of a strategy, as is a phase of a
    design that calls its arms sequences ("sequential A followed by B (arm A) or combined A and B (arm B)").
    Otherwise the arms share an induction when one arm's first phase (or, without phases, its whole regimen) and another phased arm's
    first phase hold one another, when the first phase is given for a set time ("for 8 cycles", "as induction") or
    when the arms were randomised after it: the arms then differ by what follows it."""
    if not any(starts):
        return False
    if any(_THEN_RANDOMISED.search(text[seg[i - 1].end:seg[i].start]) for (_, seg), cut in zip(segments, starts)
           for i in cut):
        return False  # the arms come from a randomisation after an induction all were given
    for (_, seg), cut in zip(segments, starts):
        if cut and _AT_PROGRESSION.search(text[seg[cut[0]].end:seg[cut[0]].end + 100]):
            return True
    if _SEQUENTIAL.search(text):
        return True  # "sequential A followed by B (arm A) or combined A and B (arm B)": strategies by name
    firsts = [_ids(seg[:cut[0]] if cut else seg, ctx) for (_, seg), cut in zip(segments, starts)]
    for i, ((_, seg), cut) in enumerate(zip(segments, starts)):
        if not cut:
            continue
        if _FOR_A_TIME.search(text[seg[cut[0] - 1].end:seg[cut[0]].start]):
            return False  # "A for 8 cycles followed by B": an induction of set length, then what the arm goes on to
        if any(j != i and firsts[j] and (firsts[j] <= firsts[i] or firsts[i] <= firsts[j]) for j in range(len(firsts))):
            return False
    return True


def _continued_phases(text: str, segments: list[tuple[str, list[Mention]]], ctx=None,
                      later: list | None = None, sequences: dict | None = None) -> list[tuple[str, list[Mention]]]:
    """Each labelled arm's therapies, an induction-then-maintenance arm's cut to the phase it continues with, a
    treatment sequence's to the phase it starts with.

    "A plus B for 8 cycles followed by A plus C (arm A), or A (arm B)": arm A gives its patients A plus C after an
    induction (merged with it, the arm would read as one four-drug combination). Cut only when the arms stay
    distinct regimens. Arms that are sequences of their own ("arm A received A then B, while arm B received C then D";
    :func:`_sequence_strategies`) are strategies: each arm is its first phase, and its later phases, which every
    patient of the arm may go on to, are no arm (they go to ``later``, when given, for the trial to evaluate).
    Such an arm's later phases go to ``sequences`` (label -> phases), when given, for the arm's regimen to name the
    whole sequence (:func:`sequence_regimen`). So do those of an arm that stops an induction another arm continues
    ("A until progression (arm A) or A for 8 cycles followed by B (arm B)"): arm B is the strategy A followed by B.
    """
    starts = [_phase_starts(text, seg) for _, seg in segments]
    if ctx is not None and len(segments) >= 2 and _sequence_strategies(text, segments, starts, ctx):
        firsts = [(label, seg[:cut[0]] if cut else seg) for (label, seg), cut in zip(segments, starts)]
        if len({frozenset(m.entity.id for m in seg) for _, seg in firsts}) == len(firsts):
            for (label, seg), cut in zip(segments, starts):
                phases = _phases_of(text, seg, cut)
                if later is not None:
                    later.extend(phases)
                if sequences is not None and phases:
                    sequences[label] = phases
            return firsts
    if ctx is not None and sequences is not None and len(segments) >= 2 and \
            not any(_THEN_RANDOMISED.search(text[seg[i - 1].end:seg[i].start]) for (_, seg), cut in zip(segments, starts)
                    for i in cut):
        # an induction one arm continues until progression and another stops for the phase after it: the other arm
        # is the sequence, named by its phases from the induction on (an arm of a part of the induction, "A plus B for
        # 12 cycles followed by B plus C (arm A), or B alone (arm B)", is a maintenance after the same induction)
        whole = [_ids(seg, ctx) for (_, seg), cut in zip(segments, starts) if not cut]
        stopped = [(label, seg, cut) for (label, seg), cut in zip(segments, starts)
                   if cut and any(_ids(seg[:cut[0]], ctx) <= w for w in whole)]
        if stopped and len(stopped) + len(whole) == len(segments):
            for label, seg, cut in stopped:
                sequences[label] = _phases_of(text, seg, cut)
                if later is not None:
                    later.extend(sequences[label])  # what the arm goes on to: a regimen the trial evaluates
            return [(label, seg[:cut[0]] if cut else seg) for (label, seg), cut in zip(segments, starts)]
    cut = [(label, seg[s[-1]:] if s else seg) for (label, seg), s in zip(segments, starts)]
    keys = [frozenset(m.entity.id for m in seg) for _, seg in cut]
    return cut if len(set(keys)) == len(keys) else segments


def sequence_alternatives(text: str, seq: list[Mention], ctx, later: list | None = None) -> list:
    """The arms of a design that sets treatment sequences side by side without labels ("randomly assigned to receive
    A followed by B, or C followed by D"): one arm per sequence, its first phase, as labelled sequences give
    (:func:`_continued_phases`); the later phases go to ``later`` for the trial to evaluate. [] unless every
    alternative is a sequence of its own and the sequences are strategies (:func:`_sequence_strategies`): "A followed
    by B or C" gives the choice after A, no strategies."""
    if not seq:
        return []
    alternatives = [[seq[0]]]
    for a, b in zip(seq, seq[1:]):
        if _ALT_SEP.match(text[a.end:b.start]):
            alternatives.append([b])
        else:
            alternatives[-1].append(b)
    if len(alternatives) < 2:
        return []
    starts = [_phase_starts(text, alt) for alt in alternatives]
    if not all(starts) or not _sequence_strategies(text, [("", alt) for alt in alternatives], starts, ctx):
        return []
    arms = [arms_from(text, alt[:cut[0]], ctx) for alt, cut in zip(alternatives, starts)]
    if any(len(a) != 1 for a in arms) or len({a[0][0].id for a in arms}) != len(arms):
        return []
    phases = [_phases_of(text, alt, cut) for alt, cut in zip(alternatives, starts)]
    if later is not None:
        for own in phases:
            later.extend(own)
    return [sequence_regimen(text, a[0], own, ctx) for a, own in zip(arms, phases)]


# what joins a therapy to a list of alternatives in brackets it is given with: ") plus", ") +", ") combined with"
_SHARED_AFTER_BRACKET = lazy_compile(r"\s*[)\]]\s*(?:\+|plus|with|and|combined\s+with|in\s+combination\s+with)\s*", re.I)


# what joins the last of a choice of backbones to the drug given with each: "... or FOLFIRI plus B", "(FOLFIRI) plus B"
_BACKBONE_PARTNER = lazy_compile(r"\s*[)\]]?\s*(?:\+|plus|with|combined\s+with|in\s+combination\s+with)\s*", re.I)


def _choice_or_combination(text: str, seg: list[Mention], ctx) -> tuple[Entity, tuple[Entity, ...]]:
    """One labelled arm's regimen: a combination, or an investigator's choice when the arm lists
    alternatives ("mFOLFOX6 or FOLFOXIRI, or CAPOX, each with or without bevacizumab")."""
    seg = _without_spelled_head(text, seg)
    gaps = [""] + [text[a.end:b.start] for a, b in zip(seg, seg[1:])]
    if not any(re.search(r"\bor\b", g) for g in gaps[1:]):
        return _regimen_of(seg, ctx)
    if all(not re.search(r"\bor\b", g) or re.search(WITH_OR_WITHOUT, g) for g in gaps[1:]) and \
            sum(bool(re.search(WITH_OR_WITHOUT, g)) for g in gaps) == 1 and len(seg) == 2:
        name = f"{seg[0].entity.name} ± {seg[1].entity.name}"
        return Entity(mint("regimen", name), "Regimen", name, (), (), (("choice", True),)), (seg[0].entity, seg[1].entity)
    alternatives: list[list[Mention]] = []
    optional: list[Entity] = []
    shared: list[Mention] = []
    bracketed = False  # alternatives listed in brackets: "chemotherapy (FOLFIRI or FOLFOX4) plus B"
    for i, (m, g) in enumerate(zip(seg, gaps)):
        if i and m.entity.id == seg[i - 1].entity.id:
            continue  # a synonym in brackets: "bevacizumab [Avastin]"
        if re.search(WITH_OR_WITHOUT, g):
            optional.append(m.entity)
        elif alternatives and not optional and (_ALONE_OR_WITH.fullmatch(g) or _SAME_PLUS.search(g)):
            # "FOLFOX or FOLFIRI alone (arm A) or together with B (arm B)": B is given with each; "A and B (arm A) or
            # the same schedule plus C (arm B)": C is added to what arm A gives
            shared.append(m)
        elif shared or (bracketed and len(alternatives) > 1 and _SHARED_AFTER_BRACKET.fullmatch(g)):
            shared.append(m)  # "... (FOLFIRI or FOLFOX4) plus B": B is given with each alternative
        elif not alternatives or re.search(r"\bor\b", g):
            alternatives.append([m])
        elif re.fullmatch(r"\s*[\[(]\s*", g) and (m.entity.category == "Regimen" or m.entity.attr("named")):
            alternatives[-1] = [m]  # "5-FU, leucovorin, oxaliplatin, and irinotecan [FOLFOXIRI]"
            bracketed = len(alternatives) == 1
        else:
            alternatives[-1].append(m)
    if len(alternatives) == 1 and shared and not optional:
        return _regimen_of(alternatives[0] + shared, ctx)  # "A alone (arm A) or with B (arm B)": A + B, no choice
    choice = not shared and len(alternatives) >= 2 and all(len(alt) == 1 for alt in alternatives[:-1])
    added = _shared_by_choice(text, [alt[0] for alt in alternatives], ctx) if choice and len(alternatives[-1]) == 1 else []
    if added:
        # "FOLFOX or FOLFIRI plus bevacizumab (arm A)": the drug read with the last backbone goes with each
        alternatives = [[alt[0]] for alt in alternatives[:-1]] + [[_backbone_of(alternatives[-1][0], ctx)]]
        shared = added
    elif choice and len(alternatives[-1]) >= 2 and all(_named_backbone(alt[0]) for alt in alternatives) and \
            all(x.entity.category == "Drug" for x in alternatives[-1][1:]) and \
            _BACKBONE_PARTNER.fullmatch(text, alternatives[-1][0].end, alternatives[-1][1].start):
        # (the same, the drug read on its own: "(FOLFOX) or ... (FOLFIRI) plus bevacizumab")
        shared = alternatives[-1][1:]
        alternatives[-1] = alternatives[-1][:1]
    return _choice_regimen(alternatives, shared, ctx, optional)


# the words between the class "chemotherapy" and the choice of named backbones that spells it out: "chemotherapy using
# either FOLFOX or FOLFIRI", "chemotherapy with FOLFOX or CAPOX", "chemotherapy, FOLFOX or FOLFIRI"
_SPELLED_BY_CHOICE = lazy_compile(r"\s*(?:,|:)?\s*(?:using|with|of|consisting\s+of|namely|i\.e\.,?)?\s*(?:either\s+)?(?:the\s+)?", re.I)


def _without_spelled_head(text: str, seg: list[Mention]) -> list[Mention]:
    """An arm's mentions less the class "chemotherapy" when a choice of named backbones right after it says which
    chemotherapy: "a second line of chemotherapy using either FOLFOX or FOLFIRI" is the choice FOLFOX or FOLFIRI, never
    chemotherapy added to FOLFOX.

    A piece of knowledge: a named chemotherapy regimen is chemotherapy, so the class before a choice of them is that
    choice's head noun, no part of the arm."""
    out = []
    for k, m in enumerate(seg):
        if _is_chemotherapy(m.entity) and k + 2 < len(seg) and _named_backbone(seg[k + 1]) and \
                _named_backbone(seg[k + 2]) and _SPELLED_BY_CHOICE.fullmatch(text, m.end, seg[k + 1].start) and \
                _backbone_choice(text, seg[k + 1], seg[k + 2]):
            continue
        out.append(m)
    return out


def _choice_regimen(alternatives: list[list[Mention]], shared: list[Mention], ctx,
                    optional: list[Entity] = ()) -> tuple[Entity, tuple[Entity, ...]]:
    """One arm that offers a choice: each alternative given with what every alternative shares, named by the
    alternatives' regimens joined by "or" ("bevacizumab + FOLFOX or bevacizumab + FOLFIRI"), its parts those regimens
    (and the optional add-ons after "±")."""
    names = []
    parts: list[Entity] = []
    for alt in alternatives:
        reg, _ = _regimen_of(alt + shared, ctx)
        names.append(reg.name)
        parts.append(reg)
    name = " or ".join(dict.fromkeys(names))
    if optional:
        name += " ± " + " ± ".join(dict.fromkeys(e.name for e in optional))
    entity = Entity(mint("regimen", name), "Regimen", name, (), (), (("choice", True),))
    return entity, tuple(dict.fromkeys(parts + list(optional)))


# "dual HER2 antibodies, i.e., A plus B", "a MEK inhibitor (i.e., A)", "an anti-EGFR antibody, namely A": the words that
# say the therapy after them is what the class before them stands for (not "e.g.", whose therapy is one example)
_THAT_IS = lazy_compile(r"\s*(?:,\s*|\(\s*|:\s*)?(?:i\.\s?e\.|namely|that is)\s*,?\s*(?:the\s+)?", re.I)


def _without_appositions(text: str, therapies: list[Mention]) -> list[Mention]:
    """Drop drug classes that only name the class of the drug before them ("tivantinib, a MET
    inhibitor"; "cabozantinib (a multiple kinase inhibitor)"), and classes that the drug or regimen after them spells
    out ("dual HER2 antibodies, i.e., pertuzumab plus trastuzumab": the class is that regimen, no therapy of its own)."""
    out: list[Mention] = []
    for m in therapies:
        if out and m.entity.category in ("Drug", "Regimen") and out[-1].entity.category == "DrugClass" and \
                _THAT_IS.fullmatch(text, out[-1].end, m.start):
            out[-1] = m  # "dual HER2 antibodies, i.e., A plus B": the therapy the class stands for
            continue
        if out and m.entity.category in ("Drug", "Regimen") and out[-1].entity.category == "DrugClass" and \
                re.fullmatch(r"\s*\(\s*", text[out[-1].end:m.start]) and re.match(r"\s*\)", text[m.end:]):
            out[-1] = m  # "an IGF-1R inhibitor (ganitumab)": the drug the class stands for
            continue
        if out and m.entity.category == "Drug" and out[-1].entity.category == "DrugClass" and \
                re.fullmatch(r"\s*,\s*", text[out[-1].end:m.start]) and re.match(r"\s*,", text[m.end:]) and \
                re.search(r"\b(?:an?|the|another)\s+(?:[\w\-/]+\s+){0,2}$", text[max(0, out[-1].start - 30):out[-1].start]):
            out[-1] = m  # "palbociclib and another CDK4/6 inhibitor, trametinib, was ...": the drug the class names
            continue
        if out and m.entity.category == "DrugClass" and out[-1].entity.category in ("Drug", "Regimen") and \
                re.fullmatch(r"\s*(?:,|\()\s*(?:an?|the|another)?\s*(?:[\w\-]+\s+){0,2}", text[out[-1].end:m.start]):
            continue
        out.append(m)
    return out


# the words between a class and the combination that spells it out: "chemo-immunotherapy combination of A combined
# with B", "an immunotherapy regimen consisting of A and B"
_COMBINATION_OF = lazy_compile(r"\s*(?:combinations?|regimens?|doublets?|triplets?)?\s*(?:of|consisting\s+of|comprising)\s+"
                               r"(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,2}", re.I)
_CLAUSE_STOP = lazy_compile(r"[;.]|\b(?:versus|vs\.?|compared|or)\b", re.I)


def _without_combination_heads(text: str, therapies: list[Mention], ctx) -> list[Mention]:
    """Drop a drug class that names the kind of combination spelled out after it: "first-line chemo-immunotherapy
    combination of mFOLFOX6 combined with A and B" is the arm mFOLFOX6 + A + B, the class no part of it (only when a
    member of the class is among the therapies of the combination, before any "or" or "versus")."""
    out: list[Mention] = []
    for i, m in enumerate(therapies):
        if m.entity.category == "DrugClass" and i + 1 < len(therapies) and \
                _COMBINATION_OF.fullmatch(text, m.end, therapies[i + 1].start):
            stop = _CLAUSE_STOP.search(text, therapies[i + 1].start)
            after = [t for t in therapies[i + 1:] if stop is None or t.start < stop.start()]
            if any(ctx.vocab.in_class(c, m.entity.id) for t in after for c in (t.entity.id, *_parts_of(t, ctx))):
                continue
        out.append(m)
    return out


# "A was investigated as monotherapy (n = 46) or in combination with B (n = 32)", "A alone or combined with B": the
# words between the one drug and the drugs its second arm adds to it
# ("high-dose A (10 mg/kg, biweekly) either alone, or in combination with B": its dosing and "either" before "alone";
# "A alone (n=17; median age 66 years) or in combination with B": the group's count and make-up after it)
_ALONE_OR_WITH = lazy_compile(r"\s*(?:\([^()]{0,80}\)\s*)?,?\s*(?:(?:was|were)\s+(?:given|investigated|evaluated|tested|studied|administered)\s+)?"
                              r"(?:either\s+)?(?:as\s+)?(?:monotherapy|alone|single[- ]agent)\s*(?:\([^()]{0,80}\)\s*)?,?\s*or\s+"
                              r"(?:in\s+combination\s+with|combined\s+with|together\s+with|with)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?$", re.I)


# "FOLFOX or CAPOX with or without cetuximab", "FOLFOX or XELOX ± cetuximab": the words between a choice of backbones and
# the drug some arms add to either
_CHOICE_OPTIONAL = lazy_compile(rf"\s*(?:\([^()]{{0,80}}\)\s*)?,?\s*(?:{WITH_OR_WITHOUT}|{PLUS_MINUS_SIGN})\s*(?:the\s+)?$", re.I)


def _alone_or_combined_arms(text: str, therapies: list[Mention], ctx) -> list:
    """Two arms a sentence gives as one drug alone or with others: "adagrasib was investigated as monotherapy
    (n = 46) or in combination with cetuximab (n = 32)" is adagrasib and adagrasib + cetuximab (not an arm of
    cetuximab alone); [] unless one drug is followed by such words and then by the added therapies."""
    # ("the anti-EGFR antibody cetuximab": the drug a class word stands before is the therapy)
    therapies = [t for i, t in enumerate(therapies) if not (
        t.entity.category == "DrugClass" and i + 1 < len(therapies) and not text[t.end:therapies[i + 1].start].strip())]
    therapies = spelled_out(text, therapies, ctx.vocab)  # "<drug>, <drug> and <drug> (FOLFIRI) alone or with B"
    for i, t in enumerate(therapies[:-1]):
        nxt = therapies[i + 1]
        optional = t.entity.category != "DrugClass" and _named_backbone(t) and \
            _CHOICE_OPTIONAL.fullmatch(text[t.end:nxt.start]) is not None
        if t.entity.category == "DrugClass" or not (optional or _ALONE_OR_WITH.fullmatch(text[t.end:nxt.start])):
            continue
        added = [nxt]
        for b in therapies[i + 2:]:
            if not _JOINED.fullmatch(text[added[-1].end:b.start]):
                break
            added.append(b)
        if any(a.entity.category == "DrugClass" or a.entity.id == t.entity.id for a in added):
            return []
        choice = [t]
        while i - len(choice) >= 0 and _named_backbone(choice[0]) and _named_backbone(therapies[i - len(choice)]) and \
                _backbone_choice(text, therapies[i - len(choice)], choice[0]):
            choice.insert(0, therapies[i - len(choice)])
        if len(choice) >= 2:
            # "FOLFOX or FOLFIRI alone or combined with B": the choice of backbones alone, and each given with B (and
            # "FOLFOX or CAPOX with or without B": the arm given either backbone keeps both, never the first alone;
            # the arm that adds B written first, as "with or without" names it)
            alone, combined = _choice_regimen([[c] for c in choice], [], ctx), _choice_regimen([[c] for c in choice], added, ctx)
            return [combined, alone] if optional else [alone, combined]
        if optional:
            continue  # one backbone with or without B: the designs of builders/trials_design.py read it
        # "chemotherapy and bevacizumab alone or with the addition of cetuximab": what "alone" is said of is every
        # therapy joined to the last one before it (the backbone A + B), and the second arm adds C to all of them
        lead = _joined_before(text, therapies, i)
        if any(a.entity.id in {x.entity.id for x in lead} for a in added):
            return []
        arms = [_regimen_of(lead + [t], ctx), _regimen_of(lead + [t] + added, ctx)]
        # "..., compared to B alone": the therapies added are given alone as a third arm (past B's dosing bracket)
        rest = [b for b in therapies[i + 1 + len(added):] if b.start >= _past_bracket(text, added[-1].end)]
        if len(added) == 1 and rest and rest[0].entity.id == nxt.entity.id and \
                _VERSUS_ALONE.fullmatch(text, _past_bracket(text, added[-1].end), rest[0].start) and \
                _ALONE_WORD.match(text, rest[0].end):
            arms.append(_regimen_of([rest[0]], ctx))
        return arms
    return []


# what joins the parts of the regimen given "alone" before the drug the other arm adds: "A and B", "A plus B", "A + B"
_JOINED_LEAD = lazy_compile(r"\s*(?:,|(?:,\s*)?(?:\+|plus|and|combined\s+with|in\s+combination\s+with))\s*(?:the\s+)?", re.I)


def _joined_before(text: str, therapies: list[Mention], i: int) -> list[Mention]:
    """The therapies joined to ``therapies[i]`` before it as parts of one regimen ("chemotherapy and bevacizumab",
    "FOLFOX plus bevacizumab"), in order; [] when the word before it parts arms ("or", "versus") or names no therapy.

    A piece of knowledge: "A and B alone or with C" says "alone" of the combination A + B, so both of its arms give A
    and B, one of them with C."""
    lead: list[Mention] = []
    k = i
    while k > 0 and _JOINED_LEAD.fullmatch(text, therapies[k - 1].end, therapies[k].start):
        prev = therapies[k - 1]
        if prev.entity.id in _NOT_LEAD:
            break
        lead.insert(0, prev)
        k -= 1
    return lead


# the therapies that never open a regimen given alone with others ("placebo and B alone or with C" is no arm of placebo)
_NOT_LEAD = frozenset({_PLACEBO, _STANDARD_OF_CARE})


# "A ... compared to B alone": the word that says B is given alone
_ALONE_WORD = lazy_compile(r"\s*(?:alone|monotherapy)\b", re.I)
_OPEN_BRACKET = lazy_compile(r"\s*\(")
_BRACKET_STEP = {"(": 1, ")": -1}
_VERSUS_ALONE = lazy_compile(r"\s*,?\s*(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?", re.I)


def _past_bracket(text: str, pos: int, limit: int = 400) -> int:
    """Where the bracket opening right after ``pos`` closes ("FOLFOX4 (biweekly: oxaliplatin 85 mg/m2 (day 1), ...)"),
    nested brackets included, within ``limit`` characters; ``pos`` when no bracket opens there or it does not close."""
    opening = _OPEN_BRACKET.match(text, pos, pos + limit)
    if not opening:
        return pos
    depth = 0
    for k in range(opening.end() - 1, min(len(text), pos + limit)):
        depth += _BRACKET_STEP.get(text[k], 0)
        if depth == 0:
            return k + 1
    return pos


def _parts_named(entity: Entity, vocab) -> tuple[str, ...]:
    """The part ids of a combination regimen as its name lists them ("cetuximab + FOLFIRI"); () when any is unknown
    or is a choice ("irinotecan + FOLFIRI or cetuximab")."""
    if not entity.attr("combination") or " or " in entity.name:
        return ()
    ids = vocab.named_parts(entity.name)
    return () if None in ids else ids


def _part_entity(part_id: str, whole: Entity, vocab) -> Entity | None:
    """A part of a combination by its id: the vocabulary's entity, else a drug no list names that the combination's
    name writes ("bevacizumab + zorbatinib + FOLFOX6": zorbatinib, read by its INN stem or its apposition), so a
    combination holding an unlisted drug is taken apart as one of listed drugs is.

    >>> from kg.vocab import Vocabulary
    >>> _part_entity("crc:drug_zorbatinib", Entity("r", "Regimen", "bevacizumab + zorbatinib"), Vocabulary()).name
    'zorbatinib'
    """
    known = vocab.entities.get(part_id)
    if known is not None or not part_id.startswith("crc:drug_"):
        return known
    return next((Entity(part_id, "Drug", name) for name in (p.strip() for p in whole.name.split(" + "))
                 if mint("drug", name.lower()) == part_id), None)


def _regimen_of(seg: list[Mention], ctx) -> tuple[Entity, tuple[Entity, ...]]:
    """One arm's regimen from its therapy mentions (a combination when they are several); drugs a
    named regimen of the same arm contains ("oxaliplatin, leucovorin and fluorouracil [mFOLFOX6]")
    are that regimen."""
    known = getattr(ctx, "combination_parts", {})
    # a combination's parts as read, or as its name gives them ("cetuximab + FOLFIRI" a short form "FOLFIRI/Cet" stands for)
    parts = ChainMap({m.entity.id: _parts_named(m.entity, ctx.vocab) for m in seg if not known.get(m.entity.id)}, known)
    # the named regimens of the arm, alone or within a combination ("fluorouracil, leucovorin, and irinotecan/cetuximab
    # (FOLFIRI/Cet)": the drugs FOLFIRI holds are FOLFIRI)
    inside = {c for m in seg for r in (m.entity.id,) + (() if " or " in m.entity.name else tuple(parts.get(m.entity.id, ())))
              for c in ctx.vocab.regimen_components.get(r, ())}
    # "oxaliplatin and fluoropyrimidine chemotherapy": the word "chemotherapy" right after cytotoxic drugs is the
    # head noun saying what they are, no part of its own
    seg = [m for k, m in enumerate(seg) if not (
        k > 0 and _is_chemotherapy(m.entity) and m.start - seg[k - 1].end == 1 and
        _cytotoxic_only(seg[k - 1].entity, parts, ctx.vocab))]
    if inside:
        # "panitumumab plus fluorouracil, leucovorin, and oxaliplatin (FOLFOX4)": a combination mention that joins a
        # drug to parts of the named regimen is taken apart
        split = []
        for m in seg:
            comps = parts.get(m.entity.id) or ()
            if comps and set(comps) & inside and not set(comps) <= inside:
                split.extend(Mention(m.start, m.end, e.name, e) for e in (ctx.vocab.entities.get(c) for c in comps) if e)
            else:
                split.append(m)
        seg = split
    seg = [m for m in seg if m.entity.id not in inside and not (parts.get(m.entity.id) and set(parts[m.entity.id]) <= inside)]
    distinct = list({m.entity.id: m for m in seg}.values())
    if len(distinct) == 1:
        return distinct[0].entity, ()
    flat = []
    ids = {m.entity.id for m in distinct}
    for m in distinct:
        comps = [_part_entity(c, m.entity, ctx.vocab) for c in parts.get(m.entity.id, ())]
        if comps and all(comps) and m.entity.attr("combination") and \
                (re.search(r"\bplus\b|\bwith\b|\band\b|\bcombined\b|\+|,", m.text, re.I) or ids & {c.id for c in comps} or
                 any(o is not m and _drug_ids(o, ctx) <= {c.id for c in comps} for o in distinct)):
            # also a combination read at one of its parts ("FOLFIRI plus panitumumab or bevacizumab": FOLFIRI +
            # bevacizumab at "bevacizumab") beside its other part: the parts once each
            # "atezolizumab plus FOLFOXIRI and bevacizumab": one combination of three, named as any other
            # "A plus B with or without C": A + B + C read at C holds the backbone A + B beside it, not a part of it
            flat.extend(Mention(m.start, m.end, e.name, e) for e in comps)
        else:
            flat.append(m)
    # ("CAPOX/bevacizumab +/- irinotecan": the backbone's combination beside the triple taken apart at "irinotecan" is
    # held in it, its parts once each)
    flat_ids = {m.entity.id for m in flat}
    flat = [m for m in flat if not (m.entity.attr("combination") and parts.get(m.entity.id) and
                                    set(parts[m.entity.id]) <= flat_ids - {m.entity.id})]
    distinct = list({m.entity.id: m for m in flat}.values())
    entity, _ = ctx.recognizer.combination(distinct)
    return entity, tuple(m.entity for m in distinct)


# what makes "the addition of X to Y" a comparison with Y alone: a contrast, a design, or values from one to another
# what parts the arms of a list instead of "and": "between A (arm A) or B", "between A versus B"
_ARM_ALTERNATIVE = lazy_compile(r"\b(?:or|versus|vs\.?)\b", re.I)
_ADDITION_COMPARED = lazy_compile(r"\b(?:vs\.?|versus|compar\w*|alone|control|placebo|randomi[sz]ed\s+(?:to|between|patients)|"
                                  r"randomly|assign\w*|" + WITH_JOINED_WITHOUT + r"|from\s+\d|benefit|advantage|superior|inferior|differ\w*|improv\w*|prolong\w*|"
                                  r"increas\w*|decreas\w*|reduc\w*|enhanc\w*|better|worse|longer|shorter|higher|lower|(?:evaluat|test|assess|investigat|examin|stud)\w*\s+"
                                  r"(?:the\s+)?(?:addition|adding)|(?:addition|adding)\b[^.;]{0,80}\d+(?:\.\d+)?\s*(?:%|mo|months))", re.I)


def _added_apart(text: str, therapies: list[Mention], ctx) -> list[Mention]:
    """"the addition of A to B", which the recogniser reads as one regimen mention: its two sides again, so that
    the arms are A + B and B (and an unnamed study is named after A)."""
    out: list[Mention] = []
    for t in therapies:
        if t.entity.attr("combination") and re.search(r"\s+to\s+", t.text) and re.search(
                r"(?:addition of|adding)\s+(?:the\s+)?$", text[max(0, t.start - 20):t.start], re.I):
            inner = [Mention(t.start + m.start, t.start + m.end, m.text, m.entity, m.source)
                     for m in ctx.recognizer.find(t.text).merged() if m.entity.category in THERAPY]
            inner = _standard_as_read(t, inner, ctx)
            if len(inner) >= 2:
                out.extend(inner)
                continue
        out.append(t)
    return out


def _standard_as_read(whole: Mention, inner: list[Mention], ctx) -> list[Mention]:
    """The sides of "adding A to the standard of care" where the document said what its standard of care is (the
    whole mention then holds that regimen's parts, builders.trials_standard): the standard side is the rest of the
    whole's parts, not the plain standard of care the words say."""
    soc = [m for m in inner if m.entity.id == _STANDARD_OF_CARE]
    parts = _parts_of(whole, ctx)
    if len(soc) != 1 or not parts or _STANDARD_OF_CARE in parts:
        return inner
    others = {c for m in inner if m is not soc[0] for c in (_parts_of(m, ctx) or (m.entity.id,))}
    rest = [ctx.vocab.entities.get(c) for c in parts if c not in others]
    if not rest or not all(rest) or len(rest) == len(parts):
        return inner
    entity = _regimen_of([Mention(0, 0, e.name, e) for e in rest], ctx)[0]
    return [Mention(m.start, m.end, entity.name, entity, m.source) if m is soc[0] else m for m in inner]


# "to cetuximab and irinotecan", "to capecitabine plus oxaliplatin": the drugs of one backbone joined
_ADDED_TO_JOIN = lazy_compile(r"\s*(?:,\s*)?(?:and|plus|\+|with)\s+(?:the\s+)?", re.I)


def _added_to(text: str, therapies: list[Mention]) -> list[Mention]:
    """What "the addition of A to B" adds A to: B, and the drugs joined to B by "and" / "plus" ("the addition of
    vemurafenib to cetuximab and irinotecan": the backbone is cetuximab + irinotecan, the arms A + B + C and B + C).
    Two named regimens joined ("to FOLFOX and FOLFIRI") are two backbones, and only B is taken."""
    backbone = [therapies[1]]
    for t in therapies[2:]:
        if not _ADDED_TO_JOIN.fullmatch(text, backbone[-1].end, t.start) or \
                t.entity.category == backbone[-1].entity.category == "Regimen":
            break
        backbone.append(t)
    return backbone


def _added_to_choice(text: str, therapies: list[Mention], backbone: list[Mention], ctx) -> list[Mention]:
    """The choice of named backbones "the addition of A to B" adds A to when B is one of them ("adding cetuximab to
    FOLFOX or CAPOX": [FOLFOX, CAPOX]); [] when the backbone is one therapy or not a choice of named regimens."""
    if len(backbone) != 1 or not _named_backbone(backbone[0]) or therapies[0].entity.category != "Drug":
        return []
    choice = list(backbone)
    added = therapies[0].entity.id
    for t in therapies[therapies.index(backbone[0]) + 1:]:
        if not _named_backbone(t):
            # (the last backbone read with the drug added to it: "adding A to B or C" may give "A + C")
            named = _backbone_of(t, ctx)
            rest = set(getattr(ctx, "combination_parts", {}).get(t.entity.id, ())) - {named.entity.id} if named else None
            if rest != {added}:
                break
            t = Mention(t.start, t.end, named.entity.name, named.entity)
        if not _backbone_choice(text, choice[-1], t):
            break
        choice.append(t)
    return choice if len(choice) >= 2 else []


# an arm written as the arm before it with something added, in an unlabelled list of arms: "FOLFIRI or the same
# regimen with panitumumab", "A plus B versus the same combination plus C"
_SAME_PLUS_ALT = lazy_compile(r"\s*,?\s*(?:or|versus|vs\.?|compared\s+(?:with|to))\s+(?:to\s+)?(?:receive\s+)?the\s+same\s+"
                              r"(?:combination|regimen|chemotherapy|treatment|backbone|schedule)\s*,?\s*(?:plus|with|and|"
                              r"combined\s+with|in\s+combination\s+with|\+)\s+(?:the\s+)?", re.I)
# the gaps arms_from reads between two therapies of a comparison: "with" / "to" parts its two sides, "and" joins
_WITH_GAP = lazy_compile(r"\s*(?:with|to)\s+(?:the\s+)?", re.I)
# after "compare A": the comparator named with its standing or line ("with standard second-line chemotherapy", "to
# investigator's choice of B", "versus physician's choice B"); no joining word among the qualifiers
_COMPARED_WITH_QUALIFIED = lazy_compile(r"\s*(?:with|to|versus|vs\.?)\s+(?:the\s+)?(?:an?\s+)?"
                                        r"(?:(?:standard[\s-]of[\s-]care|standard|conventional|usual|investigator['’]s|physician['’]s|choice|of|"
                                        r"(?:first|second|third|later|1st|2nd|3rd)[\s-]line|salvage|cytotoxic|"
                                        r"systemic|best|available)\s+){1,4}", re.I)
_AND_GAP = lazy_compile(r"\s*and\s*")
_VERSUS_GAP = lazy_compile(r"\s*(?:versus|vs\.?)\s+(?:the\s+)?", re.I)


_RESPECTIVE_JOIN = lazy_compile(r"\s*(?:alone\s*|monotherapy\s*)?(?:,\s*and|and|,)\s*", re.I)
_ALONE_AT = lazy_compile(r"\s*(?:alone|monotherapy)\b", re.I)
# "42% and 28% in the A and B groups": values right before a list of therapies that a plural group word closes
_VALUES_IN_THE = lazy_compile(r"\d\s*(?:%|months?|mo)?\s+(?:in|for)\s+the\s+$", re.I)
_PLURAL_GROUPS = lazy_compile(r"\s*(?:groups|arms|cohorts)\b", re.I)


def _respective_arms(text: str, therapies: list[Mention], ctx) -> list:
    """"57 and 77 patients received A and B, respectively", "in the A and B groups, respectively", "42% and 28% in
    the A and B groups": the therapies of a list that "respectively" (or, right after the values, a plural group word)
    pairs with the groups' numbers, one arm each; [] unless the sentence's therapies are just that list of two or more
    different therapies (a list that names one twice is not read)."""
    if len(therapies) < 2 or not all(_RESPECTIVE_JOIN.fullmatch(text[a.end:b.start]) for a, b in zip(therapies, therapies[1:])):
        return []
    tail = text[therapies[-1].end:]
    alone = _ALONE_AT.match(tail)
    tail = tail[alone.end():] if alone else tail
    grouped = _PLURAL_GROUPS.match(tail) is not None and _VALUES_IN_THE.search(text, 0, therapies[0].start) is not None
    if len({t.entity.id for t in therapies}) != len(therapies) or not (
            grouped or RESPECTIVELY_AFTER.match(re.sub(r"^\s*(?:groups?|arms?|cohorts?)\b", "", tail))):
        return []
    return [_regimen_of([t], ctx) for t in therapies]


# (h56 prec3) a name the reader cannot resolve, joined to a therapy by "+" or "plus": "MEHD + FOLFIRI", "FOLFIRI plus
# XYZ": a short form or a code written like a drug's (two capitals, or capitals and digits), never a common short form of
# a kind of treatment or of a trial's measure
_UNREAD_NAME = r"(?-i:[A-Z][A-Za-z0-9\-]*(?:[A-Z][A-Za-z0-9\-]*|\d[A-Za-z0-9\-]*))"
_UNREAD_BEFORE = lazy_compile(rf"(?<![\w\-])({_UNREAD_NAME})\s*(?:\+|\bplus)\s*$", re.I)
_UNREAD_AFTER = lazy_compile(rf"\s*(?:\+|plus\b)\s*({_UNREAD_NAME})(?![\w\-])", re.I)
_NOT_DRUG_SHORT = frozenset({"CT", "RT", "CRT", "CHT", "CHEMO", "SOC", "BSC", "ICI", "ICIS", "TKI", "TKIS", "MAB", "MABS",
                             "HAI", "SBRT", "RFA", "TACE", "SIRT", "ORR", "PFS", "OS", "DCR", "HR", "CI", "AE", "AES",
                             "SAE", "IV", "PO", "BID", "QD", "MSI", "MSS", "MSI-H", "WT", "MT", "RAS", "KRAS", "NRAS",
                             "BRAF", "HER2", "EGFR", "VEGF"})


def _unread_partner(text: str, t: Mention, therapies: list[Mention], ctx) -> bool:
    """Whether therapy ``t`` is joined by "+" or "plus" to a name the reader could not resolve to any therapy ("MEHD +
    FOLFIRI did not improve outcomes compared to cetuximab + FOLFIRI"): its arm is that unread drug with ``t``, never
    ``t`` alone, so the mention forms no arm.

    >>> from builders import default_context
    >>> from builders.recognize import Mention
    >>> from kg.model import Entity
    >>> f = Mention(7, 14, "FOLFIRI", Entity("x", "Regimen", "FOLFIRI"))
    >>> _unread_partner("MEHD + FOLFIRI was tested", f, [f], default_context())
    True
    >>> _unread_partner("CT  + FOLFIRI was tested", f, [f], default_context())
    False
    """
    vocab = ctx.vocab
    for m in (_UNREAD_BEFORE.search(text, max(0, t.start - 30), t.start), _UNREAD_AFTER.match(text, t.end)):
        if m is None:
            continue
        name = m.group(1)
        a, b = m.span(1)
        if name.upper() in _NOT_DRUG_SHORT or any(o.start < b and a < o.end for o in therapies) or \
                name.lower() in vocab.by_name or vocab.gene_entity(name) is not None:
            continue
        return True
    return False


_ADDITION_BEFORE = lazy_compile(r"(?:addition of|adding|add)\s+(?:either\s+)?(?:the\s+)?$", re.I)
_ALTERNATIVE_GAP = lazy_compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:or|versus|vs\.?)\s+(?:(?:a|an|the)\s+)?"
                                r"(?:(?:matching|matched|identical)\s+)?", re.I)
_ADDED_TO_GAP = lazy_compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:to|onto|into)\s+(?:(?:the|a|an|standard|standard-of-care|"
                             r"second-line|first-line|backbone)\s+)*", re.I)
# "A or placebo in addition to B", "A or placebo on top of B": the backbone named after the alternatives without "addition of"
_IN_ADDITION_GAP = lazy_compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:in\s+addition\s+to|on\s+top\s+of|on\s+a\s+background\s+of)\s+"
                                r"(?:(?:the|a|an|standard|standard-of-care|second-line|first-line|backbone)\s+)*", re.I)


def _alternatives_added(text: str, therapies: list[Mention], ctx) -> list:
    """The arms of "the addition of A or B to C" ("randomized to the addition of A or placebo to C"): each alternative
    given with the one backbone it is added to, A + C and B + C (placebo + C: a placebo stands in for the drug added,
    never for the backbone); [] unless the sentence starts its therapies with two single alternatives joined by "or"
    or "versus" after "addition of" / "adding", followed by "to" and the backbone (or, without "addition of", by "in
    addition to" / "on top of": "A or placebo in addition to C").

    >>> from builders import default_context
    >>> ctx = default_context()
    >>> t = "randomized to the addition of ramucirumab or placebo to FOLFIRI"
    >>> ms = [m for m in ctx.recognizer.find(t).merged() if m.entity.category in THERAPY]
    >>> [a[0].name for a in _alternatives_added(t, ms, ctx)]
    ['ramucirumab + FOLFIRI', 'FOLFIRI + placebo']
    """
    if len(therapies) < 3:
        return []
    a, b = therapies[0], therapies[1]
    added = _ADDITION_BEFORE.search(text, max(0, a.start - 30), a.start) is not None
    if not _ALTERNATIVE_GAP.fullmatch(text, a.end, b.start) or not (
            (_ADDED_TO_GAP if added else _IN_ADDITION_GAP).fullmatch(text, b.end, therapies[2].start)):
        return []
    if a.entity.id == b.entity.id or therapies[2].entity.id == _PLACEBO:
        return []
    backbone = _added_to(text, therapies[1:])
    return [_regimen_of([a, *backbone], ctx), _regimen_of([b, *backbone], ctx)]


def arms_from(text: str, therapies: list[Mention], ctx) -> list[tuple[Entity, tuple[Entity, ...]]]:
    """The regimens a design names, one per arm, from its therapies in order and the words between them.

    "A plus B or C" gives the backbone A to C as well; "A with or without B" gives A + B and A;
    "the addition of A to B" gives A + B and B; "A and B with A alone" gives A + B and A.
    """
    if not therapies:
        return []
    # ("the addition of A to <drug>, <drug> and <drug> (FOLFIRI)": the spelled-out backbone is that one regimen)
    therapies = spelled_out(text, _added_apart(text, therapies, ctx), ctx.vocab)
    # (s47 classes) "cytotoxic drugs (i.e., irinotecan)": the class is the drug its bracket says it is there
    therapies = [t for i, t in enumerate(therapies) if not (
        t.entity.category == "DrugClass" and i + 1 < len(therapies) and therapies[i + 1].entity.category == "Drug" and
        _CLASS_THAT_IS.fullmatch(text, t.end, therapies[i + 1].start))]
    # (h57 prec4) "the addition of A or placebo to B": each alternative added to the one backbone, A + B and placebo + B
    alternative_added = _alternatives_added(text, therapies, ctx)
    if alternative_added:
        return alternative_added
    # "the addition of X to Y" / "adding X to Y"
    if len(therapies) >= 2 and re.search(r"(?:addition of|adding)\s+(?:the\s+)?$", text[max(0, therapies[0].start - 20):
                                                                                       therapies[0].start], re.I) \
            and re.search(r"\b(?:to|onto|into)\b", text[therapies[0].end:therapies[1].start]):
        backbone = _added_to(text, therapies)
        choice = _added_to_choice(text, therapies, backbone, ctx)
        if choice:
            # "adding A to FOLFOX or CAPOX": A given with either backbone against the choice of backbones alone; the arm
            # given either keeps both, never the first alone
            return [_choice_regimen([[c] for c in choice], [therapies[0]], ctx), _choice_regimen([[c] for c in choice], [], ctx)]
        combined = _regimen_of([therapies[0], *backbone], ctx)
        if not _ADDITION_COMPARED.search(text) or \
                re.search(r"(?:\(\s*(?:i\.\s?e\.|e\.\s?g\.),?|such as|including|namely)\s*$", text[therapies[0].end:therapies[1].start], re.I):
            # "adding ICIs to conventional drugs (i.e., oxaliplatin) has shown enhanced responses in the X trial": the
            # combination; no control arm the sentence neither compares with nor says was assigned, nor one of a
            # drug named as an example of what was added to
            return [combined]
        arms = [combined, _regimen_of(backbone, ctx)]
        second = _second_backbone(text, therapies, backbone)
        if second:
            # "the addition of A to B (...) and to C (...)": A + B against B, and A + C against C
            arms += [_regimen_of([therapies[0], *second], ctx), _regimen_of(second, ctx)]
        return arms
    therapies = without_spelled_components(text, _without_combination_heads(text, _without_appositions(text, therapies), ctx), ctx)
    unread = [_unread_partner(text, t, therapies, ctx) for t in therapies]
    if any(unread):
        # "MEHD + FOLFIRI ... compared to cetuximab + FOLFIRI": no arm of the backbone alone
        therapies = [t for t, u in zip(therapies, unread) if not u]
        if not therapies:
            return []
    # "control treatment with cetuximab and irinotecan": the words name the arm whose therapy follows, not a therapy
    therapies = [t for i, t in enumerate(therapies) if not (
        t.entity.id == _STANDARD_OF_CARE and i + 1 < len(therapies) and
        re.fullmatch(r"\s*(?:group|arm)?\s*with\s+(?:the\s+)?", text[t.end:therapies[i + 1].start], re.I))]
    if not therapies:
        return []
    therapies = spelled_out(text, therapies, ctx.vocab)  # "<drug>, <drug> and <drug> (FOLFOX4)": that one regimen
    # "an oxaliplatin-based regimen (FOLFOX or CapeOX)": alternatives in brackets spell out the therapy before them
    spec = bracketed_alternatives(text, therapies)
    therapies = [t for t in therapies if not any(lo < t.start < hi for lo, hi in spec)]
    if not therapies:
        return []
    # a synonym or short form in brackets after its therapy ("ramucirumab (RAM)") is the same therapy
    # (also a brand name after a combination that holds its drug: "nivolumab (Opdivo) and ipilimumab (Yervoy)")
    therapies = [t for i, t in enumerate(therapies) if not (i and t.entity.id in _drug_ids(therapies[i - 1], ctx) | {therapies[i - 1].entity.id}
                                                            and re.fullmatch(r"\s*[(\[]\s*", text[therapies[i - 1].end:t.start]))]
    shared_over = over_on_shared(text, therapies, ctx)
    if shared_over is not None:
        return shared_over  # "the superiority of A over B when combined with C": A + C and B + C
    segments: list[list[Mention]] = [[therapies[0]]]
    kinds = []
    listed = _or_listed(text, therapies)
    # ("we compared the tumour control duration (TCD) observed with A": the measure compared, its short form in brackets)
    compared = re.search(r"\bcompar\w*\s+(?:the\s+)?(?:\w+\s+(?:\([A-Za-z]{2,8}\)\s+)?){0,5}$", text[max(0, therapies[0].start - 70):therapies[0].start], re.I)
    between = False
    if compared is None and _RANDOMISED_BETWEEN.search(text, max(0, therapies[0].start - 70), therapies[0].start) and \
            not _ARM_ALTERNATIVE.search(text, therapies[0].end, therapies[-1].start):
        # (h57 prec5) "randomized between A maintenance and active monitoring": the "and" of a randomisation's
        # "between" parts its two arms as "with" parts a comparison's sides (never where "or"/"versus" parts them)
        compared = _RANDOMISED_BETWEEN.search(text, max(0, therapies[0].start - 70), therapies[0].start)
        between = True  # ("between A plus B and A alone": its "and" parts the arms whatever stands alone)
    # "comparing A and B with A alone": "and" joins, "with ... alone" is the other arm
    lead_comparator = False
    alone = any(re.match(r"\s*[)\]]?\s*(?:\([^()]*\)\s*)?(?:alone|monotherapy)\b", text[t.end:t.end + 40]) for t in therapies[1:])
    # "to compare A and B with C and D": "with" parts the two sides, "and" joins within each (unless A and B act on
    # one target: "to compare cetuximab and panitumumab with best supportive care" gives each its own arm)
    # ("to compare A and B versus placebo and B": "versus" parts them the same way)
    paired = compared is not None and any(_WITH_GAP.fullmatch(_strip_brackets(text[a.end:b.start])) or
                                          _VERSUS_GAP.fullmatch(_strip_brackets(text[a.end:b.start]))
                                          for a, b in zip(therapies, therapies[1:]))
    for a, b in zip(therapies, therapies[1:]):
        gap = _past_spelled_out(text, a, b, spec)
        if _named_backbone(a):
            # "mFOLFOX6 regimen combined with A and B": the head noun after a named regimen says what it is, no word
            # between the backbone and what it is given with
            gap = _BACKBONE_HEAD.sub(" ", gap)
        leading = a is therapies[0] and re.fullmatch(r"\s*,\s*", gap) and \
            re.search(r"(?:^|[.;:]\s*|,\s*)compared (?:with|to)\s+(?:the\s+)?$", text[:a.start], re.I)
        # "and" joins one side's drugs when the other side stands alone or after "with" (drugs on one target are alternatives)
        joining = _AND_GAP.fullmatch(_strip_brackets(gap)) and not between and (
            alone or paired and share_a_target(ctx.vocab, a.entity, b.entity) is not True)
        # ("we compared A maintenance with B", "... with A maintenance and with no treatment": the phase a side is given
        # in, written after its therapy, is no word between the sides)
        if compared and (re.fullmatch(rf"\s*(?:{KEPT_ON}\s+(?:(?:therapy|treatment)\s+)?)?(?:with|to|and(?:\s+with)?|versus|vs\.?)\s+(?:(?:that|those)\s+of\s+)?(?:the\s+)?",
                                      _strip_brackets(gap), re.I) and not joining
                         or _COMPARED_WITH_QUALIFIED.fullmatch(_strip_brackets(gap))
                         or leading):
            # ("comparing A plus B with standard second-line chemotherapy": the comparator, said with its line and
            # standing, is the other arm)
            if leading:
                lead_comparator = True  # "Compared with chemotherapy, pembrolizumab ...": the arm is put first below
            segments.append([b])
            kinds.append("alt")
            continue
        if len(segments) == 1 and _OR_WITHOUT.fullmatch(gap) and \
                b.entity.id in {c for x in segments[0] for c in (x.entity.id, *_parts_of(x, ctx))}:
            # "A with B or without B": the arm that adds B and the arm without it, never an arm of B alone
            return [_regimen_of(segments[0], ctx), _regimen_of(_less(segments[0], {b.entity.id}, ctx), ctx)]
        if _OPTIONAL.search(gap):
            if len(segments) >= 2 or _OPTIONAL_IN_EACH.search(gap):
                # "A or B, both with or without C": an add-on optional within the arms, never an arm of its own
                continue
            segments[-1].append(b)
            kinds.append("optional")
            continue
        if id(b) in listed:
            segments.append([b])  # "A, B, or C": a list of alternatives, never one regimen of A and B
            kinds.append("alt")
            continue
        if _SAME_PLUS_ALT.fullmatch(_strip_brackets(gap)):
            segments.append(segments[-1] + [b])  # "A plus B or the same regimen with C": the arm is A + B + C
            kinds.append("alt")
            continue
        if _ARM_WORD.search(gap) and re.search(r"\b(?:and|or|versus|vs\.?|compared)\b", gap, re.I):
            segments.append([b])  # "the A plus B arm and the A plus C arm"
            kinds.append("alt")
            continue
        if better_over(text, segments[-1][0], b) and len(segments) == 1 and len(segments[0]) == 1:
            segments.append([b])  # "the superiority of A over B": two arms
            kinds.append("alt")
            continue
        if _LABELLED_ARM_GAP.fullmatch(_strip_brackets(gap)):
            segments.append([b])  # "triplet therapy with A, B and C, doublet therapy with A and C, or ...": a new arm
            kinds.append("alt")
            continue
        bare = _strip_brackets(gap)
        if len(bare) <= 200 and "." not in bare and ";" not in bare and re.search(
                r"\b(?:compared (?:with|to)|in comparison (?:with|to)|versus|vs\.?|than(?: did| with| in| for)?)\s+(?:that of\s+|"
                r"those (?:of|with|treated with|receiving)\s+|patients (?:treated with|receiving)\s+|(?:treatment|therapy) with\s+|"
                r"the (?:control|comparator|reference) (?:arm|group) (?:of|with|receiving)\s+)?(?:the\s+|an?\s+)?"
                r"(?:(?!plus\b|and\b|with\b|combined\b)[\w\-]+\s+){0,2}$", bare, re.I) or \
                len(bare) <= 80 and re.fullmatch(r"\s*(?:significantly\s+)?(?:improv\w*|prolong\w*|extend\w*)(?:\s+[\w\-]+){0,4}?\s+"
                                                 r"over\s+(?:the\s+|an?\s+)?", bare, re.I) or \
                len(bare) <= 80 and re.fullmatch(r"\s*(?:['’]s\s+|\s(?:[\w\-]+\s+){0,4}?)(?:advantage|superiority)\s+over\s+"
                                                 r"(?:the\s+|an?\s+)?", bare, re.I):
            # ("A's advantage over B", "A demonstrated a significant OS advantage over B": B is the other arm)
            segments.append([b])  # "FOLFIRI plus bevacizumab showed a survival benefit compared with mIFL plus bevacizumab"
            kinds.append("alt")
            continue
        if _COUNT_AND.fullmatch(gap) or _NEXT_COUNT.fullmatch(gap) or \
                _NEXT_COUNT.fullmatch(re.sub(r"\s+", " ", _GAP_NOISE.sub(" ", gap))):
            # ("402 to receive A plus B (5 mg/kg every 2 weeks) and 411 to receive C": past the dose of the first group)
            segments.append([b])  # "A plus B (n = 26) and C (n = 28)": two groups, each with its count
            kinds.append("alt")
            continue
        gap = re.sub(r"\s+", " ", _GAP_NOISE.sub(" ", gap))
        gap = re.sub(r"(?:\s*,){2,}", ",", gap)  # ("A at 8 mg/kg on day 1, followed by 6 mg/kg, and B": one comma)
        gap = re.sub(r"^\s*[)\]]|[(\[]\s*$", " ", gap)  # "ramucirumab (RAM) or placebo": the bracket's edges
        # "A combined with intermittent B": the schedule right before a part is that part's (see _part_on_schedule)
        gap = _SCHEDULE_AT_END.sub(" ", gap)
        gap = re.sub(r"^\s*(?:alone|monotherapy|only)\b", " ", gap, flags=re.I)  # "either FOLFOX-4 alone or ..."
        # "mFOLFOX6 plus either panitumumab or bevacizumab": "either" opens the alternatives the backbone is joined to
        gap = re.sub(r"\b((?:plus|with|combined with|in combination with)\s+)either\s*$", r"\1", gap, flags=re.I)
        if _ALT_SEP.match(gap) or re.fullmatch(r"\s*(?:\([^()]{0,40}\))?\s*(?:,\s*)?(?:or|versus|vs\.?)\s*(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,2}",
                                               gap, re.I) or (re.fullmatch(r"\s*with\s*", gap)
                                                              and re.search(r"\balone\b", text[b.end:b.end + 10])):
            segments.append([b])
            kinds.append("alt")
            continue
        if (_JOIN_SEP.match(gap) or len(gap) <= 3) and re.fullmatch(r"\s*(?:,\s*)?and\s*(?:the\s+)?", gap) and (
                re.match(r"\s*(?:\([^()]*\)\s*)?(?:groups|arms|cohorts)\b", text[b.end:b.end + 30], re.I) or
                _COUNTED_GROUPS.search(text, max(0, therapies[0].start - 60), therapies[0].start) or
                _shares_component(segments[-1][-1], b, ctx)):
            segments.append([b])  # "FP and RP groups"; two combinations that share a drug are two arms
            kinds.append("alt")
            continue
        if re.fullmatch(r"\s*,\s*", gap) and (
                re.match(r"\s*(?:alone|monotherapy)\b", text[b.end:b.end + 20], re.I) or
                (len(segments[-1]) >= 2 and kinds and kinds[-1] == "join" and
                 re.search(r"\b(?:plus|with|combined with|and)\s*$", text[segments[-1][-2].end:segments[-1][-1].start]) and
                 re.search(r"(?:,\s*|\s)or\s", text[b.end:therapies[-1].start + 1]))):
            # "A plus B, A alone or C"; "A plus B, C plus D, or E": a list of alternatives
            segments.append([b])
            kinds.append("alt")
            continue
        if (re.fullmatch(r"\s*(?:\([^()]{0,30}\)\s*)?,\s*", text[a.end:b.start]) or re.fullmatch(r"\s*,\s*", gap)) and _drug_ids(b, ctx) & set().union(*(_drug_ids(x, ctx) for x in segments[-1])):
            # "A, B and C, A and C, or D": a drug given again after a comma starts the next arm (no arm has it twice;
            # "A (840 mg ...) plus B (60 mg ...; n = 183), A (1,200 mg ...; n = 90), or C": past its dosing too)
            segments.append([b])
            kinds.append("alt")
            continue
        if _JOIN_SEP.match(gap) or len(gap) <= 3 or (re.fullmatch(r"\s*and\s+(?:another|an?|the)\s+[^,;.()]{1,40},\s*", gap)
                                                        and not re.search(r"\bcompar|\bversus\b|\bvs\b", text, re.I)):
            # ("palbociclib and another CDK4/6 inhibitor, trametinib": the class's drug, named in apposition)
            segments[-1].append(b)
            kinds.append("join")
            continue
        if re.search(r"\b(?:both|each|all)\s+(?:arms?\s+|groups?\s+)?(?:with|plus|in combination with)\s*(?:the\s+)?$", gap, re.I):
            break  # a component shared by every arm (see _shared_component)
        break
    mirrored = _mirrored_choice(text, segments, ctx)
    if mirrored:
        segments = mirrored  # "A plus B or C versus placebo plus B or C": A + B, A + C, placebo + B, placebo + C
    if "optional" in kinds and len(segments) == 1:
        seg = segments[0]
        k = kinds.index("optional") + 1
        return [_regimen_of(seg, ctx), _regimen_of(seg[:k], ctx)]
    if kinds and kinds[0] == "optional" and len(segments) >= 2 and len(segments[0]) == 2 and \
            all(k == "alt" for k in kinds[1:]):
        # "A with or without B ..., compared with C": A + B and A are two arms, C the third (A is no backbone of C)
        out = {}
        for reg, comps in [_regimen_of(segments[0], ctx), _regimen_of(segments[0][:1], ctx)] + \
                [_regimen_of(x, ctx) for x in segments[1:]]:
            out.setdefault(reg.id, (reg, comps))
        return list(out.values())
    if len(segments) >= 2 and len(segments[0]) == 1 and all(len(x) == 1 for x in segments[1:]) and \
            kinds and kinds[0] == "alt" and segments[0][0].entity.attr("combination"):
        # "FOLFIRI in combination with panitumumab or bevacizumab": the combination's named regimen is the backbone
        parts = [ctx.vocab.entities.get(c) for c in getattr(ctx, "combination_parts", {}).get(segments[0][0].entity.id, ())]
        named = [e for e in parts if e is not None and e.category == "Regimen"]
        alts = [x[0] for x in segments[1:]]
        if len(named) == 1 and all(a.entity.category == "Drug" for a in alts):
            m0 = segments[0][0]
            backbone = Mention(m0.start, m0.end, named[0].name, named[0])
            segments = [segments[0]] + [[backbone, a] for a in alts]
    if len(segments) >= 2 and len(segments[0]) >= 2 and all(len(x) == 1 for x in segments[1:]) and \
            not any(x[0].entity.attr("combination") for x in segments[1:]):
        # (an alternative that is a combination of its own, "A-B versus C-D", is a whole arm, given no backbone)
        # "FOLFIRI plus ramucirumab or placebo", "irinotecan, folinic acid and 5-FU (FOLFIRI) plus X or Y": the
        # backbone (all but the last therapy of the first arm, a named regimen among them) goes with each alternative
        # ("cetuximab plus FOLFOX, CAPOX or FOLFIRI": a drug given with a choice of named chemotherapy backbones)
        backbone = segments[0][:-1]
        if any(b.entity.category == "Regimen" or b.entity.attr("named") or
               re.search(r"chemotherapy|-based regimen", b.entity.name, re.I) for b in backbone) or \
                all(_named_backbone(x[-1]) for x in segments) and not any(_named_backbone(b) for b in backbone) and \
                len({x[-1].entity.id for x in segments}) == len(segments) and \
                not any(re.match(r"\s*[)\]]?\s*(?:alone|only)\b", text[x[-1].end:x[-1].end + 12], re.I) for x in segments):
            segments = [segments[0]] + [backbone + [x[0]] for x in segments[1:]]
    elif len(segments) >= 3 and all(len(x) == 1 for x in segments) and all(_named_backbone(x[0]) for x in segments[:-1]):
        # "FOLFOX, CAPOX or FOLFIRI combined with cetuximab": what the last backbone is combined with goes with each
        added = _added_to_backbone(segments[-1][0], ctx, leading=True)
        if added:
            segments = [x + added for x in segments[:-1]] + [segments[-1]]
    elif len(segments) >= 3 and all(len(x) == 1 for x in segments) and all(_named_backbone(x[0]) for x in segments[1:]):
        # "cetuximab plus FOLFOX, CAPOX or FOLFIRI": what the first backbone is combined with goes with each
        added = _added_to_backbone(segments[0][0], ctx, leading=False)
        if added:
            segments = [segments[0]] + [added + x for x in segments[1:]]
    if len(segments) == 2 and all(len(x) == 1 for x in segments):
        added = _shared_by_choice(text, [x[0] for x in segments], ctx)
        if added:
            # "FOLFOX or FOLFIRI plus bevacizumab": the drug read with the second backbone goes with the first too
            segments = [segments[0] + added, segments[1]]
    if len(segments) == 2 and len(segments[0]) == 1 and len(segments[1]) >= 2 and _named_backbone(segments[0][0]) and \
            _named_backbone(segments[1][0]) and all(x.entity.category == "Drug" for x in segments[1][1:]) and \
            _backbone_choice(text, segments[0][0], segments[1][0]):
        # "FOLFOX or XELOX and cetuximab": the drugs after the second backbone go with the first too
        segments = [segments[0] + segments[1][1:], segments[1]]
    if len(segments) == 2 and len(segments[0]) == 1 and len(segments[1]) == 1 and kinds and kinds[0] == "alt":
        # "the use of bevacizumab beyond progression showed better OS ... compared with chemotherapy alone": the
        # comparator given "alone" is the backbone the other arm adds its one drug to (bevacizumab + chemotherapy)
        first, other = segments[0][0], segments[1][0]
        if _added_to_alone(text, first, other, ctx):
            segments = [[first, other], [other]]
    if len(segments) == 2 and len(segments[0]) == 1 and kinds and kinds[0] == "alt" and segments[0][0].entity.id != _PLACEBO \
            and _OR_PLACEBO.fullmatch(text, segments[0][0].end, segments[1][0].start):
        # "A or placebo plus B and C": the placebo stands in for A, so what is added to it is added to A too (not so
        # "A was compared with placebo plus B": no alternative to A, whose arm is what the sentence names)
        segments = [segments[0] + _given_with_placebo(text, segments[1], ctx), segments[1]]
    if lead_comparator and len(segments) == 2:
        segments = [segments[1], segments[0]]
    shared = _shared_component(text, therapies, segments)
    # (a design mirrored on both sides, "A plus B or C versus placebo plus B or C", keeps an arm per backbone)
    chosen = _choice_arm_starts(text, segments, ctx) if not shared and not mirrored else set()
    out = {}
    for k, seg in enumerate(segments):
        if k - 1 in chosen:
            continue  # the second backbone of the choice read with the one before
        if k in chosen:
            reg, comps = _choice_regimen([seg, segments[k + 1]], [], ctx)
        else:
            reg, comps = _on_schedule(text, seg, _regimen_of(seg + shared, ctx))
        out.setdefault(reg.id, (reg, comps))
    return list(out.values())


# "or" alone between two backbones of one arm's choice: "mFOLFOX6 or CapeOX plus bevacizumab"
_OR_ONLY = lazy_compile(r"\s*,?\s*or\s+(?:the\s+)?", re.I)
# what closes one side of a design against the other: "versus", "compared with", or the side's own group label in a
# bracket, "(control group) or ..."
_SIDE_END = lazy_compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|(?:non-?inferior|superior|equivalent)\s+to)(?!\w)|\([^()]{0,40}\b(?:group|arm)\b[^()]{0,40}\)", re.I)


def _choice_arm_starts(text: str, segments: list[list[Mention]], ctx) -> set[int]:
    """Where two read arms are one arm's choice of chemotherapy backbone: "S-1 and irinotecan plus bevacizumab versus
    mFOLFOX6 or CapeOX plus bevacizumab" is two arms, the second "bevacizumab + mFOLFOX6 or bevacizumab + CAPOX",
    never an arm of CapeOX plus bevacizumab alone. The index of the first of each such pair of segments: each one
    mention of a named backbone with the same drugs, "or" alone between them, and the pair set apart from another arm
    of the design by "versus" or by its own group label.

    A piece of knowledge: the backbones an arm lets the investigator choose are one arm; a design sets its arms against
    each other with "versus" or labels, not with the "or" of a choice."""
    out: set[int] = set()
    if len(segments) == 2 and _one_arm_choice(text, segments, ctx):
        out.add(0)
    if len(segments) < 3:
        return out
    for k in range(len(segments) - 1):
        a, b = segments[k], segments[k + 1]
        if len(a) != 1 or len(b) != 1 or (k - 1) in out or not _OR_ONLY.fullmatch(text, a[0].end, b[0].start):
            continue
        kept = _backbone_pair(a[0], b[0], ctx)
        if kept is None:
            continue
        others = {c for j, x in enumerate(segments) if j not in (k, k + 1) for m in x for c in (m.entity.id, *_parts_of(m, ctx))}
        if kept[0] in others or kept[1] in others:
            continue  # "A plus B or C versus placebo plus B or C": the backbones on both sides, an arm per backbone
        before = k > 0 and _SIDE_END.search(text, segments[k - 1][-1].end, a[0].start)
        after = k + 2 < len(segments) and _SIDE_END.search(text, b[0].end, segments[k + 2][0].start)
        if before or after:
            out.add(k)
    return out


# the words that set arms against each other or assign patients to them: a sentence with none of them offers a choice
_DESIGN_WORDS = lazy_compile(r"\b(?:randomi[sz]\w*|randomly|assign\w*|allocat\w*|versus|vs\.?|compar\w*|(?<!single-)(?<!single )(?<!one-)arms?|groups?|"
                             r"cohorts?|stratif\w*|respectively|either)\b|\(\s*n\s*=|"
                             # (a phase III trial, or a phase II/III one, compares arms: "a phase III trial of A plus B or C")
                             r"\bphase\s*(?:(?:I{1,2}|[12])\s*/\s*)?(?:III|3)\b", re.I)


def _one_arm_choice(text: str, segments: list[list[Mention]], ctx) -> bool:
    """Whether "A plus B or C", read as the two arms A + B and A + C, is one arm that gives A with a choice of named
    chemotherapy backbones: "patients received cetuximab plus mFOLFOX6 or mFOLFIRI" (cetuximab + mFOLFOX6 or
    cetuximab + mFOLFIRI). Only when B and C are two named backbones given with the same drugs, only "or" stands
    between them, the second is written as the backbone alone, and the sentence neither assigns patients, sets arms
    against each other nor counts or labels groups, nor speaks of a phase III trial (one that compares arms), in a
    document that nowhere says patients were randomised; never where
    C is a drug of another kind ("A plus FOLFOX or B").

    A piece of knowledge: a study that gives a drug with the backbone each patient's physician chooses has one arm;
    only a design that assigns or compares makes each backbone an arm of its own."""
    a, b = segments
    if len(a) != 1 or len(b) != 1 or not _OR_ONLY.fullmatch(text, a[0].end, b[0].start) or \
            _backbone_pair(a[0], b[0], ctx) is None or _DESIGN_WORDS.search(text) or _randomised_document(ctx):
        return False
    backbone = _backbone_of(b[0], ctx)
    return backbone is not None and b[0].text.lower() in {n.lower() for n in (backbone.entity.name, *backbone.entity.synonyms)}


_RANDOMISED_DOC = lazy_compile(r"\brandomi[sz]\w*|\brandomly\b", re.I)


def _randomised_document(ctx) -> bool:
    """Whether the document being read says anywhere that patients were randomised (its title's "A plus B or C" may
    then be two arms the rest of the text assigns); found once per document."""
    doc = getattr(ctx, "doc", None)
    if doc is None:
        return False
    said = getattr(ctx, "_randomised_said", None)
    if said is None:
        said = _RANDOMISED_DOC.search(doc.text) is not None
        try:
            ctx._randomised_said = said
        except AttributeError:
            pass
    return said


def side_arms(text: str, side: list[Mention], ctx) -> list[tuple[Entity, tuple[Entity, ...]]]:
    """The arms of one side of a comparison, "... is noninferior to mFOLFOX6 or CapeOX plus bevacizumab": one arm whose
    regimen keeps the choice when the side is two backbones given with the same drugs and joined by "or"
    (bevacizumab + mFOLFOX6 or bevacizumab + CAPOX), else what ``arms_from`` reads there."""
    if len(side) == 2 and _OR_ONLY.fullmatch(text, side[0].end, side[1].start):
        if _backbone_pair(side[0], side[1], ctx) is not None:
            return [_choice_regimen([[side[0]], [side[1]]], [], ctx)]
    return arms_from(text, side, ctx)


def _backbone_pair(a: Mention, b: Mention, ctx) -> tuple[str, str] | None:
    """The two named backbones of two combination mentions given with the same drugs ("mFOLFOX6 or CapeOX plus
    bevacizumab": mFOLFOX6, CAPOX), two different ones; else None."""
    kept = [_backbone_partners(m, ctx) for m in (a, b)]
    if None in kept or kept[0][0] == kept[1][0] or kept[0][1] != kept[1][1]:
        return None
    return kept[0][0], kept[1][0]


def _backbone_partners(m: Mention, ctx) -> tuple[str, frozenset] | None:
    """A combination mention's one named backbone and the drugs given with it ("CapeOX plus bevacizumab": CAPOX and
    {bevacizumab}); None unless it is one named regimen with at least one drug."""
    parts = [ctx.vocab.entities.get(c) for c in _parts_of(m, ctx)]
    if not parts or None in parts:
        return None
    named = [p for p in parts if p.category == "Regimen" and p.attr("named") and not p.attr("combination")]
    drugs = frozenset(p.id for p in parts if p.category == "Drug")
    if len(named) != 1 or not drugs or len(drugs) != len(parts) - 1:
        return None
    return named[0].id, drugs


_PARTNER_SPLIT = lazy_compile(r"\s+(?:plus|with|and|in\s+combination\s+with|combined\s+with)\s+|\s*\+\s*", re.I)
_VERSUS_WORD = lazy_compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to))(?!\w)", re.I)


def _mirrored_choice(text: str, segments: list[list[Mention]], ctx) -> list[list[Mention]] | None:
    """A design whose two sides give one choice of backbones each, the same on both, "A plus B or C
    versus placebo plus B or C": each side's partner goes with each backbone of the choice (A + B, A + C, placebo + B,
    placebo + C), never a backbone alone; None for any other design."""
    compared = re.search(r"\bcompar\w*\s+(?:the\s+)?$", text[max(0, segments[0][0].start - 30):segments[0][0].start], re.I)
    cut = [k for k in range(1, len(segments))
           if _VERSUS_WORD.search(text, segments[k - 1][-1].end, segments[k][0].start) or
           compared and re.fullmatch(r"\s*(?:with|to)\s+(?:the\s+)?", text[segments[k - 1][-1].end:segments[k][0].start], re.I)]
    if len(cut) != 1:
        return None
    sides = [segments[:cut[0]], segments[cut[0]:]]
    for side in sides:
        t = side[0][0]
        if len(side[0]) == 1 and t.entity.attr("combination"):
            # ("placebo plus capecitabine" read as one combination: its parts)
            inner, at = [], 0
            for piece in _PARTNER_SPLIT.split(t.text):
                at = t.text.index(piece, at)
                found = [m for m in ctx.recognizer.find(piece).merged() if m.entity.category in THERAPY]
                if len(found) != 1 or found[0].end - found[0].start != len(piece.strip()):
                    inner = []
                    break
                inner.append(Mention(t.start + at + found[0].start, t.start + at + found[0].end, found[0].text,
                                     found[0].entity, found[0].source))
                at += len(piece)
            if len(inner) >= 2:
                side[0] = inner
    choices, partners, alts = [], [], []
    for k, side in enumerate(sides):
        if k and len(side) >= 2 and all(len(x) == 1 for x in side) and \
                _ALONE_AT.match(text, side[-1][-1].end):
            # "A plus B or C versus B or C alone": the backbones alone
            alts.append([x[0] for x in side])
            partners.append([])
        elif len(side) < 2 or len(side[0]) < 2 or any(len(x) != 1 for x in side[1:]):
            return None
        else:
            alts.append([side[0][-1]] + [x[0] for x in side[1:]])
            partners.append(side[0][:-1])
        choices.append(sorted(t.entity.id for t in alts[-1]))
    if choices[0] != choices[1] or [t.entity.id for t in partners[0]] == [t.entity.id for t in partners[1]] or \
            len(set(choices[0])) != len(choices[0]):
        return None
    return [partner + [alt] for partner, side_alts in zip(partners, alts) for alt in side_alts]


# the words between a drug and the placebo that stands in for it: "or", past the drug's dosing ("(10 mg/kg [IV])")
_OR_PLACEBO = lazy_compile(r"\s*(?:\((?:[^()\[\]]|\[[^\[\]]*\])*\)\s*)?,?\s*or\s+(?:matching\s+|the\s+)?", re.I)

# what joins the therapies added to a placebo to it: "placebo plus mFOLFOX6", "placebo in combination with the ..."
_ADDED_TO_PLACEBO = lazy_compile(r"\s*(?:plus|with|in combination with|combined with)\s+(?:the\s+)?", re.I)
_PLACEBO_PLUS = lazy_compile(r"placebo\s+(?:plus|with|in combination with|combined with)\s", re.I)


def _given_with_placebo(text: str, seg: list[Mention], ctx) -> list[Mention]:
    """What an arm that opens with a placebo adds to it ("placebo plus mFOLFOX6 and bevacizumab", read as one
    combination or as its parts): the therapies after the placebo ([] for an arm that does not open with one)."""
    first = seg[0]
    if first.entity.id == _PLACEBO:
        rest = seg[1:]
        joined = bool(rest) and _ADDED_TO_PLACEBO.fullmatch(text, first.end, rest[0].start)
        return rest if joined else []
    parts = ctx.combination_parts.get(first.entity.id, ())
    if len(seg) > 1 or _PLACEBO not in parts or not _PLACEBO_PLUS.match(first.text):
        return []
    given = [ctx.vocab.entities.get(c) for c in parts if c != _PLACEBO]
    return [Mention(first.start, first.end, e.name, e) for e in given] if given and all(given) else []


def _or_listed(text: str, therapies: list[Mention]) -> set[int]:
    """The therapies (by identity) a list of alternatives starts anew at a comma: "A, B, or C" and "A plus B, C or
    D" (the comma before B, C: a run of commas that ends in "or"); a list that ends in "and" is one combination."""
    listed: list[Mention] = []
    run: list[Mention] = []
    for a, b in zip(therapies, therapies[1:]):
        gap = _strip_brackets(text[a.end:b.start])
        if re.fullmatch(r"\s*,\s*", gap):
            run.append(b)
            continue
        if run and re.fullmatch(r"\s*,?\s*or\s+(?:the\s+|an?\s+)?", gap):
            listed.extend(run)
        run = []
    return {id(m) for m in listed}


def _named_backbone(m: Mention) -> bool:
    """A named chemotherapy regimen given whole ("FOLFOX", "CAPOX"), not a combination with another drug."""
    return m.entity.category == "Regimen" and bool(m.entity.attr("named")) and not m.entity.attr("combination")


def _added_to_backbone(m: Mention, ctx, leading: bool) -> list[Mention]:
    """What a combination read as "<named regimen> combined with <drug>" (leading) or "<drug> plus <named regimen>"
    adds to its one named regimen: the drugs ([] unless the mention starts, or ends, with the regimen and its other
    parts are drugs)."""
    parts = [ctx.vocab.entities.get(c) for c in getattr(ctx, "combination_parts", {}).get(m.entity.id, ())]
    if not parts or any(p is None for p in parts):
        return []
    named = [p for p in parts if p.category == "Regimen"]
    rest = [p for p in parts if p.category == "Drug"]
    if len(named) != 1 or len(rest) != len(parts) - 1 or not rest or \
            not any((m.text.lower().startswith if leading else m.text.lower().endswith)(n.lower())
                    for n in (named[0].name, *named[0].synonyms)):
        return []
    return [Mention(m.start, m.end, p.name, p) for p in rest]


def _shared_by_choice(text: str, alts: list[Mention], ctx) -> list[Mention]:
    """The drugs a choice of named chemotherapy backbones is given with when the last backbone was read together with
    them as one combination: "FOLFOX or CAPOX plus cetuximab", "FOLFOX or FOLFIRI, plus bevacizumab" ([cetuximab],
    [bevacizumab]: each backbone goes with them). [] unless every alternative but the last is a named backbone given
    whole, only "or" stands between them (never "versus", nor "A alone or B plus C"), and the last is that backbone
    combined with drugs.

    A piece of knowledge: a partner drug written after a list of backbone alternatives belongs to the choice, not to the
    last backbone alone."""
    if len(alts) < 2 or not all(_named_backbone(a) for a in alts[:-1]):
        return []
    if not all(_backbone_choice(text, a, b) for a, b in zip(alts, alts[1:])):
        return []
    added = _added_to_backbone(alts[-1], ctx, leading=True)
    backbone = _backbone_of(alts[-1], ctx) if added else None
    if backbone is None or any(a.entity.id == backbone.entity.id for a in alts[:-1]):
        return []
    return added


def _backbone_of(m: Mention, ctx) -> Mention | None:
    """The named regimen a combination mention "<named regimen> plus <drug>" starts with, as a mention of its own
    (None when the combination has no one named regimen)."""
    parts = [ctx.vocab.entities.get(c) for c in getattr(ctx, "combination_parts", {}).get(m.entity.id, ())]
    named = [p for p in parts if p is not None and p.category == "Regimen"]
    if len(named) != 1:
        return None
    return Mention(m.start, m.end, named[0].name, named[0])


def _backbone_choice(text: str, first: Mention, second: Mention) -> bool:
    """Whether "<named regimen> or <another named regimen> and <drug>" offers a choice of backbones for the drug: an
    "or" alone between two different regimens (no "alone" after the first, no "versus"): "FOLFOX or XELOX and
    cetuximab" is cetuximab with either, never FOLFOX against cetuximab + CAPOX."""
    return first.entity.id != second.entity.id and \
        re.fullmatch(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*or\s+(?:[a-z\-]+\s+)?", text[first.end:second.start]) is not None


def _added_to_alone(text: str, first: Mention, other: Mention, ctx) -> bool:
    """Whether the comparator "alone" is the backbone the one drug before it is added to: "continuing bevacizumab
    ... compared with chemotherapy alone" is bevacizumab + chemotherapy against chemotherapy (never a drug given by
    itself against a class it is not in)."""
    return first.entity.category == "Drug" and other.entity.category in ("Regimen", "DrugClass") and \
        re.match(r"\s*[)\]]?\s*(?:alone|only)\b", text[other.end:other.end + 12], re.I) is not None and \
        not re.search(r"placebo|supportive care|observation|standard of care|\bBSC\b", other.entity.name, re.I) and \
        other.entity.id not in _drug_ids(first, ctx) and \
        not re.match(r"\s*[)\]]?\s*(?:alone|only|monotherapy|as a single agent)\b", text[first.end:first.end + 24], re.I) and \
        not re.search(r"(?:single[- ]agent|monotherapy with)\s+$", text[max(0, first.start - 24):first.start], re.I)


def _past_spelled_out(text: str, a: Mention, b: Mention, spec: list[tuple[int, int]]) -> str:
    """The words between two therapies, without the bracket that spells out the first ("TT-B (trifluridine/tipiracil
    35 mg/m2 ... and bevacizumab 5 mg/kg ...) or C-B": what joins the two is "or")."""
    for lo, hi in spec:
        if a.end <= lo and hi <= b.start and not text[a.end:lo].strip():
            return text[hi:b.start]
    return text[a.end:b.start]


def _drug_ids(m: Mention, ctx) -> set[str]:
    """The therapies a mention gives: a combination's parts, else itself."""
    return set(getattr(ctx, "combination_parts", {}).get(m.entity.id, ())) or {m.entity.id}


def _shares_component(a: Mention, b: Mention, ctx) -> bool:
    """Whether two combinations give a drug in common (so that joined they would give it twice)."""
    parts = getattr(ctx, "combination_parts", {})
    pa, pb = set(parts.get(a.entity.id, ())), set(parts.get(b.entity.id, ()))
    return bool(a.entity.attr("combination") and b.entity.attr("combination") and pa & pb)


def _shared_component(text: str, therapies: list[Mention], segments: list) -> list[Mention]:
    """"... or placebo, both with best supportive care", "A or placebo, plus best supportive care" (the comma puts the
    added therapy outside the alternatives): a therapy given in every arm."""
    last = segments[-1][-1]
    for t in therapies:
        if t.start > last.end and (_EVERY_ARM_WITH.search(text[max(last.end, t.start - 40):t.start])
                                   or _COMMA_PLUS.fullmatch(text, last.end, t.start)):
            return [t]
    return []


# "both with", "each arm plus", "all groups received": what follows is given in every arm
_EVERY_ARM_WITH = lazy_compile(r"\b(?:both|each|all)\s+(?:arms?\s+|groups?\s+)?(?:with|plus|in combination with|"
                               r"combined with|together with|received)\s*(?:the\s+)?$", re.I)
_COMMA_PLUS = lazy_compile(r"\s*,\s*(?:plus|in\s+combination\s+with|combined\s+with)\s+(?:the\s+)?", re.I)
