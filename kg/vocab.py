"""Vocabularies from ``ontology/vocab/``: names, synonyms, identifiers and what entities are.

The :class:`Vocabulary` turns vocabulary entries into :class:`~kg.model.Entity`
records with stable identifiers (standard CURIEs where the vocabulary has
them, else ``crc:`` slugs) and answers the questions the builders ask: which
class a drug belongs to, what a class targets, what a regimen contains.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from kg.ids import slug
from kg.model import Entity
from kg.resources import ontology_dir

# Gene-product symbols recognised as Molecule (cytokines, ligands) rather than Gene.
MOLECULE_SYMBOL_PREFIXES = ("IL", "CCL", "CXCL", "IFN", "TGFB", "VEGF", "FGF", "ANGPT", "CSF", "IGF")
MOLECULE_SYMBOL_EXCEPTIONS = {"IGF1R", "IGF2R", "CSF1R", "FGFR1", "FGFR2", "FGFR3", "FGFR4", "IL2RA", "CXCR2"}


@dataclass
class Term:
    """A surface form pointing at an entity; ``exact`` terms match case-sensitively."""

    text: str
    entity_id: str
    exact: bool


@dataclass
class Vocabulary:
    entities: dict[str, Entity] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)
    hgnc: dict[str, str] = field(default_factory=dict)  # approved symbol -> HGNC id
    hgnc_aliases: dict[str, str] = field(default_factory=dict)  # alias/previous symbol -> approved symbol
    gene_ids: dict[str, str] = field(default_factory=dict)  # symbol or family name -> entity id
    stoplist: frozenset = frozenset()
    drug_classes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # drug id -> class ids
    drug_targets: dict[str, tuple[str, ...]] = field(default_factory=dict)  # drug/class id -> gene ids
    regimen_components: dict[str, tuple[str, ...]] = field(default_factory=dict)
    pathway_members: dict[str, tuple[str, ...]] = field(default_factory=dict)
    family_members: dict[str, tuple[str, ...]] = field(default_factory=dict)
    biomarker_specimen: dict[str, str] = field(default_factory=dict)
    mechanism_rules: dict = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)  # lower-cased name/synonym -> id

    # -- registration -------------------------------------------------------
    def add(self, entity: Entity, terms: list[str] = (), exact: bool = False) -> Entity:
        known = self.entities.get(entity.id)
        if known is None:
            self.entities[entity.id] = entity
            known = entity
        for text in {entity.name, *entity.synonyms, *terms}:
            if text:
                self.terms.append(Term(text, entity.id, exact))
                self.by_name.setdefault(text.lower(), entity.id)
        return known

    def gene_entity(self, symbol: str) -> Entity | None:
        """The Gene (or Molecule, for cytokines and ligands) entity of an approved symbol or family."""
        if symbol in self.gene_ids:
            return self.entities[self.gene_ids[symbol]]
        hgnc_id = self.hgnc.get(symbol)
        if hgnc_id is None:
            return None
        if symbol.startswith(MOLECULE_SYMBOL_PREFIXES) and symbol not in MOLECULE_SYMBOL_EXCEPTIONS:
            entity = Entity("crc:molecule_" + slug(symbol), "Molecule", symbol, xrefs=(hgnc_id,), attributes=(("gene", symbol),))
        else:
            entity = Entity(hgnc_id, "Gene", symbol, xrefs=(hgnc_id,))
        self.entities.setdefault(entity.id, entity)
        self.gene_ids[symbol] = entity.id
        return self.entities[entity.id]

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
        for ent in self.entities.values():
            if name.upper() in (x.upper() for x in ent.xrefs):
                return ent.id
        return None


def _read_yaml(path: Path):
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _curie_or(xrefs: list[str], prefixes: tuple[str, ...], fallback: str) -> str:
    for x in xrefs:
        if x.split(":")[0] in prefixes:
            return x
    return fallback


def _load_genes(vocab: Vocabulary, folder: Path) -> None:
    with open(folder / "hgnc_genes.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            vocab.hgnc[row["symbol"]] = row["hgnc_id"]
            for alias in filter(None, (row["previous_symbols"] + "|" + row["alias_symbols"]).split("|")):
                vocab.hgnc_aliases.setdefault(alias, row["symbol"])
                vocab.hgnc_aliases.setdefault(alias.upper(), row["symbol"])
    data = _read_yaml(folder / "genes.yaml")
    vocab.stoplist = frozenset(data.get("stoplist") or ())
    for name, spec in (data.get("families") or {}).items():
        entity = Entity("crc:gene_family_" + slug(name), "Gene", name, tuple(spec.get("synonyms") or ()),
                        attributes=(("family", True),))
        vocab.add(entity, exact=True)
        vocab.gene_ids[name] = entity.id
        vocab.family_members[entity.id] = tuple(spec.get("members") or ())
    for symbol, synonyms in (data.get("synonyms") or {}).items():
        entity = vocab.gene_entity(symbol)
        if entity is None:
            raise ValueError(f"genes.yaml: {symbol!r} is not an approved HGNC symbol")
        merged = Entity(entity.id, entity.category, entity.name, tuple(sorted(set(entity.synonyms) | set(synonyms))),
                        entity.xrefs, entity.attributes)
        vocab.entities[entity.id] = merged
        for text in synonyms:
            vocab.terms.append(Term(text, entity.id, True))
            vocab.by_name.setdefault(text.lower(), entity.id)


def _gene_id(vocab: Vocabulary, symbol: str) -> str:
    entity = vocab.gene_entity(symbol)
    if entity is None:
        raise ValueError(f"vocabulary names unknown gene {symbol!r}")
    return entity.id


def build_vocabulary(folder: Path | None = None) -> Vocabulary:
    """Read every vocabulary file and return a :class:`Vocabulary`."""
    folder = folder or ontology_dir() / "vocab"
    vocab = Vocabulary()
    _load_genes(vocab, folder)

    for spec in _read_yaml(folder / "molecules.yaml"):
        xrefs = list(spec.get("xref") or ())
        attrs = ()
        if spec.get("gene"):
            xrefs.append(vocab.hgnc[spec["gene"]])
            attrs = (("gene", spec["gene"]),)
        mid = "crc:molecule_" + slug(spec.get("gene") or spec["name"])
        vocab.add(Entity(mid, "Molecule", spec["name"], tuple(spec.get("synonyms") or ()), tuple(xrefs), attrs))
        if spec.get("gene"):
            vocab.gene_ids[spec["gene"]] = mid
    for spec in _read_yaml(folder / "drug_classes.yaml"):
        cid = "crc:class_" + slug(spec["name"])
        vocab.add(Entity(cid, "DrugClass", spec["name"], tuple(spec.get("synonyms") or ())))
        if spec.get("target"):
            vocab.drug_targets[cid] = (_gene_id(vocab, spec["target"]),)
    for spec in _read_yaml(folder / "drugs.yaml"):
        xrefs = list(spec.get("xref") or ())
        did = _curie_or(xrefs, ("DRUGBANK", "CHEBI", "NCIT"), "crc:drug_" + slug(spec["name"]))
        vocab.add(Entity(did, "Drug", spec["name"], tuple(spec.get("synonyms") or ()), tuple(xrefs)))
        vocab.drug_classes[did] = tuple("crc:class_" + slug(c) for c in spec.get("classes") or ())
        vocab.drug_targets[did] = tuple(_gene_id(vocab, g) for g in spec.get("targets") or ())
    for spec in _read_yaml(folder / "regimens.yaml"):
        rid = "crc:regimen_" + slug(spec["name"])
        vocab.add(Entity(rid, "Regimen", spec["name"], tuple(spec.get("synonyms") or ()),
                         attributes=(("named", True),)))
        vocab.regimen_components[rid] = tuple(vocab.resolve(c) for c in spec.get("components") or ())
    for spec in _read_yaml(folder / "pathways.yaml"):
        pid = "crc:pathway_" + slug(spec["name"])
        vocab.add(Entity(pid, "Pathway", spec["name"], tuple(spec.get("synonyms") or ())))
        vocab.pathway_members[pid] = tuple(_gene_id(vocab, g) for g in spec.get("members") or ())
    for spec in _read_yaml(folder / "cell_types.yaml"):
        xrefs = list(spec.get("xref") or ())
        vocab.add(Entity(_curie_or(xrefs, ("CL",), "crc:cell_" + slug(spec["name"])), "CellType", spec["name"],
                         tuple(spec.get("synonyms") or ()), tuple(xrefs)))
    for spec in _read_yaml(folder / "biomarkers.yaml"):
        bid = "crc:biomarker_" + slug(spec["name"])
        vocab.add(Entity(bid, "Biomarker", spec["name"], tuple(spec.get("synonyms") or ())))
        if spec.get("specimen"):
            vocab.biomarker_specimen[bid] = spec["specimen"]
    for spec in _read_yaml(folder / "trials.yaml"):
        xrefs = list(spec.get("xref") or ())
        tid = _curie_or(xrefs, ("CLINICALTRIALS",), "crc:trial_" + slug(spec["name"]))
        vocab.add(Entity(tid, "Trial", spec["name"], tuple(spec.get("synonyms") or ()), tuple(xrefs)), exact=True)
    for spec in _read_yaml(folder / "diseases.yaml"):
        xrefs = list(spec.get("xref") or ())
        vocab.add(Entity(_curie_or(xrefs, ("MONDO",), "crc:disease_" + slug(spec["name"])), "Disease", spec["name"],
                         tuple(spec.get("synonyms") or ()), tuple(xrefs)))
    vocab.mechanism_rules = _read_yaml(folder / "mechanisms.yaml")
    return vocab


@lru_cache(maxsize=2)
def _cached(folder: str) -> Vocabulary:
    return build_vocabulary(Path(folder))


def load_vocabulary(folder: Path | None = None) -> Vocabulary:
    """Load (once per process) the vocabulary; the packaged one when no folder is given."""
    return _cached(str(folder)) if folder else _packaged()


@lru_cache(maxsize=1)
def _packaged() -> Vocabulary:
    return _cached(str(ontology_dir() / "vocab"))
