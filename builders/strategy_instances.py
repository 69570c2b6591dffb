"""Instances of a combination strategy a review puts forward against a mechanism.

A review states a strategy by its drug classes ("Targeting more than one immune checkpoint could help
overcome T-cell exhaustion (i.e., combining anti-PD-1 + anti-CTLA-4 agents)") and then, in the same
section, reports trials of named drugs of those classes ("In the NEST trial, botensilimab (anti-CTLA-4)
and balstilimab (anti-PD-1) achieved durable responses"). Each such trial regimen is an instance of the
strategy, and is read as put forward against the same mechanism, with the strategy's own certainty.

Only a regimen whose every class of the strategy is matched by a distinct component of its own (a drug
or class in that class, or one acting on the same ligand-receptor axis), named in the strategy's sentence
or after it in the same section, in a sentence that names each of its components (or the trial that
evaluates it) and reports a result and no failure, counts; of the regimens one sentence names, only the fullest (the arm "durvalumab + tremelimumab +
mFOLFOX6", not also its two antibodies). A sentence that states a study's aim to test such a regimen ("The purpose
of this study was to compare the efficacy of fruquintinib plus a PD-1 inhibitor and ...") reports no result, but the
study puts the instance forward against the same mechanism: it counts with certainty ``hypothesis``.
This pass runs on a document's merged facts (the regimens of trial arms come from the trial builders).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from builders.lazy_patterns import lazy_compile
from builders.word_patterns import whole_word
from kg.model import Assertion, Entity, Evidence

# a sentence that reports what a regimen achieved, and one that reports that it did not
_RESULT = lazy_compile(r"\b(?:achiev|demonstrat|show(?:ed|n|s|ing)\b|report|resulted in|led to|produc|yield|induc|"
                       r"sensiti[sz]|restor|improv|enhanc|overc[oa]m|synergi|caused\s+(?:a\s+)?(?:synergistic|greater|"
                       r"marked|significant|profound|durable|complete))", re.I)
# a sentence that states what a study sets out to test ("the aim of this study was to evaluate the efficacy of",
# "we sought to compare"; the study its authors say they ran for it, "we undertook a pilot trial to assess", "we conducted
# a phase 2 study to evaluate"): the regimen is tested, no result is reported
_AIM = lazy_compile(r"\b(?:aim|aims|purpose|objective|goal)\s+(?:of\s+(?:this|the\s+present|our)\s+(?:study|trial|analysis|"
                    r"work)\s+)?(?:was|is|were)\s+to\s+(?:evaluate|assess|compare|investigate|examine|explore|test|determine)\b|"
                    r"\b(?:we|this\s+(?:study|trial))\s+(?:aimed|sought|set\s+out)\s+to\s+(?:evaluate|assess|compare|"
                    r"investigate|examine|explore|test|determine)\b|"
                    r"\bwe\s+(?:conducted|undertook|performed|carried\s+out|initiated|designed|launched)\s+(?:an?|this|the)\s+"
                    r"(?:[\w\-]+\s+){0,4}?(?:trial|study)\s+to\s+(?:(?:further|formally|prospectively)\s+)?"
                    r"(?:evaluate|assess|compare|investigate|examine|explore|test|determine)\b", re.I)
_FAILURE = lazy_compile(r"\b(?:not|no|failed|fail|lack\w*|neither|nor|futil\w*|inferior)\b", re.I)
# a sentence that opens on the results of what the sentence before named ("The results showed that ...", "The results
# of this trial included ..."): it reports the outcome of the regimen named there
_RESULTS_OPENING = lazy_compile(r"(?:[A-Z][a-z]+,\s+)?(?:the|these|its|their)\s+results?\b", re.I)
# what says that such results were poor, beside the failures of _FAILURE
_POOR = lazy_compile(r"\b(?:disappoint\w*|modest|limited|poor|negative|unfavou?rable|discourag\w*|halted|terminated|"
                     r"stopped|worse|toxic\w*)\b", re.I)
# what may not touch a name said as a word: a word character or a hyphen (ASCII text)
_WORD_OR_HYPHEN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
# a class of one axis or paralog pair acts on two genes at most ("PD-1/PD-L1 inhibitor", "MEK inhibitor")
_AXIS_TARGETS = 2


def strategy_instances(assertions: list[Assertion], entities: dict[str, Entity], ctx, doc=None) -> list[Assertion]:
    """New "R overcomes M" facts, one for each trial regimen R that instantiates a class combination said
    to overcome M earlier in the same section (see the module docstring). ``doc``, when given, lets the sentence
    after one that names R report its result ("... received A, B and C. The results showed that ...")."""
    facts = _Facts(assertions, entities, ctx)
    following = _Following(doc)
    done = {(a.subject, a.object) for a in assertions if a.predicate == "overcomes"}
    new = []
    strategies = [a for a in assertions if facts.is_class_strategy(a)]
    if not strategies:
        return new
    title = _title(doc)
    design = _design_parts(doc)
    for strategy in strategies:
        for regimen, where in facts.regimens_after(strategy.evidence[0], title, design):
            if (regimen, strategy.object) in done or \
                    not facts.instantiates(facts.components[regimen], facts.components[strategy.subject]):
                continue
            if _FAILURE.search(where.sentence):
                continue
            aimed = _AIM.search(where.sentence) is not None
            if not aimed and not _RESULT.search(where.sentence) and \
                    not facts.results_follow(regimen, following.after(where)):
                continue
            if not ctx.schema.allows(entities[regimen].category, "overcomes", entities[strategy.object].category):
                continue
            done.add((regimen, strategy.object))
            qualifiers = _tested(strategy.qualifiers) if aimed else strategy.qualifiers
            new.append(Assertion(regimen, "overcomes", strategy.object, qualifiers,
                                 [replace(where, method="rule")]))
    return new


def _title(doc) -> tuple | None:
    """(section, start) of the document's title: its first sentence, a line without a closing full stop ("Resistance
    to BRAF inhibition can be overcome with PI3K inhibition"); None when the text opens on a sentence. A strategy its
    title states is the document's thesis, and the regimens of every section are its instances."""
    sentences = getattr(doc, "sentences", None) or ()
    first = sentences[0] if sentences else None
    if first is None or first.norm.rstrip().endswith((".", "?", "!")):
        return None
    return (first.section, first.start)


