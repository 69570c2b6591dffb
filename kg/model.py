"""Plain, picklable records that flow from the builders to the graph.

An :class:`Entity` is a node, an :class:`Assertion` a fact (subject, predicate,
object, qualifiers) and an :class:`Evidence` the sentence that states it. An
:class:`Outcome` is a trial-arm result with its own evidence. Identifiers are
content-derived (see :mod:`kg.ids`), so the same input always gives the same ids.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.ids import stable_hash

LITERATURE_METHODS = ("rule", "table", "curated")  # read from a document: a span of its text states the fact
VOCABULARY = "vocabulary"  # background knowledge: a fact the vocabularies record, stated by no sentence
METHODS = LITERATURE_METHODS + (VOCABULARY,)
CONTEXT_CHARS = 32  # characters of prefix/suffix kept around an evidence span


def quote_span(text: str, start: int, end: int) -> dict:
    """Keyword arguments for :class:`Evidence` that pin ``text[start:end]`` exactly (exact, prefix, suffix).

    >>> quote_span("See: MET\\ngain. Next", 5, 14)
    {'exact': 'MET\\ngain.', 'prefix': 'See: ', 'suffix': ' Next'}
    """
    exact = text[start:end]
    return {"exact": None if exact == " ".join(exact.split()) else exact,
            "prefix": text[max(0, start - CONTEXT_CHARS):start],
            "suffix": text[end:end + CONTEXT_CHARS]}


@dataclass(frozen=True)
class Evidence:
    """Where a fact is stated: a span of a source file and how it was read.

    ``start``/``end`` are character offsets into the file's text as decoded (UTF-8, or as its
    byte-order mark says, the mark not counted: ``builders.encoding.decode_text``);
    ``sentence`` is that span with runs of whitespace collapsed to one space.
    ``exact`` is the span as it stands in the file when that differs from
    ``sentence`` (line breaks, double spaces), and ``prefix``/``suffix`` are up
    to :data:`CONTEXT_CHARS` characters around it: together they make a W3C
    Web Annotation ``TextQuoteSelector``. ``publications`` are the CURIEs of the
    document (``PMID:…``, ``PMC:PMC…``, ``doi:…``) where its format gives them.

    Background knowledge (``method == "vocabulary"``, see :mod:`kg.background`) is not read from a
    document: ``document`` is the vocabulary file (``ontology/vocab/drugs.yaml``), ``section`` the
    field of the entry that records the fact (``targets``), ``sentence`` the fact in words,
    ``source`` what the vocabulary names as its source, and there are no offsets (``start`` and
    ``end`` are 0 and are not written out). It sorts after the literature evidence of an edge.

    >>> ev = Evidence("d.txt", 4, 13, "MET gain.", "Intro", "rule", exact="MET\\ngain.", prefix="... ")
    >>> ev.quote
    'MET\\ngain.'
    >>> Evidence.from_dict(ev.to_dict()) == ev
    True
    """

    document: str
    start: int
    end: int
    sentence: str
    section: str
    method: str
    study_kind: str = "review_statement"
    exact: str | None = None
    prefix: str = ""
    suffix: str = ""
    source: str = ""
    publications: tuple[str, ...] = ()  # the document's PMID:/PMC:/doi: CURIEs, where known

    @property
    def quote(self) -> str:
        """The exact source text of the span."""
        return self.sentence if self.exact is None else self.exact

    @property
    def literature(self) -> bool:
        """True for evidence read from a document (a span of its text), False for background knowledge.

        >>> Evidence("d.txt", 0, 4, "MET.", "", "rule").literature
        True
        >>> Evidence("ontology/vocab/drugs.yaml", 0, 0, "x", "targets", "vocabulary").literature
        False
        """
        return self.method != VOCABULARY

    def key(self) -> tuple:
        """Identity and order of evidence on one edge: literature first, then by document and span."""
        return (self.method == VOCABULARY, self.document, self.start, self.end, self.method)

    def to_dict(self) -> dict:
        out = {"document": self.document}
        if self.literature:
            out.update(start=self.start, end=self.end)
        out.update(sentence=self.sentence, section=self.section, method=self.method, study_kind=self.study_kind)
        if self.exact is not None:
            out["exact"] = self.exact
        for key in ("prefix", "suffix", "source"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.publications:
            out["publications"] = list(self.publications)
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "Evidence":
        return cls(data["document"], data["start"] if data["method"] != VOCABULARY else data.get("start", 0),
                   data["end"] if data["method"] != VOCABULARY else data.get("end", 0),
                   *(data[k] for k in ("sentence", "section", "method", "study_kind")),
                   exact=data.get("exact"), prefix=data.get("prefix", ""), suffix=data.get("suffix", ""),
                   source=data.get("source", ""), publications=tuple(data.get("publications", ())))


@dataclass(frozen=True)
class Entity:
    """A node: id (CURIE), category (project class name), name, synonyms, xrefs, extra attributes.

    Synonyms and xrefs are kept sorted and without repeats; the name is not its own synonym, and
    an entity whose id comes from an external resource (any prefix but ``crc``) lists that id
    among its xrefs, while a project id never does.

    >>> Entity("HGNC:3236", "Gene", "EGFR", ("HER1", "EGFR", "ERBB1")).synonyms
    ('ERBB1', 'HER1')
    >>> Entity("HGNC:3236", "Gene", "EGFR").xrefs
    ('HGNC:3236',)
    """

    id: str
    category: str
    name: str
    synonyms: tuple[str, ...] = ()
    xrefs: tuple[str, ...] = ()
    attributes: tuple[tuple[str, object], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "synonyms", tuple(sorted(set(self.synonyms) - {self.name})))
        xrefs = set(self.xrefs) - {self.id}
        if not self.id.startswith("crc:"):
            xrefs.add(self.id)
        object.__setattr__(self, "xrefs", tuple(sorted(xrefs)))

    def attr(self, key: str, default=None):
        for k, v in reversed(self.attributes):  # the last value of a key, as dict(self.attributes) has it
            if k == key:
                return v
        return default

    def merged(self, other: "Entity") -> "Entity":
        """This entity with ``other``'s synonyms, xrefs and attributes added (this one wins on a clash).

        >>> a = Entity("x:1", "Trial", "BEACON", attributes=(("line", "later-line"),))
        >>> a.merged(Entity("x:1", "Trial", "BEACON", ("BEACON CRC",), attributes=(("phase", "III"),))).attributes
        (('line', 'later-line'), ('phase', 'III'))
        """
        if other.id != self.id or other.category != self.category:
            raise ValueError(f"cannot merge {other.id} ({other.category}) into {self.id} ({self.category})")
        return Entity(
            self.id, self.category, self.name,
            tuple(sorted((set(self.synonyms) | set(other.synonyms)) - {self.name})),
            tuple(sorted(set(self.xrefs) | set(other.xrefs))),
            tuple(sorted((dict(other.attributes) | dict(self.attributes)).items())),
        )


@dataclass(frozen=True)
class Outcome:
    """A trial-arm result: metric, value, unit and optional CI/P, with its evidence."""

    arm: str
    metric: str
    value: float
    unit: str
    evidence: Evidence
    ci_low: float | None = None
    ci_high: float | None = None
    p: str | None = None
    subgroup: str | None = None
    bound: str | None = None  # "lower" / "upper": the value is one end of a range over several studies

    def to_dict(self) -> dict:
        out = {"metric": self.metric, "value": self.value, "unit": self.unit}
        for key in ("ci_low", "ci_high", "p", "subgroup", "bound"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        out["evidence"] = self.evidence.to_dict()
        return out


@dataclass
class Assertion:
    """A fact with its evidence. Two assertions with the same ``key`` pool their evidence."""

    subject: str
    predicate: str
    object: str
    qualifiers: tuple[tuple[str, str], ...] = ()
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def key(self) -> tuple:
        return (self.subject, self.predicate, self.object, self.qualifiers)

    @property
    def supported(self) -> bool:
        """False when the evidence reports that the assertion did not hold (``direction:
        does_not_support``, e.g. a combination that did not improve outcomes in carriers).

        >>> Assertion("crc:a", "overcomes", "crc:b", (("direction", "does_not_support"),)).supported
        False
        """
        return ("direction", "does_not_support") not in self.qualifiers

    @property
    def id(self) -> str:
        return "crc:e_" + stable_hash(*self.key)[:16]


def facts_by_subject(assertions) -> dict[tuple[str, str], set[str]]:
    """(subject, predicate) -> the objects of ``assertions``: a document's facts indexed once, asked many times.

    >>> index = facts_by_subject([Assertion("r", "has_component", "a"), Assertion("r", "has_component", "b")])
    >>> sorted(index[("r", "has_component")])
    ['a', 'b']
    """
    index: dict[tuple[str, str], set[str]] = {}
    for a in assertions:
        index.setdefault((a.subject, a.predicate), set()).add(a.object)
    return index


def objects_by_subject(assertions, predicate: str) -> dict[str, set[str]]:
    """subject -> the objects of its ``predicate`` facts among ``assertions`` (a regimen's components, ...)."""
    index: dict[str, set[str]] = {}
    for a in assertions:
        if a.predicate == predicate:
            index.setdefault(a.subject, set()).add(a.object)
    return index


@dataclass
class DocumentResult:
    """What reading one document yields: entities, assertions, outcomes, and notes for the report.

    ``sha256`` is that of the file's bytes; ``content_sha256`` that of its text with the byte-order
    mark dropped and line endings made ``\\n`` (two files equal in it are duplicates; "" when unknown).
    A file that holds several documents (a PubMed export) gives one result per document, each naming
    its ``file``.
    """

    document: str
    sha256: str
    entities: list[Entity] = field(default_factory=list)
    assertions: list[Assertion] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    n_sentences: int = 0
    n_tables: int = 0
    content_sha256: str = ""
    file: str = ""  # the corpus file the document was read from, when it is not the document's name
    publications: tuple[str, ...] = ()  # PMID:, PMC:, doi: CURIEs of the document
    metadata: tuple[tuple[str, str], ...] = ()  # title, journal, year, authors (from the file's format)
