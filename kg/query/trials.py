"""Trial arms with their outcomes, filtered by regimen, drug, target, biomarker, phase and line."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.echo import shown
from kg.graph import KnowledgeGraph
from kg.query.arms import arm_rank, arm_record
from kg.query.index import graph_index
from kg.query.reasoning import edge_hop, hop, related_alterations, therapy_scope
from kg.query.records import ArmOutcomes, Hop
from kg.query.resolve import QueryError, resolve
from kg.groups import CARRIER, THERAPY

METRICS = ("n", "ORR", "DCR", "mPFS", "mOS", "mDoR", "HR_PFS", "HR_OS", "OR_RR")
PHASES = ("I", "II", "III", "IV")
LINES = {"first-line": ("first", "1", "1l", "1st", "first-line", "first line"),
         "second-line": ("second", "2", "2l", "2nd", "second-line", "second line"),
         "later-line": ("later", "third", "3", "3l", "3rd", "later-line", "later line", "third-line", "refractory")}


@dataclass(frozen=True)
class TrialTable:
    """Arms as rows; :meth:`records` gives plain dicts (no pandas needed)."""

    rows: tuple[ArmOutcomes, ...]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def records(self) -> list[dict]:
        """One flat dict per arm. A metric is a float, a list of floats when sources disagree, or None; a range a
        review gives over several studies is ``METRIC_range``, ``[lower, upper]`` (the first, where there are several).

        Only overall-population values are listed here; subgroup values stay in ``rows[i].outcomes``.
        """
        out = []
        for a in self.rows:
            rec = {"trial": a.trial_name, "trial_id": a.trial, "phase": a.phase, "line": a.line, "status": a.status,
                   "cancer": a.cancer, "regimen": a.regimen_name, "arm_id": a.arm}
            for metric in METRICS:
                vals = a.values(metric)
                rec[metric] = vals[0] if len(vals) == 1 else (vals or None)
                spans = a.ranges(metric)
                if spans:
                    rec[f"{metric}_range"] = list(spans[0])
            rec["documents"] = list(a.documents)
            if a.matched:
                rec["matched_by"] = [f"{h.subject_name} -{h.predicate}-> {h.object_name} ({h.layer})" for h in a.matched]
            out.append(rec)
        return out

    def to_dict(self) -> dict:
        return {"arms": [a.to_dict() for a in self.rows], "records": self.records()}


def normal_phase(phase: str) -> str:
    """``"2"``, ``"phase II"``, ``"ii"`` -> ``"II"``.

    >>> normal_phase("phase 2"), normal_phase("III")
    ('II', 'III')
    """
    text = re.sub(r"^phase\s*", "", str(phase).strip(), flags=re.I).upper()
    text = {"1": "I", "2": "II", "3": "III", "4": "IV"}.get(text, text)
    if text not in PHASES:
        raise QueryError(f"unknown phase {shown(phase)}; use one of {', '.join(PHASES)} (or 1-4)")
    return text


def normal_line(line: str) -> str:
    """``"2L"``, ``"second"`` -> ``"second-line"``.

    >>> normal_line("2L"), normal_line("third")
    ('second-line', 'later-line')
    """
    key = str(line).strip().lower()
    for label, spellings in LINES.items():
        if key in spellings:
            return label
    raise QueryError(f"unknown line {shown(line)}; use first-line, second-line or later-line")


def _phase_parts(phase: str | None) -> set[str]:
    return {re.sub(r"[ab]$", "", p) for p in (phase or "").split("/") if p}


def components(kg: KnowledgeGraph, regimen_id: str) -> set[str]:
    """Every drug, class and sub-regimen inside a regimen (transitively), and the regimen itself."""
    seen, stack = {regimen_id}, [regimen_id]
    mono = kg.entity(regimen_id).attr("monotherapy") if kg.has_node(regimen_id) else None
    if mono:
        seen.add(mono)
    while stack:
        for a in kg.edges(stack.pop(), "out", "has_component"):
            if a.object not in seen:
                seen.add(a.object)
                stack.append(a.object)
    return seen


def _stated_target(kg: KnowledgeGraph, node_id: str, gene_id: str) -> Hop | None:
    """The ``targets`` edge from a drug or class to the gene (literature before background), else the
    vocabulary's word for it (a graph built without the background layer), else None."""
    edges = [a for a in kg.edges(node_id, "out", "targets") if a.object == gene_id]
    if edges:
        return max((edge_hop(kg, a) for a in edges), key=lambda h: h.layer == "literature")
    if gene_id in graph_index(kg).drug_targets.get(node_id, ()):
        return hop(kg, node_id, "targets", gene_id,
                   inferred=f"vocabulary: {kg.entity(node_id).name} targets {kg.entity(gene_id).name}")
    return None


