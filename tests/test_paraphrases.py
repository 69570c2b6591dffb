"""The relation and regimen paraphrase suites (tests/data/paraphrases_relations.yaml, paraphrases_regimens.yaml;
the outcome and design suites run in test_trial_rules.py): each canonical kind of statement written in other
words, read with every rule. A relation case gives the facts to read and not to read; a regimen case the
regimens it names (each by the set of its components) and none it does not. A case marked `known_gap` (a
paraphrase the reader does not read yet, with the reason) is listed, not asserted."""
import pytest

from rule_cases import load, parse_expectation, read_relations

CASES = [c for c in load("paraphrases_relations.yaml") if not c.get("known_gap")]
REGIMEN_CASES = [c for c in load("paraphrases_regimens.yaml") if not c.get("known_gap")]


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


def regimens_read(text: str) -> list[frozenset]:
    """The component sets of the regimens the reader finds in ``text``."""
    parts: dict[str, set] = {}
    for subject, predicate, obj in read_relations(text):
        if predicate == "has_component":
            parts.setdefault(subject, set()).add(obj)
    return [frozenset(p) for p in parts.values()]


def regimen_failures(case) -> list[str]:
    """What the reader gets wrong on a regimen case (empty when it reads the case fully right)."""
    read = regimens_read(case["text"])
    wrong = [f"missed {sorted(r)}" for r in case.get("regimens") or () if frozenset(r) not in read]
    wrong += [f"read {sorted(r)}" for r in case.get("absent") or () if frozenset(r) in read]
    apart = set(case.get("no_regimen") or ())
    wrong += [f"joined {sorted(r & apart)}" for r in read if len(r & apart) >= 2]
    return wrong


@pytest.mark.parametrize("case", REGIMEN_CASES, ids=[f"{c['kind']}: {c['text'][:50]}" for c in REGIMEN_CASES])
def test_regimen_paraphrase(case):
    assert not regimen_failures(case), regimen_failures(case)
