"""A therapy given again after it failed, named as its renewed use: "panitumumab rechallenge", "rechallenge with
anti-EGFR mAbs", "retreatment with cetuximab", "reintroduction of oxaliplatin", "FOLFOXIRI plus bevacizumab
reintroduction", "bevacizumab beyond progression", "continuation of bevacizumab after disease progression", and a
therapy put forward as one ("A plus B is a promising rechallenge strategy").

A renewed use is a treatment strategy of its own: the resistant clones that emerged under the first course decay once it
stops, and the therapy is given again (rechallenge, retreatment, reintroduction), or the therapy is kept on past the
progression it did not prevent (beyond progression). It is recorded as a regimen named by the therapy and the kind of
renewal ("panitumumab rechallenge", "bevacizumab beyond progression"), with the therapy given again as its component
(the drug, the class, or each part of a combination), so a question about the drug reaches the strategy. As with
"X monotherapy" (builders/monotherapy_names.py) the mention stays the therapy's: what the sentence says of the therapy
(a trial's arm, its results) stays the therapy's, the strategy is implied by the words.

Two kinds of renewal coordinated around one therapy name each a renewed use of it: "anti-EGFR rechallenge (ReCH) and
reintroduction (ReIn)", "panitumumab retreatment or rechallenge", "rechallenge or reintroduction of cetuximab" (a
rechallenge of A and a reintroduction of A).

A therapy kept on after the induction it followed or was part of, "maintenance with A or B", "A maintenance versus
no maintenance", "A as maintenance therapy", "A continuation versus no continuation", is likewise a strategy of its own,
recorded as "A maintenance" ("A continuation") with A as its component (``maintained_uses``); "maintenance of
response", "maintained disease control" and "a maintenance dose of A" name none.

Only the words of a renewal next to a named therapy count: "at rechallenge", "the rechallenge setting" name no therapy,
and "after progression" alone is a later line, not a therapy kept beyond progression (only "beyond progression", or
"after progression" after a word of continuing: "continuation of bevacizumab after disease progression").
"""
from __future__ import annotations

import re

from builders.context import as_regimen
from builders.derived_facts import DerivedFacts
from builders.design_words import KEPT_ON, OPTIONAL_PARTNER, RENEWAL
from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from kg.ids import mint
from kg.model import Assertion, Entity

# which words name which renewal (the regimen's name is "<therapy> <kind>")
_KINDS = (("challeng", "rechallenge"), ("treat", "retreatment"), ("introduc", "reintroduction"),
          ("induc", "reinduction"))  # ("beyond progression" is read from its own words, not a cue of RENEWAL)
# the renewal, then the therapy: "rechallenge with A", "re-challenge therapy with a different anti-EGFR antibody",
# "reintroduction of A"
_BEFORE = lazy_compile(r"(?<![\w\-])(?P<cue>" + RENEWAL + r")(?:\s+(?:therapy|treatment|strategy|strategies|regimen))?"
                       r"\s+(?:with|of|using|by)\s+(?:(?:an?|the|another)\s+)?(?:(?:different|same|other|prior)\s+)?\Z",
                       re.I)
# the therapy, then the renewal: "panitumumab rechallenge", "EGFRi re-challenge", "FOLFOXIRI ± bev reintroduction"
_AFTER = lazy_compile(r"(?:[-\s]+(?P<cue>" + RENEWAL + r")|"
                      r"(?:[-\s]+continuation)?\s+(?P<beyond>beyond)\s+(?:(?:the\s+)?(?:first|initial|disease|"
                      r"radiological|radiographic|\(?first\)?)\s+)*progression)(?![\w\-])", re.I)
# the therapy as the subject of what it is put forward as: "A plus B is a promising rechallenge treatment", "A has been
# proved to be an effective rechallenge strategy"; only words that praise it stand between (never "is not", "is no
# longer", "is unsuitable as", "was compared with", "is a better option than", nor a comparison after the cue)
_PRAISE = (r"(?:(?:very|highly|particularly|potentially|also|still|both)\s+)?(?:promising|effective|efficacious|valid|"
           r"feasible|potential|viable|reasonable|possible|attractive|active|safe|useful|suitable|appropriate|successful|"
           r"interesting|new|novel|alternative|further|valuable|important|good|optimal|well-tolerated|tolerable)")
