"""The records query answers are made of: hops with their evidence, trial arms with their outcomes.

Every record is a frozen dataclass with ``to_dict()`` (plain JSON types, stable key
order) so answers can be printed as tables, dumped as JSON or compared in tests.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields

from kg.conflicts import Conflict  # noqa: F401 - answers of kg.query.conflicts; detected in the core
from kg.ids import publication_link
from kg.model import Evidence, Outcome

DISCLAIMER = ("This summarises published literature read by a machine. It is not clinical advice: check every "
              "statement against its source and current guidelines.")


def as_plain(value):
    """JSON-ready form of a field: records and evidence by their ``to_dict()``, tuples as lists, recursively."""
    if isinstance(value, Evidence):
        return evidence_dict(value)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (tuple, list)):
        return [as_plain(v) for v in value]
    return value


def evidence_dict(ev) -> dict:
    """An evidence as JSON: its record, plus ``links`` to PubMed, PMC and doi.org for its publications.

    >>> from kg.model import Evidence
    >>> evidence_dict(Evidence("PMID:1", 0, 4, "MET.", "", "rule", publications=("PMID:1",)))["links"]
    ['https://pubmed.ncbi.nlm.nih.gov/1/']
    """
    out = ev.to_dict()
    links = [link for link in map(publication_link, ev.publications) if link]
    if links:
        out["links"] = links
    return out


class _Record:
    """``to_dict()`` from the dataclass fields, in declaration order, plus the derived properties in ``_DERIVED``."""

    _DERIVED: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        out = {f.name: as_plain(getattr(self, f.name)) for f in fields(self)}
        out.update((name, as_plain(getattr(self, name))) for name in self._DERIVED)
        return out


@dataclass(frozen=True)
class Hop:
    """One step of an answer: an edge with its evidence, or an inference the ontology makes.

    ``evidence`` holds the sentences that state the edge (literature first), then the vocabulary
    entries that record it (background knowledge, method ``vocabulary``). An inferred hop (class
    membership from the vocabulary, a variant belonging to a broader alteration) has no sentence;
    it says why in ``inferred``.

    ``layer`` says where the hop comes from: ``literature`` when a sentence of a document states
    it, else ``background`` (only the vocabularies record it, or the query inferred it).

    >>> from kg.model import Evidence
    >>> vocab = Evidence("ontology/vocab/drugs.yaml", 0, 0, "T-DXd targets ERBB2", "targets", "vocabulary")
    >>> h = Hop("DRUGBANK:DB14962", "trastuzumab deruxtecan", "targets", "HGNC:3430", "ERBB2", (vocab,))
    >>> h.layer, h.documents, str(h)
    ('background', (), 'trastuzumab deruxtecan -targets-> ERBB2  [background: ontology/vocab/drugs.yaml]')
    """

    subject: str
    subject_name: str
    predicate: str
    object: str
    object_name: str
    evidence: tuple[Evidence, ...] = ()
    qualifiers: tuple[tuple[str, str], ...] = ()
    inferred: str | None = None

    @property
    def documents(self) -> tuple[str, ...]:
        """The documents whose sentences state the hop (background knowledge is not a document)."""
        return tuple(sorted({e.document for e in self.evidence if e.literature}))

    @property
    def layer(self) -> str:
        """``literature`` when a sentence states the hop, else ``background``."""
        return "literature" if any(e.literature for e in self.evidence) else "background"

    @property
    def background(self) -> bool:
        """True when no sentence states the hop (background knowledge or an inference)."""
        return self.layer == "background"

    @property
    def negative(self) -> bool:
        """True when the edge's evidence reports that it did not hold (``direction: does_not_support``)."""
        return ("direction", "does_not_support") in self.qualifiers

    def to_dict(self) -> dict:
        out = {"subject": self.subject, "subject_name": self.subject_name, "predicate": self.predicate,
               "object": self.object, "object_name": self.object_name, "layer": self.layer}
        if self.qualifiers:
            out["qualifiers"] = dict(self.qualifiers)
        if self.inferred:
            out["inferred"] = self.inferred
        out["evidence"] = [evidence_dict(e) for e in self.evidence]
        return out

    def __str__(self) -> str:
        sentences = sum(1 for e in self.evidence if e.literature)
        if self.inferred:
            tail = f"  [inferred: {self.inferred}]"
        elif sentences:
            tail = f"  [{sentences} sentence(s)]"
        else:
            tail = f"  [background: {', '.join(sorted({e.document for e in self.evidence}))}]"
        return f"{self.subject_name} -{self.predicate}-> {self.object_name}{tail}"


