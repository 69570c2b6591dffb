"""A cooperative group's protocol code names a trial ("WJOG 6210G", "SAKK 41/06", "AIO-KRK-0207", "NCCTG N9741").

Oncology cooperative groups number their protocols, and reports name a trial by that code, often without the word
"trial" ("... for wild-type KRAS colorectal cancer-WJOG 6210G", "PRODIGE-9 and SAKK-41/06 tested maintenance"). The
groups are listed in ``ontology/vocab/lexicon.yaml`` (``trial_groups``); a group's name followed by a protocol number
(two digits or more, or one after a hyphen: "PRODIGE-9"), with an optional letter or section code ("N9741", "KRK-0207")
and a year or part after a slash or hyphen ("41/06", "2001-02"), is a trial. A number of one digit after a space is
not read ("ECOG 0-1" is a performance status), nor a code the vocabulary knows as something else. A trial the
vocabulary lists under that code ("CALGB 80405") is that trial.

A group's study id of its own letters and number ("CO.20", "N0147", "C80405", "E3200", "S1406", "C-08", "KRK0110") is
the trial's name wherever the report writes it, so after one group or several ("NCIC CTG CO.20", "the NCIC Clinical
Trials Group and AGITG CO.20 Trial", "ECOG-ACRIN E3200") the trial is named by the id, each group's form of it
("NCIC CO.20", "AGITG CO.20") a synonym (``group_id_pattern``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from builders.trial_names import _VARIANT_CODE
from kg.ids import mint
from kg.model import Entity

_CODE = r"(?:-?(?:[A-Z]{1,4}-)?[A-Z]?\d{2,5}|-\d{1,5}| [A-Z]{0,3}\d{2,5}| [A-Z]{1,4}-\d{2,5})(?:/\d{1,4}|-\d{2,4})?[A-Z]?"


@lru_cache(maxsize=4)
def group_code_pattern(groups: tuple[str, ...]) -> re.Pattern:
    """The pattern of a protocol code of any of ``groups``.

    >>> p = group_code_pattern(("WJOG", "SAKK", "PRODIGE", "ECOG", "AIO"))
    >>> [m.group(0) for m in p.finditer("cancer-WJOG 6210G, SAKK-41/06, PRODIGE-9, AIO-KRK-0207 and ECOG 0-1")]
    ['WJOG 6210G', 'SAKK-41/06', 'PRODIGE-9', 'AIO-KRK-0207']
    >>> p.search("the SAMCO-PRODIGE 54 trial") is None
    True
    """
    names = "|".join(re.escape(g) for g in sorted(groups, key=len, reverse=True))
    # (not right after another name and a hyphen: "SAMCO-PRODIGE 54" is one name, which the trial reader reads whole)
    return re.compile(rf"(?<![\w/])(?<![A-Z0-9][-\u2010\u2011\u2013])(?:{names}){_CODE}(?![\w\-/])")


# a group's name spelled out or glued to its trials office ("NCIC CTG", "NCIC Clinical Trials Group")
_GROUP_OFFICE = r"(?:[ \-](?:CTG|Clinical\s+Trials\s+Group|Cancer\s+Trials\s+Group))?"
# a study id of the group's letters and a number: "CO.20", "N0147", "C-08", "KRK0110", "KRK 0212" (not a protein
# change, "V600E", see _VARIANT_CODE)
_LETTERED_ID = r"(?:[A-Z]{1,3}(?:\.\d{1,3}|-?\d{2,5})[A-Z]?|[A-Z]{3} \d{4})"


@lru_cache(maxsize=4)
def group_id_pattern(groups: tuple[str, ...]) -> re.Pattern:
    """The pattern of a study id of letters and a number after one group or several (group 1 the groups, group 2
    the id).

    >>> p = group_id_pattern(("NCIC", "AGITG", "SWOG", "ECOG", "ECOG-ACRIN", "AIO"))
    >>> [m.groups() for m in p.finditer("the NCIC CTG CO.20 trial; NCIC Clinical Trials Group and AGITG CO.20 Trial; "
    ...                                   "SWOG S1406, ECOG-ACRIN E3200, AIO KRK 0212, ECOG PS 0-1, ECOG V600E")]
    [('NCIC CTG', 'CO.20'), ('NCIC Clinical Trials Group and AGITG', 'CO.20'), ('SWOG', 'S1406'), ('ECOG-ACRIN', 'E3200'), ('AIO', 'KRK 0212'), ('ECOG', 'V600E')]
    """
    names = "|".join(re.escape(g) for g in sorted(groups, key=len, reverse=True))
    group = rf"(?:{names}){_GROUP_OFFICE}"
    return re.compile(rf"(?<![\w/\-])({group}(?:\s*(?:/|\band\b|&)\s*{group}){{0,2}})[ \-]({_LETTERED_ID})"
                      rf"(?![\w\-/]|\.\d)")


def _group_id_trial(vocab, groups: tuple[str, ...], prefix: str, code: str):
    """The trial a group's lettered study id names: the vocabulary's trial under the id or a group's form of it, else
    a trial named by the id with each group's form as a synonym; None for an id the vocabulary knows as something
    else or a protein change."""
    if _VARIANT_CODE.fullmatch(code):
        return None
    named = [g for g in sorted(groups, key=len, reverse=True) if re.search(rf"(?<![\w\-]){re.escape(g)}(?![\w\-])", prefix)]
    forms = [re.sub(r"\s+", " ", f"{prefix} {code}")] + [f"{g} {code}" for g in named]
    for name in [code] + forms:
        known = vocab.by_name.get(name.lower())
        if known:
            return vocab.entities[known] if vocab.entities[known].category == "Trial" else None
    return Entity(mint("trial", code), "Trial", code, tuple(dict.fromkeys(forms)))


@lru_cache(maxsize=4)
def worded_code_pattern(groups: tuple[str, ...]) -> re.Pattern:
    """The pattern of a group's protocol code with a trial word between ("EORTC study 40015", "the Eastern Cooperative
    Oncology Group (ECOG) study E3200"): group 1 the group, group 2 the code.

    >>> p = worded_code_pattern(("EORTC", "ECOG"))
    >>> [m.groups() for m in p.finditer("EORTC study 40015 and the Eastern ... (ECOG) study E3200; ECOG study showed")]
    [('EORTC', '40015'), ('ECOG', 'E3200')]
    """
    names = "|".join(re.escape(g) for g in sorted(groups, key=len, reverse=True))
    return re.compile(rf"(?<![\w/\-])({names})\)?\s+(?:study|trial|protocol)\s+(?:no\.?\s*)?([A-Z]{{0,2}}\d{{3,5}}[A-Z]?)(?![\w\-/])")


def group_trials(vocab, text: str, mentions: list, make_mention) -> list:
    """``mentions`` with a trial mention for each cooperative-group protocol code in ``text``; a mention inside the
    code (a group name read as a gene alias) gives way to it, a trial mention over it stays."""
    groups = tuple(vocab.lexicon.get("trial_groups") or ())
    if not groups:
        return mentions
    out = list(mentions)
    for m in group_id_pattern(groups).finditer(text):
        start, end = m.span()
        entity = _group_id_trial(vocab, groups, m.group(1), m.group(2))
        if entity is None or any(x.start < end and start < x.end and (x.start < start or x.end > end or
                                                                      x.entity.category == "Trial" and x.entity.id != entity.id)
                                 for x in out):
            continue  # another trial read there, or a longer name across it
        out = [x for x in out if not (start <= x.start and x.end <= end)]
        out.append(make_mention(start, end, text, entity))
    for m in group_code_pattern(groups).finditer(text):
        start, end = m.span()
        if any(x.start < end and start < x.end and (x.entity.category == "Trial" or x.start < start or x.end > end)
               for x in out):
            continue  # a trial already read there, or a longer name across it
        name = re.sub(r"\s+", " ", m.group(0))
        known = vocab.by_name.get(name.lower())
        if known and vocab.entities[known].category != "Trial":
            continue
        entity = vocab.entities[known] if known else Entity(mint("trial", name), "Trial", name)
        out = [x for x in out if not (start <= x.start and x.end <= end)]
        out.append(make_mention(start, end, text, entity))
    for m in worded_code_pattern(groups).finditer(text):
        # "EORTC study 40015": the group's code, named as the group writes it ("EORTC 40015"); a code with its own
        # letters stands alone ("ECOG study E3200": "E3200", as the report writes it elsewhere)
        start, end = m.span(2)
        if any(x.start < end and start < x.end for x in out):
            continue
        name = m.group(2) if m.group(2)[0].isalpha() else f"{m.group(1)} {m.group(2)}"
        known = vocab.by_name.get(name.lower())
        if known and vocab.entities[known].category != "Trial":
            continue
        entity = vocab.entities[known] if known else Entity(mint("trial", name), "Trial", name)
        out.append(make_mention(start, end, text, entity))
    return out
