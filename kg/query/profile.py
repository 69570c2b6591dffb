"""What the literature graph says for a patient profile: regimens it points to and therapies it argues against.

This summarises statements in the source documents; it is not clinical advice, and the
answer says so.

A profile is read from what the user gives, and every part of it is used or refused:

- alterations and biomarkers of the graph ("KRAS G12C", "HER2-amplified", "MSI-H");
- a negative status of a gene or gene family (:data:`NEGATIVE`: "RAS wild-type", "KRAS wt",
  "RAS/BRAF WT", "HER2-negative"): statements about that gene's alterations do not apply, and
  statements about its wild-type status (in the graph as biomarkers such as "RAS wild-type") do;
- an MSI status (:data:`MSI`), by ``msi`` or among the alterations;
- prior therapies: they count as received (with their components and classes), candidates made
  only of what was received are set aside, and rescue chains after them come first.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg.echo import shown
from kg.graph import KnowledgeGraph
from kg.model import Entity
from kg.query.arms import arms_of, results_strength
from kg.query.index import graph_index
from kg.query.reasoning import edge_hop, hop, related_alterations, therapy_scope
from kg.query.records import Candidate, Hop, PriorTherapy, Profile
from kg.query.rescue import rescue_paths
from kg.query.resolve import _COMBINATION, QueryError, UnknownName, _gene_symbols, resolve
from kg.vocab import load_vocabulary
from kg.groups import CARRIER, THERAPY

AGAINST = ("confers_resistance_to", "predicts_resistance_to")
STRUCTURAL = ("member_of", "has_component", "related_to")  # their sentences say nothing about efficacy
MSI = {"msi-h": "MSI-H/dMMR", "msi": "MSI-H/dMMR", "dmmr": "MSI-H/dMMR", "msi-h/dmmr": "MSI-H/dMMR",
       "mss": "MSS/pMMR", "pmmr": "MSS/pMMR", "mss/pmmr": "MSS/pMMR"}
# Words for a negative status of a gene ("KRAS wt", "HER2-negative") and how the answer names it.
NEGATIVE = {"wild-type": "wild-type", "wild type": "wild-type", "wildtype": "wild-type", "wt": "wild-type",
            "non-mutated": "wild-type", "unmutated": "wild-type", "negative": "negative", "neg": "negative"}
WILD_TYPE_KIND = "wild_type"  # biomarker_kind of the graph's wild-type biomarkers ("RAS wild-type")
SIDES = ("left", "right")
SIDEDNESS_NODES = ("primary tumor sidedness", "left-sided primary tumor", "right-sided primary tumor")

_NEGATIVE_RE = re.compile(r"^(?P<genes>.+?)[\s-]+(?P<word>" + "|".join(
    r"[\s-]?".join(map(re.escape, re.split(r"[\s-]", w))) for w in sorted(NEGATIVE, key=len, reverse=True)) + r")$",
    re.I)




def _plain(word: str) -> str:
    """A status word without case, spaces or hyphens ("Wild type" -> "wildtype")."""
    return re.sub(r"[\s-]", "", word.lower())


_WORDS = {_plain(w): label for w, label in NEGATIVE.items()}


@dataclass(frozen=True)
class Negative:
    """A negative status the profile states: genes (or families) that carry no alteration."""

    genes: tuple[str, ...]  # symbols as the vocabulary spells them ("RAS", "BRAF")
    word: str  # "wild-type" or "negative"

    @property
    def name(self) -> str:
        return f"{'/'.join(self.genes)} {self.word}"


def _understood(kg: KnowledgeGraph) -> str:
    """What the profile understands, with examples from this graph (for error messages)."""
    idx = graph_index(kg)
    rescued = sorted((-len(kg.edges(a, "in", "overcomes")), kg.entity(a).name)
                     for ids in idx.alterations_by_gene.values() for a in ids)
    examples = ", ".join(name for _, name in rescued[:2])
    genes = ", ".join(sorted(_status_genes(kg)))
    return (f"understood: alterations and biomarkers of the graph (e.g. {examples}); '<gene> wild-type', 'wt' or "
            f"'negative' for {genes}; MSI-H, dMMR, MSS or pMMR")


def _status_genes(kg: KnowledgeGraph) -> set[str]:
    """Genes and families a negative status can be stated for: those with alterations or biomarkers in the graph."""
    idx = graph_index(kg)
    return set(idx.alterations_by_gene) | {g for key in idx.biomarkers_by_gene for g in key.upper().split("/")}


def read_negative(kg: KnowledgeGraph, text: str) -> Negative | None:
    """The negative status ``text`` states ("RAS/BRAF WT", "HER2-negative"), or None when it states none.

    >>> from kg.query.testing import tiny_graph
    >>> read_negative(tiny_graph(), "KRAS wt"), read_negative(tiny_graph(), "c-MET negative")
    (Negative(genes=('KRAS',), word='wild-type'), Negative(genes=('MET',), word='negative'))
    >>> read_negative(tiny_graph(), "KRAS G12C") is None
    True
    >>> read_negative(tiny_graph(), "HER2-negative")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.query.resolve.QueryError: 'HER2-negative': the graph holds no alteration or biomarker of ERBB2; understood: ...
    """
    m = _NEGATIVE_RE.match(" ".join(str(text).split()))
    if not m:
        return None
    word = _WORDS[_plain(m.group("word"))]
    known = _status_genes(kg)
    genes = []
    for part in m.group("genes").split("/"):
        symbols = sorted(_gene_symbols(kg, part.strip()))
        if not symbols:
            raise QueryError(f"{shown(text)}: no gene is called {shown(part.strip())}; {_understood(kg)}")
        if symbols[0] not in known:
            raise QueryError(f"{shown(text)}: the graph holds no alteration or biomarker of {symbols[0]}; "
                             f"{_understood(kg)}")
        genes.append(symbols[0])
    return Negative(tuple(genes), word)


def _covered(kg: KnowledgeGraph, negatives: list[Negative]) -> set[str]:
    """Gene symbols a tumour carries no alteration of: the stated genes and the members of stated families."""
    families = graph_index(kg).family_members
    out = set()
    for n in negatives:
        for g in n.genes:
            out |= {g, *families.get(g, ())}
    return out


def _status_nodes(kg: KnowledgeGraph, covered: set[str]) -> tuple[list[str], set[str]]:
    """(wild-type biomarkers that apply, alterations and positive biomarkers that cannot) for these genes."""
    idx = graph_index(kg)
    applies, excluded = [], set()
    for gene in sorted(covered):
        excluded |= set(idx.alterations_by_gene.get(gene, ()))
    for key, ids in sorted(idx.biomarkers_by_gene.items()):
        if set(key.upper().split("/")) <= covered:
            for i in ids:
                if kg.entity(i).attr("biomarker_kind") == WILD_TYPE_KIND:
                    applies.append(i)
                else:
                    excluded.add(i)
    return applies, excluded


def _carried(kg: KnowledgeGraph, alteration_id: str) -> list[tuple[str, tuple[Hop, ...]]]:
    """The alteration and what it implies (KRAS G12C implies KRAS mutation and RAS mutation), with the hop why."""
    out = []
    for other, reason in related_alterations(kg, alteration_id, narrower=False):
        link = () if reason is None else (hop(kg, alteration_id, "related_to", other, inferred=reason),)
        out.append((other, link))
    return out


def _components(kg: KnowledgeGraph, therapy_id: str) -> list[str]:
    """Components of a regimen: its ``has_component`` edges and the vocabulary's (FOLFOX: 5-FU, leucovorin, ...)."""
    stated = [a.object for a in kg.edges(therapy_id, "out", "has_component")]
    known = load_vocabulary().regimen_components.get(therapy_id, ())
    return sorted(set(stated) | {c for c in known if c and kg.has_node(c)})


