"""What every builder shares: the read-only context and an emitter that records facts with evidence.

This is infrastructure, not a builder: builders import it (and
:mod:`builders.document`, :mod:`builders.recognize`) but never each other.
"""
from __future__ import annotations

import re
import time
from functools import lru_cache
from dataclasses import dataclass, field

from builders.document import Document, DocumentError, Sentence
from builders.group_trials import group_code_pattern, group_id_pattern
from builders.kept_patterns import uncached_compile
from builders.lazy_patterns import compiled, lazy_compile
from builders.prefilter import prefiltered
from builders.recognize import Recognition, Recognizer, in_text_order
from kg.ids import mint
from kg.model import Assertion, Entity, Evidence, Outcome
from kg.schema import Schema
from kg.vocab import Vocabulary

# "alisertib, a phase III AURKA inhibitor": the phase of a drug's development, not a study the sentence reports
_NOT_A_DRUG = r"(?!\s+(?:(?!trials?\b|stud|of\b|in\b)[\w\-/]+\s+){0,2}(?:inhibitors?|drugs?|compounds?|agents?|candidates?|antibod(?:y|ies)|molecules?)\b)"
_KINDS = [
    (lazy_compile(r"meta-analys", re.I), "meta_analysis"),
    (lazy_compile(rf"(?:phase\s*(?:III|3)\b|phase Ⅲ){_NOT_A_DRUG}", re.I), "randomized_phase_3"),
    (lazy_compile(rf"phase\s*(?:II|2|Ib/II|1b/2|I/II|2a)\b{_NOT_A_DRUG}", re.I), "phase_2"),
    (lazy_compile(rf"phase\s*(?:I|1|Ib|1b)\b{_NOT_A_DRUG}", re.I), "phase_1"),
    (lazy_compile(r"retrospective|cohort study|real-world", re.I), "retrospective_cohort"),
    (lazy_compile(r"case report|a (?:crc )?patient with", re.I), "case_report"),
    (lazy_compile(r"xenograft|\bmice\b|\bmouse\b|in vivo|\bPDX\b|animal model|murine|preclinical|"
                  r"(?:CRC|cancer|tumou?r) models?\b", re.I), "in_vivo"),
    (lazy_compile(r"in vitro|cell lines?|\bcells were\b|cultured|CRC cells|cancer cells|Caco-2|organoids?\b|"
                  r"-(?:overexpressing|expressing|resistant|silenced|deficient|knockdown)\s+(?:\w+\s+)?cells\b", re.I), "in_vitro"),
]
_KINDS = [(prefiltered(pattern), kind) for pattern, kind in _KINDS]  # most sentences hold none of the words


# Sentences about another cancer (a breast-cancer trial cited for comparison) say nothing about mCRC arms.
OTHER_CANCER = prefiltered(lazy_compile(r"breast|melanoma|lung|NSCLC|gastric|head and neck|ovarian|pancrea|thyroid|glioma",
                                        re.I))
_CRC = prefiltered(lazy_compile(r"colorectal|\bm?CRCs?\b|colon|rectal", re.I))


def about_other_cancer(text: str) -> bool:
    """Does the sentence concern a cancer other than colorectal (and not colorectal too)?

    >>> about_other_cancer("PHOEBE confirmed pyrotinib's advantage in HER2-positive metastatic breast cancer")
    True
    >>> about_other_cancer("tucatinib was active in HER2-positive breast cancer and in mCRC")
    False

    Cancers named as examples of many ("in many malignancies including breast and gastric cancer") make a
    claim across cancers, not one about another cancer only:

    >>> about_other_cancer("HER2 amplification is adverse in many malignancies including breast cancer")
    False
    """
    return not _CRC.search(text) and bool(OTHER_CANCER.search(_PAN_CANCER_EXAMPLES.sub(" ", text)))


def _spaced(name: str) -> str:
    return re.sub(r"[\s-]+", " ", name).lower()


def _other_cancer_names(vocab: Vocabulary) -> tuple[re.Pattern, dict[str, str]]:
    """One pattern over the other cancers' names, longest first ("non-small cell lung cancer" before "lung cancer"),
    spaces and hyphens alike, a plural allowed ("breast cancers"); and each name, so spaced, with its id. Made once
    per vocabulary and kept in its lexicon, as the other per-vocabulary patterns are (compiled as the module patterns
    are: builders.lazy_patterns)."""
    names = vocab.other_cancers
    made = vocab.lexicon.get("_other_cancer_names")
    if made is None or made[0] != len(names):
        ids = {_spaced(n): i for n, i in sorted(names.items())}
        spelled = sorted(ids, key=len, reverse=True)
        pattern = compiled(r"(?<![\w-])(" + "|".join(re.escape(n).replace(r"\ ", r"[\s-]+") for n in spelled)
                           + r")s?\b", re.I)
        made = vocab.lexicon["_other_cancer_names"] = (len(names), pattern, ids)
    return made[1], made[2]


# a site sharing the head noun of the name after it ("breast or gastric cancer", "breast, gastric and lung cancers")
_SITE_BEFORE = lazy_compile(r"\b(?:breast|gastric|lung|ovarian|pancreatic|thyroid|colorectal|colon|rectal|prostate|"
                            r"bladder|endometrial|cervical|esophageal|oesophageal|liver|renal|skin|head and neck)"
                            r"\s*(?:,|/|\band\b|\bor\b)\s*(?:(?:metastatic|advanced)\s+)?$", re.I)