_IS_RENEWAL = lazy_compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:is|are|was|were|appears?\s+to\s+be|seems?\s+to\s+be|"
                           r"(?:has|have)\s+been\s+(?:proved|proven|shown|confirmed)\s+to\s+be|represents?|remains?|"
                           r"could\s+be|may\s+be|constitutes?)\s+(?!not\b|never\b|no\b)(?:also\s+|still\s+)?(?:an?\s+)?"
                           r"(?:" + _PRAISE + r"(?:\s*,\s*|\s+and\s+|\s+or\s+|\s+))*?"
                           r"(?P<cue>re-?challenge)\s+(?:treatment|therapy|strategy|option|regimen|approach)(?![\w\-])"
                           r"(?!\s+(?:than|compared|versus|vs)\b)", re.I)
_LIST_END_BEFORE = lazy_compile(r"(?:\band|\bor|,|\bplus|\+|/|\bwith)\s*\Z", re.I)
# a word of continuing the therapy before it, which lets "after progression" name the same strategy
_CONTINUED_BEFORE = lazy_compile(rf"(?<![\w\-])(?:{KEPT_ON}|continu(?:ing|ed)|maintain(?:ing|ed)?)(?:\s+(?:of|with))?"
                                 r"\s+(?:(?:the|an?)\s+)?\Z", re.I)
_AFTER_PROGRESSION = lazy_compile(r"\s+(?:beyond|after|past|through)\s+(?:(?:the\s+)?(?:first|initial|disease|"
                                  r"radiological|radiographic)\s+)*progression(?![\w\-])"
                                  # (not "after progression on another therapy": a switch, not the therapy kept on)
                                  r"(?!\s+(?:on|with|to|under|during|after|following)\b)", re.I)
# "anti-EGFR rechallenge with panitumumab": the drug after "with" is the therapy given again, the class only says which
_WITH_AFTER = lazy_compile(r"\s+(?:therapy\s+|treatment\s+)?(?:with|using)\s+(?:(?:an?|the)\s+)?", re.I)


# between a continued therapy and the partner it is given with: "continuing A with second line B beyond progression"
_PARTNER_GAP = lazy_compile(r"\s+(?:with|plus|and|in\s+combination\s+with|combined\s+with)\s+"
                            r"(?:(?:the|an?|a\s+different|different|new|another|standard|"
                            r"(?:first|second|third|later|subsequent|next)[-\s]line)\s+)*", re.I)


def _continued_partner_of(text: str, start: int, spans: list):
    """The therapy a word of continuing names before the one at ``start`` that it is given with ("continuing A with
    second-line B beyond progression": A, kept on past progression, B its new partner), with that word's match; None
    when the therapy at ``start`` is no such partner.

    >>> from kg.model import Entity
    >>> a = Entity("crc:a", "Drug", "bevacizumab")
    >>> t = "continuing bevacizumab with second line chemotherapy beyond progression"
    >>> kept, word = _continued_partner_of(t, 40, [(11, 22, a, (a,))])
    >>> kept[2].name, word.group(0)
    ('bevacizumab', 'continuing ')
    """
    for span in spans:
        s, e = span[0], span[1]
        if e <= start and _PARTNER_GAP.fullmatch(text, e, start):
            continuing = _CONTINUED_BEFORE.search(text, max(0, s - 30), s)
            if continuing is not None:
                return span, continuing
    return None


def _kind(cue: str) -> str:
    cue = cue.lower()
    return next(kind for stem, kind in _KINDS if stem in cue)


