"""Recognition: find entity mentions in a normalised sentence.

Two Aho-Corasick automata (one case-sensitive for gene symbols, safe HGNC aliases and trial
acronyms, one case-insensitive for everything else) find vocabulary terms; longest
non-overlapping matches on word boundaries win. A third, per-document table holds the
abbreviations the document defines ("tumour-associated macrophages (TAMs)"). The pattern
recognisers of :mod:`builders.patterns` then add what no list can hold: variants, alterations,
statuses, ncRNAs, unlisted drugs (INN stems, code names), drug classes, expression biomarkers,
unseen trials, combination regimens and population contexts.

The :class:`Recognizer` is built once from a vocabulary and is read-only afterwards, so one
instance serves every document (and every process).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import permutations, product

import ahocorasick

from builders import bracketed_suffixes, case_damage, ligature_gaps
from builders.letter_drugs import in_combination
from builders.strategy_names import strategy_forms

from builders.abbreviations import spelled_before
from builders.document import GREEK
from builders.lazy_patterns import lazy_compile
from kg.ids import mint
from kg.model import Entity
from kg.vocab import Vocabulary
from kg.groups import THERAPY

_WORD = lazy_compile(r"[A-Za-z0-9]")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")  # what _WORD matches
# a word character or a Greek letter glued on: what may not follow a word's last word character (:func:`boundary_ok`)
_WORD_OR_GREEK = _WORD_CHARS | frozenset("αβγδεκ")
_FOLD_TABLE = str.maketrans({"-": " ", "–": " ", "‐": " ", "‑": " "})


def _fold(text: str) -> str:
    """``text.lower().translate(_FOLD_TABLE)``, by plain replacements (several times faster)."""
    return text.lower().replace("-", " ").replace("–", " ").replace("‐", " ").replace("‑", " ")
# Words after a short symbol that show it is used as a gene ("MET amplification", "TAZ expression").
_GENE_CONTEXT = lazy_compile(
    r"^[-\s]?(?:genes?|mutations?|mutant|mutated|amplifications?|amplified|expression|expressing|protein|receptors?|"
    r"inhibitors?|inhibition|signal\w*|pathway|kinase|(?:receptor\s+)?tyrosine\s+kinase|-MT|-WT|positiv\w*|overexpression|overexpressed|upregulation|"
    r"status|activation|activity|loss|fusions?|rearrangements?|-mediated|-dependent|-targeted|-targeting|-driven|-induced|"
    r"-high|-low|-positive|knockdown|silencing|depletion|levels?|axis|phosphorylation|alterations?|variants?|"
    r"copy number|deletion|transcription|ligands?|binding|blockade|antibod|amp(?![A-Za-z])|"
    # the gene's own nucleic acid, measured ("AXL RNA levels", "MET DNA copy number", "AXL mRNA", "MET ctDNA")
    r"(?:m|ct|cf)?RNA(?![A-Za-z])|(?:ct|cf)?DNA(?![A-Za-z])|transcripts?\b|"
    # a locus in the gene ("MET exon 14 skipping", "KIT exon 11"): only a gene has exons and codons
    r"(?:exons?|codons?)\s+\d)")
# "and MEK inhibitors", "or ERK antagonists", "- and EGFR-targeted": a conjunction, one more upper-case symbol and
# a class head shared by both
_LISTED_CLASS = lazy_compile(r"^(?:,?\s+|-\s+)(?:and|or|plus)\s+[A-Z][A-Z0-9]{1,7}(?:-?\d+)?(?:[-\s](?:inhibitors|blockers|antagonists|"
                             r"TKIs)\b|-(?:targeted|directed)\s)")
# what only a gene is said to be after its verb ("AXL is overexpressed in ...", "MET was amplified")
_GENE_SAID = lazy_compile(r"^\s+(?:is|was|are|were)\s+(?:(?:highly|frequently|often|strongly|aberrantly|also|significantly)\s+)?"
                          r"(?:overexpressed|over-expressed|upregulated|up-regulated|downregulated|down-regulated|"
                          r"highly\s+expressed|mutated|amplified|phosphorylated|silenced|deleted|hypermethylated|"
                          # a protein said to be raised or lowered by an agent ("MET is activated by HGF")
                          r"(?:activated|inhibited|suppressed|repressed|induced|stimulated|phosphorylated)\s+by)\b", re.I)
# what only a protein does as the subject of its verb ("AXL mediates resistance to A", "MET drives ...", "SRC
# phosphorylates ..."): a short symbol before such a verb is the gene (stoplisted abbreviations stay out)
_GENE_ACTS = lazy_compile(r"^\s+(?:(?:also|further|directly|partly|thereby|likely|may|might|can|could)\s+)?"
                          r"(?:mediat(?:es|ed|e)|driv(?:es|e)|drove|confer(?:s|red)?|promot(?:es|ed|e)|"
                          r"phosphorylat(?:es|ed|e)|bind(?:s)?|interact(?:s|ed)?\s+with|sustain(?:s|ed)?|"
                          r"transactivat(?:es|ed|e)|heterodimeri[sz](?:es|ed|e))\b")
# "and AXIN2", "or CTNNB1 ": a conjunction and the next word, an upper-case symbol standing alone
_JOINED_SYMBOL = lazy_compile(r"^\s+(?:and|or)\s+([A-Z][A-Z0-9]{2,9})(?![\w\-])")
# what a hyphen after the clipped "chemo" may join that still names the therapy given ("chemo-only arm")
_CHEMO_GIVEN = lazy_compile(r"(?:only|alone|based|containing|doublet|triplet)\b", re.I)
# a gene symbol ending in a number written with a hyphen before the number ("ICAM-1" for ICAM1, "TSP-2" for the
# alias TSP2); the letters part is three capitals or more, so "IL-6" or "CD-1" are left to the vocabulary
_HYPHEN_NUMBERED = lazy_compile(r"(?<![\w\-/.])([A-Z]{3,})-(\d{1,3})(?![\w\-])")
# the plural head of a family named by its shared prefix ("ABC transporters", "the SLC family")
_FAMILY_HEAD = lazy_compile(r"[\s-]+(?:transporters|pumps|(?:super)?famil(?:y|ies)|family members)\b", re.I)
# what a kinase's name also names besides the kinase: its family of kinases ("Src family kinases") or a domain
# first described in it ("Src homology 2 domain"); a protein of a family ("Bcl-2 family protein Mcl-1") is left
_NAMESAKE_HEAD = lazy_compile(r"[\s-]+(?:famil(?:y|ies)\s+(?:tyrosine\s+)?kinases?|homology)\b", re.I)
# what a molecule's name followed by "-like" names is another molecule that resembles it ("insulin-like growth
# factor", "EGF-like domain"), not the molecule
_RESEMBLING = lazy_compile(r"[-\u2010\u2011 ]like\b", re.I)
# a name written after "non-" is its complement ("non-VEGF pathways", "non-KRAS G12C mutations", "non-EGFR-targeted
# agents"): everything but what the name names, so no mention of it (a name that takes "non-" in, "non-V600E BRAF
# mutations", "non-small cell lung cancer", starts at "non" and is kept)
_NON_BEFORE = lazy_compile(r"(?:^|[^A-Za-z])non[-\u2010\u2011]\Z", re.I)
# what a word followed by "-inducible" and a product's head names is the product it induces ("hypoxia-inducible factor",
# "interferon-inducible protein"), not the word itself
_INDUCIBLE_HEAD = lazy_compile(r"[-\u2010\u2011]inducible\s+(?:factors?|proteins?|genes?|kinases?)\b", re.I)
# what a molecule's name followed by an enzyme's word names is the enzyme that acts on it ("lactate dehydrogenase",
# "aspartate aminotransferase", "glutamine synthetase"), not the molecule
_ENZYME_HEAD = lazy_compile(r"[\s-]+(?:\w+-)?(?:dehydrogenases?|(?:amino)?transferases?|transaminases?|synthases?|"
                            r"synthetases?|oxidases?|reductases?|phosphatases?|(?:de)?carboxylases?|isomerases?|"
                            r"hydrolases?|lyases?|ligases?|mutases?|deaminases?|hydroxylases?)\b", re.I)
_GENE_BEFORE = lazy_compile(r"(?:(?:expression|levels?|activation|inhibition|blockade|loss|amplification|overexpression|mutations?|"
                            r"knockdown|silencing|upregulation|downregulation|depletion|phosphorylation|activity|deletion|"
                            r"alterations?|rearrangements?|fusions?)(?:\s+(?:of|in)(?:\s+the)?)?|"
                            r"anti|targets|targeting|inhibiting|blocking|overexpressing|expressing|of the|gene|"
                            # the object of a verb acting on a protein ("HGF activates MET", "X binds to MET")
                            r"activates|stimulates|inhibits|blocks|binds(?:\s+to)?|binding\s+to|phosphorylates|"
                            r"transactivates|activating|stimulating|phosphorylating|"
                            # a verb or noun of raising or lowering a protein ("HGF suppresses MET", "an inhibitor of MET",
                            # "a negative regulator of MET")
                            r"suppresses|represses|attenuates|downregulates|down-regulates|upregulates|up-regulates|"
                            r"(?:negatively|positively)\s+regulates|(?:inhibitors?|regulators?|activators?)\s+of|"
                            # the same verbs after a modal or a plural subject ("may activate MET", "IL-6 and IL-8
                            # activate MET"), and before "both" ("activated both MET and AKT")
                            r"(?:activate|stimulate|inhibit|block|phosphorylate|suppress|repress|attenuate|downregulate|"
                            r"upregulate|transactivate)|(?:activate[sd]?|inhibit(?:s|ed)?|suppress(?:es|ed)?|block(?:s|ed)?)"
                            r"\s+both|"
                            r"(?:hyper)?activated|amplified|phosphorylated|overexpressed|mutant|mutated)\s*[-\s]?$", re.I)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    entity: Entity
    source: str = "vocab"  # vocab | abbreviation | pattern | process


def in_text_order(mentions) -> list:
    """Mentions in the recogniser's order, the order of every ``Recognition.mentions``: by start, and of two that
    start together the shorter first ("KRAS G12C-mutant" before "KRAS G12C-mutant colorectal cancer"). Mentions
    added to a recognition afterwards (a trial's bare name, a short form, an anaphor) are merged in this order.

    >>> e = Entity("crc:x", "Gene", "X")
    >>> [(m.start, m.end) for m in in_text_order([Mention(0, 9, "", e), Mention(4, 5, "", e), Mention(0, 4, "", e)])]
    [(0, 4), (0, 9), (4, 5)]
    """
    return sorted(mentions, key=_text_order)


def _text_order(m: "Mention") -> tuple[int, int]:
    return m.start, m.end


@dataclass
class Recognition:
    """Mentions of one sentence plus the entities and implied facts the patterns made."""

    mentions: list[Mention] = field(default_factory=list)
    regimens: list[tuple[Mention, tuple[str, ...]]] = field(default_factory=list)  # combination + component ids
    # a sentence's subject given with a partner at the end of its clause ("A ... when used in combination with B"):
    # the subject's mention, the regimen and its component ids (builders/subject_partners.py)
    subject_regimens: list[tuple[Mention, Entity, tuple[str, ...]]] = field(default_factory=list)
    populations: dict[str, tuple[str, ...]] = field(default_factory=dict)  # disease id -> status ids
    implied: list[tuple[Entity, str, Entity]] = field(default_factory=list)  # facts a mention states by its form

    def of(self, *categories: str) -> list[Mention]:
        return [m for m in self.mentions if m.entity.category in categories]

    def copy(self) -> "Recognition":
        """A copy whose lists and mapping may be changed without changing this one (mentions and entities are
        immutable, shared)."""
        return Recognition(list(self.mentions), list(self.regimens), list(self.subject_regimens), dict(self.populations),
                           list(self.implied))

    def imply(self, subject: Entity, predicate: str, obj: Entity) -> None:
        if subject.id != obj.id:
            self.implied.append((subject, predicate, obj))

    def pass_on(self, old: Entity, new: Entity) -> None:
        """The facts implied of ``old`` are facts of ``new``, which names the same thing more fully."""
        self.implied = [(new if s.id == old.id else s, p, o) for s, p, o in self.implied]

    def merged(self) -> list[Mention]:
        """Mentions in order, each combination regimen replacing the therapies it joins."""
        combos = {m.start: m for m, _ in self.regimens}
        out: list[Mention] = []
        until = -1
        for m in self.mentions:
            if m.start < until:
                continue
            if m.start in combos:
                out.append(combos[m.start])
                until = combos[m.start].end
                continue
            out.append(m)
        return out


_CITATION_AFTER = lazy_compile(r"\d{1,3}(?:[,–-]\d{1,3})*(?=[\s,.;:)]|$)")


def cited_end(text: str, start: int, end: int) -> bool:
    """Whether a phrase of words ends where a reference number is glued on ("low mutational burden5,",
    "T-cell exclusion3 and"): the phrase ends in a lower-case word of four or more letters.

    >>> cited_end("low mutational burden5, T-cell", 0, 21), cited_end("TH1 cells", 0, 2)
    (True, False)
    """
    return end - start >= 8 and text[end - 4:end].isalpha() and text[end - 1].islower() and \
        bool(_CITATION_AFTER.match(text, end)) and (start == 0 or text[start - 1] not in _WORD_CHARS)


def boundary_ok(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a whole word or phrase (not a piece of a longer word)?

    >>> boundary_ok("C/EBPβ binds", 2, 5), boundary_ok("EBP binds", 0, 3), boundary_ok("TGF-β binds", 0, 5)
    (False, True, True)
    """
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    # a Greek letter glued on is part of the word: "C/EBPβ" is no mention of EBP, nor "PLCγ" of PLC
    return before not in _WORD_CHARS and not (after in _WORD_OR_GREEK and text[end - 1] in _WORD_CHARS)


# a marker opening a run of markers glued by plus signs: the "+FoxP3+" after "CD4" in "CD4+FoxP3+ T cells"
# a short upper-case word, perhaps in the plural ("MET", "APCs"), standing alone
# a digital object identifier: "10.", the registrant's number, a slash and the suffix up to a blank
_DOI = lazy_compile(r"(?<![\w.])10\.\d{4,9}/[^\s]+")
_SHORT_SYMBOL = lazy_compile(r"(?<![\w-])([A-Z][A-Z0-9]{2})(s)?(?![\w])")
_MARKER_RUN = lazy_compile(r"\+[A-Za-z][A-Za-z0-9-]*\+")
# a symbol in capitals with the "+" of a marker-positive population before the cell word, up to two describing words
# between ("CD4+ effector T cells", "CD4+ regulatory T cells", "CD4+ macrophages"): the cells carry the gene's protein
_PLUS_BEFORE_CELLS = lazy_compile(r"\+\s(?:[a-z][a-z\-]+\s){0,2}(?:[A-Z]{1,2}[\s\-])?(?:cells?|lymphocytes?|[a-z]*(?:cytes?|phages?))\b")

class Recognizer:
    """Finds mentions in normalised sentences using a :class:`~kg.vocab.Vocabulary`.

    >>> from kg.vocab import load_vocabulary
    >>> r = Recognizer(load_vocabulary())
    >>> [m.entity.name for m in r.find("HER2 amplification confers resistance to cetuximab").mentions]
    ['ERBB2 amplification', 'cetuximab']
    >>> [m.entity.name for m in r.find("the team met the endpoint with MET inhibitors").mentions]
    ['MET inhibitor']
    """

    def __init__(self, vocab: Vocabulary):
        from builders import patterns

        self.vocab = vocab
        self.patterns = patterns
        exact, folded = _automaton_entries(vocab)
        self._exact = _automaton(exact)
        self._folded = _automaton(folded)

    # -- entity helpers -------------------------------------------------------
    def entity(self, key: str) -> Entity | None:
        if key.startswith("symbol:"):
            return self.vocab.gene_entity(key[7:])
        return self.vocab.entities.get(key)

    def alteration(self, gene: Entity, kind: str, detail: str = "") -> Entity:
        """The Alteration entity of a gene (``KRAS G12C``, ``MET amplification``); its gene is implied."""
        return self.patterns.alteration_entity(gene, kind, detail)

    # -- main entry -------------------------------------------------------------
    def raw_scan(self, text: str) -> int:
        """Number of raw automaton hits in ``text`` (exact and case-folded), with no filtering.

        The floor of any reading: the multi-pattern scan alone, used by the build benchmark.
        """
        hits = sum(1 for _ in self._exact.iter(text))
        return hits + sum(1 for _ in self._folded.iter(text.lower().translate(_FOLD_TABLE)))

    def vocabulary_mentions(self, text: str, abbreviations: "AbbreviationTable | None" = None) -> list[Mention]:
        """Longest non-overlapping vocabulary (and document-abbreviation) matches, left to right."""
        raw: list[tuple[int, int, str, str]] = []
        for end, (length, key) in self._exact.iter(text):
            start = end - length + 1
            if boundary_ok(text, start, end + 1):
                raw.append((start, end + 1, key, "vocab"))
        raw.extend(self._damaged_mentions(text))
        if ligature_gaps.MAY_SPLIT.search(text):
            raw.extend(self._ligature_split_mentions(text))
        raw.extend(self._hyphen_numbered_symbols(text))
        suffixed = self._bracketed_suffix_mentions(text) if bracketed_suffixes.MAY_HOLD.search(text) else []
        raw.extend(suffixed)
        member_brackets = {start for start, _, _, _ in suffixed}
        for end, (length, key) in self._folded.iter(_fold(text)):
            start = end - length + 1
            if boundary_ok(text, start, end + 1):
                raw.append((start, end + 1, key, "vocab"))
            elif length >= 8 and " " in text[start:end + 1] and text[end + 1:end + 2] == "s" and \
                    text[end:end + 1].isalpha() and boundary_ok(text, start, end + 2):
                raw.append((start, end + 2, key, "vocab"))  # a plural of a name of several words ("uracil-DNA glycosylases")
            elif cited_end(text, start, end + 1):
                raw.append((start, end + 1, key, "vocab"))  # a reference number glued on ("low mutational burden5")
        if abbreviations is not None:
            raw.extend(abbreviations.matches(text))
        raw.sort(key=lambda r: (r[0], -(r[1] - r[0]), r[3] != "abbreviation", r[2]))
        mentions: list[Mention] = []
        taken_until = -1
        for start, end, key, source in raw:
            if start < taken_until:
                continue
            entity = abbreviations.entity(key) if source == "abbreviation" else self.entity(key)
            if entity is None:
                if source == "abbreviation" and abbreviations.names_nothing(key):
                    taken_until = end  # "time to response (TTR)": this document's TTR is no gene, nor anything known
                continue
            if key.startswith("symbol:") and not self._symbol_ok(text, start, end) and \
                    not (abbreviations is not None and abbreviations.confirms_gene(text[start:end])):
                continue
            if source == "vocab" and entity.category == "Gene" and _NAMESAKE_HEAD.match(text, end):
                continue  # "Src family kinases", "Src homology 2": the kinases or the domain, not the one gene
            if source == "vocab" and end - start == 5 and text[end:end + 1] in "-‐–" and \
                    text[start:end].lower() == "chemo" and not _CHEMO_GIVEN.match(text, end + 1):
                continue  # "chemo-resistance", "chemo-naive": the clipped word opens a compound, no class named alone
                # (but "chemo-only", "chemo-based" name the class given)
            if source == "vocab" and entity.category == "DrugClass" and text[end - 1:end] == "s" and \
                    text[start:start + 9].lower() == "multiple ":
                continue  # "multiple receptor tyrosine kinase inhibitors": several inhibitors (a quantifier), though
                # "a multiple receptor tyrosine kinase inhibitor" is one drug aimed at many kinases
            if source == "vocab" and entity.category == "Molecule" and _RESEMBLING.match(text, end):
                continue  # "insulin-like growth factor (IGF)": not insulin
            if source == "vocab" and _INDUCIBLE_HEAD.match(text, end):
                continue  # "hypoxia-inducible factor (HIF)-1α": the factor, not hypoxia
            if source == "vocab" and entity.category == "Molecule" and _ENZYME_HEAD.match(text, end):
                continue  # "lactate dehydrogenase": the enzyme, not lactate
            if member_brackets and source == "vocab" and bracketed_suffixes.bracket_after(text, end) in member_brackets:
                continue  # "vascular endothelial growth factor (VEGF)-D": the member after the bracket, not the family
            mentions.append(Mention(start, end, text[start:end], entity, source))
            taken_until = end
        return mentions

    def _hyphen_numbered_symbols(self, text: str) -> list[tuple[int, int, str, str]]:
        """Approved gene symbols that end in a number, written with a hyphen before it ("ICAM-1", "VCAM-1") in a
        gene-like place (a list of symbols, "ICAM-1 expression"): the symbol's key when the hyphenated form is no
        vocabulary term of its own. Never an alias ("PSI-6" is a trial's name more often than a pseudogene's alias),
        never alone: a trial's acronym and number is written the same way. Only capitals before the hyphen: "CMS2-4" is a range of subtypes.

        >>> from kg.vocab import load_vocabulary
        >>> r = Recognizer(load_vocabulary())
        >>> [(m.text, m.entity.name) for m in r.vocabulary_mentions("ICAM-1, VCAM-1 and TP53 were assayed")]
        [('ICAM-1', 'ICAM1'), ('VCAM-1', 'VCAM1'), ('TP53', 'TP53')]
        >>> [m.entity.name for m in r.vocabulary_mentions("In the PEAK-1 trial, all patients responded")]
        ['PEAK']
        """
        if "-" not in text:
            return []
        out = []
        for m in _HYPHEN_NUMBERED.finditer(text):
            joined = m.group(1) + m.group(2)
            if joined in self.vocab.hgnc and self._exact.get(joined, (0, ""))[1] == "symbol:" + joined and \
                    not self._exact.exists(m.group(0)) and self._symbol_ok(text, m.start(), m.end(), placed=True):
                out.append((m.start(), m.end(), "symbol:" + joined, "vocab"))
        return out

    def _damaged_mentions(self, text: str) -> list[tuple[int, int, str, str]]:
        """Case-sensitive names written with one capital lost in PDF extraction ("PRImE" for PRIME),
        found in a same-length repaired copy; a hit must be exactly one repaired word."""
        copy = case_damage.repaired(text, self._known_word)
        if copy == text:
            return []
        spans = case_damage.repaired_spans(text, copy)
        out = []
        for end, (length, key) in self._exact.iter(copy):
            if (end - length + 1, end + 1) in spans:
                out.append((end - length + 1, end + 1, key, "vocab"))
        return out

    def _ligature_split_mentions(self, text: str) -> list[tuple[int, int, str, str]]:
        """Vocabulary names split after a ligature in PDF extraction ("fl uoropyrimidine"), found in a same-length
        repaired copy; a hit must be exactly one joined word, and its span in the text takes the space back in."""
        copy, spans = ligature_gaps.repair(text)
        if not spans:
            return []
        out = []
        for end, (length, key) in self._folded.iter(_fold(copy)):
            start = end - length + 1
            if (start, end + 1) in spans:
                out.append((start, end + 2, key, "vocab"))
        return out

    def _bracketed_suffix_mentions(self, text: str) -> list[tuple[int, int, str, str]]:
        """Members named by a bracketed short form and a suffix after it ("interleukin (IL)-6", "(VEGF)-D"), found in
        a same-length copy with the two joined; a hit must be exactly the joined name, and its span in the text runs
        from the bracket to the suffix."""
        copy, spans = bracketed_suffixes.repair(text)
        out = []
        for start, end in sorted(spans):
            joined = copy[start:end]
            for table, probe in ((self._exact, joined), (self._folded, _fold(joined))):
                hit = table.get(probe, None)
                if hit is not None:
                    out.append((start, end + 2, hit[1], "vocab"))  # the span takes back the two brackets
        return out

    def _known_word(self, word: str) -> bool:
        """Whether ``word`` as written is a vocabulary term (a real mixed-case name, never repaired)."""
        return self._exact.exists(word) or self._folded.exists(_fold(word))

    def find(self, text: str, abbreviations: "AbbreviationTable | None" = None) -> Recognition:
        """All mentions in ``text`` (a normalised sentence), left to right."""
        rec = Recognition()
        mentions = self.vocabulary_mentions(text, abbreviations)
        mentions = self.patterns.recognise(self, text, mentions, rec)
        mentions = [m for m in mentions if not _NON_BEFORE.search(text[max(0, m.start - 5):m.start])]
        if "10." in text:
            # (s53 f21m: a DOI's letters, "10.2147/OTT.S82453", name a journal and an article, never a gene or drug)
            dois = [(d.start(), d.end()) for d in _DOI.finditer(text)]
            mentions = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in dois)]
        rec.mentions = in_text_order(mentions)
        self.patterns.regimens(self, text, rec)
        self.patterns.populations(self, text, rec)
        rec.mentions = in_text_order(rec.mentions)
        return rec

    def _symbol_ok(self, text: str, start: int, end: int, placed: bool = False) -> bool:
        """A bare approved symbol or alias counts when it looks like a gene in this place (``placed``: only by the
        place, never by its length or form alone)."""
        symbol = text[start:end]
        if symbol not in self.vocab.hgnc and _FAMILY_HEAD.match(text, end):
            return False  # an alias before a family's plural head: "ABC transporters" are a family, not one gene
        if not placed and len(symbol) >= 4 and (not symbol.isalpha() or symbol.isupper()):
            return True
        if self.patterns.VARIANT.match(text, end):
            return True
        before, after = text[max(0, start - 1):start], text[end:end + 40]
        if before == "(" and after.startswith(")"):
            # "fatty acid synthase (FASN)"; an alias the words before spell out as something the vocabulary does
            # not know is that thing's short form, "In-situ-hybridization (ISH)" (s42 pr: a long form that names
            # the gene makes the document's abbreviation, which wins this place)
            return symbol in self.vocab.hgnc or not spelled_before(symbol, text[:start - 1])
        if before == "+" and after.startswith("+") or _MARKER_RUN.match(after) or \
                symbol.isupper() and _PLUS_BEFORE_CELLS.match(after):
            return True  # a marker in a run of markers: "CD4+FoxP3+Helios+ T cells"
        if re.match(r"^,\s*(?:and\s+|or\s+)?[A-Z][A-Z0-9]{2,}", after):
            return True  # a list of symbols: "MET, MEK, PIK3CA and HER2 alterations"
        if re.search(r"[A-Z][A-Z0-9]{2,}[α-ω]?(?:\s*\([A-Z][A-Za-z0-9\-]{1,9}\))?(?:,\s*|,?\s+(?:and|or|and/or)\s+)$",
                     text[max(0, start - 32):start]):
            return True  # the end of such a list: "rearrangements in ALK and RET", "PDGFRβ, and KIT", "ERBB2 (HER2) and MET"
        if self._joined_to_a_gene(after):
            return True  # the start of a list of genes: "APC and AXIN2 degrade beta-catenin"
        if _LISTED_CLASS.match(after):
            return True  # listed with a target's class: "MET and MEK inhibitors" (the head names both classes)
        if before == "/" or after.startswith("/"):
            return bool(re.match(r"^/[A-Z0-9]", after) or re.search(r"[A-Z0-9]/$", text[max(0, start - 2):start]))
        return bool(_GENE_CONTEXT.match(after) or _GENE_BEFORE.search(text[max(0, start - 30):start]) or
                    _GENE_SAID.match(after) or _GENE_ACTS.match(after))

    def confirmed_symbols(self, sentences) -> frozenset[str]:
        """Short approved gene symbols ("MET", "SRC") a document writes at least once in a gene-like place
        ("MET amplification", "MET inhibitors"): elsewhere in that document the bare symbol is the gene too ("the
        role of MET in mediating resistance", "the kinases MET and RON"). Never a symbol the document also writes
        in the plural ("APCs" are cells, not the APC gene)."""
        confirmed, plural = set(), set()
        for text in sentences:
            for m in _SHORT_SYMBOL.finditer(text):
                word = m.group(1)
                if m.group(2):
                    plural.add(word)
                elif word not in confirmed and self._exact.get(word, (0, ""))[1] == "symbol:" + word and \
                        self._symbol_ok(text, m.start(1), m.end(1)):
                    confirmed.add(word)
        return frozenset(confirmed - plural)

    def _joined_to_a_gene(self, after: str) -> bool:
        """The words after a bare symbol join it to an approved gene symbol or a safe alias that cannot be a
        common abbreviation ("and AXIN2", "or CTNNB1", "and HER2": four or more characters, or a digit; not a
        stoplisted one): the symbol is listed among genes ("APC and AXIN2"), not an abbreviation of cells
        ("APC and MDSC")."""
        nxt = _JOINED_SYMBOL.match(after)
        if not nxt:
            return False
        symbol = nxt.group(1)
        if symbol in self.vocab.stoplist or (len(symbol) < 4 and not any(c.isdigit() for c in symbol)):
            return False
        return symbol in self.vocab.hgnc or symbol in self.vocab.alias_terms  # "MET and HER2": a gene by its alias

    def _names_target(self, words: str) -> bool:
        """Whether ``words`` name what a drug acts on (a gene, a molecule, a pathway), by the vocabulary."""
        eid = self.vocab.resolve(words)
        return eid is not None and eid in self.vocab.entities and \
            self.vocab.entities[eid].category in ("Gene", "Molecule", "Pathway")

    def combination(self, parts: list[Mention]) -> tuple[Entity, tuple[str, ...]]:
        """The Regimen entity for a combination of therapy mentions (order-independent id), with the
        text's own spelling as a synonym.

        >>> from kg.vocab import load_vocabulary
        >>> r = Recognizer(load_vocabulary())
        >>> rec = r.find("patients received FOLFIRI plus cetuximab")
        >>> reg, _ = r.combination([m for m in rec.mentions if m.entity.category in ("Drug", "Regimen")])
        >>> reg.name, {"FOLFIRI + cetuximab", "Erbitux + FOLFIRI"} <= set(reg.synonyms)
        ('cetuximab + FOLFIRI', True)
        """
        ids: dict[str, Entity] = {}
        for p in parts:
            ids[p.entity.id] = p.entity
        comps = sorted(ids.values(), key=lambda e: (e.category == "Regimen", e.name.lower()))
        name = " + ".join(e.name for e in comps)
        labels: list[str] = []
        for e in sorted(comps, key=lambda e: _id_label(e).lower()):
            labels += ["plus", _id_label(e)] if labels else [_id_label(e)]
        rid = mint("regimen", *labels)
        # the text's own spelling of each part, where it is a plain name of the part: not a gene's name
        # for its drug ("BRAF + MEK" for "BRAF and MEK inhibitors"), nor a long or odd span
        written: dict[str, str] = {}
        targets: dict[str, str] = {}  # a class's part written as its bare target ("Nrf2" of "inhibition of Nrf2")
        for p in parts:
            said = re.sub(r"\s+", " ", (getattr(p, "text", None) or "").strip())
            if said and len(said) <= 40 and len(said.split()) <= 3 and "|" not in said:
                if not (p.entity.category != "Gene" and self.vocab.gene_entity(said)):
                    written.setdefault(p.entity.id, said)
                targets.setdefault(p.entity.id, said)
        strategy = {cid: forms for cid, said in targets.items() for forms in [strategy_forms(
            ids[cid].name, ids[cid].category, said, self._names_target)] if forms}
        return Entity(rid, "Regimen", name, _combination_names(comps, written, strategy), (), (("combination", True),)), \
            tuple(e.id for e in comps)


