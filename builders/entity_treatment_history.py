"""A patient group's treatment history named as a factor of outcome, read as a biomarker: "prior bevacizumab
treatment", "patients who had received prior anti-EGFR therapy", "patients who had not received prior targeted
agents", "response to prior cetuximab", "patients who responded to the previous panitumumab".

What a patient was given before, or how the tumour answered it, is a feature of the patients, like a laboratory value:
a report names it as a factor of the outcome of a later therapy ("patients who had received prior bevacizumab derived
less benefit from aflibercept", "response to prior cetuximab predicted benefit from rechallenge"). Each history is one
Biomarker node, named by the earlier therapy as the vocabulary names it: "prior bevacizumab treatment", "no prior
targeted therapy treatment" (the history denied), "prior cetuximab response" (the answer to it), so that the same
history in another report is the same node. Only a sentence that speaks of outcome, benefit or prediction is read:
elsewhere ("patients who had received prior oxaliplatin were eligible", "after failure of prior bevacizumab") the
history selects or describes patients, and the earlier therapy stays a mention of itself.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.pattern_mentions import _mention
from kg.ids import mint
from kg.model import Entity
from kg.groups import THERAPY

# a sentence with a history word and a word of outcome, benefit or prediction
MAY_TREATMENT_HISTORY = lazy_compile(r"\b(?:prior|previous|previously)\b", re.I)
_OUTCOME = lazy_compile(
    r"prognos|predict|multivariat|\bMVA\b|hazard\s+ratio|\bHR\b|benefit|(?:better|worse|longer|shorter|improved|"
    r"poorer|inferior|superior)\s+(?:\w+\s+){0,2}(?:survival|outcomes?|PFS|OS|response)|more\s+likely|less\s+likely|"
    r"associated\s+with|correlated\s+with|correlates?\s+with", re.I)
# the history written before the earlier therapy: "prior", "previous", "had (not) received prior", "responded to
# (the) prior", "response to prior", "treated with prior"
_BEFORE = lazy_compile(
    r"(?:(?P<no>\bno\s+|\b(?:had|have|has)\s+not\s+(?:been\s+)?(?:received|treated\s+with|exposed\s+to)\s+|\bwithout\s+)|"
    r"(?P<resp>\b(?:(?:response|responses|responded|responding)\s+(?:on|to)|benefit(?:ed)?\s+(?:from|in|on|with))\s+"
    r"(?:the\s+|their\s+)?)|"
    r"\b(?:had|have|has)\s+(?:been\s+)?(?:received|treated\s+with|exposed\s+to)\s+|\bwith\s+)?"
    r"(?P<word>prior|previous)\s+$", re.I)
# the words after the therapy that the history takes in: "prior bevacizumab therapy", "prior anti-EGFR exposure"
_AFTER = lazy_compile(r"(?:-(?:based|containing))?\s+(?P<head>therapy|therapies|treatment|treatments|exposure|use|"
                      r"agents?|drugs?|regimens?|chemotherapy|chemotherapies)\b(?P<resp>\s+response)?", re.I)
# the join between two listed therapies ("cetuximab or panitumumab", "cetuximab, panitumumab")
_JOIN = lazy_compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|/|\s(?:and|or)\s+)\s*")


def treatment_history_entity(therapy: str, kind: str = "", written: str = "") -> Entity:
    """The Biomarker of a patient group's history of ``therapy`` (``kind``: "" given it, "no" not given it,
    "response" answered it; ``written``: the words the text gave it, kept as a synonym).

    >>> treatment_history_entity("bevacizumab").name
    'prior bevacizumab treatment'
    >>> treatment_history_entity("cetuximab", "response").name
    'prior cetuximab response'
    """
    if kind == "response":
        name = f"prior {therapy} response"
        synonyms = (f"response to prior {therapy}", f"prior {therapy} responders")
    else:
        base = f"{'no ' if kind == 'no' else ''}prior {therapy}"
        name = base if therapy.endswith(("therapy", "therapies", "treatment", "regimen")) else f"{base} treatment"
        synonyms = (f"{base} exposure",) if name == base else (base, f"{base} therapy", f"{base} exposure")
    written = re.sub(r"\s+", " ", written).strip()
    synonyms += (written,) if written and written not in synonyms and written != name else ()
    return Entity(mint("biomarker", name), "Biomarker", name, synonyms, (), (("biomarker_kind", "treatment_history"),))


def treatment_histories(text: str, mentions: list) -> list:
    """Mentions with each earlier therapy written as a history ("prior bevacizumab", "response to prior cetuximab or
    panitumumab") in a sentence about outcome read as that history's Biomarker, one per listed therapy over the
    history's words (the therapies' mentions replaced)."""
    if not MAY_TREATMENT_HISTORY.search(text) or not _OUTCOME.search(text):
        return mentions
    ordered = sorted(mentions, key=lambda x: (x.start, x.end))
    out = list(ordered)
    i = 0
    while i < len(ordered):
        m = ordered[i]
        i += 1
        if m.entity.category not in THERAPY:
            continue
        before = _BEFORE.search(text, max(0, m.start - 70), m.start)
        if before is None:
            continue
        if any(o.entity.category in THERAPY and o.start == m.end + 1 for o in ordered) and \
                text[m.end:m.end + 1] in "-–":
            continue  # "prior oxaliplatin-bevacizumab": a combination the hyphen joins, no history of its first drug
        listed = [m]
        while i < len(ordered) and ordered[i].entity.category in THERAPY and \
                _JOIN.fullmatch(text, listed[-1].end, ordered[i].start):
            listed.append(ordered[i])  # "prior cetuximab or panitumumab": each therapy's history
            i += 1
        after = _AFTER.match(text, listed[-1].end)
        end = after.end() if after is not None else listed[-1].end
        kind = "no" if before.group("no") else "response" if before.group("resp") or (
            after is not None and after.group("resp")) else ""
        start = before.start() if before.group("no") or before.group("resp") else before.start("word")
        head = [o for o in out if after is not None and o.start >= after.start("head") and o.end <= end]
        if any(o not in listed and o not in head and o.start < end and start < o.end for o in out):
            continue  # another mention inside the history's words ("prior cetuximab plus irinotecan")
        out = [o for o in out if o not in listed and o not in head]  # ("-containing chemotherapy": the history's)
        out += [_mention(start, end, text, treatment_history_entity(
            x.entity.name, kind, text[start:end] if len(listed) == 1 else "")) for x in listed]
    return sorted(out, key=lambda x: (x.start, x.end)) if out != ordered else mentions
