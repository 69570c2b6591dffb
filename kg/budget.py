"""Time budgets: stop a piece of work that runs past its budget, wherever it is stuck.

:func:`time_limit` raises :class:`Overrun` in the thread doing the work once its seconds are up:

* in a process's main thread, from a ``SIGALRM`` timer (``setitimer``); the handler runs between
  two bytecodes, and also inside a long regular-expression match, which checks for signals;
* in any other thread (Dask runs tasks in threads), from a timer thread that raises it
  asynchronously in the working thread (``PyThreadState_SetAsyncExc``), at its next bytecode;
  a single call into C that never returns to Python is not interrupted there.

:class:`Overrun` is a ``BaseException``, so an ``except Exception`` inside the work does not
swallow it, and no :class:`Overrun` escapes once the ``with`` block is left.

>>> import time
>>> try:
...     with time_limit(0.05):
...         while True:
...             time.sleep(0.001)
... except Overrun:
...     print("stopped")
stopped
>>> with time_limit(None):
...     pass
"""
from __future__ import annotations

import math
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


DEFAULT_BUDGET_S = 120.0  # seconds of reading allowed per document before it is given up


class Overrun(BaseException):
    """The work ran longer than its time budget."""


def checked_budget(budget_s: float | None) -> float | None:
    """A time budget as seconds (None, or infinity: no limit); anything else is refused.

    >>> checked_budget(120), checked_budget(None), checked_budget(float("inf"))
    (120.0, None, None)
    >>> checked_budget(0)
    Traceback (most recent call last):
    ...
    ValueError: the time budget must be a positive number of seconds, not 0
    """
    if budget_s is None:
        return None
    if isinstance(budget_s, bool) or not isinstance(budget_s, (int, float)) or math.isnan(budget_s) or budget_s <= 0:
        raise ValueError(f"the time budget must be a positive number of seconds, not {budget_s!r}")
    return None if math.isinf(budget_s) else float(budget_s)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`Overrun` in this thread if the ``with`` block runs longer than ``seconds`` (None: no limit).

    In the main thread a ``SIGALRM`` timer is used, unless one is already running (then the block
    is not limited, so as not to disturb it); elsewhere a timer thread.
    """
    seconds = checked_budget(seconds)
    if seconds is None:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        if signal.getitimer(signal.ITIMER_REAL) != (0.0, 0.0):
            yield
        else:
            with _alarm(seconds):
                yield
    else:
        with _watchdog(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    armed = [True]

    def expired(signum, frame):
        if armed[0]:
            raise Overrun

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        try:
            armed[0] = False  # a late alarm does nothing
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _set_async_exc(thread_id: int, exc: type | None) -> None:
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    try:
        import ctypes

        ctypes.pythonapi.PyThreadState_SetAsyncExc  # noqa: B018 - CPython only
    except (ImportError, AttributeError):
        yield  # no way to interrupt another thread here: the work runs to its end
        return
    worker = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expired() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _set_async_exc(worker, Overrun)

    timer = threading.Timer(seconds, expired)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        try:
            with lock:
                state["done"] = True
                if state["fired"]:
                    _set_async_exc(worker, None)  # withdraw it if it has not been raised yet
        finally:
            timer.cancel()