def _renewed(therapy: Entity, kind: str, written: str) -> Entity:
    """The regimen of ``therapy`` given again (``kind``: "rechallenge", "beyond progression", ...), with the text's
    spelling (``written``) and the common word orders among its names.

    >>> e = _renewed(Entity("DRUGBANK:DB01269", "Drug", "panitumumab"), "rechallenge", "rechallenge with panitumumab")
    >>> e.id, e.name, e.synonyms
    ('crc:regimen_panitumumab_rechallenge', 'panitumumab rechallenge', ('panitumumab re-challenge', 'rechallenge with panitumumab'))
    """
    name = f"{therapy.name} {kind}"
    names = {written}
    if kind == "rechallenge":
        names |= {f"rechallenge with {therapy.name}", f"{therapy.name} re-challenge"}
    elif kind == "beyond progression":
        names |= {f"continuation of {therapy.name} beyond progression"}
    else:
        names |= {f"{kind} of {therapy.name}"}
    names = {n for n in names if n and n.lower() != name.lower() and len(n.split()) <= 8}
    return Entity(mint("regimen", name), "Regimen", name, tuple(sorted(names)))


def _therapy_spans(rec, therapies: list) -> list:
    """The sentence's therapies (drugs, classes, regimens) and the combinations read in it (``rec.regimens``), each as
    (start, end, entity, components), in the order given: the therapies, then the combinations."""
    by_id = {m.entity.id: m.entity for m in therapies}
    spans = [(m.start, m.end, m.entity, (m.entity,)) for m in therapies
             if m.entity.category in ("Drug", "DrugClass", "Regimen")]
    for g, ids in rec.regimens:
        parts = tuple(by_id[i] for i in ids if i in by_id)
        if parts:
            spans.append((g.start, g.end, g.entity, parts))
    return spans


def renewed_uses(text: str, rec, therapies: list) -> None:
    """Record, for each therapy among ``therapies`` (the sentence's therapy mentions) or combination read in the
    sentence (``rec.regimens``) that the words next to it name as given again, its renewed-use regimen (implied, with
    its components)."""
    if not _CUE.search(text):
        return
    spans = _therapy_spans(rec, therapies)
    seen: set[str] = set()
    for start, end, entity, parts in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        before = _BEFORE.search(text, max(0, start - 60), start)
        after = None if before else _AFTER.match(text, end)
        said = False
        if after is None and before is None and not _LIST_END_BEFORE.search(text, max(0, start - 16), start):
            # (the last of a list is no subject of its own: "A (brand) and B (brand) appears to be ...")
            after = _IS_RENEWAL.match(text, end)
            said = after is not None
        with_after = after is not None and not said and after.group("beyond") is None and \
            _WITH_AFTER.match(text, after.end())
        if with_after and any(s == with_after.end() and e2.category == "Drug" for s, _, e2, _ in spans):
            continue  # "anti-EGFR rechallenge with panitumumab": the drug's renewal, read at the drug
        continued = continuing = None
        if before is None and after is None:
            continuing = _CONTINUED_BEFORE.search(text, max(0, start - 30), start)
            if continuing:
                continued = _AFTER_PROGRESSION.match(text, end)
        if before is None and after is None and continued is None:
            continue
        if any(s <= start and end <= e and e2.id != entity.id and entity.id in {p.id for p in p2}
               for s, e, e2, p2 in spans):
            continue  # a part of a combination read here ("A plus B reintroduction" is the combination's)
        if after is not None and not said and after.group("beyond"):
            kept = _continued_partner_of(text, start, spans)
            if kept is not None:
                # (h57 prec4) "continuing A with second-line B beyond progression": A is what is kept on, B its partner
                (s2, _, entity, parts), continuing = kept
                continued, start = after, s2
        if continued is not None:
            kind, lo, hi = "beyond progression", continuing.start(), continued.end()
        elif before is not None:
            kind, lo, hi = _kind(before.group("cue")), before.start(), end
        else:
            beyond = not said and after.group("beyond")
            kind, lo, hi = ("beyond progression" if beyond else _kind(after.group("cue"))), start, \
                (end if said else after.end())
        written = re.sub(r"\s+", " ", text[lo:hi]).strip() + (f" {kind}" if said else "")
        if not _note_renewal(_renewed(entity, kind, written), parts, seen, rec):
            continue
        for kind2, written2 in _coordinated(text, before, None if said else after, lo, hi):
            _note_renewal(_renewed(entity, kind2, written2), parts, seen, rec)