def other_cancer_named(text: str, vocab: Vocabulary) -> Entity | None:
    """The one cancer other than colorectal a sentence names (diseases.yaml, ``recognised: false``), or None when it
    names none or several (a trial "in breast and gastric cancer" studied both; neither is its one cancer). A more
    specific name holds a broader one ("non-small cell lung cancer", "lung cancer"): the longer name is read.

    >>> from kg.vocab import load_vocabulary
    >>> v = load_vocabulary()
    >>> other_cancer_named("In PHOEBE, in HER2-positive metastatic breast cancer, ORR was 79%", v).name
    'breast cancer'
    >>> other_cancer_named("In KEYNOTE-189 in non-small-cell lung cancer, ORR was 48%", v).xrefs
    ('MONDO:0005233',)
    >>> other_cancer_named("trials in breast cancer and in gastric cancer", v) is None
    True
    >>> other_cancer_named("a trial in breast or gastric cancer", v) is None
    True
    """
    if not vocab.other_cancers or not OTHER_CANCER.search(text):
        return None
    pattern, ids = _other_cancer_names(vocab)
    found = set()
    for m in pattern.finditer(text):
        if _SITE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return None  # "breast or gastric cancer": the name's head noun shared by another site
        found.add(ids[_spaced(m.group(1))])
    return vocab.entities.get(next(iter(found))) if len(found) == 1 else None


# "in many malignancies including breast and gastric cancer", "across several tumour types, such as lung cancer"
_PAN_CANCER_EXAMPLES = prefiltered(lazy_compile(r"\b(?:many|several|various|multiple|numerous|a (?:range|variety) of|most)\s+"
                                                r"(?:human\s+|solid\s+)?(?:malignancies|cancers|tumou?r\s+types|tumou?rs|"
                                                r"cancer\s+types),?\s+(?:including|such as|like|e\.g\.,?)\s+[^,;:.()]+", re.I))


@lru_cache(maxsize=4096)
def study_kind(text: str) -> str:
    """The kind of study a sentence reports, from its wording.

    >>> study_kind("In the phase III BEACON study, 665 patients were enrolled")
    'randomized_phase_3'
    >>> study_kind("MRTX1133 inhibited KRAS signaling in mouse models of xenograft tumors")
    'in_vivo'
    >>> study_kind("alisertib, a phase III AURKA inhibitor, restored anti-EGFR efficacy in cell lines")
    'in_vitro'
    >>> study_kind("KRAS mutations are common")
    'review_statement'
    """
    for pattern, kind in _KINDS:
        if pattern.search(text):
            return kind
    return "review_statement"


class ReadingTimeout(DocumentError):
    """Reading one document took longer than its time budget."""


@dataclass(frozen=True)
class Deadline:
    """A point in time after which reading one document gives up (``None``: never).

    >>> Deadline.after(None).check("a.txt")
    >>> Deadline(0.0, 5.0).check("a.txt")
    Traceback (most recent call last):
    ...
    builders.context.ReadingTimeout: a.txt: reading took longer than the 5 s budget for one document; split the file, or raise the budget (crckg build --time-budget)
    """

    at: float | None
    budget_s: float | None = None

    @classmethod
    def after(cls, budget_s: float | None) -> "Deadline":
        return cls(None if budget_s is None else time.monotonic() + budget_s, budget_s)

    def check(self, document: str) -> None:
        if self.at is not None and time.monotonic() > self.at:
            raise ReadingTimeout(f"{document}: reading took longer than the {self.budget_s:g} s budget for one "
                                 f"document; split the file, or raise the budget (crckg build --time-budget)")


def keep_entity(entities: dict[str, Entity], entity: Entity) -> Entity:
    """Add ``entity`` to ``entities``, merging attributes into a same-id entity (the first category wins)."""
    known = entities.get(entity.id)
    if known is entity or known == entity:
        return known
    if known is None or known.category == entity.category:
        entities[entity.id] = known.merged(entity) if known is not None else entity
    return entities[entity.id]


@dataclass(frozen=True)
class BuildContext:
    """Read-only inputs shared by all builders (safe to reuse across documents and processes)."""

    schema: Schema
    vocab: Vocabulary
    recognizer: Recognizer
    rules: "RuleSet | None" = None


