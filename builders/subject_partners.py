"""A combination whose first part opens the sentence and whose partner comes at the end of its clause.

"Bevacizumab, which targets VEGF-A, has an established role in first-line treatment when used in combination with
chemotherapy", "Aflibercept, a fusion protein with affinity for VEGF-A, -B and PlGF, administered in combination with
an irinotecan-containing regimen improved survival", "Trametinib has shown activity in BRAF-mutant tumours when combined with dabrafenib":
the subject is given with the partner, one regimen (bevacizumab + chemotherapy, ...). Its parts may be drugs, drug
classes, "chemotherapy" or a named backbone. The regimen is read at the partner's mention (the words between keep
their own mentions), and noted for the subject too (``rec.subject_regimens``): a rescue read at the subject is
the regimen's (:func:`builders.combined_rescuers.covering_combination`).

Not read: a subject given "alone or in combination with B" (what is said is said of the subject itself), a subject that is not the sentence's first therapy or stands after a preposition ("Resistance to A ...
when combined with B"), another therapy named between the two (whose partner the words give is then unclear), a
clause break, comparison or treatment history between them ("A ... than B", "after progression on A ... combined
with B"), a partner followed by alternatives or a list ("... with B or C"), and a partner naming treated cells
("combined with cetuximab-treated cells"), and a bare "given with" (a second predicate of the subject, "A, a ...,
improved survival and was given with B", stays apart).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# what may stand before the subject at the opening of its sentence: at most two words, no preposition
_OPENING = lazy_compile(r"\W*(?:(?!(?:of|to|with|in|for|after|than|on|by|from|against|despite|following|"
                        r"versus|vs|and|or|nor|but)\b)[\w\-]+\s+){0,2}", re.I)
# the end of the subject's clause: (when/if) given, used, administered or combined with the partner
_LATE_JOIN = lazy_compile(
    r"(?:,\s*|\s+)(?:(?:when|if|once|where)\s+)?"
    r"(?:(?:is|are|was|were|be|been|being|has|have|had|can|could|may|also|often|usually|commonly|typically|"
    r"currently|mainly|mostly|now|frequently|successfully)\s+){0,3}"
    r"(?:(?:used|given|administered|delivered)\s+"
    r"(?:in\s+combination\s+with|combined\s+with|together\s+with|along\s+with)|combined\s+with)\s+"
    r"(?:(?:the|an?|other|standard|conventional|cytotoxic|systemic|concurrent|most\s+efficient|"
    r"(?:first|second|third|later|front)[-\s]line)\s+){0,3}\Z", re.I)
# what between the two parts says they are no regimen given together
_NOT_TOGETHER = lazy_compile(r";|\b(?:but|whereas|while|whilst|although|however|versus|vs\.?|compar\w*|than|instead|"
                             r"rather|after|following|prior|before|previous\w*|failure|failed|progress\w*|switch\w*|replac\w*|"
                             r"sequen\w*|then|alone|monotherap\w*|single[-\s]agents?)\b", re.I)
# a list or alternatives going on after the partner
_LIST_AFTER = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*)(?:the\s+|an?\s+)?\Z",
                           re.I)
_STATE_AFTER = lazy_compile(r"[-\s]?(?:resistant|refractory|treated|sensitive|exposed|pretreated|naive|naïve)\b", re.I)
_LONGEST_GAP = 220
# a class in apposition right after the subject, describing it ("A, a MEK inhibitor, ...")
_APPOSED_CLASS = lazy_compile(r"\s*,\s*(?:an?|the)\s+(?:[\w\-]+\s+){0,3}", re.I)
# a regimen named by the drug it is built on ("irinotecan-containing regimen", "oxaliplatin-based chemotherapy")
_BUILT_ON = lazy_compile(r"-(?:based|containing|including)\s", re.I)


def subject_partners(r, text: str, rec, therapies: list, make) -> None:
    """Record "A <description or predicate> (when) used in combination with B" as A + B, read at B (``therapies``:
    the sentence's therapy mentions in text order; ``make(start, end, text, entity)`` makes a mention)."""
    if len(therapies) < 2:
        return
    a, k = therapies[0], 1
    if not _OPENING.fullmatch(text, 0, a.start):
        return
    if therapies[1].entity.category == "DrugClass" and _APPOSED_CLASS.fullmatch(text, a.end, therapies[1].start):
        k = 2  # "A, a soluble fusion protein with ..., administered with B": the class describes A
    if k >= len(therapies):
        return
    b = therapies[k]
    gap = text[a.end:b.start]
    if len(gap) > _LONGEST_GAP or a.entity.id == b.entity.id:
        return
    join = _LATE_JOIN.search(gap)
    if join is None or _NOT_TOGETHER.search(gap[:join.start()]):
        return
    if _STATE_AFTER.match(text, a.end):
        return  # "A-resistant cells ...": A names the cells
    if any(g.start <= a.start < g.end for g, _ in rec.regimens):
        return  # (a join right after A may have been read already, "A was given in combination with B")
    made = [g for g, _ in rec.regimens if g.start <= b.start < g.end]
    parts, end = [b], b.end
    if made:
        regimen = made[-1]
        if regimen.start != b.start or not _BUILT_ON.search(regimen.entity.name):
            return  # B is already part of a combination of its own
        parts, end = [regimen], regimen.end  # "an irinotecan-containing regimen": the regimen is the partner
    if _STATE_AFTER.match(text, end):
        return
    rest = [t for t in therapies[k + 1:] if t.start >= end]
    if rest and _LIST_AFTER.fullmatch(text, end, rest[0].start):
        return
    if len({p.entity.id for p in [a] + parts}) < 2:
        return
    entity, comps = r.combination([a] + parts)
    rec.regimens.append((make(b.start, end, text, entity), comps))
    rec.subject_regimens.append((a, entity, comps))  # the subject stands for the regimen where a rule reads it
