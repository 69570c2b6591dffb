"""The readers' patterns compiled on first use (builders/lazy_patterns.py) from their kept code
(builders/kept_patterns.py): the same patterns as ``re.compile`` gives, whatever the kept copy holds."""
from __future__ import annotations

import base64
import importlib
import json
import pickle
import pkgutil
import re

import pytest

import builders
from builders import kept_patterns
from builders.kept_patterns import kept_compile
from builders.lazy_patterns import LazyPattern, lazy_compile
from builders.prefilter import Prefiltered, prefiltered


def _reader_patterns() -> list[LazyPattern]:
    """Every pattern the builders modules keep at module level (alone, prefiltered, or in a tuple)."""
    found = {}
    for info in pkgutil.walk_packages(builders.__path__, "builders."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, Prefiltered):
                    item = item.regex
                if isinstance(item, LazyPattern):
                    found[(item.pattern, item.source_flags)] = item
    return list(found.values())


@pytest.fixture
def kept_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "crc-resistance-kg" / "regex"


def test_every_reader_pattern_made_from_its_parts_is_the_one_re_compiles():
    patterns = _reader_patterns()
    assert len(patterns) > 1000
    for p in patterns:
        made = kept_patterns._from_parts(p.pattern, json.loads(json.dumps(kept_patterns._parts(p.pattern,
                                                                                              p.source_flags))))
        assert made == re.compile(p.pattern, p.source_flags), p.pattern
        assert made.groupindex == re.compile(p.pattern, p.source_flags).groupindex


def test_a_pattern_is_kept_then_read_back(kept_folder):
    source = r"(?P<n>\d+)\s+(?:patients|participants)"
    first = kept_compile(source, re.I)
    [copy] = kept_folder.iterdir()
    again = kept_compile(source, re.I)
    assert first == again == re.compile(source, re.I)
    assert again.search("In 42 Patients")["n"] == "42"
    assert json.loads(copy.read_text())["groups"] == 2


def _code(numbers) -> str:
    """Code as a kept copy writes it (the Base64 text of the numbers' 32-bit little-endian bytes)."""
    return base64.b64encode(b"".join(n.to_bytes(4, "little") for n in numbers)).decode()


@pytest.mark.parametrize("damage", [
    "not json",
    json.dumps({"flags": 34, "code": "x!", "groups": 1, "groupindex": {}}),         # not Base64
    json.dumps({"flags": 34, "code": "AQID", "groups": 1, "groupindex": {}}),       # 3 bytes: no whole number
    json.dumps({"flags": 34, "code": _code([1, 2, 3, 999]), "groups": 1, "groupindex": {}}),  # code the matcher refuses
    json.dumps({"flags": 34, "code": [1, 2, 3], "groups": 1, "groupindex": {}}),    # a list (another shape)
    json.dumps({"flags": 34, "code": None, "groups": 1, "groupindex": {}}),
    json.dumps({"flags": 34, "code": _code([]), "groups": 1, "groupindex": {"n": 5}}),  # a group that is not there
    json.dumps([1, 2]),
])
def test_a_damaged_copy_is_made_again(kept_folder, damage):
    source = r"\bKRAS\s+(G12[CDV])\b"
    kept_compile(source)
    [copy] = kept_folder.iterdir()
    copy.write_text(damage)
    assert kept_compile(source) == re.compile(source)
    assert kept_compile(source).search("a KRAS G12C mutation").group(1) == "G12C"
    assert json.loads(copy.read_text())["groups"] == 2  # kept again, whole


def test_a_lazy_pattern_compiles_only_when_used(kept_folder):
    p = lazy_compile(r"\bcetuximab\b|\bpanitumumab\b", re.I)
    wider = lazy_compile(p.pattern + r"|\bEGFR antibod(?:y|ies)", re.I)
    filtered = prefiltered(p)
    assert not filtered.search("nothing of the kind")
    assert "search" not in vars(p) and "search" not in vars(wider) and not kept_folder.exists()
    assert filtered.search("after Cetuximab").group() == "Cetuximab"
    assert p == re.compile(p.pattern, re.I) and hash(p) == hash(re.compile(p.pattern, re.I))
    assert p.search("panitumumab").re == p and p.search("panitumumab").re in (wider, p)
    copied = pickle.loads(pickle.dumps(p))
    assert copied == p and copied.pattern == p.pattern and copied.source_flags == re.I