# a structured abstract's opening part, which gives the study's grounds ("Purpose", "Background"), and the part right
# after it that says what the study did ("Experimental Design", "Patients and Methods")
_GROUNDS_PART = lazy_compile(r"(?:purpose|background|rationale|objectives?|aims?)", re.I)
_DESIGN_PART = lazy_compile(r"(?:experimental\s+design|(?:patients|materials)\s+and\s+methods|methods|study\s+design)",
                            re.I)


def _design_parts(doc) -> dict:
    """Section -> the section right after it, where the first opens a structured abstract on the study's grounds
    ("Purpose") and the second says what the study did ("Experimental Design"): a strategy the grounds state is what
    the study then sets out to test ("Purpose: ... combined RAF and EGFR inhibition could overcome it. Experimental
    Design: We undertook a pilot trial to assess vemurafenib combined with panitumumab")."""
    out, last = {}, None
    for sentence in getattr(doc, "sentences", None) or ():
        here = sentence.section
        if here != last:
            if last is not None and _GROUNDS_PART.fullmatch(last.strip()) and _DESIGN_PART.fullmatch(here.strip()):
                out[last] = here
            last = here
    return out


def _tested(qualifiers: tuple) -> tuple:
    """The strategy's qualifiers with certainty ``hypothesis``: a study that sets out to test a regimen puts it
    forward, it has not shown that it works."""
    return tuple(sorted({**dict(qualifiers), "certainty": "hypothesis"}.items()))