class Reading:
    """One document being read: the shared context, the abbreviations the document defines, and the
    recognition of each sentence, computed once and shared by every builder.

    It offers the shared context's ``schema``, ``vocab`` and ``recognizer`` too, so a builder takes
    one context object.
    """

    def __init__(self, doc: Document, ctx: BuildContext, deadline: "Deadline | None" = None):
        from builders.abbreviations import table_for
        from builders.patterns import document_code_names
        from builders.resistant_lines import defined_line_drugs
        from builders.recognize import AbbreviationTable

        self.doc, self.shared = doc, ctx
        self.schema, self.vocab, self.recognizer = ctx.schema, ctx.vocab, ctx.recognizer
        self.deadline = deadline or Deadline(None)
        sentences = [s.norm for s in doc.sentences]
        # (a compound one sentence gives by its code name is that compound where another names it bare)
        pairs = {**document_code_names(ctx.recognizer, sentences), **table_for(sentences, ctx.recognizer)}
        self.abbreviations = AbbreviationTable(pairs, ctx.recognizer.confirmed_symbols(sentences))
        # the drug each resistant subline the document defines resists ("oxaliplatin-resistant (DLD-1-OxR)")
        self.line_drugs = defined_line_drugs([s.norm for s in doc.sentences], ctx.recognizer, self.abbreviations)
        # (s60) each such line read as one cell line wherever the document writes it ("S1-IR20", "CC-CR")
        self._line_names = uncached_compile(r"(?<![\w\-/])(?:" + "|".join(re.escape(n) for n in sorted(self.line_drugs, key=len,
                                      reverse=True)) + r")(?![\w]|[\-/][\w])") if self.line_drugs else None
        self._recognitions: dict[tuple[int, int], Recognition] = {}
        self.combination_parts: dict[str, tuple[str, ...]] = {}  # combination regimen id -> component ids
        # the component ids of each combination the relation reader's sentences named so far (builders.discourse), for
        # a combination a later anaphor points back to ("This combination is based on the rationale that ...")
        self.regimens_read: dict[str, tuple[str, ...]] = {}
        self._hits: dict[tuple[int, int], list] = {}
        self._found: dict[str, Recognition] = {}  # text -> its recognition (:meth:`find`)
        self.trace: list | None = None  # set to a list to record (rule, subject, predicate, object) per fact
        self._document_wide: dict[str, object] = {}
        self.trial_aliases = self._trial_aliases()
        self._bare_trial_names()
        self._name_bare_changes()
        self._mutation_statuses()

    def document_wide(self, key: str, compute):
        """What ``compute(reading)`` finds over the whole document (a guard asking what other sentences say):
        one pass on first use, kept under ``key`` for the document's other sentences."""
        if key not in self._document_wide:
            self._document_wide[key] = compute(self)
        return self._document_wide[key]

    def _name_bare_changes(self) -> None:
        """A protein change named alone where the document names it with its gene elsewhere, in its prose or in a
        row of its tables ("EGFR S468R | necitumumab | ..."; builders/document_variants.py)."""
        from builders.document_variants import add_bare_changes, named_changes

        rows = [row for table in self.doc.tables for row in table.rows]
        changes = named_changes([self.recognize(s) for s in [*self.doc.sentences, *rows]])
        for s in self.doc.sentences:
            add_bare_changes(self.recognize(s), s.norm, changes)

    def _mutation_statuses(self) -> None:
        """A gene's bare "status" in a document that tests the gene by its mutations is its mutation status
        (builders/status_kinds.py)."""
        from builders.patterns import status_entity
        from builders.status_kinds import mutation_tested_genes, restate_statuses

        vocab = self.vocab
        genes = mutation_tested_genes([self.recognize(s) for s in self.doc.sentences])

        def status_of(symbol: str):
            gene_id = vocab.resolve(symbol)
            gene = vocab.entities.get(gene_id) if gene_id else None
            gene = gene or vocab.gene_entity(symbol)
            return status_entity([gene], symbol, "mutation_status") if gene is not None and gene.category == "Gene" \
                else None

        for s in self.doc.sentences:
            restate_statuses(self.recognize(s), genes, status_of)

    def _bare_trial_names(self) -> None:
        """A trial the document names by its own wording in one sentence ("the CAMILLA trial") is that trial where
        another sentence names it bare ("In CAMILLA, the ORR was ...", "CAMILLA met its end point"), as a name the
        vocabulary knows would be: one pass over the recognised sentences for the names, one for their bare mentions.
        Only a name of the form _BARE_TRIAL_NAME allows, in a place no other mention takes."""
        from builders.pattern_mentions import _overlaps
        from builders.recognize import Mention

        names: dict[str, Entity] = {}
        for s in self.doc.sentences:
            for m in self.recognize(s).mentions:
                e = m.entity
                if e.category == "Trial" and m.source == "pattern" and m.text == e.name and \
                        _BARE_TRIAL_NAME.fullmatch(m.text):
                    names.setdefault(m.text, e)
        if not names:
            return
        # (s58) a group-signed name's short form read as a trial of its own elsewhere ("the AGITG MAX trial", then "The
        # MAX trial"): that trial; so is the acronym of a name with its protocol number ("the TML 18147 trial", then
        # "The TML trial"), where no other trial of the document is named by it
        short = {syn: e for e in names.values() for syn in e.synonyms
                 if _BARE_TRIAL_NAME.fullmatch(syn) and (e.name.endswith(" " + syn) or e.name.startswith(syn + " "))}
        short = {syn: e for syn, e in short.items()
                 if not any(o.id != e.id and o.name != syn and re.match(rf"{re.escape(syn)}\b", o.name) for o in names.values())}
        names.update(short)  # (its bare mentions, "In MAX, ...", are that trial too)
        bare = re.compile(r"(?<![\w\-/.])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) +
                          r")(?![\w]|[\-/.][\w])")
        for s in self.doc.sentences:
            if short and any(n in s.norm for n in short):
                rec = self.recognize(s)
                rec.mentions = [Mention(m.start, m.end, m.text, short[m.entity.name], m.source)
                                if m.entity.category == "Trial" and m.entity.name in short and m.text == m.entity.name
                                and m.entity.id.startswith("crc:trial_") and m.entity.id != short[m.entity.name].id
                                else m for m in rec.mentions]
            if not any(n in s.norm for n in names):
                continue
            rec = self.recognize(s)
            added = [Mention(b.start(), b.end(), b.group(1), names[b.group(1)], "pattern") for b in bare.finditer(s.norm)
                     if not _overlaps(b.start(), b.end(), rec.mentions)]
            if added:
                rec.mentions = in_text_order(rec.mentions + added)

    def _trial_aliases(self) -> dict[str, Entity]:
        """Trial names the document links to a registry id ("C-800-01 trial (NCT03860272)"): every
        other mention of the name is that trial too."""
        aliases: dict[str, Entity] = {}
        for s in self.doc.sentences:
            rec = self.recognize(s)
            for m in rec.mentions:
                e = m.entity
                if e.category == "Trial" and not e.id.startswith("crc:") and e.name.lower() != m.text.lower() \
                        and e.name.lower() not in aliases:
                    aliases[e.name.lower()] = e
        # (a protocol code in brackets first: "The XYZ Trial (AIO KRK 0212) ... registered with (NCT...)" names one trial)
        aliases.update(self._bracketed_protocol_codes(aliases))
        aliases.update(self._registered_name(aliases))
        if aliases:
            for rec in self._recognitions.values():
                _apply_aliases(rec, aliases)
        return aliases

    def _bracketed_protocol_codes(self, aliases: dict[str, Entity]) -> dict[str, Entity]:
        """A trial named with its cooperative group's protocol code in brackets, or the other way round ("XELAVIRI (AIO
        KRK0110)", "AIO KRK0116 (FIRE-4.5)", "The XYZ Trial (AIO KRK 0212)"; builders/group_trials.py): one trial, under the name outside the
        brackets (a name the document reads as a trial somewhere), the code its synonym; every other mention of either
        is that trial."""
        groups = tuple(self.vocab.lexicon.get("trial_groups") or ())
        codes, ids = group_code_pattern(groups), group_id_pattern(groups)
        named: dict[str, Entity] = {}
        pairs: list[tuple[str, Entity]] = []  # (the name outside the brackets, the code's trial)
        for s in self.doc.sentences:
            for m in self.recognize(s).mentions:
                if m.entity.category != "Trial":
                    continue
                named.setdefault(m.text.lower(), m.entity)
                if not codes.fullmatch(m.text) and not ids.fullmatch(m.text):
                    continue
                before = _NAME_BEFORE_BRACKET.search(s.norm, 0, m.start)
                after = _NAME_AFTER_CODE.match(s.norm, m.end)
                if before and re.match(r"\s*\)", s.norm[m.end:]):
                    pairs.append((before.group(1), m.entity))
                elif after:
                    pairs.append((after.group(1), m.entity))
        found: dict[str, Entity] = {}
        for name, code in pairs:
            trial = named.get(name.lower())
            if trial is None or trial.id == code.id or name.lower() in aliases or code.name.lower() in aliases or \
                    name.lower() in found:
                continue
            merged = Entity(trial.id, "Trial", trial.name, tuple(dict.fromkeys(trial.synonyms + (code.name,) + code.synonyms)),
                            trial.xrefs + code.xrefs,
                            trial.attributes)
            found[trial.name.lower()] = found[code.name.lower()] = merged
        return found

    def _registered_name(self, aliases: dict[str, Entity]) -> dict[str, Entity]:
        """The one trial name of a report that gives its registry id only in its registration sentence ("The
        randomized PANAMA trial ... . The trial is registered with ClinicalTrials.gov (NCT01991873)"): the name
        is that registered trial. Only when the document names no other trial and registers one."""
        named: dict[str, Entity] = {}
        registered: dict[str, Entity] = {}
        others: set[str] = set()
        before_registration = True  # the name must come first: a trial named only after it may be another one
        for s in self.doc.sentences:
            registration = _REGISTRATION_WORD.search(s.norm) is not None
            for m in self.recognize(s).mentions:
                e = m.entity
                if e.category != "Trial":
                    continue
                if e.id.startswith("crc:trial_"):
                    e = aliases.get(e.name.lower(), e)  # (a name and its protocol code: one trial)
                    named[e.id] = e
                    if not before_registration or _EARLIER_TRIAL.search(s.norm, max(0, m.start - 40), m.start):
                        others.add(e.id)  # "In the earlier HOLLY-10 trial, ...": a cited trial
                elif registration and e.name == m.text and e.name.lower() not in aliases:
                    registered[e.id] = e
                else:
                    others.add(e.id)
            before_registration = before_registration and not (registration and registered)
        if len(named) != 1 or len(registered) != 1 or others - set(registered):
            return {}
        name, reg = next(iter(named.values())), next(iter(registered.values()))
        merged = Entity(reg.id, "Trial", name.name, name.synonyms + (reg.name,), reg.xrefs, name.attributes)
        return {name.name.lower(): merged} | {k: merged for k, v in aliases.items() if v.id == name.id}

    def recognize(self, sentence: Sentence) -> Recognition:
        """The mentions of a sentence or table row (computed once per span)."""
        key = (sentence.start, sentence.end)
        rec = self._recognitions.get(key)
        if rec is None:
            self.deadline.check(self.doc.name)
            rec = self._recognitions[key] = self.recognizer.find(sentence.norm, self.abbreviations)
            if self._line_names is not None and self._line_names.search(sentence.norm):
                from builders.resistant_lines import name_defined_lines
                rec.mentions = name_defined_lines(sentence.norm, rec.mentions, self._line_names)
            if getattr(self, "trial_aliases", None):
                _apply_aliases(rec, self.trial_aliases)
        return rec

    def recognitions(self) -> list[Recognition]:
        """The recognitions made so far, in the order of their spans."""
        return [self._recognitions[k] for k in sorted(self._recognitions)]

    def cue_hits(self, sentence: Sentence) -> list:
        """The cue-lexicon hits of a sentence (one automaton pass, computed once)."""
        key = (sentence.start, sentence.end)
        hits = self._hits.get(key)
        if hits is None:
            hits = self._hits[key] = self.shared.rules.cues.hits(sentence.norm)
        return hits

    def find(self, text: str) -> Recognition:
        """The mentions of a piece of text that is not a whole sentence (a table cell, a caption, a heading):
        recognised once per text (builders ask again for a document's headings and cells), each caller given its own
        copy to change."""
        aliases = getattr(self, "trial_aliases", None)
        if aliases is None:  # (the reading is being set up: no text is kept)
            return self.recognizer.find(text, self.abbreviations)
        rec = self._found.get(text)
        if rec is None:
            rec = self._found[text] = self.recognizer.find(text, self.abbreviations)
            if aliases:
                _apply_aliases(rec, aliases)
        return rec.copy()


