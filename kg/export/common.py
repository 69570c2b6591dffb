"""What every exporter derives the same way: evidence levels, knowledge level, agent type, atomic writes."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.model import Assertion
from kg.schema import Schema


def evidence_level(schema: Schema, assertion: Assertion) -> str:
    """The strongest CIViC-style level (A best ... E) among an assertion's evidence."""
    best = min(assertion.evidence, key=lambda ev: schema.rank_of(ev.study_kind))
    return schema.level_of(best.study_kind)


def agent_type(assertion: Assertion) -> str:
    methods = {ev.method for ev in assertion.evidence}
    return "manual_agent" if methods == {"curated"} else "text_mining_agent"


def write_atomic(path: Path, data: str) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
