"""The background knowledge layer: what the vocabularies record about the drugs, classes and genes
the literature put in the graph, added as edges whose evidence is the vocabulary (method ``vocabulary``).

Which facts, and for which nodes (nothing else of the vocabularies enters the graph):

* a Drug node's targets (``targets``), classes (``member_of``) and, for a combination product, its drugs
  (``has_component``: TAS-102 contains trifluridine and tipiracil), from ``ontology/vocab/drugs.yaml``; the
  targets of a drug that file gives none from ``ontology/vocab/drug_targets.tsv``, with that row's source; the
  class the INN stem of a drug that file gives no class implies, from ``ontology/vocab/drug_stems.yaml``
  (selumetinib, "-metinib": a MEK inhibitor);
* a DrugClass node's target (``targets``) and broader classes (``member_of``), from
  ``ontology/vocab/drug_classes.yaml``;
* a Gene node's pathways (``participates_in``), from ``ontology/vocab/pathways.yaml``.

The other end of such a fact (a target gene, a class, a pathway) is added as a node when the
literature did not name it, but nothing is followed from there: the layer is one hop deep around
what the documents mention.

A background fact is stated by no sentence, so its evidence has no offsets: it names the
vocabulary file, the entry's field, the fact in words (with the entry's identifiers) and
:data:`SOURCE`, what the vocabulary says of where its facts come from. When the literature states
the same edge, the edge keeps both: its sentences, and the vocabulary after them.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kg.graph import KnowledgeGraph
from kg.model import VOCABULARY, Assertion, Entity, Evidence
from kg.vocab import Vocabulary, load_vocabulary

STUDY_KIND = "background_knowledge"  # the schema's study kind for background knowledge (no evidence level)
OPEN_TARGETS = "ontology/vocab/drug_targets.tsv"  # primary targets of drugs drugs.yaml gives none, with their source
DRUGS, CLASSES, PATHWAYS = "ontology/vocab/drugs.yaml", "ontology/vocab/drug_classes.yaml", "ontology/vocab/pathways.yaml"
STEMS = "ontology/vocab/drug_stems.yaml"  # the class a drug's INN stem implies, for a drug drugs.yaml gives no class
STEM_SOURCE = 'WHO, "The use of stems in the selection of International Nonproprietary Names (INN)"'
# What the vocabularies say of their source (ontology/vocab/SOURCES.md: the *.yaml files are curated by
# the project maintainers). No entry of these three files names an external source for its targets,
# classes or pathway members, so none is claimed: an entry's DrugBank or HGNC id identifies the drug or
# gene, not the source of the fact.
SOURCE = "project curation; the entry names no external source"


@dataclass
class BackgroundSummary:
    """What :func:`add_background` added: edges per predicate and per vocabulary file, nodes added,
    and facts the schema does not allow (by predicate)."""

    edges: Counter = field(default_factory=Counter)  # predicate -> facts added
    files: Counter = field(default_factory=Counter)  # vocabulary file -> facts added
    nodes_added: int = 0
    also_in_literature: int = 0  # facts whose edge a sentence already states
    not_allowed: Counter = field(default_factory=Counter)

    def to_dict(self) -> dict:
        return {"facts": sum(self.edges.values()), "by_predicate": dict(sorted(self.edges.items())),
                "by_vocabulary": dict(sorted(self.files.items())), "nodes_added": self.nodes_added,
                "also_stated_in_literature": self.also_in_literature, "source": SOURCE,
                "not_allowed_by_schema": dict(sorted(self.not_allowed.items()))}


def _named(entity: Entity) -> str:
    """A name with the entity's external identifiers: ``trastuzumab deruxtecan (DRUGBANK:DB14962)``."""
    ids = [x for x in entity.xrefs if not x.startswith("crc:")]
    return f"{entity.name} ({', '.join(ids)})" if ids else entity.name


