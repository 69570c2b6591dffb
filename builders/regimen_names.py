"""Combination regimens, read after recognition on a sentence's final mentions (builders/patterns.py re-exports
:func:`regimens`, which the recogniser runs).

Therapies joined into one regimen ("A plus B", "A/B", "A-based chemotherapy", lists and "either ... or"
alternatives, a class folded onto the drugs it names), with the tests the trial reader shares: how two therapies
are joined (``join_gap``), a regimen spelled out as its parts (``spelled_out``), whether two drugs share a target
(``share_a_target``), the standard of care, "respectively" and counted groups.
"""
from __future__ import annotations

import dataclasses
import re

from builders.design_words import OPTIONAL_PARTNER
from builders.either_alternatives import PLACEBO, either_alternatives, generic_spelled_out, listed_add_ons
from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from builders.prior_treatments import received_in_earlier_lines
from builders.partner_lists import partner_lists
from builders.shared_partner import shared_partner
from builders.bracketed_backbones import bracketed_backbones
from builders.monotherapy_names import monotherapies
from builders.renewed_use import maintained_uses, renewed_uses
from builders.pattern_mentions import _ITEM_COMMA, _mention
from builders.prose_regimens import prose_regimens
from builders.subject_partners import subject_partners
from builders.member_partners import member_partners, share_a_target  # (share_a_target: also for trials_arms)
from kg.ids import mint
from kg.model import Entity


# "A along with B", "A together with B": one regimen given with the other, as "A plus B"
# "A plus either B or C": "either" after the join opens the alternatives A is given with (A + B, A + C)
# (a route or dose word may stand before the next part: "S-1, oral leucovorin, and bevacizumab", "plus low-dose A")
# (h57 prec4) a backbone changed a little and named after the group that devised it: "with a slightly modified
# GONO-FOLFOXIRI" is "with FOLFOXIRI"
_ROUTE = (r"(?:(?:oral|intravenous|i\.v\.|subcutaneous|infusional|bolus|low-dose|high-dose|metronomic)\s+)?"
          r"(?:(?:slightly|minimally|further)\s+)?(?:modified\s+)?(?-i:[A-Z]{2,8}-)?")
# (the head noun "therapy" or "treatment" after the first part, before a join that can only combine: "immune checkpoint
# inhibitor therapy in combination with A", "bevacizumab treatment plus B"; never before "with", which may name the
# drug a class's therapy was given with: "EGFR inhibitor therapy with cetuximab")
_HEAD_NOUN = r"(?:(?:therapy|treatment)\s+(?=(?:\+|plus|combined with|in combination with|together with|along with)\s))?"
_COMBO_JOIN = lazy_compile(r"^\s*(?:\([^()]*\)\s*)?" + _HEAD_NOUN + r"(?:(?:\+|plus|with|combined with|in combination with)\s+either|"
                           r"\+|plus|and|with|combined with|in combination with|together with|along with|"
                           r",|, and|/)\s*(?:an?|the)?\s*" + _ROUTE + "$", re.I)
_STRONG_JOIN = lazy_compile(r"^\s*(?:\([^()]*\)\s*)?" + _HEAD_NOUN + r"(?:(?:\+|plus|with|combined with|in combination with)\s+either|"
                            r"\+|plus|combined with|in combination with|with|together with|along with|"
                            r"and the)\s*(?:an?|the)?\s*" + _ROUTE + "$", re.I)
# a bare "with either" (not "combined with either"): what may spell out a generic therapy before it
_WITH_EITHER = lazy_compile(r"\s*(?:\([^()]*\)\s*)?with\s+either\s+(?:an?|the)?\s*" + _ROUTE, re.I)
# (the patients treated may stand between the verb and "with": "treated 20 patients with A and B")
_COMBO_CUE = lazy_compile(r"(?:combination|combined|combining|combinatorial|co-?treat\w*|co-?administ\w*|dual|co-?targeting|co-?inhibition|co-?blockade|doublet|triplet|regimen|received|receiving|treated with|"
                          r"treated\s+(?:\d+\s+)?(?:[\w\-]+\s+){0,3}?(?:patients|participants|cases)\s+with|"
                          r"treatment with|therapy with|evaluated|administered|addition of|adding|tested|assigned to|"
                          r"arm|consist|blockade (?:of|with)|together|concurrent|simultaneous|groups?:|divided|randomi[sz]ed to)", re.I)
_ONE_DUAL_AGENT = lazy_compile(r".*\b(?:an?|one|the|this)\s+dual(?:-target(?:ing|ed)?)?\s", re.I | re.S)
_TRAILING_ARTICLE = lazy_compile(r"(?:\s+(?:the|an?))?\s*$", re.I)  # "such as the ": the list word before an article
_LIST_CUE = lazy_compile(r"(?:such as|including|include|includes|included|e\.g\.|i\.e\.|like|are|is|were|namely|either)\s*$", re.I)

# (s43 ent: a hyphen a line break left apart from its word, "5-FU- based", is the hyphen)
_BASED = lazy_compile(r"(?:[-–‐] ?|\s)(?P<kind>based|containing|including)\s+(?:(?:first|second|third|later|front)[-\s]line\s+)?"
                      r"(?P<head>chemotherapy|therapy|therapies|treatment|regimens?|combinations?|doublets?|triplets?)(?![A-Za-z])",
                      re.I)
# "oxaliplatin- and bevacizumab-based", "fluoropyrimidine-, oxaliplatin-, and irinotecan-based": a base whose
# hyphen waits for the head of the next one
_SUSPENDED = lazy_compile(r"[-–‐]\s*(?:,\s*(?P<listed>and\s+|or\s+)?|(?P<join>and|or|plus)\s+)", re.I)


# -- after recognition: regimens (populations: builders/patterns.py) -----------------------------------
def _nested_arms(a, b) -> bool:
    """Whether two combinations written joined are two arms, one holding every drug of the other and more ("CB+CBM":
    capecitabine + bevacizumab beside capecitabine + bevacizumab + mitomycin): no regimen gives a drug twice.

    >>> from kg.model import Entity
    >>> cb, cbm = Entity("a", "Regimen", "bevacizumab + capecitabine"), Entity("b", "Regimen", "bevacizumab + capecitabine + mitomycin C")
    >>> _nested_arms(cb, cbm), _nested_arms(cb, Entity("c", "Drug", "mitomycin C"))
    (True, False)
    """
    if a.category != "Regimen" or b.category != "Regimen" or " + " not in a.name or " + " not in b.name:
        return False
    pa, pb = set(a.name.split(" + ")), set(b.name.split(" + "))
    return pa <= pb or pb <= pa


