"""A gene product's or molecule's level named as a measured quantity before it ("the expression of X").

"Tumours were analysed for expression of A and B by immunohistochemistry", "The expression levels of A, B and C
were determined", "a significant association between the expression of A and poor response to X", "we detected
the levels of A, B and C": the level of each named product is what was measured, a biomarker (``A expression``),
as "A expression" written after its name already is. Only where the words before say so: the start of a sentence
or clause (for "expression" only), "between", "with", or a verb of measuring ("analysed (for)", "assessed",
"determined", "compared", "detected", "examined" ...). After a verb of change ("X induces the expression of Y",
"increased the levels of Y") or a means ("through the expression of Y") the level is a process, left to the
signalling rules; a direction word before the level ("high levels of Y") is read by ``patterns._LEVELS_OF``.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# what stands before the level: "between", "with", "whether", or a verb of measuring
_CONTEXT = (r"(?:\b(?:between|with|whether)\s+|"
            r"\b(?:assess|evaluat|measur|examin|determin|quantif|analy[sz]|compar|test|detect|investigat|stain|"
            r"scor|explor|assay|profil|screen)\w*\s+(?:for\s+)?)")
# or the start of a sentence or clause (after a stop, colon, bracket or comma), with the word "expression" only:
# "Levels of A and B rose during treatment" is said of the factors themselves, which "these factors" may name next
_CLAUSE_START = r"(?:^|[.;:(,]\s*)"
# the level itself, with the way it was measured or the specimen it was measured in
_WAY = (r"(?P<level>(?:(?:the|their|its)\s+)?(?:(?:immunohistochemical|IHC|protein|mRNA|tumou?r|tissue|baseline|"
        r"pretreatment|pre-treatment|(?P<spec>plasma|serum))\s+)?")
_OF = r")\s+of\s+(?:the\s+)?$"
_MEASURED = lazy_compile(_CONTEXT + _WAY + r"(?:expression(?:\s+levels?)?|levels?)" + _OF, re.I)
_MEASURED_AT_START = lazy_compile(_CLAUSE_START + _WAY + r"expression(?:\s+levels?)?" + _OF, re.I)
REACH = 80  # characters before a name where its measured level may begin
# a name joined by a hyphen to the word after it modifies a longer name ("the expression levels of adenosine
# triphosphate-binding cassette transporters"): what is measured is that longer name's, not this one's
_GLUED_AFTER = lazy_compile(r"-[A-Za-z]")
# a level said to change after the name or its list, in the same clause ("Expression of A was downregulated in
# resistant cells", "the expression of type I collagen, matrix metalloproteinase (MMP-2), and MMP-9 is upregulated",
# "levels of A and B rose"): a change of the products, read by the resistance and signalling rules
_CHANGED_AFTER = lazy_compile(r"[^.;:]{0,120}?(?:\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
                              r"(?:up-?regulated|down-?regulated|increased|decreased|reduced|elevated|raised|induced|"
                              r"suppressed|lost|diminished|enhanced|restored)|\b(?:rose|fell|declined|dropped))\b", re.I)


def measured_level_before(text: str, start: int, end: int):
    """The match of a measured level that ends right before the name at ``start``-``end`` ("the expression of "
    before "AXL"), or None. Its ``spec`` group is the specimen named with it ("serum levels of"), if any."""
    if _GLUED_AFTER.match(text, end) or _CHANGED_AFTER.match(text, end):
        return None
    return _MEASURED.search(text, max(0, start - REACH), start) or \
        _MEASURED_AT_START.search(text, max(0, start - REACH), start)
