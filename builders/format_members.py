"""The formats a class named by its target lists as its kinds: "HER2-blocking agents, including monoclonal
antibodies, tyrosine kinase inhibitors, and novel antibody-drug conjugates", "drugs targeting the EGFR, such as the
oral tyrosine kinase inhibitors".

Each format named bare after the list word is that format acting on the head class's target (the anti-HER2
antibody, the HER2 tyrosine kinase inhibitor, the anti-HER2 antibody-drug conjugate), a member of the head class
and of the plain format class; never when the head names no target ("targeted agents, including monoclonal
antibodies"), nor a format named with a target of its own ("including anti-EGFR antibodies").
"""
from __future__ import annotations

import dataclasses

from builders.lazy_patterns import lazy_compile

MAY_FORMAT_MEMBERS = lazy_compile(r"including|such as|e\.g\.|namely")
# s47 classes: the list word after the head class, and the joins between the listed formats (a word on how or how new
# a format is may stand before it: "the oral tyrosine kinase inhibitors", "novel antibody-drug conjugates")
_FORMAT_WORD = r"(?:the\s+)?(?:(?:oral|novel|new|newer|humani[sz]ed|chimeric|small-molecule)\s+)?"
_LIST_OPEN = lazy_compile(r"\s*,?\s*(?:including|such\s+as|e\.g\.,?|namely)\s+" + _FORMAT_WORD)
_LIST_JOIN = lazy_compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)" + _FORMAT_WORD)
# a head class that names no format of its own ("anti-HER2 therapy", "HER2-blocking agents"), whose kinds the formats are
_BROAD_HEAD = lazy_compile(r"(?:therapy|therapies|agents?|drugs?|treatment|blockade)$")
# the plain format classes of the vocabulary, by name, and the kind of class each is when aimed at a target
FORMAT_KINDS = {"monoclonal antibody": "antibody", "tyrosine kinase inhibitor": "tki", "antibody-drug conjugate": "conjugate"}


def format_members(r, text: str, mentions: list, rec, narrowed, make_mention, written_target) -> list:
    """``mentions`` with each plain format listed after a class named by its target read as that format acting on
    the target; ``narrowed(targets, kind, written)`` makes the class, ``written_target(words)`` gives the target as
    the head's words write it ("" when they do not)."""
    kinds = {r.vocab.by_name.get(name): kind for name, kind in FORMAT_KINDS.items()}
    kinds.pop(None, None)
    items = sorted(mentions, key=lambda m: m.start)
    replaced: dict[int, object] = {}
    for k, head in enumerate(items):
        if head.entity.category != "DrugClass" or head.entity.id in kinds:
            continue
        targets = _targets(r.vocab, rec, head.entity)
        if not targets:
            continue
        written = written_target(head.text)
        at, join = head.end, _LIST_OPEN
        for member in items[k + 1:]:
            if member.entity.id not in kinds or not join.fullmatch(text, at, member.start):
                break
            entity = narrowed(targets, kinds[member.entity.id], written)
            at, join = member.end, _LIST_JOIN
            if entity.id == head.entity.id:
                continue  # the vocabulary names the head by this format too ("anti-HER2 monoclonal antibody")
            for t in targets:
                rec.imply(entity, "targets", t)
            if _BROAD_HEAD.search(head.entity.name):  # a kind of the head only where the head is no format itself
                rec.imply(entity, "member_of", head.entity)
            rec.imply(entity, "member_of", member.entity)
            replaced[id(member)] = make_mention(member.start, member.end, text, entity)
    return [replaced.get(id(m), m) for m in mentions]


def _targets(vocab, rec, cls) -> list:
    """The one gene or molecule a class acts on (the vocabulary's, or what the sentence's patterns gave it)."""
    found = [vocab.entities.get(i) for i in vocab.drug_targets.get(cls.id, ())]
    found += [o for s, p, o in rec.implied if s.id == cls.id and p == "targets"]
    unique = list({e.id: e for e in found if e is not None and e.category in ("Gene", "Molecule")}.values())
    return unique if len(unique) == 1 else []


def with_written_forms(entity, written: str, heads: tuple[str, ...]):
    """``entity`` also named by the target as written before each head ("HER2 antibody-drug conjugate")."""
    if not written:
        return entity
    extra = {f"{written} {h}" for h in heads} - {entity.name, *entity.synonyms}
    return dataclasses.replace(entity, synonyms=tuple(sorted({*entity.synonyms, *extra})))