# a second renewal coordinated with the first around the one therapy: "A rechallenge (ReCH) and reintroduction",
# "rechallenge or reintroduction of A" (an abbreviation in brackets may follow the first)
_SECOND_AFTER = lazy_compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?(?:and/or|and|or|versus|vs\.?)\s+(?P<cue>" + RENEWAL +
                             r")(?![\w\-])", re.I)
_FIRST_BEFORE = lazy_compile(r"(?<![\w\-])(?P<cue>" + RENEWAL + r")\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?(?:and/or|and|or|versus|"
                             r"vs\.?)\s+\Z", re.I)


def _note_renewal(regimen: Entity, parts, seen: set, rec) -> bool:
    """Record a renewed-use regimen and its components once per sentence; False when it was recorded already."""
    if regimen.id in seen:
        return False
    seen.add(regimen.id)
    for part in parts:
        rec.imply(regimen, "has_component", part)
    return True


def _coordinated(text: str, before, after, lo: int, hi: int) -> list[tuple[str, str]]:
    """(kind, written form) of the second renewal coordinated with the one read (``before``: "rechallenge with A"
    read; ``after``: "A rechallenge" read; ``lo``, ``hi``: where the read form starts and ends): "A rechallenge and reintroduction",
    "retreatment or rechallenge with A"; [] when there is none or it is the same kind.

    >>> t = "anti-EGFR rechallenge (ReCH) and reintroduction (ReIn) were compared"
    >>> _coordinated(t, None, _AFTER.match(t, 9), 0, 21)
    [('reintroduction', 'anti-EGFR reintroduction')]
    >>> t = "rechallenge or reintroduction of cetuximab"
    >>> _coordinated(t, _BEFORE.search(t, 0, 33), None, 15, 42)
    [('rechallenge', 'rechallenge of cetuximab')]
    """
    if after is not None and after.group("cue"):
        second = _SECOND_AFTER.match(text, after.end())
        if second is not None and _kind(second.group("cue")) != _kind(after.group("cue")):
            head = re.sub(r"\s+", " ", text[lo:after.start()]).strip()
            return [(_kind(second.group("cue")), f"{head} {second.group('cue')}")]
    if before is not None:
        first = _FIRST_BEFORE.search(text, max(0, before.start() - 40), before.start())
        if first is not None and _kind(first.group("cue")) != _kind(before.group("cue")):
            tail = re.sub(r"\s+", " ", text[before.end("cue"):hi])
            return [(_kind(first.group("cue")), f"{first.group('cue')}{tail}")]
    return []


# searched in every sentence, which mostly holds none of these words (builders/prefilter.py)
_CUE = prefiltered(lazy_compile(r"(?<!\w)re-?(?:challeng|treat|introduc|induc)|beyond\s+(?:\w+\s+)?progression|"
                                r"(?:continu|maint)\w*\s(?:[^.]{0,60})progression", re.I))


def _named_once(therapy: Entity | None, sentence: str) -> bool:
    """Whether ``sentence`` names ``therapy`` (by its name or a synonym) at most once: a sentence that names it twice
    may say of its first course what is not said of its renewed use ("X predicts resistance to A; A rechallenge is
    proposed"), so nothing of it is copied to the renewed use.

    >>> drug = Entity("DRUGBANK:DB00002", "Drug", "cetuximab", ("Erbitux",))
    >>> _named_once(drug, "X predicts resistance to cetuximab before rechallenge with cetuximab.")
    False
    >>> _named_once(drug, "X predicts response to rechallenge with Erbitux.")
    True
    """
    if therapy is None:
        return True
    names = sorted({n.lower() for n in (therapy.name, *therapy.synonyms) if len(n) > 2}, key=len, reverse=True)
    if not names:
        return True
    found = re.findall(r"(?<![\w\-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w\-])", sentence, re.I)
    return len(found) <= 1