_LIGATURE_LETTERS = lazy_compile(r"ffi|ffl|fi|fl|ff")
_DROPPED_MIN = 7  # the shortest name with its ligature's letters dropped that is still taken (no short word is made)


def ligature_dropped(name: str) -> list[str]:
    """``name`` as a text extraction that lost a ligature glyph writes it: each "fi", "fl", "ff", "ffi" or "ffl" left
    out in turn ("5-fluorouracil" -> "5-uorouracil", a PDF's "ﬂ" dropped), and all of them together, only for names
    still seven characters or longer without them (no common short word is made).

    >>> ligature_dropped("5 fluorouracil"), ligature_dropped("fluoropyrimidine")
    (['5 uorouracil'], ['uoropyrimidine'])
    >>> ligature_dropped("afatinib"), ligature_dropped("flt3")
    ([], [])
    """
    spans = [m.span() for m in _LIGATURE_LETTERS.finditer(name)]
    variants = [name[:a] + name[b:] for a, b in spans]
    if len(spans) > 1:
        variants.append(_LIGATURE_LETTERS.sub("", name))  # (every glyph of the name lost: "eector ... dierentiated")
    return [v for v in variants if len(v) >= _DROPPED_MIN and v.strip() == v and "  " not in v]


def _automaton_entries(vocab: Vocabulary) -> tuple[dict[str, tuple[int, str]], dict[str, tuple[int, str]]]:
    """The keys of the case-sensitive and the case-folded automaton, each with ``(length, entity key)``.

    A term shorter than two characters is left out; of the terms with one key, the one with the shortest
    entity id wins (the first of equals). Approved symbols (not stoplisted, three characters or more, upper
    case or with a digit) and then safe aliases are case-sensitive keys unless a term already has the key
    (an alias also when a case-folded term has its folded form). Kept in plain dictionaries, asked far
    faster than an automaton, and each key is added to its automaton once."""
    exact: dict[str, tuple[int, str]] = {}
    folded: dict[str, tuple[int, str]] = {}
    for term in vocab.terms:
        text = term.text
        if len(text) < 2:
            continue
        if term.exact:
            table, key = exact, text
        else:
            table, key = folded, _fold(text)
        known = table.get(key)
        if known is None or len(term.entity_id) < len(known[1]):
            table[key] = (len(key), term.entity_id)
    for key, value in list(folded.items()):
        for variant in ligature_dropped(key):
            if variant not in folded:
                folded[variant] = (len(variant), value[1])
    stoplist = vocab.stoplist
    for symbol in vocab.hgnc:
        if symbol in stoplist or len(symbol) < 3 or not symbol.isupper() and not any(c.isdigit() for c in symbol):
            continue
        if symbol not in exact:
            exact[symbol] = (len(symbol), "symbol:" + symbol)
    for alias, symbol in vocab.alias_terms.items():
        for form in (alias, *greek_letter_forms(alias)):
            if form not in exact and _fold(form) not in folded:
                exact[form] = (len(form), "symbol:" + symbol)
    return exact, folded


