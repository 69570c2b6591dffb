"""The rule engine: declarative surface patterns applied to one sentence at a time.

A sentence is seen as a list of :class:`Token` — words, punctuation, and entity mentions (one token
per mention span; a span that names several entities, such as "MET and HER2 alterations", keeps
them all). Every cue lexicon of ``ontology/rules/cues.yaml`` is compiled into one Aho-Corasick
automaton; one pass over the lower-cased sentence marks the cue hits on the tokens.

A rule (``ontology/rules/*.yaml``, loaded by :mod:`builders.rules`) is a pattern: a sequence of

* ``{name:Group}`` — an entity slot: one entity token of a schema group or category (``Cause``,
  ``Therapy``, ``Drug``), captured under ``name``; with coordination (``A, B and C``) the whole
  list is captured (``{name:Group!}``: only the one entity; ``{name:Group*}``: every one-entity
  item of the enumeration the slot opens, passing over items of other words);
* ``<cue>`` — a hit of the named cue lexicon (``<cue>?`` may be absent);
* ``...`` — a gap of at most 4 tokens without entities (``..N``: at most N); ``~`` a gap of at most
  25 tokens that may cross entities;
* ``-`` — an optional hyphen.

Patterns match inside one clause (or the whole sentence when the rule says ``scope: sentence``).
Named guards (:mod:`builders.guards`) then accept or refuse a match, and the rule's ``emit`` rows
say which facts the captured entities state. The engine knows nothing about resistance or drugs:
all of that is in the rule tables.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import ahocorasick

from builders import shared_subject
from builders.asides import EXCLUSION_CUE
from builders.lazy_patterns import lazy_compile
from builders.recognize import Mention
from kg.groups import THERAPY

_TOKEN = lazy_compile(r"[A-Za-z0-9α-ωΑ-Ω]+(?:['’][a-z]+)?|[^\sA-Za-z0-9α-ωΑ-Ω]")
# a bracket of reference numbers ("[2,3,4]", "[15-17]"): no word of the sentence, so no token
_CITATION = lazy_compile(r"\[\s*\d{1,3}(?:\s*[,\-–]\s*\d{1,3})*\s*\]")
MAX_LIST_SEGMENT = 16  # tokens of one semicolon-separated list item (a longer segment is a clause)
# verbs whose subject a clause-opening entity is, and how many tokens after it they may stand
_CLAUSE_VERBS = frozenset({"remains", "remain", "is", "are", "was", "were", "has", "have", "represents", "offers",
                           "could", "may", "might", "can", "would", "will"})
_SUBJECT_REACH = 5
_LIST_JOIN = {",", ";", "and", "or", "/", "as well as", "and/or", "nor", "&", "plus", "possibly", "potentially", "also",
              "even", "perhaps", "likely", "eventually", "finally", "especially", "notably", "specifically",
              "mainly", "mostly", "abnormal", "aberrant", "constitutive", "excessive", "sustained", "persistent"}
WIDE_GAP = 25
# words that may open a bracket of examples before its first item ("(e.g., A, B)", "(such as A, B)")
_EXAMPLE_LEAD = frozenset({"e.g.", "e.g", "eg", "e.g.,", "i.e.", "i.e", "ie", "such", "as", ",", ".", "e", "g"})
NARROW_GAP = 4
PER_START = 3  # matches kept from one start position (nearest bindings first)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    entities: tuple = ()  # entity mentions' entities, for an entity token
    mention: Mention | None = None
    cues: dict = field(default_factory=dict)  # lexicon name -> index of the token after the cue

    @property
    def is_entity(self) -> bool:
        return bool(self.entities)


class CueIndex:
    """Every cue lexicon compiled into one automaton (plus one for the few case-sensitive phrases,
    written ``=OS``); ``hits(text)`` is one pass over a sentence."""

    def __init__(self, lexicons: dict[str, list[str]]):
        self._auto = ahocorasick.Automaton()
        self._exact = ahocorasick.Automaton()
        entries: dict[str, list[tuple[str, bool]]] = {}
        exact: dict[str, list[tuple[str, bool]]] = {}
        for name, phrases in lexicons.items():
            for phrase in phrases:
                prefix = phrase.endswith("*")
                if phrase.startswith("="):
                    exact.setdefault(phrase[1:].rstrip("*"), []).append((name, prefix))
                else:
                    entries.setdefault(phrase.rstrip("*").lower(), []).append((name, prefix))
        for auto, table in ((self._auto, entries), (self._exact, exact)):
            for key, names in table.items():
                plain = None if any(prefix for _, prefix in names) else tuple(name for name, _ in names)
                # whether the phrase begins and ends with a letter or digit (a word boundary is tested only there)
                auto.add_word(key, (len(key), tuple(names), plain, key[0].isalnum(), key[-1].isalnum()))
            if table:
                auto.make_automaton()
        self._empty = not entries
        self._has_exact = bool(exact)

    def hits(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, lexicon)`` of every cue in a sentence, on word boundaries."""
        out = [] if self._empty else self._scan(self._auto, text.lower())
        if self._has_exact:
            out += self._scan(self._exact, text)
        return out

    @staticmethod
    def _scan(auto, lower: str) -> list[tuple[int, int, str]]:
        out = []
        n = len(lower)
        for end, (length, names, plain, head_alnum, tail_alnum) in auto.iter(lower):
            start = end - length + 1
            if head_alnum and start > 0 and lower[start - 1].isalnum():
                continue
            stop = end + 1
            whole = stop >= n or not (tail_alnum and lower[stop].isalnum())
            if plain is not None:  # no prefix cue among them (the usual case)
                if whole:
                    for name in plain:
                        out.append((start, stop, name))
                continue
            for name, prefix in names:
                if prefix:
                    # a prefix cue ("resistan*") takes the rest of the word
                    k = stop
                    while k < n and lower[k].isalnum():
                        k += 1
                    out.append((start, k, name))
                elif whole:
                    out.append((start, stop, name))
        return out


def _words(text: str, pos: int, end: int | None = None):
    """The word and punctuation matches of ``text[pos:end]``, reference-number brackets left out (a review's
    "KRAS mutations [2,3] and HER2 amplification [5] are ..." reads as its words do)."""
    stop = len(text) if end is None else end
    skip = [c.span() for c in _CITATION.finditer(text, pos, stop)] if text.find("[", pos, stop) >= 0 else []
    if not skip:
        return _TOKEN.finditer(text, pos, stop)  # (most stretches cite nothing: the matches as they come)
    return (m for m in _TOKEN.finditer(text, pos, stop) if not any(a <= m.start() < b for a, b in skip))