def sentences_speaking(reading, talk):
    """The document's sentences whose words ``talk`` finds, each with its recognition, in order: what a one-pass
    document-wide scan (:meth:`Reading.document_wide`) reads."""
    for sentence in getattr(reading.doc, "sentences", ()):
        if talk.search(sentence.norm):
            yield sentence, reading.recognize(sentence)


# a trial name the document gives by its own wording that its bare mentions elsewhere are (Reading._bare_trial_names):
# three characters or more with two capitals before any lower-case letter, maybe a second word after a hyphen or a
# space ("CAMILLA", "KRYSTAL-10", "GERCOR DREAM"; not "CodeBreaK 300", whose bare mentions stay unread), or a word in
# title case with a Roman number ("Horizon III", read as a trial only where its sentence calls it one)
_BARE_TRIAL_NAME = lazy_compile(r"(?=[^a-z]*[A-Z][^a-z]*[A-Z])[A-Z][A-Za-z0-9]{2,}(?:[-\s][A-Z0-9][A-Za-z0-9]*)?|"
                                r"[A-Z][a-z]{2,}\s(?:I{1,3}|IV|VI{0,3})")
_REGISTRATION_WORD = lazy_compile(r"\bregistered\b|\bregistration\b", re.I)
# words before a trial's name that make it another, earlier trial than the report's own
_EARLIER_TRIAL = lazy_compile(r"\b(?:earlier|previous|prior|preceding|former|other|another|pivotal)\b[^.;]*$", re.I)


