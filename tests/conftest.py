"""Shared fixtures: the bundled corpus is built once per test session, through the CLI."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args, cwd=None, check=True, env=None):
    """Run ``python -m kg ARGS`` and return the completed process.

    The environment is this one without COLUMNS (tables then take their 160-column default for a pipe),
    with ``env`` added: ``env={"COLUMNS": "80"}`` runs the command as in an 80-column terminal.
    """
    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    environ.update(env or {})
    proc = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          env=environ)
    if check and proc.returncode != 0:
        raise AssertionError(f"crckg {' '.join(map(str, args))} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    run_cli("build", "--quiet", "--out", out)
    return out


@pytest.fixture(scope="session")
def graph(built):
    import kg

    return kg.load(built)


def overcomes_read(tmp_path, text: str) -> set:
    """The ``overcomes`` facts of ``text`` read whole as one document (trial regimens come from the trial
    builders), as (subject name, object name, qualifiers)."""
    from builders import read_document

    path = tmp_path / "review.txt"
    path.write_text(text, encoding="utf-8")
    result = read_document(path)
    names = {e.id: e.name for e in result.entities}
    return {(names[a.subject], names[a.object], a.qualifiers) for a in result.assertions if a.predicate == "overcomes"}
