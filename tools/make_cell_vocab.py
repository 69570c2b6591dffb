"""Regenerate ``ontology/vocab/cell_ontology.tsv`` (maintainers only; not run at build time).

The table lists Cell Ontology (CL, CC BY 4.0) terms for the cells of a tumour and its
microenvironment: immune cells (every descendant of leukocyte, CL:0000738), stromal
cells (fibroblasts, myofibroblasts, endothelial cells, pericytes, hepatic stellate
cells, adipocytes, smooth muscle and stromal cells), stem cells, neoplastic cells,
platelets, and epithelial cells of the intestine, colon and liver.

Input: a local copy of the ontology, either a release in OBO format (``cl.obo``,
``cl-basic.obo``) or the editors' file in OWL functional syntax
(``src/ontology/cl-edit.owl`` of github.com/obophenotype/cell-ontology)::

    git --git-dir=cell-ontology.git show HEAD:src/ontology/cl-edit.owl > /tmp/cl-edit.owl
    python tools/make_cell_vocab.py /tmp/cl-edit.owl > ontology/vocab/cell_ontology.tsv

Parents come from asserted ``SubClassOf`` axioms and from the named classes of
``EquivalentClasses(X ObjectIntersectionOf(Y ...))`` definitions (``is_a`` and
``intersection_of`` in OBO). Only EXACT synonyms are kept (not broad, narrow or
related), plus the plural of the name and of each synonym. Synonyms shorter than 4
characters are dropped unless listed in ``SHORT_ABBREVIATIONS``; synonyms without a
lower-case letter that are HGNC symbols (approved, previous or alias, from
``ontology/vocab/hgnc_genes.tsv``) are dropped, as are synonyms shared by two terms
or equal to another term's name. Obsolete terms are left out. Rows are sorted by id.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HGNC_TSV = REPO / "ontology" / "vocab" / "hgnc_genes.tsv"

# (root, with descendants?)
ROOTS: tuple[tuple[str, bool], ...] = (
    ("CL:0000738", True),   # leukocyte
    ("CL:0000763", False),  # myeloid cell
    ("CL:0000233", False),  # platelet
    ("CL:0000057", True),   # fibroblast
    ("CL:0000186", True),   # myofibroblast cell
    ("CL:0000499", False),  # stromal cell
    ("CL:0000192", False),  # smooth muscle cell
    ("CL:0000115", True),   # endothelial cell
    ("CL:0000669", True),   # pericyte
    ("CL:0000632", True),   # hepatic stellate cell
    ("CL:0000091", True),   # Kupffer cell
    ("CL:0000136", True),   # adipocyte
    ("CL:0000034", False),  # stem cell
    ("CL:0000037", False),  # hematopoietic stem cell
    ("CL:0000134", True),   # mesenchymal stem cell
    ("CL:0002250", True),   # intestinal crypt stem cell
    ("CL:0001063", True),   # neoplastic cell
    ("CL:0000066", False),  # epithelial cell
    ("CL:0002563", True),   # intestinal epithelial cell
    ("CL:0011108", True),   # colon epithelial cell
    ("CL:0000584", True),   # enterocyte
    ("CL:0000160", True),   # goblet cell
    ("CL:0000510", True),   # Paneth cell
    ("CL:0000164", False),  # enteroendocrine cell
    ("CL:0000182", True),   # hepatocyte
    ("CL:1000488", True),   # cholangiocyte
)
# Any term whose name mentions the intestine, colon or rectum is kept too.
SITE_WORDS = re.compile(r"\b(?:colon|colonic|colonocyte|large intestin\w*|intestin\w*|rectum|rectal|"
                        r"crypt|enteric)\b", re.I)

# Abbreviations shorter than 4 characters that the literature uses for these cells.
SHORT_ABBREVIATIONS = {"NK", "NKT", "DC", "pDC", "cDC", "cDC1", "cDC2", "moDC", "Th1", "Th2", "Th9",
                       "Tfh", "Tc1", "Tc2", "CTL", "ILC", "MSC", "HSC", "EC", "TAM", "CAF", "Treg",
                       "mDC", "IEL", "PMN", "WBC"}

# Names the literature uses that CL lacks as exact synonyms (maintainer additions, marked in
# SOURCES.md); plurals are generated as for CL synonyms.
CURATED_SYNONYMS = {
    "CL:0000889": ["myeloid-derived suppressor cell", "MDSC"],
    "CL:0000625": ["CD8+ T cell", "CD8-positive T cell", "CD8+ T lymphocyte"],
    "CL:0000624": ["CD4+ T cell", "CD4-positive T cell", "CD4+ T lymphocyte"],
    "CL:0000451": ["DCs"],
}

IRREGULAR_PLURALS = {"cell": "cells", "stem": "stem", "fibroblast": "fibroblasts"}


# -- parsing --------------------------------------------------------------------
def curie(iri: str) -> str | None:
    m = re.fullmatch(r"(?:obo:|<http://purl\.obolibrary\.org/obo/)([A-Za-z]+)_(\w+?)>?", iri)
    return f"{m[1]}:{m[2]}" if m else None


TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"(?:\^\^[\w:]+|@[\w-]+)?|\(|\)|[^\s()"]+')


def parse_sexpr(text: str) -> list:
    """Parse OWL functional syntax into nested lists: ``F(a b)`` becomes ``["F", "a", "b"]``."""
    stack: list[list] = [[]]
    for tok in TOKEN.findall(text):
        if tok == "(":
            parent = stack[-1]
            head = parent.pop() if parent and isinstance(parent[-1], str) and not parent[-1].startswith('"') else ""
            node = [head]
            parent.append(node)
            stack.append(node)
        elif tok == ")":
            stack.pop()
        else:
            stack[-1].append(tok)
    return stack[0]


def string_value(tok: str) -> str:
    m = re.match(r'"((?:[^"\\]|\\.)*)"', tok, re.S)
    return m[1].replace('\\"', '"').replace("\\\\", "\\") if m else tok


def read_ofn(path: Path):
    """Terms (id -> {name, exact, deprecated}) and is-a parents from OWL functional syntax."""
    terms: dict[str, dict] = {}
    parents: dict[str, set[str]] = {}
    tree = parse_sexpr(path.read_text(encoding="utf-8"))
    ontology = next(node for node in tree if isinstance(node, list) and node[0] == "Ontology")
    for node in ontology:
        if not isinstance(node, list):
            continue
        head = node[0]
        args = [a for a in node[1:] if not (isinstance(a, list) and a[0] == "Annotation")]
        if head == "AnnotationAssertion" and len(args) >= 3:
            prop, subj, value = args[0], curie(args[1]) if isinstance(args[1], str) else None, args[2]
            if not subj or not subj.startswith("CL:") or not isinstance(value, str):
                continue
            term = terms.setdefault(subj, {"name": None, "exact": [], "deprecated": False})
            if prop == "rdfs:label" and term["name"] is None:
                term["name"] = string_value(value)
            elif prop == "oboInOwl:hasExactSynonym":
                term["exact"].append(string_value(value))
            elif prop == "owl:deprecated" and "true" in value:
                term["deprecated"] = True
        elif head == "SubClassOf" and len(args) >= 2 and all(isinstance(a, str) for a in args[:2]):
            sub, sup = curie(args[0]), curie(args[1])
            if sub and sup:
                parents.setdefault(sub, set()).add(sup)
        elif head == "EquivalentClasses" and len(args) >= 2 and isinstance(args[0], str) and curie(args[0]):
            sub = curie(args[0])
            for cls in args[1:]:
                if isinstance(cls, list) and cls[0] == "ObjectIntersectionOf":
                    for part in cls[1:]:
                        if isinstance(part, str) and curie(part):
                            parents.setdefault(sub, set()).add(curie(part))
    return terms, parents


def read_obo(path: Path):
    """Terms and is-a parents from an OBO file (``is_a`` and genus ``intersection_of``)."""
    terms: dict[str, dict] = {}
    parents: dict[str, set[str]] = {}
    current = None
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if line.startswith("["):
                current = None
                if line == "[Term]":
                    current = {"id": None, "name": None, "exact": [], "deprecated": False, "parents": set()}
                continue
            if current is None or ": " not in line:
                if current is not None and current.get("id") and line == "":
                    pass
                continue
            tag, value = line.split(": ", 1)
            if tag == "id":
                current["id"] = value.strip()
                terms[current["id"]] = current
                parents[current["id"]] = current["parents"]
            elif tag == "name":
                current["name"] = value.strip()
            elif tag == "synonym":
                m = re.match(r'"((?:[^"\\]|\\.)*)"\s+(\w+)', value)
                if m and m[2] == "EXACT":
                    current["exact"].append(m[1].replace('\\"', '"'))
            elif tag == "is_obsolete" and value.strip() == "true":
                current["deprecated"] = True
            elif tag == "is_a":
                current["parents"].add(value.split()[0])
            elif tag == "intersection_of" and " " not in value.split("!")[0].strip():
                current["parents"].add(value.split()[0])
    return terms, parents


# -- names ----------------------------------------------------------------------
def pluralise_word(word: str) -> str | None:
    if not re.fullmatch(r"[A-Za-z][a-z-]*[a-z]|[A-Za-z]?[A-Z][A-Za-z]{0,4}", word):
        return None  # codes such as NK.49Cl+.Sp or T(FH) have no plural
    if word.endswith("s") and word[:-1].isupper():
        return None  # DCs, MDSCs: already plural
    if any(c.isupper() for c in word[1:]) or word.isupper():
        return word + "s"  # MDSC -> MDSCs, pDC -> pDCs, Treg -> Tregs
    low = word.lower()
    if low in IRREGULAR_PLURALS:
        return word[: len(word) - len(low)] + IRREGULAR_PLURALS[low] if word.islower() else word + "s"
    if low.endswith(("cytes", "cells", "phages", "blasts")) or (low.endswith("s") and not low.endswith("ss")):
        return None  # already plural or a mass noun
    if re.search(r"[^aeiou]y$", low):
        return word[:-1] + "ies"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


HEAD_NOUN = re.compile(r"(?<![\w-])[\w-]*(?:cell|cyte|phage|blast|phil|Treg|DC|MDSC|precursor|progenitor)(?![\w-])")


def pluralise(name: str) -> str | None:
    """Plural of a cell-type name: its last head noun (cell, -cyte, -phage, ...) or else its last word."""
    species = re.fullmatch(r"(.*)(, (?:mouse|human|rat))", name)
    if species:
        plural = pluralise(species[1])
        return plural + species[2] if plural else None
    heads = list(HEAD_NOUN.finditer(name))
    start, end = (heads[-1].start(), heads[-1].end()) if heads else (name.rfind(" ") + 1, len(name))
    plural = pluralise_word(name[start:end])
    return name[:start] + plural + name[end:] if plural else None


def load_hgnc_symbols() -> set[str]:
    symbols: set[str] = set()
    with open(HGNC_TSV, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            symbols.add(row["symbol"])
            symbols.update(filter(None, (row["previous_symbols"] + "|" + row["alias_symbols"]).split("|")))
    return symbols


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    path = Path(argv[1])
    terms, parents = read_obo(path) if path.suffix == ".obo" else read_ofn(path)
    children: dict[str, set[str]] = {}
    for child, sups in parents.items():
        for sup in sups:
            children.setdefault(sup, set()).add(child)

    keep: set[str] = set()
    for root, with_descendants in ROOTS:
        if root not in terms:
            sys.exit(f"root {root} is not in {path}")
        keep.add(root)
        if with_descendants:
            todo = [root]
            while todo:
                for child in children.get(todo.pop(), ()):
                    if child not in keep:
                        keep.add(child)
                        todo.append(child)
    for tid, term in terms.items():
        if term["name"] and SITE_WORDS.search(term["name"]) and re.search(r"\bcells?\b|cyte\b", term["name"]):
            keep.add(tid)
    keep = {t for t in keep if t.startswith("CL:") and t in terms and terms[t]["name"] and not terms[t]["deprecated"]
            and not terms[t]["name"].startswith("obsolete")}

    hgnc = load_hgnc_symbols()

    dropped: dict[str, str] = {}

    def acceptable(syn: str) -> bool:
        if len(syn) < 4 and syn not in SHORT_ABBREVIATIONS and syn[:-1] not in SHORT_ABBREVIATIONS:
            dropped[syn] = "short"
            return False
        if not any(c.islower() for c in syn) and syn in hgnc:
            dropped[syn] = "gene symbol"
            return False  # ambiguous with a gene symbol
        return True

    names = {tid: clean(terms[tid]["name"]) for tid in keep}
    name_owner = {n.lower(): tid for tid, n in names.items()}
    candidates: dict[str, list[str]] = {}
    for tid in keep:
        forms = []
        for syn in [names[tid]] + [clean(s) for s in terms[tid]["exact"]] + CURATED_SYNONYMS.get(tid, []):
            if syn != names[tid] and not acceptable(syn):
                continue
            forms.append(syn)
            plural = pluralise(syn)
            if plural and acceptable(plural):
                forms.append(plural)
        candidates[tid] = forms
    owners: dict[str, set[str]] = {}
    for tid, forms in candidates.items():
        for f in forms:
            owners.setdefault(f.lower(), set()).add(tid)

    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["cl_id", "name", "synonyms"])
    n_syn = 0
    for tid in sorted(keep):
        seen = {names[tid].lower()}
        syns = []
        for f in candidates[tid]:
            low = f.lower()
            if low in seen or len(owners[low]) > 1 or name_owner.get(low, tid) != tid:
                continue
            seen.add(low)
            syns.append(f)
        syns.sort(key=lambda s: (s.lower(), s))
        n_syn += len(syns)
        out.writerow([tid, names[tid], "|".join(syns)])
    for syn, why in sorted(dropped.items()):
        print(f"dropped synonym {syn!r} ({why})", file=sys.stderr)
    print(f"cell_ontology.tsv: {len(keep)} cell types, {n_syn} synonyms (plurals included)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