def regimens(r, text, rec):
    """Combination regimens ("A + B", "A plus B", "A combined with B"), "X-based chemotherapy" and
    "X monotherapy"; lists of alternatives ("A or B") stay apart."""
    therapies = [m for m in rec.mentions if m.entity.category in ("Drug", "DrugClass", "Regimen")]
    every_therapy = therapies  # (the bracketed alternatives of a backbone's kind are read from all of them)
    # drop definitions in parentheses right after a therapy: "IFL (irinotecan, fluorouracil, and leucovorin)"
    kept = []
    for m in therapies:
        if kept and _class_inside_class(kept[-1], m):
            continue  # (s59) "BRAF-targeted therapy": the "targeted therapy" its name holds is no therapy of its own
        if kept:
            opening = text.rfind("(", kept[-1].end, m.start)
            if opening != -1 and (not text[kept[-1].end:opening].strip() or
                                  _named_component(r, text[kept[-1].end:opening], kept[-1].entity, m.entity)) \
                    and ")" not in text[opening:m.start] and not _open_therapy(r, kept[-1].entity):
                outer = kept[-1].entity
                if outer.category == "DrugClass" and m.entity.category == "Drug" and _COMBINATION_OF_CLASS.search(
                        text, max(0, kept[-1].start - 40), kept[-1].start):
                    # (s47 classes) "a combination of all cytotoxic agents (A, B and C)": the bracket's drugs are
                    # what is combined, the class only names them
                    kept[-1] = m
                    continue
                if m.entity.category == "Drug" and outer.category == "Drug" and m.entity.id != outer.id \
                        and m.entity.name.lower().startswith(outer.name.lower() + " "):
                    # "trastuzumab (T-DM1)": the parenthesis names the drug precisely
                    close = text.find(")", m.end)
                    end = close + 1 if close != -1 else m.end
                    kept[-1] = type(m)(kept[-1].start, end, text[kept[-1].start:end], m.entity, m.source)
                elif _bracketed_member(r.vocab, text, outer, m):
                    # "an IGF-1R inhibitor (ganitumab) plus panitumumab": the bracket names the class's drug, the
                    # partner of what follows
                    end = text.find(")", m.end) + 1
                    kept[-1] = type(m)(kept[-1].start, end, text[kept[-1].start:end], m.entity, m.source)
                elif m.entity.category == "Regimen":
                    # "panitumumab plus fluorouracil, leucovorin, and oxaliplatin (FOLFOX4)": see spelled_out
                    kept.append(m)
                    kept = spelled_out(text, kept, r.vocab)
                    if kept[-1] is m:
                        kept.pop()
                continue
        kept.append(m)
    # "the MEK inhibitor binimetinib", "HER2 blockade with trastuzumab": the class names the drug that
    # follows; the two read as one mention
    therapies = []
    plural_led: set[int] = set()  # starts of drugs named after a plural class ("the BRAF inhibitors A and B")
    for k, m in enumerate(kept):
        while therapies and therapies[-1].entity.category == "DrugClass" and (
                m.entity.category == "Drug" and (
                    _CLASS_THEN_MEMBER.fullmatch(text[therapies[-1].end:m.start]) and
                    _may_name_member(r.vocab, text[therapies[-1].end:m.start], m.entity, therapies[-1].entity) or
                    _apposed_member(r.vocab, text[therapies[-1].end:m.start], m.entity, therapies[-1].entity) or
                    _apposition_closed(r.vocab, text, therapies[-1], m)) or
                _narrower_class_with(r.vocab, text, therapies[-1], m)):
            # "immune checkpoint blockade with the anti-PD-1 antibody nivolumab": both classes name it
            prev = therapies.pop()
            if prev.text.endswith("s"):
                plural_led.add(prev.start)
            m = type(m)(prev.start, m.end, text[prev.start:m.end], m.entity, m.source)
        therapies.append(m)
    therapies = _fold_class_appositions(r.vocab, text, therapies)
    therapies = _fold_described_partner(text, therapies)
    therapies = _fold_words_onto_therapy(r.vocab, text, therapies)
    # "control treatment with cetuximab and irinotecan": an open therapy's words that name the arm whose drugs
    # follow are no part of a combination with them
    therapies = [m for k, m in enumerate(therapies) if not (
        _open_therapy(r, m.entity) and k + 1 < len(therapies) and
        _LABEL_WITH.fullmatch(text, m.end, therapies[k + 1].start))]
    i = 0
    while i < len(therapies):
        if i and i + 1 < len(therapies) and \
                _OPTIONAL_BEFORE.search(text, max(0, therapies[i].start - 24), therapies[i].start) and \
                _ADDED_ON.fullmatch(join_gap(text, therapies[i], therapies[i + 1])):
            # "mFOLFOX6 ± bevacizumab with SIRT": the optional part of the therapy before it has nothing added to it
            # alone (the arms are "mFOLFOX6 ± bevacizumab + SIRT" and "mFOLFOX6 ± bevacizumab", never B + C); an
            # optional part of two pieces stays one ("A ± fluorouracil/folinate", "A with or without B and C")
            i += 1
            continue
        group = [therapies[i]]
        strong = False
        j = i + 1
        while j < len(therapies):
            gap = join_gap(text, group[-1], therapies[j])
            # (also past the bracket of a short form: "fluoropyrimidine (FP)-oxaliplatin")
            hyphenated = (gap == "-" or _SHORT_FORM_HYPHEN.fullmatch(gap) is not None or
                          gap == ")-" and text[group[-1].start - 1:group[-1].start] == "(") and \
                _hyphen_partners(r.vocab, group[-1].entity, therapies[j].entity)
            added = _plus_after_list(text, group, gap)
            if not hyphenated and not added and (not _COMBO_JOIN.match(gap) or _OPTIONAL.search(gap)):
                break
            if _COUNT_BRACKET.match(gap):
                break  # "A plus B (n = 26) and C (n = 28)": a group's patient count closes that group's regimen
            if _nested_arms(group[-1].entity, therapies[j].entity):
                break  # (s58) "C vs CB+CBM": two arms pooled, one holding the other, never one combination of both
            if _ARM_LABEL_BRACKET.match(gap):
                break  # (s44 oarm) "A (arm A), B and A (arm B)": an arm's label closes that arm's regimen
            # (in any case: a title's "Comparing A With B" parts its two arms as the prose's "comparing a with b")
            if re.fullmatch(r"\s*(?:\([^()]*\)\s*)?(?:with|and|to|by)(?:\s+(?:the|an?))?\s*" + _ROUTE, gap, re.I) and re.search(
                    r"\b(?:compar\w*|versus|vs\.?|between|replac\w*|substitut\w*|switch\w*)\s+(?:[\w\-]+\s+|\([^()]*\)\s+){0,5}$",
                    text[max(0, group[0].start - 60):group[0].start], re.I):
                break  # "compared X with Y", "between X and Y": two arms, not one combination; "replacing X (LV) with
                # oral Y": one given instead of the other
            if _WITH_EITHER.fullmatch(gap) and generic_spelled_out(r, group[-1].entity, therapies[j].entity):
                break  # "standard chemotherapy with either FOLFOX or CAPOX": the standard spelled out, no partner of it
            if gap.strip() == "/" and (not _slash_partners(r.vocab, group[-1].entity, therapies[j].entity) or
                                       _one_target_alternatives(r.vocab, text, group, therapies[j])):
                break
            if therapies[j].entity.category == group[-1].entity.category == "DrugClass" and \
                    _drug_in_bracket(rec, group[-1].end, gap):
                # "a RAF kinase inhibitor (encorafenib) plus a monoclonal antibody targeting EGFR (cetuximab)": the
                # classes only name the drugs in brackets, whose own combination is the regimen
                break
            if (therapies[j].entity.category == "DrugClass" or group[-1].entity.category == "DrugClass") and \
                    re.fullmatch(r"\s*(?:\([^()]*\)\s*)?,\s*(?:an?|the|another)\s*", gap):
                # "tivantinib, a MET inhibitor", "cytotoxic chemotherapy, the FOLFOX or FOLFIRI regimen": an
                # apposition naming the class or what it stands for, not a partner
                break
            if hyphenated or added or _STRONG_JOIN.match(gap) or gap.strip() in ("with", "/"):
                strong = True
            group.append(therapies[j])
            j += 1
            if added:
                break  # "A, B, and C, plus D": the list and what is added to it, one regimen
        if len(group) > 1 and not strong and _AND_OR_AFTER.match(text, group[-1].end):
            # "combined BRAF, EGFR, and/or MEK inhibition": any two or all of a list, no one combination
            i = j
            continue
        if len(group) > 1 and not strong and _colon_led(text, therapies, i):
            # "two ErbB inhibitors: panitumumab and afatinib": the members a class is spelled out as, not one combination
            i = j
            continue
        if len(group) > 1:
            parts = _split_listed_combinations(text, group, added, r.vocab)  # added: to the list before the last
            # "ICIs, including the PD-1 inhibitors nivolumab and pembrolizumab and the anti-CTLA-4 antibody
            # ipilimumab": after a list word, members of a plural class and the next class's drug are all items
            if len(parts) > 1 and group[0].start in plural_led and _LIST_CUE.search(
                    re.sub(r"(?:\s+(?:the|an?))?\s*$", "", text[max(0, group[0].start - 40):group[0].start])):
                parts = []
            for part in parts:
                _combination(r, text, rec, part, strong, part[0].start in plural_led)
        i = j if len(group) > 1 else i + 1
    _alternative_partners(r, text, rec, therapies)
    either_alternatives(r, text, rec, therapies, _mention)
    listed_add_ons(r, text, rec, therapies, _mention)
    _compared_partners(r, text, rec, therapies)
    _based(r, text, rec)
    prose_regimens(r, text, rec, therapies, _slash_partners, _mention)
    subject_partners(r, text, rec, therapies, _mention)
    partner_lists(r, text, rec, therapies, _mention)
    shared_partner(r, text, rec, therapies, _mention)
    bracketed_backbones(r, text, rec, every_therapy, _mention)
    member_partners(r, text, rec, every_therapy, _mention)
    monotherapies(text, rec, every_therapy)
    renewed_uses(text, rec, every_therapy)
    maintained_uses(text, rec, every_therapy)


# a count of treatment lines right before the therapies given in them ("multiple lines of", "two prior lines of")
_LINES_OF_BEFORE = lazy_compile(r"\b(?:multiple|several|various|many|numerous|different|successive|two|three|four|five|"
                                r"\d+)\s+(?:(?:prior|previous|earlier|later|subsequent)\s+)?lines\s+of\s+"
                                r"(?:(?:treatment|therapy)\s+with\s+)?$", re.I)
# the comma closing an apposition folded into a drug's mention, before a join ("A, a MEK inhibitor, plus B")
_APPOSITION_CLOSE = lazy_compile(r"\s*,\s*(?:\+|plus|combined with|in combination with|together with|along with)\s")
_LIST_ITEM_BEFORE = lazy_compile(r"(?:,|\band|\bor)\s*\Z")
_AND_OR_AFTER = lazy_compile(r"\s*,?\s*and/or\s")
# a group's patient count in brackets, then the next group: "(n = 26) and", "(125 patients), " (not "(n = 42) plus")
# (s44 oarm) a design's label for the arm just named, alone or after its dose: "(arm A)", "(160 mg/day; Arm 2)"
# the words of an optional partner ("A ± B", "A +/- B", "A plus or minus B", "A with or without B"): between two therapies
# they join no combination; right before a therapy they make it an optional part of the therapy before
_OPTIONAL = lazy_compile(OPTIONAL_PARTNER, re.I)
_OPTIONAL_BEFORE = lazy_compile(rf"{OPTIONAL_PARTNER}\s*\(?\s*$", re.I)
# ... and what adds another therapy to that optional part alone ("± B with C", "± B plus C")
_ADDED_ON = lazy_compile(r"\s*(?:with|plus|\+|in\s+combination\s+with|combined\s+with)\s*", re.I)
_ARM_LABEL_BRACKET = lazy_compile(r"\s*\((?:[^()]*[;,]\s*)?(?:arm|group|cohort)\s+[A-H1-9]\s*\)", re.I)
_COUNT_BRACKET = lazy_compile(r"\s*\(\s*(?:n\s*=\s*\d[\d,]*|\d[\d,]*\s+(?:patients|pts|participants|subjects))\s*\)"
                              r"\s*(?:,\s*)?(?:and\s|,)", re.I)
_CLASS_APPOSITION = lazy_compile(r"\s*,\s*(?:an?|the)\s+")
# s41 en2: a relative clause or a longer apposition naming what the drug is ("encorafenib, which is a BRAF
# inhibitor, ...", "tucatinib, an oral HER2 inhibitor, ..."): a few describing words, no conjunction or preposition
_CLASS_RELATIVE = lazy_compile(r"\s*,\s*(?:(?:which|that)\s+(?:is|was)\s+)?(?:an?|the)\s+"
                               r"(?:(?!(?:and|or|with|of|to|in|for|plus|than|as)\s)[a-z][\w\-]*\s+){0,2}", re.I)


def _fold_class_appositions(vocab, text: str, therapies: list) -> list:
    """"durvalumab, a PD-L1 inhibitor, and tremelimumab": a class set off by commas right after a drug that
    belongs to it says what the drug is; it becomes part of the drug's mention (the drug, not its class, is the
    partner of what follows). So does a relative clause saying the same ("encorafenib, which is a BRAF inhibitor,
    was combined with cetuximab"), also of a drug the vocabulary gives no class or one of the class's targets."""
    out: list = []
    for k, m in enumerate(therapies):
        prev = out[-1] if out else None
        if prev is not None and prev.entity.category == "Drug" and m.entity.category == "DrugClass" and \
                re.match(r"\s*,", text[m.end:]) and (
                    _CLASS_APPOSITION.fullmatch(text, prev.end, m.start) and _is_member(vocab, prev.entity, m.entity) or
                    # (only where a partner follows: the class then stays a mention of its own)
                    k + 1 < len(therapies) and _CLASS_RELATIVE.fullmatch(text, prev.end, m.start) and
                    _may_be_of_class(vocab, prev.entity, m.entity)):
            out[-1] = type(prev)(prev.start, m.end, text[prev.start:m.end], prev.entity, prev.source)
            continue
        out.append(m)
    return out


# s55 failed: what combines the drugs named next ("combining A, ...", "the combination of A, ...", "A combined with")
_COMBINING_BEFORE = lazy_compile(r"\b(?:combin(?:e|es|ed|ing)|combinations?\s+of|co-?administ\w+\s+of|"
                                 r"concurrent\s+(?:use|administration)\s+of)\s+(?:the\s+|both\s+)?$", re.I)
# a description set off by commas right after a drug: "a/an/the" and a few words, no verb, no conjunction, no
# further comma ("tivantinib, an inhibitor of the MET receptor tyrosine kinase, and cetuximab")
_DESCRIBED = lazy_compile(r"\s*,\s*(?:an?|the)\s+(?:(?!(?:and|or|is|was|were|are|has|have|had|which|that|plus|but|"
                          r"versus|vs)\b)[\w\-/α-ωΑ-Ω]+\s+){0,9}?(?!(?:and|or)\b)[\w\-/α-ωΑ-Ω]+\s*,\s*and\s+(?:the\s+|an?\s+)?", re.I)


