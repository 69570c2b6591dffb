"""What every benchmark script measures the same way: the median wall time of repeated calls."""
from __future__ import annotations

import statistics
import time


def median_ms(fn, repeat: int) -> float:
    """Median milliseconds of ``repeat`` calls of ``fn()``.

    >>> median_ms(lambda: None, 3) >= 0
    True
    """
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)