# the names _renewed gives: "<therapy> <kind>", and ``maintained_uses`` "<therapy> <phase>" (the phase words of a therapy
# kept on after its induction, KEPT_ON, one spelling for its names and cues)
_RENEWED_NAME = lazy_compile(r" (?:" + "|".join(kind for _, kind in _KINDS) + rf"|beyond progression|{KEPT_ON})\Z")
_KEPT_NAME = lazy_compile(rf" (?:{KEPT_ON})\Z")
_PREDICTIONS = ("predicts_response_to", "predicts_resistance_to")


def renewed_use_facts(assertions: list, entities: dict, ctx) -> list:
    """What a sentence says of a therapy it names as given again, it says of the renewed use: a marker that predicts
    the response to "rechallenge with A" predicts the response to the rechallenge, A given again to overcome a
    resistance ("suggesting a rechallenge with A in patients who develop X") is the rechallenge overcoming it, and a
    trial of "rechallenge with A" evaluates the rechallenge. For each prediction (in a sentence that names the therapy
    once: ``_named_once``) or trial whose therapy, or rescue
    whose rescuer, is the one component of a renewed-use regimen read in the same
    sentence, the same fact of the regimen (same qualifiers, that sentence's evidence), sorted by subject, predicate
    and object; none the document already states of the regimen.

    >>> from builders import default_context
    >>> from kg.model import Evidence
    >>> ctx = default_context()
    >>> drug = ctx.vocab.entities[ctx.vocab.by_name["panitumumab"]]
    >>> again = _renewed(drug, "rechallenge", "rechallenge with panitumumab")
    >>> alt = Entity("crc:alt_x", "Alteration", "EGFR S492R")
    >>> s = "S492R spares panitumumab binding, suggesting a rechallenge with panitumumab."
    >>> ev = Evidence("d.txt", 0, len(s), s, "", "rule")
    >>> facts = [Assertion(again.id, "has_component", drug.id, (), [ev]), Assertion(drug.id, "overcomes", alt.id, (), [ev])]
    >>> [(a.subject, a.predicate, a.object) for a in renewed_use_facts(facts, {e.id: e for e in (drug, again, alt)}, ctx)]
    [('crc:regimen_panitumumab_rechallenge', 'overcomes', 'crc:alt_x')]
    """
    parts: dict[str, list] = {}
    for a in assertions:
        if a.predicate == "has_component":
            parts.setdefault(a.subject, []).append(a)
    renewed: dict[str, list[tuple[str, set]]] = {}  # component -> (renewed regimen, where it is named)
    for regimen, facts in parts.items():
        entity = entities.get(regimen)
        if entity is None or entity.category != "Regimen" or not _RENEWED_NAME.search(entity.name) or \
                len({a.object for a in facts}) != 1:
            continue
        where = {(ev.document, ev.start) for a in facts for ev in a.evidence}
        renewed.setdefault(facts[0].object, []).append((regimen, where))
    # a maintenance of a combination is the combination kept on: a trial of the combination named so in the sentence
    # evaluates it ("randomly assigned to maintenance A plus B or observation")
    kept = {regimen for regimen, facts in parts.items() if len({a.object for a in facts}) > 1 and
            entities.get(regimen) is not None and entities[regimen].category == "Regimen" and
            _KEPT_NAME.search(entities[regimen].name)}
    if kept:
        by_parts: dict[frozenset, list[str]] = {}
        for regimen, facts in parts.items():
            by_parts.setdefault(frozenset(a.object for a in facts), []).append(regimen)
        for regimen in sorted(kept):
            where = {(ev.document, ev.start) for a in parts[regimen] for ev in a.evidence}
            for plain in by_parts[frozenset(a.object for a in parts[regimen])]:
                if plain not in kept:
                    renewed.setdefault(plain, []).append((regimen, where))
    if not renewed:
        return []
    for therapy in list(renewed):
        if therapy in entities:  # a trial's arm receives the therapy's one-therapy regimen
            renewed.setdefault(as_regimen(None, entities[therapy]).id, renewed[therapy])
    stated = {(a.subject, a.predicate, a.object) for a in assertions}
    new = DerivedFacts()
    for a in assertions:
        if (a.predicate in _PREDICTIONS or a.predicate == "evaluates") and a.object in renewed:
            # (a trial that evaluates the therapy named as given again evaluates the renewal however often the sentence
            # names it: "continuation of A after progression in patients previously treated with A ... in the X study")
            therapy, make, once = a.object, (lambda r, a=a: (a.subject, a.predicate, r)), a.predicate in _PREDICTIONS
        elif a.predicate == "overcomes" and a.subject in renewed:
            # (a drug that overcomes a resistance overcomes it when given again: "S492R spares panitumumab binding,
            # suggesting a rechallenge with panitumumab")
            therapy, make, once = a.subject, (lambda r, a=a: (r, a.predicate, a.object)), False
        else:
            continue
        for regimen, where in renewed[therapy]:
            evidence = [ev for ev in a.evidence if (ev.document, ev.start) in where
                        and (not once or _named_once(entities.get(therapy), ev.sentence))]
            fact = make(regimen)
            if not evidence or fact in stated:
                continue
            s, p, o = fact
            if not ctx.schema.allows(entities[s].category, p, entities[o].category):
                continue
            new.add(fact, Assertion(s, p, o, a.qualifiers, evidence))
    return new.sorted()


