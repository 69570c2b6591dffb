"""A trial report's several names for its own trial: one trial.

A report that calls its trial by an acronym ("the TAILOR trial", "The BEYOND study suggests ...") also gives the
trial's registry number on a line of its own ("Clinical trial information: NCT02743221", "(EudraCT 2017-004519-38)").
The recogniser reads the number as a trial of its own; the trial reader would then see two trials and keep neither in
focus. When the report names one trial only (no other, cited or compared), gives at most one number per registry,
and names that trial as its own (in its title, in two sentences or more, or in its conclusions), the numbers are
the named trial's: its mentions stand for the named trial, which keeps its name and takes the numbers as synonyms
(mentions of one name under two ids, "STEAM" and "STEAM (NCT01765582)", are one trial too). A report that cites a
named trial and gives its own only by number keeps the two apart (so does a number given in the sentence that
introduces a new study of the report's own after the named trial: "In the X study, A was effective ... . We therefore
designed a phase II trial (NCT...) of B"), as does a sentence that sets the named trial and a
number against each other in clauses of their own ("In the X trial, A gave ..., whereas in the NCT... study, B gave
...", ``apart_in_clauses``).

A report that names its own trial by its design and therapy only ("phase II study of A + B") and gives one registry
number in all its text, on a registration line ("Trial registration ISRCTN41540878") or closing a sentence of its own
("... who receive A-based chemotherapy (UMIN000004197)."), gives its trial's number: the trial takes it as a synonym,
by which it can be found (``with_registered_number``); a number another study's citation or words stand before ("a
previous trial (NCT...)") is not the report's.

A title may also close with its trial's name in brackets after words of a trial ("Phase II Randomized Trial of A Versus
B for Metastatic Colorectal Cancer (STEAM).", "A plus B for ...: Results from the drug rediscovery protocol (DRUP).");
that name, which the recogniser does not know, names the report's trial wherever the report writes it (a study group
that closes a title, "a phase II trial by the Gruppo Oncologico Nord Ovest (GONO)", names no trial).
"""
from __future__ import annotations

import re
from dataclasses import replace

from builders.document import Document, Sentence
from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from builders.recognize import Mention, in_text_order
from builders.trial_names import registry_curie
from builders.trials_own import introduces_new_own_study
from kg.ids import mint
from kg.model import Entity

# a trial registry's number as the recogniser names a trial it knows only by it
_REGISTRY_NAME = lazy_compile(r"(NCT|EudraCT|ISRCTN|ChiCTR|jRCT|UMIN|ACTRN|DRKS)\s?(?:No\.?\s?)?[\w\-]+", re.I)
# another study's source in the sentence that gives the number ("Smith et al.", "[12]")
_CITED = lazy_compile(r"\bet\s+al\b|\[\d+(?:[,\-–]\s*\d+)*\]", re.I)
_CONCLUSION = lazy_compile(r"conclusion|interpretation", re.I)
# a title's closing name in brackets, after a word of a trial
# (short brackets may stand between, "in patients (pts) with ... (mCRC) receiving A (AB) or placebo (NAME 2)", and the
# name may end in a number after a space)
_TITLE_CLOSING_NAME = lazy_compile(r"\b(?i:trial|study|protocol)\b(?:[^()]|\([^()]{0,40}\))*\(\s*([A-Z][A-Z0-9]{2,}(?:[-\s][A-Z0-9]+)?)\s*\)"
                                   r"\s*\.?\s*$")
# words of a study group, a meeting or an institution: what their brackets close is no trial's name
_GROUP_WORDS = lazy_compile(r"\b(?:group|gruppo|grupo|groupe|oncolog\w+|society|cooperative|organi[sz]ation|network|"
                            r"consortium|symposium|congress|meeting|institut\w*|foundation|association)\b", re.I)


# a registry's number, whole ("UMIN000004197", "EudraCT 2016-002597-12")
_REGISTRY_NUMBER = lazy_compile(r"(?<![\w\-])(NCT\d{8}|ISRCTN\d{8}|ChiCTR[\-A-Z0-9]{8,20}\d|UMIN\d{9}|jRCT\w{10,14}|ACTRN\d{14}|"
                                r"DRKS\d{8}|EudraCT\s?(?:No\.?\s?)?\d{4}-\d{6}-\d{2})(?![\w\-])")