# a trial's name right before a bracket ("Study-XELAVIRI (AIO KRK0110)", "the XELAVIRI (AIO KRK0110) trial"), and one in a
# bracket right after a protocol code ("AIO KRK0116 (FIRE-4.5)")
# (also before the trial word: "The Randomized XYZ Trial (AIO KRK 0212)")
_NAME_BEFORE_BRACKET = lazy_compile(r"(?:^|[\s\-])([A-Z][A-Z0-9][A-Za-z0-9\-.]*[A-Za-z0-9])(?:\s+(?i:trial|study))?\s*\(\s*$")
_NAME_AFTER_CODE = lazy_compile(r"\s*\(\s*([A-Z][A-Z0-9][A-Za-z0-9\-.]*[A-Za-z0-9])\s*\)")


def _apply_aliases(rec: Recognition, aliases: dict[str, Entity]) -> None:
    from builders.recognize import Mention

    by_id = {e.id: e for e in aliases.values()}
    rec.mentions = [Mention(m.start, m.end, m.text, aliases[m.entity.name.lower()], m.source)
                    if m.entity.category == "Trial" and m.entity.id.startswith("crc:trial_")
                    and m.entity.name.lower() in aliases else
                    # the bare registry id of a trial the document names elsewhere: that name
                    Mention(m.start, m.end, m.text, by_id[m.entity.id], m.source)
                    if m.entity.category == "Trial" and m.entity.id in by_id and m.entity.name == m.text
                    and by_id[m.entity.id].name != m.text else m for m in rec.mentions]


