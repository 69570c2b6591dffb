"""Shared pieces of the tests of the output-level passes that derive facts from a document's facts
(mechanism_kinds, alteration_kinds): made-up evidence and facts given as (subject, predicate, object, evidence)."""
from kg.model import Assertion, Evidence


def evidence(start, sentence):
    """Evidence of a made-up sentence at ``start`` of document a.txt, read by a rule."""
    return Evidence("a.txt", start, start + len(sentence), sentence, "", "rule")


def as_assertions(facts):
    """The entities by id and the assertions of ``facts`` ((subject, predicate, object, evidence) with entities)."""
    ents = {}
    for s, _, o, _ in facts:
        for e in (s, o):
            ents[e.id] = e
    return ents, [Assertion(s.id, p, o.id, (), [ev]) for s, p, o, ev in facts]