def _within(kg: KnowledgeGraph, therapy_id: str) -> list[str]:
    """The therapy and its components, recursively (bevacizumab + FOLFOX: FOLFOX, its drugs, bevacizumab)."""
    out, todo = [], [therapy_id]
    while todo:
        node = todo.pop(0)
        if node not in out:
            out.append(node)
            todo += _components(kg, node)
    return out


def _received(kg: KnowledgeGraph, therapies: list[Entity]) -> list[str]:
    """What counts as received: the therapies, their components, and the classes and regimens of each."""
    out: list[str] = []
    for t in therapies:
        for node in _within(kg, t.id):
            out += [s.node for s in therapy_scope(kg, kg.entity(node)) if s.relation != "member"]
    return list(dict.fromkeys(out))


def _already(kg: KnowledgeGraph, therapy_id: str, received: set[str]) -> bool:
    """Received already: the same therapy, or a regimen made only of what was received."""
    if therapy_id in received:
        return True
    parts = _components(kg, therapy_id)
    return bool(parts) and all(_already(kg, p, received) for p in parts)


def _prior(kg: KnowledgeGraph, text: str) -> list[Entity]:
    """The node a prior therapy names, or the components of a combination the graph has no node for."""
    hint = ("prior therapies understood: drugs, drug classes and regimens of the graph by name or synonym, "
            "or a combination written 'A + B'")
    try:
        return [resolve(kg, text, THERAPY)]
    except UnknownName as exc:
        parts = [p for p in _COMBINATION.split(str(text)) if p.strip()]
        if len(parts) < 2:
            raise QueryError(f"{exc}; {hint}") from None
        try:
            return [resolve(kg, p, THERAPY) for p in parts]
        except UnknownName as inner:
            raise QueryError(f"{inner} (in prior therapy {shown(text)}); {hint}") from None