# --- the maintenance phase: a therapy kept on after the induction it was part of (or followed) ---------------------
# the phase word, then the therapy: "maintenance with A", "maintenance therapy with A", "maintenance treatment of A",
# "maintenance A", "continuation of A", "continuation with A" (never "maintenance of response", "dose maintenance":
# only a therapy right after the words counts)
_PHASE_BEFORE = lazy_compile(rf"(?<![\w\-])(?<!dose\s)(?<!dose-)(?<!dosing\s)(?P<cue>{KEPT_ON})"
                             r"(?:\s+(?:therapy|treatment|phase|regimen|strategy))?(?:\s+(?:with|of|using|by))?\s+"
                             r"(?:(?:an?|the|single-agent|single\s+agent)\s+)?"
                             r"\Z", re.I)
# the therapy, then the phase word: "A maintenance", "A maintenance therapy", "A continuation", "A as maintenance
# (therapy)", "A as continuation treatment"; never a dose ("A maintenance dose", "a weekly maintenance dose of A")
_PHASE_AFTER = lazy_compile(rf"(?:\s+as(?:\s+an?)?)?[-\s]+(?P<cue>{KEPT_ON})(?![\w\-])"
                            r"(?!\s+(?:dose|doses|dosing|infusion|infusions|of)\b)"
                            r"(?:\s+(?:therapy|treatment|phase|regimen|strategy)(?![\w\-]))?", re.I)
# a second therapy offered as the other choice of the same phase: "maintenance with A or B", "A or B maintenance"
_OR = lazy_compile(r"\s*(?:,\s*)?(?:or|and/or)\s+(?:(?:with|of)\s+)?(?:(?:an?|the)\s+)?\Z", re.I)
# a partner every arm may or may not take: "A ± B maintenance" is A + B maintenance or A maintenance, never B's
_OPTIONAL_BEFORE = lazy_compile(rf"{OPTIONAL_PARTNER}\s*\Z", re.I)
_PHASE_CUE = prefiltered(lazy_compile(KEPT_ON, re.I))


