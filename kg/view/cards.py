"""What a view shows about one node or edge: vis-network items whose ``info`` the page turns into cards.

The cards are plain data (strings, lists), never HTML: the page builds the tooltip
with ``textContent``, so text from documents cannot become markup. Links are only
made for identifiers whose prefix expands to an ``http(s)`` IRI.

Examples
--------
>>> from kg.query.testing import tiny_graph
>>> kg = tiny_graph()
>>> cards = Cards(kg)
>>> item = cards.node("HGNC:7029")
>>> item["label"], item["category"], item["info"]["links"]
('MET', 'Gene', [['HGNC:7029', 'http://identifiers.org/hgnc/7029']])
>>> edge = cards.edge(next(kg.assertions("confers_resistance_to")))
>>> edge["label"], edge["info"]["evidence"][0]["quote"]
('resistance', 'MET amplification confers acquired resistance to EGFR blockade.')
"""
from __future__ import annotations

from functools import cached_property

from kg.graph import KnowledgeGraph
from kg.ids import mint, publication_link, stable_hash
from kg.model import Assertion, Evidence, Outcome
from kg.query.arms import other_cancer
from kg.view.style import edge_style, node_style

MAX_EVIDENCE = 40  # sentences listed per edge; the card says how many more there are


def outcome_text(outcome: Outcome) -> str:
    """One outcome as a short phrase: ``ORR 34% (95% CI 25–44; P 0.01; KRAS G12C)``.

    >>> from kg.model import Evidence, Outcome
    >>> ev = Evidence("d.txt", 0, 1, "x", "", "rule")
    >>> outcome_text(Outcome("arm", "mPFS", 6.9, "months", ev, ci_low=5.4, ci_high=8.1))
    'mPFS 6.9 months (95% CI 5.4–8.1)'
    >>> outcome_text(Outcome("arm", "ORR", 2.6, "%", ev, bound="lower"))
    'ORR 2.6% (lower end of a range over several studies)'
    """
    unit = {"%": "%", "": ""}.get(outcome.unit, f" {outcome.unit}")
    extra = []
    if outcome.ci_low is not None and outcome.ci_high is not None:
        extra.append(f"95% CI {outcome.ci_low:g}–{outcome.ci_high:g}")
    if outcome.p:
        extra.append(f"P {outcome.p}")
    if outcome.subgroup:
        extra.append(outcome.subgroup)
    if outcome.bound:
        extra.append(f"{outcome.bound} end of a range over several studies")
    tail = f" ({'; '.join(extra)})" if extra else ""
    return f"{outcome.metric} {outcome.value:g}{unit}{tail}"


def arm_label(trial: str, regimen: str) -> str:
    """How a trial arm is labelled: its trial and its regimen, each said once.

    >>> arm_label("BEACON", "cetuximab + encorafenib")
    'BEACON: cetuximab + encorafenib'
    >>> arm_label("study of adagrasib", "adagrasib")  # the trial's name already says the regimen
    'study of adagrasib'
    >>> arm_label("", "adagrasib")
    'adagrasib'
    """
    if not trial or regimen.casefold() in trial.casefold():
        return trial or regimen
    return f"{trial}: {regimen}" if regimen else trial


