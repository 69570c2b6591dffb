"""Resistance mechanisms, read by the entity reader (builders/patterns.py runs these from :func:`recognise`).

A gene's or pathway's activation, a process driven by an entity ("ABCB1-mediated MDR"), a gene's own process
("HER2 heterodimer recycling") and modifications of residues as mechanism entities (``mechanism_entity``,
``mechanisms``); and the items a list of resistance mechanisms names, as processes of their own
(``listed_mechanisms``).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.pattern_mentions import _mention, list_reach
from kg.ids import mint
from kg.model import Entity


_ACTIVATION_AFTER = lazy_compile(r"[-\s](?P<mod>hyper-?activation|over-?activation|re-?activation|activation|signal(?:l)?ing "
                                 r"(?:axis|activation|loop)|signal(?:l)?ing|axis|crosstalk|cross-talk|feedback loop|"
                                 r"feedback|pathway activation|loop)(?![A-Za-z])", re.I)
_ACTIVATION_BEFORE = lazy_compile(r"(?<![A-Za-z])(?:hyper-?activation|over-?activation|re-?activation|activation|upregulation|"
                                  r"up-regulation)\s+of\s+(?:the\s+)?$", re.I)
# the feedback words before "activation of X" ("feedback activation of HER3", "adaptive feedback reactivation of")
_FEEDBACK_BEFORE = lazy_compile(r"(?<![A-Za-z])(?:(?:rapid|adaptive|compensatory|reflexive)\s+)?feedback\s+(?=(?:re-?)?"
                                r"activation\s+of\b)", re.I)
_DRIVEN = lazy_compile(r"[-\s](?:mediated|driven|induced|dependent|associated|triggered)\s+$", re.I)
# "ABCB1-mediated MDR", "CAF-mediated resistance", "IL-17A-driven MDSC recruitment": an entity driving a process
_DRIVEN_PROCESS = lazy_compile(
    r"-(?:mediated|driven|induced|dependent|triggered|derived)\s+(?:[\w\-]+\s+){0,2}?(?:MDR|efflux|exclusion|"
    r"suppression|immunosuppression|recruitment|reactivation|feedback|evasion|escape|cleavage|degradation|"
    r"secretion|transfer|upregulation|overexpression|polarization|infiltration|inflammation|autophagy|"
    r"stemness|glycosylation|ubiquitination|phosphorylation|tolerance|exhaustion|dysfunction|expansion|"
    r"accumulation|remodell?ing|reprogramming|signal(?:l)?ing|activation)(?![A-Za-z])", re.I)


# "enhanced STAT3 activity", "acute increases in c-MET activity": a gene's activity said to be raised is its activation
# (a lowered or unqualified activity names no direction and stays the gene)
_RAISED_BEFORE = lazy_compile(r"(?<![A-Za-z])(?:enhanced|increased|elevated|greater|higher|heightened|augmented|"
                              r"increases?\s+in|elevations?\s+in)\s+(?:the\s+)?$", re.I)
_ACTIVITY_AFTER = lazy_compile(r"\s+(?:kinase\s+)?activity(?![A-Za-z])", re.I)


# "HER2 heterodimer recycling", "EGFR nuclear translocation", "PD-L1 protein stabilization"
_GENE_PROCESS = lazy_compile(r"[-\s](?P<words>(?:(?:heterodimer|homodimer|protein|receptor|nuclear|membrane|surface|mRNA)\s+)?"
                             r"(?:recycling|cleavage|degradation|stabili[sz]ation|translocation|heterodimeri[sz]ation|"
                             r"dimeri[sz]ation|internali[sz]ation|shedding|endocytosis|trafficking))(?![A-Za-z])", re.I)


# "RAF dimers", "RAF dimer formation": the kinase's dimers, formed to signal on under a drug that binds the monomer,
# are its dimerization (a partner named with it, "EGFR-HER3 heterodimer", stays the two partners below)
_GENE_DIMERS = lazy_compile(r"[-\s](?P<words>dimers|dimer\s+formation)(?![A-Za-z])", re.I)


# the process two receptors named together undergo ("HER2:HER3 dimerization", "EGFR/HER2 heterodimer formation"); the
# complex itself ("the EGFR-HER3 heterodimer activates PI3K") stays its two partners
_PAIR_DIMER = lazy_compile(r"[-\s](?P<words>(?:hetero)?dimeri[sz]ation|heterodimer formation)(?![A-Za-z])", re.I)


def pathway_class(vocab, pathway_id: str) -> str | None:
    """The class of the resistance-mechanism taxonomy a pathway's activation falls in, by the pathway's member genes
    (pathways.yaml ``members``, mechanisms.yaml ``gene_roles``): a pathway of a receptor a tumour can signal through
    instead (IGF-1R signalling) is a bypass receptor's activation, one of the signalling kinases that relay the
    blocked receptor's signal (MAPK, PI3K/AKT) their reactivation; a pathway of neither (NF-κB, NRF2) is no
    reactivation of these (None: the class is told as for any cause). A pathway with no members listed keeps the
    reactivation; a pathway the vocabulary does not know (an axis a text names by its parts, "the Ang2/Tie-2 axis")
    is told as for any cause.

    >>> from kg.vocab import load_vocabulary
    >>> v = load_vocabulary()
    >>> [pathway_class(v, v.by_name[n]) for n in ("mapk pathway", "igf-1r signaling", "nf-κb signaling")]
    ['downstream_pathway_reactivation', 'bypass_receptor_activation', None]
    """
    if pathway_id not in vocab.pathway_members:
        return None
    members = vocab.pathway_members.get(pathway_id)
    if not members:
        return "downstream_pathway_reactivation"
    roles = vocab.mechanism_rules.get("gene_roles") or {}
    names = {vocab.entities[m].name for m in members if m in vocab.entities}
    for cls in ("bypass_receptor_activation", "downstream_pathway_reactivation"):
        if names & set(roles.get(cls) or ()):
            return cls
    return None


def mechanism_entity(name: str, parts: list[Entity], cls: str | None = None, synonyms=()) -> Entity:
    """A ResistanceMechanism named by the text (``MET activation``, ``AURKA/YAP1 axis``)."""
    attrs = (("taxonomy_class", cls),) if cls else ()
    return Entity(mint("mech", name), "ResistanceMechanism", name, tuple(s for s in synonyms if s != name), (), attrs)


# "mechanisms proposed to explain the limited efficacy of ICIs include target heterogeneity, tumour-intrinsic
# alterations and T-cell exhaustion": the items a list of resistance mechanisms names are processes of their
# own even when no vocabulary knows them
_MECHANISM_LIST = lazy_compile(
    r"\b(?:mechanisms?|causes|factors|drivers|contributors)\b(?P<head>[^.;:]{0,160}?)"
    r"(?:,?\s*(?:including|includes?|included|encompass(?:es|ed)?|such as|namely|e\.g\.,?|"
    r"(?:categori[sz]ed|classified|divided|grouped) into)|\s*:)\s+(?P<list>[^.;]+)", re.I)
_RESISTANCE_HEAD = lazy_compile(r"resistan|refractor|insensitiv|unresponsive|escape|limited (?:efficacy|effectiveness|benefit)|"
                                r"(?:poor|lack of|reduced) (?:response|efficacy)|failure", re.I)
# "Resistance mechanisms encompass ...": the resistance named just before the list's head word
_RESISTANCE_BEFORE = lazy_compile(r"\b(?:resistance|chemoresistance|drug[- ]resistance)\s+$", re.I)
# "As far as resistance to chemotherapy is concerned, several contributors have been identified such as: ...":
# the resistance named earlier in the list's clause
_RESISTANCE_EARLIER = lazy_compile(r"\b(?:resistance|chemoresistance)\b[^.;:()]{0,80}$", re.I)
# "mechanisms including A, B and C are the main determinants of resistance to 5-FU": the resistance named after the list
_RESISTANCE_TAIL = lazy_compile(r"\s+(?:are|were|have been|has been)\b[^.;]{0,40}?\b(?:determinants?|causes?|"
                                r"mechanisms?|drivers?|mediators?)\s+of\s+(?:[\w\-/]+\s+){0,3}?(?:resistan|chemoresistan)", re.I)
_LIST_SPLIT = lazy_compile(r"\s*(?:,\s*(?:and|or)\s+|,|\band\b|\bor\b|\bas well as\b)\s*")
_ITEM_WORD = lazy_compile(r"^[A-Za-z][\w\-/+]*$")
_NOT_ITEM = lazy_compile(r"^(?:others?|etc|many|several|some|more|those|these|this|that|it|they|both|each|all)$|"
                         r"^(?:its|their|his|her)\b|\b(?:survival|response rates?|toxicit(?:y|ies))\b|"
                         r"\b(?:is|are|was|were|be|been|has|have|had|can|may|might|could|which|that|who|whose)\b", re.I)
_ITEM_LEAD = lazy_compile(r"^(?:the|a|an|possibly|probably|also|even|particularly|especially|mainly|notably)\s+", re.I)
# "expression or activity of X": two measures of one product, one item of the list
_LEVEL_WORD = r"(?:expression|activity|level|levels|function|abundance)"
_LEVEL_END = lazy_compile(rf"\b{_LEVEL_WORD}$", re.I)
_LEVEL_START = lazy_compile(rf"^{_LEVEL_WORD}\b.*\bof\b", re.I)
# an item worded as a change of a named gene's, molecule's, cell's or pathway's level or activity:
# "increased expression of X", "loss of X", "activation of the Y pathway", "impaired Z", "stromal cell interactions"
_PROCESS_ITEM = lazy_compile(
    r"^(?:(?:increased|elevated|raised|enhanced|high|higher|reduced|decreased|low|lower|diminished|impaired|altered|aberrant|"
    r"dysregulated|deregulated|defective|constitutive|compensatory|upregulated|downregulated)\b|"
    r"(?:loss|gain|activation|inactivation|reactivation|overexpression|upregulation|downregulation|dysregulation|"
    r"deregulation|alterations?|modulations?|silencing|suppression|secretion|self-regulation|evasion|stimulation|induction|"
    r"enhancement|impairment)\s+(?:of|in)\b)|"
    r"\b(?:interactions?|crosstalk|cross-talk|activation|signal(?:l)?ing|overexpression|upregulation|loss|"
    r"reprogramming|evasion|escape|alterations?)$", re.I)
_PROCESS_PARTS = ("Gene", "Molecule", "CellType", "Pathway")
_DETERMINER = lazy_compile(r"\s+(?:the|a|an)\s+", re.I)
_ONE_WORD_OF = lazy_compile(r"[\w\-]+\s+(?:of|in)\s+(?:the\s+)?", re.I)
_CAUSE_WORD_AFTER = lazy_compile(r"[-\s]+(?:over-?expression|up-?regulation|down-?regulation|loss|activation|inactivation|"
                                 r"silencing|expression|deficiency|depletion|amplification|mutations?)", re.I)


def _list_items(text, body, pos):
    """The (start, end) of each item of a list body starting at ``pos`` in ``text``; "expression or activity of X"
    stays one item."""
    spans = []
    for part in _LIST_SPLIT.split(body):
        part = part.strip()
        start = text.find(part, pos) if part else -1
        if start < 0:
            continue
        pos = start + len(part)
        if spans and _LEVEL_END.search(text[spans[-1][0]:spans[-1][1]]) and _LEVEL_START.match(part) and \
                re.fullmatch(r"\s+(?:and|or)\s+", text[spans[-1][1]:start]):
            spans[-1] = (spans[-1][0], pos)
            continue
        spans.append((start, pos))
    return spans


# "several causes have been identified such as: A; B; and C", "(1) A; (2) B; and (3) C": a list after a colon
# whose items are separated by semicolons (commas then stay inside an item)
_SEMICOLON_LIST = lazy_compile(r"[^.;]+(?:;[^.;]+)+")
_SEMI_ITEM_LEAD = lazy_compile(r"\s*(?:and\s+|or\s+)?(?:\(?\d{1,2}\)\s*)?(?:the\s+)?", re.I)
_SEMI_ITEM_STOP = lazy_compile(r"\s*(?:\(|\[|,|\b(?:as|which|that|who|whose|due to|because|whereas|while)\b)", re.I)


def _semicolon_items(text, start, end):
    """The (start, end) of each item of a semicolon-separated list in ``text[start:end]``: split at semicolons
    outside brackets, each item trimmed of its number ("(2)"), a leading "and" or "the", and of what follows
    its head phrase (a bracket, a comma, "as ...", "which ...")."""
    spans, depth, left = [], 0, start
    for i in range(start, end + 1):
        ch = text[i] if i < end else ";"
        depth += ch in "([" and 1 or (-1 if ch in ")]" and depth else 0)
        if ch != ";" or depth:
            continue
        lead = _SEMI_ITEM_LEAD.match(text, left, i)
        a = lead.end() if lead else left
        stop = _SEMI_ITEM_STOP.search(text, a, i)
        b = stop.start() if stop else i
        b = a + len(re.sub(r"\s+(?:and|or)$", "", text[a:b].rstrip()))
        if b > a:
            spans.append((a, b))
        left = i + 1
    return spans


def _names_resistance(text, lm) -> str | None:
    """Where the list's sentence says its items are mechanisms or causes of resistance: "head" between the
    list's head word and the list ("mechanisms of resistance to X include"), "before" the head word
    ("resistance mechanisms encompass", "as far as resistance to X is concerned, several causes such as")
    or "tail" after the list ("mechanisms including A and B are determinants of resistance to X"); None
    when it does not."""
    if _RESISTANCE_HEAD.search(lm.group("head")):
        return "head"
    if _RESISTANCE_BEFORE.search(text, max(0, lm.start() - 20), lm.start()) or \
            _RESISTANCE_EARLIER.search(text, max(0, lm.start() - 100), lm.start()):
        return "before"
    return "tail" if _RESISTANCE_TAIL.search(lm.group("list")) else None


def _item_name(item: str) -> str:
    """A list item as a name: its first word in lower case unless it is written with inner capitals ("PlGF")."""
    first = item.split()[0]
    return item[0].lower() + item[1:] if first[1:2].islower() and first[1:] == first[1:].lower() else item


def _process_item(text, start, end, mentions, rec):
    """A list item worded as a process of the genes, molecules, cells or pathways it names ("elevated
    expression or activity of thymidylate synthase", "stromal cell interactions"): a mechanism named by the
    item's words that involves each of them, standing for their mentions; None when the item names anything
    else, no such part, or is one entity already."""
    item = text[start:end]
    inside = [m for m in mentions if m.start < end and start < m.end]
    if not inside or any(m.start < start or m.end > end or m.entity.category not in _PROCESS_PARTS for m in inside) \
            or not _PROCESS_ITEM.search(item) or len(_DETERMINER.sub(" ", item).split()) > 10:
        return None, inside
    if len(inside) == 1 and (inside[0].end == end and _ONE_WORD_OF.fullmatch(text, start, inside[0].start) or
                             inside[0].start == start and _CAUSE_WORD_AFTER.fullmatch(text, inside[0].end, end)):
        return None, inside  # "loss of neoantigens", "IL-6 overexpression": the cause reading names it by its entity
    name = _DETERMINER.sub(" ", re.sub(r"\s+", " ", item))
    mech = mechanism_entity(_item_name(name), [m.entity for m in inside])
    for m in inside:
        rec.imply(mech, "involves", m.entity)
    return _mention(start, end, text, mech), inside


# "studies suggest MAPK reactivation, stimulation of CDK4/6-dependent cell-cycle transition and immune defects as possible
# mechanisms of resistance": a list put forward as the mechanisms (or causes, drivers) of a resistance, after the verb
# that puts it forward; its items are processes of their own as in a list the head word ties to resistance
_AS_MECHANISMS = lazy_compile(
    r"\b(?:suggest(?:s|ed)?|propos(?:e|es|ed)|identif(?:y|ies|ied)|implicat(?:e|es|ed)|nominat(?:e|es|ed)|"
    r"describ(?:e|es|ed)|reveal(?:s|ed)?|highlight(?:s|ed)?|point(?:s|ed)?\s+to|consider(?:s|ed)?|regard(?:s|ed)?|"
    r"recogni[sz](?:e|es|ed)|establish(?:es|ed)?|put(?:s)?\s+forward)\s+(?P<list>[^.;:()]{3,200}?)\s+as\s+"
    r"(?:(?:the|a|an|possible|potential|putative|candidate|key|major|main|common|frequent|important|novel|new|"
    r"additional|likely|plausible|principal)\s+){0,3}(?:mechanisms?|causes?|drivers?|mediators?|determinants?)\s+"
    r"(?:of|for|underlying)\s+(?:[\w\-/]+\s+){0,3}?(?:resistan|chemoresistan|refractor)", re.I)


# an item that points back to something named before ("the gene", "this protein", "these changes")
_ANAPHORIC_ITEM = lazy_compile(r"(?:the|this|these|that|those|its|their|such)\s", re.I)


def _as_mechanism_spans(text):
    """The (start, end) of each item of a list put forward "as (possible) mechanisms of resistance"."""
    spans = []
    for am in _AS_MECHANISMS.finditer(text):
        spans.extend(_list_items(text, am.group("list"), am.start("list")))
    return spans


def listed_mechanisms(text, mentions, rec) -> list:
    """Items of a list of resistance mechanisms that no other recogniser names become mechanisms of
    their own ("target heterogeneity"); an item an entity already covers is left to that entity, and an item
    worded as a process of the entities it names becomes a mechanism involving them."""
    out = list(mentions)
    changed = False
    listed = []
    for lm in _MECHANISM_LIST.finditer(text):
        where = _names_resistance(text, lm)
        if where is None:
            continue
        body = lm.group("list")
        stop = re.search(r"\b(?:which|that|whereas|while|but|because|who|whose)\b|\(|\[", body)
        body = body[:stop.start()] if stop else body
        if where == "tail":
            tail = re.search(r"\s+(?:are|were|have been|has been)\b", body)
            body = body[:tail.start()] if tail else body
        semi = _SEMICOLON_LIST.match(text, lm.start("list")) if ":" in text[lm.end("head"):lm.start("list")] else None
        spans = _semicolon_items(text, *semi.span()) if semi else _list_items(text, body, lm.start("list"))
        listed.extend((start, end, where) for start, end in spans)
    listed.extend((start, end, "as") for start, end in _as_mechanism_spans(text))
    for start, end, where in listed:
        item = text[start:end]
        if where == "as" and _ANAPHORIC_ITEM.match(item) and not any(m.start < end and start < m.end for m in out):
            continue  # "identified the gene as a driver of resistance": a thing named before, no process of its own
        lead = _ITEM_LEAD.match(item)
        start += lead.end() if lead else 0
        item = text[start:end]
        words = item.split()
        if _NOT_ITEM.search(item) or len(item) < 4:
            continue
        if any(m.start < end and start < m.end for m in out):
            mech, inside = _process_item(text, start, end, out, rec)
            if mech is not None:
                out = [m for m in out if m not in inside] + [mech]
                changed = True
            continue
        if not 1 <= len(words) <= 5 or not all(_ITEM_WORD.match(w) for w in words) or \
                (where not in ("head", "as") and not _PROCESS_ITEM.search(item)) or \
                (where == "as" and len(words) < 2 and not _PROCESS_ITEM.search(item)):
            continue  # a list the head word does not tie to resistance gives only items worded as processes
        out.append(_mention(start, end, text, mechanism_entity(_item_name(item), [])))
        changed = True
    return sorted(out, key=lambda x: (x.start, x.end)) if changed else mentions


def mechanisms(r, text, mentions, rec):
    """Mechanisms named by genes and a process word: ``MET activation``, ``activation of STAT3``,
    ``ERBB2/MET/IGF-1R activation`` (one each), ``the AURKA/YAP1 axis`` (one for the axis),
    ``PI3K/AKT pathway activation``, and ``TGF-β-driven T-cell exclusion`` (a named process driven
    by an entity)."""
    items = sorted(mentions, key=lambda m: m.start)
    actors = ("Gene", "Molecule", "Pathway")
    out: list = []
    used: set[int] = set()
    for k, m in enumerate(items):
        if k in used:
            continue
        if m.entity.category not in actors:
            out.append(m)
            continue
        group = [m]
        j = k + 1
        while j < len(items) and items[j].entity.category in actors and \
                re.fullmatch(r"\s*(?:/|-|–|,|, and|and)\s*|:", text[group[-1].end:items[j].start]):
            group.append(items[j])
            j += 1
        after = _ACTIVATION_AFTER.match(text, group[-1].end)
        before, feedback = _activation_before(text, m)
        if after and len(group) == 1 and m.entity.category == "Gene" and \
                after.group("mod").lower() in ("signaling", "signalling") and feedback is not None:
            after = None  # "feedback reactivation of receptor tyrosine kinase signaling": the gene's (re)activation
        if after:
            before = feedback = None
        if feedback is not None:
            # "feedback activation of HER3": the gene's activation is what the feedback is; the general feedback
            # mechanism the vocabulary reads in its first words gives way to it
            out = [x for x in out if not (x.start >= feedback.start() and x.end <= m.start and
                                          x.entity.category == "ResistanceMechanism")]
        process = None if after or before or len(group) > 1 or m.entity.category != "Gene" else \
            _GENE_PROCESS.match(text, m.end)
        dimers = None if process or after or before or len(group) > 1 or m.entity.category != "Gene" else \
            _GENE_DIMERS.match(text, m.end)
        pair = _PAIR_DIMER.match(text, group[-1].end) if not after and not before and len(group) == 2 and \
            all(g.entity.category == "Gene" for g in group) else None
        if pair:
            # "HER2:HER3 dimerization", "EGFR/HER2 heterodimerization": one process of the two receptors together
            out.append(_process_of(text, m, [g.entity for g in group], pair, rec, lower=True))
            used.update(range(k + 1, j))
            continue
        if process:
            # "HER2 heterodimer recycling", "EGFR nuclear translocation": a process of the gene's product
            out.append(_process_of(text, m, [m.entity], process, rec))
            continue
        if dimers:
            # "RAF dimers mediate resistance": the gene's dimerization
            out.append(_process_of(text, m, [m.entity], dimers, rec, label="dimerization"))
            continue
        if not after and not before:
            out.append(_raised_activity(text, m, len(group), rec) or m)
            continue
        word = (after.group("mod") if after else re.sub(r"\s+of.*$", "", before.group(0).strip(), flags=re.S)).lower()
        word = word if after or re.search(r"hyper|over|re-?activ", word) else "activation"  # "upregulation of X": X activation
        start = m.start if after else (feedback.start() if feedback is not None else before.start())
        end = after.end() if after else m.end
        if word in ("signaling", "signalling") and any(g.entity.category == "Pathway" for g in group):
            out.append(m)
            continue
        if re.search(r"axis|crosstalk|cross-talk|loop", word) and len(group) > 1:
            surface = re.sub(r"\s+", " ", text[m.start:end])
            mech = mechanism_entity(surface, [g.entity for g in group])
            for g in group:
                rec.imply(mech, "involves", g.entity)
            out.append(_mention(start, end, text, mech))
            used.update(range(k + 1, j))
            continue
        if after and word in ("signaling", "signalling", "axis") and len(group) == 1:
            out.append(m)
            continue
        label = "activation" if "activation" in word or word.startswith(("signal", "axis")) else word
        label = "reactivation" if word.startswith("re") else ("hyperactivation" if "hyper" in word or "over" in word else label)
        listed = group if after else _listed_after_of(text, items, k, m)
        for g in listed:
            name = f"{g.entity.name} {label}"
            synonyms = (f"{g.text} {label}", f"{label} of {g.entity.name}", f"{label} of {g.text}")
            synonyms += _raised_forms(before.group(0), (g.entity.name, g.text)) if before else ()
            mech = mechanism_entity(name, [g.entity], pathway_class(r.vocab, g.entity.id)
                                    if g.entity.category == "Pathway" else None, synonyms)
            rec.imply(mech, "involves", g.entity)
            out.append(_mention(start, end, text, mech) if g is m or after else _mention(g.start, g.end, text, mech))
        used.update(range(k + 1, j if after else k + len(listed)))
    # "X-driven <process>": a named process driven by an entity becomes a mechanism of its own
    final = sorted(out, key=lambda m: m.start)
    result = []
    taken = [(m.start, m.end) for m in final]
    for m in final:
        if m.entity.category not in ("Gene", "Molecule", "CellType", "Alteration", "Pathway", "ResistanceMechanism"):
            continue
        head = _DRIVEN_PROCESS.match(text, m.end)
        if head is None or any(a < head.end() and head.start() < b and (a, b) != (m.start, m.end) for a, b in taken):
            continue
        name = re.sub(r"\s+", " ", text[m.start:head.end()])
        mech = mechanism_entity(name, [m.entity])
        if m.entity.category != "ResistanceMechanism":
            rec.imply(mech, "involves", m.entity)
        final.append(_mention(m.start, head.end(), text, mech))
    final.sort(key=lambda m: (m.start, -m.end))
    for i, m in enumerate(final):
        if m.entity.category == "ResistanceMechanism" and m.source in ("vocab", "abbreviation", "process") and result:
            prev = result[-1]
            gap = text[prev.end:m.start]
            if prev.entity.category in ("Gene", "Molecule", "Pathway", "CellType", "Alteration", "ResistanceMechanism") \
                    and re.fullmatch(r"[-\s](?:mediated|driven|induced|dependent|associated|triggered)\s+", gap):
                name, synonyms = _driven_name(text, prev, m)
                mech = mechanism_entity(name, [prev.entity], m.entity.attr("taxonomy_class"), synonyms)
                rec.imply(mech, "involves", prev.entity) if prev.entity.category != "ResistanceMechanism" else None
                if m.source == "process":
                    rec.pass_on(m.entity, mech)  # "IL-10-mediated suppression of CD8+ T cells" involves the cells
                result.append(_mention(prev.start, m.end, text, mech))
                continue
        result.append(m)
    return _coping_states(text, _pathway_changes(text, _downstream_changes(text, _modifications_of(text, _routes(
        text, _postposed_drivers(text, _cargo_transfers(text, _resistance_naming_cells(text, result), rec), rec), rec),
        rec), rec), rec), rec)


# the cells' coping with a condition or their reliance on an entity: "hypoxia tolerance", "tolerance to/of hypoxia",
# "adaptation to nutrient stress", "dependence on EGFR", "KRAS addiction"
_COPING_WORDS = r"tolerance|adaptation|addiction|dependence|dependency"
_COPING_AFTER = lazy_compile(rf"[-\s](?P<word>{_COPING_WORDS})(?![A-Za-z\-])", re.I)
_COPING_BEFORE = lazy_compile(rf"(?<![A-Za-z\-])(?:(?P<word>{_COPING_WORDS})\s+(?:to|on|upon)|(?P<tol>tolerance)\s+of)"
                              r"\s+(?:the\s+)?$", re.I)
_COPING_OF = ("ResistanceMechanism", "Gene", "Molecule", "Pathway")


def _coping_states(text, mentions, rec) -> list:
    """A tumour's tolerance of or adaptation to a condition ("hypoxia tolerance", "tolerance to hypoxia"), or its
    dependence on or addiction to an entity ("dependence on EGFR", "KRAS addiction"), is a process of the cells
    (``hypoxia tolerance``, ``EGFR dependence``) that involves the entity, never the entity itself: it is the state
    that confers resistance or that a therapy overcomes, not the hypoxia or the gene. A condition's class of the
    resistance-mechanism taxonomy carries over ("hypoxia tolerance" is the microenvironment's, like hypoxia)."""
    low = text.lower()
    if not any(w in low for w in ("toleran", "adaptation", "addict", "dependen")):
        return mentions
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.entity.category not in _COPING_OF:
            continue
        before = _COPING_BEFORE.search(text, max(0, m.start - 30), m.start)
        after = None if before else _COPING_AFTER.match(text, m.end)
        if before is None and after is None:
            continue
        start, end = (before.start(), m.end) if before else (m.start, after.end())
        if any(o is not m and o.start < end and start < o.end for o in mentions):
            continue  # another entity in the phrase ("EGFR-dependent tolerance ...") is read by its own rule
        word = ((before.group("word") or before.group("tol")) if before else after.group("word")).lower()
        word = "dependence" if word == "dependency" else word
        cls = m.entity.attr("taxonomy_class") if m.entity.category == "ResistanceMechanism" else None
        surface = re.sub(r"\s+", " ", text[start:end])
        mech = mechanism_entity(f"{m.entity.name} {word}", [m.entity], cls, (surface, f"{word} of {m.entity.name}"))
        if m.entity.category != "ResistanceMechanism":
            rec.imply(mech, "involves", m.entity)
        out[k] = _mention(start, end, text, mech)
    return out


# cells named by the resistance they show, right after its name and short form ("multidrug resistance (MDR) cancer
# cell-derived exosomes", "drug resistance cells", "MDR cells")
_CELLS_AFTER = lazy_compile(r"\s*(?:\([A-Za-z0-9\-]{2,10}\)\s*)?(?:(?:cancer|tumou?r|CRC)\s+)?cells?(?![A-Za-z])", re.I)


def _resistance_naming_cells(text, mentions) -> list:
    """A resistance written before "cells" names the cells that show it ("multidrug resistance (MDR) cancer cells",
    "MDR cells"): a kind of cell line, no mechanism the sentence states; its mention (and its short form's in the
    brackets) is dropped."""
    if "cell" not in text.lower():
        return mentions
    drop = []
    for m in mentions:
        if m.entity.category != "ResistanceMechanism" or not ("resistan" in m.text.lower() or m.text == "MDR"):
            continue
        after = _CELLS_AFTER.match(text, m.end)
        if after is not None:
            drop.append((m.start, after.end()))
    if not drop:
        return mentions
    return [m for m in mentions if not (m.entity.category == "ResistanceMechanism"
                                        and any(a <= m.start and m.end <= b for a, b in drop))]


# "gene mutations downstream of the EGFR signalling pathway", "alterations in genes downstream of EGFR",
# "downstream mutations of the EGFR pathway", "EGFR downstream pathway alterations"
_DOWNSTREAM_BEFORE = lazy_compile(
    r"(?<![A-Za-z])(?:(?:gene|genetic|somatic|activating)\s+)?(?P<kind>mutations?|alterations?)\s+(?:(?:in|of)\s+"
    r"(?:the\s+)?(?:genes?|effectors?|components?|molecules?|signal(?:l)?ing\s+(?:genes|molecules|pathways?))\s+)?"
    r"(?:located\s+|lying\s+|acting\s+)?downstream\s+(?:of|from)\s+(?:the\s+)?$|"
    r"(?<![A-Za-z])downstream\s+(?P<kind2>mutations?|alterations?)\s+(?:of|in)\s+(?:the\s+)?$|"
    r"(?<![A-Za-z])(?P<kind3>mutations?|alterations?)\s+(?:in|of|affecting)\s+(?:the\s+)?downstream\s+(?:signal(?:l)?ing\s+)?"
    r"(?:effectors?|genes?|components?|molecules?|mediators?|pathways?)\s+(?:of|from)\s+(?:the\s+)?$", re.I)
_DOWNSTREAM_AFTER = lazy_compile(
    r"[-\s]downstream\s+(?:(?:signal(?:l)?ing\s+)?(?:pathways?|effectors?|genes?|signal(?:l)?ing)\s+)?"
    r"(?P<kind>mutations?|alterations?)(?![A-Za-z])", re.I)
_PATHWAY_TAIL = lazy_compile(r"\s+(?:signal(?:l)?ing\s+)?(?:pathways?|cascades?|axis)(?![A-Za-z])", re.I)


def _downstream_changes(text, mentions, rec) -> list:
    """Mutations said to lie downstream of a receptor or its pathway ("gene mutations downstream of the EGFR
    signalling pathway", "EGFR downstream mutations") are one mechanism of their own: the changes in the effectors
    that carry the receptor's signal on without it, a reactivation of the pathway below the drug's target. The
    receptor only says where the changed genes lie; it is not itself changed."""
    if "downstream" not in text.lower():
        return mentions  # (every phrase of this kind says "downstream")
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.entity.category not in ("Gene", "Pathway"):
            continue
        before = _DOWNSTREAM_BEFORE.search(text, max(0, m.start - 120), m.start)
        after = None if before else _DOWNSTREAM_AFTER.match(text, m.end)
        if before is None and after is None:
            continue
        end = m.end
        if before is not None:
            tail = _PATHWAY_TAIL.match(text, end)
            end = tail.end() if tail and m.entity.category == "Gene" else end
            start = before.start()
            kind = (before.group("kind") or before.group("kind2") or before.group("kind3")).lower()
        else:
            start, end, kind = m.start, after.end(), after.group("kind").lower()
        if any(o.entity.category != "ResistanceMechanism" and o is not m and o.start < end and start < o.end
               for o in mentions):
            continue  # another named entity inside the phrase: a list or a gene of its own, not this receptor's effectors
        word = "alteration" if kind.startswith("alter") else "mutation"
        gene = re.sub(r"\s+(?:signal(?:l)?ing\s+)?pathway$", "", m.entity.name)
        surface = re.sub(r"\s+", " ", text[start:end])
        mech = mechanism_entity(f"{gene} downstream {word}", [m.entity], "downstream_pathway_reactivation",
                                synonyms=(surface, f"{word}s downstream of {gene}"))
        rec.imply(mech, "involves", m.entity)
        out[k] = _mention(start, end, text, mech)
    return out


# "bypass signalling via HER2/HER3", "paracrine signalling through IL-6 and IL-8": the entities a named process runs
# through, written after it
_ROUTE_AFTER = lazy_compile(r"(?:\s+signal(?:l)?ing)?\s+(?:via|through)\s+(?:the\s+)?")  # ("ERK reactivation" of "reactivation
# of ERK signalling via HER2": the gene's signalling word is left out of its mechanism)
_ROUTE_JOIN = lazy_compile(r"\s*(?:/|,|, and|, or|and|or)\s*")


def _routes(text, mentions, rec) -> list:
    """A named process followed by "via" / "through" and the genes, molecules, cells or pathways it runs through, when
    they end the phrase ("bypass signalling via HER2/HER3 confers ..."; not "via HER2 heterodimers", a head the last one
    modifies): one mechanism "bypass signalling via ERBB2/ERBB3", covering the whole, involving each of them and what
    the process involves; where the process is a raising ("reactivation of ERK signalling via HER2 and HER3"), each
    gene or molecule it runs through raises what it raises."""
    out = list(mentions)
    starts = {m.start: m for m in mentions if m.entity.category in _DRIVERS and m.entity.category != "Alteration"}
    for k, m in enumerate(mentions):
        if m.entity.category != "ResistanceMechanism":
            continue
        route = _ROUTE_AFTER.match(text, m.end)
        first = starts.get(route.end()) if route else None
        if first is None:
            if route is not None:
                _raised_by_raised_route(text, m, route.end(), mentions, rec)
            continue
        group = [first]
        while True:
            join = _ROUTE_JOIN.match(text, group[-1].end)
            nxt = starts.get(join.end()) if join else None
            if nxt is None:
                break
            group.append(nxt)
        if not _LIST_END.match(text, group[-1].end):
            continue
        names = "/".join(dict.fromkeys(g.entity.name for g in group))
        name = f"{m.entity.name} via {names}"
        mech = mechanism_entity(name, [g.entity for g in group], m.entity.attr("taxonomy_class"),
                                synonyms=(re.sub(r"\s+", " ", text[m.start:group[-1].end]),))
        parts = _involved(rec, m.entity)
        for part in dict.fromkeys([g.entity for g in group] + parts):
            rec.imply(mech, "involves", part)
        if RAISED_WORDS.search(text, m.start, m.end):
            # "feedback reactivation of ERK signalling via HER2 and HER3": each gene it runs through raises it
            for g in group:
                _raises(rec, g.entity, parts)
        out[k] = _mention(m.start, group[-1].end, text, mech)
    return out


def _raised_by_raised_route(text, m, at: int, mentions, rec) -> None:
    """A raising of a gene or pathway that runs "via" or "through" the raising of one gene ("feedback activation of
    the ERK pathway via EGFR activation", "MAPK reactivation through the activation of HER3", "reactivation of PI3K
    signalling via upregulation of IGF1R"): that gene raises what the first process raises. Both stay mechanisms of
    their own; a lowering on either side ("via EGFR inhibition", "suppression of X via activation of Y") says
    nothing of the kind."""
    route = next((r for r in mentions if r.start == at and r.entity.category == "ResistanceMechanism"), None)
    if route is None or not RAISED_WORDS.search(text, m.start, m.end) or \
            not RAISED_WORDS.search(text, route.start, route.end):
        return
    drivers = _involved(rec, route.entity)
    if len(drivers) == 1:
        _raises(rec, drivers[0], dict.fromkeys(_involved(rec, m.entity)))


def _involved(rec, process: Entity) -> list[Entity]:
    """What the recognition says a named process involves, in the order it was said."""
    return [o for s, p, o in rec.implied if s.id == process.id and p == "involves"]


def _raises(rec, driver: Entity, parts) -> None:
    """A gene or molecule a raising runs through raises each gene or pathway the raising involves (itself excepted)."""
    if driver.category not in ("Gene", "Molecule"):
        return
    for part in parts:
        if part.category in ("Gene", "Pathway") and part.id != driver.id:
            rec.imply(driver, "activates", part)


# "epithelial-mesenchymal transition induced by TGF-β1", "adaptive feedback reactivation of MAPK signaling, often
# mediated by EGFR": the entity that drives a named process, written after it
_DRIVER_AFTER = lazy_compile(
    r"\s*,?\s*(?:(?:often|mainly|mostly|primarily|predominantly|partly|partially|largely|at least partly|in part|"
    r"probably|possibly|likely|presumably|directly|frequently|typically|usually)\s+)?(?P<verb>induced|mediated|"
    r"driven|triggered|elicited|promoted)\s+by\s+(?:the\s+|an?\s+)?", re.I)
_DRIVERS = ("Gene", "Molecule", "CellType", "Alteration", "Pathway")
# a list after the driver: the process is driven by several entities
_MORE_DRIVERS = lazy_compile(r"\s*(?:,|/|\band\b|\bor\b|\bas well as\b)")


def _written_cell(m) -> str:
    """A cell as it names a process it drives: its vocabulary name ("regulatory T cell-mediated"), not the plural."""
    return m.entity.name


# a process written as the raising of what it involves ("reactivation of MAPK signalling", "AKT hyperactivation");
# guards.process_named_as_raised asks it too
RAISED_WORDS = lazy_compile(r"\b(?:(?:hyper|re)?activation|phosphorylation|up-?regulation|overexpression|induction)\b", re.I)


def _postposed_drivers(text, mentions, rec) -> list:
    """A named process followed by the entity that drives it ("EMT induced by TGF-β1", "MAPK reactivation, often
    mediated by EGFR") is the process as that entity drives it: one mechanism "TGF-β1-induced epithelial-mesenchymal
    transition", covering both, involving the driver and what the process involves."""
    out = list(mentions)
    starts = {m.start: m for m in mentions if m.entity.category in _DRIVERS}
    for k, m in enumerate(mentions):
        if m.entity.category != "ResistanceMechanism":
            continue
        after = _DRIVER_AFTER.match(text, m.end)
        driver = starts.get(after.end()) if after else None
        if driver is None or "-" + after.group("verb").lower() in m.entity.name.lower() or \
                _MORE_DRIVERS.match(text, driver.end):
            continue  # "mediated by Tregs, MDSCs and soluble factors": a process of several drivers stays itself
        written = _written_cell(driver) if driver.entity.category == "CellType" else driver.text
        name = f"{written}-{after.group('verb').lower()} {m.entity.name}"
        mech = mechanism_entity(name, [driver.entity], m.entity.attr("taxonomy_class"),
                                synonyms=(re.sub(r"\s+", " ", text[m.start:driver.end]),))
        parts = _involved(rec, m.entity)
        for part in [driver.entity] + parts:
            rec.imply(mech, "involves", part)
        if driver.entity.category in ("Gene", "Molecule") and RAISED_WORDS.search(text, m.start, m.end):
            # "reactivation of MAPK signalling, often mediated by EGFR": the driver raises what the process raises
            for part in parts:
                if part.category in ("Gene", "Pathway"):
                    rec.imply(driver.entity, "activates", part)
        out[k] = _mention(m.start, driver.end, text, mech)
    return out


# "exosomal transfer of miR-21", "exosome-mediated transfer of lncRNA H19", "vesicle-mediated transmission of miRNAs": a
# transfer whose cargo is named after it
_TRANSFER_HEAD = lazy_compile(r"(?:transfer|transmission)$", re.I)
_OF_CARGO = lazy_compile(r"\s+of\s+(?:the\s+)?")


def _cargo_transfers(text, mentions, rec) -> list:
    """A transfer process followed by the molecule it carries ("exosomal transfer of miR-21") is the transfer of that
    cargo: one mechanism involving the molecule, so that the cause of a resistance keeps what was transferred."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.entity.category != "ResistanceMechanism" or m.source != "vocab" or not _TRANSFER_HEAD.search(m.text):
            continue
        cargo = next((c for c in mentions[k + 1:k + 3] if c.entity.category in ("Molecule", "Gene") and
                      _OF_CARGO.fullmatch(text, m.end, c.start)), None)
        if cargo is None:
            continue
        name = f"{m.entity.name} of {cargo.entity.name}"
        mech = mechanism_entity(name, [cargo.entity], m.entity.attr("taxonomy_class"),
                                synonyms=(re.sub(r"\s+", " ", text[m.start:cargo.end]),))
        rec.imply(mech, "involves", cargo.entity)
        out[k] = _mention(m.start, cargo.end, text, mech)
    return out


# the items of "activation of KRAS and BRAF" / "activation of STAT3, AKT or ERK": genes joined by a list word
_LIST_JOIN = lazy_compile(r"\s*(?:,|, and|, or|and|or)\s*")
# what may follow the list's last gene for the list to be whole ("activation of KRAS and BRAF occurs", "..., "),
# not a head the last gene modifies ("activation of STAT3 and BCL2 expression": BCL2's expression, no activation)
_LIST_END = lazy_compile(r"\s*(?:[,.;:)\]]|$|(?:is|are|was|were|in|and|or|occurs?|occurred|leads?|led|results?|"
                         r"resulted|confers?|conferred|contributes?|contributed|drives?|drove|induces?|induced|"
                         r"promotes?|promoted|mediates?|mediated|causes?|caused|via|through|by|to|as|which|that|has|"
                         r"have|had|may|might|can|could|will|would|after|upon|following|during|from|with|"
                         r"respectively)\b)", re.I)


def _listed_after_of(text: str, items: list, k: int, m) -> list:
    """The genes "activation of" names as a list: ``m`` and each gene joined to it by a comma, "and" or "or"
    ("oncogenic activation of KRAS and BRAF" is the activation of each), when the list ends the phrase; else
    ``[m]`` alone."""
    group = [m]
    j = k + 1
    while j < len(items) and items[j].entity.category == "Gene" and m.entity.category == "Gene" and \
            _LIST_JOIN.fullmatch(text[group[-1].end:items[j].start]):
        group.append(items[j])
        j += 1
    if len(group) == 1 or not _LIST_END.match(text, group[-1].end):
        return [m]
    return group


# "phospho-AKT", "p-STAT3", "phosphorylated ERK": the phosphorylated (active) form of a kinase or its substrate
_PHOSPHO_BEFORE = lazy_compile(r"(?<![A-Za-z])(?:phospho-?|p-|phosphorylated\s+)$", re.I)
# what says the phosphorylated form is raised: "increased phospho-AKT", "elevated basal levels of p-STAT3"
_RAISED_PHOSPHO_LEAD = lazy_compile(r"(?<![A-Za-z])(?:enhanced|increased|elevated|greater|higher|heightened|augmented|"
                                    r"raised|high|sustained|increases?\s+in|elevations?\s+in)\s+(?:(?:basal|baseline|"
                                    r"protein|cellular)\s+)?(?:(?:levels?|expression|amounts?)\s+of\s+)?(?:the\s+)?$", re.I)
# the phosphorylated form as a later item of a raised list: "increased basal levels of γ-H2AX and phospho-Chk2"
_RAISED_LIST_LEAD = lazy_compile(r"(?<![A-Za-z])(?:enhanced|increased|elevated|greater|higher|raised|high)\s+(?:(?:basal|"
                                 r"baseline|protein|cellular)\s+)?(?:levels?|expression|amounts?)\s+of\s+(?:the\s+)?"
                                 r"[^\s,;.()]+(?:\s*,\s*[^\s,;.()]+){0,3}\s*,?\s+(?:and|or)\s+$", re.I)
_LEVEL_AFTER = lazy_compile(r"\s+(?:levels?|expression)(?![A-Za-z])", re.I)


def _process_of(text: str, m, genes: list, words: re.Match, rec, lower: bool = False, label: str | None = None):
    """The mention, from ``m`` to the end of ``words``, of the process the ``genes`` undergo (named by their names,
    joined by "/", and the process words, or ``label`` for them: "EGFR nuclear translocation", "ERBB2/ERBB3
    dimerization"), a mechanism involving each gene."""
    said = label or " ".join(words.group("words").split())
    name = f"{'/'.join(g.name for g in genes)} {said.lower() if lower else said}"
    mech = mechanism_entity(name, genes, synonyms=(re.sub(r"\s+", " ", text[m.start:words.end()]),))
    for g in genes:
        rec.imply(mech, "involves", g)
    return _mention(m.start, words.end(), text, mech)


def _activation_before(text: str, m) -> tuple[re.Match | None, re.Match | None]:
    """The words of activation right before the gene of ``m`` ("activation of"), and the feedback words right before
    those ("adaptive feedback reactivation of RTK signaling": what the feedback reactivates is the gene), each None
    when absent."""
    before = _ACTIVATION_BEFORE.search(text, max(0, m.start - 30), m.start)
    if before is None:
        return None, None
    feedback = _FEEDBACK_BEFORE.search(text, max(0, before.start() - 40), m.start)
    return before, (feedback if feedback is not None and feedback.end() == before.start() else None)


def _raised_phospho_prefix(text: str, m) -> re.Match | None:
    """The phospho prefix of the gene of ``m`` ("phospho-", "p-") when the text says that phosphorylated form is
    raised ("increased levels of phospho-AKT", "elevated p-STAT3 levels"); None otherwise."""
    prefix = _PHOSPHO_BEFORE.search(text, max(0, m.start - 16), m.start)
    if prefix is not None and (_RAISED_PHOSPHO_LEAD.search(text, max(0, prefix.start() - 50), prefix.start()) or
                               _RAISED_LIST_LEAD.search(text, max(0, prefix.start() - 90), prefix.start())):
        return prefix
    return None


def raised_phospho_at(text: str, m) -> bool:
    """Whether the gene of ``m`` is named by its phosphorylated form said to be raised ("increased levels of
    phospho-AKT", "elevated p-STAT3 levels"): its activation, which no level marker of the gene should take first."""
    return _raised_phospho_prefix(text, m) is not None


def _raised_phospho(text, m, rec):
    """"increased levels of phospho-AKT", "elevated p-STAT3", "higher phospho-ERK levels": one gene whose
    phosphorylated form the text says is raised becomes its activation (the phosphorylated form is the active
    one); the mention covers the prefix, the gene and a level word after it. None otherwise."""
    prefix = _raised_phospho_prefix(text, m)
    if prefix is None:
        return None
    level = _LEVEL_AFTER.match(text, m.end)
    end = level.end() if level else m.end
    name = f"{m.entity.name} activation"
    surface = re.sub(r"\s+", " ", text[prefix.start():end])
    mech = mechanism_entity(name, [m.entity], synonyms=(f"{m.text} activation", surface))
    rec.imply(mech, "involves", m.entity)
    return _mention(prefix.start(), end, text, mech)


def _raised_activity(text, m, group_size: int, rec):
    """"enhanced STAT3 activity", "greater STAT3 activity": one gene whose activity the text says is raised
    becomes its activation (the mention covers the gene and "activity"; the raising word stays before it, so
    "resistant cells displayed greater X activity" still reads as what they have more of); None otherwise."""
    if group_size > 1 or m.entity.category != "Gene":
        return None
    phospho = _raised_phospho(text, m, rec)
    if phospho is not None:
        return phospho
    activity = _ACTIVITY_AFTER.match(text, m.end)
    if activity is None or not _RAISED_BEFORE.search(text, max(0, m.start - 30), m.start):
        return None
    name = f"{m.entity.name} activation"
    surface = re.sub(r"\s+", " ", text[m.start:activity.end()])
    mech = mechanism_entity(name, [m.entity], synonyms=(f"{m.text} activation", surface))
    rec.imply(mech, "involves", m.entity)
    return _mention(m.start, activity.end(), text, mech)


def _raised_forms(lead: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """The names an activation read from "upregulation of X" is also known by: the upregulation of
    the gene as the text words it ("X upregulation", "upregulation of X"); none for other lead words.

    >>> _raised_forms("upregulation of the ", ("ABCB1",))
    ('ABCB1 upregulation', 'upregulation of ABCB1')
    """
    if not re.match(r"up-?regulation\b", lead, re.I):
        return ()
    return tuple(dict.fromkeys(f for n in names for f in (f"{n} upregulation", f"upregulation of {n}")))


def _driven_name(text, driver, process) -> tuple[str, tuple[str, ...]]:
    """The name of "<driver>-mediated <process>" and its synonyms: as written, except that a process
    written as an abbreviation the text defined ("ABCB1-mediated MDR") is named by what the
    abbreviation stands for ("ABCB1-mediated drug efflux"), the written form kept as a synonym."""
    surface = re.sub(r"\s+", " ", text[driver.start:process.end])
    if process.source != "abbreviation":
        return surface, ()
    return re.sub(r"\s+", " ", text[driver.start:process.start]) + process.entity.name, (surface,)


_RESIDUE_AFTER = lazy_compile(r"\s+residues?\b", re.I)


def _modifications_of(text, mentions, rec) -> list:
    """"glycosylation of EGFR", "ubiquitination of STAT1": a modification process of one named gene
    becomes the mechanism "EGFR glycosylation" (the process mention alone is dropped); an amino acid
    named as a residue ("at asparagine residue 361") is a position, not a molecule."""
    out = [m for m in mentions if not (m.entity.category == "Molecule" and _RESIDUE_AFTER.match(text, m.end))]
    genes = {m.start: m for m in out if m.entity.category == "Gene"}
    for a in list(out):
        if a.entity.category != "ResistanceMechanism" or \
                a.entity.attr("taxonomy_class") != "post_translational_modification":
            continue
        of = _OF_GENE_AFTER.match(text, a.end)
        b = genes.get(of.end()) if of else None
        if b is None:
            continue
        surface = re.sub(r"\s+", " ", text[a.start:b.end])
        name = f"{b.entity.name} {a.text.lower()}" if a.source == "vocab" else surface
        mech = mechanism_entity(name, [b.entity], "post_translational_modification", (surface,))
        rec.imply(mech, "involves", b.entity)
        out.remove(a)
        out.append(_mention(a.start, b.end, text, mech))
    return out


_OF_GENE_AFTER = lazy_compile(r"\s+of\s+(?:the\s+)?")


# "Wnt pathway alterations", "MAPK pathway gene mutations", "alterations in the PI3K pathway", "mutations in Wnt
# pathway genes": changes named by the pathway their genes belong to
_PATHWAY_CHANGE_AFTER = lazy_compile(
    r"(?:[-\s]+(?:signal(?:l)?ing\s+)?(?:pathways?|cascades?))?(?:[-\s]+(?:related\s+)?genes?)?[-\s]+"
    r"(?P<kind>mutations?|alterations?|aberrations?|lesions)(?![A-Za-z])", re.I)
_PATHWAY_CHANGE_BEFORE = lazy_compile(
    r"(?<![A-Za-z])(?:(?:gene|genetic|somatic|genomic)\s+)?(?P<kind>mutations?|alterations?|aberrations?|lesions)\s+"
    r"(?:in|of|affecting|within)\s+(?:the\s+)?(?:(?:genes?|components?|elements?|members?|constituents?)\s+(?:of|in)\s+"
    r"(?:the\s+)?)?$", re.I)
_PATHWAY_CHANGE_TAIL = lazy_compile(r"(?:\s+(?:signal(?:l)?ing\s+)?(?:pathways?|cascades?))?(?:\s+genes?)?(?![A-Za-z])", re.I)
# a pathway that is an item of a list, or whose changes are listed after it: the listed changes are the reading
_PATHWAY_LISTED_AFTER = lazy_compile(r"\s*(?:,|\(|;|/|\band\b|\bor\b|\bincluding\b|\bsuch\s+as\b)", re.I)
# (a comma joins a change only to another change before it, "KRAS mutations, alterations in ..."; after an opening
# phrase, "In colorectal cancer, alterations in the Wnt pathway ...", it joins nothing)
_PATHWAY_LISTED_BEFORE = lazy_compile(r"(?:(?:mutations?|alterations?|aberrations?|amplifications?|deletions?|loss|"
                                      r"fusions?|variants?|changes|activation|expression|\))\s*,|/|\band|\bor)\s*$", re.I)


# the join between two items a change word before the first or after the last is said of ("alterations in the Wnt and
# the Notch pathways", "mutations in the MAPK, PI3K or Hippo pathways", "alterations in the MAPK pathway, HER2 gene,
# and cell cycle control genes", "B2M or JAK/STAT pathway alterations"): an item's own head word ("pathway", "gene",
# "control genes") before the join
_ITEM_HEAD = r"(?:\s+(?:signal(?:l)?ing\s+)?(?:pathways?|cascades?))?(?:\s+(?:(?:control|regulatory)\s+)?genes?)?"
_PATHWAY_ITEM_JOIN = lazy_compile(_ITEM_HEAD + r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?", re.I)
_ITEM_TAIL = lazy_compile(_ITEM_HEAD + r"(?![A-Za-z])", re.I)
# the change word after a list's last item, every item's ("B2M or JAK/STAT pathway alterations")
_LIST_CHANGE_AFTER = lazy_compile(_ITEM_HEAD + r"[-\s]+(?P<kind>mutations|alterations|aberrations)(?![A-Za-z])", re.I)
# a change word the list's first item took in already ("Alterations in KRAS" read by builders/patterns.py)
_CHANGE_OPENS = lazy_compile(r"(?P<kind>mutations?|alterations?|aberrations?)\s+(?:in|of|affecting|within)\s", re.I)
# a gene that is the object of the word before it is no item of a list of changes ("inhibition of EGFR or MAPK pathway
# alterations", "resistance to EGFR and ...")
_OBJECT_BEFORE = lazy_compile(r"(?<![A-Za-z])(?:of|to|by|against|targeting|than)\s+(?:the\s+)?$", re.I)
_LIST_ITEMS = ("Pathway", "Gene")


def _change_items(text, mentions, k, step) -> list:
    """Indices of the items of a list of pathways and genes from ``mentions[k]`` on (``step`` 1: forward, -1: backward),
    each joined to the next by a comma, "and" or "or" (another reading of the same words passed over); a list of
    two items joined by a bare comma is no list (pattern_mentions.list_reach)."""
    items, gaps = [k], []
    j = k + step
    while 0 <= j < len(mentions):
        n, last = mentions[j], mentions[items[-1]]
        a, b = (last, n) if step > 0 else (n, last)
        if a.end > b.start:
            if n.entity.category in ("Pathway", "ResistanceMechanism"):
                j += step
                continue  # (another reading of the same words)
            break
        if n.entity.category not in _LIST_ITEMS or not _PATHWAY_ITEM_JOIN.fullmatch(text, a.end, b.start):
            break
        items.append(j)
        gaps.append(text[a.end:b.start])
        j += step
    if step > 0:
        gaps.reverse()  # (list_reach counts the gaps nearest the last item first)
    return items[:list_reach(gaps) + 1]


def _listed_pathway_changes(text, mentions, out, rec) -> set:
    """Changes said of a list of pathways ("alterations in the Wnt and the JAK-STAT pathways", "mutations in the MAPK,
    PI3K or Notch pathways", "Wnt or Notch pathway alterations"), genes among them or not ("alterations in the MAPK
    pathway, HER2 gene, PI3K/AKT pathway, and cell cycle control genes", "B2M or JAK/STAT pathway alterations"): each
    pathway of the list has that change, one mechanism each (activation for mutations, dysregulation for other
    changes) over its own word, the first over the change word before too, and each gene that kind of alteration.
    Sets ``out[k]`` for each item ``k`` read so and returns those indices; a list with no pathway, or with anything
    but pathways and genes in it (or mechanisms the vocabulary names, "JAK-STAT signaling", which keep their own
    reading), is left, and so is a pathway whose own change a list of other changes ends ("loss of B2M or JAK/STAT
    pathway alterations": read alone by :func:`_pathway_changes`)."""
    done: set = set()
    for k, m in enumerate(mentions):
        if k in done or m.entity.category not in ("Pathway", "Gene", "Alteration"):
            continue
        if m.entity.category == "Alteration":  # "Alterations in KRAS, BRAF and the PI3K pathway"
            lead = _CHANGE_OPENS.match(m.text)
            if lead is None or m.entity.attr("alteration_kind") not in ("mutation", "alteration"):
                continue
            before, after, kind, items = None, None, lead.group("kind"), _change_items(text, mentions, k, 1)
        else:
            before = _PATHWAY_CHANGE_BEFORE.search(text, max(0, m.start - 60), m.start)
            after = None
            if before is not None:
                if _PATHWAY_LISTED_BEFORE.search(text, max(0, before.start() - 20), before.start()):
                    continue
                items, kind = _change_items(text, mentions, k, 1), before.group("kind")
            else:
                after = _LIST_CHANGE_AFTER.match(text, m.end)
                if after is None or m.entity.category != "Pathway":
                    continue
                items, kind = sorted(_change_items(text, mentions, k, -1)), after.group("kind")
                first = mentions[items[0]]
                if len(items) > 1 and first.entity.category == "Gene" and \
                        _OBJECT_BEFORE.search(text, max(0, first.start - 20), first.start):
                    items = items[1:]
        items = [j for j in items if j not in done]
        if len(items) < 2 or not any(mentions[j].entity.category == "Pathway" for j in items):
            continue
        low = kind.lower()
        word = "activation" if low.startswith("mutat") else "dysregulation"
        for i, j in enumerate(items):
            p = mentions[j]
            if p.entity.category == "Alteration":
                done.add(j)
                continue  # (read with its change word already)
            start = before.start() if i == 0 and before is not None else p.start
            end = _ITEM_TAIL.match(text, p.end).end()
            if i == len(items) - 1 and after is not None:
                end = after.end()
            written = re.sub(r"\s+", " ", text[start:end])
            if p.entity.category == "Pathway":
                ent = mechanism_entity(f"{p.entity.name} {word}", [p.entity],
                                       synonyms=(written, f"{p.entity.name} {low.rstrip('s')}"))
                rec.imply(ent, "involves", p.entity)
            else:
                from builders.patterns import alteration_entity  # (patterns.py imports this module)
                ent = alteration_entity(p.entity, "mutation" if low.startswith("mutat") else "alteration")
                rec.imply(ent, "alteration_of", p.entity)
            out[j] = _mention(start, end, text, ent)
            done.add(j)
    return done


def _pathway_changes(text, mentions, rec) -> list:
    """Mutations or alterations named by the pathway their genes belong to ("Wnt pathway alterations", "MAPK pathway
    gene mutations", "alterations in the PI3K pathway") are one mechanism of the pathway, involving it, whatever
    verb the sentence puts after it: its activation for mutations, its dysregulation for alterations or aberrations
    (a set of changes in the pathway's genes that names no gene and no direction). A pathway listed with others, or whose changes are listed after it
    ("alterations in the PI3K pathway, such as PIK3CA mutations"), is left to the readings of those lists."""
    low = text.lower()
    if "mutat" not in low and "alter" not in low and "aberr" not in low and "lesion" not in low:
        return mentions  # (every phrase of this kind names a change)
    out = list(mentions)
    listed = _listed_pathway_changes(text, mentions, out, rec)
    for k, m in enumerate(mentions):
        if m.entity.category != "Pathway" or k in listed:
            continue
        before = _PATHWAY_CHANGE_BEFORE.search(text, max(0, m.start - 60), m.start)
        after = None if before else _PATHWAY_CHANGE_AFTER.match(text, m.end)
        if before is None and after is None:
            continue
        if before is not None:
            tail = _PATHWAY_CHANGE_TAIL.match(text, m.end)
            start, end, kind = before.start(), tail.end(), before.group("kind").lower()
            if _PATHWAY_LISTED_AFTER.match(text, end) or _PATHWAY_LISTED_BEFORE.search(text, max(0, start - 20), start):
                continue  # (a second change joined to another, "KRAS mutations and alterations in X": its own rule)
        else:  # (its own change word after it is its own, whatever list it ends: "loss of B2M or JAK/STAT pathway
            # alterations"; a list of pathways and genes sharing it is read above)
            start, end, kind = m.start, after.end(), after.group("kind").lower()
        if any(o is not m and o.start < end and start < o.end and o.entity.category != "ResistanceMechanism"
               for o in mentions):
            continue  # another named entity inside the phrase: a gene or list of its own
        # named as the reader names a pathway given as a cause with such a word (builders/guards.py, _cause):
        # mutations activate it ("MAPK pathway mutations confer ...": its activation), other changes name no
        # direction ("alterations in the HGF/c-MET pathway": its dysregulation)
        word = "activation" if kind.startswith("mutat") else "dysregulation"
        surface = re.sub(r"\s+", " ", text[start:end])
        mech = mechanism_entity(f"{m.entity.name} {word}", [m.entity], synonyms=(surface,))
        rec.imply(mech, "involves", m.entity)
        out[k] = _mention(start, end, text, mech)
    return out
