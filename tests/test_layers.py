"""One-way layers: every import under kg/ and builders/ obeys the table of docs/architecture.md.

The table is read from the document itself, so the document cannot drift from what is enforced;
the README's copy must say the same. Imports are collected with ``ast`` (including those inside
functions), mapped to layers, and each one that breaks a rule is reported as ``file:line``.
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARCHITECTURE = ROOT / "docs" / "architecture.md"
PACKAGES = ("kg", "builders")
HEADER = "| layer | modules | may import |"


@dataclass(frozen=True)
class Layers:
    """Module name prefixes -> layer, and layer -> the layers it may import."""

    owner: dict[str, str]
    allowed: dict[str, tuple[str, ...]]

    def of(self, module: str) -> str | None:
        """The layer of ``module``: that of the listed name equal to it, else of the longest listed package
        above it whose modules the table does not list one by one (``kg`` is the root alone)."""
        if module in self.owner:
            return self.owner[module]
        best = None
        for name in self.owner:
            covers = not any(other.startswith(name + ".") for other in self.owner)
            if covers and module.startswith(name + ".") and (best is None or len(name) > len(best)):
                best = name
        return self.owner[best] if best is not None else None


def parse_layers(markdown: str) -> Layers:
    """The layer table of a markdown text (the table whose header is ``HEADER``)."""
    lines = markdown.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == HEADER)
    owner, allowed = {}, {}
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        layer, modules, may = (cell.strip() for cell in line.strip().strip("|").split("|"))
        for module in re.findall(r"`([\w.]+)`", modules):
            owner[module] = layer
        allowed[layer] = tuple(x.strip() for x in may.split(","))
    return Layers(owner, allowed)


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def known_modules(root: Path = ROOT) -> set[str]:
    return {module_name(p, root) for package in PACKAGES for p in (root / package).rglob("*.py")}


@dataclass(frozen=True)
class Import:
    line: int
    target: str
    module_level: bool


def imports(source: str, module: str, is_package: bool, known: set[str]) -> list[Import]:
    """Every import of a module's source that names a module of this project, with its line.

    ``from a import b`` names ``a.b`` when that is a module, else ``a``; relative imports are
    resolved against the module's package.
    """
    found: list[Import] = []
    package = module if is_package else module.rpartition(".")[0]

    def visit(node: ast.AST, depth: int) -> None:
        for child in ast.iter_child_nodes(node):
            inner = depth + isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda))
            if isinstance(child, ast.Import):
                for alias in child.names:
                    found.append(Import(child.lineno, alias.name, depth == 0))
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    parts = package.split(".")
                    base_parts = parts[:len(parts) - child.level + 1]
                    base = ".".join(base_parts + ([child.module] if child.module else []))
                else:
                    base = child.module or ""
                for alias in child.names:
                    sub = f"{base}.{alias.name}"
                    found.append(Import(child.lineno, sub if sub in known else base, depth == 0))
            visit(child, inner)

    visit(ast.parse(source), 0)
    return [i for i in dict.fromkeys(found) if i.target.split(".")[0] in PACKAGES]


def check_source(source: str, path: str, module: str, layers: Layers, known: set[str],
                 is_package: bool = False) -> list[str]:
    """The rules ``source`` (the text of module ``module``, file ``path``) breaks, one line each."""
    layer = layers.of(module)
    if layer is None:
        return [f"{path}:1: module {module} has no layer; add it to the table of docs/architecture.md"]
    problems = []
    for imp in imports(source, module, is_package, known):
        target_layer = layers.of(imp.target)
        where = f"{path}:{imp.line}: {module} ({layer}) imports {imp.target}"
        if target_layer is None:
            problems.append(f"{where}, which has no layer in docs/architecture.md")
        elif target_layer not in layers.allowed[layer]:
            problems.append(f"{where} ({target_layer}): the {layer} layer may import only "
                            f"{', '.join(layers.allowed[layer])}")
        elif module == "kg" and imp.module_level and target_layer != "core":
            problems.append(f"{where} ({target_layer}) at module level: the package root runs on every "
                            f"`import kg.x`, so at module level it may import only the core")
        elif (module.startswith("kg.cli.") and module != "kg.cli.common" and imp.target.startswith("kg.cli.")
              and imp.target != "kg.cli.common"):
            problems.append(f"{where}: a command module imports no other command module, only kg.cli.common")
    return problems


def project_files() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py"))


@pytest.fixture(scope="module")
def layers() -> Layers:
    return parse_layers(ARCHITECTURE.read_text(encoding="utf-8"))


def test_every_import_follows_the_layers(layers):
    known = known_modules()
    problems = []
    for path in project_files():
        problems += check_source(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)), module_name(path),
                                 layers, known, path.name == "__init__.py")
    assert not problems, "\n".join(problems)


def test_the_readme_shows_the_same_layers(layers):
    assert parse_layers((ROOT / "README.md").read_text(encoding="utf-8")) == layers


def test_the_checker_finds_a_query_module_importing_the_builders(layers):
    known = known_modules()
    source = "from kg.graph import KnowledgeGraph\n\n\ndef f():\n    import builders\n    return builders\n"
    [problem] = check_source(source, "kg/query/synthetic.py", "kg.query.synthetic", layers, known)
    assert problem.startswith("kg/query/synthetic.py:5: kg.query.synthetic (query) imports builders (builders)")
    assert "the query layer may import only core, query" in problem
    [problem] = check_source("from builders.recognize import Recognizer\n", "kg/query/x.py", "kg.query.x", layers,
                             known)
    assert "imports builders.recognize (builders)" in problem


@pytest.mark.parametrize("module, source, message", [
    ("kg.view.page", "from kg import __version__\n", "imports kg (api)"),                     # the root pulls in all
    ("kg.view.page", "from ..pipeline import build_graph\n", "imports kg.pipeline (pipeline)"),  # relative
    ("kg.graph", "import kg.pipeline\n", "the core layer may import only core"),
    ("kg", "from kg.pipeline import build_graph\n", "at module level"),
    ("kg.cli.view", "from kg.cli.query import load_graph\n", "only kg.cli.common"),
    ("kg.nowhere", "import os\n", "has no layer"),
])
def test_the_checker_names_the_rule_broken(layers, module, source, message):
    problems = check_source(source, "x.py", module, layers, known_modules(), module == "kg")
    assert len(problems) == 1 and message in problems[0], problems


def test_the_checker_allows_what_the_table_allows(layers):
    known = known_modules()
    facade = "def f():\n    from kg.pipeline import build_graph\n"
    assert not check_source(facade, "kg/__init__.py", "kg", layers, known, True)
    assert not check_source("from kg.cli.common import fail\n", "kg/cli/view.py", "kg.cli.view", layers, known)
    assert not check_source("from kg.query.records import Hop\n", "kg/view/x.py", "kg.view.x", layers, known)


# -- identifiers -----------------------------------------------------------------------------------------------
def _id_prefix(text: str, kinds) -> bool:
    return any(text.startswith(f"crc:{kind}_") for kind in kinds)


def hand_made_ids(source: str, kinds) -> list[int]:
    """Lines that build a project id by hand: ``"crc:<kind>_" + ...`` or ``f"crc:<kind>_{...}"``."""
    lines = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and isinstance(node.left, ast.Constant) \
                and isinstance(node.left.value, str) and _id_prefix(node.left.value, kinds):
            lines.add(node.lineno)
        elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant) \
                and _id_prefix(str(node.values[0].value), kinds) and len(node.values) > 1:
            lines.add(node.lineno)
    return sorted(lines)


def test_ids_are_minted_by_kg_ids():
    from kg.ids import ID_KINDS

    assert hand_made_ids('x = "crc:doc_" + stem\ny = f"crc:trial_{name}"\nz = "crc:e_" + h\n', ID_KINDS) == [1, 2]
    problems = []
    for path in project_files():
        rel = path.relative_to(ROOT)
        if rel == Path("kg/ids.py"):
            continue
        problems += [f"{rel}:{line}: build the id with kg.ids.mint(kind, *labels)"
                     for line in hand_made_ids(path.read_text(encoding="utf-8"), ID_KINDS)]
    assert not problems, "\n".join(problems)


# -- what importing a surface loads ------------------------------------------------------------------------------
def test_surfaces_do_not_pull_in_the_pipeline_or_the_builders():
    code = ("import sys\nimport kg.view, kg.query, kg.rdf.mapping, kg.export\n"
            "print(sorted(m for m in sys.modules\n"
            "             if m.split('.')[0] == 'builders' or m in ('kg.pipeline', 'kg.executors')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert proc.stdout.strip() == "[]"