class Cards:
    """Builds node and edge items for one graph (looks up degrees, documents and IRIs once)."""

    def __init__(self, kg: KnowledgeGraph):
        self.kg = kg

    @cached_property
    def _degree(self) -> dict[str, int]:
        return dict(self.kg.to_networkx().degree())

    @cached_property
    def _documents(self) -> dict[str, dict]:
        """document name -> how to cite it (title or citation, else its name)."""
        out = {}
        for doc in self.kg.nodes("Document"):
            out[doc.name] = doc.attr("title") or doc.attr("citation") or doc.name
        return out

    def link(self, curie: str) -> str:
        """The resolvable IRI of an identifier, or "" (project ids and unknown prefixes get no link)."""
        if curie.startswith("crc:"):
            return ""
        iri = self.kg.schema.expand(curie) or ""
        return iri if iri.startswith(("https://", "http://")) else ""

    def name(self, node_id: str) -> str:
        return self.kg.entity(node_id).name if self.kg.has_node(node_id) else node_id

    # -- nodes -----------------------------------------------------------------
    def node(self, node_id: str) -> dict:
        """The vis item of a node: label, category, shape, colour, size (degree) and its card."""
        e = self.kg.entity(node_id)
        style = node_style(e.category)
        facts = []
        for key, value in e.attributes:
            spec = self.kg.schema.node_attributes.get(key, {})
            if key == "sha256":
                continue
            if spec.get("type") == "node":
                value = self.name(str(value))
            elif isinstance(value, bool):
                value = "yes" if value else "no"
            facts.append([key.replace("_", " "), str(value)])
        trial = e.id if e.category == "Trial" else e.attr("trial") if e.category == "TrialArm" else None
        cancer = other_cancer(self.kg, str(trial)) if trial and self.kg.has_node(str(trial)) else None
        if cancer:  # a trial of another cancer: its outcomes are not colorectal ones
            facts.append(["studied in", cancer])
        info = {
            "name": e.name,
            "category": e.category,
            "id": e.id,
            "links": [[x, self.link(x)] for x in e.xrefs],
            "synonyms": list(e.synonyms),
            "facts": facts,
            "outcomes": [self._outcome(o) for o in self.kg.outcomes(e.id)] if e.category in ("TrialArm", "Trial") else [],
            "documents": [self._documents.get(d, d) for d in self.kg.mentioned_in(e.id)],
        }
        degree = self._degree.get(node_id, 0)
        label = e.name
        if e.category == "TrialArm" and e.attr("trial") and e.attr("regimen"):
            label = arm_label(self.name(e.attr("trial")), self.name(e.attr("regimen")))
        return {"id": e.id, "label": label, "category": e.category, "shape": style.shape, "color": style.colour,
                "value": degree + 1, "degree": degree, "info": info}

    def _outcome(self, outcome: Outcome) -> dict:
        return {"text": outcome_text(outcome), **self._evidence(outcome.evidence)}

    def _evidence(self, ev: Evidence) -> dict:
        if not ev.literature:  # background knowledge: a vocabulary entry, no document and no offsets
            return {"quote": ev.sentence, "document": ev.document, "source": f"background knowledge: {ev.document}",
                    "section": ev.section, "span": "", "study": ev.source, "method": ev.method}
        out = {"quote": ev.sentence, "document": ev.document, "source": self._documents.get(ev.document, ev.document),
               "section": ev.section, "span": f"{ev.start}–{ev.end}", "study": ev.study_kind.replace("_", " "),
               "method": ev.method}
        if ev.publications:  # [CURIE, link] pairs: PubMed, PMC, doi.org
            out["publications"] = [[p, publication_link(p) or ""] for p in ev.publications]
        return out

    # -- edges -----------------------------------------------------------------
    def edge(self, assertion: Assertion, inferred: str | None = None) -> dict:
        """The vis item of an edge: predicate label and colour, direction, width by evidence, and its card."""
        return self.edge_between(assertion.subject, assertion.predicate, assertion.object, assertion.qualifiers,
                                 assertion.evidence, inferred)

    def edge_between(self, subject: str, predicate: str, object_: str, qualifiers=(), evidence=(),
                     inferred: str | None = None) -> dict:
        """Like :meth:`edge`, for a query hop (which may be an inference with no sentence)."""
        style = edge_style(predicate)
        key = (subject, predicate, object_, tuple(qualifiers))
        edge_id = Assertion(*key).id if not inferred else mint("inferred", stable_hash(*key, inferred)[:16])
        quals = []
        for k, v in qualifiers:
            if k == "mechanism_class":
                v = self.kg.schema.mechanism_taxonomy.get(v, {}).get("label", v)
            quals.append([k.replace("_", " "), str(v).replace("_", " ")])
        shown = list(evidence)[:MAX_EVIDENCE]
        arm = next((n for n in (subject, object_) if self.kg.has_node(n)
                    and self.kg.entity(n).category == "TrialArm"), None)
        info = {
            "predicate": predicate.replace("_", " "),
            "subject": self.name(subject),
            "object": self.name(object_),
            "qualifiers": quals,
            "evidence": [self._evidence(ev) for ev in shown],
            "more": len(evidence) - len(shown),
            "inferred": inferred or "",
            "arm": self.name(arm) if arm else "",
            "outcomes": [self._outcome(o) for o in self.kg.outcomes(arm)] if arm else [],
        }
        item = {"id": edge_id, "from": subject, "to": object_, "predicate": predicate, "label": style.label,
                "color": style.colour, "value": max(1, len(evidence)), "info": info}
        if inferred or (evidence and not any(ev.literature for ev in evidence)):
            item["dashes"] = True  # no sentence states it: an inference, or background knowledge alone
        return item