@dataclass
class Emitter:
    """Collects the entities, assertions and outcomes a builder finds in one document."""

    doc: Document
    ctx: "Reading"
    method: str
    entities: dict[str, Entity] = field(default_factory=dict)
    assertions: list[Assertion] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    rejected: int = 0
    # each sentence's evidence, made once per kind (an Evidence is immutable; builders ask for a sentence's often)
    _evidence_made: dict = field(default_factory=dict, repr=False, compare=False)
    # the process each mentioned class is named after (``_process_named_inhibited``: the entity and the vocabulary
    # decide it, so once per entity, not per mention)
    _processes_named: dict = field(default_factory=dict, repr=False, compare=False)

    def evidence(self, sentence: Sentence, kind: str | None = None) -> Evidence:
        key = (sentence, kind)
        ev = self._evidence_made.get(key)
        if ev is None:
            section = sentence.section + (f" / {sentence.subsection}" if sentence.subsection else "")
            ev = self._evidence_made[key] = Evidence(
                self.doc.name, sentence.start, sentence.end, sentence.text, section, self.method,
                kind or study_kind(sentence.norm), **self.doc.quote(sentence.start, sentence.end),
                publications=self.doc.publications)
        return ev

    def entity(self, entity: Entity) -> Entity:
        return keep_entity(self.entities, entity)

    def fact(self, subject: Entity, predicate: str, obj: Entity, evidence: Evidence, **qualifiers) -> bool:
        """Record a fact if the schema allows it; returns whether it was kept."""
        if subject.id == obj.id or not self.ctx.schema.allows(subject.category, predicate, obj.category):
            self.rejected += 1
            return False
        self.entity(subject)
        self.entity(obj)
        quals = tuple(sorted((k, str(v)) for k, v in qualifiers.items() if v))
        self.assertions.append(Assertion(subject.id, predicate, obj.id, quals, [evidence]))
        return True

    def vocab_entity(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id) or self.ctx.vocab.entities.get(entity_id)

    def mentions(self, rec: Recognition, evidence: Evidence) -> None:
        """Register every mentioned entity and the facts the mentions themselves state
        (an alteration's gene, a class's targets, a combination's components)."""
        for m in rec.mentions:
            self.entity(m.entity)
            for gene in _status_genes(m.entity, self.ctx.vocab):
                self.entity(gene)
            key = (m.entity.id, m.entity.name, m.entity.category)
            if key not in self._processes_named:
                self._processes_named[key] = _process_named_inhibited(m.entity, self.ctx.vocab)
            process = self._processes_named[key]
            if process is not None:
                self.fact(m.entity, "inhibits", process, evidence, object_direction="decreased")
        for mention, components in rec.regimens:
            self.entity(mention.entity)
            for cid in components:
                comp = self.vocab_entity(cid) or next((m.entity for m in rec.mentions if m.entity.id == cid), None)
                if comp is not None:
                    self.fact(mention.entity, "has_component", comp, evidence)
        for subject, predicate, obj in rec.implied:
            if predicate == "targets" and _inhibits_by_name(subject, obj):
                self.fact(subject, "inhibits", obj, evidence, object_direction="decreased")
            else:
                self.fact(subject, predicate, obj, evidence)


_INHIBITOR_NAME = lazy_compile(r"\b(?:inhibitors?|blockers?|antagonists?|blockade)$", re.I)


def _status_genes(entity: Entity, vocab: Vocabulary) -> list[Entity]:
    """The genes a gene-level status names ("PIK3CA wild type", "KRAS, BRAF and NRAS wild-type"): a text that
    gives a gene's status names the gene, so the gene is a node of the document even when nothing else
    is said of it."""
    if entity.category != "Biomarker" or entity.attr("biomarker_kind") != "wild_type":
        return []
    genes = (vocab.gene_entity(symbol) for symbol in (entity.attr("gene") or "").split("/") if symbol)
    return [gene for gene in genes if gene is not None and gene.category == "Gene"]


_PROCESS_INHIBITOR_NAME = lazy_compile(r"^(?P<process>.+?) (?:inhibitors?|blockers?|antagonists?)$")


def _process_named_inhibited(entity: Entity, vocab: Vocabulary) -> Entity | None:
    """"autophagy inhibitors", "angiogenesis inhibitor": a class the vocabulary names after the process it
    lowers and gives no target gene; the process, when the vocabulary knows it as a pathway or process."""
    if entity.category != "DrugClass" or vocab.drug_targets.get(entity.id):
        return None
    hit = _PROCESS_INHIBITOR_NAME.match(entity.name)
    found = vocab.entities.get(vocab.resolve(hit.group("process")) or "") if hit else None
    return found if found is not None and found.category in ("Pathway", "ResistanceMechanism") else None


def _inhibits_by_name(subject: Entity, obj: Entity) -> bool:
    """"inhibitors of ... WNT/beta-catenin": a class named as the inhibitor of a pathway or process acts on
    no gene product (no ``targets``): it lowers that pathway, as its name says (an agonist's does not)."""
    return obj.category in ("Pathway", "ResistanceMechanism") and subject.category in ("DrugClass", "Drug") and \
        bool(_INHIBITOR_NAME.search(subject.name))


# -- trials, arms and outcomes (shared by the text and table trial builders) ----------------------
_PHASE = lazy_compile(r"\b(?:phase|Phase)[\s\-]*(I{1,3}V?|[1-4])(?:\s*([ab]))?(?:\s*/\s*(I{1,3}|[1-4])([ab])?)?\b")
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_LINE = [(lazy_compile(r"first[- ]line|untreated|chemo-?naive|treatment-naive|naïve", re.I), "first-line"),
         (lazy_compile(r"second[- ]line", re.I), "second-line"),
         (lazy_compile(r"third[- ]line|later[- ]line|salvage|refractory|previously treated|pretreated", re.I), "later-line")]


