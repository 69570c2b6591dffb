"""Resistant sublines named by a suffix on their parental line: "HCT116/L-OHP", "SW480-OxR", "LoVo-R",
"Caco-2 CR". The whole name is one cell line (never the drug written in it, never a cause): the drug
in "HCT-8/5-FU" is part of the line's name, not a therapy the sentence speaks of.

The parent is a listed cell line, or a name written as one (letters, then digits: "HCT-8"). The suffix
is a slash and a drug ("/5-FU", "/OXA") or a "/R"; a hyphen and a short tag ending in R ("-R", "-OxR",
"-CR"); a space and a capitalised tag ending in R ("Caco-2 CR"); or an R glued to a parent that ends in its
number ("HCT-116R", "SW620R": a colorectal line's name, never a gene symbol). A tag that is a gene symbol
("DLD-1-EGFR" names a line made to express EGFR) is no resistance suffix.
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile
from kg.ids import mint
from kg.model import Entity

# a parental line the vocabulary does not list, written as one: letters (a capital first), then digits
_PARENT = lazy_compile(r"(?<![A-Za-z0-9\-/])[A-Z][A-Za-z]{1,5}-?\d{1,4}(?![A-Za-z0-9])")
_SLASH_TAG = lazy_compile(r"/(?P<tag>[A-Za-z0-9][A-Za-z0-9\-]{0,9})(?![A-Za-z0-9\-])")
_HYPHEN_TAG = lazy_compile(r"-(?P<tag>[A-Za-z0-9]{0,6}R)(?![A-Za-z0-9\-])")
# a tag after a slash written like a hyphen's tag: up to six letters or digits ending in R ("/CR", "/OxR")
_SLASH_R_TAG = lazy_compile(r"[A-Za-z0-9]{1,6}R")
# s53 f21m: an NCI-H line written without its "NCI-" ("H508", "H716"), a parent only right before a resistance
# suffix's slash or hyphen (never "H1047R", a protein change)
_NCI_H_LINE = lazy_compile(r"(?<![A-Za-z0-9\-/])H\d{3,4}(?=[/-][A-Za-z0-9])")
# tags that name no resistance: hormone receptors, and the parental line ("HCT116-PAR")
_NOT_TAGS = frozenset({"ER", "PR", "AR", "PAR", "GR", "MR", "VDR"})
_SPACE_TAG = lazy_compile(r" (?P<tag>[A-Z][A-Za-z]{0,4}R)(?![A-Za-z0-9\-])")
# a sentence that may hold a resistance suffix at all (a slash, or a hyphen or space tag ending in R): the
# recogniser runs :func:`resistant_lines` only on these
MAY_HOLD = lazy_compile(r"/|[- ][A-Za-z0-9]{0,6}R(?![A-Za-z0-9\-])|\dR(?![A-Za-z0-9\-])")
# a parent that ends in its number with an R glued to it ("HCT-116R", "DLD-1R", "SW620R")
_GLUED_R = lazy_compile(r"(?<![A-Za-z0-9\-/])(?P<parent>[A-Z][A-Za-z]{1,5}-?\d{1,4})R(?![A-Za-z0-9\-/])")
# the way colorectal cancer cell line names begin, for names the vocabulary does not list
_LINE_PREFIX = lazy_compile(r"(?:HCT|SW|DLD|HT|LS|LIM|COLO|Caco|CACO|RKO|KM|SNU|LoVo|WiDr|GEO|CT|MC|HCA|NCI|SK|CCD|FHC|"
                            r"NCM|Colo|HCC|CaCo)-?\d")


def _parents(r, text: str, mentions: list) -> list[tuple[int, int]]:
    """Spans of the parental lines in ``text``: listed cell lines and names written as one."""
    spans = [(m.start, m.end) for m in mentions if m.entity.category == "CellType" and m.entity.attr("cell_line")]
    for m in _PARENT.finditer(text):
        name = m.group(0)
        if r.vocab.gene_entity(name) is not None or name.lower() in r.vocab.by_name:
            continue
        if _LINE_PREFIX.match(name):
            spans.append((m.start(), m.end()))
    for m in _NCI_H_LINE.finditer(text):
        spans.append((m.start(), m.end()))
    for m in _GLUED_R.finditer(text):
        parent = m.group("parent")
        if r.vocab.gene_entity(m.group(0)) is None and r.vocab.gene_entity(parent) is None and \
                (_LINE_PREFIX.match(parent) or _listed_line(r, parent)):
            spans.append((m.start(), m.end()))  # the parent with its glued R (the suffix is part of the span)
    return sorted(set(spans))


def _listed_line(r, name: str) -> bool:
    """Whether the vocabulary lists ``name`` as a cell line."""
    mid = r.vocab.by_name.get(name.lower())
    entity = r.vocab.entities.get(mid) if isinstance(mid, str) else None
    return entity is not None and bool(entity.attr("cell_line"))


# a line's name that ends in a resistance suffix (as :func:`resistant_lines` reads them)
_RESISTANT_NAME = lazy_compile(r"(?:/[A-Za-z0-9\-]+|-[A-Za-z0-9]{0,6}R| [A-Z][A-Za-z]{0,4}R|\dR)$")


def is_resistant_subline(entity) -> bool:
    """Whether ``entity`` is a resistant subline named by its suffix ("HCT-116R", "LoVo-R", "HCT116/5-FU"); a
    parental line, or a subline of the vocabulary's own, is not."""
    return entity.category == "CellType" and bool(entity.attr("cell_line")) and not entity.xrefs and \
        bool(_RESISTANT_NAME.search(entity.name)) and not entity.name.upper().endswith(tuple(f"-{t}" for t in _NOT_TAGS))


