"""A cell's own process that a therapy kills through, said to be lowered, read as a resistance mechanism where the
sentence speaks of resistance.

"a decrease in the levels of DNA damage and drug-induced apoptotic cell death, which was responsible for oxaliplatin
resistance", "resistance to irinotecan through reduced drug uptake": the lowering of a process a therapy works
through (apoptosis, cell death, DNA damage, drug uptake or accumulation, reactive oxygen species) is a
ResistanceMechanism named "reduced <process>" (every lowered form of apoptosis and cell death is the vocabulary's
"apoptosis evasion", so one document's wordings are one node). A list of such processes after one lowering word
gives one mechanism per process. Only noun phrases are read (after a determiner, a preposition, a list word or a
punctuation mark, or at the start of the sentence): "knockdown of X reduced apoptosis" states an effect of X.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.mechanism_names import mechanism_entity
from builders.pattern_mentions import _mention
from builders.prefilter import prefiltered

MAY_LOWERED = lazy_compile(r"resistan|refractor|insensitiv", re.I)

# the processes a therapy kills through, with a drug that induces them ("oxaliplatin-induced apoptotic cell death")
_PROCESS = (r"(?P<np>(?:[\w\-]+-induced\s+)?(?P<proc>apoptotic cell death|apoptosis|programmed cell death|cell death|"
            r"DNA damage|DNA double-strand breaks|intracellular drug accumulation|drug accumulation|drug uptake|"
            r"drug influx|reactive oxygen species|ROS (?:production|generation|levels?)|ferroptosis|pyroptosis))"
            r"(?![A-Za-z])")
_NAMES = {"apoptotic cell death": "apoptosis", "programmed cell death": "apoptosis", "cell death": "apoptosis",
          "dna double-strand breaks": "DNA damage", "dna damage": "DNA damage",
          "intracellular drug accumulation": "drug accumulation", "drug influx": "drug uptake",
          "reactive oxygen species": "ROS", "ros production": "ROS", "ros generation": "ROS", "ros level": "ROS",
          "ros levels": "ROS"}
_LOWERED = lazy_compile(
    r"(?<![\w\-])(?P<low>(?:reduced|decreased|diminished|attenuated|suppressed|impaired|lower|lowered|less|deficient)\s+"
    r"(?:(?:levels?|amounts?|rates?)\s+of\s+)?|(?:decrease|decreases|reduction|reductions|decline|loss|suppression|"
    r"attenuation|inhibition|impairment)\s+(?:in|of)\s+(?:the\s+)?(?:(?:levels?|amounts?|rates?|extent)\s+of\s+)?)"
    + _PROCESS, re.I)
_LOWERED = prefiltered(_LOWERED)  # (a sentence with none of its processes is not scanned; same matches)
_NEXT = lazy_compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)" + _PROCESS, re.I)
# the word before a noun phrase: a determiner, a preposition, a list word or a punctuation mark
_LEAD = lazy_compile(r"(?:^|[,;:(]|\b(?:a|an|the|by|via|through|with|to|from|of|and|or|in|as|due|because|"
                     r"including|such as))\s*$", re.I)


def _named(vocab, proc: str):
    """The mechanism a lowered process is: apoptosis and cell death the vocabulary's "apoptosis evasion", every
    other process "reduced <process>"."""
    base = _NAMES.get(proc.lower(), proc.lower())
    known = vocab.resolve("apoptosis evasion") if base == "apoptosis" else None
    if known is not None:
        return vocab.entities[known]
    return mechanism_entity(f"reduced {base}", [], "phenotypic_plasticity")


def lowered_processes(vocab, text: str, mentions: list) -> list:
    """Mentions of lowered processes ("reduced apoptosis", "a decrease in DNA damage and apoptotic cell death") as
    mechanisms, where no other mechanism mention covers them."""
    out = list(mentions)
    for m in _LOWERED.finditer(text):
        if not _LEAD.search(text, max(0, m.start() - 12), m.start()):
            continue  # "knockdown of X reduced apoptosis": a verb, the effect of X, no mechanism
        spans = [(m.start("low"), m.end(), m.group("proc"))]
        pos = m.end()
        while (nxt := _NEXT.match(text, pos)) is not None:
            spans.append((nxt.start("np"), nxt.end(), nxt.group("proc")))
            pos = nxt.end()
        for start, end, proc in spans:
            if any(x.start < end and start < x.end and x.entity.category == "ResistanceMechanism" for x in out):
                continue
            out = [x for x in out if not (start <= x.start and x.end <= end)]
            out.append(_mention(start, end, text, _named(vocab, proc)))
    return sorted(out, key=lambda x: (x.start, x.end)) if out != mentions else mentions
