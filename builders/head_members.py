"""The members a list gives of a head noun a rule's slot took: what is said of the head is said of each member.

"four hub lncRNAs involved in drug resistance, including A, B, C and D"; "EGFR inhibitors, such as A and B, fail
in ..."; "MEK inhibitors (A, B) block ..."; "drugs of the class: A and B": the relation is stated once, of the
head (a drug class or a kind of molecule, written in the plural), and the members come after it by "including",
"such as", "e.g.", "namely", "in particular", a colon or a bracket. The members are read in the head's slot, under
the same guards, transforms and qualifiers (the head's hedge is each member's).

The list is the head's only where it hangs on the head:

* right after the head ("lncRNAs, including A and B, confer ..."), or
* right after the whole matched statement when the statement ends on a cue word and not on an entity of its own
  ("lncRNAs involved in drug resistance, including A and B"); a list after another noun ("... resistance to X in
  some tumours, including A and B"; "in patients, including ...") hangs on that noun and gives nothing.

Members must be of the head's kind: drugs or narrower classes of a drug class, genes or molecules of a kind of
molecule (a population, a trial, a tumour is never a member).
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile

# what a head's members may be, by the head's category
MEMBER_KINDS = {"DrugClass": frozenset({"Drug", "DrugClass"}), "Molecule": frozenset({"Gene", "Molecule"}),
                "Biomarker": frozenset({"Gene", "Molecule"})}  # "exosomal lncRNAs, such as A and B"
# the words between a head and its first member: a lead of examples, a colon or an opening bracket
_LEAD = lazy_compile(r"(?:,\s*)?(?:\(\s*|:\s*)?(?:,\s*)?(?:including|such as|e\s*\.?\s*g\s*\.?|namely|like|for example|"
                     r"for instance|in particular|particularly|especially|notably|specifically|i\s*\.?\s*e\s*\.?)?"
                     r"\s*,?\s*")
_LEAD_WORD = lazy_compile(r"including|such|e\s*\.?\s*g|namely|like|example|instance|particular|particularly|"
                          r"especially|notably|specifically|i\s*\.?\s*e|\(|:")
MAX_LEAD = 6  # tokens between a head (or the end of a statement) and the first member


def plural_head(token) -> frozenset:
    """The member kinds of ``token`` when it is a head: a drug class or a kind of molecule written in the plural."""
    if not token.is_entity or token.text[-1:] != "s":
        return frozenset()
    kinds = frozenset()
    for e in token.entities:
        kinds |= MEMBER_KINDS.get(e.category, frozenset())
    return kinds


def _first_member(clause, k: int) -> int | None:
    """The first entity token of a member list whose lead starts at token ``k``, or None when the words from ``k``
    are no lead of examples."""
    toks = clause.tokens
    j = k
    while j < clause.hi and j - k < MAX_LEAD and not toks[j].is_entity:
        j += 1
    if j >= clause.hi or not toks[j].is_entity or j == k:
        return None
    words = " ".join(t.text for t in toks[k:j])
    if not _LEAD.fullmatch(words) or not _LEAD_WORD.search(words):
        return None
    return j


def head_members(clause, idx: list[int], categories: frozenset, match_end: int, stated_end: bool) -> list[int]:
    """Token indices of the members a list gives of a head among the slot tokens ``idx`` (categories: the slot's);
    ``match_end`` is the token after the matched statement and ``stated_end`` whether the statement ends on a cue
    word (no entity of its own), so that a list right after it hangs on the head."""
    toks = clause.tokens
    out: list[int] = []
    for h in idx:
        kinds = plural_head(toks[h]) & categories
        if not kinds:
            continue
        first = _first_member(clause, h + 1)
        if first is None and stated_end and h == max(idx) and match_end > h + 1 and \
                not any(toks[q].is_entity for q in range(h + 1, match_end)):
            first = _first_member(clause, match_end)
        if first is None:
            continue
        for q in clause.list_members(first, kinds):
            if q not in idx and q not in out and any(e.category in kinds for e in toks[q].entities):
                out.append(q)
    return out
