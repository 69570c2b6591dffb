"""The paraphrase suites (tests/data/paraphrases_*.yaml): each canonical kind of statement written in
other words, read with every rule. A case marked `known_gap` (a paraphrase the reader does not read
yet, with the reason) is listed, not asserted."""
import pytest

from rule_cases import load, parse_expectation, read_relations

CASES = [c for c in load("paraphrases_relations.yaml") if not c.get("known_gap")]


def _holds(expectation, read) -> bool:
    fact, qualifier = expectation
    return any((s, p, o) == fact and (qualifier is None or dict(q).get(qualifier[0], "-") == qualifier[1])
               for s, p, o, q in read)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['kind']}: {c['text'][:60]}" for c in CASES])
def test_relation_paraphrase(case):
    read = read_relations(case["text"], qualified=True)
    missed = [e for e in case.get("expect") or () if not _holds(parse_expectation(e), read)]
    assert not missed, f"missed {missed}; read {sorted(read)}"
    wrong = [e for e in case.get("absent") or () if _holds(parse_expectation(e), read)]
    assert not wrong, f"read what the text does not state: {wrong}"