class _Following:
    """The sentence that follows an evidence's sentence in its section, looked up by the sentence's start; the map is
    built on the first question (most documents state no class strategy and ask none)."""

    def __init__(self, doc):
        self._doc = doc
        self._next: dict[int, str] | None = None

    def after(self, where: Evidence) -> str | None:
        if self._next is None:
            self._next = {}
            sentences = list(getattr(self._doc, "sentences", None) or ())
            for here, there in zip(sentences, sentences[1:]):
                if (here.section, here.subsection) == (there.section, there.subsection):
                    self._next[here.start] = there.norm
        return self._next.get(where.start)


class _Facts:
    """The merged facts of one document, with the vocabulary, asked about combinations and classes."""

    def __init__(self, assertions: list[Assertion], entities: dict[str, Entity], ctx):
        self.assertions, self.entities, self.vocab = assertions, entities, ctx.vocab
        self.components: dict[str, set[str]] = {}
        self.parents: dict[str, set[str]] = {}
        self.evaluated: dict[str, set[str]] = {}
        self._fullest: dict[str, list[str]] = {}  # sentence -> fullest_named(sentence)
        self._names: dict[str, tuple[str, ...]] = {}  # entity id -> its names of three characters or more
        self._lowered: tuple = (None, None)  # the sentence last asked about, lower-cased
        for a in assertions:
            if a.predicate == "has_component":
                self.components.setdefault(a.subject, set()).add(a.object)
            elif a.predicate == "member_of":
                self.parents.setdefault(a.subject, set()).add(a.object)
            elif a.predicate == "evaluates":
                self.evaluated.setdefault(a.subject, set()).add(a.object)

    @cached_property
    def axes(self) -> list[set[str]]:
        """The targets of each vocabulary class of one axis or paralog pair (two genes at most), in vocabulary order."""
        return [set(t) for cid, t in self.vocab.drug_targets.items() if len(t) <= _AXIS_TARGETS
                and getattr(self.vocab.entities.get(cid), "category", None) == "DrugClass"]

    def category(self, eid: str) -> str | None:
        e = self.entities.get(eid)
        return e.category if e is not None else None

    def is_class_strategy(self, a: Assertion) -> bool:
        """A supported rescue whose subject is a combination of drug classes only."""
        if a.predicate != "overcomes" or not a.supported or not a.evidence or self.category(a.object) is None:
            return False
        comps = self.components.get(a.subject, set())
        return len(comps) >= 2 and all(self.category(c) == "DrugClass" for c in comps)

    def regimens_after(self, ev: Evidence, title: tuple | None = None,
                       design: dict | None = None) -> list[tuple[str, Evidence]]:
        """(regimen id, evidence) for the fullest combination of named drugs each sentence from ``ev`` on in its
        section names (in every section after it when ``ev`` is the document's ``title``; also in the design part
        ``design`` gives for an abstract's grounds part, :func:`_design_parts`), component by component
        or by the trial that evaluates it (a trial arm read from a table, named again in the prose: "within a
        clinical trial (NCT...)")."""
        whole = title is not None and (ev.section, ev.start) == title
        parts = {ev.section, (design or {}).get(ev.section, ev.section)}
        sentences = {}
        for a in self.assertions:
            for where in a.evidence[:1]:
                if where.document == ev.document and (whole or where.section in parts) and where.start >= ev.start:
                    sentences.setdefault((where.start, where.end), where)
        out = []
        for span in sorted(sentences):
            where = sentences[span]
            out.extend((r, where) for r in self.fullest_named(where.sentence))
        return out

    def results_follow(self, regimen: str, sentence: str | None) -> bool:
        """The next sentence opens on the results of the regimen just named ("54 patients received irinotecan,
        cetuximab and vemurafenib ... . The results showed that the ORR increased ..."), reports no failure or poor
        result, and names no other regimen than the regimen or parts of it."""
        if not sentence or not _RESULTS_OPENING.match(sentence) or _FAILURE.search(sentence) or _POOR.search(sentence):
            return False
        mine = self.components.get(regimen, set())
        return all(r == regimen or self.components[r] <= mine for r in self.fullest_named(sentence))

    @cached_property
    def drug_regimens(self) -> list[str]:
        """The document's regimens with a drug among their components, sorted."""
        return sorted(r for r, comps in self.components.items() if self.category(r) == "Regimen" and
                      any(self.category(c) == "Drug" for c in comps))

    def fullest_named(self, sentence: str) -> list[str]:
        """The drug regimens a sentence names (by each component, or by a trial evaluating it) that are no
        part of another one it names; worked out once per sentence (several strategies ask of the same ones)."""
        known = self._fullest.get(sentence)
        if known is None:
            said: dict[str, bool] = {}  # component -> named here (a drug is a component of many regimens: asked once)

            def says(eid: str) -> bool:
                found = said.get(eid)
                if found is None:
                    found = said[eid] = self.named(eid, sentence)
                return found

            by_trial = {r for t, rs in self.evaluated.items() if self.named(t, sentence) for r in rs}
            found = [r for r in self.drug_regimens if r in by_trial or all(says(c) for c in self.components[r])]
            known = self._fullest[sentence] = [r for r in found if not any(
                o != r and self.components[r] < self.components[o] for o in found)]
        return known

    def named(self, eid: str, text: str) -> bool:
        """The sentence names the entity (its name or a synonym, as a word)."""
        names = self._names.get(eid)
        if names is None:
            e = self.entities.get(eid)
            names = self._names[eid] = () if e is None else tuple(n for n in (e.name, *e.synonyms) if len(n) > 2)
        if not names:
            return False
        if self._lowered[0] is not text:  # one sentence is asked about many entities in turn: lower-cased once
            self._lowered = (text, text.lower())
        folded = self._lowered[1]
        return any(_says(n, text, folded) for n in names)

    def instantiates(self, regimen: set[str], strategy: set[str]) -> bool:
        """Each class of the strategy matched by its own distinct component of the regimen."""
        free = set(regimen)
        for cls in sorted(strategy):
            hit = next((c for c in sorted(free) if self.fits(c, cls)), None)
            if hit is None:
                return False
            free.discard(hit)
        return True

    def fits(self, component: str, cls: str) -> bool:
        """The component is the class, in it, or acts on the same ligand-receptor axis as it."""
        if self.member(component, cls):
            return True
        mine, theirs = self.targets(component), self.targets(cls)
        if not mine or not theirs:
            return False
        both = mine | theirs
        return mine <= theirs or any(both <= axis for axis in self.axes)

    def member(self, component: str, cls: str) -> bool:
        """The component is the class, or a drug or class under it (vocabulary or document)."""
        seen, todo = set(), [component]
        while todo:
            x = todo.pop()
            if x == cls:
                return True
            if x not in seen:
                seen.add(x)
                todo.extend(self.vocab.drug_classes.get(x, ()))
                todo.extend(self.parents.get(x, ()))
        return False

    def targets(self, eid: str) -> set[str]:
        """Gene ids a drug or class acts on (a drug with none of its own: those of its classes)."""
        own = set(self.vocab.drug_targets.get(eid, ()))
        return own or {t for c in self.vocab.drug_classes.get(eid, ()) for t in self.vocab.drug_targets.get(c, ())}


def _says(name: str, text: str, folded: str) -> bool:
    """Whether ``text`` (``folded`` is its lower case) holds ``name`` as a word, in any case, not inside a
    longer word or hyphenated compound: ``(?<![\\w-])name(?![\\w-])`` with ``re.I``. ASCII text and names
    (nearly all) are searched as plain strings, without a regular expression compiled per name.

    >>> _says("FOLFOX", "mFOLFOX6 or FOLFOX-based", "mfolfox6 or folfox-based")
    False
    >>> _says("folfox", "after FOLFOX, patients", "after folfox, patients")
    True
    """
    if not (name.isascii() and text.isascii()):
        return whole_word(name).search(text) is not None
    low = name.lower()
    at = folded.find(low)
    while at >= 0:
        end = at + len(low)
        if (at == 0 or folded[at - 1] not in _WORD_OR_HYPHEN) and \
                (end == len(folded) or folded[end] not in _WORD_OR_HYPHEN):
            return True
        at = folded.find(low, at + 1)
    return False
