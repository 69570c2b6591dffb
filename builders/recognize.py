"""Recognition: find entity mentions in a normalised sentence.

Two Aho-Corasick automata (one case-sensitive for gene symbols, synonyms and
trial acronyms, one case-insensitive for everything else) find vocabulary
terms; longest non-overlapping matches on word boundaries win. Patterns then
add what no list can hold: variants (``KRAS G12C``, ``KRASG12C``), alterations
(``MET amplification``, ``RAS wild-type``), ncRNAs (``miR-31-3p``), unseen
trial acronyms and registry ids, ``anti-X`` / ``X inhibitor`` classes,
combination regimens (``a + b``, ``a plus b``) and population contexts
(``RAS wild-type mCRC``).

The :class:`Recognizer` is built once from a vocabulary and is read-only
afterwards, so one instance can serve every document (and every process).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import ahocorasick

from kg.ids import slug
from kg.model import Entity
from kg.vocab import Vocabulary

THERAPY = ("Drug", "DrugClass", "Regimen")
_WORD = re.compile(r"[A-Za-z0-9]")
_VARIANT = re.compile(r"^[-\s]?(?:\(|p\.)?([ACDEFGHIKLMNPQRSTVWY])(\d{2,4})([ACDEFGHIKLMNPQRSTVWY]|del|fs|ins)?\)?(?![A-Za-z0-9])")
_FUSED = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Z0-9]{2,7}?)([ACDEFGHIKLMNPQRSTVWY]\d{2,4}[ACDEFGHIKLMNPQRSTVWY])(?![A-Za-z0-9])")
_EXON = re.compile(r"^\s+exons?\s+(\d+)(?:\s*(?:,|and|or)\s*(\d+))?")
_MODIFIER = re.compile(
    r"^(?P<sep>[-\s]|\s\(|\s?gene\s)?\s?(?:gene\s)?(?P<mod>"
    r"mutations?|mutant|mutated|mutation-positive|MT|WT|wild[-\s]type|wild|amplifications?|amplified|"
    r"overexpression|overexpressed|over-expression|fusions?|rearrangements?|loss|deletions?|"
    r"positive|positivity|negative|high expression|hyperactivation|activation|alterations?)(?![A-Za-z])", re.I)
_PRE_MODIFIER = re.compile(
    r"(?P<mod>mutations? (?:in|of)|amplification of|overexpression of|loss of|fusions? of|rearrangements? in|"
    r"high levels? of|hyperactivation of|activation of|expression of|upregulation of)\s+(?:the\s+)?$", re.I)
_MOD_KIND = [
    (re.compile(r"mutation-positive|mutat|mutant|^mt$", re.I), "mutation"),
    (re.compile(r"wild|^wt$", re.I), "wild_type"),
    (re.compile(r"amplif", re.I), "amplification"),
    (re.compile(r"overexpress|over-expression|high expression|high levels?|upregulation|positiv", re.I), "overexpression"),
    (re.compile(r"fusion|rearrangement", re.I), "fusion"),
    (re.compile(r"loss|deletion", re.I), "loss"),
    (re.compile(r"hyperactivation|activation", re.I), "activation"),
]
KIND_LABEL = {"mutation": "mutation", "wild_type": "wild-type", "amplification": "amplification",
              "overexpression": "overexpression", "fusion": "fusion", "loss": "loss"}
_STATUS = [
    (re.compile(r"\b(?:MSI-H|MSI-high|high MSI|high-MSI|microsatellite instability[- ]high|high microsatellite instability"
                r"|MSI-high|dMMR|deficient MMR|mismatch repair[- ]deficient|mismatch repair defective|deficient mismatch repair"
                r"|MSI)\b(?:/dMMR|/MSI-H)?"), "MSI-H/dMMR"),
    (re.compile(r"\b(?:MSS|microsatellite[- ]stable|microsatellite stability|pMMR|proficient MMR|MMR proficient"
                r"|proficient mismatch repair|mismatch repair[- ]proficient)\b(?:/pMMR|/MSS)?"), "MSS/pMMR"),
    (re.compile(r"\b(?:TMB-high|high TMB|TMB-H|high tumou?r mutation(?:al)? burden)\b"), "TMB-high"),
    (re.compile(r"\b(?:low TMB|TMB-low|TMB is typically low)\b"), "TMB-low"),
]
_NCRNA = re.compile(
    r"\b(?:(?:hsa-)?(?:miR|miRNA|microRNA|mir)-(?P<mir>\d+[a-z]?(?:-[35]p|-\d(?:-[35]p)?)?)|(?P<let>let-7[a-z])"
    r"|(?:lncRNA|long noncoding RNA)\s+(?P<lnc>[A-Z][A-Za-z0-9\-]+|urothelial carcinoma-associated 1)"
    r"|(?:circRNA|circular RNA)\s+(?P<circ>[A-Z][A-Za-z0-9\-]+))")
_REGISTRY = re.compile(r"\b(NCT\d{8}|ChiCTR\d{10}|ISRCTN\d{8})\b")
_TRIAL_CUE = re.compile(r"^\s*(?:,\s*a\s+[^,]{0,60}?\s+)?(?:\(?(?:phase|Phase)\s+[0-9IVXab/ ]+\)?\s+)?(?:clinical\s+|randomi[sz]ed\s+)?"
                        r"(?:trials?|study|studies)\b")
_TRIAL_PRE = re.compile(r"(?:the|phase\s+[0-9IVXab/]+)\s+$", re.I)
_ACRONYM = re.compile(r"(?<![A-Za-z0-9\-])((?:[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*|\d{8})(?:[-/ ](?:[A-Z0-9][A-Za-z0-9.]*))?)$")
NOT_TRIALS = {"FDA", "NCCN", "ESMO", "CSCO", "ASCO", "CRC", "MCRC", "THE", "II", "III", "IV", "RCT", "RCTS", "TCGA",
              "PDX", "ELISA", "BSC", "IHC", "FISH", "NGS", "CT", "MRI", "OS", "PFS", "ORR", "DCR", "CI", "HR", "KRAS",
              "WT", "MT", "MSS", "MSI", "OR", "US", "AE", "AES", "EMA", "CSCO", "GERCORE", "COVID-19", "SPSS", "RECIST"}
_COMBO_JOIN = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:\+|plus|and|with|combined with|in combination with|,|, and)\s*(?:an?|the)?\s*$", re.I)
_STRONG_JOIN = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:\+|plus|combined with|in combination with|with)\s*(?:an?|the)?\s*$", re.I)
_COMBO_CUE = re.compile(r"(?:combination|combined|combining|dual|doublet|triplet|regimen|received|receiving|treated with|"
                        r"treatment with|therapy with|evaluated|administered|addition of|adding|tested|assigned to|"
                        r"arm|consist|blockade (?:of|with)|together|concurrent|simultaneous|groups?:|divided|randomi[sz]ed to)", re.I)
_LIST_CUE = re.compile(r"(?:such as|including|include|includes|e\.g\.|i\.e\.|like|are|is|were|namely|either)\s*$", re.I)
_DISEASE_AFTER = re.compile(r"^[-\s]?(?:\(?[A-Z]{2,4}\)?\s)?(?:metastatic\s+)?(mCRC|CRCs?|colorectal cancers?|tumou?rs|patients|disease|population|subgroup|cohort|cases)\b")
_CLASS_AFTER = re.compile(r"^[-\s]?(inhibitors?|blockers?|blockade|antagonists?|antibod(?:y|ies)|mAbs?|TKIs?|-?targeted (?:therapy|therapies|drugs|agents))\b")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    entity: Entity
    source: str = "vocab"  # vocab | pattern


@dataclass
class Recognition:
    """Mentions of one sentence plus the entities and implied facts the patterns made."""

    mentions: list[Mention] = field(default_factory=list)
    regimens: list[tuple[Mention, tuple[str, ...]]] = field(default_factory=list)  # combination + component ids
    alteration_genes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # alteration id -> gene ids
    populations: dict[str, tuple[str, ...]] = field(default_factory=dict)  # disease id -> alteration ids
    class_targets: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def of(self, *categories: str) -> list[Mention]:
        return [m for m in self.mentions if m.entity.category in categories]

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


def _boundary_ok(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not _WORD.match(before) and not (_WORD.match(after) and _WORD.match(text[end - 1]))


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
        self.vocab = vocab
        self._exact = ahocorasick.Automaton()
        self._folded = ahocorasick.Automaton()
        for term in vocab.terms:
            if len(term.text) < 2:
                continue
            auto, key = (self._exact, term.text) if term.exact else (self._folded, term.text.lower())
            known = auto.get(key, None)
            if known is None or len(term.entity_id) < len(known[1]):
                auto.add_word(key, (len(term.text), term.entity_id))
        for symbol, hgnc_id in vocab.hgnc.items():
            if symbol in vocab.stoplist or len(symbol) < 3 or not symbol.isupper() and not any(c.isdigit() for c in symbol):
                continue
            if not self._exact.exists(symbol):
                self._exact.add_word(symbol, (len(symbol), "symbol:" + symbol))
        self._exact.make_automaton()
        self._folded.make_automaton()

    # -- entity helpers -------------------------------------------------------
    def _entity(self, key: str) -> Entity | None:
        if key.startswith("symbol:"):
            return self.vocab.gene_entity(key[7:])
        return self.vocab.entities.get(key)

    def _gene_symbol(self, entity: Entity) -> str:
        return entity.attr("gene") or entity.name

    def alteration(self, gene: Entity, kind: str, detail: str = "") -> Entity:
        symbol = self._gene_symbol(gene)
        label = detail or KIND_LABEL.get(kind, kind)
        name = f"{symbol} {label}"
        synonyms = tuple(f"{s} {label}" for s in gene.synonyms[:3] if s != symbol)
        attrs = (("alteration_kind", "mutation" if detail else kind), ("gene", symbol))
        return Entity("crc:alt_" + slug(f"{symbol} {label}"), "Alteration", name, synonyms, (), attrs)

    # -- main entry -------------------------------------------------------------
    def raw_scan(self, text: str) -> int:
        """Number of raw automaton hits in ``text`` (exact and case-folded), with no filtering.

        The floor of any reading: the multi-pattern scan alone, used by the build benchmark.
        """
        hits = sum(1 for _ in self._exact.iter(text))
        return hits + sum(1 for _ in self._folded.iter(text.lower()))

    def find(self, text: str) -> Recognition:
        """All mentions in ``text`` (a normalised sentence), left to right."""
        raw: list[tuple[int, int, str]] = []
        for end, (length, key) in self._exact.iter(text):
            start = end - length + 1
            if _boundary_ok(text, start, end + 1):
                raw.append((start, end + 1, key))
        lowered = text.lower()
        for end, (length, key) in self._folded.iter(lowered):
            start = end - length + 1
            if _boundary_ok(text, start, end + 1):
                raw.append((start, end + 1, key))
        raw.sort(key=lambda r: (r[0], -(r[1] - r[0]), r[2]))
        mentions: list[Mention] = []
        taken_until = -1
        for start, end, key in raw:
            if start < taken_until:
                continue
            entity = self._entity(key)
            if entity is None:
                continue
            if key.startswith("symbol:") and not self._symbol_ok(text, start, end, key[7:]):
                continue
            mentions.append(Mention(start, end, text[start:end], entity))
            taken_until = end
        rec = Recognition()
        for m in _FUSED.finditer(text):
            gene = self.vocab.gene_entity(m.group(1))
            if gene is None or any(x.start < m.end() and m.start() < x.end for x in mentions):
                continue
            alt = self.alteration(gene, "mutation", m.group(2))
            mentions.append(Mention(m.start(), m.end(), m.group(0), alt, "pattern"))
            rec.alteration_genes[alt.id] = (gene.id,)
        mentions = self._registry_and_trials(text, mentions)
        mentions = self._ncrnas(text, mentions)
        mentions = self._statuses(text, mentions)
        mentions = self._alterations(text, mentions, rec)
        mentions = self._classes(text, mentions, rec)
        mentions.sort(key=lambda m: m.start)
        rec.mentions = mentions
        self._regimens(text, rec)
        self._populations(text, rec)
        return rec

    def _symbol_ok(self, text: str, start: int, end: int, symbol: str) -> bool:
        """A bare approved symbol counts when it looks like a gene in this place."""
        if len(symbol) >= 4 or _VARIANT.match(text[end:]):
            return True
        before, after = text[max(0, start - 1):start], text[end:end + 40]
        if before == "(" and after.startswith(")"):
            return True  # "fatty acid synthase (FASN)"
        return bool(re.match(r"^[-\s]?(?:gene|genes|mutations?|mutant|amplification|expression|protein|receptor|"
                             r"inhibitors?|signal|pathway|kinase|-MT|-WT|positive|overexpression|status|activation|"
                             r"loss|fusion|rearrangements?|-mediated|-dependent|-targeted)", after))

    def _registry_and_trials(self, text: str, mentions: list[Mention]) -> list[Mention]:
        out = list(mentions)
        spans = [(m.start, m.end) for m in mentions]
        for m in _REGISTRY.finditer(text):
            if any(s <= m.start() < e for s, e in spans):
                continue
            rid = m.group(1)
            prefix = "CLINICALTRIALS" if rid.startswith("NCT") else ("CHICTR" if rid.startswith("ChiCTR") else "ISRCTN")
            curie = f"{prefix}:{rid}"
            named = [x for x in out if x.entity.category == "Trial" and 0 <= m.start() - x.end <= 40]
            existing = next((e for e in self.vocab.entities.values() if curie in e.xrefs), None)
            if existing is None and named and named[-1].entity.id.startswith("crc:trial_"):
                base = named[-1].entity
                existing = Entity(curie, "Trial", base.name, base.synonyms, (curie,))
                out = [Mention(x.start, x.end, x.text, existing, "pattern") if x is named[-1] else x for x in out]
            entity = existing or Entity(curie, "Trial", rid, (), (curie,))
            out.append(Mention(m.start(), m.end(), rid, entity, "pattern"))
        # unseen acronyms followed by "trial"/"study"
        for cue in re.finditer(r"\b(?:trials?|study|studies)\b", text):
            head = text[:cue.start()]
            head = re.sub(r"\s*(?:\(?(?:phase|Phase)\s+[0-9IVXab/]+\)?|clinical|randomi[sz]ed|single-arm|multicenter|pivotal|"
                          r"open-label|,)\s*$", " ", head).rstrip()
            head = re.sub(r"\s*(?:\(?(?:phase|Phase)\s+[0-9IVXab/]+\)?|clinical|randomi[sz]ed)\s*$", "", head).rstrip()
            m = _ACRONYM.search(head)
            if not m:
                continue
            name = m.group(1)
            start = m.start(1)
            end = start + len(name)
            if name.upper() in NOT_TRIALS or any(s < end and start < e for s, e in [(x.start, x.end) for x in out]):
                continue
            if sum(c.isupper() for c in name) < 2 and not name.isdigit():
                continue
            if self.vocab.resolve(name) or name.lower() in self.vocab.by_name:
                continue
            entity = Entity("crc:trial_" + slug(name), "Trial", name)
            out.append(Mention(start, end, name, entity, "pattern"))
        return out

    def _ncrnas(self, text: str, mentions: list[Mention]) -> list[Mention]:
        out = list(mentions)
        for m in _NCRNA.finditer(text):
            if m.group("mir"):
                name, kind = "miR-" + m.group("mir"), "miRNA"
            elif m.group("let"):
                name, kind = m.group("let"), "miRNA"
            elif m.group("lnc"):
                name, kind = "lncRNA " + m.group("lnc"), "lncRNA"
            else:
                name, kind = "circ" + m.group("circ"), "circRNA"
            out = [x for x in out if not (x.start < m.end() and m.start() < x.end)]
            entity = Entity("crc:ncrna_" + slug(name), "Molecule", name, (), (), (("molecule_kind", kind),))
            out.append(Mention(m.start(), m.end(), m.group(0), entity, "pattern"))
        return out

    def _statuses(self, text: str, mentions: list[Mention]) -> list[Mention]:
        out = list(mentions)
        for pattern, name in _STATUS:
            for m in pattern.finditer(text):
                if any(x.start < m.end() and m.start() < x.end for x in out):
                    continue
                kind = "tmb_status" if name.startswith("TMB") else "msi_status"
                entity = Entity("crc:alt_" + slug(name), "Alteration", name, (), (), (("alteration_kind", kind),))
                out.append(Mention(m.start(), m.end(), m.group(0), entity, "pattern"))
        return out

    def _gene_list_before(self, text: str, genes: list[Mention], idx: int) -> list[Mention]:
        """Genes joined by '/', ',', 'and', 'or' ending at genes[idx] ("KRAS, NRAS, and BRAF")."""
        chain = [genes[idx]]
        j = idx - 1
        while j >= 0:
            gap = text[genes[j].end:chain[0].start]
            if re.fullmatch(r"\s*(?:/|,|, and|and|or|, or|/ )\s*", gap):
                chain.insert(0, genes[j])
                j -= 1
            else:
                break
        return chain

    def _alterations(self, text: str, mentions: list[Mention], rec: Recognition) -> list[Mention]:
        genes = sorted([m for m in mentions if m.entity.category == "Gene"], key=lambda m: m.start)
        consumed: set[int] = set()
        new: list[Mention] = []
        for i, g in enumerate(genes):
            after = text[g.end:]
            v = _VARIANT.match(after)
            if v and not (g.entity.attr("family")):
                detail = v.group(1) + v.group(2) + (v.group(3) or "")
                alt = self.alteration(g.entity, "mutation", detail)
                end = g.end + v.end()
                new.append(Mention(g.start, end, text[g.start:end], alt, "pattern"))
                rec.alteration_genes[alt.id] = (g.entity.id,)
                consumed.add(i)
                continue
            x = _EXON.match(after)
            if x:
                exons = [e for e in x.groups() if e]
                end = g.end + x.end()
                for exon in exons:
                    alt = self.alteration(g.entity, "mutation", f"exon {exon} mutation")
                    new.append(Mention(g.start, end, text[g.start:end], alt, "pattern"))
                    rec.alteration_genes[alt.id] = (g.entity.id,)
                consumed.add(i)
                continue
            mod = _MODIFIER.match(after)
            pre = _PRE_MODIFIER.search(text[:g.start])
            word = mod.group("mod") if mod else (pre.group("mod") if pre else None)
            if not word:
                continue
            if mod and mod.group("mod").lower() in ("positive", "negative", "positivity") and g.entity.name not in ("ERBB2", "AXL", "EGFR", "MET"):
                continue
            if word.lower() == "negative":
                continue
            kind = next((k for p, k in _MOD_KIND if p.search(word)), None)
            if kind is None or kind == "activation":
                continue
            chain = self._gene_list_before(text, genes, i) if mod else [g]
            end = g.end + mod.end() if mod else g.end
            start = chain[0].start if mod else pre.start()
            for gm in chain:
                alt = self.alteration(gm.entity, kind)
                new.append(Mention(start, end, text[start:end], alt, "pattern"))
                rec.alteration_genes[alt.id] = (gm.entity.id,)
                consumed.add(genes.index(gm))
        keep = [m for m in mentions if not (m.entity.category == "Gene" and genes.index(m) in consumed)] if genes else list(mentions)
        # keep genes that are part of alterations too: alterations are added alongside, gene mentions dropped
        return keep + new

    def _classes(self, text: str, mentions: list[Mention], rec: Recognition) -> list[Mention]:
        out = []
        for m in mentions:
            if m.entity.category not in ("Gene", "Molecule"):
                out.append(m)
                continue
            before = text[max(0, m.start - 5):m.start]
            after = _CLASS_AFTER.match(text[m.end:])
            anti = re.search(r"anti[-\s]?$", before, re.I)
            if not anti and not after:
                out.append(m)
                continue
            gene_id = m.entity.id
            known = next((cid for cid, targets in self.vocab.drug_targets.items()
                          if cid.startswith("crc:class_") and targets == (gene_id,)), None)
            if known:
                entity = self.vocab.entities[known]
            else:
                label = f"anti-{m.entity.name}" if anti else f"{m.entity.name} inhibitor"
                entity = Entity("crc:class_" + slug(label), "DrugClass", label)
                rec.class_targets[entity.id] = (gene_id,)
            start = m.start - len(anti.group(0)) if anti else m.start
            end = m.end + after.end() if after else m.end
            out.append(Mention(start, end, text[start:end], entity, "pattern"))
        return out

    def combination(self, parts: list[Mention]) -> tuple[Entity, tuple[str, ...]]:
        """The Regimen entity for a combination of therapy mentions (order-independent id)."""
        ids: dict[str, Entity] = {}
        for p in parts:
            ids[p.entity.id] = p.entity
        comps = sorted(ids.values(), key=lambda e: (e.category == "Regimen", e.name.lower()))
        name = " + ".join(e.name for e in comps)
        rid = "crc:regimen_" + "_plus_".join(slug(e.name) for e in sorted(comps, key=lambda e: e.name.lower()))
        return Entity(rid, "Regimen", name, (), (), (("combination", True),)), tuple(e.id for e in comps)

    def _regimens(self, text: str, rec: Recognition) -> None:
        therapies = [m for m in rec.mentions if m.entity.category in THERAPY]
        # drop definitions in parentheses right after a therapy: "IFL (irinotecan, fluorouracil, and leucovorin)"
        kept = []
        for m in therapies:
            if kept:
                opening = text.rfind("(", kept[-1].end, m.start)
                if opening != -1 and not text[kept[-1].end:opening].strip() and ")" not in text[opening:m.start]:
                    continue
            kept.append(m)
        # "the MEK inhibitor binimetinib": the class names the drug that follows; the two read as one mention
        therapies = []
        for k, m in enumerate(kept):
            if therapies and therapies[-1].entity.category == "DrugClass" and m.entity.category == "Drug" \
                    and re.fullmatch(r"\s*(?:the\s+)?", text[therapies[-1].end:m.start]):
                m = Mention(therapies.pop().start, m.end, text[kept[k - 1].start:m.end], m.entity, m.source)
            therapies.append(m)
        i = 0
        while i < len(therapies):
            group = [therapies[i]]
            strong = False
            j = i + 1
            while j < len(therapies):
                gap = text[group[-1].end:therapies[j].start]
                hyphenated = gap == "-" and group[-1].entity.category == therapies[j].entity.category == "Drug"
                if not hyphenated and (not _COMBO_JOIN.match(gap) or "with or without" in gap):
                    break
                if therapies[j].entity.category == "DrugClass" and re.fullmatch(r"\s*,\s*(?:an?|the|another)\s*", gap):
                    break  # "tivantinib, a MET inhibitor": an apposition naming the class, not a partner
                if hyphenated or _STRONG_JOIN.match(gap) or gap.strip() == "with":
                    strong = True
                group.append(therapies[j])
                j += 1
            if len(group) > 1:
                head = text[max(0, group[0].start - 120):group[0].start]
                tail = text[group[-1].end:group[-1].end + 30]
                gaps = [text[a.end:b.start] for a, b in zip(group, group[1:])]
                only_or = all(g.strip() in ("or", ", or") for g in gaps)
                is_combo = not only_or and (strong or (_COMBO_CUE.search(head) and not _LIST_CUE.search(head))
                                            or re.match(r"^\s*(?:combination|regimen|doublet|triplet|dual)", tail))
                distinct = {m.entity.id for m in group}
                if is_combo and len(distinct) > 1:
                    entity, comps = self.combination(group)
                    mention = Mention(group[0].start, group[-1].end, text[group[0].start:group[-1].end], entity, "pattern")
                    rec.regimens.append((mention, comps))
                    i = j
                    continue
            i += 1

    def _populations(self, text: str, rec: Recognition) -> None:
        alts = [m for m in rec.mentions if m.entity.category == "Alteration"]
        for a in alts:
            m = _DISEASE_AFTER.match(text[a.end:])
            if not m or m.group(1).lower() not in ("mcrc", "crc", "crcs", "colorectal cancer", "colorectal cancers"):
                continue
            same_span = [x for x in alts if x.start == a.start and x.end == a.end]
            members = sorted({x.entity.id for x in same_span})
            names = " ".join(sorted({self.vocab.entities.get(x, None).name if x in self.vocab.entities else
                                     next(y.entity.name for y in same_span if y.entity.id == x) for x in members}))
            disease = "mCRC" if m.group(1).lower() == "mcrc" else "CRC"
            label = f"{names} {disease}"
            if any(x.entity.id == "crc:disease_" + slug(label) and x.start == a.start for x in rec.mentions):
                continue
            entity = Entity("crc:disease_" + slug(label), "Disease", label, (), (), (("population", True),))
            rec.mentions.append(Mention(a.start, a.end + m.end(), text[a.start:a.end + m.end()], entity, "pattern"))
            rec.populations[entity.id] = tuple(members)
        rec.mentions.sort(key=lambda m: (m.start, m.end))