def _fold_described_partner(text: str, therapies: list) -> list:
    """"combining A, an inhibitor of the MET receptor tyrosine kinase, and B", "a combination of A, a selective MET
    kinase inhibitor, and B": a drug described by an apposition of its own (no verb, no second drug) right after the
    words that combine it, with one partner after the apposition's closing comma and "and". The description becomes
    part of the drug's mention (the therapies it names, such as the drug's class, are no partners), so the two read
    as one regimen as in "combining A and B". Only after combining words: "resistance to A, a MET inhibitor, and
    B" or a list of drugs each described ("A, a X inhibitor, and B, a Y antibody, were each tested") stay apart.

    >>> from collections import namedtuple
    >>> M = namedtuple("M", "start end text entity source")
    >>> from types import SimpleNamespace as E
    >>> t = "Combining tivantinib, an inhibitor of the MET kinase, and cetuximab may work."
    >>> ms = [M(t.index(w), t.index(w) + len(w), w, E(category=c), None)
    ...       for w, c in [("tivantinib", "Drug"), ("cetuximab", "Drug")]]
    >>> [m.text for m in _fold_described_partner(t, ms)]
    ['tivantinib, an inhibitor of the MET kinase,', 'cetuximab']
    >>> t2 = "Resistance to tivantinib, an inhibitor of the MET kinase, and cetuximab was seen."
    >>> ms2 = [M(t2.index(w), t2.index(w) + len(w), w, E(category=c), None)
    ...        for w, c in [("tivantinib", "Drug"), ("cetuximab", "Drug")]]
    >>> [m.text for m in _fold_described_partner(t2, ms2)]
    ['tivantinib', 'cetuximab']
    """
    out: list = []
    k = 0
    while k < len(therapies):
        m = therapies[k]
        prev = out[-1] if out else None
        if prev is not None and prev.entity.category == "Drug" and "," in prev.text and prev.start <= m.start \
                and m.end <= prev.end and m.entity.category == "DrugClass" \
                and _COMBINING_BEFORE.search(text, max(0, prev.start - 40), prev.start):
            k += 1  # a shorter class inside the apposition already folded ("a selective MET kinase inhibitor")
            continue
        described = _DESCRIBED.match(text, m.end) if m.entity.category == "Drug" else None
        if described is None or not _COMBINING_BEFORE.search(text, max(0, m.start - 40), m.start):
            out.append(m)
            k += 1
            continue
        inside = [t for t in therapies[k + 1:] if t.start < described.end()]
        after = therapies[k + 1 + len(inside)] if k + 1 + len(inside) < len(therapies) else None
        if after is None or after.start != described.end() or after.entity.category not in ("Drug", "Regimen") \
                or any(t.entity.category != "DrugClass" for t in inside) \
                or _DESCRIBED.match(text, after.end):
            out.append(m)
            k += 1
            continue
        end = text.rfind(",", m.end, described.end()) + 1
        out.append(type(m)(m.start, end, text[m.start:end], m.entity, m.source))
        k += 1 + len(inside)
    return out


def _may_be_of_class(vocab, drug: Entity, cls: Entity) -> bool:
    """Whether the vocabulary lets ``drug`` be of ``cls``: it puts it there, knows no class of it, the class names no
    target (a kind of agent: "a multikinase inhibitor", "a small-molecule inhibitor"), or gives the drug one of the
    class's targets."""
    if _is_member(vocab, drug, cls) or not vocab.drug_classes.get(drug.id) or not vocab.drug_targets.get(cls.id):
        return True
    return bool(set(vocab.drug_targets.get(drug.id, ())) & set(vocab.drug_targets.get(cls.id, ())))


STANDARD_OF_CARE = "crc:regimen_standard_of_care"  # the id of the regimen "standard of care"
WRITTEN_ONTO = lazy_compile(r"[\s\-–]{1,3}")  # "standard-of-care anti-EGFR therapy": words written onto a therapy


def _fold_words_onto_therapy(vocab, text: str, therapies: list) -> list:
    """Words written right onto a therapy that say what it is, no part given beside it, become part of its mention:
    "standard of care" before it ("panitumumab plus the standard-of-care trifluridine-tipiracil") and the head noun
    "chemotherapy" after a named regimen of chemotherapy drugs ("FOLFIRI chemotherapy plus panitumumab")."""
    out: list = []
    for m in therapies:
        prev = out[-1] if out else None
        if prev is not None and WRITTEN_ONTO.fullmatch(text, prev.end, m.start):
            if prev.entity.id == STANDARD_OF_CARE and m.entity.id != STANDARD_OF_CARE:
                out[-1] = type(m)(prev.start, m.end, text[prev.start:m.end], m.entity, m.source)
                continue
            if _is_chemotherapy_word(m) and vocab.regimen_components.get(prev.entity.id) and \
                    _chemotherapy_drugs(vocab, prev.entity):
                out[-1] = type(prev)(prev.start, m.end, text[prev.start:m.end], prev.entity, prev.source)
                continue
        out.append(m)
    return out


def _is_chemotherapy_word(m) -> bool:
    """Whether a mention is the bare word "chemotherapy" (the class, no kind of it)."""
    return m.entity.category == "DrugClass" and m.text.lower() == "chemotherapy"


def _bracketed_member(vocab, text: str, cls: Entity, drug) -> bool:
    """"an IGF-1R inhibitor (ganitumab)", "cytotoxic drugs (i.e., irinotecan)": one drug alone in a bracket right after a
    class is the drug the class stands for there, when the vocabulary puts it in that class or knows no class of it."""
    return cls.category == "DrugClass" and drug.entity.category == "Drug" and \
        bool(re.match(r"\s*\)", text[drug.end:])) and \
        bool(re.fullmatch(r"\s*\(\s*(?:i\.\s?e\.,?\s*)?", text[text.rfind("(", 0, drug.start):drug.start])) and \
        (_is_member(vocab, drug.entity, cls) or not vocab.drug_classes.get(drug.entity.id))


# the gap of a class given "with" a narrower class of its own ("immunotherapy with PD-1 blockade")
_WITH_NARROWER = lazy_compile(r"\s*(?:with|using)\s+(?:the\s+|an?\s+)?")


def _class_inside_class(outer, inner) -> bool:
    """A drug class written inside a longer class's name ("targeted therapy" in "BRAF-targeted therapy") names no
    therapy of its own: the longer name says what is given, and a partner after it ("BRAF-targeted therapy with an EGFR
    inhibitor") joins the longer one, never the shorter class as a broader name of the partner.

    >>> from types import SimpleNamespace as M
    >>> braf, broad = M(start=0, end=21, entity=M(category="DrugClass")), M(start=5, end=21, entity=M(category="DrugClass"))
    >>> _class_inside_class(braf, broad), _class_inside_class(broad, braf)
    (True, False)
    """
    return outer.entity.category == inner.entity.category == "DrugClass" and outer.start <= inner.start and \
        inner.end <= outer.end and (outer.start, outer.end) != (inner.start, inner.end)


def _narrower_class_with(vocab, text: str, cls, narrower) -> bool:
    """"immunotherapy with PD-1 blockade", "targeted therapy using EGFR inhibitors": a class given "with" a narrower
    class of its own is that narrower class named twice, not a combination of the two."""
    return narrower.entity.category == "DrugClass" and narrower.entity.id != cls.entity.id and \
        _WITH_NARROWER.fullmatch(text[cls.end:narrower.start]) is not None and \
        (_is_member(vocab, narrower.entity, cls.entity) or _targeted_member(vocab, narrower.entity, cls.entity))


def _targeted_member(vocab, narrower: Entity, cls: Entity) -> bool:
    """A class acting on a named target is one of the therapies a group of targeted therapies names
    (lexicon ``targeted_groups``): "targeted therapy with EGFR antibodies"."""
    return cls.name in (vocab.lexicon.get("targeted_groups") or ()) and bool(vocab.drug_targets.get(narrower.id))


def _apposed_member(vocab, gap: str, drug: Entity, cls: Entity) -> bool:
    """"the BRAFi, vemurafenib": a drug set off by a comma after a class it belongs to is that class named
    precisely (an apposition), not its partner in a combination."""
    return bool(re.fullmatch(r"\s*,\s*(?:the\s+)?", gap)) and _is_member(vocab, drug, cls)


# a class named with an article before it ("the mTOR inhibitor, ", "a widely used anti-EGFR monoclonal antibody, ")
_ARTICLE_BEFORE_CLASS = lazy_compile(r"\b(?:the|an?)\s+(?:[\w\-]+\s+){0,3}$", re.I)
# the comma (or bracket, or clause end) closing an apposition right after the drug
_APPOSITION_CLOSED_AFTER = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,|\)|;|$)")


def _apposition_closed(vocab, text: str, cls, drug) -> bool:
    """"the mTOR inhibitor, PP242, alone or in combination with cetuximab", "a widely used anti-EGFR monoclonal antibody,
    cetuximab, and PP242": a drug set off by commas after a singular class with its article names that class precisely,
    also where the vocabulary gives the drug no class of its own, when the vocabulary lets the drug be of the class
    (``_may_be_of_class``); it is no partner of the class in a combination. A plural class opens a list ("mTOR
    inhibitors, everolimus, and ..."), and a class with no article may be a list's item ("chemotherapy, A and B")."""
    return drug.entity.category == "Drug" and cls.entity.category == "DrugClass" and \
        bool(re.fullmatch(r"\s*,\s*", text[cls.end:drug.start])) and not cls.text.endswith("s") and \
        _ARTICLE_BEFORE_CLASS.search(text, max(0, cls.start - 60), cls.start) is not None and \
        _APPOSITION_CLOSED_AFTER.match(text, drug.end) is not None and _may_be_of_class(vocab, drug.entity, cls.entity)


_WITH_OR_USING = lazy_compile(r"\b(?:with|using)\b")


def _may_name_member(vocab, gap: str, drug: Entity, cls: Entity) -> bool:
    """s42 en: whether a drug given "with" or "using" after a class can be the class named precisely ("HER2 blockade
    with trastuzumab", "chemotherapy with irinotecan"): not a drug of known classes other than chemotherapy given with
    chemotherapy, which is its partner ("chemotherapy with bevacizumab" is bevacizumab + chemotherapy)."""
    if cls.id not in vocab.entities and vocab.drug_classes.get(drug.id) and not vocab.in_class(drug.id, cls.id):
        # (h58) "DNMT and HDAC inhibitors with pembrolizumab": a drug of known classes after a class the vocabulary
        # lists no drug of is that class's partner, never the class named precisely (a class the vocabulary knows keeps
        # naming its members pairwise: "BRAF and EGFR inhibition with dabrafenib + panitumumab")
        return False
    if not _WITH_OR_USING.search(gap) or not _is_backbone(vocab, cls) or _is_backbone(vocab, drug):
        return True
    return not vocab.drug_classes.get(drug.id)


def _is_member(vocab, drug: Entity, cls: Entity) -> bool:
    """Whether the vocabulary puts ``drug`` in ``cls`` (directly or through a wider class)."""
    return vocab.in_class(drug.id, cls.id)


def _colon_led(text: str, therapies: list, i: int) -> bool:
    """The therapy at ``i`` opens what a class before a colon is spelled out as ("two EGFR inhibitors: ...")."""
    return i > 0 and therapies[i - 1].entity.category == "DrugClass" and \
        bool(re.fullmatch(r"\s*:\s*", text[therapies[i - 1].end:therapies[i].start]))


_OR_GAP = lazy_compile(r"\s+(?:[*_]{1,2}or[*_]{1,2}|or)\s+(?:(?:with|plus)\s+)?", re.I)
_ALONE_AFTER = lazy_compile(r"[-\s]*(?:alone|monotherapy|single[-\s]agent|only|based|containing|\+|plus|combined|"
                            r"in combination|with)\b", re.I)