# how a value's unit is written after it in a summary ("6.9 mo", "10.9 wk")
_UNIT_SHOWN = {"%": "%", "months": " mo", "weeks": " wk", "days": " d"}


def range_text(low: float | None, high: float | None) -> str:
    """A range over several studies as shown: ``2.6–33`` (one end alone when only one was read).

    >>> range_text(2.6, 33.0), range_text(None, 30.0)
    ('2.6–33', '30')
    """
    return "–".join(f"{v:g}" for v in (low, high) if v is not None)


@dataclass(frozen=True)
class ArmOutcomes(_Record):
    """One trial arm: its trial (phase, line), its regimen, its outcomes and the hops that tie them."""

    trial: str
    trial_name: str
    phase: str | None
    line: str | None
    arm: str
    arm_name: str
    regimen: str
    regimen_name: str
    outcomes: tuple[Outcome, ...] = ()
    hops: tuple[Hop, ...] = ()
    status: str | None = None  # "ongoing": a sentence says the trial is still running and gives no values
    matched: tuple[Hop, ...] = ()  # how the arm answers a --target filter (its drug -targets-> the gene), by layer
    # the cancer the trial studied when it is not colorectal ("breast cancer": a cited trial of another cancer, its
    # `studied_in` edge); None for a colorectal trial or one whose cancer no sentence names
    cancer: str | None = None

    def values(self, metric: str, subgroup: str | None = None) -> list[float]:
        """Distinct values reported for a metric (several when sources disagree); the ends of a range over several
        studies are in :meth:`ranges`."""
        return sorted({o.value for o in self.outcomes if o.metric == metric and o.subgroup == subgroup and not o.bound})

    def ranges(self, metric: str) -> list[tuple[float | None, float | None]]:
        """(lower, upper) of each range a review gives for a metric over several studies, one per sentence."""
        return sorted({ends for _, ends in self._range_ends(metric)}, key=lambda r: tuple(v or 0.0 for v in r))

    def _range_ends(self, metric: str) -> list[tuple[str, tuple[float | None, float | None]]]:
        """(unit, (lower, upper)) of each range over several studies given for ``metric`` (overall population), one
        per sentence: the two ends, each an outcome with its ``bound``, read from the one sentence."""
        ends: dict[tuple, dict[str, float]] = {}
        for o in self.outcomes:
            if o.metric == metric and o.subgroup is None and o.bound:
                ends.setdefault((o.unit, o.evidence.key()), {})[o.bound] = o.value
        return [(unit, (e.get("lower"), e.get("upper"))) for (unit, _), e in ends.items()]

    @property
    def documents(self) -> tuple[str, ...]:
        docs = {o.evidence.document for o in self.outcomes}
        for h in self.hops:
            docs.update(h.documents)
        return tuple(sorted(docs))

    def summary(self) -> str:
        """``ORR 34%; mPFS 6.9 mo`` (overall population only; several values joined by ``/``, each run of values
        followed by its unit)."""
        parts = []
        for metric in ("ORR", "DCR", "mPFS", "mOS", "mDoR", "HR_PFS", "HR_OS"):
            by_unit: dict[str, set[tuple[float, str]]] = {}
            for o in self.outcomes:
                if o.metric == metric and o.subgroup is None and not o.bound:
                    by_unit.setdefault(o.unit, set()).add((o.value, f"{o.value:g}"))
            for unit, (low, high) in self._range_ends(metric):
                by_unit.setdefault(unit, set()).add((low if low is not None else high or 0.0, range_text(low, high)))
            # "mPFS 6.9/7.2 mo"; values in several units, one run a unit in the order of the units' names
            # ("mPFS 52 d/2.3 mo/10.9 wk"); a range over several studies as "ORR 2.6–33%"
            if by_unit:
                parts.append(f"{metric} " + "/".join("/".join(t for _, t in sorted(vals)) + _UNIT_SHOWN.get(unit, "")
                                                     for unit, vals in sorted(by_unit.items())))
        return "; ".join(parts)



