"""Rescue chains: what makes a therapy fail, what overcomes that, and which trials tested it.

therapy <-confers_resistance_to- cause [~ related alteration or kind of mechanism] <-overcomes- regimen
<-uses_regimen- trial arm
"""
from __future__ import annotations

from kg.graph import KnowledgeGraph
from kg.query.arms import arms_of, results_strength
from kg.query.reasoning import edge_hop, hop, mechanism_kinds, related_alterations, therapy_scope
from kg.query.records import Hop, RescuePath
from kg.query.resolve import resolve
from kg.groups import CARRIER, CAUSE, THERAPY

RESISTANCE = ("confers_resistance_to", "predicts_resistance_to")


def _targets(kg: KnowledgeGraph, cause: str) -> list[tuple[str, tuple[Hop, ...]]]:
    """What a rescue of ``cause`` may be recorded against, each with the hops that join it to the cause: the cause
    itself, its related alterations (an inferred ``related_to`` hop) and the mechanisms a document names as kinds
    of it or as what it is a kind of (the stated ``subclass_of`` hop, with its sentences)."""
    out: list[tuple[str, tuple[Hop, ...]]] = []
    for target, reason in related_alterations(kg, cause):
        out.append((target, () if reason is None else (hop(kg, cause, "related_to", target, inferred=reason),)))
    seen = {t for t, _ in out}
    out.extend((target, (h,)) for target, h in mechanism_kinds(kg, cause) if target not in seen)
    return out


def _answers(kg: KnowledgeGraph, node_id: str) -> dict[str, str | None]:
    """Each node that answers an asked cause (see _targets), with why (None for the cause itself)."""
    out: dict[str, str | None] = {}
    for target, hops in _targets(kg, node_id):
        out[target] = hops[0].inferred or f"{hops[0].subject_name} is a kind of {hops[0].object_name}" if hops else None
    return out


def _match(why: dict, asked, cause: str, target: str) -> str | None:
    if not why or any(a is not None and a.id in (cause, target) for a in asked):
        return None
    return why.get(target) or why.get(cause)