_COMPARED_GAP = lazy_compile(r"(?:['’]s\s+(?:[a-z]+\s+){0,2}?(?:advantage|superiority|benefit|inferiority)\s+over|\s+(?:versus|vs\.?|"
                             r"over|compared\s+(?:with|to)|rather\s+than))\s+", re.I)
_SHARED_PARTNER = lazy_compile(r",?\s+(?:(?:when|if|each|both|all)\s+)?(?:combined\s+with|in\s+combination\s+with|"
                               r"given\s+with|added\s+to)\s+(?:the\s+)?", re.I)


def _compared_partners(r, text, rec, therapies) -> None:
    """"pyrotinib's advantage over lapatinib when combined with capecitabine", "A versus B, each combined with
    C": two therapies weighed against each other with one shared partner are two combinations, one each
    (read at each therapy's mention)."""
    taken = {m.start for m, _ in rec.regimens}
    for a, b, c in zip(therapies, therapies[1:], therapies[2:]):
        if not (_COMPARED_GAP.fullmatch(text, a.end, b.start) and _SHARED_PARTNER.fullmatch(text, b.end, c.start)):
            continue
        if len({a.entity.id, b.entity.id, c.entity.id}) < 3 or a.entity.category != b.entity.category or \
                a.start in taken or b.start in taken:
            continue
        for m in (a, b):
            entity, comps = r.combination([m, c])
            rec.regimens.append((_mention(m.start, m.end, text, entity), comps))


# "A plus either B (arm A), as reference arm, or C": "either ... or" pairs the alternatives across an arm's label
# and a short apposition
_EITHER_OR_GAP = lazy_compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:[\w\-]+\s+){0,4}[\w\-]+\s*)?,?\s+or\s+(?:the\s+)?", re.I)


def _alternative_partners(r, text, rec, therapies) -> None:
    """"mFOLFOX6 plus cetuximab or bevacizumab", "FOLFOX or FOLFIRI plus bevacizumab", "bevacizumab plus either
    FOLFOX4 (arm A) or CAPOX (arm B)": an alternative given for one part of a combination of two is combined with
    the other part too (a second regimen, read at the alternative's mention); so is one given for the last part of a
    longer chain, with all the parts before it ("capecitabine plus oxaliplatin plus bevacizumab or cetuximab":
    capecitabine + oxaliplatin + cetuximab). The alternative must be of the
    replaced part's kind (drug for a drug, regimen for a regimen) and stand alone ("or cetuximab alone" is no
    combination)."""
    made = {(m.start, m.end) for m, _ in rec.regimens}
    # (s59) the earliest start of a combination read up to each end: "capecitabine plus oxaliplatin plus bevacizumab"
    chained: dict[int, int] = {}
    for m, _ in rec.regimens:
        chained[m.end] = min(chained.get(m.end, m.start), m.start)
    for a, b, c in zip(therapies, therapies[1:], therapies[2:]):
        first, second = text[a.end:b.start], text[b.end:c.start]
        paired = re.search(r"\beither\s*$", first, re.I) and _EITHER_OR_GAP.fullmatch(second)
        # (s59) "A plus B plus C or D": the whole backbone read before the replaced part goes with D (A + B + D)
        lead = chained.get(b.end, a.start) if (a.start, b.end) not in made else a.start
        backbone = [t for t in therapies if lead <= t.start and t.end <= a.end] if lead < a.start else [a]
        if ((a.start, b.end) in made or lead < a.start) and _STRONG_JOIN.match(first) and \
                (_OR_GAP.fullmatch(second) or paired) and \
                c.entity.category == b.entity.category and not _ALONE_AFTER.match(text, c.end) \
                and c.entity.id not in {t.entity.id for t in backbone} | {b.entity.id} and \
                _same_role(r.vocab, b.entity, c.entity):
            pair, at = [*backbone, c], c  # "A plus B or C": A + C, read at C
        elif (b.start, c.end) in made and _OR_GAP.fullmatch(first) and _STRONG_JOIN.match(second) and \
                a.entity.category == b.entity.category and a.entity.id not in (b.entity.id, c.entity.id) and \
                not re.search(r"(?:\+|plus|with|,)\s*$", text[max(0, a.start - 12):a.start], re.I):
            pair, at = [a, c], a  # "A or B plus C": A + C, read at A
        else:
            continue
        if any(m.start == at.start for m, _ in rec.regimens):
            continue
        entity, comps = r.combination(pair)
        rec.regimens.append((_mention(at.start, at.end, text, entity), comps))


def _same_role(vocab, b, c) -> bool:
    """Whether drug ``c`` may stand in for drug ``b`` beside a shared partner ("FOLFIRI plus cetuximab or bevacizumab":
    two antibodies; "capecitabine plus oxaliplatin or irinotecan": two cytotoxics): they share a drug class, or
    neither has a class the vocabulary knows. A drug of a class and one of none, or two of unrelated classes, are
    two arms ("vorinostat plus hydroxychloroquine or regorafenib": the pair against regorafenib). Regimens (two
    backbones) always may."""
    if b.category != "Drug":
        return True
    kinds_b, kinds_c = vocab.class_ancestors(b.id), vocab.class_ancestors(c.id)
    return bool(kinds_b & kinds_c) or not (kinds_b or kinds_c)


_REGIMEN_NOUN = lazy_compile(r"\s*(?:regimen|combination|triplet|doublet|schedule|protocol)s?\s*", re.I)


def _named_component(r, gap: str, regimen, drug) -> bool:
    """"the FOLFOXIRI regimen (irinotecan, oxaliplatin, fluorouracil and folinic acid)": a bracket after the
    regimen and a word for it spells the regimen out when the drug in it is one of the regimen's components."""
    return _REGIMEN_NOUN.fullmatch(gap) is not None and drug.category == "Drug" and \
        drug.id in getattr(r.vocab, "regimen_components", {}).get(regimen.id, ())


def _open_therapy(r, entity) -> bool:
    """A therapy named by what it is for, not by its drugs ("standard of care", "control treatment"): a
    bracket after it says which therapy that was ("standard of care (mFOLFOX6 plus cetuximab)"), no
    definition to drop."""
    return entity.category == "Regimen" and entity.id in _OPEN_REGIMENS and \
        not getattr(r.vocab, "regimen_components", {}).get(entity.id)


_OPEN_REGIMENS = frozenset({"crc:regimen_standard_of_care"})
_LABEL_WITH = lazy_compile(r"\s*(?:group|arm)?\s*with\s+(?:the\s+)?", re.I)


# what stands between two drugs of a spelled-out list: a comma, "and" or a slash ("5-FU/leucovorin"), after a bracket
# that names the drug before it again ("oxaliplatin (Eloxatin), and irinotecan (FOLFOXIRI)": a brand name), and the
# way the next drug is given ("irinotecan, bolus fluorouracil, and leucovorin (IFL)")
_SPELLED_GAP = lazy_compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:and\s+)?|and\s+|/\s*|(?P<join>plus|with|combined with|in combination with)\s+)"
                            r"(?:(?:bolus|infusional|intravenous|oral|continuous[- ]infusion)\s+)?", re.I)


def spelled_out(text: str, mentions: list, vocab) -> list:
    """"fluorouracil, leucovorin, and oxaliplatin (FOLFOX4)": drugs listed right before a regimen in brackets
    that has them all as components spell out that regimen; the list reads as one mention of it, so
    "panitumumab plus <list> (FOLFOX4)" is panitumumab + FOLFOX4, not panitumumab + the first listed drug.
    ``mentions`` are in text order; the result has each such list and its bracket as one mention."""
    out: list = []
    for m in mentions:
        if out and m.entity.category == "Regimen" and re.fullmatch(r"\s*\(\s*", text[out[-1].end:m.start]) and \
                re.match(r"\s*\)", text[m.end:m.end + 3]):
            parts = set(getattr(vocab, "regimen_components", {}).get(m.entity.id, ()))
            k = len(out)
            joined = False  # a combining word inside the list ("A and B with C (REG)")
            while k > 0 and out[k - 1].entity.id in parts:
                gap = _SPELLED_GAP.fullmatch(text, out[k - 1].end, out[k].start) if k < len(out) else None
                if k < len(out) and gap is None:
                    break
                joined = joined or bool(gap and gap.group("join"))
                k -= 1
            # a pair joined by "plus"/"with" already reads as the regimen's two drugs ("A plus B (REG)"); a longer list
            # with a combining word inside would lose a part ("leucovorin (LV) and fluorouracil (FU) with oxaliplatin")
            if len(out) - k >= (3 if joined else 2):
                end = text.find(")", m.end) + 1
                first = out[k]
                del out[k:]
                out.append(type(m)(first.start, end, text[first.start:end], m.entity, m.source))
                continue
        out.append(m)
    return out


def _paired_before_partner(group: list, gaps: list[str], strong: list[bool], vocab) -> bool:
    """"A and B plus C" (three therapies, a bare "and" then a combining word) where A and B are drugs acting on
    different targets: the pair is given together with C ("durvalumab and tremelimumab plus best supportive care").
    Two drugs on the same target are alternatives ("cetuximab and panitumumab plus chemotherapy"), and a drug
    whose targets are unknown says nothing either way."""
    if len(group) != 3 or gaps[0].strip() != "and" or not strong[1]:
        return False
    a, b = group[0].entity, group[1].entity
    if _backbone_pieces(vocab, a, b):
        return True  # "FU/FA and oxaliplatin plus Pmab": the two pieces of one backbone, given with Pmab
    if a.category != "Drug" or b.category != "Drug":
        return False
    return share_a_target(vocab, a, b) is False


# a dose and schedule written right after a therapy, before the word that joins the next one: "panitumumab 6.0 mg/kg
# every 2 weeks + FOLFOX4", "sotorasib at 240 mg plus panitumumab", "GC1118 administered weekly at 3 mg/kg in
# combination with FOLFIRI"
_DOSE_WORDS = (r"(?:(?:administered|given)\s+)?(?:(?:weekly|daily|biweekly)\s+)?(?:at\s+(?:a\s+dose\s+of\s+)?)?"
               r"\d[\d.,]*\s*(?:(?:-|–|to)\s*\d[\d.,]*\s*)?(?:mg|g|µg|μg|mcg|IU)(?:\s*/\s*(?:m2|m²|m\^2|kg|day|d))*")
_SCHEDULE_WORDS = (r"(?:\s*,?\s*(?:orally|oral|intravenously|i\.v\.|IV|subcutaneously|bid|b\.i\.d\.|tid|once|twice|daily|weekly|"
                   r"biweekly|continuously|a\s+day|per\s+day|every\s+\d+\s+(?:weeks?|days?)|q\d+w)\b)*")
_DOSE_LEAD = lazy_compile(r"\s*" + _DOSE_WORDS + _SCHEDULE_WORDS + r"(?=\s*,?\s*(?:\+|plus\b|combined\s+with\b|in\s+combination\s+with\b|"
                          r"together\s+with\b|along\s+with\b))", re.I)


