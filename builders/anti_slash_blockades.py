"""Two checkpoints blocked together, written with one "anti-" shared over a slash: "dual anti-TIGIT/PD-1 blockade",
"anti-LAG-3/PD-1 blockade", "combined anti-CTLA-4/PD-1 inhibition".

The words name the same therapy as "dual PD-1/LAG-3 blockade": the inhibitor class of each target, given together
(a combination of the two classes), never the first target's class alone with the second's blockade beside it.
An antibody binding both ("anti-PD-1/CTLA-4 bispecific") is read by builders/antibody_formats.py; a bare
"anti-A/B antibody" (one bispecific agent or two antibodies) is left as it is.
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile

# s47 classes: the shared "anti-", two or three targets joined by slashes, and the word of a blockade
ANTI_SLASH_BLOCKADE = lazy_compile(r"(?<![\w\-])(?:(?:dual|combined|double)\s+)?[Aa]nti-?(?P<list>[A-Za-z][A-Za-z0-9\-]{1,9}"
                                   r"(?:/[A-Za-z][A-Za-z0-9\-]{1,9}){1,2})\s+(?P<head>blockade|inhibition)\b")
MAY_ANTI_SLASH = lazy_compile(r"nti-?[A-Za-z0-9\-]{2,10}/")


def anti_slash_blockades(r, text: str, mentions: list, rec, gene_named, inhibitor_class, make_mention) -> list:
    """``mentions`` with each "anti-A/B blockade" read as the inhibitor classes of A and B, given together (their
    combination recorded in ``rec``); the targets must all be genes or molecules, two of them at least."""
    for hit in ANTI_SLASH_BLOCKADE.finditer(text):
        names = hit.group("list").split("/")
        targets = [gene_named(r, name) for name in names]
        if any(t is None for t in targets) or len({t.id for t in targets}) != len(targets):
            continue
        if r.vocab.class_for_targets(tuple(sorted(t.id for t in targets))) is not None:
            continue  # "anti-PD-1/PD-L1 blockade": one class the vocabulary names by both sides of one axis
        classes = [inhibitor_class(r.vocab, t) for t in targets]
        if any(c is None for c in classes):
            continue
        start = hit.start("list")
        first = text.rfind("nti", hit.start(), start) - 1  # the "anti-" opens the first class
        parts, at = [], start
        for k, (name, target, cls) in enumerate(zip(names, targets, classes)):
            stop = at + len(name)
            rec.imply(cls, "targets", target)
            parts.append(make_mention(first if k == 0 else at, hit.end() if k == len(names) - 1 else stop, text, cls))
            at = stop + 1
        regimen, components = r.combination(parts)
        mentions = [m for m in mentions if not (m.start < hit.end() and hit.start() < m.end)] + parts
        rec.regimens.append((make_mention(parts[0].start, parts[-1].end, text, regimen), components))
    return sorted(mentions, key=lambda m: (m.start, m.end))
