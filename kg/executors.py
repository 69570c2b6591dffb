"""How the map over documents runs: in this process, in a pool of processes, or on a Dask cluster.

Every executor yields ``(index, result)`` pairs as results arrive; the caller puts them back
in input order, so the output never depends on which worker finished first. The function
mapped must be importable by the workers (a module-level function) and its results picklable.

>>> sorted(map_documents(abs, [-2, 3, -5]))
[(0, 2), (1, 3), (2, 5)]
"""
from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed

from kg.heap import long_lived

EXECUTORS = ("process", "dask")


class ExecutorError(RuntimeError):
    """The map cannot run as asked (Dask missing, scheduler unreachable, bad worker count)."""


def map_documents(fn: Callable, items: Sequence, workers: int = 1, executor: str = "process",
                  scheduler: str | None = None, warm: Callable | None = None) -> Iterator[tuple[int, object]]:
    """Apply ``fn`` to every item; yield ``(index, fn(item))`` as each finishes.

    Parameters
    ----------
    fn : callable
        A module-level function, or a ``functools.partial`` of one (workers import it by name).
    items : sequence
        Its arguments, one call each.
    workers : int, default 1
        Processes to use. With ``executor="process"``, 1 means this process, no pool.
        With ``executor="dask"`` and no ``scheduler``, the size of the local cluster started.
    executor : {"process", "dask"}
    scheduler : str, optional
        Address of a running Dask scheduler (``tcp://host:8786``); only with ``executor="dask"``.
    warm : callable, optional
        Run once in each pool process before any item (e.g. to load the vocabulary).
    """
    if executor not in EXECUTORS:
        raise ExecutorError(f"unknown executor {executor!r}; choose one of {', '.join(EXECUTORS)}")
    if workers < 1:
        raise ExecutorError(f"workers must be 1 or more, not {workers}")
    if scheduler and executor != "dask":
        raise ExecutorError("a scheduler address only makes sense with the dask executor (--executor dask)")
    if not items:
        return
    if executor == "dask":
        yield from _dask(fn, items, workers, scheduler)
    elif workers == 1 or len(items) == 1:
        for i, item in enumerate(items):
            yield i, fn(item)
    else:
        yield from _processes(fn, items, workers, warm)


def _processes(fn, items, workers: int, warm) -> Iterator[tuple[int, object]]:
    # forkserver: workers start clean (no copied locks or threads), and import what they need.
    # This process only receives results meanwhile, which the caller keeps: no collector passes over the
    # growing pile of them (about 3 s of this process's CPU on the x100 corpus), nor once they are in.
    context = multiprocessing.get_context("forkserver")
    with long_lived(), ProcessPoolExecutor(max_workers=min(workers, len(items)), mp_context=context,
                                           initializer=_start_worker, initargs=(warm,)) as pool:
        futures = {pool.submit(fn, item): i for i, item in enumerate(items)}
        try:
            for future in as_completed(futures):
                yield futures[future], future.result()
        except BaseException:  # Ctrl-C (or the caller stopped): drop the queued work instead of finishing it
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _start_worker(warm: Callable | None) -> None:
    """A pool process ignores Ctrl-C (the main process handles it and stops the pool), then warms up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if warm is not None:
        try:
            warm()
        except Exception:  # noqa: BLE001 - the tasks do the same work and raise the error where it is reported
            pass


def _dask(fn, items, workers: int, scheduler: str | None) -> Iterator[tuple[int, object]]:
    try:
        from dask.distributed import Client, LocalCluster
        from dask.distributed import as_completed as dask_completed
    except ImportError:
        raise ExecutorError("the dask executor needs Dask: pip install 'crc-resistance-kg[dask]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s", set_as_default=False)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address=None)
            client = Client(cluster, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler}: {exc}; is it running?") from None
    try:
        futures = client.map(fn, list(items), pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        for future in dask_completed(futures, loop=client.loop):
            yield index[future.key], future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
