"""The collector paused while a document is read (kg.heap.collector_paused): the reading makes no garbage
cycles, and the collector is as it was after the block."""
from __future__ import annotations

import gc

import pytest

from kg.heap import collector_paused
from kg.pipeline import read_file
from kg.resources import bundled_corpus_dir


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_in_the_block_and_as_before_after_it(enabled):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(KeyError), collector_paused():
            raise KeyError("x")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_reading_a_document_leaves_no_garbage_cycles():
    path = min(bundled_corpus_dir().glob("*.txt"), key=lambda p: p.stat().st_size)
    read_file(path)  # (loads the reader's data first)
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        [result] = read_file(path)
        assert result.assertions
        assert gc.collect() == 0  # no object of the reading was left in a cycle
    finally:
        if was:
            gc.enable()