_SPELLED_GREEK_END = lazy_compile(r"-(alpha|beta|gamma|delta|kappa)$")


def greek_letter_forms(alias: str) -> tuple[str, ...]:
    """The forms print gives an HGNC alias that spells out its closing Greek letter after a hyphen: the letter
    itself after the hyphen or glued on ("C/EBP-beta" is also "C/EBP-β" and "C/EBPβ", "IKK-alpha" "IKKα"), and the
    letter, spelled or not, after a space ("C/EBP delta", "C/EBP δ": else the stem's last letters read as another
    symbol, "EBP").

    >>> greek_letter_forms("C/EBP-beta")
    ('C/EBP-β', 'C/EBPβ', 'C/EBP beta', 'C/EBP β')
    >>> greek_letter_forms("CEBPB")
    ()
    """
    found = _SPELLED_GREEK_END.search(alias)
    if found is None:
        return ()
    stem, letter = alias[:found.start()], GREEK[found.group(1)]
    return f"{stem}-{letter}", f"{stem}{letter}", f"{stem} {found.group(1)}", f"{stem} {letter}"


def _automaton(entries: dict[str, tuple[int, str]]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of ``entries`` (key -> value)."""
    auto = ahocorasick.Automaton()
    add = auto.add_word
    for key, value in entries.items():
        add(key, value)
    auto.make_automaton()
    return auto


def _id_label(entity: Entity) -> str:
    """What a part contributes to a combination's id: a drug class made by the reader by its id (one
    class however the text names its target: "Nrf2 inhibitor" and "NFE2L2 inhibitor" are one node, so
    their combination with oxaliplatin is one regimen), anything else by its name.

    >>> _id_label(Entity("crc:class_nfe2l2_inhibitor", "DrugClass", "Nrf2 inhibitor"))
    'nfe2l2_inhibitor'
    """
    if entity.category == "DrugClass" and entity.id.startswith("crc:class_"):
        return entity.id[len("crc:class_"):]
    return entity.name


COMBINATION_SYNONYMS = 80  # names a combination regimen is known by at most (its parts in other orders and words)
_NORM_WORDS = lazy_compile(r"[a-z0-9]+")


def _norm(name: str) -> str:
    return "".join(_NORM_WORDS.findall(name.lower()))


_PLURAL_END = lazy_compile(r"[a-z]{3}[^s]s$")


def _singular_words(phrase: str) -> str:
    """"antiangiogenic drugs" -> "antiangiogenic drug" (the last word only)."""
    return phrase[:-1] if _PLURAL_END.search(phrase) else phrase


@lru_cache(maxsize=1 << 14)  # a drug's synonyms are keyed again for every combination it is part of
def _name_key(name: str) -> str:
    """A name singular and normalised: two names with one key say the same."""
    return _norm(_singular_words(name))


def _combination_names(comps: list[Entity], written: dict[str, str],
                       strategy: dict[str, tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """Other names of a combination: its parts in every order (up to three parts), as the text wrote
    them, and, for a doublet, each part by one of its shortest synonyms ("alisertib + anti-EGFR" for
    alisertib + anti-EGFR antibody), so the regimen is found however a text orders and words it."""
    if len(comps) > 3:
        return ()
    choices = []
    for c in comps:
        words = [c.name]
        if written.get(c.id):
            words += [written[c.id], _singular_words(written[c.id])]
        if len(comps) == 2:
            seen = {_name_key(w) for w in words}
            extra = 0
            for syn in sorted(c.synonyms, key=lambda x: (len(x), x)):
                key = _name_key(syn)
                if len(syn) > 2 and key not in seen and extra < 5:
                    seen.add(key)
                    words.append(syn)
                    extra += 1
        choices.append(list(dict.fromkeys(words)))
    orders = list(permutations(range(len(comps))))
    out = [" + ".join(comps[i].name for i in order) for order in orders]
    for words in product(*choices):
        for order in orders:
            out.append(" + ".join(words[i] for i in order))
    names = tuple(dict.fromkeys(out))[:COMBINATION_SYNONYMS]
    return names + _strategy_names(comps, written, strategy or {}, set(names), orders)


STRATEGY_SYNONYMS = 24  # names a combination takes from a part written as its target's inhibition, at most


def _strategy_names(comps: list[Entity], written: dict[str, str], strategy: dict[str, tuple[str, ...]],
                    seen: set[str], orders: list[tuple[int, ...]]) -> tuple[str, ...]:
    """A combination's names with a class acting against its target written as that target's inhibition, the
    target spelled as the text wrote it ("Nrf2 inhibition + oxaliplatin" for the NRF2 inhibitor given with
    oxaliplatin; see :mod:`builders.strategy_names`); the other parts by their names and written spellings, in each
    of the ``orders`` of the parts."""
    if not strategy:
        return ()
    choices = [list(strategy[c.id]) if c.id in strategy else
               list(dict.fromkeys([c.name] + ([written[c.id]] if written.get(c.id) else []))) for c in comps]
    out = []
    for words in product(*choices):
        for order in orders:
            name = " + ".join(words[i] for i in order)
            if name not in seen:
                seen.add(name)
                out.append(name)
    return tuple(out[:STRATEGY_SYNONYMS])


class AbbreviationTable:
    """Short forms one document defines, each pointing at the entity of its long form, and the short gene
    symbols it confirms (see :meth:`Recognizer.confirmed_symbols`)."""

    def __init__(self, pairs: dict[str, "Entity | None"], gene_symbols: frozenset[str] = frozenset()):
        self._entities = {f"abbr:{short}": entity for short, entity in pairs.items()}
        self._gene_symbols = gene_symbols
        self._letters = frozenset(s for s in pairs if len(s) == 1)  # drugs' one-letter short forms (letter_drugs.py)
        self._auto = None
        if pairs:
            self._auto = ahocorasick.Automaton()
            for short in pairs:
                self._auto.add_word(short, (len(short), f"abbr:{short}"))
            self._auto.make_automaton()

    def __bool__(self) -> bool:
        return bool(self._entities)

    def entity(self, key: str) -> Entity | None:
        return self._entities.get(key)

    def names_nothing(self, key: str) -> bool:
        """Whether the document defines this short form as something the vocabulary does not know, in place of the
        gene its symbol would name ("time to response (TTR)")."""
        return key in self._entities and self._entities[key] is None

    def confirms_gene(self, symbol: str) -> bool:
        """Whether the document writes ``symbol`` elsewhere in a gene-like place."""
        return symbol in self._gene_symbols

    def matches(self, text: str) -> list[tuple[int, int, str, str]]:
        if self._auto is None:
            return []
        out = []
        for end, (length, key) in self._auto.iter(text):
            start = end - length + 1
            if length == 1 and not in_combination(text, start, end + 1, self._letters):
                continue  # a drug's one-letter short form stands only in a combination ("D+P"; builders/letter_drugs.py)
            if boundary_ok(text, start, end + 1):
                out.append((start, end + 1, key, "abbreviation"))
        return out
