"""(s59) The values of two metrics or more given for two arms at once, split into one pair per metric.

A results sentence may list its metrics once and then give both arms' values of each, in one of two shapes:

* one pair per metric, in the order of the list: "PFS and OS were longer in arm A than in arm B (11.0 v 9.8 months and
  30.1 v 27.0 months)", "median PFS and OS were 7.0 vs 6.1 months and 20.1 vs 18.2 months, respectively";
* one run per arm, each run giving every metric in the order of the list, the runs set against each other: "median PFS
  and OS were 5.2 and 11.3 months versus 3.1 and 8.0 months".

Either way each metric gets its pair (the first arm's value, then the second's), which the trial reader then places as it
places a single metric's pair (``ValuePlacing._place``: the arms the sentence names, else the design's order).

Not read (the pairing is unclear): a run whose values are not set apart by "versus"/"vs"/"v" exactly where the shape
needs it ("5.2, 11.3, 3.1 and 8.0 months"), a count of values other than two per metric, a value that does not fit its
metric (a rate where a median is due), and any words other than units and bracketed asides between the values.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.trials_focus import _VS
from builders.trials_values import Value, _fits_metric

# inside a bracketed aside between values ("(HR 0.81)", "(95% CI 4.1-6.0)"), blanked before the gaps are read
_ASIDE = lazy_compile(r"\([^()]*\)|\[[^\[\]]*\]")
# the two sides of one pair: "11.0 v 9.8", "7.0 months vs 6.1 months", "40% versus 30%"
_PAIR_GAP = lazy_compile(rf"\s*(?:%|months?|mo)?\s*,?\s*{_VS}\s*", re.I)
# between two pairs, or between two values of one run: "and", a comma, a semicolon
_LIST_GAP = lazy_compile(r"\s*(?:%|months?|mo)?\s*(?:,\s*and|,|;|and)\s*", re.I)


def _gap(text: str, a: Value, b: Value) -> str:
    """The words between two values without their bracketed asides."""
    return _ASIDE.sub(" ", text[a.end:b.start])


def metric_pairs(text: str, metrics: list[str], values: list[Value]) -> list[tuple[str, list[Value]]]:
    """Each metric of ``metrics`` (the sentence's list, in order) with its pair of values, when ``values`` (those the
    list's region holds that fit one of the metrics, in text order) give two per metric in one of the module's shapes;
    [] otherwise.

    >>> t = "PFS and OS were longer in arm A than in arm B (11.0 v 9.8 months and 30.1 v 27.0 months)"
    >>> vs = [Value(t.index(x), t.index(x) + len(x), float(x), "months") for x in ("11.0", "9.8", "30.1", "27.0")]
    >>> [(m, [v.number for v in p]) for m, p in metric_pairs(t, ["mPFS", "mOS"], vs)]
    [('mPFS', [11.0, 9.8]), ('mOS', [30.1, 27.0])]
    >>> t = "median PFS and OS were 5.2 and 11.3 months versus 3.1 and 8.0 months"
    >>> vs = [Value(t.index(x), t.index(x) + len(x), float(x), "months") for x in ("5.2", "11.3", "3.1", "8.0")]
    >>> [(m, [v.number for v in p]) for m, p in metric_pairs(t, ["mPFS", "mOS"], vs)]
    [('mPFS', [5.2, 3.1]), ('mOS', [11.3, 8.0])]
    >>> t = "median PFS and OS were 5.2, 11.3, 3.1 and 8.0 months"
    >>> vs = [Value(t.index(x), t.index(x) + len(x), float(x), "months") for x in ("5.2", "11.3", "3.1", "8.0")]
    >>> metric_pairs(t, ["mPFS", "mOS"], vs)
    []
    """
    size = len(metrics)
    if size < 2 or len(values) != 2 * size:
        return []
    pairs = [values[k:k + 2] for k in range(0, len(values), 2)]
    if all(_PAIR_GAP.fullmatch(_gap(text, a, b)) for a, b in pairs) and \
            all(_LIST_GAP.fullmatch(_gap(text, p[-1], q[0])) for p, q in zip(pairs, pairs[1:])):
        split = list(zip(metrics, pairs))
    else:
        first, second = values[:size], values[size:]
        if not _PAIR_GAP.fullmatch(_gap(text, first[-1], second[0])) or \
                not all(_LIST_GAP.fullmatch(_gap(text, a, b)) for run in (first, second) for a, b in zip(run, run[1:])):
            return []
        split = [(m, [a, b]) for m, a, b in zip(metrics, first, second)]
    if not all(_fits_metric(m, v, pair) for m, pair in split for v in pair):
        return []
    return [(m, list(pair)) for m, pair in split]
