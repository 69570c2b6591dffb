"""The README's table "How the reader reads" and docs/reader.md, which holds its detail, stay in step.

Each row of the table links to a section of docs/reader.md; each module the row names has a subsection there, and the
row's "and N more" counts the section's other modules; every module docs/reader.md describes exists.
"""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = "| step | main modules | what it does | detail |"


def _anchor(title: str) -> str:
    return re.sub(r"[^a-z0-9 -]", "", title.lower()).replace(" ", "-")


def _sections(markdown: str) -> dict[str, list[str]]:
    """Anchor of each ``## `` section of docs/reader.md -> the modules of its ``### `` subsections, in order."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in markdown.splitlines():
        if line.startswith("## "):
            current = _anchor(line[3:].strip())
            sections[current] = []
        elif line.startswith("### ") and current is not None:
            sections[current] += re.findall(r"`([^`]+)`", line)
    return sections


def _rows(markdown: str) -> list[list[str]]:
    lines = markdown.splitlines()
    start = lines.index(HEADER)
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


def test_every_row_links_to_its_section_and_names_its_modules():
    sections = _sections((ROOT / "docs" / "reader.md").read_text(encoding="utf-8"))
    rows = _rows((ROOT / "README.md").read_text(encoding="utf-8"))
    assert rows
    for step, modules, what, detail in rows:
        assert what and len(what) < 300, step
        link = re.fullmatch(r"\[[^\]]+\]\(docs/reader\.md#([a-z0-9-]+)\)", detail)
        assert link and link.group(1) in sections, (step, detail)
        documented = sections[link.group(1)]
        named = re.findall(r"`([^`]+)`", modules)
        assert named and all(module in documented for module in named), step
        more = re.search(r"and (\d+) more", modules)
        assert len(named) + (int(more.group(1)) if more else 0) == len(documented), step


def test_every_module_documented_exists():
    sections = _sections((ROOT / "docs" / "reader.md").read_text(encoding="utf-8"))
    modules = [module for documented in sections.values() for module in documented]
    assert len(modules) == len(set(modules)) > 100
    for module in modules:
        assert list(ROOT.glob(module)), module


# Modules under builders/ that read no kind of statement, so docs/reader.md gives them no subsection.
HELPERS = {
    "builders/__init__.py": "runs the builders in order; each step it runs is a section of its own",
    "builders/formats/__init__.py": "only maps a file suffix to its format's reader (each reader has its subsection)",
    "builders/lazy_patterns.py": "compiles a reader's regular expression on first use; reads nothing itself",
    "builders/kept_patterns.py": "keeps compiled regular expressions between builds; reads nothing itself",
    "builders/prefilter.py": "skips a regular expression on text that cannot hold a match; same matches as without it",
    "builders/word_patterns.py": "one cached pattern per name searched as a whole word; reads nothing itself",
    "builders/derived_facts.py": "pools the evidence of a fact several derivations give; derives nothing itself",
    "builders/formats/ids.py": "writes publication identifiers as CURIEs; reads no text",
    "builders/formats/xmltools.py": "parses XML safely and joins an element's text for the XML formats",
}


def test_every_builders_module_has_its_subsection():
    sections = _sections((ROOT / "docs" / "reader.md").read_text(encoding="utf-8"))
    documented = {module for modules in sections.values() for module in modules}
    modules = {path.relative_to(ROOT).as_posix() for path in (ROOT / "builders").rglob("*.py")}
    assert set(HELPERS) <= modules, sorted(set(HELPERS) - modules)
    assert not documented & set(HELPERS), sorted(documented & set(HELPERS))
    missing = sorted(modules - documented - set(HELPERS))
    assert not missing, f"builders/ modules with no subsection in docs/reader.md: {missing}"


def test_every_rule_file_is_named():
    page = (ROOT / "docs" / "reader.md").read_text(encoding="utf-8")
    for path in sorted((ROOT / "ontology" / "rules").glob("*.yaml")):
        assert f"`ontology/rules/{path.name}`" in page, path.name