def join_gap(text: str, a, b) -> str:
    """The words between two therapy mentions that may join them, past a dose and schedule written after the first
    ("panitumumab 6 mg/kg every 2 weeks plus FOLFOX4": " plus ")."""
    lead = _DOSE_LEAD.match(text, a.end, b.start)
    gap = text[lead.end() if lead else a.end:b.start]
    if a.entity.category == "Drug" and "," in a.text and _APPOSITION_CLOSE.match(gap) and \
            not _LIST_ITEM_BEFORE.search(text, max(0, a.start - 8), a.start):
        # "sotorasib, a KRAS G12C inhibitor, plus B": the comma closes the folded apposition (not after a list's
        # last item, "A, ..., and B, an anti-CTLA-4 antibody, plus C": that comma ends the list)
        return gap.lstrip()[1:]
    return gap


# the gap between a class and the drug it names ("the MEK inhibitor binimetinib", "HER2 blockade with trastuzumab");
# matched on the slice between them, which is empty when the two overlap (a bracketed short form inside the class)
# (s61: also with "a"/"an", which stands before a drug only where a regimen is built on it: "first-line chemotherapy
# with an irinotecan- or oxaliplatin-based regimen" names the chemotherapy, never chemotherapy + irinotecan)
_CLASS_THEN_MEMBER = lazy_compile(r"\s*(?:(?:with|using)\s+)?(?:(?:the|an?)\s+)?")


# a bare hyphen after the short form a therapy is given in brackets: "fluoropyrimidine (FP)-oxaliplatin"
_SHORT_FORM_HYPHEN = lazy_compile(r"\s*\([A-Za-z][A-Za-z0-9]{0,9}\)-")
# the cytotoxic drug classes a doublet may be named by ("FP-oxaliplatin")
_CYTOTOXIC_CLASSES = frozenset(("crc:class_fluoropyrimidine", "crc:class_oral_fluoropyrimidine"))


def _hyphen_partners(vocab, a: Entity, b: Entity) -> bool:
    """Two therapies a bare hyphen joins into one regimen: two drugs ("5-FU-leucovorin"), or a named chemotherapy
    regimen and a drug written onto it ("FOLFIRI-bevacizumab", "FOLFOX-BEV")."""
    if a.category == b.category == "Drug":
        return True
    if {a.category, b.category} == {"DrugClass", "Drug"}:
        # s44 ent9: a cytotoxic class and a chemotherapy drug of another class, the doublet written by its backbone
        # ("FP-oxaliplatin", "fluoropyrimidine-irinotecan"); never a targeted class ("EGFR-cetuximab")
        cls, drug = (a, b) if a.category == "DrugClass" else (b, a)
        return cls.id in _CYTOTOXIC_CLASSES and _is_backbone(vocab, drug) and \
            cls.id not in vocab.drug_classes.get(drug.id, ())
    if {a.category, b.category} != {"Regimen", "Drug"}:
        return False
    regimen, drug = (a, b) if a.category == "Regimen" else (b, a)
    parts = vocab.regimen_components.get(regimen.id)
    # ("fluorouracil-leucovorin and irinotecan (FOLFIRI)": a drug of the regimen itself is no partner of it)
    return bool(parts) and drug.id not in parts


def _whole_combination_of_pair_and_partner(text: str, group: list, gaps: list[str], strong: list[bool], vocab) -> bool:
    """"the combination of A and B with C" (three therapies, a bare "and" then a combining word, the word of combining
    right before): all three are given together, whatever their targets; not two drugs on one target, which may be
    alternatives ("the combination of cetuximab and panitumumab with chemotherapy")."""
    if len(group) != 3 or gaps[0].strip() != "and" or not strong[1] or \
            not _WHOLE_COMBINATION_BEFORE.search(text, max(0, group[0].start - 40), group[0].start):
        return False
    a, b = group[0].entity, group[1].entity
    return not (a.category == b.category == "Drug" and share_a_target(vocab, a, b) is True)


def _chemotherapy_drugs(vocab, entity) -> frozenset[str]:
    """The chemotherapy drugs ``entity`` is: a chemotherapy drug itself, or a regimen made of chemotherapy drugs only
    (a named one, or a combination named by its drugs, "fluorouracil + leucovorin"); empty for anything else."""
    if entity.category == "Drug":
        return frozenset((entity.id,)) if _is_backbone(vocab, entity) else frozenset()
    if entity.category != "Regimen":
        return frozenset()
    parts = vocab.regimen_components.get(entity.id) or \
        vocab.named_parts(entity.name)
    drugs = [vocab.entities.get(p) if p else None for p in parts]
    if not drugs or any(d is None or d.category != "Drug" or not _is_backbone(vocab, d) for d in drugs):
        return frozenset()
    return frozenset(d.id for d in drugs)


def _backbone_pieces(vocab, a, b) -> bool:
    """Whether two therapies are disjoint pieces of one named chemotherapy backbone ("FU/FA and oxaliplatin": both
    in FOLFOX; "fluorouracil and folinic acid"): given together, not alternatives. Two backbones sharing a drug
    ("FOLFOX and FOLFIRI") are alternatives."""
    da, db = _chemotherapy_drugs(vocab, a), _chemotherapy_drugs(vocab, b)
    if not da or not db or da & db:
        return False
    both = da | db
    return any(both <= set(parts) for parts in vocab.regimen_components.values())


_AND_PARTNER_END = lazy_compile(r"[-\s]*(?:alone|monotherapy|single[-\s]agent|only|\+|plus|combined|in combination|with|"
                                r"or|versus|vs\b)", re.I)


def _partner_added_by_and(text: str, group: list, gaps: list[str], strong: list[bool], vocab) -> bool:
    """"A plus B and C" (three therapies, a combining word then a bare "and" that ends the group): C is a third
    part of the one regimen ("FOLFOXIRI plus bevacizumab and atezolizumab"), not a regimen of its own. Not when a
    comma sets C apart ("A plus B, and C" lists), C opens or closes another comparison or combination ("and C
    alone", "and C plus D"), or B and C act on one target (alternatives: "chemotherapy plus cetuximab and
    panitumumab")."""
    if len(group) != 3 or not strong[0] or _DOSE_ASIDE.sub("", gaps[1], count=1).strip().lower() != "and":
        return False
    b, c = group[1].entity, group[2].entity
    end = _AND_PARTNER_END.match(text, group[2].end)
    if end and not (_VERSUS.fullmatch(end.group().strip()) and _backbone_pair(vocab, b, c)):
        return False
    if len({group[0].entity.id, b.id, c.id}) < 3:
        return False
    return share_a_target(vocab, b, c) is not True


_VERSUS = lazy_compile(r"versus|vs", re.I)
# how the therapy before is dosed, in brackets ("CAPOX (oxaliplatin plus capecitabine: standard dose, Q3W) and C"): no
# break between it and the partner after (not a count or another arm: "(n = 26)", "(arm A)")
_DOSE_ASIDE = lazy_compile(r"^\s*\((?=[^()]*(?:\d\s*mg\b|\bmg/|\bdoses?\b|\bq\d+w\b|\bweekly\b|\bevery\b|\bdaily\b|\bdays?\s+\d))"
                           r"(?![^()]*(?:\bn\s*=|\bpatients\b|\barms?\b|\bgroups?\b|\bversus\b|\bvs\b))[^()]{1,100}\)", re.I)


def _backbone_pair(vocab, a, b) -> bool:
    """Whether two drugs are both parts of one named chemotherapy backbone ("fluorouracil and folinic acid", both
    in FOLFOX): "A plus B and C versus D" then gives B and C together with A, as that backbone is given."""
    return a.category == "Drug" and b.category == "Drug" and a.id != b.id and _one_backbone(vocab, (a, b))


def _one_backbone(vocab, drugs) -> bool:
    """Whether one named regimen has all of ``drugs`` among its components."""
    return any(all(e.id in parts for e in drugs) for parts in vocab.regimen_components.values())


_AND_LIST_GAP = lazy_compile(r"\s*(?:,|,\s*and|and)\s*", re.I)


# a word that adds a partner to what stands before it (not a slash, which may pair the last item alone: "A, B, and
# C/D (FOLFIRI/D)")
_PLUS_WORD = lazy_compile(r"\s*(?:\+|plus|combined\s+with|in\s+combination\s+with|together\s+with|along\s+with)\s*", re.I)


def _backbone_listed(group: list, gaps: list[str], strong: list[bool], vocab) -> bool:
    """"A plus B, C, and D": when B, C and D (three or more drugs listed with commas and "and") are all parts of one
    named chemotherapy backbone (irinotecan, fluorouracil and leucovorin: IFL), the list spells that backbone out
    and A is given with all of it, not a list of separate regimens; so is D in "A, B, and C plus D" ("fluorouracil,
    leucovorin, and irinotecan plus bevacizumab": FOLFIRI's drugs, all given with bevacizumab)."""
    if len(group) < 4:
        return False
    if strong[0] and all(_AND_LIST_GAP.fullmatch(g) for g in gaps[1:]):
        listed = [m.entity for m in group[1:]]
    elif _PLUS_WORD.fullmatch(gaps[-1]) and all(_AND_LIST_GAP.fullmatch(g) for g in gaps[:-1]):
        listed = [m.entity for m in group[:-1]]
    else:
        return False
    if any(e.category != "Drug" for e in listed) or len({e.id for e in listed}) < len(listed):
        return False
    return _one_backbone(vocab, listed)


_COMBINED_WITH = lazy_compile(r"\s*(?:\([^()]*\)\s*)?(?:combined|in\s+combination|together|along)\s+with\s*(?:the\s+)?", re.I)
_LIST_CLOSED = lazy_compile(r"\s*,?\s*and\s*(?:the\s+)?", re.I)
_LIST_COMMA = lazy_compile(r"\s*,\s*(?:the\s+)?", re.I)


def _partners_listed_after(text: str, group: list, gaps: list[str], vocab) -> bool:
    """"A in combination with B, C and D": a closed list (commas, then "and") of drugs or regimens after "combined
    with" or "in combination with" names everything A is given with, one regimen. Not when two listed parts are alternatives
    (two drugs on one target, two backbones sharing a drug: "cetuximab combined with FOLFOX, FOLFIRI and CAPOX"),
    nor when the list goes on or is weighed against something ("and D alone", "and D versus E")."""
    if len(group) < 4 or not _COMBINED_WITH.fullmatch(gaps[0]) or not _LIST_CLOSED.fullmatch(gaps[-1]) or \
            not all(_LIST_COMMA.fullmatch(g) for g in gaps[1:-1]):
        return False
    if _AND_PARTNER_END.match(text, group[-1].end):
        return False
    listed = [m.entity for m in group[1:]]
    if len({e.id for e in listed + [group[0].entity]}) < len(group) or any(e.category == "DrugClass" for e in listed):
        return False  # a list of kinds of therapy ("targeted therapy, radiotherapy and immunotherapy") names options
    for k, a in enumerate(listed):
        for b in listed[k + 1:]:  # a list of a handful of partners: pairs are few
            if share_a_target(vocab, a, b) or (_chemotherapy_drugs(vocab, a) & _chemotherapy_drugs(vocab, b)):
                return False
            if a.category == "Regimen" and b.category == "Regimen" and not _backbone_pieces(vocab, a, b):
                return False
    return True