def phase_of(text: str) -> str | None:
    """Trial phase written in ``text``.

    >>> phase_of("a single-arm phase II trial"), phase_of("MEDITREME phase 1b/2 trial"), phase_of("no phase here")
    ('II', 'Ib/II', None)
    >>> phase_of("a phase I/Ib study")  # the second part of one phase keeps its letter
    'I/Ib'
    >>> phase_of("A Phase-II study was undertaken")  # a hyphen between the word and its numeral
    'II'
    """
    m = _PHASE.search(text)
    if not m:
        return None
    first = _ROMAN.get(m.group(1), m.group(1)) + (m.group(2) or "")
    if m.group(3):
        second = _ROMAN.get(m.group(3), m.group(3))
        same = second == _ROMAN.get(m.group(1), m.group(1))
        return f"{first}/{second}{m.group(4) or '' if same else ''}"
    return first


_PRIOR = lazy_compile(r"(?:treated with|received|receiving|after|following|prior|previous|progress\w* on|refractory to|failure of)"
                      r"\s+(?:\S+\s+){0,2}$", re.I)

# "efficacy of subsequent treatment, with special focus on second-line therapy, in the X trial": the line of the
# treatment after the trial's, not the trial's own
_LATER_TREATMENT = lazy_compile(r"\b(?:subsequent|post-?(?:study|protocol|progression)|further)\b[^.;()]{0,60}$", re.I)


def line_of(text: str) -> str | None:
    """The line of therapy a trial is run in, unless the words describe earlier treatment.

    >>> line_of("as second-line treatment"), line_of("patients treated with first-line cetuximab")
    ('second-line', None)
    >>> line_of("efficacy of subsequent treatment, with a focus on second-line therapy, in the X trial") is None
    True

    """
    found = []
    for pattern, label in _LINE:
        for m in pattern.finditer(text):
            if not _PRIOR.search(text[max(0, m.start() - 40):m.start()]) and \
                    not _LATER_TREATMENT.search(text[max(0, m.start() - 60):m.start()]):
                found.append((m.start(), label))
                break
    # the line named first ("evaluating the third-line retreatment ... after progression ... in the first line")
    return min(found)[1] if found else None


def trial_entity(base: Entity, phase: str | None = None, line: str | None = None, status: str | None = None) -> Entity:
    attrs = dict(base.attributes)
    if phase:
        attrs.setdefault("phase", phase)
    if line:
        attrs.setdefault("line", line)
    if status:
        attrs.setdefault("status", status)
    return Entity(base.id, "Trial", base.name, base.synonyms, base.xrefs, tuple(sorted(attrs.items())))


def author_trial(author: str, year: str | None = None, phase: str | None = None) -> Entity:
    """A study known by its first author (and year): "Rimassa et al. 2019", also "Rimassa 2019".

    >>> author_trial("Rimassa", "2019").synonyms
    ('Rimassa 2019', 'Rimassa et al. (2019)', 'Rimassa et al., 2019')
    """
    if year:
        name = f"{author} et al. {year}"
        synonyms = (f"{author} {year}", f"{author} et al., {year}", f"{author} et al. ({year})")
        return trial_entity(Entity(mint("trial", author, year), "Trial", name, synonyms), phase)
    return trial_entity(Entity(mint("trial", author, "et al"), "Trial", f"{author} et al.", (author,)), phase)


def unnamed_trial(doc: Document, label: str, phase: str | None = None) -> Entity:
    """A trial the text describes without a name (id scoped to the document)."""
    from kg.ids import document_key

    # the whole name keys it: two documents "A_f11_x.txt" and "A_f17_y.txt" each describe their own study
    return trial_entity(Entity(mint("trial", document_key(doc.name), label), "Trial", label), phase)


def arm_entity(trial: Entity, regimen: Entity) -> Entity:
    from kg.ids import arm_id

    return Entity(arm_id(trial.id, regimen.id), "TrialArm", f"{trial.name}: {regimen.name}",
                  attributes=(("regimen", regimen.id), ("trial", trial.id)))


def as_regimen(ctx: BuildContext, therapy: Entity) -> Entity:
    """A trial arm receives a Regimen; a single drug or class becomes a one-component regimen."""
    if therapy.category == "Regimen":
        return therapy
    name = therapy.name
    return Entity(mint("regimen", name), "Regimen", name, (f"{name} monotherapy", f"{name} alone"), (),
                  (("monotherapy", therapy.id),))


def add_arm(out: Emitter, trial: Entity, therapy: Entity, evidence: Evidence) -> Entity:
    """Record trial -has_arm-> arm -uses_regimen-> regimen and trial -evaluates-> regimen."""
    regimen = as_regimen(out.ctx, therapy)
    if regimen.id != therapy.id:
        out.fact(regimen, "has_component", therapy, evidence)
    arm = arm_entity(trial, regimen)
    out.fact(trial, "evaluates", regimen, evidence)
    out.fact(trial, "has_arm", arm, evidence)
    out.fact(arm, "uses_regimen", regimen, evidence)
    return arm