def _candidate(kg: KnowledgeGraph, therapy_id: str, chains: list[tuple[Hop, ...]], arms: tuple,
               after: Iterable[str] = (), negative: bool = False, members: Iterable[Hop] = ()) -> Candidate:
    evidence = [e for chain in chains for h in chain if h.predicate not in STRUCTURAL for e in h.evidence]
    rank, label = results_strength(arms, evidence)
    unique = tuple(dict.fromkeys(chains))
    return Candidate(therapy_id, kg.entity(therapy_id).name, unique, arms, label, rank, tuple(after), negative,
                     tuple(dict.fromkeys(members)))


def _negative(chain: tuple[Hop, ...]) -> bool:
    """A chain resting on a result that did not hold (a hop with ``direction: does_not_support``)."""
    return any(h.negative for h in chain)


Inherited = dict[str, dict[str, tuple[tuple[Hop, ...], list[tuple[Hop, ...]]]]]  # member -> class -> (link, chains)


def _candidates(kg: KnowledgeGraph, found: dict[str, list[tuple[Hop, ...]]], inherited: Inherited, with_arms: bool,
                after: dict[str, list[str]] | None = None) -> list[Candidate]:
    """One candidate per therapy and direction (a negative result apart from support).

    A member drug's chains that only repeat its class's are folded into the class (listed in
    ``members``), unless the drug has trial arms of its own (``with_arms``) to rank it by.
    """
    chains: dict[tuple[str, bool], list[tuple[Hop, ...]]] = {}
    members: dict[tuple[str, bool], list[Hop]] = {}
    arms: dict[str, tuple] = {}

    def arms_for(t: str) -> tuple:
        if t not in arms:
            arms[t] = tuple(arms_of(kg, t)) if with_arms else ()
        return arms[t]

    for t, found_chains in found.items():
        for chain in found_chains:
            chains.setdefault((t, _negative(chain)), []).append(chain)
    # a member whose own chains only say of it what its class's say of the class ("KRAS mutation predicts
    # resistance to cetuximab" beside "... to anti-EGFR antibody") is folded into the class like inherited ones
    for member, by_class in sorted(inherited.items()):
        if arms_for(member):
            continue
        for neg in (False, True):
            own = chains.get((member, neg))
            shapes = {_shape(c) for _, (_, cls_chains) in by_class.items() for c in cls_chains if _negative(c) == neg}
            if own and all(_shape(c) in shapes for c in own):
                del chains[(member, neg)]
    for member, by_class in sorted(inherited.items()):
        for cls, (link, cls_chains) in sorted(by_class.items()):
            for chain in cls_chains:
                if arms_for(member):
                    chains.setdefault((member, _negative(chain)), []).append(chain)
                else:
                    members.setdefault((cls, _negative(chain)), []).extend(link)
    return [_candidate(kg, t, cs, arms_for(t), () if neg else dict.fromkeys((after or {}).get(t, ())), neg,
                       members.get((t, neg), ())) for (t, neg), cs in chains.items()]


