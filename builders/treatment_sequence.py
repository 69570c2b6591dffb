"""A therapy given before another in a sequence set out by a word of succession ("received A and then B until
developing X", "A, followed by B, until progression with X", "switched from A to B"): what emerged at the end of the
sequence emerged under the therapy given after it, so the earlier one is no therapy the emerging alteration is tied
to. A sequence named as one course ("sequential A and B therapy until developing X") ties it to the course, each of
its drugs as an association (guards.emergence_certainty).

Knowledge encoded: in a treatment sequence the drug given last is the one the tumour progressed on; an alteration
found at that progression says nothing of resistance to a drug given and stopped before it."""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile

# a word of succession after a therapy: another therapy followed it
_SUCCESSION = lazy_compile(r"\b(?:then|followed\s+by|subsequently|thereafter|switch(?:ed|ing)?\s+to|changed\s+to|"
                           r"after\s+(?:which|that))\b", 0)


def before_last_in_sequence(text: str, tokens, token: int, end: int) -> bool:
    """Whether the therapy at ``token`` is followed, before ``end`` (the token where what emerged is named), by a
    word of succession: another therapy was given after it."""
    if token < 0 or end <= token:
        return False
    return bool(_SUCCESSION.search(text[tokens[token].end:tokens[end].start]))
