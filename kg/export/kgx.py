"""KGX JSON Lines: ``nodes.jsonl`` and ``edges.jsonl`` (sorted, byte-stable), and reading them back."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from kg.atomic import atomic_open
from kg.echo import cut
from kg.levels import agent_type, evidence_level
from kg.graph import KnowledgeGraph
from kg.model import Assertion, Entity, Evidence, Outcome


def _dumps(record: dict) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def node_records(kg: KnowledgeGraph) -> Iterator[dict]:
    """One KGX record per node, in id order (made as they are asked for)."""
    schema = kg.schema
    outcomes: dict[str, list[Outcome]] = {}
    for o in kg.outcomes():
        outcomes.setdefault(o.arm, []).append(o)
    for e in kg.nodes():
        row = {"id": e.id, "category": [schema.biolink_category(e.category), f"crc:{e.category}"], "name": e.name}
        if e.synonyms:
            row["synonym"] = list(e.synonyms)
        if e.xrefs:
            row["xref"] = list(e.xrefs)
        for key, value in e.attributes:
            row[key] = value
        mentioned = kg.mentioned_in(e.id)
        if mentioned:
            row["mentioned_in"] = mentioned
        if e.id in outcomes:
            row["outcomes"] = [o.to_dict() for o in outcomes[e.id]]
        yield row


def edge_records(kg: KnowledgeGraph) -> Iterator[dict]:
    """One KGX record per edge, in id order (made as they are asked for)."""
    schema = kg.schema
    for a in kg.assertions():
        row = {"id": a.id, "subject": a.subject, "predicate": schema.predicates[a.predicate].biolink,
               "original_predicate": f"crc:{a.predicate}", "object": a.object,
               "knowledge_level": "knowledge_assertion", "agent_type": agent_type(a),
               "evidence": [ev.to_dict() for ev in a.evidence if ev.literature]}
        background = [ev.to_dict() for ev in a.evidence if not ev.literature]
        if background:  # vocabulary facts have no text to point into: kept apart, so `evidence` is all checkable
            row["background_evidence"] = background
        level = evidence_level(schema, a)
        if level is not None:  # None: background knowledge alone (evidence method vocabulary), no study behind it
            row["evidence_level"] = level
        publications = sorted({p for ev in a.evidence for p in ev.publications})
        if publications:  # Biolink's slot for the publications that support an edge
            row["publications"] = publications
        for key, value in a.qualifiers:
            row[key] = value
        yield row


def kgx_text(kg: KnowledgeGraph) -> tuple[str, str]:
    nodes = "".join(_dumps(r) + "\n" for r in node_records(kg))
    edges = "".join(_dumps(r) + "\n" for r in edge_records(kg))
    return nodes, edges


def write_kgx(kg: KnowledgeGraph, out_dir: Path) -> list[Path]:
    """Write ``nodes.jsonl`` and ``edges.jsonl``, a record at a time, each file atomically."""
    out_dir = Path(out_dir)
    for name, records in (("nodes.jsonl", node_records(kg)), ("edges.jsonl", edge_records(kg))):
        with atomic_open(out_dir / name) as handle:
            for record in records:
                handle.write(_dumps(record) + "\n")
    return [out_dir / "nodes.jsonl", out_dir / "edges.jsonl"]


_NODE_KEYS = {"id", "category", "name", "synonym", "xref", "outcomes", "mentioned_in"}
_EDGE_KEYS = {"id", "subject", "predicate", "original_predicate", "object", "knowledge_level", "agent_type",
              "evidence_level", "evidence", "background_evidence", "publications"}


class GraphFileError(ValueError):
    """A nodes.jsonl/edges.jsonl file that cannot be read back (names the file and line)."""


def _rows(path: Path):
    try:
        handle = open(path, "rb")  # decoded line by line, so bytes that are not UTF-8 get a file:line error
    except OSError as exc:
        raise GraphFileError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None
    with handle:
        for lineno, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise GraphFileError(f"{path}:{lineno}: not UTF-8 text (byte {exc.start} of the line), so not a "
                                     f"file `crckg build` wrote; rebuild it with `crckg build`") from None
            if line.strip():
                try:
                    yield lineno, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GraphFileError(f"{path}:{lineno}: not valid JSON ({exc.msg}); rebuild it with `crckg build`") from None


def read_kgx(out_dir) -> KnowledgeGraph:
    """Load a graph written by :func:`write_kgx`.

    Raises ``FileNotFoundError`` when a file is missing and :class:`GraphFileError` (with file
    and line) when a line is not a record this project wrote.
    """
    out_dir = Path(out_dir)
    for name in ("nodes.jsonl", "edges.jsonl"):
        try:
            present = (out_dir / name).is_file()
        except OSError as exc:  # e.g. a name too long
            raise GraphFileError(f"{cut(out_dir)}: cannot be read ({exc.strerror}); "
                                 f"pass the folder `crckg build` wrote") from None
        if not present:
            raise FileNotFoundError(f"{out_dir / name} not found; run `crckg build --out {out_dir}` first")
    kg = KnowledgeGraph()
    outcomes = []
    path = out_dir / "nodes.jsonl"
    for lineno, row in _rows(path):
        try:
            category = row["category"][1].split(":", 1)[1]
            attrs = tuple(sorted((k, v) for k, v in row.items() if k not in _NODE_KEYS))
            kg.add_entity(Entity(row["id"], category, row["name"], tuple(row.get("synonym", ())),
                                 tuple(row.get("xref", ())), attrs))
            for doc in row.get("mentioned_in", ()):
                kg.note_mention(row["id"], doc)
            for o in row.get("outcomes", ()):
                outcomes.append(Outcome(row["id"], o["metric"], o["value"], o["unit"], Evidence.from_dict(o["evidence"]),
                                        o.get("ci_low"), o.get("ci_high"), o.get("p"), o.get("subgroup"),
                                        o.get("bound")))
        except (KeyError, IndexError, TypeError, AttributeError, ValueError) as exc:
            raise GraphFileError(f"{path}:{lineno}: not a node record ({type(exc).__name__}: {exc}); "
                                 f"rebuild it with `crckg build`") from None
    path = out_dir / "edges.jsonl"
    for lineno, row in _rows(path):
        try:
            quals = tuple(sorted((k, v) for k, v in row.items() if k not in _EDGE_KEYS))
            kg.add_assertion(Assertion(row["subject"], row["original_predicate"].split(":", 1)[1], row["object"], quals,
                                       [Evidence.from_dict(ev) for ev in row["evidence"] +
                                        row.get("background_evidence", [])]))
        except (KeyError, IndexError, TypeError, AttributeError, ValueError) as exc:
            raise GraphFileError(f"{path}:{lineno}: not an edge record ({type(exc).__name__}: {exc}); "
                                 f"rebuild it with `crckg build`") from None
    for o in outcomes:
        kg.add_outcome(o)
    return kg