def _suffix_end(r, text: str, end: int, drugs: dict[int, int]) -> int | None:
    """Where the resistance suffix that starts at ``end`` ends, or None when no suffix starts there."""
    slash = _SLASH_TAG.match(text, end)
    if slash:
        tag = slash.group("tag")
        if tag == "R" or drugs.get(slash.start() + 1) == slash.end():
            return slash.end()
        # s53 f21m: a short tag ending in R after the slash, as after a hyphen ("H508/CR", "HCT116/OxR"), never a
        # gene's symbol ("EphA2/EGFR", "Flk-1/KDR")
        if _SLASH_R_TAG.fullmatch(tag) and r.vocab.gene_entity(tag) is None and tag.upper() not in _NOT_TAGS:
            return slash.end()
        return None
    for pattern in (_HYPHEN_TAG, _SPACE_TAG):
        m = pattern.match(text, end)
        if m and r.vocab.gene_entity(m.group("tag")) is None and m.group("tag").upper() not in _NOT_TAGS:
            return m.end()
    return None


def resistant_lines(r, text: str, mentions: list) -> list:
    """``mentions`` with each resistant subline read as one cell line (the mentions inside it dropped)."""
    from builders.recognize import Mention

    drugs = {m.start: m.end for m in mentions if m.entity.category in ("Drug", "Regimen")}
    found = []
    for start, end in _parents(r, text, mentions):
        glued = text[end - 1] == "R" and bool(_GLUED_R.fullmatch(text[start:end]))
        stop = end if glued else _suffix_end(r, text, end, drugs)
        if stop is not None and not (found and start < found[-1][1]):
            found.append((start, stop))
    if not found:
        return mentions
    out = [m for m in mentions if not any(m.start < b and a < m.end for a, b in found)]
    for a, b in found:
        name = text[a:b]
        entity = Entity(mint("cell", name), "CellType", name, (), (), (("cell_line", True),))
        out.append(Mention(a, b, name, entity, "pattern"))
    return sorted(out, key=lambda m: (m.start, m.end))


# a definition of a resistant subline: "oxaliplatin-resistant cell line (DLD-1-OxR)", "Caco-2 cetuximab-resistant
# (Caco-2 CR) cells", "an acquired 5-FU resistant cell line, LoVo-R,"
_DEFINED = lazy_compile(r"(?P<drug>[A-Za-z0-9][A-Za-z0-9\-]*?)[-\s]resistant\s+(?:(?:human\s+|colorectal\s+|colon\s+|"
                        r"cancer\s+|CRC\s+)*(?:cell\s+lines?|cells?|sublines?|lines?|clones?)\s*)?(?:\(|,)\s*"
                        r"(?P<line>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:/[A-Za-z0-9\-]+|-[A-Za-z0-9]{0,6}R| [A-Z][A-Za-z]{0,4}R))"
                        r"\s*[),]")