# words that make a study another than the report's
_OTHER_STUDY = lazy_compile(r"\b(?:previous|prior|earlier|former|another|other|ongoing|recent|pivotal|subsequent|similar|"
                            r"preceding|parent|companion)\b", re.I)
_REGISTERED = lazy_compile(r"\bregist(?:ration|ered)\b", re.I)
_REGISTRY_CONTEXT = 150  # characters before a number looked at for a citation or another study's words


def with_registered_number(trial: Entity, text: str, said_registered: bool = False) -> Entity:
    """``trial`` (a report's own unnamed trial) with the one registry number the report gives (see the module
    docstring) as a synonym and cross-reference; ``trial`` itself when the report gives none or several, or another
    study's words stand before it. ``said_registered``: only a number the words of a registration stand before
    ("Trial registration", "registered at").

    >>> t = Entity("crc:trial_x_phase_ii_study_of_a", "Trial", "phase II study of A")
    >>> with_registered_number(t, "Results ... Trial registration\\n\\nISRCTN41540878\\n").synonyms
    ('ISRCTN41540878',)
    >>> with_registered_number(t, "As in a previous trial (NCT01234567), A was given.").synonyms
    ()
    >>> with_registered_number(t, "Patients received A (NCT01234567).", said_registered=True).synonyms
    ()
    """
    found = list(_REGISTRY_NUMBER.finditer(text))
    if len({re.sub(r"\s+", " ", m.group(1)) for m in found}) != 1:
        return trial
    for m in found:
        before = text[max(0, m.start() - _REGISTRY_CONTEXT):m.start()]
        before = before[max(before.rfind(". "), before.rfind("\n")) + 1:] if "registration" not in before.lower() else before
        if _CITED.search(before) or _OTHER_STUDY.search(before) or said_registered and not _REGISTERED.search(before):
            return trial
    rid = re.sub(r"\s+", " ", found[0].group(1))
    curie = registry_curie(rid)
    return Entity(trial.id, "Trial", trial.name, (*trial.synonyms, rid),
                  (*trial.xrefs, curie) if not curie.startswith("crc:") else trial.xrefs, trial.attributes)


def registry_name(entity: Entity) -> bool:
    """Whether a trial is known only by its registry number."""
    return entity.category == "Trial" and _REGISTRY_NAME.fullmatch(entity.name) is not None


def title_closing_trial(title: Sentence | None, recognize, vocab) -> Entity | None:
    """The trial the report's title names in brackets at its close (see the module docstring), when the recogniser
    reads that name as nothing (no gene, drug, disease, known abbreviation or trial) and no study group's words
    stand before it."""
    if title is None:
        return None
    m = _TITLE_CLOSING_NAME.search(title.norm)
    if m is None or _GROUP_WORDS.search(m.group(0)):
        return None
    name = m.group(1)
    if name.upper() in vocab.lexicon["not_trials"] or vocab.resolve(name) or name.lower() in vocab.by_name or \
            vocab.gene_entity(name) or any(x.start < m.end(1) and m.start(1) < x.end for x in recognize(title).mentions):
        return None
    return Entity(mint("trial", name), "Trial", name)


def with_named(text: str, rec, trial: Entity | None):
    """The recognition ``rec`` of ``text`` with every mention of ``trial``'s name that overlaps nothing recognised."""
    if trial is None or trial.name not in text:
        return rec
    extra = [Mention(m.start(), m.end(), m.group(0), trial, "pattern")
             for m in re.finditer(rf"(?<![\w\-]){re.escape(trial.name)}(?![\w\-])", text)
             if not any(x.start < m.end() and m.start() < x.end for x in rec.mentions)]
    return replace(rec, mentions=in_text_order(rec.mentions + extra)) if extra else rec