def _phase_regimen(therapy: Entity, kind: str, written: str) -> Entity:
    """The regimen of ``therapy`` kept on in the phase ``kind`` ("maintenance", "continuation"), with the text's
    spelling (``written``) and the common word orders among its names.

    >>> bev = Entity("DRUGBANK:DB00112", "Drug", "bevacizumab")
    >>> e = _phase_regimen(bev, "maintenance", "maintenance with bevacizumab")
    >>> e.id, e.name, e.synonyms
    ('crc:regimen_bevacizumab_maintenance', 'bevacizumab maintenance', ('maintenance with bevacizumab',))
    """
    name = f"{therapy.name} {kind}"
    names = {written, f"{kind} with {therapy.name}" if kind == "maintenance" else f"{kind} of {therapy.name}"}
    names = {n for n in names if n and n.lower() != name.lower() and len(n.split()) <= 8}
    return Entity(mint("regimen", name), "Regimen", name, tuple(sorted(names)))


def maintained_uses(text: str, rec, therapies: list) -> None:
    """Record, for each therapy among ``therapies`` (the sentence's therapy mentions) or combination read in the
    sentence (``rec.regimens``) that the words next to it name as the phase kept on after an induction, its
    maintenance (or continuation) regimen, implied, with its components: "maintenance with A or B" (an A maintenance
    and a B maintenance), "A maintenance versus no maintenance", "randomly assigned to A continuation or observation".

    A maintenance is a treatment strategy of its own: after an induction has controlled the disease, a lighter therapy
    (often one drug of the induction) is kept on until progression, or the treatment is paused (observation). It is
    recorded as "<therapy> maintenance" ("<therapy> continuation" when the text says so) with the therapy as its
    component, like a renewed use; the mention stays the therapy's (its arm, its results). Only the phase word right
    next to a therapy names it: "maintenance of response to A", "disease control was maintained on A", "a weekly
    maintenance dose of A" name none."""
    if not _PHASE_CUE.search(text):
        return
    spans = _therapy_spans(rec, therapies)
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    found: dict[int, tuple[str, str]] = {}  # index in spans -> (kind, written)
    for i, (start, end, entity, parts) in enumerate(spans):
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e, _, _ in spans):
            continue  # a part of a combination read here ("maintenance with A plus B" is the combination's)
        if entity.category == "DrugClass" and any(s2 > start and e2.category == "Drug" and not text[end:s2].strip()
                                                  for s2, _, e2, _ in spans):
            continue  # "maintenance with single-agent anti-EGFR panitumumab": the class says which the drug is
        lead = min([s2 for s2, e2, c, _ in spans if c.category == "DrugClass" and s2 < start and
                    not text[e2:start].strip()] or [start])  # (the class before a drug: "anti-EGFR panitumumab")
        before = _PHASE_BEFORE.search(text, max(0, lead - 50), lead)
        if before is not None and not (before.group("cue").lower() == "continuation" and
                                       _AFTER_PROGRESSION.match(text, end)):
            found[i] = (before.group("cue").lower(), re.sub(r"\s+", " ", text[before.start():end]).strip())
            continue
        after = None if _OPTIONAL_BEFORE.search(text, max(0, start - 25), start) else _PHASE_AFTER.match(text, end)
        if after is not None and not (after.group("cue").lower() == "continuation" and
                                      _AFTER_PROGRESSION.match(text, after.end())):
            # (a continuation past progression is the therapy kept on beyond it: renewed_uses reads it)
            found[i] = (after.group("cue").lower(), re.sub(r"\s+", " ", text[start:after.end()]).strip())
    # the other choice of the phase: "maintenance with A or B" (B too), "A or B maintenance" (A too)
    outer = [i for i, (s, e, _, _) in enumerate(spans)
             if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _, _ in spans)]
    for a, b in zip(outer, outer[1:]):
        if not _OR.fullmatch(text, spans[a][1], spans[b][0]):
            continue
        if a in found and b not in found and found[a][1].lower().startswith(found[a][0]):
            found[b] = (found[a][0], f"{found[a][0]} with {spans[b][2].name}")
        elif b in found and a not in found and not found[b][1].lower().startswith(found[b][0]):
            found[a] = (found[b][0], f"{spans[a][2].name} {found[b][0]}")
    seen: set[str] = set()
    for i, (kind, written) in sorted(found.items()):
        _note_renewal(_phase_regimen(spans[i][2], kind, written), spans[i][3], seen, rec)

