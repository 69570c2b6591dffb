"""How each category and predicate looks in a view: explicit registries, one entry per schema term.

Node shapes are the vis-network shapes whose size follows ``value`` (the label sits
below them), so size can show degree. Colours are distinct on white and keep apart
for the common colour-vision deficiencies where it matters most: resistance (red)
against response (green) also differs in lightness.

>>> CATEGORY_STYLE["Gene"].shape, PREDICATE_STYLE["overcomes"].label
('dot', 'overcomes')
"""
from __future__ import annotations

from typing import NamedTuple


class NodeStyle(NamedTuple):
    colour: str
    shape: str


class EdgeStyle(NamedTuple):
    colour: str
    label: str  # short label drawn on the edge
    group: str  # legend group


CATEGORY_STYLE: dict[str, NodeStyle] = {
    "Gene": NodeStyle("#4E79A7", "dot"),
    "Alteration": NodeStyle("#F28E2B", "diamond"),
    "Pathway": NodeStyle("#76B7B2", "hexagon"),
    "Drug": NodeStyle("#59A14F", "triangle"),
    "DrugClass": NodeStyle("#2F6B2A", "triangleDown"),
    "Regimen": NodeStyle("#B07AA1", "star"),
    "ResistanceMechanism": NodeStyle("#E15759", "diamond"),
    "Biomarker": NodeStyle("#EDC948", "star"),
    "CellType": NodeStyle("#FF9DA7", "dot"),
    "Molecule": NodeStyle("#9C755F", "dot"),
    "Trial": NodeStyle("#5B5553", "square"),
    "TrialArm": NodeStyle("#BAB0AC", "square"),
    "Disease": NodeStyle("#D37295", "hexagon"),
    "Document": NodeStyle("#86BCB6", "square"),
}

PREDICATE_STYLE: dict[str, EdgeStyle] = {
    "confers_resistance_to": EdgeStyle("#C62828", "resistance", "resistance"),
    "predicts_resistance_to": EdgeStyle("#EF6C00", "predicts resistance", "resistance"),
    "predicts_response_to": EdgeStyle("#2E7D32", "predicts response", "response"),
    "predicts": EdgeStyle("#827717", "predicts (no direction)", "response"),
    "overcomes": EdgeStyle("#6A1B9A", "overcomes", "rescue"),
    "targets": EdgeStyle("#1565C0", "targets", "drug action"),
    "inhibits": EdgeStyle("#0D47A1", "inhibits", "drug action"),
    "activates": EdgeStyle("#00838F", "activates", "drug action"),
    "secretes": EdgeStyle("#AD1457", "secretes", "drug action"),
    "expresses": EdgeStyle("#D81B60", "expresses", "drug action"),
    "evaluates": EdgeStyle("#6D4C41", "evaluates", "trial"),
    "has_arm": EdgeStyle("#8D6E63", "arm", "trial"),
    "uses_regimen": EdgeStyle("#A1887F", "uses", "trial"),
    "studied_in": EdgeStyle("#795548", "studied in", "trial"),
    "member_of": EdgeStyle("#757575", "member of", "belongs to"),
    "alteration_of": EdgeStyle("#616161", "alteration of", "belongs to"),
    "participates_in": EdgeStyle("#78909C", "in pathway", "belongs to"),
    "involves": EdgeStyle("#546E7A", "involves", "belongs to"),
    "subclass_of": EdgeStyle("#607D8B", "kind of", "belongs to"),
    "has_component": EdgeStyle("#9E9E9E", "component", "structure"),
    "measured_by": EdgeStyle("#9E9D24", "measured by", "biomarker"),
    # Not an edge of the graph: a step a query infers from the vocabulary (drawn dashed).
    "related_to": EdgeStyle("#9E9E9E", "related", "inferred"),
}

UNKNOWN_NODE = NodeStyle("#CCCCCC", "dot")
UNKNOWN_EDGE = EdgeStyle("#BDBDBD", "", "other")


def node_style(category: str) -> NodeStyle:
    """The style of a category (grey dot for one the registry does not know)."""
    return CATEGORY_STYLE.get(category, UNKNOWN_NODE)


def edge_style(predicate: str) -> EdgeStyle:
    """The style of a predicate (grey, unlabelled, for one the registry does not know)."""
    return PREDICATE_STYLE.get(predicate, UNKNOWN_EDGE)