def _shape(chain: tuple[Hop, ...]) -> tuple:
    """A chain without the therapy it ends at: its hops' subjects and predicates and all objects but the last
    (a membership hop a class's chain carries for a member drug left off)."""
    while chain and chain[-1].predicate == "member_of":
        chain = chain[:-1]
    return tuple((h.subject, h.predicate) for h in chain) + tuple(h.object for h in chain[:-1])


def _order(c: Candidate):
    """Support before negative results; rescue chains after a prior therapy first; strongest study with results;
    a class before its members; more documents."""
    inherited = all(chain and chain[-1].predicate == "member_of" for chain in c.reasons)
    return (c.negative, not c.after, c.rank, inherited, -len(c.documents), c.therapy_name.lower())


def _with_members(kg: KnowledgeGraph, found: dict[str, list[tuple[Hop, ...]]], inherited: Inherited, therapy_id: str,
                  chain: tuple[Hop, ...]) -> None:
    """Record ``chain`` for the therapy and, for a class, as inherited by each member drug (with the membership hop)."""
    found.setdefault(therapy_id, []).append(chain)
    for scope in therapy_scope(kg, kg.entity(therapy_id)):
        if scope.relation == "member":
            inherited.setdefault(scope.node, {}).setdefault(therapy_id, (scope.hops, []))[1].append(chain + scope.hops)


def _msi(value: str) -> str | None:
    """Canonical MSI status name for a value, or None when it is not an MSI word."""
    return MSI.get(" ".join(str(value).split()).lower())


