"""Vocabularies from ``ontology/vocab/``: names, synonyms, identifiers and what entities are.

The :class:`Vocabulary` turns vocabulary entries into :class:`~kg.model.Entity`
records with stable identifiers (standard CURIEs where the vocabulary has
them, else ``crc:`` slugs) and answers the questions the builders ask: which
class a drug belongs to, what a class targets, what a regimen contains.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


from kg.gene_tables import gene_tables
from kg.ids import mint
from kg.kept import kept_yaml
from kg.model import Entity
from kg.resources import ontology_dir

GREEK_NAMES = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa"}
_PLURAL_SKIP = re.compile(r"(?:s|[^A-Za-z])$")


_PLURAL_CELLS = re.compile(r"(?:cells|lymphocytes|macrophages)$")


def _with_singular_cells(names) -> tuple[str, ...]:
    """A cell type's names with the singular of each name written in the plural: one cell of a population is
    the same cell type ("cancer stem-like cells" and "a cancer stem-like cell"), so the node answers to both.

    >>> _with_singular_cells(["cytotoxic T cells", "CTLs", "CD8 T lymphocytes"])
    ('cytotoxic T cells', 'CTLs', 'CD8 T lymphocytes', 'cytotoxic T cell', 'CD8 T lymphocyte')
    """
    names = tuple(names)
    singular = tuple(n[:-1] for n in names if _PLURAL_CELLS.search(n))
    return names + tuple(s for s in singular if s not in names)


def term_variants(text: str, plural: bool = False) -> set[str]:
    """Spellings of a vocabulary term that print uses interchangeably: Greek letters written out
    (``TGF-β`` / ``TGF-beta``) and, for nouns, the plural.

    >>> sorted(term_variants("TGF-β"))
    ['TGF-beta', 'TGF-β']
    >>> sorted(term_variants("regulatory T cell", plural=True))
    ['regulatory T cell', 'regulatory T cells']
    >>> sorted(term_variants("myeloid-derived suppressor cell", plural=True))[1]
    'myeloid-derived suppressor cells'
    """
    out = {text}
    for letter, name in GREEK_NAMES.items():
        if letter in text:
            out |= {v.replace(letter, name) for v in out}
        elif name in text and re.search(rf"(?<![A-Za-z]){name}(?![a-z])", text):  # (the test first: cheap)
            out |= {re.sub(rf"(?<![A-Za-z]){name}(?![a-z])", letter, v) for v in out}
    if plural:
        for v in list(out):
            if len(v) >= 5 and not _PLURAL_SKIP.search(v):
                out.add(v[:-1] + "ies" if v.endswith("y") and v[-2:-1] not in "aeiou" else v + "s")
    return out


_PATHWAY_HEAD = re.compile(r"\s+(?:signal(?:l)?ing\s+pathway|signal(?:l)?ing|pathway)$")


def pathway_head_forms(names) -> set[str]:
    """The forms with the head "pathway" print gives a pathway written with another head: "Wnt signaling"
    is also the "Wnt pathway" and the "Wnt signaling pathway" (or "signalling pathway"). A bare "X signalling"
    is left to the vocabulary: it often names the activity of the gene X, not a pathway.

    >>> sorted(pathway_head_forms(["Wnt signaling"]))
    ['Wnt pathway', 'Wnt signaling pathway', 'Wnt signalling pathway']
    >>> pathway_head_forms(["PD-1/PD-L1 axis"])
    set()
    """
    out = set()
    for name in names:
        head = _PATHWAY_HEAD.search(name)
        if head is None or "(" in name:
            continue
        stem = name[:head.start()]
        out |= {f"{stem} {h}" for h in ("pathway", "signaling pathway", "signalling pathway")}
    return out - set(names)


@dataclass
class Term:
    """A surface form pointing at an entity; ``exact`` terms match case-sensitively."""

    text: str
    entity_id: str
    exact: bool


@dataclass
class Vocabulary:
    """Every entity the vocabularies name, the surface forms that point at them, and the background
    knowledge the reader consults (classes, targets, components, pathway members)."""

    entities: dict[str, Entity] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)
    hgnc: dict[str, str] = field(default_factory=dict)  # approved symbol -> HGNC id
    hgnc_aliases: dict[str, str] = field(default_factory=dict)  # alias/previous symbol -> approved symbol
    gene_ids: dict[str, str] = field(default_factory=dict)  # symbol or family name -> entity id
    stoplist: frozenset = frozenset()
    drug_classes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # drug id -> class ids
    drug_targets: dict[str, tuple[str, ...]] = field(default_factory=dict)  # drug/class id -> gene ids
    target_sources: dict[str, str] = field(default_factory=dict)  # drug id -> source of targets read from drug_targets.tsv
    given_for: dict[str, frozenset] = field(default_factory=dict)  # class id -> lower-cased alteration names it is given for
    regimen_components: dict[str, tuple[str, ...]] = field(default_factory=dict)
    drug_components: dict[str, tuple[str, ...]] = field(default_factory=dict)  # combination product id -> its drugs' ids
    # drug id -> ids of the drugs it is given to modulate (drugs.yaml `modulates`: leucovorin, fluorouracil)
    modulates: dict[str, tuple[str, ...]] = field(default_factory=dict)
    pathway_members: dict[str, tuple[str, ...]] = field(default_factory=dict)
    process_parts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # process id -> names of what it involves
    family_members: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the members a colorectal text means by the family's alteration ("RAS mutation": KRAS, NRAS), when not all
    family_altered: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # (s59 mechkinds) families that are classes of genes by kind (genes.yaml ``broad``: the 58 receptor tyrosine
    # kinases), whose members are of the class but not kin of each other through it
    broad_families: set[str] = field(default_factory=set)
    biomarker_specimen: dict[str, str] = field(default_factory=dict)
    # statuses whose tumours respond poorly to checkpoint inhibitors (biomarkers.yaml `immune_response: poor`)
    poor_immune_response: set[str] = field(default_factory=set)
    mechanism_rules: dict = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)  # lower-cased name/synonym -> id
    alias_terms: dict[str, str] = field(default_factory=dict)  # safe HGNC alias/previous symbol -> approved symbol
    molecule_prefixes: tuple[str, ...] = ()  # gene-product symbols read as Molecule (cytokines, ligands)
    molecule_exceptions: frozenset = frozenset()
    stem_classes: dict[str, str] = field(default_factory=dict)  # drug id -> class label its INN stem implies
    lexicon: dict = field(default_factory=dict)  # word lists from ontology/vocab/lexicon.yaml
    # lower-cased name -> id of a cancer other than colorectal (diseases.yaml `recognised: false`): not a mention the
    # recogniser reads, only the cancer a cited trial studied (builders.context.other_cancer_named)
    other_cancers: dict[str, str] = field(default_factory=dict)
    # class id -> (size of drug_classes when computed, gene ids of what is under it): see targets_under
    _targets_under: dict = field(default_factory=dict, repr=False, compare=False)

    def targets_under(self, cls: str) -> frozenset:
        """Gene ids the drugs and classes under the class ``cls`` (not ``cls`` itself) act on; computed once per
        class (again if the class table has grown since).

        >>> v = Vocabulary(drug_classes={"d": ("c1",), "c1": ("c2",)}, drug_targets={"d": ("g",), "c2": ("h",)})
        >>> sorted(v.targets_under("c2")), sorted(v.targets_under("d"))
        (['g'], [])
        """
        kept = self._targets_under.get(cls)
        if kept is None or kept[0] != len(self.drug_classes):
            genes = frozenset(g for x in self.drug_classes if x != cls and self.in_class(x, cls)
                              for g in self.drug_targets.get(x, ()))
            kept = self._targets_under[cls] = (len(self.drug_classes), genes)
        return kept[1]

    def in_class(self, eid: str, cls: str) -> bool:
        """Is ``eid`` the class ``cls``, or a drug or class under it (through the class parents)?

        >>> v = Vocabulary(drug_classes={"d": ("c1",), "c1": ("c2",)})
        >>> v.in_class("d", "c2"), v.in_class("c2", "d")
        (True, False)
        """
        return eid == cls or cls in self.class_ancestors(eid)

    def backbone_modulator(self, eid: str) -> bool:
        """Is ``eid`` a drug given only to modulate a chemotherapy drug (folinic acid, leucovorin, enhancing
        fluorouracil)? No chemotherapy itself, no member of its class; still a part of the cytotoxic backbone it is
        given in ("5-FU/LV", "fluorouracil and folinic acid", FOLFOX) wherever regimens, arms and alternatives are read.

        >>> v = Vocabulary(drug_classes={"f": ("crc:class_chemotherapy",), "l": ()}, modulates={"l": ("f",)})
        >>> v.backbone_modulator("l"), v.backbone_modulator("f"), v.in_class("l", "crc:class_chemotherapy")
        (True, False, False)
        """
        return any("crc:class_chemotherapy" in self.drug_classes.get(x, ()) for x in self.modulates.get(eid, ()))

    def backbone_drug(self, eid: str) -> bool:
        """Is ``eid`` a drug of a cytotoxic backbone: a chemotherapy drug (of the chemotherapy class itself) or a drug
        given only to modulate one (:meth:`backbone_modulator`)?

        >>> v = Vocabulary(drug_classes={"f": ("crc:class_chemotherapy",), "l": (), "c": ()}, modulates={"l": ("f",)})
        >>> v.backbone_drug("f"), v.backbone_drug("l"), v.backbone_drug("c")
        (True, True, False)
        """
        return "crc:class_chemotherapy" in self.drug_classes.get(eid, ()) or self.backbone_modulator(eid)

    def named_parts(self, name: str) -> tuple:
        """The ids of the parts of a combination named "A + B" (the form every regimen name is written in), by name;
        None for a part the vocabulary does not know.

        >>> v = Vocabulary(by_name={"a": "x", "b": "y"})
        >>> v.named_parts("A + B"), v.named_parts("A + C")
        (('x', 'y'), ('x', None))
        """
        return tuple(self.by_name.get(part.strip().lower()) for part in name.split(" + "))

    def class_ancestors(self, eid: str) -> frozenset:
        """Ids of every class ``eid`` (a drug or class) is under, through the class parents (not ``eid`` itself).

        >>> v = Vocabulary(drug_classes={"d": ("c1",), "c1": ("c2",)})
        >>> sorted(v.class_ancestors("d")), sorted(v.class_ancestors("c2"))
        (['c1', 'c2'], [])
        """
        seen, todo = set(), list(self.drug_classes.get(eid, ()))
        while todo:
            x = todo.pop()
            if x not in seen:
                seen.add(x)
                todo.extend(self.drug_classes.get(x, ()))
        return frozenset(seen)

    # -- registration -------------------------------------------------------
    def add(self, entity: Entity, terms: list[str] = (), exact: bool = False, plural: bool = False,
            fold_lower: bool = False) -> Entity:
        """Register an entity and its surface forms (with their Greek and, for nouns, plural variants); ``fold_lower``:
        forms all in lower case (:func:`_lower_case_name`) fold case and dashes though the others are ``exact``."""
        known = self.entities.get(entity.id)
        if known is None:
            self.entities[entity.id] = entity
            known = entity
        elif known.category == entity.category and (set(entity.synonyms) - set(known.synonyms) or
                                                     set(entity.xrefs) - set(known.xrefs)):
            known = self.entities[entity.id] = known.merged(entity)
        for text in sorted({entity.name, *entity.synonyms, *terms}):
            if text:
                for variant in sorted(term_variants(text, plural and not exact)):
                    # short upper-case symbols ("AMP", "EMT") match only as written: "amp" is not AMP
                    self.terms.append(Term(variant, entity.id, (exact and not (fold_lower and _lower_case_name(variant))) or
                                      _short_symbol(variant)))
                    self.by_name.setdefault(variant.lower(), entity.id)
        return known

    def family_gene_ids(self, family_id: str) -> set[str]:
        """The gene ids of a gene family's members (a new set; members the gene tables do not know are left out)."""
        return self._gene_ids_of(self.family_members.get(family_id, ()))

    def family_altered_gene_ids(self, family_id: str) -> set[str]:
        """The gene ids of the members a colorectal text means by an alteration of the family: the family's
        ``altered`` members where genes.yaml gives them ("RAS mutation" is a KRAS or NRAS mutation in colorectal
        testing; "PI3K mutation" one of PIK3CA), else all its members; none of a broad class ("RTK fusion" says
        which of 58 receptors is fused no more than "kinase fusion" does)."""
        if family_id in self.broad_families and not self.family_altered.get(family_id):
            return set()
        return self._gene_ids_of(self.family_altered.get(family_id) or self.family_members.get(family_id, ()))

    def _gene_ids_of(self, symbols) -> set[str]:
        """The gene ids of ``symbols`` the gene tables know (a new set): each by :meth:`gene_entity`, so a member no
        text has named yet counts as one that has (s59 mechkinds: a family's members never depend on the order
        documents are read in)."""
        return {entity.id for symbol in symbols for entity in [self.gene_entity(symbol)] if entity is not None}

    def gene_entity(self, symbol: str) -> Entity | None:
        """The Gene (or Molecule, for cytokines and ligands) entity of an approved symbol or family."""
        if symbol in self.gene_ids:
            return self.entities[self.gene_ids[symbol]]
        hgnc_id = self.hgnc.get(symbol)
        if hgnc_id is None:
            return None
        if symbol.startswith(self.molecule_prefixes) and symbol not in self.molecule_exceptions:
            entity = Entity(mint("molecule", symbol), "Molecule", symbol, xrefs=(hgnc_id,), attributes=(("gene", symbol),))
        else:
            entity = Entity(hgnc_id, "Gene", symbol, xrefs=(hgnc_id,))
        self.entities.setdefault(entity.id, entity)
        self.gene_ids[symbol] = entity.id
        return self.entities[entity.id]

    def class_for_targets(self, target_ids: tuple[str, ...]) -> str | None:
        """The vocabulary drug class acting on exactly these targets (the first declared), or None."""
        index = self.__dict__.get("_class_index")
        if index is None:
            index = {}
            for cid, targets in self.drug_targets.items():
                if cid.startswith("crc:class_") and targets:
                    index.setdefault(tuple(sorted(targets)), cid)
            self.__dict__["_class_index"] = index
        return index.get(tuple(sorted(target_ids)))

    def resolve(self, name: str) -> str | None:
        """Entity id for a name, synonym or id (case-insensitive), or None."""
        if name in self.entities:
            return name
        hit = self.by_name.get(name.lower())
        if hit:
            return hit
        upper = name.upper()
        for symbol in (name, upper, self.hgnc_aliases.get(name), self.hgnc_aliases.get(upper)):
            if symbol and (symbol in self.hgnc or symbol in self.gene_ids):
                entity = self.gene_entity(symbol)
                return entity.id if entity else None
        index = self.__dict__.get("_xref_index")
        if index is None or len(index[1]) != len(self.entities):
            table: dict[str, str] = {}
            for ent in self.entities.values():
                for x in ent.xrefs:
                    table.setdefault(x.upper(), ent.id)
            index = self.__dict__["_xref_index"] = (table, dict.fromkeys(self.entities))
        return index[0].get(name.upper())


