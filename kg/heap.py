"""The cyclic garbage collector and the data a process keeps for its whole life.

A build loads a large, long-lived heap before it reads a word: the modules, the vocabulary, the
recogniser's automata, the rule tables. Python's collector scans every tracked object again at each
full collection, and at exit once more, though none of that data ever becomes garbage: on the
bundled corpus that was about a fifth of the build's CPU time. :func:`long_lived` loads such data
with the collector paused and then moves it out of the collector's reach (``gc.freeze``); objects
made later (a document's reading) are collected as usual. :func:`no_final_collection` spares a
command line process the full scan at exit, where the operating system frees its memory anyway.
:func:`paused` holds collections off while a process only receives data (the results a pool of
workers sends back): each collection scanned the growing pile of results again, which cost the
receiving process more than unpickling them. None of these changes what the program computes.
"""
from __future__ import annotations

import atexit
import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Run the block without cyclic collections (for a block that makes data without cycles, such as
    results received from worker processes); the collector is enabled again after it if it was before,
    and garbage cycles made meanwhile are collected by its next collections."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def long_lived() -> Iterator[None]:
    """Run the block (which loads data kept until the process ends) without collections, then freeze
    every object made so far, so later collections do not scan it again (the collector is enabled
    again after it if it was before, also when the block raises)."""
    with paused():
        try:
            yield
        finally:
            gc.freeze()


def no_final_collection() -> None:
    """At exit, freeze what is left instead of scanning it for cycles (for a command line process only:
    objects in cycles are then not finalised, so nothing may rely on that to be written)."""
    atexit.register(gc.freeze)
