"""A known trial's name with another number glued on is another trial ("BOND-3" is not BOND).

The vocabulary lists a trial under its name ("BOND") and the numbered names it knows ("BOND-1", "BOND-2"); the
longest match wins, so a numbered name the vocabulary does not list ("BOND-3, an ACCRU Network Randomized
Clinical Trial") matched only its stem and became the earlier trial. The whole numbered name is the trial.
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile
from kg.ids import mint
from kg.model import Entity

# a number glued by a hyphen or dash right after a name: "-3", "–2", "-IV"
_NUMBER_AFTER = lazy_compile(r"[-\u2010\u2011\u2013](?:\d{1,3}|I{1,3}|IV|VI{0,3}|IX|X)(?![\w\-./])")


def numbered_trials(vocab, text: str, mentions: list, make_mention) -> list:
    """Vocabulary trial mentions followed by a number the vocabulary does not know as part of that trial's
    name become a trial of the whole numbered name."""
    out = []
    for m in mentions:
        after = _NUMBER_AFTER.match(text, m.end) if m.entity.category == "Trial" and m.source == "vocab" else None
        if after is None:
            out.append(m)
            continue
        name = text[m.start:after.end()]
        known = vocab.by_name.get(name.lower())
        entity = vocab.entities[known] if known and vocab.entities[known].category == "Trial" else \
            Entity(mint("trial", name), "Trial", name)
        out.append(make_mention(m.start, after.end(), text, entity))
    return out