_PLUS_AFTER_LIST = lazy_compile(r"\s*,\s*plus\s+(?:the\s+)?", re.I)
_REGIMEN_LIST_GAP = lazy_compile(r"\s*(?:,|, and)\s*")


def _plus_after_list(text: str, group: list, gap: str) -> bool:
    """Whether ``gap`` adds a therapy to the whole list before it: "capecitabine, oxaliplatin, and irinotecan,
    plus bevacizumab" (a comma before "plus", after a list of two or more joined by commas and "and")."""
    return len(group) > 1 and _PLUS_AFTER_LIST.fullmatch(gap) is not None and \
        all(_REGIMEN_LIST_GAP.fullmatch(text, a.end, b.start) for a, b in zip(group, group[1:]))


def _split_listed_combinations(text: str, group: list, plus_after_list: bool, vocab=None) -> list[list]:
    """A list of combinations ("A plus B, A plus C, and D") is several regimens, cut at the list commas;
    a group with no combining word inside is left whole (a "combined with" cue may still make it one), and
    so is a list with a therapy added to all of it ("A, B, and C, plus D": ``plus_after_list``, as
    :func:`_plus_after_list` found the last member joined)."""
    if plus_after_list:
        return [group]
    gaps = [join_gap(text, a, b) for a, b in zip(group, group[1:])]
    strong = [bool(_STRONG_JOIN.match(g)) or g.strip() in ("with", "/", "-") for g in gaps]
    listed = [bool(re.fullmatch(r"\s*(?:\([^()]*\)\s*)?(?:,|, and|,\s*or|and|or)\s*", g)) for g in gaps]
    # the joining words without a drug's short form or brand in brackets before them ("leucovorin (LV) and fluorouracil
    # (FU) with oxaliplatin", "bevacizumab (Avastin) plus folinic acid, fluorouracil (5FU), oxaliplatin, and irinotecan")
    gaps = [_NAME_ASIDE.sub("", g, count=1) for g in gaps]
    if vocab is not None and (_paired_before_partner(group, gaps, strong, vocab) or
                              _whole_combination_of_pair_and_partner(text, group, gaps, strong, vocab)):
        listed[0] = False  # "durvalumab and tremelimumab plus best supportive care": one regimen of the three
    for k in range(len(group) - 1):
        if listed[k] and k + 1 < len(strong) and strong[k + 1] and _shared_class_head(group[k], group[k + 1], gaps[k]):
            listed[k] = False  # "BRAF and MEK inhibitors plus cetuximab": the pair one head names, given with the partner
    if vocab is not None and _partner_added_by_and(text, group, gaps, strong, vocab):
        listed[-1] = False  # "encorafenib together with cetuximab and binimetinib": one regimen of the three
    if vocab is not None and _backbone_listed(group, gaps, strong, vocab):
        return [group]  # "bevacizumab plus irinotecan, fluorouracil, and leucovorin" (or the list, then "plus B"): one
        # regimen of the four
    if vocab is not None and _partners_listed_after(text, group, gaps, vocab):
        return [group]  # "irinotecan in combination with oxaliplatin, 5-FU/FA and cetuximab": one regimen
    if not any(strong) or not any(listed):
        return [group]
    parts, cur = [], [group[0]]
    for m, is_list in zip(group[1:], listed):
        if is_list:
            parts.append(cur)
            cur = [m]
        else:
            cur.append(m)
    parts.append(cur)
    return parts


# the plural head noun a list of targets shares, written once after the last ("BRAF and MEK inhibitors")
_PLURAL_CLASS_HEAD = lazy_compile(r"\b(?:inhibitors|antibodies|blockers|antagonists)$", re.I)
_CLASS_HEAD_END = lazy_compile(r"\b(?:inhibitors?|inhibition|blockade|antibod(?:y|ies)|blockers?|antagonists?|therapy|agents?)$", re.I)


def _shared_class_head(a, b, gap: str) -> bool:
    """Whether two drug classes are written as one noun phrase whose plural head the first shares ("DNMT and HDAC
    inhibitors", "BRAF and MEK inhibitors"): the first class named by its target alone, a bare "and" between.

    A piece of knowledge: a partner joined to such a phrase ("BRAF and MEK inhibitors plus cetuximab") is given with
    both classes the phrase names, as with a pair of drugs "the combination of A and B with C"."""
    return a.entity.category == b.entity.category == "DrugClass" and a.entity.id != b.entity.id and \
        gap.strip().lower() == "and" and _CLASS_HEAD_END.search(a.text) is None and \
        _PLURAL_CLASS_HEAD.search(b.text) is not None


_LONG_LIST = 5  # therapies in a bare list past which it names agents in use, not one regimen
# a combination said to be of a whole plural class, whose members follow ("a combination of all cytotoxic agents (A, B
# and C)")
_COMBINATION_OF_CLASS = lazy_compile(r"\bcombination\s+of\s+(?:all\s+(?:the\s+)?(?:three\s+|two\s+)?|the\s+)?$", re.I)
_WHOLE_COMBINATION_BEFORE = lazy_compile(r"\b(?:combination|combined|combining|consist\w*|compris\w*|triplet|quadruplet|"
                                         r"quintuplet)\b(?:\s+(?:of|with))?\s*(?:the\s+)?(?:drugs\s+|agents\s+)?:?\s*$",
                                         re.I)
# the words that name the list after them one combination: "combination therapy with", "the combination of",
# "combined treatment with", "triplet therapy with" (after a prior line too: "progressed during first-line combination
# therapy with A, B and C" is one regimen, where "progressed on A, B and C" names each)
_COMBINATION_NAMED_BEFORE = lazy_compile(r"\b(?:combination|combined|doublet|triplet|quadruplet)\s+(?:(?:chemo)?therapy\s+|"
                                         r"treatment\s+|regimen\s+)?(?:of|with)\s+(?:the\s+)?$", re.I)
_NAME_ASIDE = lazy_compile(r"^\s*\([^()=;:%]{1,30}\)(?=\s*(?:,|and\b|with\b|plus\b))", re.I)
_LIST_GOES_ON_WITH_OR = lazy_compile(r"\s*(?:\([^()]*\)\s*)?,?\s*or\s", re.I)
_PAYLOAD_AFTER = lazy_compile(r"\s*(?:payloads?|warheads?|conjugates?)\b", re.I)
# "57 and 77 patients received A and B, respectively": the list is paired in order with the groups, one therapy each
RESPECTIVELY_AFTER = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*respectively\b", re.I)
_RESPECTIVE_CUT = lazy_compile(r"\s*(?:,|,?\s*and)\s*", re.I)
COUNTED_GROUPS = lazy_compile(r"\b(?:two|three|four|2|3|4)\s+(?:treatment\s+|study\s+|parallel\s+)?(?:groups|arms|cohorts)"
                               r"\s*(?::|,|\u2014|-)?\s*$", re.I)


_BRACKET_OPEN = lazy_compile(r"\s*\(([^()]+)\)")


def _drug_in_bracket(rec, at: int, gap: str) -> bool:
    """Whether ``gap`` (the text from ``at``) opens with a bracket that holds a drug the sentence names."""
    b = _BRACKET_OPEN.match(gap)
    return b is not None and any(m.entity.category == "Drug" and at + b.start(1) <= m.start and m.end <= at + b.end(1)
                                 for m in rec.mentions)


# a share or count in brackets after a therapy, then the list goes on: "trifluridine/tipiracil (6%), regorafenib (1%)"
# counts each option on its own (how many patients had each), so no combination spans that gap
_COUNTED_ITEM_GAP = lazy_compile(r"\s*\(\s*(?:n\s*=\s*)?\d+(?:[.,]\d+)?\s*%?\s*\)\s*(?:,|;|,?\s*and\b|,?\s*or\b)", re.I)


# the plural of regimens, arms or groups right after therapies joined by a bare "and" or commas: one for each therapy
# (not a base's head: "A and oxaliplatin-containing regimens" is A with the regimens built on oxaliplatin)
_PLURAL_GROUPS_AFTER = lazy_compile(r"\s+(?:(?:treatment|study|therapy)\s+)?(?:regimens|arms|groups|cohorts)\b", re.I)
_BARE_AND_GAP = lazy_compile(r"\s*(?:,\s*)?(?:and\s*)?|\s*,\s*", re.I)


_UNREAD_SLASHED_PART = lazy_compile(r"(?<![\w\-/])[A-Z][A-Z0-9]{1,5}/$")


