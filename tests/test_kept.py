"""Kept copies of parsed YAML: the same values as a fresh parse, plain data only, errors as before."""
from __future__ import annotations

import datetime

import pytest
import yaml

from kg.kept import cache_folder, kept_yaml
from kg.resources import read_yaml


def _copies():
    return sorted((cache_folder() / "yaml").glob("*.json"))


def test_kept_copy_reads_back_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    text = "rules:\n- name: a\n  weight: 1.5\n  n: 2\n  kept: true\n  none: null\n  words: [x, 'y: z']\n"
    first = kept_yaml(text)
    assert len(_copies()) == 1
    second = kept_yaml(text)
    assert repr(first) == repr(second) == repr(read_yaml(text))


def test_what_json_cannot_hold_is_not_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert kept_yaml("1: one\n") == {1: "one"}  # a number as a key
    assert kept_yaml("day: 2024-01-02\n") == {"day": datetime.date(2024, 1, 2)}
    assert kept_yaml("x: .inf\n") == {"x": float("inf")}
    assert _copies() == []


def test_invalid_yaml_still_raises_with_its_file_name(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    with pytest.raises(yaml.YAMLError) as err:
        kept_yaml("a: 1\na: 2\n", "vocab/x.yaml")
    assert "duplicate key" in str(err.value) and "vocab/x.yaml" in str(err.value)
    assert _copies() == []