def profile(kg: KnowledgeGraph, alterations: Iterable[str] = (), prior_therapies: Iterable[str] = (),
            msi: str | None = None, sidedness: str | None = None) -> Profile:
    """Candidate regimens for a tumour profile and therapies the profile argues against, with evidence.

    Parameters
    ----------
    kg : KnowledgeGraph
    alterations : iterable of str
        What the tumour carries ("KRAS G12C", "HER2 amplification"; statements about broader alterations
        apply: a KRAS G12C tumour carries a KRAS and a RAS mutation), what it does not carry ("RAS
        wild-type", "KRAS wt", "HER2-negative": statements about that gene's alterations do not apply,
        those about its wild-type status do), or an MSI status ("MSI-H", "MSS").
    prior_therapies : iterable of str
        Therapies already given (a drug, class or regimen; "FOLFOX + bevacizumab"). They, their components
        and the classes of those count as received; a candidate made only of them is listed under
        ``already_received``. Rescue chains for resistance to them come first among the candidates.
    msi : str, optional
        ``"MSI-H"``/``"dMMR"`` or ``"MSS"``/``"pMMR"``.
    sidedness : str, optional
        ``"left"`` or ``"right"``; what the texts say of either side or of sidedness in general is
        listed under ``considerations`` rather than for or against.

    Returns
    -------
    Profile
        ``candidates`` and ``against`` (each with evidence chains, trial arms and study strength),
        ``priors`` (what counts as received, what the texts say makes each fail, which candidates come
        from rescue chains after it), ``already_received``, ``considerations``, ``notes`` and a
        ``disclaimer``: this summarises literature, it is not advice.

    Raises
    ------
    QueryError
        An input the profile cannot use (unknown name, status or gene; contradictory statuses);
        the message lists what it understands.

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> p = profile(tiny_graph(), alterations=["KRAS G12C"], prior_therapies=["cetuximab"])
    >>> [(c.therapy_name, c.after) for c in p.candidates], [c.therapy_name for c in p.against]
    ([('adagrasib + cetuximab', ('cetuximab',))], ['anti-EGFR antibody'])
    >>> [h.subject_name for h in p.against[0].members]  # the class's chains apply to them; listed once
    ['cetuximab', 'panitumumab']
    >>> p.priors[0].received, p.priors[0].rescues
    (('cetuximab', 'anti-EGFR antibody'), ('adagrasib + cetuximab',))
    >>> p.disclaimer.startswith("This summarises published literature")
    True
    >>> p = profile(tiny_graph(), alterations=["MET amplification", "KRAS wild type"])
    >>> p.statuses, [c.therapy_name for c in p.against]  # KRAS mutation statements do not apply
    (('KRAS wild-type',), ['anti-EGFR antibody'])
    >>> [len(chain) for c in p.against for chain in c.reasons]
    [1]

    Results come before designs, and a result that did not hold is marked and comes last:

    >>> from kg.query.testing import with_negative_result, with_ongoing_trial
    >>> p = profile(with_negative_result(with_ongoing_trial(tiny_graph())), alterations=["MET amplification"])
    >>> [(c.therapy_name, c.strength, c.negative) for c in p.candidates]  # doctest: +NORMALIZE_WHITESPACE
    [('cetuximab + tivantinib', 'phase II', False),
     ('panitumumab + tivantinib', 'ongoing phase III (no results yet)', False),
     ('panitumumab', 'phase II', True)]
    >>> profile(tiny_graph(), alterations=["KRAS G12C", "KRAS wild-type"])
    Traceback (most recent call last):
    ...
    kg.query.resolve.QueryError: KRAS G12C contradicts KRAS wild-type: a KRAS wild-type tumour carries no KRAS alteration
    """
    negatives: list[Negative] = []
    msi_names: list[str] = [] if msi is None else [_msi(msi) or ""]
    if msi is not None and not msi_names[0]:
        raise QueryError(f"unknown MSI status {shown(msi)}; use MSI-H, dMMR, MSS or pMMR")
    alts: list[Entity] = []
    for text in alterations:
        if _msi(text):
            msi_names.append(_msi(text))
            continue
        negative = read_negative(kg, text)
        if negative is not None:
            negatives.append(negative)
            continue
        try:
            alts.append(resolve(kg, text, CARRIER))
        except UnknownName as exc:
            raise QueryError(f"{exc}; {_understood(kg)}") from None
    msi_names = list(dict.fromkeys(msi_names))
    if len(msi_names) > 1:
        raise QueryError(f"{msi_names[0]} contradicts {msi_names[1]}: give one MSI status")
    priors = [(text, _prior(kg, text)) for text in prior_therapies]
    if sidedness is not None and str(sidedness).strip().lower() not in SIDES:
        raise QueryError(f"unknown sidedness {shown(sidedness)}; use left or right")
    if not alts and not priors and not negatives and not msi_names and sidedness is None:
        raise QueryError("describe the profile: give at least one alteration, status, prior therapy, MSI status "
                         "or sidedness")
    notes: list[str] = []

    for name in msi_names:
        node = _optional(kg, name)
        if node is None:
            notes.append(f"{name}: the graph has no node for it, so it says nothing about this status")
            continue
        alts.append(node)
        if not kg.edges(node.id, "out", AGAINST + ("predicts_response_to",)):
            notes.append(f"{name}: the graph holds no statement about therapies for this status")

    covered = _covered(kg, negatives)
    applies, excluded = _status_nodes(kg, covered)
    for a in alts:
        clash = next((n for n in negatives if a.id in excluded and a.attr("gene")
                      and a.attr("gene").upper() in _covered(kg, [n])), None)
        if clash is not None:
            raise QueryError(f"{a.name} contradicts {clash.name}: a {clash.name} tumour carries no "
                             f"{a.attr('gene')} alteration")

    carried: dict[str, tuple[Hop, ...]] = {}
    for a in alts:
        for other, link in _carried(kg, a.id):
            if other not in excluded and (other not in carried or len(link) < len(carried[other])):
                carried[other] = link
    for marker in applies:
        carried.setdefault(marker, ())
    for n in negatives:
        notes += _status_notes(kg, n, applies, excluded)
    joint = [m for m in applies if kg.edges(m, "out", AGAINST + ("predicts_response_to",))
             and not any(_genes_of(kg, m) <= _covered(kg, [n]) for n in negatives)]
    if joint:
        notes.append(f"{' and '.join(n.name for n in negatives)}: statements about "
                     f"{', '.join(kg.entity(m).name for m in joint)} apply")

    against: dict[str, list[tuple[Hop, ...]]] = {}
    against_inherited: Inherited = {}
    for alt_id, link in sorted(carried.items()):
        for edge in kg.edges(alt_id, "out", AGAINST):
            _with_members(kg, against, against_inherited, edge.object, link + (edge_hop(kg, edge),))

    pro: dict[str, list[tuple[Hop, ...]]] = {}
    pro_inherited: Inherited = {}
    for alt_id, link in sorted(carried.items()):
        for edge in kg.edges(alt_id, "in", "overcomes"):
            # a rescue that did not work becomes a negative result, never a candidate
            pro.setdefault(edge.subject, []).append(link + (edge_hop(kg, edge),))
        for edge in kg.edges(alt_id, "out", "predicts_response_to"):
            _with_members(kg, pro, pro_inherited, edge.object, link + (edge_hop(kg, edge),))

    after: dict[str, list[str]] = {}
    received: dict[str, str] = {}  # node -> the prior therapy it was received with
    records = []
    for text, therapies in priors:
        name = " + ".join(t.name for t in therapies)
        got = _received(kg, therapies)
        for node in got:
            received.setdefault(node, name)
        within = list(dict.fromkeys(n for t in therapies for n in _within(kg, t.id)))
        resistance, rescues = [], []
        for node in within:
            for scope in therapy_scope(kg, kg.entity(node)):
                if scope.relation != "member":
                    resistance += [scope.hops + (edge_hop(kg, e),) for e in kg.edges(scope.node, "in", AGAINST)
                                   if e.subject not in excluded]
            for path in rescue_paths(kg, node):
                if (carried and path.target not in carried) or path.target in excluded or path.cause in excluded:
                    continue
                pro.setdefault(path.regimen, []).append(path.hops)
                if not path.negative:
                    after.setdefault(path.regimen, []).append(name)
                    rescues.append(path.regimen_name)
        records.append((name, tuple(t.id for t in therapies), tuple(dict.fromkeys(kg.entity(n).name for n in got)),
                        tuple(dict.fromkeys(resistance)), tuple(dict.fromkeys(rescues))))

    considerations: list[Hop] = []
    if sidedness is not None:
        # what the texts say of either side, or of sidedness in general, is for the reader to weigh:
        # "left-sided tumours benefit more" bears on a right-sided tumour too
        for name in SIDEDNESS_NODES:
            side = _optional(kg, name)
            if side is not None:
                considerations += [edge_hop(kg, e) for e in
                                   kg.edges(side.id, "out", ("predicts_response_to", "predicts_resistance_to"))]

    proposed = _candidates(kg, pro, pro_inherited, True, after)
    had = sorted((c for c in proposed if _already(kg, c.therapy, set(received))), key=_order)
    candidates = sorted((c for c in proposed if c not in had), key=_order)
    argued = sorted(_candidates(kg, against, against_inherited, False), key=_order)
    kept = {c.therapy_name for c in candidates if not c.negative}
    prior_records = tuple(PriorTherapy(name, ids, got, resistance, tuple(r for r in rescues if r in kept))
                          for name, ids, got, resistance, rescues in records)
    notes += _prior_notes(kg, prior_records, had, received)
    notes += [f"{c.therapy_name} is both a candidate and argued against; read both sets of evidence"
              for c in candidates if not c.negative and any(
                  not a.negative and c.therapy in {a.therapy, *(h.subject for h in a.members)} for a in argued)]
    if sidedness is not None:
        notes.append("sidedness: statements about tumour side (either side, or sidedness in general) are "
                     "listed under considerations, not for or against")
    return Profile(tuple(a.name for a in alts), tuple(name for name, *_ in records), tuple(candidates), tuple(argued),
                   tuple(considerations), notes=tuple(notes), statuses=tuple(n.name for n in negatives),
                   priors=prior_records, already_received=tuple(had))