def _combination(r, text, rec, group, strong_any, after_plural_class: bool = False) -> None:
    """Record ``group`` as one combination regimen when the words make it one."""
    if len(group) < 2:
        return
    seen: set[str] = set()
    for i, g in enumerate(group):
        # where another combination begins: a drug named again after a comma ("encorafenib, binimetinib and
        # cetuximab, encorafenib and cetuximab": no regimen has a drug twice), or the next option after a share or
        # count in brackets ("A (6%), B (1%)")
        if i and (_COUNTED_ITEM_GAP.match(text, group[i - 1].end, g.start) or g.entity.id in seen and
                  re.fullmatch(r"\s*(?:\([^()]{0,30}\)\s*)?,\s*", text[group[i - 1].end:g.start])):
            _combination(r, text, rec, group[:i], strong_any, after_plural_class)
            _combination(r, text, rec, group[i:], strong_any, False)
            return
        seen.add(g.entity.id)
    gaps = [join_gap(text, a, b) for a, b in zip(group, group[1:])]
    # "28 and 33 received A plus B and C, respectively": the list the groups pair with is cut at its bare "and" (and
    # commas); a part joined by "plus"/"with" is one group's regimen, never one regimen of them all (s47 presp)
    if len(group) > 2 and RESPECTIVELY_AFTER.match(text, group[-1].end):
        cuts = [i + 1 for i, g in enumerate(gaps) if _RESPECTIVE_CUT.fullmatch(g)]
        if cuts and len(cuts) < len(gaps):
            for lo, hi in zip([0] + cuts, cuts + [len(group)]):
                _combination(r, text, rec, group[lo:hi], strong_any, after_plural_class and lo == 0)
            return
    strong = any(bool(_STRONG_JOIN.match(g)) or g.strip() in ("with", "/", "-") or _SHORT_FORM_HYPHEN.fullmatch(g)
                 for g in gaps)
    before = text[max(0, group[0].start - 120):group[0].start]
    head = before + " " + group[0].text
    tail = text[group[-1].end:group[-1].end + 30]
    any_or = any(re.search(r"\bor\b", g) for g in gaps)
    sequence = re.search(r"\b(?:sequential(?:ly)?|sequence of)\s+(?:\w+\s+){0,2}$", before[-60:], re.I) or \
        re.search(r"\b(?:followed by|then|switch(?:ed)? to|after|before)\b", " ".join(gaps), re.I) or \
        (not strong and not _COMBINATION_NAMED_BEFORE.search(before[-40:]) and
         re.search(r"\b(?:previous(?:ly)?|prior|before|after|following|progress\w* (?:on|despite|during|after)|"
                                  r"progress\w* (?:while|whilst) (?:receiving|on|taking|being treated with)|"
                                  r"intoleran\w* (?:of|to)|"
                                  r"despite|pretreated|refractory|failure of|failed)\b[^.;]{0,60}$", before[-90:], re.I))
    # "received multiple lines of chemotherapy and ALK inhibitor treatment": a count of lines, then what was given in
    # them, names a treatment history, one line each, not one regimen
    sequence = sequence or (not strong and _LINES_OF_BEFORE.search(before[-80:]))
    # (s59) "patients who received A, B, and C as first- and second-line chemotherapy": drugs the patients had across
    # two lines, no one regimen
    sequence = sequence or (not strong and received_in_earlier_lines(text, group[0].start))
    # prior lines joined by "and" are not one regimen ("progressed on A, B and C", "progression while receiving A, B
    # and C", "intolerant of A and B"); a weak join ("A, B and C") makes a combination
    # only when the combining word is right before it ("treated with A and B")
    # "X, Y and Z" continuing a list ("chemotherapy combined with targeted therapy, radiotherapy, and
    # immunotherapy"), or members after a plural class ("the KRAS G12C inhibitors ARS-1620 and AMG 510"),
    # are listed, not combined
    listed = not strong and (before.rstrip().endswith(",") or after_plural_class)
    # "randomly assigned to two groups: adavosertib and active monitoring": the groups' therapies, one each
    listed = listed or bool(COUNTED_GROUPS.search(before[-60:]))
    # "an anti-HER2 antibody with a topoisomerase I inhibitor payload": the parts of one conjugate, not a regimen
    listed = listed or bool(_PAYLOAD_AFTER.match(tail))
    # (s61) "FP/BEV + atezolizumab": a short form the reader does not know slashed onto the first part is a part of the
    # regimen it cannot name; the rest is no whole regimen
    listed = listed or bool(_UNREAD_SLASHED_PART.search(before[-10:])) and not any(
        m.end == group[0].start - 1 for m in rec.mentions)
    # "57 and 77 received A and B, respectively": each group's therapy, paired in order, not one regimen
    listed = listed or (not strong and bool(RESPECTIVELY_AFTER.match(tail)))
    # "patients given the A and B regimens", "treated in the A and B arms": a plural of regimens, arms or groups right
    # after the pair names one for each therapy, not one regimen of both (a singular "the A and B arm" is one arm)
    listed = listed or (not strong and all(_BARE_AND_GAP.fullmatch(g) for g in gaps) and
                        bool(_PLURAL_GROUPS_AFTER.match(tail)))
    # "lapatinib, a dual EGFR and HER2 tyrosine kinase inhibitor": one agent acting on both targets, no regimen
    listed = listed or bool(_ONE_DUAL_AGENT.match(before[-12:] + text[group[0].start:group[0].start + 24]))
    # "resistant to PD-1 and PD-L1 inhibitors": two classes blocking one axis from its two sides, an axis the vocabulary
    # names as one class of either blockade (PD-1/PD-L1 inhibitor), are alternatives, not a combination
    listed = listed or (not strong and _one_axis_sides(r.vocab, group))
    # "cetuximab, panitumumab, or bevacizumab", "nivolumab, pembrolizumab or dostarlimab": a comma list that goes on
    # with "or" names alternatives (not "doublet therapy with A and B, or C": there the pair is one arm's regimen)
    listed = listed or (not strong and all(_ITEM_COMMA.fullmatch(g) for g in gaps) and
                        bool(_LIST_GOES_ON_WITH_OR.match(tail)))
    # "regimens have included A, B, C, D, E and F": a bare list of five therapies or more names the agents in use, one
    # regimen only when a word right before it says they are combined ("the combination A, B, C, D and E")
    listed = listed or (not strong and len({m.entity.id for m in group}) >= _LONG_LIST and
                        not _WHOLE_COMBINATION_BEFORE.search(before[-40:]))
    # the list word is right before the first therapy ("regimens, such as FOLFOX, CapeOX, FOLFIRI"): alternatives
    # (s55 group) "options such as the multi-kinase inhibitor A, B combination C": options a list word opens and bare
    # commas part are each an option, whatever word follows the last ("the combination of A, B" stays one)
    options = not strong and all(_ITEM_COMMA.fullmatch(g) for g in gaps) and \
        bool(_LIST_CUE.search(_TRAILING_ARTICLE.sub("", before)))
    is_combo = not sequence and not listed and (strong and not any_or or (not any_or and
                                                _COMBO_CUE.search(head[-40 - len(group[0].text):]) and not
                                                           _LIST_CUE.search(before))
                                 or _sensitised_to_pair(r.vocab, before, gaps, group)
                                 or _trial_of_pair(r.vocab, before, gaps, group, tail)
                                 or _one_act_on_pair(text, gaps, group, tail)
                                 or re.match(r"^\s*(?:combination|regimen|doublet|triplet|dual)", tail) and not any_or
                                 and not options)
    if is_combo and len({m.entity.id for m in group}) > 1:
        entity, comps = r.combination(group)
        written = re.sub(r"\s+", " ", text[group[0].start:group[-1].end])
        if len(written) <= 60 and all(re.fullmatch(r"\s*(?:\+|plus|and|with|,|, and)\s*", g, re.I) for g in gaps) and \
                written not in entity.synonyms and written != entity.name:
            # the combination as the text writes it ("ICIs plus anti-EGFR antibodies")
            entity = dataclasses.replace(entity, synonyms=entity.synonyms + (written,))
        rec.regimens.append((_mention(group[0].start, group[-1].end, text, entity), comps))


# "sensitizes BRAF-mutant tumours to", "rendered them sensitive to": the words that
# end right before the therapies a sensitiser makes the tumour answer. "re-sensitizes resistant cells to A and B"
# is not one: cells that resisted each drug answer each again
_SENSITISED_TO = lazy_compile(r"\b(?:(?<![\w\-])sensiti[sz]\w*|render\w*\s+(?:[\w\-]+\s+){0,4}?(?:sensitive|responsive))"
                              r"\s+(?:(?![\w\-]*(?:resistant|refractory|tolerant)\b)[\w\-]+\s+){0,6}?to\s+(?:the\s+)?$",
                              re.I)


def _sensitised_to_pair(vocab, before: str, gaps: list[str], group: list) -> bool:
    """"vemurafenib sensitizes BRAF-mutant tumours to cetuximab and irinotecan": two therapies joined by a bare
    "and" right after a sensitiser's "to" are the combination the tumour was made to answer, not each alone.
    Two drugs on one target are alternatives ("to cetuximab and panitumumab"), and a longer list stays a list."""
    if len(group) != 2 or gaps[0].strip() != "and" or not _SENSITISED_TO.search(before[-90:]):
        return False
    return not share_a_target(vocab, group[0].entity, group[1].entity)


# "a clinical trial of", "a phase II study evaluating", "a single-arm trial testing": one trial (singular) whose
# therapies follow; "trials of A and B" may be a trial of each
# (s61: or one treatment, "the efficacy of the treatment of A and B", "co-treatment of A and B": the two given together)
_ONE_TRIAL_OF = lazy_compile(r"(?:\b(?:trial|study)\s+(?:of|evaluating|testing|investigating|assessing|combining)|"
                             r"\bthe\s+treatment\s+of|\bco-?treatment\s+of)\s+(?:the\s+)?$", re.I)
# after the pair: each given alone or in groups of its own ("A and B monotherapy", "A and B cohorts", "A and B,
# respectively", "A and B alone", "A and B as single agents")
_EACH_ON_ITS_OWN_AFTER = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:respectively|monotherap\w*|alone|cohorts?|"
                                      r"arms?|groups?|separately|each|as\s+(?:single|sole|mono)\w*|single[-\s]agents?)\b",
                                      re.I)


def _trial_of_pair(vocab, before: str, gaps: list[str], group: list, tail: str) -> bool:
    """"a clinical trial of A and B", "a phase II study evaluating A and B in ...": two therapies joined by a bare "and"
    right after the words that name one trial are the combination that trial gives, not each alone (the title's
    "A plus B" names it); so are two after the words naming one treatment ("the treatment of A and B", s61). Not when the words after give each on its own ("A and B monotherapy", "A and B cohorts",
    "A and B, respectively"), nor two drugs on one target, which are alternatives ("a study of cetuximab and
    panitumumab")."""
    if len(group) != 2 or gaps[0].strip() != "and" or not _ONE_TRIAL_OF.search(before[-60:]) or \
            _EACH_ON_ITS_OWN_AFTER.match(tail):
        return False
    return not share_a_target(vocab, group[0].entity, group[1].entity)


# (s56 prec2) the act written once, in the singular, after a pair of targets ("MAPK and VEGF pathway blockade"), and
# the verb of one rescue right after it
_SINGULAR_ACT_END = lazy_compile(r"\b(?:blockade|inhibition|co-?blockade|co-?inhibition)$", re.I)
_RESCUE_VERB_AFTER = lazy_compile(r"\s+(?:(?:to|could|can|may|might|would|will|did|does|was\s+able\s+to|were\s+able\s+to)\s+)?"
                                  r"(?:overc(?:ome|omes|ame|oming)|restor\w+|revers\w+|re-?sensiti[sz]\w+|circumvent\w*)\b", re.I)


def _one_act_on_pair(text: str, gaps: list[str], group: list, tail: str) -> bool:
    """"the ability of MAPK and VEGF pathway blockade to overcome resistance", "EGFR and MET inhibition restored
    sensitivity": two targets joined by "and" share one act written once in the singular after the last, said to
    overcome, restore or reverse: one rescue is one treatment, both inhibitors given together (never "or", never
    the plural "A and B inhibitors", each a class of its own)."""
    if len(group) != 2 or not all(re.fullmatch(r"\s+and\s+", g) for g in gaps):
        return False
    first, last = group
    if " " in first.text.strip() or not _SINGULAR_ACT_END.search(last.text):
        return False  # the first takes its act from the last ("MAPK" of "MAPK and VEGF pathway blockade")
    return bool(_RESCUE_VERB_AFTER.match(text, last.end))


def _based(r, text, rec):
    """"cetuximab-based chemotherapy", "oxaliplatin-containing regimens": a regimen built on a drug;
    "irinotecan- and cetuximab-based therapy": one built on both, a backbone and an agent given with it;
    "oxaliplatin- and irinotecan-based chemotherapy": one built on each (two backbones are two regimens)."""
    therapies = [m for m in rec.mentions if m.entity.category in ("Drug", "DrugClass", "Regimen")]
    for k, m in enumerate(therapies):
        b = _BASED.match(text, m.end)
        if not b:
            continue
        head = b.group("head").lower().rstrip("s")
        head = "chemotherapy" if head == "chemotherapy" else ("therapy" if head in ("therapy", "therapie", "treatment")
                                                              else "regimen")
        kind = b.group("kind").lower()
        chain, joins = _suspended_bases(text, therapies, k)
        if len(chain) == 2 and joins == ["and"] and sum(_is_backbone(r.vocab, c.entity) for c in chain) == 1:
            _based_regimen(text, rec, chain, kind, head, b.end())
            continue
        for part in chain[:-1]:
            if part.entity.category == "Drug":
                _based_regimen(text, rec, [part], kind, head, part.end)
        _based_regimen(text, rec, [m], kind, head, b.end())
        if len(chain) == 1:
            _joined_onto_based(r, text, rec, therapies, m, kind, head)
    _bare_based(r, text, rec, therapies)