class _ViaClass:
    """For answers with a ``via`` field: whether the statement was made about a class of the asked therapy."""

    via: str

    @property
    def inherited(self) -> bool:
        """True when the statement was recorded against a class of the asked therapy, not the therapy itself."""
        return self.via.startswith("inherited")


@dataclass(frozen=True)
class RescuePath(_ViaClass, _Record):
    """therapy <- resistance cause [~ related alteration] <- rescue regimen <- trial arms with outcomes."""

    _DERIVED = ("inherited", "inferred")

    therapy: str
    therapy_name: str
    cause: str
    cause_name: str
    target: str
    target_name: str
    regimen: str
    regimen_name: str
    hops: tuple[Hop, ...]
    arms: tuple[ArmOutcomes, ...]
    strength: str
    rank: int
    documents: tuple[str, ...]
    via: str = "direct"
    match: str | None = None  # why this path answers a mechanism/biomarker filter it does not name exactly
    negative: bool = False  # a hop's evidence reports the rescue did not work: a negative result, never support

    @property
    def inferred(self) -> bool:
        """True when a hop comes from the vocabulary (background knowledge) or an alteration hierarchy
        rather than a sentence."""
        return any(h.background for h in self.hops)



@dataclass(frozen=True)
class Mechanism(_ViaClass, _Record):
    """A cause of resistance to a therapy, with the hops that state it and the assays that detect it.

    ``kinds`` are the stated ``subclass_of`` hops that join the cause, as a mechanism, to another a document
    names as a kind of it or as what it is a kind of ("MDSC expansion" of "MDSC-mediated resistance")."""

    _DERIVED = ("inherited", "documents")

    cause: str
    cause_name: str
    category: str
    mechanism_class: str
    mechanism_label: str
    resistance_types: tuple[str, ...]
    hops: tuple[Hop, ...]
    biomarkers: tuple[Hop, ...] = ()
    via: str = "direct"
    kinds: tuple[Hop, ...] = ()

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({d for h in self.hops for d in h.documents}))



@dataclass(frozen=True)
class Candidate(_Record):
    """A regimen a patient profile points to (or argues against), with the chains of evidence why.

    A class lists in ``members`` the member drugs its chains apply to (each by its ``member_of``
    hop) instead of repeating every chain once per drug.
    """

    _DERIVED = ("documents",)

    therapy: str
    therapy_name: str
    reasons: tuple[tuple[Hop, ...], ...]
    arms: tuple[ArmOutcomes, ...] = ()
    strength: str = "review statement"
    rank: int = 99
    after: tuple[str, ...] = ()  # prior therapies whose rescue chains (resistance to them) point here
    negative: bool = False  # every chain rests on a result that did not hold (direction: does_not_support)
    members: tuple[Hop, ...] = ()  # member drugs the class's chains also apply to, by their membership hops

    @property
    def documents(self) -> tuple[str, ...]:
        docs = {d for chain in self.reasons for h in chain for d in h.documents}
        docs.update(d for h in self.members for d in h.documents)
        for a in self.arms:
            docs.update(a.documents)
        return tuple(sorted(docs))


@dataclass(frozen=True)
class PriorTherapy(_Record):
    """A therapy already given: what counts as received with it, what the texts say makes it fail, what rescues it."""

    _DERIVED = ("documents",)

    name: str
    therapies: tuple[str, ...]  # the node it names, or the components of a combination the graph has no node for
    received: tuple[str, ...]  # names: itself, its components and their classes
    resistance: tuple[tuple[Hop, ...], ...] = ()  # chains ending in "<cause> -confers/predicts_resistance_to-> it"
    rescues: tuple[str, ...] = ()  # candidates whose chains start from resistance to it

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({d for chain in self.resistance for h in chain for d in h.documents}))



@dataclass(frozen=True)
class Profile(_Record):
    """What the graph says for a patient profile: candidates, therapies argued against, other considerations."""

    alterations: tuple[str, ...]
    prior_therapies: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    against: tuple[Candidate, ...]
    considerations: tuple[Hop, ...] = ()
    disclaimer: str = DISCLAIMER
    notes: tuple[str, ...] = field(default=())
    statuses: tuple[str, ...] = ()  # negative statuses understood ("RAS wild-type", "ERBB2 negative")
    priors: tuple[PriorTherapy, ...] = ()
    already_received: tuple[Candidate, ...] = ()  # candidates dropped because the tumour already had them