# a subline defined by how it was made: "a chemoresistant line (DLD-1-OxR) by exposing DLD-1 cells to increasing
# concentrations of oxaliplatin"
_MADE_BY = lazy_compile(r"\((?P<line>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:/[A-Za-z0-9\-]+|-[A-Za-z0-9]{0,6}R| [A-Z][A-Za-z]{0,4}R))\)"
                        r"\s+(?:was\s+|were\s+)?(?:established\s+|generated\s+|derived\s+)?by\s+(?:continuously\s+|repeatedly\s+)?"
                        r"(?:exposing|exposure|treating|treatment|culturing|incubating)\b[^.;()]{0,60}?\b(?:to|with|of)\s+"
                        r"(?:(?:increasing|escalating|stepwise|gradually|increased|higher)\s+)*(?:(?:concentrations?|doses?)\s+of\s+)?"
                        r"(?P<drug>[A-Za-z0-9][A-Za-z0-9\-]*)")


# s60: a line's code with a hyphen or slash, written where a sentence defines it by its drug ("the irinotecan-resistant
# S1-IR20 cell line", "cetuximab-resistant CC-CR cells", "SW480/R, an oxaliplatin-resistant subline")
_CODE = r"[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)+"
_SUFFIXED = r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:/[A-Za-z0-9\-]+|-[A-Za-z0-9]{0,6}R| [A-Z][A-Za-z]{0,4}R)"
_DRUG_RESISTANT = r"(?P<drug>[A-Za-z0-9][A-Za-z0-9\-]*?)[-\s]resistant\s+"
_CELL_WORDS = r"(?:(?:human|colorectal|colon|cancer|CRC)\s+)*"
# several sublines in one bracket after their definition: "oxaliplatin-resistant CRC cell lines (SW480/R and HT29/R)"
_DEFINED_LIST = lazy_compile(_DRUG_RESISTANT + _CELL_WORDS + r"(?:cell\s+lines|cells|sublines|lines|clones)\s*\("
                             r"(?P<lines>" + _SUFFIXED + r"(?:\s*(?:,\s*(?:and\s+)?|and\s+)" + _SUFFIXED + r")+)\s*\)")
_LIST_ITEM = lazy_compile(_SUFFIXED)  # (also a whole name written with a resistance suffix: _derived_name)
# the parent a coded name starts with ("S1" of "S1-IR20"); the words of a document, among which that parent is written
_PARENT_PART = lazy_compile(r"[^-/]*")
_WORD = lazy_compile(r"[A-Za-z0-9]+")
# the code between the drug's resistance and the cells: "the irinotecan-resistant S1-IR20 cell line"
_DEFINED_BEFORE = lazy_compile(_DRUG_RESISTANT + _CELL_WORDS + r"(?P<line>" + _CODE + r")\s+"
                               r"(?:cell\s+lines?|cells|sublines?|clones?)\b")
# the code set off before its definition: "SW480/R, an oxaliplatin-resistant subline"
_DEFINED_AFTER = lazy_compile(r"(?<![\w\-/])(?P<line>" + _CODE + r")\s*,\s+(?:an?|the)\s+(?:(?:acquired|novel|stable|"
                              r"established)\s+)?" + _DRUG_RESISTANT + _CELL_WORDS +
                              r"(?:cell\s+lines?|sublines?|clones?|derivatives?|variants?)\b")


def _derived_name(name: str, words: set[str], recognizer) -> bool:
    """Whether ``name`` is written as a line derived from another: a resistance suffix ("SW480/R", "CC-CR"), or a
    tag after a parent the document also writes alone ("S1-IR20" beside "parental S1 cells"); never a name the
    vocabulary knows (a parental line such as "HCT-116", a gene) nor one written as a parent ("DLD-1")."""
    vocab = recognizer.vocab
    if name.lower() in vocab.by_name or vocab.gene_entity(name) is not None or _PARENT.fullmatch(name):
        return False
    if _LIST_ITEM.fullmatch(name):
        return True
    return _PARENT_PART.match(name).group(0) in words


