"""The cyclic garbage collector and the data a process keeps for its whole life.

A build loads a large, long-lived heap before it reads a word: the modules, the vocabulary, the
recogniser's automata, the rule tables. Python's collector scans every tracked object again at each
full collection, and at exit once more, though none of that data ever becomes garbage: on the
bundled corpus that was about a fifth of the build's CPU time. :func:`long_lived` loads such data
with the collector paused and then moves it out of the collector's reach (``gc.freeze``); objects
made later are collected as usual, except while a document is read (:func:`collector_paused`: reading makes
no garbage cycles, so the collections it would trigger, about one per 700 new objects, look through its growing
reading for nothing). :func:`no_final_collection` spares a
command line process the full scan at exit, where the operating system frees its memory anyway.
The results a pool of workers sends back are such data too: each collection scanned the growing
pile of them again, which cost the receiving process more than unpickling them. None of this changes
what the program computes.
"""
from __future__ import annotations

import atexit
import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived() -> Iterator[None]:
    """Run the block (which loads data kept for long: until the process ends, or results kept for the
    rest of a build) without collections, then freeze every object made so far, so later collections
    do not scan it again (the collector is enabled again after it if it was before, also when the
    block raises). Frozen data without cycles is still freed when it is dropped; garbage cycles the
    block made are not collected, so the block should make few (a pool of workers leaves about 16
    objects)."""
    with collector_paused():
        try:
            yield
        finally:
            gc.freeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block without collections, then let the collector run again as it did before (also when the block
    raises): for work that makes no garbage cycles, only objects that live on or are freed as soon as they are
    dropped. Reading a document is such work (the bundled corpus, the development texts and the opened sets: no
    cycle left in any of about 90 documents), and about 5% of its time went to collections that found nothing.
    Cycles the block does make are collected after it, by the collections that then follow."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def no_final_collection() -> None:
    """At exit, freeze what is left instead of scanning it for cycles (for a command line process only:
    objects in cycles are then not finalised, so nothing may rely on that to be written)."""
    atexit.register(gc.freeze)
