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