def defined_line_drugs(sentences, recognizer, abbreviations=None) -> dict[str, Entity]:
    """The drug each resistant subline a document defines resists, by the line's written name.

    >>> from builders.recognize import Recognizer
    >>> from kg.vocab import load_vocabulary
    >>> r = Recognizer(load_vocabulary())
    >>> {k: e.name for k, e in defined_line_drugs(["We made an oxaliplatin-resistant cell line (DLD-1-OxR).",
    ...                                            "Caco-2 cetuximab-resistant (Caco-2 CR) cells grew."], r).items()}
    {'DLD-1-OxR': 'oxaliplatin', 'Caco-2 CR': 'cetuximab'}
    >>> {k: e.name for k, e in defined_line_drugs(["We made a line (SW48-IrR) by exposing SW48 cells to increasing "
    ...                                            "concentrations of irinotecan for months."], r).items()}
    {'SW48-IrR': 'irinotecan'}

    Several sublines in one bracket, a code between the drug's resistance and the cells whose parent the document
    writes alone, and a code set off before its definition (s60); never a parental line's own name:

    >>> {k: e.name for k, e in defined_line_drugs(["We made 5-FU-resistant cell lines (LS180/R and RKO/R).",
    ...                                            "The cetuximab-resistant KM12-CX4 cell line grew as KM12 cells did.",
    ...                                            "GEO-CR7, a panitumumab-resistant derivative of GEO cells, grew.",
    ...                                            "We used oxaliplatin-resistant HT-29 cells."], r).items()}
    {'LS180/R': 'fluorouracil', 'RKO/R': 'fluorouracil', 'KM12-CX4': 'cetuximab', 'GEO-CR7': 'panitumumab'}
    """
    out: dict[str, Entity] = {}
    sentences = list(sentences)
    words: set[str] | None = None
    for text in sentences:
        if "resistant" not in text and "expos" not in text and "by treating" not in text:
            continue
        pairs = [(m.group("line"), m.group("drug")) for m in [*_DEFINED.finditer(text), *_MADE_BY.finditer(text)]]
        pairs += [(x.group(0), m.group("drug")) for m in _DEFINED_LIST.finditer(text)
                  for x in _LIST_ITEM.finditer(m.group("lines"))]
        coded = [(m.group("line"), m.group("drug")) for m in [*_DEFINED_BEFORE.finditer(text), *_DEFINED_AFTER.finditer(text)]]
        if coded and words is None:  # (the document's words, once: a derived line's parent written alone)
            words = {w for t in sentences for w in _WORD.findall(t)}
        pairs += [(line, drug) for line, drug in coded if _derived_name(line, words or set(), recognizer)]
        for line, drug in pairs:
            found = [x for x in recognizer.vocabulary_mentions(drug, abbreviations)
                     if x.start == 0 and x.end == len(drug) and x.entity.category == "Drug"]
            if found:
                out.setdefault(line, found[0].entity)
    return out


def name_defined_lines(text: str, mentions: list, names) -> list:
    """``mentions`` with each resistant line the document defines by its drug (``names``, a pattern of their written
    names) read as one cell line where the recogniser read it otherwise or not at all ("S1-IR20": no gene "IR20")."""
    from builders.recognize import Mention, in_text_order

    added = []
    for x in names.finditer(text):
        a, b = x.span()
        if any(m.start <= a and b <= m.end and m.entity.category == "CellType" for m in mentions) or \
                any(m.start < b and a < m.end and not (a <= m.start and m.end <= b) for m in mentions):
            continue
        name = x.group(0)
        added.append(Mention(a, b, name, Entity(mint("cell", name), "CellType", name, (), (), (("cell_line", True),)),
                             "pattern"))
    if not added:
        return mentions
    kept = [m for m in mentions if not any(n.start <= m.start and m.end <= n.end for n in added)]
    return in_text_order(kept + added)