def _genes_of(kg: KnowledgeGraph, marker: str) -> set[str]:
    """Genes a biomarker names ("RAS/BRAF wild-type": RAS and BRAF)."""
    return set((kg.entity(marker).attr("gene") or "").upper().split("/"))


def _status_notes(kg: KnowledgeGraph, negative: Negative, applies: list[str], excluded: set[str]) -> list[str]:
    """What a negative status did: the wild-type statements that apply, the alteration statements set aside."""
    covered = _covered(kg, [negative])
    mine = [m for m in applies if _genes_of(kg, m) <= covered]
    said = [m for m in mine if kg.edges(m, "out", AGAINST + ("predicts_response_to",))]
    if said:
        out = [f"{negative.name}: statements about {', '.join(kg.entity(m).name for m in said)} apply"]
    else:
        out = [f"{negative.name}: the graph holds no statement about therapies for this status"]
    aside = [i for i in sorted(excluded) if (kg.entity(i).attr("gene") or "").upper() in covered]
    count = sum(len(kg.edges(i, "out", AGAINST + ("predicts_response_to",))) + len(kg.edges(i, "in", "overcomes"))
                for i in aside)
    if count:
        genes = sorted({kg.entity(i).attr("gene") for i in aside})
        out.append(f"{negative.name}: {count} statement(s) about {', '.join(genes)} alterations do not apply")
    return out


def _prior_notes(kg: KnowledgeGraph, priors: tuple[PriorTherapy, ...], had: list[Candidate],
                 received: dict[str, str]) -> list[str]:
    """Which candidates came from which prior therapy, which were set aside as received, which priors gave none."""
    out = []
    for p in priors:
        if p.rescues:
            out.append(f"after {p.name}: {', '.join(p.rescues)} come from rescue chains for resistance to it, "
                       f"its components or classes")
        else:
            said = f" (it lists {len(p.resistance)} statement(s) of what makes it fail)" if p.resistance else ""
            out.append(f"after {p.name}: the graph holds no rescue chain for resistance to it, its components or "
                       f"classes that fits this profile{said}")
    for c in had:
        by = received.get(c.therapy) or next((received[n] for n in _components(kg, c.therapy) if n in received), "")
        out.append(f"{c.therapy_name}: already received{f' ({by})' if by else ''}, so not a candidate")
    return out


def _optional(kg: KnowledgeGraph, name: str):
    """The node called ``name``, or None when the graph has none."""
    try:
        return resolve(kg, name, ("Biomarker",))
    except UnknownName:
        return None