def background_facts(kg: KnowledgeGraph, vocab: Vocabulary | None = None) -> list[tuple[str, str, str, Evidence]]:
    """The (subject, predicate, object, evidence) facts the vocabulary records about the graph's nodes, sorted.

    Examples
    --------
    >>> from kg.model import Entity
    >>> kg = KnowledgeGraph()
    >>> kg.add_entity(Entity("DRUGBANK:DB14962", "Drug", "trastuzumab deruxtecan"))
    >>> [(p, o, ev.section) for s, p, o, ev in background_facts(kg)]
    [('member_of', 'crc:class_anti_her2_therapy', 'classes'), ('member_of', 'crc:class_antibody_drug_conjugate', 'classes'), ('targets', 'HGNC:3430', 'targets')]
    >>> background_facts(kg)[-1][3].sentence
    'trastuzumab deruxtecan (DRUGBANK:DB14962) targets ERBB2 (HGNC:3430)'
    """
    vocab = vocab or load_vocabulary()
    facts = []

    def fact(subject: Entity, predicate: str, object_id: str, document: str, section: str, words: str,
             source: str = SOURCE) -> None:
        obj = vocab.entities.get(object_id)
        if obj is None:
            return
        sentence = f"{_named(subject)} {words} {_named(obj)}"
        facts.append((subject.id, predicate, object_id,
                      Evidence(document, 0, 0, sentence, section, VOCABULARY, STUDY_KIND, source=source)))

    members: dict[str, list[str]] = {}
    for pathway, genes in vocab.pathway_members.items():
        for gene in genes:
            members.setdefault(gene, []).append(pathway)
    for node in kg.nodes():
        known = vocab.entities.get(node.id)
        if known is None or known.category != node.category:
            continue
        if node.category == "Drug":
            opened = vocab.target_sources.get(node.id)  # the open table's source, when the targets come from it
            where, source = (DRUGS, SOURCE) if opened is None else (OPEN_TARGETS, opened)
            for target in vocab.drug_targets.get(node.id, ()):
                fact(node, "targets", target, where, "targets", "targets", source)
            for cls in vocab.drug_classes.get(node.id, ()):
                fact(node, "member_of", cls, DRUGS, "classes", "is a member of the class")
            stem = vocab.stem_classes.get(node.id)
            if stem and not vocab.drug_classes.get(node.id):
                fact(node, "member_of", stem, STEMS, "stems", "is, by its INN stem, a member of the class", STEM_SOURCE)
            for part in vocab.drug_components.get(node.id, ()):
                fact(node, "has_component", part, DRUGS, "components", "contains")
        elif node.category == "DrugClass":
            for target in vocab.drug_targets.get(node.id, ()):
                fact(node, "targets", target, CLASSES, "target", "targets")
            for parent in vocab.drug_classes.get(node.id, ()):
                fact(node, "member_of", parent, CLASSES, "parents", "is a member of the broader class")
        elif node.category == "Gene":
            for pathway in members.get(node.id, ()):
                fact(node, "participates_in", pathway, PATHWAYS, "members", "takes part in")
    return sorted(facts, key=lambda f: (f[0], f[1], f[2]))


def add_background(kg: KnowledgeGraph, vocab: Vocabulary | None = None) -> BackgroundSummary:
    """Add the background knowledge layer to ``kg`` (see the module's docstring); return what was added.

    Only nodes already in the graph get facts; a fact whose edge the literature states adds its
    vocabulary evidence to that edge (after the sentences), never replacing them.

    Examples
    --------
    >>> from kg.model import Entity
    >>> kg = KnowledgeGraph()
    >>> kg.add_entity(Entity("DRUGBANK:DB14962", "Drug", "trastuzumab deruxtecan"))
    >>> summary = add_background(kg)
    >>> summary.edges["targets"], summary.nodes_added
    (1, 3)
    >>> [(a.predicate, kg.entity(a.object).name, a.evidence[0].method) for a in kg.edges("DRUGBANK:DB14962", "out", "targets")]
    [('targets', 'ERBB2', 'vocabulary')]
    """
    vocab = vocab or load_vocabulary()
    summary = BackgroundSummary()
    for subject, predicate, obj, ev in background_facts(kg, vocab):
        if not kg.has_node(obj):
            entity = vocab.entities[obj]
            if not kg.schema.allows(kg.entity(subject).category, predicate, entity.category):
                summary.not_allowed[predicate] += 1
                continue
            kg.add_entity(entity)
            summary.nodes_added += 1
        if not kg.schema.allows(kg.entity(subject).category, predicate, kg.entity(obj).category):
            summary.not_allowed[predicate] += 1
            continue
        stated = any(a.object == obj and a.qualifiers == () and any(e.literature for e in a.evidence)
                     for a in kg.edges(subject, "out", predicate))
        kg.add_assertion(Assertion(subject, predicate, obj, (), [ev]))
        summary.edges[predicate] += 1
        summary.files[ev.document] += 1
        summary.also_in_literature += stated
    return summary
