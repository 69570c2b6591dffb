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


_BROKEN_RULES = """
import sys
import builders
from builders.rules import RuleError

def broken():
    raise RuleError("ontology/rules/cues.yaml: cannot be read (found duplicate key 'in_only')")

builders.default_context = broken
sys.argv = ["crckg", "build", "--out", {out!r}, "--quiet", "--no-cache"]
from kg.cli import main
main()
"""


def test_a_rule_file_the_loaders_refuse_is_one_error_not_a_traceback(tmp_path):
    """A packaged rule file edited into something the loader refuses: the build stops with one error naming
    the file, and writes nothing."""
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-c", _BROKEN_RULES.format(out=str(out))], capture_output=True, text=True)
    assert proc.returncode == 2, proc.stderr
    assert "the reader's data cannot be loaded" in proc.stderr and "cues.yaml" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (out / "edges.jsonl").exists()


def test_a_worker_whose_warm_up_fails_reports_the_error_not_a_broken_pool():
    """With worker processes, a warm-up that fails (as loading a refused rule file does) does not kill the
    pool: the task meets the same error, and that error is what the caller gets."""
    from functools import partial

    from kg.executors import map_documents

    with pytest.raises(ValueError, match="invalid literal"):
        list(map_documents(int, ["not a number", "nor this"], workers=2, warm=partial(int, "no warm-up")))