def registry_aliases(doc: Document, recognize, unnamed_prefix: str, title_index: int, not_own) -> dict[str, Entity]:
    """Trial id -> the report's one named trial, carrying its registry numbers as synonyms (see the module
    docstring); {} when the report names no trial, several, or several numbers of one registry.
    ``recognize(sentence)`` gives a sentence's mentions; ``not_own(sentence, mention)`` whether the sentence speaks of
    the trial it names as another than the report's (a benchmark set beside it, an ongoing trial)."""
    named: dict[str, dict[str, Entity]] = {}  # name -> id -> trial
    sentences_of: dict[str, set[int]] = {}
    numbers: dict[str, Entity] = {}
    own = False
    for s in doc.sentences:
        trial_mentions = [m for m in recognize(s).mentions if m.entity.category == "Trial"]
        if apart_in_clauses(s.norm, trial_mentions):
            return {}
        for m in trial_mentions:
            e = m.entity
            if registry_name(e):
                if _CITED.search(s.norm):
                    return {}
                if all(registry_name(x.entity) for x in trial_mentions) and introduces_new_own_study(s.norm):
                    return {}  # "... . Therefore, we designed a phase II trial (NCT...) of C": the new study's number
                numbers[e.id] = e
                continue
            if e.id.startswith(unnamed_prefix) or " et al." in e.name or not_own(s, m):
                return {}
            named.setdefault(e.name.lower(), {})[e.id] = e
            sentences_of.setdefault(e.name.lower(), set()).add(s.index)
            # (a title that cites a source is no title: "In the X trial, A improved response [3].")
            own = own or s.index == title_index and not _CITED.search(s.norm) or bool(_CONCLUSION.search(s.section or ""))
    if len(named) != 1:
        return {}
    (name, ids), = named.items()
    if not numbers and len(ids) == 1:
        return {}
    registries = [_REGISTRY_NAME.match(e.name).group(1).upper() for e in numbers.values()]
    if len(set(registries)) != len(registries):
        return {}  # "(NCT05493683, NCT05333809)": numbers of several trials
    if not (own or len(sentences_of[name]) >= 2):
        return {}
    # (of one name's ids, the registry's: "STEAM (NCT01765582)" beside the title's "STEAM")
    trial = min(ids.values(), key=lambda e: (e.id.startswith("crc:"), e.id))
    others = [e for e in (*ids.values(), *numbers.values()) if e.id != trial.id]
    merged = Entity(trial.id, "Trial", trial.name,
                    (*trial.synonyms, *(e.name for e in numbers.values()), *(x for e in others for x in e.synonyms)),
                    (*trial.xrefs, *(x for e in others for x in e.xrefs)), trial.attributes)
    return {key: merged for key in (*numbers, *ids)}


def apart_in_clauses(text: str, mentions) -> bool:
    """Whether the sentence ``text`` names a trial and a registry number in clauses of their own, set against each
    other ("In the X trial, A gave an ORR of 12%, whereas in the NCT01234567 study, B gave 15%"): two trials, never
    one trial's two names (``mentions``: the sentence's trial mentions)."""
    if not any(registry_name(m.entity) for m in mentions) or all(registry_name(m.entity) for m in mentions):
        return False
    from builders.trials_two_studies import study_clauses  # (that module builds on the trial reader)
    clauses = [span for span, _ in study_clauses(text, text)]
    if len(clauses) < 2:
        return False

    def clause_of(m) -> int:
        return next((i for i, (lo, hi) in enumerate(clauses) if lo <= m.start < hi), -1)
    numbers = {clause_of(m) for m in mentions if registry_name(m.entity)}
    names = {clause_of(m) for m in mentions if not registry_name(m.entity)}
    return not numbers & names


def with_aliases(rec, aliases: dict[str, Entity]):
    """The recognition ``rec`` with its trial mentions standing for the trials ``aliases`` maps them to."""
    if not aliases or not any(m.entity.id in aliases for m in rec.mentions):
        return rec
    mentions = [replace(m, entity=aliases[m.entity.id]) if m.entity.id in aliases else m for m in rec.mentions]
    return replace(rec, mentions=mentions)


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_REGISTRY_NUMBER, _CITED = (prefiltered(p) for p in (_REGISTRY_NUMBER, _CITED))