def rescue_paths(kg: KnowledgeGraph, therapy: str, mechanism: str | None = None,
                 biomarker: str | None = None) -> list[RescuePath]:
    """Regimens reported to overcome what makes ``therapy`` fail, with the trials that tested them.

    Parameters
    ----------
    kg : KnowledgeGraph
    therapy : str
        A drug, drug class or regimen, by any name or id ("EGFR blockade", "cetuximab", "anti-EGFR").
        Statements about its class apply to it (and statements about a class's member drugs count
        for the class); such hops are marked ``inferred`` unless a sentence states the membership.
    mechanism : str, optional
        Keep only chains through this cause of resistance or an alteration related to it
        (narrower, broader, or amplification/overexpression of the same gene), or a mechanism a
        document names as a kind of it or as what it is a kind of.
    biomarker : str, optional
        Keep only chains whose cause or rescued alteration is, or relates to, this biomarker.

    Returns
    -------
    list of RescuePath
        One path per (rescued alteration or mechanism, regimen), keeping the most direct chain.
        Ranked by the strongest study with results behind the regimen (randomized phase III >
        phase II > phase I > retrospective > preclinical > review statement > an ongoing trial,
        whose design sentence is no result), then by the number of distinct supporting documents.
        A chain whose evidence reports that the rescue did not work (``direction:
        does_not_support``) is kept as a negative result (``negative``), after every other chain.

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> kg = tiny_graph()
    >>> for p in rescue_paths(kg, "EGFR blockade"):
    ...     print(p.cause_name, "->", p.regimen_name, "|", p.strength, "|", [a.summary() for a in p.arms])
    KRAS mutation -> adagrasib + cetuximab | randomized phase III | ['ORR 34%']
    MET amplification -> cetuximab + tivantinib | phase II | ['ORR 9.8/10%']
    >>> from kg.query.testing import with_negative_result, with_ongoing_trial
    >>> kg = with_negative_result(with_ongoing_trial(tiny_graph()))
    >>> for p in rescue_paths(kg, "EGFR blockade", mechanism="MET amplification"):
    ...     print(p.regimen_name, "|", p.strength + (" | negative" if p.negative else ""))
    cetuximab + tivantinib | phase II
    panitumumab + tivantinib | ongoing phase III (no results yet)
    panitumumab | phase II | negative
    >>> [str(h) for h in rescue_paths(kg, "cetuximab", mechanism="KRAS G12C")[0].hops]  # doctest: +NORMALIZE_WHITESPACE
    ['cetuximab -member_of-> anti-EGFR antibody  [1 sentence(s)]',
     'KRAS mutation -predicts_resistance_to-> anti-EGFR antibody  [1 sentence(s)]',
     'KRAS mutation -related_to-> KRAS G12C  [inferred: KRAS G12C is a KRAS mutation]',
     'adagrasib + cetuximab -overcomes-> KRAS G12C  [1 sentence(s)]']

    A rescue of a mechanism reaches resistance from a kind of it that the same document names (and the other way
    round), by the stated ``subclass_of`` hop with its sentences:

    >>> from kg.query.testing import with_mechanism_kinds
    >>> p = rescue_paths(with_mechanism_kinds(tiny_graph()), "anti-PD-1 antibody")[0]
    >>> p.cause_name, p.target_name, p.regimen_name, [h.predicate for h in p.hops], p.inferred
    ('MDSC expansion', 'MDSC-mediated resistance', 'CXCR2 inhibitor', ['confers_resistance_to', 'subclass_of', 'overcomes'], False)
    """
    t = resolve(kg, therapy, THERAPY)
    mech = resolve(kg, mechanism, CAUSE) if mechanism else None
    bio = resolve(kg, biomarker, CARRIER) if biomarker else None
    answers = {asked.id: _answers(kg, asked.id) for asked in (bio, mech) if asked is not None}
    why = {}  # node -> why it answers the filter
    for asked in (bio, mech):
        if asked is not None:
            why.update({n: r for n, r in answers[asked.id].items() if r})
    mech_ok = set(answers[mech.id]) if mech else None
    bio_ok = set(answers[bio.id]) if bio else None
    best: dict[tuple[str, str], tuple[tuple, RescuePath]] = {}
    tested: dict[str, tuple] = {}  # regimen -> (arms, their study strengths), computed once per call
    for scope in therapy_scope(kg, t):
        for res in kg.edges(scope.node, "in", RESISTANCE):
            cause = res.subject
            related = _targets(kg, cause)
            if mech_ok is not None and not ({n for n, _ in related} & mech_ok):
                continue
            for target, link in related:
                if mech_ok is not None and target not in mech_ok:
                    continue
                for ov in kg.edges(target, "in", "overcomes"):
                    regimen = ov.subject
                    if bio_ok is not None and not ({cause, target} & bio_ok) and not any(
                            a.subject == bio.id for a in kg.edges(regimen, "in", "predicts_response_to")):
                        continue
                    if regimen not in tested:
                        tested[regimen] = tuple(arms_of(kg, regimen))
                    arms = tested[regimen]
                    hops = scope.hops + (edge_hop(kg, res),) + link + (edge_hop(kg, ov),)
                    rank, label = results_strength(arms, ov.evidence)
                    negative = any(h.negative for h in hops)
                    docs = {d for h in hops for d in h.documents} | {d for a in arms for d in a.documents}
                    path = RescuePath(t.id, t.name, cause, kg.entity(cause).name, target, kg.entity(target).name,
                                      regimen, kg.entity(regimen).name, hops, arms, label, rank, tuple(sorted(docs)),
                                      scope.via, _match(why, (mech, bio), cause, target), negative)
                    quality = (sum(1 for h in hops if h.background), scope.order, len(hops), rank, -len(docs), cause)
                    key = (target, regimen, negative)
                    if key not in best or quality < best[key][0]:
                        best[key] = (quality, path)
    paths = [p for _, p in best.values()]
    return sorted(paths, key=lambda p: (p.negative, p.rank, -len(p.documents), p.inherited, p.regimen_name,
                                        p.target_name, p.cause))