def target_hops(kg: KnowledgeGraph, node_id: str, gene_id: str) -> tuple[Hop, ...]:
    """Why a drug (or class) acts on a gene: its ``targets`` hop, or its class's (``member_of`` then
    ``targets``); empty when it does not. Each hop says whether a sentence states it (``literature``)
    or only the vocabularies do (``background``).

    >>> from kg.query.testing import tiny_graph, with_background
    >>> kg = with_background(tiny_graph())
    >>> [(h.predicate, h.object_name, h.layer) for h in target_hops(kg, "DRUGBANK:DB15568", "HGNC:6407")]
    [('targets', 'KRAS', 'background')]
    >>> target_hops(kg, "DRUGBANK:DB15568", "HGNC:7029")
    ()
    """
    direct = _stated_target(kg, node_id, gene_id)
    if direct is not None:
        return (direct,)
    for scope in therapy_scope(kg, kg.entity(node_id)):
        if scope.relation == "class":
            via = _stated_target(kg, scope.node, gene_id)
            if via is not None:
                return scope.hops + (via,)
    return ()


def trials(kg: KnowledgeGraph, regimen: str | None = None, drug: str | None = None, target: str | None = None,
           biomarker: str | None = None, phase: str | None = None, line: str | None = None) -> TrialTable:
    """Trial arms and their outcomes, filtered; every filter is optional and they combine with AND.

    Parameters
    ----------
    kg : KnowledgeGraph
    regimen : str, optional
        Arms whose regimen is, or contains, this regimen (``"FOLFIRI"`` finds ``cetuximab + FOLFIRI``).
    drug : str, optional
        Arms whose regimen contains this drug (or, for a class, any member of it).
    target : str, optional
        Arms whose regimen contains a drug acting on this gene (``"ERBB2"``, ``"HER2"``, ``"HGNC:3430"``):
        a ``targets`` edge of the drug or of its class, stated by a sentence (literature) or recorded by
        the vocabularies (background knowledge). The arm's ``matched`` hops show which, each with its layer.
    biomarker : str, optional
        Arms whose regimen is linked to this alteration or biomarker (or a related alteration)
        by an ``overcomes`` or predictive edge.
    phase : str, optional
        ``"I"``..``"IV"`` (or 1-4); an ``I/II`` trial matches both.
    line : str, optional
        ``first-line``, ``second-line`` or ``later-line`` (``2L``, ``third`` ... accepted).

    Returns
    -------
    TrialTable
        Rows ordered by strength of study (phase III first), then trial name.

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> kg = tiny_graph()
    >>> [(r["trial"], r["regimen"], r["ORR"]) for r in trials(kg, drug="cetuximab").records()]
    [('KRYSTAL-10', 'adagrasib + cetuximab', 34.0), ('study of cetuximab + tivantinib', 'cetuximab + tivantinib', [9.8, 10.0])]
    >>> [r["trial"] for r in trials(kg, target="KRAS", phase="3").records()]
    ['KRYSTAL-10']
    >>> trials(kg, phase="V")
    Traceback (most recent call last):
    ...
    kg.query.resolve.QueryError: unknown phase 'V'; use one of I, II, III, IV (or 1-4)
    """
    want_phase = normal_phase(phase) if phase is not None else None
    want_line = normal_line(line) if line is not None else None
    reg = resolve(kg, regimen, THERAPY) if regimen else None
    drg = resolve(kg, drug, ("Drug", "DrugClass")) if drug else None
    gene = resolve(kg, target, ("Gene", "Molecule")) if target else None
    bio = resolve(kg, biomarker, CARRIER) if biomarker else None
    bio_ok = {n for n, _ in related_alterations(kg, bio.id)} if bio else set()
    drug_set = set()
    if drg is not None:
        drug_set = {drg.id} | {a.subject for a in kg.edges(drg.id, "in", "member_of")}
        drug_set |= set(graph_index(kg).class_members.get(drg.id, ()))
    idx = graph_index(kg)
    rows = []
    for regimen_id, arm_ids in sorted(idx.arms_by_regimen.items()):
        if not kg.has_node(regimen_id):
            continue
        parts = components(kg, regimen_id)
        if reg is not None and reg.id not in parts:
            continue
        if drg is not None and not (parts & drug_set):
            continue
        matched: tuple[Hop, ...] = ()
        if gene is not None:
            matched = next((m for m in (target_hops(kg, p, gene.id) for p in sorted(parts)) if m), ())
            if not matched:
                continue
        if bio is not None:
            linked = {a.object for a in kg.edges(regimen_id, "out", "overcomes")}
            linked |= {a.subject for a in kg.edges(regimen_id, "in", ("predicts_response_to", "predicts_resistance_to"))}
            if not linked & bio_ok:
                continue
        for arm_id in arm_ids:
            arm = arm_record(kg, arm_id)
            if want_phase and want_phase not in _phase_parts(arm.phase):
                continue
            if want_line and arm.line != want_line:
                continue
            rows.append(replace(arm, matched=matched) if matched else arm)
    rows.sort(key=lambda a: (arm_rank(a)[0], a.trial_name.lower(), a.arm))
    return TrialTable(tuple(rows))