# s44 ent9: a base whose head waits for the next base's ("irinotecan-based and oxaliplatin-based regimens"), or is
# left out where the sentence speaks of chemotherapy ("the backbone chemotherapy, whether oxaliplatin-based or
# irinotecan-based")
_BARE_BASED = lazy_compile(r"[-–‐](?P<kind>based|containing)(?![\w\-])", re.I)
_NEXT_BASE = lazy_compile(r"\s*,?\s*(?:and|or|versus|vs\.?)\s+(?:the\s+|an?\s+)?", re.I)
_CHEMOTHERAPY_WORD = lazy_compile(r"chemotherap", re.I)


def _bare_based(r, text, rec, therapies: list) -> None:
    """"irinotecan-based and oxaliplatin-based regimens": the first base is a regimen with the second's head;
    "the backbone chemotherapeutic agent, whether oxaliplatin-based or irinotecan-based": a cytotoxic drug's base
    with no head, in a sentence about chemotherapy, is that drug's chemotherapy."""
    for k, m in enumerate(therapies):
        bare = _BARE_BASED.match(text, m.end)
        if bare is None or _BASED.match(text, m.end):
            continue
        head = None
        nxt = therapies[k + 1] if k + 1 < len(therapies) else None
        if nxt is not None and _NEXT_BASE.fullmatch(text, bare.end(), nxt.start):
            later = _BASED.match(text, nxt.end)
            if later is not None:
                word = later.group("head").lower().rstrip("s")
                head = "chemotherapy" if word == "chemotherapy" else (
                    "therapy" if word in ("therapy", "therapie", "treatment") else "regimen")
        if head is None and m.entity.category == "Drug" and _is_backbone(r.vocab, m.entity) and \
                _CHEMOTHERAPY_WORD.search(text):
            head = "chemotherapy"
        if head is not None:
            _based_regimen(text, rec, [m], bare.group("kind").lower(), head, bare.end())


# (s43 ent) the join from the partner before a drug to that drug, when a regimen is built on the drug
_ONTO_BASED_JOIN = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:\+|plus|and|with|combined\s+with|in\s+combination\s+with|"
                                r"together\s+with)\s+(?:the\s+|an?\s+)?", re.I)


# (s56 prec2) words that name what patients had before: the therapies after them are their history
_PRIOR_BEFORE = lazy_compile(r"\b(?:after|following|prior|previous(?:ly)?|pre-?treated|refractory|resistant|"
                             r"progress\w*|failure|failed|intoleran\w*|exposed)\b[^.;]{0,100}$", re.I)


def _joined_onto_based(r, text, rec, therapies: list, m, kind: str = "based", head: str = "chemotherapy") -> None:
    """(s43 ent) "bevacizumab plus oxaliplatin-based chemotherapy", "cetuximab and irinotecan-containing regimens":
    the partner is given with the regimen built on the drug, not with the drug alone. The combination the joins read
    up to the drug ("bevacizumab + oxaliplatin") becomes one of the partner and that regimen (the regimen just made
    for ``m``, the last in ``rec.regimens``).

    (s56 prec2) Cytotoxic drugs named as the patients' history ("progressed after two previous therapies, including
    fluoropyrimidine-, oxaliplatin plus irinotecan-based chemotherapy") are the lines they had, each its own
    chemotherapy, not one combination given together: each partner becomes a regimen built on it."""
    based = rec.regimens[-1][0]
    for g, comps in rec.regimens[:-1]:
        if g.end != m.end or g.start >= m.start or m.entity.id not in comps:
            continue
        parts = [t for t in therapies if g.start <= t.start and t.end <= m.start]
        parts = [t for t in parts if not any(o is not t and o.start <= t.start and t.end <= o.end for o in parts)]
        if not parts or {t.entity.id for t in parts} | {m.entity.id} != set(comps) or \
                not _ONTO_BASED_JOIN.fullmatch(text, parts[-1].end, m.start):
            return
        if _PRIOR_BEFORE.search(text, max(0, g.start - 120), g.start) and \
                all(t.entity.category == "Drug" and _is_backbone(r.vocab, t.entity) for t in [*parts, m]):
            rec.regimens.remove((g, comps))
            for t in parts:
                _based_regimen(text, rec, [t], kind, head, t.end)
            return
        rec.regimens.remove((g, comps))
        entity, new = r.combination(parts + [based])
        rec.regimens.append((_mention(g.start, based.end, text, entity), new))
        return


def _suspended_bases(text: str, therapies: list, k: int) -> tuple[list, list[str]]:
    """The therapies whose hyphen waits for the head of ``therapies[k]`` ("A- and B-based"), in text order
    and ending with it, and the join words between them ("and", "or", or "," for a bare comma)."""
    chain, joins = [therapies[k]], []
    j = k - 1
    while j >= 0:
        gap = _SUSPENDED.fullmatch(text, therapies[j].end, chain[0].start)
        if gap is None:
            break
        joins.insert(0, (gap.group("join") or gap.group("listed") or ",").strip().lower().replace("plus", "and"))
        chain.insert(0, therapies[j])
        j -= 1
    return chain, joins


def _slash_partners(vocab, left: Entity, right: Entity) -> bool:
    """Whether a slash between two therapies joins them into one regimen: two drugs ("5-FU/LV", "nivolumab/
    ipilimumab"), or a named chemotherapy regimen and a drug that is no cytotoxic backbone ("FOLFOXIRI/bev",
    "atezo/FOLFOX"); two regimens ("FOLFOX/FOLFIRI") or a regimen and a chemotherapy drug are alternatives, and so
    are a drug and its placebo ("brivanib/placebo": the two arms of a placebo-controlled trial)."""
    if PLACEBO in (left.id, right.id):
        return False
    if left.category == right.category == "Drug":
        return True
    pair = {left.category, right.category}
    if pair != {"Regimen", "Drug"}:
        return False
    drug = left if left.category == "Drug" else right
    regimen = right if drug is left else left
    return not _is_backbone(vocab, drug) and not regimen.attr("combination")


# a word before a slashed pair that says its two drugs are given together ("dual HER2 blockade with A/B")
_SLASHED_JOINED = lazy_compile(r"\b(?:dual|double|combin\w*|doublet|together|co-?target\w*|co-?blockade|concurrent)\b", re.I)
# what before a list says its therapies were given before or may be given: each is one therapy, not a regimen
_SLASHED_PRIOR = lazy_compile(r"\b(?:fail\w*|failure|refractory|progress\w*|prior|previous\w*|pre-?treated|intoleran\w*|"
                           r"allowed|permitted|exposed|resistant)\b", re.I)
_SLASHED_LISTED = lazy_compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)", re.I)


def _one_target_alternatives(vocab, text: str, group: list, right) -> bool:
    """Whether a slash between the last of ``group`` and ``right``, two drugs of one class acting on the same
    target, names either of them: in a list ("failed irinotecan, bevacizumab and cetuximab/panitumumab") or after
    words of prior or allowed therapy ("previously treated with cetuximab/panitumumab"), unless a word before
    says they are combined ("dual HER2 blockade with trastuzumab/pertuzumab"). Chemotherapy drugs stay partners
    ("5-FU/LV"), and a pair standing alone keeps its reading as one regimen."""
    left, other = group[-1].entity, right.entity
    if not left.category == other.category == "Drug" or left.id == other.id:
        return False
    shared = set(vocab.drug_classes.get(left.id, ())) & set(vocab.drug_classes.get(other.id, ()))
    targets = set(vocab.drug_targets.get(left.id, ()))
    if not shared or "crc:class_chemotherapy" in shared or not targets or \
            targets != set(vocab.drug_targets.get(other.id, ())):
        return False
    before = text[max(0, group[0].start - 80):right.start]
    if _SLASHED_JOINED.search(before):
        return False
    listed = len(group) >= 2 and _SLASHED_LISTED.fullmatch(text, group[-2].end, group[-1].start)
    return bool(listed or _SLASHED_PRIOR.search(text, max(0, group[0].start - 80), group[0].start))


def _one_axis_sides(vocab, group: list) -> bool:
    """Whether ``group`` is two drug classes acting on disjoint targets whose union is the target set of one other
    class that is neither's subclass (the vocabulary's class for blocking either side of one axis, such as the
    PD-1/PD-L1 inhibitor for anti-PD-1 and anti-PD-L1 antibodies; a dual agent's class, such as the PI3K/mTOR
    inhibitor, sits under both and does not count).

    >>> from kg.vocab import load_vocabulary
    >>> from types import SimpleNamespace as M
    >>> v = load_vocabulary()
    >>> pair = lambda a, b: [M(entity=v.entities[a]), M(entity=v.entities[b])]
    >>> _one_axis_sides(v, pair("crc:class_anti_pd_1_antibody", "crc:class_anti_pd_l1_antibody"))
    True
    >>> _one_axis_sides(v, pair("crc:class_braf_inhibitor", "crc:class_mek_inhibitor"))
    False
    """
    ids = list(dict.fromkeys(m.entity.id for m in group))
    if len(ids) != 2 or any(vocab.entities.get(i) is None or vocab.entities[i].category != "DrugClass" for i in ids):
        return False
    a, b = (frozenset(vocab.drug_targets.get(i, ())) for i in ids)
    if not a or not b or a & b:
        return False
    c = vocab.class_for_targets(tuple(a | b))
    return c is not None and c not in ids and not vocab.in_class(c, ids[0]) and not vocab.in_class(c, ids[1])


def _is_backbone(vocab, entity: Entity) -> bool:
    """A cytotoxic backbone: a chemotherapy drug (or folinic acid, given as a part of one), a named chemotherapy
    regimen or the chemotherapy classes."""
    if entity.category == "Drug":
        return vocab.backbone_drug(entity.id)
    return entity.category == "Regimen" or entity.id in ("crc:class_chemotherapy", "crc:class_fluoropyrimidine")


def _based_regimen(text, rec, parts: list, kind: str, head: str, end: int) -> None:
    """The regimen built on ``parts`` ("cetuximab-based chemotherapy", "oxaliplatin + bevacizumab-based therapy"),
    its mention from the first part to ``end`` and a has_component fact to each part."""
    bases = " + ".join(p.entity.name for p in parts)
    name = f"{bases}-{kind} {head}"
    synonyms = {f"{bases}-based {head}"} if kind != "based" else set()
    if len(parts) == 2:
        synonyms |= {f"{parts[1].entity.name} + {parts[0].entity.name}-{kind} {head}",
                     f"{parts[0].entity.name}- and {parts[1].entity.name}-{kind} {head}"}
    # (s61) the regimen as written, where its drug is written otherwise than the vocabulary names it
    # ("5-fluorouracil-based chemotherapy", "5-FU-based regimens")
    written = re.sub(r"\s+", " ", text[parts[0].start:end]).strip()
    if len(written) <= 60 and written.lower() not in {name.lower(), *(s.lower() for s in synonyms)}:
        synonyms.add(written)
    entity = Entity(mint("regimen", name), "Regimen", name, tuple(sorted(synonyms - {name})), (), (("combination", True),))
    rec.regimens.append((_mention(parts[0].start, end, text, entity), tuple(p.entity.id for p in parts)))
    for p in parts:
        rec.imply(entity, "has_component", p.entity)


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_COMBO_CUE = prefiltered(_COMBO_CUE)
