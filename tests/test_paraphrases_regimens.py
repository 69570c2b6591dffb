"""Regimens and drug classes written in many ways (tests/data/paraphrases_regimens.yaml, issue 13): each
made-up sentence yields the regimens it names (each by the set of its components) and none it does not."""
import pytest

from rule_cases import load, read_relations

SUITE = load("paraphrases_regimens.yaml")
CASES = SUITE["cases"]


def regimens_read(text: str) -> list[frozenset]:
    """The component sets of the regimens the reader finds in ``text``."""
    parts: dict[str, set] = {}
    for subject, predicate, obj in read_relations(text):
        if predicate == "has_component":
            parts.setdefault(subject, set()).add(obj)
    return [frozenset(p) for p in parts.values()]


def failures(case) -> list[str]:
    """What the reader gets wrong on ``case`` (empty when it reads the case fully right)."""
    read = regimens_read(case["text"])
    wrong = [f"missed {sorted(r)}" for r in case.get("regimens") or () if frozenset(r) not in read]
    wrong += [f"read {sorted(r)}" for r in case.get("absent") or () if frozenset(r) in read]
    apart = set(case.get("no_regimen") or ())
    wrong += [f"joined {sorted(r & apart)}" for r in read if len(r & apart) >= 2]
    return wrong


@pytest.mark.parametrize("case", CASES, ids=[f"{c['kind']}: {c['text'][:50]}" for c in CASES])
def test_regimen_paraphrase(case):
    assert not failures(case), failures(case)