def _read_yaml(path: Path):
    with open(path, encoding="utf-8") as handle:
        return kept_yaml(handle.read(), handle.name)


def _title_cased_acronym(name: str) -> str | None:
    """A numbered all-capitals trial acronym as news and regulatory summaries write it in title case
    ("KEYNOTE-177" -> "Keynote-177", "CHECKMATE-142" -> "Checkmate-142"), or None. Only a word of four or more
    letters joined to its number: the number keeps a title-cased ordinary word ("Bond", "Fire") from being the trial."""
    head, sep, tail = name.partition("-")
    if sep and len(head) >= 4 and head.isalpha() and head.isupper() and tail[:1].isdigit() and tail.isalnum():
        return head[0] + head[1:].lower() + "-" + tail
    return None


def _curie_or(xrefs: list[str], prefixes: tuple[str, ...], fallback: str) -> str:
    for x in xrefs:
        if x.split(":")[0] in prefixes:
            return x
    return fallback


def _read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of an optional tab-separated vocabulary file (none when the file is absent)."""
    if not path.is_file():
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (cell or "").split("|") if x.strip())


def _load_genes(vocab: Vocabulary, folder: Path) -> None:
    lexicon = _read_yaml(folder / "lexicon.yaml") or {}
    vocab.lexicon = dict(lexicon)
    vocab.lexicon["not_trials"] = frozenset(str(w).upper() for w in lexicon.get("not_trials") or ())
    vocab.lexicon["not_drugs"] = frozenset(str(w).lower() for w in lexicon.get("not_drugs") or ())
    vocab.molecule_prefixes = tuple(lexicon.get("molecule_symbol_prefixes") or ())
    vocab.molecule_exceptions = frozenset(lexicon.get("molecule_symbol_exceptions") or ())
    data = _read_yaml(folder / "genes.yaml")
    vocab.stoplist = frozenset(data.get("stoplist") or ())
    vocab.hgnc, vocab.hgnc_aliases, vocab.alias_terms = gene_tables(
        folder / "hgnc_genes.tsv", set(vocab.stoplist) | set(lexicon.get("alias_stoplist") or ()))
    for name, spec in (data.get("families") or {}).items():
        label = spec.get("name") or name  # the family's display name, when its key alone reads as a gene
        entity = Entity(mint("gene_family", name), "Gene", label, tuple(spec.get("synonyms") or ()),
                        attributes=(("family", True),))
        vocab.add(entity, exact=True, fold_lower=True)
        vocab.gene_ids[name] = entity.id
        vocab.gene_ids[label] = entity.id  # an alteration of the family names its gene by the display name
        vocab.family_members[entity.id] = tuple(spec.get("members") or ())
        if spec.get("altered"):
            vocab.family_altered[entity.id] = tuple(spec["altered"])
        if spec.get("broad"):
            vocab.broad_families.add(entity.id)
    for symbol, synonyms in (data.get("synonyms") or {}).items():
        entity = vocab.gene_entity(symbol)
        if entity is None:
            raise ValueError(f"genes.yaml: {symbol!r} is not an approved HGNC symbol")
        merged = Entity(entity.id, entity.category, entity.name, tuple(sorted(set(entity.synonyms) | set(synonyms))),
                        entity.xrefs, entity.attributes)
        vocab.entities[entity.id] = merged
        for text in synonyms:
            for variant in sorted(term_variants(text)):
                vocab.terms.append(Term(variant, entity.id, not _lower_case_name(variant)))
                vocab.by_name.setdefault(variant.lower(), entity.id)
    family_names = {n.lower() for name, spec in (data.get("families") or {}).items()
                    for n in (name, *(spec.get("synonyms") or ()))}
    for row in _read_tsv(folder / "gene_protein_names.tsv"):
        entity = vocab.gene_entity(row["symbol"])
        if entity is None:
            raise ValueError(f"gene_protein_names.tsv: {row['symbol']!r} is not an approved HGNC symbol")
        # a family's own name ("AKT", "Akt") is not one member's name: it stays with the family
        names = tuple(n for n in _split(row.get("synonyms")) if n.lower() not in family_names)
        vocab.entities[entity.id] = entity.merged(Entity(entity.id, entity.category, entity.name, names))
        for text in names:
            # long protein names ("thymidine phosphorylase") fold case; short symbols keep it
            exact = len(text) <= 6 or not any(c.islower() for c in text)
            for variant in sorted(term_variants(text)):
                vocab.terms.append(Term(variant, entity.id, exact))
                vocab.by_name.setdefault(variant.lower(), entity.id)


_ANTIBODY_NAME = re.compile(r"^anti-(?P<target>\S+) antibod(?:y|ies)$")


def antibody_forms(names) -> set[str]:
    """The usual written forms of an antibody class the vocabulary names "anti-X antibody": the
    monoclonal forms and plurals ("anti-PD-1 monoclonal antibody"). Short forms ("anti-PD-1 mAb") are
    left to the vocabulary: the shortest names of a class also name the combinations it is part of.

    >>> sorted(antibody_forms(["anti-CTLA-4 antibody", "CTLA-4 inhibitor"]))[:3]
    ['anti-CTLA-4 antibodies', 'anti-CTLA-4 antibody', 'anti-CTLA-4 monoclonal antibodies']
    """
    out = set()
    for name in names:
        match = _ANTIBODY_NAME.match(name)
        if match:
            anti = f"anti-{match.group('target')}"
            out |= {f"{anti} antibody", f"{anti} antibodies", f"{anti} monoclonal antibody",
                    f"{anti} monoclonal antibodies"}
    return out


def _lower_case_name(text: str) -> bool:
    """A gene's or family's long name written all in lower case, longer than a symbol ("extracellular
    signal-regulated kinase 1/2", "beta-catenin"): it folds case and dashes as long protein names do, so a
    capital opening a sentence or an en dash ("signal–regulated") still names it; any capital keeps a name
    exact ("HER family" is no "her family")."""
    return len(text) > 6 and not any(c.isupper() for c in text)


def _short_symbol(text: str) -> bool:
    """An upper-case symbol of at most five characters (digits and hyphens allowed): ``AMP``, ``IL-8``."""
    return len(text) <= 5 and text.upper() == text and any(c.isalpha() for c in text)


def _gene_id(vocab: Vocabulary, symbol: str) -> str:
    entity = vocab.gene_entity(symbol)
    if entity is None:
        raise ValueError(f"vocabulary names unknown gene {symbol!r}")
    return entity.id


def _drug_id(vocab: Vocabulary, name: str) -> str:
    """The id of the drug a vocabulary entry names as a component; an unknown name is an error of the file."""
    did = vocab.by_name.get(name.lower())
    if did is None or vocab.entities[did].category != "Drug":
        raise ValueError(f"vocabulary names unknown drug {name!r} as a component")
    return did


def _read_drug_targets(vocab: Vocabulary, folder: Path) -> None:
    """The primary molecular targets of named drugs (``drug_targets.tsv``: drug, HGNC symbols, source), for
    drugs whose curated entry gives none: a curated ``targets`` list always wins. An unknown drug name or a
    symbol HGNC does not approve is an error of the file."""
    for row in _read_tsv(folder / "drug_targets.tsv"):
        did = vocab.by_name.get(row["drug"].lower())
        if did is None or vocab.entities[did].category != "Drug":
            raise ValueError(f"drug_targets.tsv: {row['drug']!r} is not a drug of the vocabulary")
        symbols = _split(row.get("targets"))
        unknown = [s for s in symbols if s not in vocab.hgnc]
        if unknown:
            raise ValueError(f"drug_targets.tsv: {unknown!r} are not approved HGNC symbols")
        if not vocab.drug_targets.get(did):
            vocab.drug_targets[did] = tuple(_gene_id(vocab, s) for s in symbols)
            vocab.target_sources[did] = row.get("source") or ""


def build_vocabulary(folder: Path | None = None) -> Vocabulary:
    """Read every vocabulary file and return a :class:`Vocabulary`.

    The curated YAML files come first; the open tables (``*.tsv``, regenerated by the scripts in
    ``tools/``) add names the curated files do not have, never overriding them.
    """
    folder = folder or ontology_dir() / "vocab"
    vocab = Vocabulary()
    _load_genes(vocab, folder)

    for spec in _read_yaml(folder / "molecules.yaml"):
        xrefs = list(spec.get("xref") or ())
        attrs = ()
        if spec.get("gene"):
            xrefs.append(vocab.hgnc[spec["gene"]])
            attrs = (("gene", spec["gene"]),)
        if spec.get("kind"):
            attrs += (("molecule_kind", spec["kind"]),)
        mid = mint("molecule", spec.get("gene") or spec["name"])
        synonyms = tuple(spec.get("synonyms") or ())
        if spec.get("gene") and spec["gene"] not in synonyms:
            synonyms += (spec["gene"],)  # the approved HGNC symbol of the gene product ("GZMB" for granzyme B)
        vocab.add(Entity(mid, "Molecule", spec["name"], synonyms, tuple(xrefs), attrs), plural=True)
        if spec.get("gene"):
            vocab.gene_ids[spec["gene"]] = mid
    for row in _read_tsv(folder / "molecules_open.tsv"):
        gene = row.get("gene") or ""
        if gene and gene not in vocab.hgnc:
            raise ValueError(f"molecules_open.tsv: {gene!r} is not an approved HGNC symbol")
        mid = vocab.gene_ids.get(gene) if gene else None
        mid = mid or mint("molecule", gene or row["name"])
        xrefs = tuple(x for x in (row.get("id"), vocab.hgnc.get(gene)) if x)
        attrs = tuple(kv for kv in (("gene", gene), ("molecule_kind", row.get("kind"))) if kv[1])
        if mid in vocab.entities and vocab.entities[mid].category != "Molecule":
            continue
        vocab.add(Entity(mid, "Molecule", vocab.entities[mid].name if mid in vocab.entities else row["name"],
                         _split(row.get("synonyms")) + ((row["name"],) if mid in vocab.entities else ()), xrefs,
                         attrs if mid not in vocab.entities else ()), plural=True)
        if gene:
            vocab.gene_ids.setdefault(gene, mid)
    for spec in _read_yaml(folder / "drug_classes.yaml"):
        cid = mint("class", spec["name"])
        synonyms = tuple(spec.get("synonyms") or ())
        synonyms += tuple(sorted(antibody_forms((spec["name"], *synonyms)) - {spec["name"], *synonyms}))
        vocab.add(Entity(cid, "DrugClass", spec["name"], synonyms), plural=True)
        if spec.get("target"):
            targets = spec["target"] if isinstance(spec["target"], list) else [spec["target"]]
            vocab.drug_targets[cid] = tuple(_gene_id(vocab, t) for t in targets)
        if spec.get("parents"):
            vocab.drug_classes[cid] = tuple(mint("class", c) for c in spec["parents"])
        if spec.get("given_for"):
            vocab.given_for[cid] = frozenset(a.lower() for a in spec["given_for"])
    product_parts: dict[str, list[str]] = {}
    modulated: dict[str, list[str]] = {}
    for spec in _read_yaml(folder / "drugs.yaml"):
        xrefs = list(spec.get("xref") or ())
        did = _curie_or(xrefs, ("DRUGBANK", "CHEBI", "NCIT"), mint("drug", spec["name"]))
        vocab.add(Entity(did, "Drug", spec["name"], tuple(spec.get("synonyms") or ()), tuple(xrefs)))
        vocab.drug_classes[did] = tuple(mint("class", c) for c in spec.get("classes") or ())
        vocab.drug_targets[did] = tuple(_gene_id(vocab, g) for g in spec.get("targets") or ())
        if spec.get("components"):
            product_parts[did] = spec["components"]
        if spec.get("modulates"):
            modulated[did] = spec["modulates"]
    stems = _read_yaml(folder / "drug_stems.yaml") or {}
    stem_list = sorted(((s["suffix"], mint("class", s["class"])) for s in stems.get("stems") or ()),
                       key=lambda kv: -len(kv[0]))
    vocab.lexicon["drug_stems"] = stem_list
    for row in _read_tsv(folder / "drug_names.tsv"):
        name = row["name"]
        known = vocab.by_name.get(name.lower())
        if known and vocab.entities[known].category != "Drug":
            continue
        did = known or (f"DRUGBANK:{row['drugbank_id']}" if row.get("drugbank_id") else mint("drug", name))
        if did in vocab.entities and vocab.entities[did].category != "Drug":
            continue
        synonyms = tuple(x for x in _split(row.get("synonyms")) if x.lower() not in vocab.by_name
                         or vocab.by_name[x.lower()] == did)
        base = vocab.entities.get(did)
        vocab.add(Entity(did, "Drug", base.name if base else name, synonyms + ((name,) if base else ()),
                         (did,) if did.startswith("DRUGBANK:") else ()))
        vocab.drug_classes.setdefault(did, ())
        vocab.drug_targets.setdefault(did, ())
    _read_drug_targets(vocab, folder)
    for did, parts in product_parts.items():  # after drug_names.tsv: a part may be named only there
        vocab.drug_components[did] = tuple(_drug_id(vocab, part) for part in parts)
    for did, drugs in modulated.items():
        vocab.modulates[did] = tuple(_drug_id(vocab, d) for d in drugs)
    for did, entity in vocab.entities.items():
        if entity.category == "Drug":
            low = entity.name.lower()
            for suffix, cid in stem_list:
                if low.endswith(suffix) and cid in vocab.entities:
                    vocab.stem_classes[did] = cid
                    break
    for spec in _read_yaml(folder / "regimens.yaml"):
        rid = mint("regimen", spec["name"])
        vocab.add(Entity(rid, "Regimen", spec["name"], tuple(spec.get("synonyms") or ()),
                         attributes=(("named", True),)))
        vocab.regimen_components[rid] = tuple(vocab.resolve(c) for c in spec.get("components") or ())
    for spec in _read_yaml(folder / "pathways.yaml"):
        pid = mint("pathway", spec["name"])
        names = tuple(spec.get("synonyms") or ())
        heads = tuple(f for f in sorted(pathway_head_forms((spec["name"],) + names))  # none of the names
                      if vocab.by_name.get(f.lower(), pid) == pid)
        vocab.add(Entity(pid, "Pathway", spec["name"], names + heads))
        vocab.pathway_members[pid] = tuple(_gene_id(vocab, g) for g in spec.get("members") or ())
    effector, microbes = set(), set()
    lymphocyte_forms: dict[str, tuple[str, ...]] = {}
    for spec in _read_yaml(folder / "cell_types.yaml"):
        xrefs = list(spec.get("xref") or ())
        cid = _curie_or(xrefs, ("CL",), mint("cell", spec["name"]))
        line = spec.get("role") == "line"
        lymphocyte_forms[cid] = _lymphocyte_forms((spec["name"],) + tuple(spec.get("synonyms") or ()))
        vocab.add(Entity(cid, "CellType", spec["name"], _with_singular_cells(spec.get("synonyms") or ()), tuple(xrefs),
                         attributes=(("cell_line", True),) if line else ()), plural=True)
        if spec.get("role") == "microbe":
            microbes.add(cid)
        if spec.get("role") == "effector":
            effector.add(cid)
    for row in _read_tsv(folder / "cell_ontology.tsv"):
        cid = row["cl_id"]
        names = (row["name"],) + _split(row.get("synonyms")) + _helper_order(row["name"])
        free = tuple(n for n in names if n.lower() not in vocab.by_name or vocab.by_name[n.lower()] == cid)
        if not free:
            continue
        base = vocab.entities.get(cid)
        if base is not None and base.category != "CellType":
            continue
        vocab.add(Entity(cid, "CellType", base.name if base else row["name"], free, (cid,)), plural=True)
    for cid, forms in lymphocyte_forms.items():  # after cell_ontology.tsv: a name it gives another cell stays its
        free = tuple(n for n in forms if n.lower() not in vocab.by_name)
        if free:
            base = vocab.entities[cid]
            vocab.add(Entity(cid, "CellType", base.name, free, base.xrefs), plural=True)
    vocab.lexicon["effector_cells"] = frozenset(effector)
    vocab.lexicon["microbes"] = frozenset(microbes)  # bacteria (`role: microbe`), builders/entity_microbes.py
    for spec in _read_yaml(folder / "processes.yaml") or ():
        mid = mint("mech", spec["name"])
        vocab.add(Entity(mid, "ResistanceMechanism", spec["name"], tuple(spec.get("synonyms") or ()),
                         attributes=(("taxonomy_class", spec["class"]),) if spec.get("class") else ()))
        if spec.get("involves"):
            vocab.process_parts[mid] = tuple(spec["involves"])
    for spec in _read_yaml(folder / "biomarkers.yaml"):
        bid = mint("biomarker", spec["name"])
        attrs = (("biomarker_kind", spec["kind"]),) if spec.get("kind") else ()
        if spec.get("gene"):
            attrs += (("gene", spec["gene"]),)
        vocab.add(Entity(bid, "Biomarker", spec["name"], tuple(spec.get("synonyms") or ()), attributes=attrs),
                  exact=bool(spec.get("exact")))
        if spec.get("specimen"):
            vocab.biomarker_specimen[bid] = spec["specimen"]
        if spec.get("immune_response") == "poor":
            vocab.poor_immune_response.add(bid)
    for spec in _read_yaml(folder / "trials.yaml"):
        xrefs = list(spec.get("xref") or ())
        tid = _curie_or(xrefs, ("CLINICALTRIALS",), mint("trial", spec["name"]))
        names = (spec["name"], *(spec.get("synonyms") or ()))
        vocab.add(Entity(tid, "Trial", spec["name"], tuple(spec.get("synonyms") or ()), tuple(xrefs)), exact=True,
                  terms=[titled for n in names if (titled := _title_cased_acronym(n))])
    for spec in _read_yaml(folder / "diseases.yaml"):
        xrefs = list(spec.get("xref") or ())
        entity = Entity(_curie_or(xrefs, ("MONDO",), mint("disease", spec["name"])), "Disease", spec["name"],
                        tuple(spec.get("synonyms") or ()), tuple(xrefs))
        if spec.get("recognised", True):
            vocab.add(entity)
        else:  # another cancer: known by name for the trials that studied it, never read as a mention
            vocab.entities.setdefault(entity.id, entity)
            for name in (entity.name, *entity.synonyms):
                vocab.other_cancers.setdefault(name.lower(), entity.id)
    vocab.mechanism_rules = _read_yaml(folder / "mechanisms.yaml")
    return vocab


@lru_cache(maxsize=2)
def _cached(folder: str) -> Vocabulary:
    return build_vocabulary(Path(folder))


_HELPER = re.compile(r"^T-helper (\d+) cell$")


def _helper_order(name: str) -> tuple[str, ...]:
    """The other word order of a numbered helper T cell ("T-helper 1 cell": "type 1 T-helper cell").

    >>> _helper_order("T-helper 17 cell")
    ('type 17 T-helper cell', 'type 17 T helper cell', 'type 17 helper T cell')
    >>> _helper_order("stem cell")
    ()
    """
    m = _HELPER.match(name)
    if m is None:
        return ()
    n = m.group(1)
    return (f"type {n} T-helper cell", f"type {n} T helper cell", f"type {n} helper T cell")


_T_CELL = re.compile(r"\bT([ -])cells?\b")


def _lymphocyte_forms(names: tuple[str, ...]) -> tuple[str, ...]:
    """The same T cells named as lymphocytes (a T cell is a T lymphocyte, the Cell Ontology's own synonym of
    CL:0000084): "CD8+ cytotoxic T cell" is also "CD8+ cytotoxic T lymphocyte".

    >>> _lymphocyte_forms(("CD8+ cytotoxic T cell", "CTLs", "regulatory T-cells"))
    ('CD8+ cytotoxic T lymphocyte', 'regulatory T-lymphocytes')
    """
    out = []
    for name in names:
        if _T_CELL.search(name):
            out.append(_T_CELL.sub(lambda m: f"T{m.group(1)}lymphocyte" + ("s" if m.group(0).endswith("s") else ""),
                                   name))
    return tuple(dict.fromkeys(out))


def load_vocabulary(folder: Path | None = None) -> Vocabulary:
    """Load (once per process) the vocabulary; the packaged one when no folder is given."""
    return _cached(str(folder)) if folder else _packaged()


@lru_cache(maxsize=1)
def _packaged() -> Vocabulary:
    return _cached(str(ontology_dir() / "vocab"))
