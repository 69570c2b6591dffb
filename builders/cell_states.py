"""A cell population named by its functional state before a recognised cell type: "inflammatory TAMs",
"immunoregulatory macrophages", "immunosuppressive CAFs", "cytotoxic TAMs"; also immune cells named by the arm of
the immune system ("innate immune cells") and a stromal or epithelial cell type called normal ("normal fibroblasts",
the untransformed kind a study sets beside CAFs).

The state word narrows the cells to a subset of them, a CellType of its own named by the state and the cell type
("inflammatory tumor-associated macrophage"; the words as written, singular too, are synonyms), as a marker does
("SPP1+ macrophages", builders/patterns.marker_positive_cells, which then reads "CTLA4+ immunoregulatory TAMs" as the
marker's subset of the state's subset). A cell type whose vocabulary name already carries the state ("cytotoxic T
cells", "regulatory T cells") or that the vocabulary knows with the word ("M2-like macrophages") is left as it is.
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile
from kg.ids import mint
from kg.model import Entity

# a sentence that may name a cell population by its state
MAY_CELL_STATE = lazy_compile(r"(?i)inflammatory|immunoregulatory|immunosuppressive|cytotoxic|proliferative|"
                              r"angiogenic|tumou?r-promoting|innate|adaptive|normal")
# the state word right before the cell type ("pro-inflammatory", "immune-suppressive")
_STATE_BEFORE = lazy_compile(
    r"(?i)(?<![\w\-])(?P<state>(?:pro-|anti-)?inflammatory|immunoregulatory|immuno-?suppressive|immune-suppressive|"
    r"cytotoxic|proliferative|pro-?angiogenic|tumou?r-promoting|innate|adaptive|normal)\s+$")
# "innate immune cells", "adaptive immune cells": the arm of the immune system, said of immune cells in general only
_ARM = ("innate", "adaptive")
# "normal fibroblasts" (beside CAFs), "normal epithelial cells": the untransformed, non-tumour-educated kind, said of a
# stromal or epithelial cell type (not of immune cells, whose "normal" is no population of its own)
_NORMAL_OF = lazy_compile(r"(?i)fibroblast|epitheli|endotheli|stromal|hepatocyte|colonocyte|mesenchymal|stellate")

# a process of the cells around them ("infiltration of immunosuppressive macrophages", "inflammatory TAM accumulation"):
# builders/cell_processes.py reads the process with the qualifier itself
_PROCESSES = (r"accumulation|expansion|recruitment|trafficking|enrichment|infiltration|influx|mobili[sz]ation|"
              r"activation|polari[sz]ation|dysfunction|exhaustion|exclusion|senescence|apoptosis|depletion")
_PROCESS_OF = lazy_compile(rf"(?i)(?<![A-Za-z])(?:{_PROCESSES})\s+of\s+(?:the\s+)?$")
_PROCESS_AFTER = lazy_compile(rf"(?i)[-\s](?:{_PROCESSES})(?![A-Za-z])")


def _singular(written: str) -> str:
    """The cell words in the singular ("TAMs" -> "TAM", "macrophages" -> "macrophage")."""
    return written[:-1] if written.endswith("s") and not written.endswith("ss") else written


def state_cells(vocab, text: str, mentions: list, make) -> list:
    """``mentions`` with each cell type written after a state word as that state's subset of the cells;
    ``make(start, end, text, entity)`` builds a mention."""
    out = list(mentions)
    changed = False
    for cell in mentions:
        if cell.entity.category != "CellType":
            continue
        before = _STATE_BEFORE.search(text, max(0, cell.start - 30), cell.start)
        if before is None:
            continue
        state = before.group("state").lower()
        if state in _ARM and cell.entity.name != "immune cell":
            continue
        if state == "normal" and (not _NORMAL_OF.search(cell.entity.name) or cell.entity.attr("cell_line") or
                                  "cancer" in cell.entity.name or "tumo" in cell.entity.name):
            continue
        own = (cell.entity.name, *cell.entity.synonyms)
        bare = state[4:] if state.startswith("pro-") else state  # ("pro-inflammatory": inflammatory)
        if any(bare in n.lower() for n in own) or vocab.by_name.get(f"{state} {cell.text}".lower()) is not None:
            continue  # "cytotoxic T cells", "pro-inflammatory M1 macrophages": the state is the cell type's own
        if state not in _ARM and state != "normal" and (
                _PROCESS_OF.search(text, max(0, before.start() - 40), before.start()) or _PROCESS_AFTER.match(text, cell.end)):
            continue  # the cells' process, read with its qualifier (builders/cell_processes.py)
        if any(o is not cell and o.start < cell.start and before.start() < o.end for o in mentions):
            continue  # the state word is part of another mention
        name = f"{state} {cell.entity.name}"
        written = text[before.start():cell.end]
        synonyms = {written, _singular(written), f"{state} {_singular(cell.text)}"} - {name}
        subset = Entity(mint("cell", name), "CellType", name, tuple(sorted(synonyms)))
        out.remove(cell)
        out.append(make(before.start(), cell.end, text, subset))
        changed = True
    return sorted(out, key=lambda x: (x.start, x.end)) if changed else mentions
