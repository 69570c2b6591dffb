"""The command line starts light: ``crckg --help`` imports none of the heavy libraries or lower layers."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import run_cli

# (pydantic is not listed: Typer itself imports it to convert the parameters of a command.)
HEAVY = ("rdflib", "pyoxigraph", "curies", "pyshacl", "pyvis", "jinja2", "networkx", "yaml", "builders", "ahocorasick",
         "dask")
LOWER = ("kg.pipeline", "kg.graph", "kg.query", "kg.rdf", "kg.export", "kg.view", "kg.executors", "kg.cache")

_PROBE = """
import json, sys
sys.argv = ["crckg", *{args!r}]
from kg.cli import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _modules_loaded(*args: str) -> set[str]:
    proc = subprocess.run([sys.executable, "-c", _PROBE.format(args=args)], capture_output=True, text=True)
    return set(json.loads(proc.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("args", [("--help",), ("query", "--help"), ("build", "--help"), ("sparql", "--help")])
def test_help_imports_nothing_heavy(args):
    loaded = _modules_loaded(*args)
    heavy = sorted(m for m in loaded if m.split(".")[0] in HEAVY or any(m == x or m.startswith(x + ".") for x in LOWER))
    assert not heavy, f"crckg {' '.join(args)} imported {heavy}"


def test_help_lists_every_command():
    text = run_cli("--help").stdout
    for command in ("build", "export", "query", "sparql", "validate", "serve", "view"):
        assert command in text
    assert "--time-budget" in run_cli("build", "--help").stdout