@lru_cache(maxsize=4096)  # one label is asked for again at every value of its subgroup
def normal_subgroup(label: str | None) -> str | None:
    """One spelling per subgroup label.

    >>> normal_subgroup("KRAS wild type"), normal_subgroup("RAS/BRAF-WT")
    ('KRAS wild-type', 'RAS/BRAF wild-type')

    The status after its gene, and without the disease every subgroup has (a text and its table spell one
    subgroup both ways):

    >>> normal_subgroup("wild-type KRAS"), normal_subgroup("KRAS-mutant mCRC"), normal_subgroup("KRAS-MT")
    ('KRAS wild-type', 'KRAS-mutant', 'KRAS-mutant')

    A marker's alterations named by a noun or a participle are its carriers' status, and the population noun
    goes (the sentence, the count and the table of one study name one subgroup these ways):

    >>> [normal_subgroup(x) for x in ("BRAF-mutated", "KRAS mutation", "HER2 amplification", "left-sided tumors")]
    ['BRAF-mutant', 'KRAS-mutant', 'HER2-amplified', 'left-sided']
    """
    if not label:
        return None
    label = re.sub(r"[-\s]WT\b", " wild-type", re.sub(r"[-\s]MT\b", "-mutant", label))
    label = re.sub(r"wild[- ]type|wild\b", "wild-type", label).replace("wild-type-type", "wild-type").strip()
    label = re.sub(r"^wild-type\s+([A-Z][A-Z0-9]*(?:/[A-Z][A-Z0-9]*)*)$", r"\1 wild-type", label)
    label = re.sub(r"^(\S.*?(?:wild-type|mutant|mutated|mutations?|positive|negative|amplified|amplifications?|sided))\s+"
                   r"(?:m?CRCs?|tumou?rs|patients|cases|disease|groups?)$", r"\1", label)
    label = re.sub(r"^([A-Z][A-Za-z0-9/]*)[-\s](?:mutated|mutations?)$", r"\1-mutant", label)
    label = re.sub(r"^([A-Z][A-Za-z0-9/]*)[-\s]amplifications?$", r"\1-amplified", label)
    return {"mutation": "mutant", "mutations": "mutant", "mutated": "mutant"}.get(label, label)


# a subgroup label that names its marker ("KRAS-mutant", "BRAF wild-type"), and the statuses a label may give bare
_MARKED_STATUS = lazy_compile(r"^([A-Z][A-Za-z0-9/]*)(?:-mutant| wild-type|-amplified|-positive|-negative)$")
_BARE_STATUS = frozenset(("wild-type", "mutant", "amplified", "positive", "negative"))


def paired_labels(first: str, second: str) -> tuple[str, str]:
    """Two compared subgroups, the bare status of one given the marker the other names ("KRAS-mutant versus
    wild-type patients" compares KRAS-mutant with KRAS wild-type patients).

    >>> paired_labels("KRAS-mutant", "wild-type"), paired_labels("wild type", "BRAF-mutated")
    (('KRAS-mutant', 'KRAS wild-type'), ('BRAF wild-type', 'BRAF-mutant'))
    >>> paired_labels("left-sided", "right-sided")
    ('left-sided', 'right-sided')
    """
    first, second = normal_subgroup(first), normal_subgroup(second)
    for a, b in ((first, second), (second, first)):
        m = _MARKED_STATUS.match(a)
        if m and b in _BARE_STATUS:
            named = f"{m.group(1)} {b}" if b == "wild-type" else f"{m.group(1)}-{b}"
            return (first, named) if a == first else (named, second)
    return first, second


def add_outcome(out: Emitter, arm: Entity, metric: str, value: float, evidence: Evidence, **extra) -> None:
    """Record ``metric`` = ``value`` for ``arm``, in the metric's unit (``outcome_metrics`` of the schema) unless
    ``unit`` gives the one the text uses (a median survival in weeks or days)."""
    out.entity(arm)
    extra["subgroup"] = normal_subgroup(extra.get("subgroup"))
    unit = extra.get("unit") or out.ctx.schema.outcome_metrics[metric]["unit"]
    out.outcomes.append(Outcome(arm.id, metric, float(value), unit, evidence,
                                extra.get("ci_low"), extra.get("ci_high"), extra.get("p"), extra.get("subgroup"),
                                extra.get("bound")))


_RESULTS_SECTION = lazy_compile(r"results|efficacy", re.I)
_REGISTRATION = lazy_compile(r"registered|registration", re.I)


def report_trial(doc: Document, ctx: "Reading", need_regimen: bool = True) -> tuple[Entity | None, Entity | None]:
    """A trial report's own trial (the registry id it says it was registered under) and regimen.

    The regimen is the first combination named in the title, headings or opening sentences.
    Returns ``(None, None)`` for documents that are not trial reports (no Results section), and when no
    regimen is found unless ``need_regimen`` is false (then ``(trial, None)``).
    """
    from builders.document import normalise

    if not any(_RESULTS_SECTION.match(section) for section in {s.section for s in doc.sentences}):
        return None, None
    trial = None
    for s in doc.sentences:
        if not _REGISTRATION.search(s.norm):
            continue
        rec = ctx.recognize(s)
        reg = [m.entity for m in rec.mentions if m.entity.category == "Trial" and m.entity.id.startswith(("CHICTR", "CLINICALTRIALS"))]
        if reg:
            title = doc.sentences[0].norm if doc.sentences and not doc.sentences[0].section else ""
            trial = trial_entity(reg[0], phase_of(" ".join(x.norm for x in doc.sentences[:12])), line_of(title))
            break
    if trial is None:
        return None, None
    for text in [normalise(t) for _, t in doc.sections[:5]] + [s.norm for s in doc.sentences[:40]]:
        rec = ctx.find(text)
        if rec.regimens:
            return trial, rec.regimens[0][0].entity
    return (None, None) if need_regimen else (trial, None)


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_REGISTRATION_WORD = prefiltered(_REGISTRATION_WORD)