def tokenize(text: str, mentions: list[Mention], cue_hits: list[tuple[int, int, str]]) -> list[Token]:
    """Tokens of a sentence: mention spans become single entity tokens; cue hits are marked."""
    groups: dict[int, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(m.start, []).append(m)
    tokens: list[Token] = []
    pos = 0
    for start in sorted(groups):
        if start < pos:
            continue  # inside an earlier, longer mention
        group = groups[start]
        for m in _words(text, pos, start):
            word = m.group()
            tokens.append(Token(*m.span(), word, word.lower()))
        if len(group) == 1:
            longest = group[0]
            end, ents = longest.end, (longest.entity,)
        else:
            end = max(m.end for m in group)
            longest = max(group, key=lambda m: m.end - m.start)
            # every mention starting here: a population context keeps the status it is made of
            ents = tuple(dict.fromkeys(m.entity for m in sorted(group, key=lambda m: -m.end)))
        word = text[start:end]
        tokens.append(Token(start, end, word, word.lower(), ents, longest))
        pos = end
    for m in _words(text, pos):
        word = m.group()
        tokens.append(Token(*m.span(), word, word.lower()))
    tokens = _absorb_expansions(_absorb_synonyms(tokens))
    if cue_hits:
        by_start = {t.start: i for i, t in enumerate(tokens)}
        by_end = {t.end: i for i, t in enumerate(tokens)}
        span_start, span_end, cues, after = -1, -1, None, 0
        for start, end, name in cue_hits:
            if start != span_start or end != span_end:  # the lexicons of one span come one after another: placed once
                span_start, span_end, cues = start, end, None
                i, j = by_start.get(start), by_end.get(end)
                if i is not None and j is not None and j >= i and \
                        not (tokens[i].entities if i == j else any(tokens[k].entities for k in range(i, j + 1))):
                    cues, after = tokens[i].cues, j + 1
            if cues is not None and cues.get(name, 0) < after:  # the longest hit of a lexicon at a token wins
                cues[name] = after
    return tokens


def _absorb_synonyms(tokens: list[Token]) -> list[Token]:
    """"adagrasib (MRTX849)", "ZW25 (zanidatamab)": a parenthesis that names the same entity again is
    part of the mention, so patterns read past it."""
    n = len(tokens)
    # where a parenthesis follows an entity token (most sentences have none: the list is returned as it is)
    if not any(tokens[i].entities and tokens[i + 1].text in "([" for i in range(n - 3)):
        return tokens
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.is_entity and i + 3 < len(tokens) + 1 and i + 2 < len(tokens) and tokens[i + 1].text in "([" and \
                tokens[i + 2].is_entity and i + 3 < len(tokens) and tokens[i + 3].text in ")]" and \
                {e.id for e in t.entities} & {e.id for e in tokens[i + 2].entities}:
            end = tokens[i + 3]
            out.append(Token(t.start, end.end, t.text, t.lower, t.entities, t.mention, dict(t.cues)))
            i += 4
            continue
        out.append(t)
        i += 1
    return out


_EXPANSION_JOINS = frozenset({",", "and", "/", "plus", "+", ".", "mg", "m2", "m", "kg", "g", "iv"})  # joins and doses


def _expansion_end(tokens: list[Token], i: int) -> int | None:
    """Index of the closing bracket when the parenthesis opening at ``i + 1`` spells out the regimen
    at ``i`` as a list of drugs only, doses allowed ("FOLFOX4 (fluorouracil, leucovorin, oxaliplatin)",
    "FOLFOX (oxaliplatin 85 mg/m2, leucovorin and fluorouracil)"); else None."""
    if not any(e.category == "Regimen" for e in tokens[i].entities) or tokens[i + 1].text != "(":
        return None
    drugs = 0
    for k in range(i + 2, len(tokens)):
        t = tokens[k]
        if t.text == ")":
            return k if drugs >= 2 else None
        if t.is_entity and all(e.category == "Drug" for e in t.entities):
            drugs += 1
        elif t.lower not in _EXPANSION_JOINS and not t.text.isdigit():
            return None
    return None


def _absorb_expansions(tokens: list[Token]) -> list[Token]:
    """"FOLFOX4 (fluorouracil, leucovorin, oxaliplatin)": a parenthesis that spells out a regimen's
    drugs names the regimen again, not a list of further therapies, so it becomes part of the mention."""
    if not any(t.text == "(" for t in tokens):
        return tokens  # no parenthesis (most sentences): nothing to absorb
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        end = _expansion_end(tokens, i) if t.is_entity and i + 1 < len(tokens) else None
        if end is None:
            out.append(t)
            i += 1
            continue
        out.append(Token(t.start, tokens[end].end, t.text, t.lower, t.entities, t.mention, dict(t.cues)))
        i = end + 1
    return out


# -- patterns ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Slot:
    name: str
    categories: frozenset
    optional: bool = False
    single: bool = False  # "{cls:DrugClass!}": this one entity, not the list it stands in
    enumeration: bool = False  # "{cause:Cause*}": every one-entity item of the enumeration it opens


@dataclass(frozen=True)
class Cue:
    lexicon: str
    optional: bool = False


@dataclass(frozen=True)
class Gap:
    max_tokens: int
    cross_entities: bool


@dataclass(frozen=True)
class Hyphen:
    pass


_ELEMENT = lazy_compile(r"\{(\w+):(\w+)(!)?(\*)?(\?)?\}|<([\w\-]+)>(\?)?|\.\.\.|\.\.(\d+)|~|-")


def parse_pattern(pattern: str, groups: dict[str, frozenset]) -> tuple:
    """The elements of a pattern string; raises ValueError naming what is wrong.

    >>> parse_pattern("{s:Cause} <confer> ... <resistance> <to> {o:Therapy}", {"Cause": frozenset({"Gene"}),
    ...               "Therapy": frozenset({"Drug"})})[2]
    Gap(max_tokens=4, cross_entities=False)
    """
    out = []
    pos = 0
    text = pattern.strip()
    while pos < len(text):
        if text[pos].isspace():
            pos += 1
            continue
        m = _ELEMENT.match(text, pos)
        if m is None:
            raise ValueError(f"cannot read the pattern at {text[pos:pos + 20]!r}")
        if m.group(1):
            if m.group(2) not in groups:
                raise ValueError(f"unknown group or category {m.group(2)!r} in slot {{{m.group(1)}:{m.group(2)}}}")
            out.append(Slot(m.group(1), groups[m.group(2)], bool(m.group(5)), bool(m.group(3)), bool(m.group(4))))
        elif m.group(6):
            out.append(Cue(m.group(6), bool(m.group(7))))
        elif m.group(0) == "...":
            out.append(Gap(NARROW_GAP, False))
        elif m.group(8):
            out.append(Gap(int(m.group(8)), False))
        elif m.group(0) == "~":
            out.append(Gap(WIDE_GAP, True))
        else:
            out.append(Hyphen())
        pos = m.end()
    if not any(isinstance(e, Slot) for e in out):
        raise ValueError("a pattern needs at least one {slot:Group}")
    return tuple(out)


@dataclass
class Match:
    """One way a pattern fits a clause: the captured tokens per slot and the matched token range."""

    slots: dict[str, list[int]]
    start: int
    end: int
    cue_tokens: dict[str, int]


class Clause:
    """The tokens of one clause (or a whole sentence) and what the engine needs to know about them."""

    def __init__(self, tokens: list[Token], lo: int, hi: int, origin: list[int] | None = None):
        self.tokens, self.lo, self.hi = tokens, lo, hi
        # for a clause read with a subject carried over (its own token list): each token's sentence position
        self.origin = origin
        self.slot_categories: frozenset = frozenset()
        self._cues: dict[str, list[int]] | None = None
        self._entities: list[int] | None = None
        self._categories: frozenset | None = None

    def cue_positions(self) -> dict[str, list[int]]:
        """Token positions of each cue lexicon's hits in this clause (computed once)."""
        if self._cues is None:
            self._cues = {}
            for i in range(self.lo, self.hi):
                for lex in self.tokens[i].cues:
                    self._cues.setdefault(lex, []).append(i)
        return self._cues

    def entity_positions(self) -> list[int]:
        """Token positions of the entity tokens of this clause, in order (computed once)."""
        if self._entities is None:
            toks = self.tokens
            self._entities = [i for i in range(self.lo, self.hi) if toks[i].entities]
        return self._entities

    def entity_categories(self) -> frozenset:
        """The categories of the entities of this clause's entity tokens (computed once)."""
        if self._categories is None:
            toks = self.tokens
            self._categories = frozenset(e.category for i in self.entity_positions() for e in toks[i].entities)
        return self._categories

    def _opens_clause(self, k: int) -> bool:
        """Therapy token ``k`` is the subject of a verb a few words on ("chemotherapy with targeted therapies
        remains ..."): it opens a clause of its own (a status before a verb, "HER2-positive tumours are", is left)."""
        if not all(e.category in THERAPY for e in self.tokens[k].entities):
            return False
        for j in range(k + 1, min(k + 1 + _SUBJECT_REACH, self.hi)):
            low = self.tokens[j].lower
            if low in _CLAUSE_VERBS:
                return True
            if not low[:1].isalnum():
                return False
        return False

    def list_members(self, i: int, categories: frozenset) -> list[int]:
        """Token indices of the coordination list around entity token ``i`` whose entities fit
        ("A, B and C", "A (a), B (b) or C"; a short parenthesis after a member is skipped)."""
        toks = self.tokens
        members = [i]
        j = i
        while True:  # leftwards
            k = self._skip_joins(j - 1, -1)
            if k is not None and k >= self.lo and _fits(toks[k], categories) and \
                    not self._scope_before(k, j):
                members.insert(0, k)
                j = k
                continue
            break
        if self._participle_inside(i):
            return [i]  # "MDSCs and M2-like TAMs producing IL-10, along with Tregs": what the phrase says is its member's
        j = i
        while True:  # rightwards
            k = self._skip_joins(j + 1, 1)
            if k is not None and k < self.hi and _fits(toks[k], categories) and \
                    not self._scope_before(j, k) and not self._next_clause_subject(members, j, k):
                members.append(k)
                j = k
                continue
            break
        if len(members) == 2:
            between = {t.lower for t in toks[members[0] + 1:members[1]]}
            if between and between <= {",", "(", ")"} and not (_status(toks[members[0]]) and _status(toks[members[1]])
                                                               and not self._opens_clause(members[1])) \
                    and not self._bracketed_pair(members):
                return [i]  # "By outcompeting CD28, CTLA-4 ...", "resistant to immunotherapy, regorafenib ...": a bare
                # comma between two is no list (unless both are statuses or classes: "RAS-WT, HER2-positive"; not
                # when the second is the subject of a verb: "benefit from ICIs, chemotherapy remains the option")
        return members

    def _early_change(self, k: int) -> bool:
        """Token ``k`` is the "early" of a member's change ("early CA19-9 decrease"): the member and its change noun
        right after it."""
        toks = self.tokens
        return self.lo <= k and k + 2 < self.hi and toks[k].lower == "early" and \
            toks[k + 2].lower in MARKER_CHANGE_NOUNS and self._change_member(k + 1)

    def _change_member(self, k: int) -> bool:
        """Token ``k`` names a level marker or alteration whose change a change noun right after it names ("early
        CA19-9 decrease", "ctDNA decline"): the member of a list of markers is the change (read by the transform
        ``changed_marker``), the change noun no word that ends the list."""
        return any(e.category in ("Biomarker", "Alteration") and not e.attr("family") for e in self.tokens[k].entities)

    def _bracketed_pair(self, members: list[int]) -> bool:
        """Two members that a bracket holds alone, a comma between ("MEK inhibitors (trametinib, binimetinib)"):
        a list, not a comma that closes a phrase."""
        a, b = members
        toks = self.tokens
        if not (b + 1 < self.hi and toks[b + 1].lower == ")" and [t.lower for t in toks[a + 1:b]] == [","]):
            return False
        k = a - 1
        while k >= max(self.lo, a - 6) and toks[k].lower in _EXAMPLE_LEAD:  # "(e.g., A, B)"
            k -= 1
        return k >= self.lo and toks[k].lower == "("

    def _next_clause_subject(self, members: list[int], j: int, k: int) -> bool:
        """Two items only, parted by ", and", the second the subject of a verb ("Hypoxia limits the efficacy of PD-1
        blockade, and evofosfamide could improve it"): two clauses, no list (a list of two takes no comma). An item
        right before a finite verb of raising or lowering ("IL-6 activated STAT3, and IL-10 suppressed AKT") is the
        subject of a clause of its own too ("STAT3 activation by IL-6 and JAK2 promotes survival" takes no comma: one
        subject of two)."""
        if len(members) != 1 or {t.lower for t in self.tokens[j + 1:k]} != {",", "and"}:
            return False
        return self._opens_clause(k) or (self.tokens[k].lower not in _PRONOUNS and
                                         shared_subject.finite_raise_lower(self.tokens, k + 1, self.hi))

    def _scope_before(self, first: int, second: int) -> bool:
        """Entity token ``first`` closes the phrase of scope that opens the clause, and a comma alone parts it from
        ``second`` ("In RAS wild-type mCRC, left-sided tumours and CMS2 were ..."): the population the sentence
        speaks of, not a member of the list that follows ("mutations in KRAS, NRAS and BRAF" is a list)."""
        toks = self.tokens
        opener = first - 1
        at_start = opener == self.lo or (opener - 1 >= self.lo and toks[opener - 1].lower in (":", ";"))
        return opener >= self.lo and at_start and toks[opener].lower in _SCOPE_OPENERS and \
            all(t.lower == "," for t in toks[first + 1:second])

    def enumeration(self, i: int, categories: frozenset) -> list[int]:
        """Token indices of the one-entity items of the enumeration that begins at token ``i``
        ("include EGFR ligand overexpression, RAS mutations, MET activation and autophagy"): items
        are separated by commas, semicolons, "and", "or"; an item of other words, or whose entity is
        only a modifier ("EGFR ligand overexpression"), is passed over; the enumeration ends at the
        clause end, at a relative word, or at an item longer than ENUM_ITEM tokens."""
        toks = self.tokens
        out: list[int] = []
        examples: list[int] = []  # the entities an item's bracket gives as its examples ("A (e.g., B or C), and D")
        k = i
        while k < self.hi:
            j = k
            aside: set[int] = set()  # "A expression at both the mRNA and protein levels": where A was found
            while j < self.hi and toks[j].lower not in (",", ";") and not (toks[j].lower in ("and", "or") and j > k):
                end = None if j == k else (self._level_aside(j, 1) if toks[j - 1].is_entity else None) or \
                    self._bracket_end(j)
                if end is not None:
                    aside.update(range(j, end))
                    examples.extend(self._bracket_examples(j, end, categories))
                    j = end
                    continue
                j += 1
            item = [t for t in range(k, j) if toks[t].lower not in _ITEM_FILLER and t not in aside]
            for close, open_ in ((")", "("), ("]", "[")):  # "fibroblasts (CAFs)", "IDO inhibitors [117]"
                if item and toks[item[-1]].lower == close:
                    opening = next((q for q in range(len(item) - 1, -1, -1) if toks[item[q]].lower == open_), None)
                    if opening is not None and len(item) - opening <= 5:
                        item = item[:opening]
            if any(toks[t].lower in _ENUM_END for t in item[:ENUM_ITEM]):
                break
            if len(item) > 2 and toks[item[0]].lower in _ITEM_HEAD_OF and toks[item[1]].lower == "of":
                item = item[2:]  # "accumulation of TAMs": the entity is the item
            if len(item) > 1 and toks[item[0]].lower in _ITEM_DEGREE and toks[item[1]].is_entity:
                item = item[1:]  # "severe T cell exhaustion": a word of degree does not change what is named
            if len(item) > 2 and toks[item[1]].lower == "+" and toks[item[0]].is_entity and toks[item[2]].is_entity:
                item = item[2:]  # "PD-1+ TAMs": the cells, marked by what they express
            while len(item) > 1 and toks[item[1]].lower in _ITEM_HEAD_NOUN:
                item = item[:1] + item[2:]  # "PI3K/AKT/mTOR signalling pathways": the head noun is the entity's
            tail = toks[item[1]].lower if len(item) > 1 else None
            if item and toks[item[0]].is_entity and _fits(toks[item[0]], categories) and \
                    (tail is None or tail in _ITEM_PREPOSITION):
                out.append(item[0])  # "KRAS mutations", "EGFR mutations in plasma"; not "EGFR ligand overexpression"
            if tail in _ITEM_PREPOSITION or j >= self.hi or len(item) > ENUM_ITEM:
                break  # a prepositional phrase, or a stretch of prose, closes the enumeration
            k = j + 1
        return out + [t for t in examples if t not in out] if out else [i]

    def _bracket_examples(self, k: int, end: int, categories: frozenset) -> list[int]:
        """The entities a bracket from token ``k`` to ``end`` gives as examples of the item before it, when it opens
        on "e.g.", "eg", "for example", "such as" or "including" ("impaired antigen presentation (e.g., B2M or JAK/STAT
        pathway alterations)": the two alterations are instances of the item, and items of the list too; s61); none
        for a bracket of another kind (a short form, a reference, where the finding was made)."""
        toks = self.tokens
        words = [t.lower for t in toks[k + 1:min(end, k + 5)] if t.lower not in (".", ",")]
        if not (words[:2] in (["e", "g"], ["for", "example"], ["such", "as"]) or words[:1] in (["eg"], ["including"])):
            return []
        return [t for t in range(k + 1, end) if toks[t].is_entity and _fits(toks[t], categories)]

    def _bracket_end(self, k: int) -> int | None:
        """The token after the bracket token ``k`` opens when it closes within :data:`ENUM_BRACKET` tokens and holds a
        comma ("impaired antigen presentation (e.g., A or B alterations), and C": the item's examples, whose commas
        part no items of the list around it); None otherwise (a short bracket without a comma is passed over as
        part of its item)."""
        toks = self.tokens
        close = {"(": ")", "[": "]"}.get(toks[k].lower)
        if close is None:
            return None
        comma = False
        for m in range(k + 1, min(self.hi, k + ENUM_BRACKET)):
            low = toks[m].lower
            if low in ("(", "[", ";"):
                return None
            if low == close:
                return m + 1 if comma else None
            comma = comma or low == ","
        return None

    def _article_after_join(self, k: int) -> bool:
        """Whether token ``k`` is a "the" between an "and" or "or" and an entity, the entity before the join having
        its "the" too ("the A and the B pathways"): each member's own article. Not after a comma (", and the T cells
        then suppress ..." opens a clause), nor when the first has none ("A blocks B and the C pathway is ...")."""
        toks = self.tokens
        if not (self.lo + 1 < k < self.hi - 1 and toks[k - 1].lower in ("and", "or") and toks[k - 2].is_entity
                and toks[k + 1].is_entity):
            return False  # (the member before may open the sentence: "Alterations in the A and the B pathways ...")
        return k - 3 >= self.lo and toks[k - 3].lower == "the" or " the " in f" {toks[k - 2].lower} "

    def _preposition_after_join(self, k: int) -> bool:
        """Whether token ``k`` is a preposition between an "and" or "or" and an entity that repeats the one right
        before the member ahead of the join ("resistance to A and to B", "expression of A and of B", "in A and in
        B"): each member's own preposition, the list one. Not a different preposition ("associated with A and to B"),
        nor a first member without one ("A binds B and to C")."""
        toks = self.tokens
        if not (self.lo + 2 < k < self.hi - 1 and toks[k].lower in _REPEATED_PREPOSITION
                and toks[k - 1].lower in ("and", "or") and toks[k - 2].is_entity and toks[k + 1].is_entity):
            return False
        return toks[k - 3].lower == toks[k].lower

    def _pass_compounds(self, k: int, step: int) -> int:
        """From token ``k``, pass over at most two hyphenated lower-case words that describe the member they stand
        before ("A, B and soybean-derived isoflavone-phytoestrogen C": C is the list's member, its kind and source
        said before it); the index after them, or ``k`` when there are none."""
        toks = self.tokens
        passed = 0
        while passed < 2:
            a, b, c = k, k + step, k + 2 * step
            if not (self.lo <= min(a, c) and max(a, c) < self.hi) or toks[b].text != "-":
                break
            first, last = (toks[a], toks[c]) if step > 0 else (toks[c], toks[a])
            if any(t.is_entity or not t.text.isalpha() or not t.text.islower() for t in (first, last)) or \
                    first.end != toks[b].start or toks[b].end != last.start or last.lower in _COMPOUND_SCOPE:
                break  # "fluorouracil-based chemotherapy", "oxaliplatin-refractory patients": part of what is named
            k = c + step
            passed += 1
        if not passed:
            k = self._pass_kind_noun(k, step)
        return k

    def _pass_kind_noun(self, k: int, step: int) -> int:
        """From token ``k``, pass over the kind of protein a member is named as, right before it ("APC, the scaffold
        protein AXIN1, and GSK3β", "framework protein Axin", "the kinase GSK3β": AXIN1, GSK3β); the index after
        it, or ``k`` when there is none. At most two lower-case words before the kind noun, no entity among them, and no
        word that sets the member against the list or opens a clause (``_KIND_NOUN_STOP``: "not", "unlike", "is")."""
        toks = self.tokens
        if step > 0:
            words = []
            m = k
            while m < self.hi and len(words) < 4 and not toks[m].is_entity and toks[m].text.isalpha() and \
                    toks[m].text.islower() and toks[m].lower not in _KIND_NOUN_STOP:
                words.append(toks[m].lower)
                m += 1
            if words and words[-1] in _KIND_NOUN and len(words) <= 3 and m < self.hi and toks[m].is_entity:
                return m
            return k
        if not (self.lo <= k < self.hi) or toks[k].lower not in _KIND_NOUN:
            return k
        m = k - 1
        while m >= self.lo and k - m <= 3 and not toks[m].is_entity and toks[m].text.isalpha() and \
                toks[m].text.islower() and toks[m].lower not in _LIST_JOIN:
            if toks[m].lower in _KIND_NOUN_STOP:
                return k  # "HER2, unlike the kinase PIK3CA": set against the list, not one of it
            m -= 1
        return m

    def _pass_having(self, k: int, step: int) -> int:
        """From token ``k``, pass over the participle of having that a patients' feature joined to a list by "and" is
        named with, and the line of treatment it was seen in ("patients with RAS wild-type and exhibiting first-line
        early tumour shrinkage": the two features, each the patients'); the index after them, or ``k`` when there
        are none (only after "and", only before an entity)."""
        toks = self.tokens
        m = k
        if step > 0:
            if not (self.lo < m < self.hi and toks[m].lower in _HAVING_VERBS and toks[m - 1].lower == "and"):
                return k
            m += 1
            if m + 2 < self.hi and toks[m].lower in _LINE_ORDINALS and toks[m + 1].text == "-" and \
                    toks[m + 2].lower == "line":
                m += 3
            return m if m < self.hi and toks[m].is_entity else k
        if m - 2 >= self.lo and toks[m].lower == "line" and toks[m - 1].text == "-" and \
                toks[m - 2].lower in _LINE_ORDINALS:
            m -= 3
        if m - 1 >= self.lo and toks[m].lower in _HAVING_VERBS and toks[m - 1].lower == "and":
            return m - 1
        return k

    def _level_aside(self, k: int, step: int) -> int | None:
        """Where a list goes on past the words that say at which level a member's level was found, right after it
        ("reduced A expression at both the mRNA and protein levels or B mutations", "A at the protein level and B"):
        the token after them in the direction of ``step`` (from their first word rightwards, their last leftwards),
        or None when token ``k`` opens (or closes) no such words."""
        toks = self.tokens
        if step > 0:
            if toks[k].lower != "at":
                return None
            m = k + 1
            while m < min(self.hi, k + 8) and toks[m].lower in _LEVEL_ASIDE_WORDS:
                if toks[m].lower in ("level", "levels"):
                    return m + 1 if m > k + 1 and toks[m - 1].lower in _LEVEL_KINDS else None
                m += 1
            return None
        if toks[k].lower not in ("level", "levels") or not (self.lo <= k - 1 and toks[k - 1].lower in _LEVEL_KINDS):
            return None
        m = k - 1
        while m > max(self.lo, k - 8) and toks[m].lower in _LEVEL_ASIDE_WORDS:
            m -= 1
        return m - 1 if m >= self.lo and toks[m].lower == "at" else None

    def _participle_end(self, k: int) -> int | None:
        """Token ``k`` is a participle of making or bearing right after a cell population, with the things it names
        after it ("M2-like TAMs producing IL-10, TGF-beta, and arginase-1"): the index after its last object, else
        None. Only entities other than cells, joined as a list, are its objects."""
        toks = self.tokens
        if not (self.lo < k < self.hi - 1 and toks[k].lower in _CELL_PARTICIPLES and _cells(toks[k - 1])):
            return None
        m, end = k + 1, None
        while m < self.hi and m - k <= _PARTICIPLE_REACH:
            if toks[m].is_entity:
                if _cells(toks[m]):
                    break
                end = m + 1
            elif toks[m].lower not in (",", "and", "or") or end is None:
                break
            m += 1
        return end

    def _participle_inside(self, i: int) -> bool:
        """Cell token ``i`` carries a participle phrase after it and the list goes on past the phrase to more cells
        ("A and B producing X, Y, and Z, along with C"): the phrase is part of ``i``'s member, no list member's."""
        end = self._participle_end(i + 1)
        if end is None:
            return False
        k = self._skip_joins(end, 1)
        return k is not None and k < self.hi and _cells(self.tokens[k])

    def _participle_start(self, k: int) -> int | None:
        """Token ``k`` is the last object of such a participle phrase (found leftwards, from the next member): the
        index of the cell token the phrase is said of, else None."""
        toks = self.tokens
        m = k
        while m > self.lo and m > k - _PARTICIPLE_REACH:
            if toks[m].is_entity and _cells(toks[m]):
                return None
            if toks[m].lower in _CELL_PARTICIPLES:
                return m - 1 if self._participle_end(m) == k + 1 else None
            if not toks[m].is_entity and toks[m].lower not in (",", "and", "or"):
                return None
            m -= 1
        return None

    def _skip_joins(self, k: int, step: int) -> int | None:
        """From token ``k``, pass over list joins (and one short parenthesis); the next token index or None."""
        toks = self.tokens
        joins = 0
        heads = 0
        paren = False
        along = phrase = False  # an "along with" crossed; a participle phrase inside a member of cells crossed
        origin = k - step  # the member the list goes on from
        if step < 0:  # "curcumin, soy-derived genistein": the next member's own descriptive words, right before it
            k = self._pass_compounds(k, step)
            k = self._pass_having(k, step)
        while self.lo <= k < self.hi and not toks[k].is_entity:
            low = toks[k].lower
            if low == "along" and step > 0 and k + 1 < self.hi and toks[k + 1].lower == "with" or \
                    low == "with" and step < 0 and k - 1 >= self.lo and toks[k - 1].lower == "along":
                joins += 1  # "MDSCs, along with Tregs, blunt ...": a join of the subjects, as "as well as" is
                along = True
                k += 2 * step
                continue
            if step > 0 and not joins and not phrase and low in _CELL_PARTICIPLES:
                end = self._participle_end(k)
                if end is not None:
                    phrase = True  # "M2-like TAMs producing IL-10, TGF-beta, and arginase-1, along with Tregs"
                    k = end
                    continue
            if step > 0 and joins and low in _HAVING_VERBS:
                after = self._pass_having(k, step)
                if after != k:
                    return after if self.lo <= after < self.hi and toks[after].is_entity else None
            aside = self._level_aside(k, step) if (joins if step < 0 else not joins) else None
            if aside is not None:
                k = aside  # "reduced A expression at both the mRNA and protein levels or B": where A was measured
                continue
            if step > 0 and joins and low.isalpha():
                after = self._pass_compounds(k, step)
                if after != k:
                    return after if self.lo <= after < self.hi and toks[after].is_entity else None
            if not paren and low == ("(" if step > 0 else ")"):
                close = ")" if step > 0 else "("
                m = k + step
                while self.lo <= m < self.hi and m - k < 4 * step if step > 0 else self.lo <= m < self.hi and k - m < 4:
                    if toks[m].lower == close:
                        break
                    m += step
                if not (self.lo <= m < self.hi) or toks[m].lower != close:
                    return None
                paren = True
                k = m + step
                continue
            if low in _MEMBER_HEAD and not heads and (toks[k - 1].is_entity if step > 0 else joins):
                heads = 1  # "APC protein and AXIN2": the head noun right after a member is part of it
                k += step
                continue
            if low in MARKER_CHANGE_NOUNS and not heads and self.lo <= k - 1 and toks[k - 1].is_entity and \
                    (not joins if step > 0 else joins) and self._change_member(k - 1):
                heads = 1  # "NLR, early CA19-9 decrease, and HFS": the change of the member right before it
                k += step
                continue
            if (joins if step > 0 else not joins) and self._early_change(k):
                k += step  # "NLR, early ctDNA decline and rash": the time word of a member's change, right before it
                if step < 0 and k >= self.lo and toks[k].lower in ("an", "a") and toks[k + 1].lower == "early":
                    k += step  # "NLR, an early CA19-9 decline and ...": its article too
                continue
            if step > 0 and joins and low in ("an", "a") and self._early_change(k + 1):
                k += step
                continue
            if (low in _MEMBER_LEVEL or low in _MEMBER_LENGTH) and self.lo <= k + 1 < self.hi and \
                    (joins if step > 0 else not joins) and any(
                        e.category == "Biomarker" and (low in _MEMBER_LEVEL or e.attr("biomarker_kind") == "clinical_factor")
                        for e in toks[k + 1].entities):
                # a member's own level word, right before it ("higher A, higher B, and lower C expression"), or an
                # interval's own length word ("first-line response and longer OFI predicted ...")
                k += step
                continue
            if low == "the" and self._article_after_join(k):
                k += step  # "the Wnt and the Notch pathways": the article repeated after the join
                continue
            if low in _REPEATED_PREPOSITION and self._preposition_after_join(k):
                k += step  # "resistance to A and to B": the preposition repeated after the join
                continue
            if low not in _LIST_JOIN and low not in ("as", "well"):
                return None
            joins += low not in ("as", "well")  # ", as well as" is one join, as "and" is
            if joins > 3:
                return None
            k += step
        if joins == 0 and not (self.lo <= k < self.hi and _status(toks[k]) and _status(toks[k - step])):
            return None  # juxtaposed statuses ("RAS-WT HER2-positive mCRC") are a list without a join
        if step < 0 and self.lo <= k < self.hi and _cells(toks[origin]) and not _fits(toks[k], _CELLS):
            member = self._participle_start(k)
            if member is not None:  # the objects of the participle phrase of the member before: passed over
                k, phrase = member, True
        if phrase and not (self.lo <= k < self.hi and _cells(toks[k]) and _cells(toks[origin])):
            return None
        if along and self.lo <= k < self.hi and any(e.category in THERAPY for e in toks[k].entities + toks[origin].entities):
            return None  # "A along with B" of therapies is their combination, no list
        return k


# the kinds of level a member's level may be said to be found at ("at both the mRNA and protein levels"), and the
# words that may stand between "at" and "level(s)"
_LEVEL_KINDS = frozenset({"mrna", "protein", "transcript", "transcriptional", "translational", "rna", "gene",
                          "post-transcriptional", "genomic", "dna"})
_LEVEL_ASIDE_WORDS = _LEVEL_KINDS | {"both", "the", "and", "or", "/", "level", "levels"}
# the second word of a hyphenated premodifier that makes it part of the name or a scope, not a description
# ("fluorouracil-based chemotherapy", "cetuximab-resistant cells", "treatment-naive patients")
_COMPOUND_SCOPE = {"based", "containing", "including", "free", "naive", "naïve", "refractory", "resistant",
                   "sensitive", "mutant", "mutated", "positive", "negative", "high", "low", "type", "line",
                   "dose", "only", "alone", "pretreated", "treated", "exposed", "targeted", "specific", "selective"}
# the participles a patients' feature is named with after "and" in a list of their features ("patients with RAS
# wild-type and exhibiting early tumour shrinkage", "and achieving a response"), and the lines of treatment before it
_HAVING_VERBS = frozenset({"exhibiting", "showing", "having", "achieving", "displaying", "harboring", "harbouring",
                           "carrying"})
_LINE_ORDINALS = frozenset({"first", "second", "third", "later", "1st", "2nd", "3rd"})
# the participles that say what cells of a list member make or bear, with the things named after them ("M2-like TAMs
# producing IL-10, TGF-beta, and arginase-1, along with Tregs"): a phrase inside the member, passed over by the list
_CELL_PARTICIPLES = frozenset({"producing", "secreting", "releasing", "expressing", "overexpressing", "co-expressing"})
_PARTICIPLE_REACH = 16  # tokens such a phrase may span
_CELLS = frozenset({"CellType"})
# the kind of protein a list member may be named as, right before it ("the scaffold protein AXIN1", "the kinase GSK3β")
_KIND_NOUN = {"protein", "kinase", "phosphatase", "ligase", "adaptor", "adapter", "scaffold"}
# words that set the member after them against the list, or open a clause: no kind noun is passed across them ("HER2,
# unlike the kinase PIK3CA": PIK3CA is no member of HER2's list)
_KIND_NOUN_STOP = {"not", "but", "except", "unlike", "nor", "rather", "than", "instead", "without", "no", "versus", "vs",
                   "whereas", "while", "although", "though", "besides", "beyond", "excluding", "apart", "contrary",
                   "is", "are", "was", "were", "be", "been", "which", "that", "who"}
# a preposition a list member may repeat after the join ("resistance to A and to B", "of A and of B")
_REPEATED_PREPOSITION = frozenset({"to", "of", "in", "from", "with", "for", "on", "against", "by"})
_SCOPE_OPENERS = {"in", "among", "amongst"}  # "In RAS wild-type mCRC, ...": the words that open a phrase of scope
# a level word a level marker of a list carries right before it ("higher IGF-1R, higher GRB7, and lower INSIG2
# expression"; not "activation of ERK and reduced STAT1 phosphorylation")
_MEMBER_LEVEL = {"high", "higher", "low", "lower", "elevated", "increased", "decreased", "reduced"}
# the length word a clinical factor of a list that is an interval carries right before it ("first-line response and
# longer OFI")
_MEMBER_LENGTH = {"longer", "shorter"}
# the change noun a level marker carries right after it ("baseline NLR, early CA19-9 decrease, and HFS"; "low NLR,
# early ctDNA decline and skin rash"): the marker's change (a member of a list, never the end of the list); the
# guards read the same nouns after a marker (builders.guards: _MARKER_CHANGE_NOUN, changed_marker)
MARKER_CHANGE_NOUNS = frozenset({"decrease", "decline", "reduction", "drop", "fall", "clearance", "disappearance",
                                 "increase", "rise", "elevation"})
_MEMBER_HEAD = {"protein", "proteins", "mutation", "mutations"}  # a member's head noun, passed over between the members of a list
APPOSITION = 16  # tokens an apposition (", a multi-kinase inhibitor for treating CRC,") may span
ENUM_ITEM = 5  # tokens an enumeration item may have; a longer stretch is prose, not an item
ENUM_BRACKET = 30  # tokens a bracket holding an item's examples may span
_ITEM_FILLER = {"and", "or", "as", "well", "possibly", "also", "the", "a", "an", "other", "even", "perhaps",
                "probably", "potentially", "especially", "particularly", "mainly", "notably", ".", ":", "!", "?"}
_ITEM_HEAD_OF = {"accumulation", "infiltration", "expansion", "recruitment", "presence", "activation",
                 "upregulation", "overexpression", "loss", "secretion", "production", "enrichment", "induction",
                 "release", "amplification", "mutation", "mutations", "combination", "combinations", "addition"}
_ITEM_HEAD_NOUN = {"signaling", "signalling", "pathway", "pathways", "axis", "genes", "gene", "mutations",
                   "proteins", "protein", "cascade", "cascades", "activity"}
_ITEM_DEGREE = {"severe", "profound", "marked", "extensive", "pronounced", "persistent", "chronic", "substantial",
                "widespread", "frequent", "aberrant", "acquired", "secondary", "adaptive", "intrinsic", "primary"}
_ITEM_PREPOSITION = {"in", "of", "at", "among", "after", "during", "with", "on", "under", "from", "within", "across", "without"}
_ENUM_END = {"which", "that", "whereas", "while", "but", "although", "because", "since", "whose", "who"}


# the cue lexicon of the kind of molecule a text names right before an entity ("the tumour suppressor PTEN")
KIND_CUE = "named_kind"

# words that stand for an entity named before ("..., and it activates STAT3"): read as the earlier clause's
_PRONOUNS = frozenset({"it", "they", "this", "these", "those", "its", "their"})


def _status(token: Token) -> bool:
    """Tokens that juxtapose into one list without a join: statuses ("RAS-WT HER2-positive") and drug
    classes ("anti-angiogenic TKI")."""
    return token.is_entity and any(e.category in ("Biomarker", "Alteration", "DrugClass") for e in token.entities)


def _cells(token: Token) -> bool:
    """Whether ``token`` names cell populations only."""
    return token.is_entity and all(e.category == "CellType" for e in token.entities)


def _fits(token: Token, categories: frozenset) -> bool:
    for e in token.entities:  # a plain loop: called for every candidate token of every pattern
        if e.category in categories:
            return True
    return False


# id(pattern elements) -> (the elements, what match_pattern needs to know about them); keyed by id
# because hashing the elements costs more than the plan saves (the entry keeps the elements alive,
# so the id is not reused while it is cached)
_PLANS: dict[int, tuple] = {}


def _plan(elements: tuple) -> tuple:
    """The slot categories of a pattern, its first required cue (index, lexicon, prefix width) and
    its first element when that one must be present (computed once per pattern)."""
    plan = _PLANS.get(id(elements))
    if plan is None or plan[0] is not elements:
        categories = frozenset().union(*(e.categories for e in elements if isinstance(e, Slot)))
        first_cue = next((k for k, e in enumerate(elements) if isinstance(e, Cue) and not e.optional), None)
        width = None
        if first_cue is not None:
            width = sum(e.max_tokens + 1 if isinstance(e, Gap) else 3 for e in elements[:first_cue]) + 1
        head = elements[0] if isinstance(elements[0], (Slot, Cue)) and not elements[0].optional else None
        cues = tuple(dict.fromkeys(e.lexicon for e in elements if isinstance(e, Cue) and not e.optional))
        slots = tuple(dict.fromkeys(e.categories for e in elements if isinstance(e, Slot) and not e.optional))
        plan = _PLANS[id(elements)] = (elements, categories, first_cue, width, head, cues, slots)
    return plan[1:]


def match_pattern(elements: tuple, clause: Clause, anchor_lexicon: str | None, limit: int = 8) -> list[Match]:
    """Every match of ``elements`` in ``clause`` (at most ``limit``), leftmost first, each slot as
    near its neighbouring elements as the gaps allow. A narrow gap (``...``, ``..N``) passes over
    entities no slot of the pattern could take ("resistance of colorectal cancer cells to X")."""
    toks = clause.tokens
    categories, first_cue, width, head, required_cues, required_slots = _plan(elements)
    clause.slot_categories = categories
    out: list[Match] = []
    starts: list[int]
    # a clause without one of the cues the pattern needs, or without an entity one of its required slots
    # takes, has no match: no search
    positions = clause.cue_positions()
    for lexicon in required_cues:
        if lexicon not in positions:
            return out
    if required_slots:
        present = clause.entity_categories()
        for cats in required_slots:
            if cats.isdisjoint(present):
                return out
    if first_cue is not None:
        anchors = clause.cue_positions().get(elements[first_cue].lexicon)
        if not anchors:
            return out
    else:
        anchors = []
    starts = range(clause.lo, clause.hi)
    if first_cue is not None:
        # the pattern must reach its first cue: start no further left than the widest prefix allows
        # (and one apposition, which a gap passes over, see _gap)
        lo = max(clause.lo, min(anchors) - width - APPOSITION)
        starts = range(lo, max(anchors) + 1)
    if isinstance(head, Slot):  # a match starts at an entity its first slot takes
        first, last = starts.start, starts.stop  # (only the clause's entity tokens are looked at)
        cats = head.categories
        starts = [s for s in clause.entity_positions() if first <= s < last and _fits(toks[s], cats)]
    elif isinstance(head, Cue):  # or at a hit of its first cue
        first, last = starts.start, starts.stop
        starts = [s for s in clause.cue_positions().get(head.lexicon, ()) if first <= s < last]
    seen: set[tuple] = set()
    for s in starts:
        per_start = 0
        for m in _match_from(elements, 0, clause, s, {}, {}):
            key = tuple(sorted((k, tuple(v)) for k, v in m.slots.items()))
            if key in seen:
                continue
            seen.add(key)
            out.append(m)
            per_start += 1
            if len(out) >= limit:
                return out
            if per_start >= PER_START:
                break  # the nearest few bindings from each start
    return out


def _match_from(elements, k, clause, i, slots, cues):
    """Generator of matches of ``elements[k:]`` starting at token ``i`` (depth-first, nearest first)."""
    toks = clause.tokens
    if k == len(elements):
        first = min((v[0] for v in slots.values() if v), default=i)
        yield Match({n: list(v) for n, v in slots.items()}, first, i, dict(cues))
        return
    e = elements[k]
    if isinstance(e, Slot):
        if i < clause.hi and _fits(toks[i], e.categories):
            slots[e.name] = [i] if e.single else clause.enumeration(i, e.categories) if e.enumeration \
                else clause.list_members(i, e.categories)
            nxt = max(slots[e.name]) + 1
            yield from _match_from(elements, k + 1, clause, nxt, slots, cues)
            del slots[e.name]
        if e.optional:
            yield from _match_from(elements, k + 1, clause, i, slots, cues)
        return
    if isinstance(e, Cue):
        if i < clause.hi and e.lexicon in toks[i].cues:
            first = e.lexicon not in cues  # a lexicon used twice in a pattern: the match records its first hit
            if first:
                cues[e.lexicon] = i
            yield from _match_from(elements, k + 1, clause, toks[i].cues[e.lexicon], slots, cues)
            if first:
                del cues[e.lexicon]
        if e.optional:
            yield from _match_from(elements, k + 1, clause, i, slots, cues)
        return
    if isinstance(e, Hyphen):
        if i < clause.hi and toks[i].text in ("-", "–"):
            yield from _match_from(elements, k + 1, clause, i + 1, slots, cues)
        yield from _match_from(elements, k + 1, clause, i, slots, cues)
        return
    # a gap: try the shortest first, so slots bind to the nearest candidates
    yield from _gap(elements, k, clause, i, e.max_tokens, slots, cues)


# (and an aside that narrows the entity before it to the part the statement holds most for: ", particularly its
# polymorphonuclear subtype,", ", especially CD8+ T cells,": what is said goes on to the entity before it)
# (also "including" and "such as": an aside naming some members of what the entity before it names, ", including rare
# variants,", ", such as codon 61 mutations,": the statement is said of the whole, as without the aside)
_APPOSITION_OPEN = {"a", "an", "which", "particularly", "especially", "notably", "mainly", "predominantly", "mostly",
                    "including"}
# s56 resist2: an apposition that ranks the entity before it among its kind (", most abundant immune components in the
# TME,", ", the most common alteration,", ", one of the main stromal cell types,"): a description, no statement
_RANKING_WORDS = frozenset({"most", "main", "major", "predominant", "principal", "largest", "commonest", "dominant"})


def _ranking_apposition(toks, i: int, hi: int) -> bool:
    """Does an apposition that ranks the entity before it open at token ``i`` ("most abundant ...", "the most
    common ...", "the main ...", "one of the most ...")?

    >>> from types import SimpleNamespace as T
    >>> words = [T(lower=w) for w in "one of the most abundant cells".split()]
    >>> _ranking_apposition(words, 0, len(words)), _ranking_apposition(words, 2, len(words)), _ranking_apposition(words, 4, len(words))
    (True, True, False)
    """
    if i + 1 < hi and toks[i].lower == "one" and toks[i + 1].lower == "of":
        i += 2
    if i < hi and toks[i].lower == "the":
        i += 1
    return i < hi and toks[i].lower in _RANKING_WORDS


# a participle opening an aside on where the entity before it is found or comes from (", detected in 22% of
# patients,"; ", secreted by fibroblasts in the stroma,"): no verb of the sentence's own statement
PARTICIPLE_ASIDE_OPEN = frozenset({"detected", "found", "observed", "identified", "reported", "seen", "noted",
                                    "documented", "described", "measured", "secreted", "produced", "released",
                                    "derived", "expressed", "overexpressed", "enriched", "present", "generated", "formed"})
# "as" and a word of attested report opening an aside on where the statement is shown (", as shown in several
# studies,", ", as previously described,"); not a hedge (", as suggested by ...," stays in the way)
AS_ASIDE_OPEN = frozenset({"shown", "demonstrated", "reported", "described", "noted", "observed", "documented",
                           "mentioned", "discussed", "confirmed", "established", "seen", "previously", "already"})
# a preposition of means opening an aside on how the entity before it acts (", by targeting CRIM1,", ", through
# sustained ERK signalling,", ", via miR-495,"): the sentence's statement is the entity's, not the aside's object's
MEANS_ASIDE_OPEN = frozenset({"by", "through", "via"})
# words that open a phrase of its own after the aside ("..., detected in 30% of cases, the loss of which ..."):
# then the aside does not stand between a subject and its verb
_PHRASE_OPEN = frozenset({"the", "a", "an", "this", "these", "that", "those", "its", "their", "which", "who",
                          "whose", "and", "or", "but", "with", "in", "of"})


# the openers of an apposition that describes the entity before it ("a ...", "which ...", "the most ..."), as against
# one naming some of its members ("including ...", "such as ..."), which the statement is said of too
_DESCRIBING_OPEN = frozenset({"a", "an", "which"})


def in_describing_apposition(toks, lo: int, i: int, end: int) -> bool:
    """Does token ``i`` stand in an apposition set off by commas after an entity that describes it (", a population
    of immune cells,", ", which activates STAT3,", ", the most abundant immune cells in the TME,"), closed before
    token ``end``? Then it names what the entity before it is or does, never the subject of the verb after the
    aside: "TAMs, the most abundant immune cells in the TME, limit the efficacy of A" is said of the TAMs.

    >>> from types import SimpleNamespace as T
    >>> def toks(words, entities):
    ...     return [T(text=w, lower=w.lower(), is_entity=w in entities) for w in words.split()]
    >>> t = toks("TAMs , the most abundant immune-cells , limit efficacy", {"TAMs", "immune-cells"})
    >>> in_describing_apposition(t, 0, 5, 8), in_describing_apposition(t, 0, 0, 8), in_describing_apposition(t, 0, 5, 6)
    (True, False, False)
    """
    c = i - 1
    while c > lo and i - c < APPOSITION and toks[c].text != ",":
        c -= 1
    if c <= lo or toks[c].text != "," or not (toks[c - 1].is_entity or toks[c - 1].text == ")") or c + 1 >= i + 1:
        return False
    if toks[c + 1].lower not in _DESCRIBING_OPEN and not _ranking_apposition(toks, c + 1, i + 1):
        return False
    close = next((q for q in range(i + 1, min(c + APPOSITION, end)) if toks[q].text == ","), None)
    return close is not None and close + 1 < end


def participle_aside_end(toks, comma: int, hi: int) -> int | None:
    """The token after a participle aside set off by commas that opens at ``comma`` (", detected in 22% of
    patients (Table 1), confers ...", ", as shown in several studies, confers ..."), or an aside of the means the
    entity before it acts by (", by targeting CRIM1, drives ...", ", through sustained ERK signalling, confers ..."),
    when a verb follows it (a word with a cue, no entity, no phrase of its own); else None."""
    if comma + 1 >= hi or toks[comma].text != ",":
        return None
    opener = toks[comma + 1].lower
    if opener not in PARTICIPLE_ASIDE_OPEN and opener not in MEANS_ASIDE_OPEN and not (
            opener == "as" and comma + 2 < hi and toks[comma + 2].lower in AS_ASIDE_OPEN):
        return None
    close = next((q for q in range(comma + 2, min(comma + APPOSITION, hi)) if toks[q].text == ","), None)
    if close is None or close + 1 >= hi:
        return None
    nxt = toks[close + 1]
    if nxt.is_entity or not nxt.cues or nxt.lower in _PHRASE_OPEN:
        return None
    return close + 1


_DASHES = frozenset({"-", "–", "—"})


def _spaced_dash(toks, q: int) -> bool:
    """Token ``q`` is a dash with a blank on at least one side (" -an", "proximity- ", " – "), not the hyphen of a
    compound ("cell-free")."""
    return toks[q].text in _DASHES and (q == 0 or toks[q - 1].end < toks[q].start or
                                        q + 1 == len(toks) or toks[q].end < toks[q + 1].start)


def dash_aside_end(toks, j: int, hi: int) -> int | None:
    """The token after an apposition set off by a pair of dashes that opens at ``j`` and describes the entity before
    it (" -an IHC biomarker measuring CD8 and PD-L1 cell densities- may identify ...", " – a multikinase inhibitor –
    improved ..."), when the sentence goes on after it; else None. The entities inside it name what the entity is
    made of or measures, never the subject of the verb after the aside.

    >>> from types import SimpleNamespace as T
    >>> words = [T(text=w, start=s, end=s + len(w)) for w, s in (("X", 0), ("-", 2), ("an", 3), ("assay", 6), ("-", 11),
    ...                                                          ("may", 13), ("help", 17))]
    >>> for w in words: w.lower = w.text
    >>> dash_aside_end(words, 1, len(words)), dash_aside_end(words, 4, len(words))
    (5, None)
    """
    if not _spaced_dash(toks, j) or j + 1 >= hi or toks[j + 1].lower not in _DESCRIBING_OPEN or \
            toks[j].end < toks[j + 1].start and toks[j - 1].end == toks[j].start:
        return None  # ("X- an ...": a dash glued to the word before closes a phrase, it opens none)
    close = next((q for q in range(j + 2, min(j + APPOSITION, hi)) if toks[q].text == toks[j].text and
                  _spaced_dash(toks, q)), None)
    return close + 1 if close is not None and close + 1 < hi else None


# words that open a modifier of a noun phrase's head naming where the head is or comes from ("neutrophils
# infiltrating MSS tumours", "fibroblasts derived from MSS tumours", "Tregs that infiltrate BRAF-mutant tumours",
# "CAFs within MSI-H tumours"): one word, or two with the second last
_SETTING_MODIFIERS = frozenset({("infiltrating",), ("infiltrate",), ("infiltrates",), ("within",), ("infiltrating", "into"),
                                ("derived", "from"), ("isolated", "from"), ("found", "in"), ("present", "in"),
                                ("residing", "in"), ("resident", "in"), ("located", "in"), ("recruited", "to"),
                                ("recruited", "into"), ("accumulating", "in"), ("in",), ("among",)})
# the same, by their last word (the one a modifier's object follows)
_MODIFIERS_BY_LAST_WORD = {last: tuple(sorted(w for w in _SETTING_MODIFIERS if w[-1] == last))
                           for last in {w[-1] for w in _SETTING_MODIFIERS}}
# the words a modifier may put between its opener and its object ("infiltrating the MSS tumours", "that infiltrate")
_MODIFIER_FILLERS = frozenset({"the", "these", "those", "a", "an", "its", "their", "that", "which", "who"})


def setting_modifier_object(toks, j: int, lo: int) -> bool:
    """Token ``j`` names the setting of the entity before it: the object of a modifier of that entity's noun phrase
    ("neutrophils infiltrating MSS tumours", "IL-6 in KRAS-mutant tumours", "fibroblasts derived from MSS
    tumours", "Tregs that infiltrate BRAF-mutant tumours"). The entity before the modifier is the head of the
    phrase; the setting only says where it is (a population), never what the statement is about."""
    k = j - 1
    while k > lo and toks[k].lower in _MODIFIER_FILLERS and toks[k].lower not in ("that", "which", "who"):
        k -= 1
    if k <= lo:
        return False  # (no room for a modifier and the entity before it)
    for words in _MODIFIERS_BY_LAST_WORD.get(toks[k].lower, ()):  # (the modifiers that end in the word before)
        n = len(words)
        start = k - n + 1
        if start <= lo or any(toks[start + q].lower != w for q, w in enumerate(words)):
            continue
        head = start - 1
        if head > lo and toks[head].lower in ("that", "which", "who"):
            head -= 1  # "Tregs that infiltrate ..."
        if head >= lo and toks[head].is_entity:
            return True
    return False


def _gap(elements, k, clause, j, budget, slots, cues):
    """The gap ``elements[k]`` from token ``j`` with ``budget`` tokens left: a short parenthesis counts as
    one token, and so does the kind of molecule named right before an entity ("the tumour suppressor X", "the
    transcription factor X": the lexicon ``named_kind``); an apposition, non-restrictive clause, an aside naming some members or participle aside after an
    entity (", a multi-kinase inhibitor for treating CRC,", ", which disrupts the CCL5-CCR5 axis,", ", including rare
    variants,", ", detected in 22% of patients,")
    counts as none, and the gap goes on after it;
    an entity after "in"/"among" ("in MSS tumours") is passed over."""
    toks = clause.tokens
    e = elements[k]
    for step in range(budget + 1):
        yield from _match_from(elements, k + 1, clause, j, slots, cues)
        if j >= clause.hi:
            return
        t = toks[j]
        if t.text == "(":
            close = next((q for q in range(j + 1, min(j + 14, clause.hi)) if toks[q].text == ")"), None)
            if close is not None:
                j = close + 1
                continue
        kind_end = t.cues.get(KIND_CUE)
        if kind_end is not None and kind_end < clause.hi and toks[kind_end].is_entity:
            j = kind_end  # "inhibited the tumour suppressor X": the kind of molecule X is, named before it, one token
            continue
        setting_end = _model_setting_end(toks, j, clause.hi)
        if setting_end is not None:
            # "reverts in vitro and in vivo resistance to A": where the finding was made is no word of the statement
            yield from _gap(elements, k, clause, setting_end, budget - step, slots, cues)
            return
        lead_end = _alone_or_with_end(toks, j, clause.hi)
        if lead_end is not None:
            j = lead_end  # "either alone or in combination with" counts as one token
            continue
        own_end = _own_changes_end(toks, j, clause)
        if own_end is not None:
            # "miRNAs and their alterations were found to have a role in ...": the entity's own changes go with it
            yield from _gap(elements, k, clause, own_end, budget - step, slots, cues)
            return
        if t.text == "," and j > clause.lo and toks[j - 1].is_entity and j + 1 < clause.hi and \
                (toks[j + 1].lower in _APPOSITION_OPEN or
                 toks[j + 1].lower == "such" and j + 2 < clause.hi and toks[j + 2].lower == "as" or
                 _ranking_apposition(toks, j + 1, clause.hi)):
            close = next((q for q in range(j + 2, min(j + APPOSITION, clause.hi)) if toks[q].text == ","), None)
            if close is not None:
                yield from _gap(elements, k, clause, close + 1, budget - step, slots, cues)
        elif t.text in _DASHES and j > clause.lo and (toks[j - 1].is_entity or toks[j - 1].text == ")"):
            after = dash_aside_end(toks, j, clause.hi)
            if after is not None:  # "TMB and Immunoscore -an IHC biomarker of ...- may identify ..."
                yield from _gap(elements, k, clause, after, budget - step, slots, cues)
        elif j > clause.lo and toks[j - 1].is_entity and EXCLUSION_CUE in t.cues and t.cues[EXCLUSION_CUE] < clause.hi:
            # "MET, but not EGFR or ERBB3, restimulated ...": the excluded ones are no part of the statement
            yield from _gap(elements, k, clause, t.cues[EXCLUSION_CUE], budget - step, slots, cues)
        elif t.text == "," and j > clause.lo and toks[j - 1].is_entity:
            after = participle_aside_end(toks, j, clause.hi)
            if after is not None:
                yield from _gap(elements, k, clause, after, budget - step, slots, cues)
        if not e.cross_entities and _fits(t, clause.slot_categories) and \
                not (j > clause.lo and (toks[j - 1].lower in ("in", "among") or
                                         setting_modifier_object(toks, j, clause.lo))) and not _only_qualifies(toks, j, clause.hi) \
                and not _cell_line(t) and not _optional_partner(toks, j, clause.lo):
            return
        j += 1


# what an entity's own changes are called when a text adds them to it ("miRNAs and their alterations")
_OWN_CHANGES = frozenset(("alterations", "alteration", "aberrations", "dysregulation", "deregulation", "variants",
                          "mutations", "polymorphisms"))


def _own_changes_end(toks, j, clause) -> int | None:
    """Where "and its/their <changes>" right after an entity ends ("micro-RNAs (miRNA) and their alterations were
    found to ...": the changes are the entity's own, no second subject; s61), else None.

    >>> from types import SimpleNamespace as T
    >>> words = [T(lower=w, is_entity=w == "mirnas") for w in "mirnas and their alterations were".split()]
    >>> _own_changes_end(words, 1, T(lo=0, hi=5)), _own_changes_end(words, 2, T(lo=0, hi=5))
    (4, None)
    """
    if not (clause.lo < j and j + 2 < clause.hi and toks[j - 1].is_entity and toks[j].lower == "and"):
        return None
    if toks[j + 1].lower in ("its", "their") and toks[j + 2].lower in _OWN_CHANGES:
        return j + 3
    return None


# the experimental setting a finding was made in, written inside the statement ("restored in vitro and in vivo
# sensitivity to A", "overcame, both in vitro and in vivo, resistance to A"): "in vitro", "in vivo", "ex vivo", "in
# silico", joined by "and", "or", "as well as", maybe after "both"
_SETTINGS = frozenset(("vitro", "vivo", "silico"))
_SETTING_JOINS = (("and",), ("or",), ("and/or",), ("as", "well", "as"), (",",))


def _model_setting_end(toks, j: int, hi: int) -> int | None:
    """Where the experimental setting written at token ``j`` ends ("in vitro", "both in vitro and in vivo", "ex vivo
    as well as in vivo", with a comma after it), or None.

    >>> from types import SimpleNamespace as T
    >>> words = [T(lower=w, text=w) for w in "both in vitro and in vivo resistance".split()]
    >>> _model_setting_end(words, 0, len(words))
    6
    >>> _model_setting_end(words, 6, len(words)) is None
    True
    """
    k = j + 1 if j < hi and toks[j].lower == "both" else j
    if k + 1 >= hi or toks[k].lower not in ("in", "ex") or toks[k + 1].lower not in _SETTINGS:
        return None  # (most tokens are turned away here, in the matcher's inner loop)
    end = k + 2
    while True:
        for join in _SETTING_JOINS:
            n = len(join)
            if end + n + 1 < hi and tuple(t.lower for t in toks[end:end + n]) == join and \
                    toks[end + n].lower in ("in", "ex") and toks[end + n + 1].lower in _SETTINGS:
                end += n + 2
                break
        else:
            break
    if end < hi and toks[end].text == "," and j > 0 and toks[j - 1].text == ",":
        end += 1  # ", both in vitro and in vivo, ": the commas that set it off go with it
    return end


# "X, either alone or in combination with chemotherapy, is effective": the words before a partner X may be given with
_ALONE_OR_WITH = (("alone", "or", "in", "combination", "with"), ("alone", "or", "combined", "with"), ("alone", "or", "with"))


def _alone_or_with_end(toks, j: int, hi: int) -> int | None:
    """Where the words "(either) alone or in combination with" starting at token ``j`` end, or None."""
    if j < hi and toks[j].lower == "either":
        j += 1
    if j >= hi or toks[j].lower != "alone":
        return None  # (every lead opens with "alone": most tokens are turned away here, in the matcher's inner loop)
    for lead in _ALONE_OR_WITH:
        if tuple(t.lower for t in toks[j:min(hi, j + len(lead))]) == lead:
            return j + len(lead)
    return None


def _optional_partner(toks, j: int, lo: int) -> bool:
    """Token ``j`` names a partner the therapy before it may be given with or without ("cetuximab, alone or in
    combination with irinotecan, is active in ..."): what is said goes on to that therapy, and a gap passes over it."""
    if j - 1 < lo or toks[j - 1].lower != "with":
        return False  # (every lead ends with "with")
    words = tuple(t.lower for t in toks[max(lo, j - 5):j])
    return any(words[-len(lead):] == lead for lead in _ALONE_OR_WITH)


def _cell_line(token: Token) -> bool:
    """Token names only a cultured cell line, the model an experiment is run in ("knockdown of AXL
    sensitized HCT116 cells to cetuximab"): a narrow gap passes over it."""
    return all(e.category == "CellType" and e.attr("cell_line") for e in token.entities)


# the words after "X-" that make X only a qualifier of the noun that follows: what resists it
# ("cetuximab-resistant cells"; "resistant" also without the hyphen; "chemotherapy-refractory patients") or what it
# sets off ("cetuximab-induced MET activation", "5-FU-mediated apoptosis")
_QUALIFYING_AFTER_HYPHEN = frozenset({"resistant", "refractory", "induced", "mediated", "triggered", "elicited", "evoked"})


def _only_qualifies(toks, j: int, hi: int) -> bool:
    """Token ``j`` is named only to qualify the noun after its hyphen: what resists it ("crizotinib resensitized
    cetuximab-resistant cells to cetuximab"), what it sets off ("SRC inhibitors abolished cetuximab-mediated MET
    activation and rendered the cells sensitive to cetuximab", "TAZ sustains YAP1-mediated resistance") or what
    unnamed things are about ("production of angiogenesis-related proteins may cause resistance"): a narrow gap
    passes over it."""
    k = j + 1
    if k < hi and toks[k].text == "-":
        k += 1
    if k > j + 1 and k + 1 < hi and toks[k].lower in _ABOUT_AFTER_HYPHEN and toks[k + 1].lower in _UNNAMED_HEADS:
        return True  # "angiogenesis-related proteins": a set of unnamed proteins, not the process
    return k < hi and (toks[k].lower == "resistant" or k > j + 1 and toks[k].lower in _QUALIFYING_AFTER_HYPHEN)


# "X-related proteins", "immune-associated genes": X only says what the unnamed things after it are about
_ABOUT_AFTER_HYPHEN = frozenset({"related", "associated", "linked"})
_UNNAMED_HEADS = frozenset({"protein", "proteins", "gene", "genes", "factor", "factors", "molecule", "molecules",
                            "cytokine", "cytokines", "marker", "markers", "transcript", "transcripts", "mediator",
                            "mediators"})


def _listing_semicolons(tokens: list[Token]) -> frozenset:
    """Positions of the semicolons that join list items: a run of semicolon-separated segments whose
    last one begins with "and"/"or", each earlier segment short and naming an entity."""
    semis = [i for i, t in enumerate(tokens) if t.text == ";"]
    if not semis or semis[-1] + 1 >= len(tokens) or tokens[semis[-1] + 1].lower not in ("and", "or"):
        return frozenset()
    starts = [0] + [i + 1 for i in semis[:-1]]
    for lo, hi in zip(starts, semis):
        if hi - lo > MAX_LIST_SEGMENT or not any(t.is_entity for t in tokens[lo:hi]):
            return frozenset()
    return frozenset(semis)


def clauses(tokens: list[Token], breaks: str = "clause_break") -> list[Clause]:
    """The clauses of a sentence: cut at ';' and at hits of the ``clause_break`` cue lexicon.

    Semicolons that separate the items of one list ("mutations in RAS and BRAF; amplifications in
    HER2 and MET; and rearrangements in ALK have been associated with ...") do not cut: see
    :func:`_listing_semicolons`.
    """
    out = []
    lo = 0
    i = 0
    joins = _listing_semicolons(tokens)
    while i < len(tokens):
        t = tokens[i]
        if breaks in t.cues and _not_only_but_also(tokens, lo, i, t.cues[breaks]):
            i += 1
            continue
        if (t.text == ";" and i not in joins) or breaks in t.cues:
            if i > lo:
                out.append(Clause(tokens, lo, i))
            lo = t.cues.get(breaks, i + 1) if breaks in t.cues else i + 1
            i = lo
            continue
        i += 1
    if lo < len(tokens):
        out.append(Clause(tokens, lo, len(tokens)))
    return _with_shared_subjects(tokens, out)


_NOT_ONLY = ("only", "just", "merely", "simply")


def _not_only_but_also(tokens: list[Token], lo: int, i: int, end: int) -> bool:
    """", but also" closing a "not only" of the same clause ("X not only promotes A, but also confers resistance to
    Y"): the second half of one coordination, no clause of its own."""
    if tokens[end - 1].lower != "but" or end >= len(tokens) or tokens[end].lower != "also":
        return False
    return any(tokens[k].lower == "not" and tokens[k + 1].lower in _NOT_ONLY for k in range(lo, i - 1))


def _with_shared_subjects(tokens: list[Token], parts: list[Clause]) -> list[Clause]:
    """Each clause after ", but" / ", yet" that opens with a verb, read with the subject of the clause before
    it ("X is rare in untreated tumours, but can emerge as a mechanism of resistance to Y"): see
    :mod:`builders.shared_subject`."""
    out = list(parts)
    for k in range(1, len(parts)):
        first, second = parts[k - 1], parts[k]
        lo = second.lo
        if lo < 2 or tokens[lo - 1].lower not in shared_subject.JOINS or tokens[lo - 2].text != ",":
            continue
        if first.hi != lo - 2 or not shared_subject.opens_verb_phrase(tokens, lo, second.hi):
            continue
        end = shared_subject.subject_end(tokens, first.lo, first.hi)
        if end is None:
            continue
        origin = list(range(first.lo, end)) + list(range(lo, second.hi))
        out[k] = Clause(_renumbered(tokens, origin), 0, len(origin), origin)
    return out + _shared_subject_clauses(tokens, parts)


def _shared_subject_clauses(tokens: list[Token], parts: list[Clause]) -> list[Clause]:
    """Each predicate that shares a subject it does not write, read as a clause of its own with that subject put
    before it: verb phrases of raising or lowering after a clause's first verb ("IL-6 activated STAT3 and upregulated
    PD-L1": "IL-6 upregulated PD-L1"), predicates of any kind coordinated by "and" ("Regorafenib inhibits kinases and
    may overcome resistance"), and the predicates of a relative clause with their antecedent ("VEGF, which binds
    VEGFR2 and confers resistance"); see :mod:`builders.shared_subject`. The clause itself is kept whole."""
    out, seen = [], set()
    for part in parts:
        if part.origin is not None:
            continue
        spans = [t + (0, 0) for t in shared_subject.coordinated_verb_phrases(tokens, part.lo, part.hi)] + \
            shared_subject.coordinated_predicates(tokens, part.lo, part.hi) + \
            shared_subject.relative_predicate_spans(tokens, part.lo, part.hi)
        for begin, first, end, verb, stop, aux, aux_end in spans:
            # the words before the subject stay ("Data suggest that ...", "In CRC cells, ..."): they hedge or set it;
            # so do the first predicate's modal and negation a bare verb shares ("may be found ... and confer")
            origin = list(range(part.lo, begin)) + list(range(first, end)) + list(range(aux, aux_end)) + \
                list(range(verb, stop))
            if tuple(origin) in seen:
                continue
            seen.add(tuple(origin))
            out.append(Clause(_renumbered(tokens, origin), 0, len(origin), origin))
    return out


def first_predicate_words(tokens: list[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """The words of a clause's first predicate after its verb when another predicate is coordinated with it (its
    objects, its passive's agent: "TGF-beta is secreted by CAFs and drives resistance"), or None: an entity there is
    never the subject of the later predicate (:func:`builders.shared_subject.coordinated_predicates`)."""
    return shared_subject.first_predicate_span(tokens, lo, hi)


def _renumbered(tokens: list[Token], origin: list[int]) -> list[Token]:
    """Copies of the tokens at the sentence positions ``origin``, their cues' ends counted in the new list."""
    local = {p: k for k, p in enumerate(origin)}
    last = origin[-1]
    out = []
    for p in origin:
        t = tokens[p]
        cues = {lex: local.get(e, len(origin) if e > last else local.get(p, 0) + 1) for lex, e in t.cues.items()}
        out.append(Token(t.start, t.end, t.text, t.lower, t.entities, t.mention, cues))
    return out
