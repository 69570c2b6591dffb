"""A run of mentions written as one list: the first and each next one joined to the one before by a gap (a comma,
"and", "plus", ...) that the caller's pattern matches whole. Shared by the readers of listed therapies and trials
(builders/trials_induction.py, builders/trials_pooled_named.py, builders/prose_regimens.py)."""
from __future__ import annotations


def joined_run(text: str, mentions: list, gap) -> list:
    """``mentions[0]`` (in text order) and the mentions after it, as long as ``gap`` (a compiled pattern) matches the
    whole text between each and the one before; [] when ``mentions`` is empty."""
    run = list(mentions[:1])
    for m in mentions[1:]:
        if not gap.fullmatch(text, run[-1].end, m.start):
            break
        run.append(m)
    return run
