"""A rescue a study tested does not hold where the same report says the test failed.

A trial report's title, aim or methods name the strategy the study tries ("Phase II study of A and B in patients with
acquired resistance to C", "this phase 2 study evaluated A plus B in patients with X mCRC"); the rules read it as a
rescue put forward (``overcomes``, certainty ``hypothesis``: a test, no result). When the same report says the test
failed, the rescue is kept with ``direction: does_not_support`` (the test and its outcome). A failure counts for the
rescue's therapy when

* a sentence names that therapy beside a report of failure ("the combination of A and B was not effective",
  "patients failed to experience clinical benefit with A plus B", "A plus B did not meet its primary endpoint"), or
* a sentence reports the failure of the study itself, naming no therapy ("No patient achieved a tumour response",
  "the study did not meet its primary endpoint", "the trial was terminated for futility", "the ORR was 0%"), or the
  report's own decision rule is not met ("the treatment would be considered effective if >= 5 responses were
  observed" ... "4 patients achieved an objective response"), and the rescue is read from the report's own study
  (its title, or a sentence about this study or its patients).

A failure said of patients with another marker than the rescue's sentence names ("no responses in RAS-mutant
patients") is a subgroup's, not the test's: it counts only when the markers it names are named in the rescue's
sentence as well. A rescue stated as a fact but hedged where it is read ("we assessed the ability of A to overcome
resistance to B", "Does A lead to a benefit in B-refractory patients?") takes it only when read from the report's own
study. One pass over the document, on first use.

>>> _study_failure("No patient achieved a tumor response, and the study did not progress to the second stage.")
True
>>> _study_failure("The trial was terminated early for futility."), _study_failure("The primary endpoint was met.")
(True, False)
>>> bool(FAILED_SAID.search("the combination of A and B was not effective")), bool(FAILED_SAID.search("A was effective"))
(True, False)
>>> _decision_rule_unmet(["The treatment would be considered effective if >= 5 confirmed partial responses were "
...                       "observed among 41 patients.", "In total, 4 patients (9.8%) achieved an objective response."])
True
>>> _decision_rule_unmet(["The regimen would be deemed active if at least 3 responses were observed.",
...                       "Five patients achieved a partial response; 3 patients had an objective response."])
False
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

_NUMBER_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_COUNT = r"(\d+|" + "|".join(_NUMBER_WORDS) + r")"  # a count in digits or in words
_RESPONSE = r"(?:(?:an?|any)\s+)?(?:(?:confirmed|objective|tumou?r|partial|complete|radiologic(?:al)?|major)\s+){0,3}" \
            r"(?:responses?|remissions?)"
# failures both patterns below hold: the primary end point not met, no patient responding, a response rate of 0%, an
# early stop for futility
_PRIMARY_NOT_MET = r"\bprimary\s+(?:end\s*-?\s*point|objective|outcome)\s+(?:was|were|has|had)\s+not\s+(?:been\s+)?" \
                   r"(?:met|reached|achieved)\b|"
_END_POINT_NOT_MET = r"\bdid\s+not\s+meet\s+(?:the|its|their)\s+(?:pre-?specified\s+)?(?:primary\s+)?" \
                     r"(?:end\s*-?\s*points?|criteria|objective)\b|"
_NO_PATIENT_RESPONSE = rf"\bno\s+(?:patients?|one|participants?)\s+(?:\w+\s+)?(?:achieved|had|showed|experienced|attained|" \
                       rf"obtained)\s+{_RESPONSE}|"
_RATE_OF_NONE = r"\b(?:ORR|objective\s+response\s+rate|response\s+rate)\s+(?:was|of)\s+0(?:\.0+)?\s*%|"
_STOPPED_FOR_FUTILITY = r"\b(?:terminated|stopped|closed|halted)\s+(?:early\s+|prematurely\s+)?(?:for|due\s+to|because\s+of)\s+" \
                        r"(?:futility|lack\s+of\s+(?:efficacy|activity|benefit))\b"
# a report of failure, said of a therapy the sentence names or of the study itself
FAILED_SAID = lazy_compile(
    r"\bfail(?:ed|s)?\s+to\s+(?:meet|reach|achieve|attain|show|demonstrate|improve|prolong|produce|experience|derive|"
    r"obtain|confer)\b|"
    r"\bdid\s+not\s+(?:meet|reach|achieve|attain)\s+(?:its|the|their|our)\s+(?:pre-?specified\s+)?primary\b|"
    + _PRIMARY_NOT_MET +
    r"\b(?:was|were|is|are|proved|proven)\s+not\s+(?:clinically\s+)?(?:effective|active|efficacious|beneficial)\b|"
    r"\b(?:showed|shows|demonstrated|had|has|have|with|offered|provided)\s+no\s+(?:evidence\s+of\s+)?"
    r"(?:clinical(?:ly)?\s+|anti-?tumou?r\s+)?(?:meaningful\s+|significant\s+|relevant\s+)?(?:activity|efficacy|benefit)\b|"
    r"\bno\s+(?:clinical\s+)?benefit\s+(?:was|were)\s+(?:observed|seen|found|shown)\b|"
    r"\bdid\s+not\s+(?:significantly\s+)?(?:improve|prolong)\s+(?:the\s+)?(?:overall\s+|progression-free\s+)?"
    r"(?:survival|OS|PFS|outcomes?)\b|"
    + _END_POINT_NOT_MET +
    r"\bdid\s+not\s+(?:show|demonstrate|provide|confer|produce)\s+(?:any\s+)?(?:clinical(?:ly)?\s+|anti-?tumou?r\s+)?"
    r"(?:meaningful\s+|significant\s+)?(?:activity|efficacy|benefit|improvement)\b|"
    + _NO_PATIENT_RESPONSE +
    rf"\bno\s+(?:(?:confirmed|objective|tumou?r|partial|complete)\s+){{1,3}}responses?\s+(?:was|were)\s+"
    r"(?:observed|seen|noted|recorded|achieved)\b|"
    + _RATE_OF_NONE + _STOPPED_FOR_FUTILITY, re.I)
# the study's own failure, said with no therapy ("the study did not meet its primary endpoint", "no patient responded")
_STUDY_FAILED = lazy_compile(
    r"\b(?:study|trial)\s+(?:\w+\s+)?(?:did\s+not\s+(?:meet|reach|achieve)|failed\s+to\s+(?:meet|reach|achieve))\b|"
    r"\bfailed\s+to\s+(?:meet|reach|achieve)\s+(?:its|the|their)\s+(?:pre-?specified\s+)?primary\b|"
    + _END_POINT_NOT_MET + _PRIMARY_NOT_MET + _NO_PATIENT_RESPONSE +
    r"\bno\s+(?:patients?|one|participants?)\s+responded\b|"
    + _RATE_OF_NONE + _STOPPED_FOR_FUTILITY, re.I)
# the report's decision rule ("would be considered effective if >= 5 confirmed partial responses were observed")
_DECISION_RULE = lazy_compile(
    r"\b(?:considered|deemed|declared)\s+(?:effective|active|promising|efficacious|successful|positive|worthy)\b"
    r"[^.;]{0,20}?\bif\s+(?:≥|>=|at\s+least)\s*" + _COUNT + r"\s+(?:(?:confirmed|objective|partial|complete|tumou?r)\s+){0,3}"
    r"(?:responses|responders|patients)\b", re.I)
# how many responded ("4 patients (9.8%) achieved an objective response", "3 confirmed partial responses were observed")
_RESPONDED = lazy_compile(
    rf"\b{_COUNT}\s+(?:of\s+(?:the\s+)?\d+\s+)?(?:patients?|pts)\s+(?:\(\d+(?:\.\d+)?\s*%\)\s+)?(?:achieved|had|showed|"
    rf"experienced|attained)\s+{_RESPONSE}|"
    rf"\b{_COUNT}\s+(?:(?:confirmed|objective|partial|complete)\s+){{1,3}}responses?\s+(?:was|were)\s+(?:observed|seen|noted)\b",
    re.I)


def _study_failure(text: str) -> bool:
    """Does ``text`` report the failure of the study itself (no therapy asked)?"""
    return _STUDY_FAILED.search(text) is not None


def _count(word: str) -> int:
    """A count written in digits or in words ("4", "Two")."""
    return _NUMBER_WORDS[word.lower()] if word.lower() in _NUMBER_WORDS else int(word)


def _decision_rule_unmet(texts: list[str]) -> bool:
    """Does the report give a decision rule ("effective if >= N responses") and then fewer responders than N? Only
    the first count of responders given after the rule is weighed (later ones may be a subgroup's)."""
    need = None
    for text in texts:
        if need is None:
            rule = _DECISION_RULE.search(text)
            if rule:
                need = _count(rule.group(1))
            continue
        got = _RESPONDED.search(text)
        if got:
            return _count(got.group(1) or got.group(2)) < need
    return False


def failures(reading) -> tuple[list[tuple[frozenset, frozenset]], list[frozenset]]:
    """The failures the document reports: (therapy ids, marker ids, whether not said of each alone) per sentence
    naming a therapy beside a failure;
    the marker ids of each sentence reporting the study's own failure with no therapy named (an empty set for an
    unmet decision rule)."""
    return reading.document_wide("failed_rescues", _scan)


# a failure said of another study than the report's own ("a previous trial did not meet its primary endpoint")
_OTHER_STUDY = lazy_compile(r"\b(?:previous(?:ly)?|prior|earlier|another|other|similar|preceding|former)\b", re.I)


def _scan(reading):
    from kg.groups import CARRIER, THERAPY

    named, study = [], []
    sentences = list(getattr(reading.doc, "sentences", ()))
    for s in sentences:
        said, of_study = FAILED_SAID.search(s.norm) is not None, _study_failure(s.norm)
        if not said and not of_study:
            continue
        rec = reading.recognize(s)
        mentions = rec.mentions
        therapies = frozenset({x.entity.id for x in mentions if x.entity.category in THERAPY}
                              | {x.entity.id for x, _ in rec.regimens})
        markers = frozenset(x.entity.id for x in mentions if x.entity.category in CARRIER)
        if therapies and said:
            named.append((therapies, markers, _EACH_ALONE.search(s.norm) is None))
        if (not therapies or _OWN_MARK.search(s.norm)) and of_study and not _OTHER_STUDY.search(s.norm) \
                and not any(x.entity.category == "Trial" for x in mentions):
            study.append(markers)  # (a failure said of "this study" is the study's, whatever therapies it names)
    if _decision_rule_unmet([s.norm for s in sentences]):
        study.append(frozenset())
    return named, study


# drugs said to fail each on its own ("A and B monotherapy were not effective"): no failure of their combination
_EACH_ALONE = lazy_compile(r"\b(?:alone|monotherap(?:y|ies)|single[-\s]agents?|as\s+single\s+agents?)\b", re.I)
# the report's own study named as such ("this combination study", "our trial")
_OWN_MARK = lazy_compile(r"\b(?:our|the\s+present|the\s+current|this)\s+(?:[\w-]+\s+){0,5}(?:study|trial)\b", re.I)
# a sentence about the report's own study ("this phase 2 study evaluated", "we report", "patients received")
_OWN_STUDY = lazy_compile(r"\b(?:our|the\s+present|the\s+current|this)\s+(?:[\w,-]+\s+){0,5}(?:study|trial)\b|"
                          r"\bwe\s+(?:report|present|conducted|performed|evaluated|assessed|investigated|tested)\b|"
                          r"\bpatients\s+(?:\w+\s+)?(?:received|were\s+treated\s+with|were\s+given)\b", re.I)
# a title that names a clinical study
_CLINICAL_TITLE = lazy_compile(r"\b(?:phase|trial|randomi[sz]ed|single-arm|multicent(?:er|re))\b", re.I)


def own_study_sentence(reading, text: str) -> bool:
    """Is ``text`` the report's title (naming a clinical study), its question ("Does A lead to a survival benefit in
    ...?") or a sentence about the report's own study?"""
    sentences = getattr(reading.doc, "sentences", ())
    if sentences and sentences[0].norm == text and _CLINICAL_TITLE.search(text):
        return True
    return _OWN_STUDY.search(text) is not None or text.rstrip().endswith("?")


def _covers(vocab, therapy_id: str, parts: tuple, failed: frozenset, together: bool = True) -> bool:
    """Is the rescue's therapy among ``failed``: itself, a class a failed drug belongs to ("MEK inhibitor" and
    binimetinib), or a combination each of whose ``parts`` is (a drug or a class of one), unless the failure is said
    of each alone (``together`` False: "A and B monotherapy were not effective" is no failure of A + B)?"""
    if therapy_id in failed or any(vocab.in_class(f, therapy_id) for f in failed if f != therapy_id):
        return True
    return together and bool(parts) and all(p in failed or any(vocab.in_class(f, p) for f in failed) for p in parts)


def rescue_failed(reading, therapy_id: str, text: str, markers: set[str], parts: tuple = (),
                  own_only: bool = False) -> bool:
    """Does the document report that the rescue with ``therapy_id`` (made of ``parts`` when a combination), read
    from the sentence ``text`` (naming ``markers``), failed (see the module)? ``own_only``: only where ``text`` is
    about the report's own study (a rescue merely hedged, "we assessed the ability of A to overcome ...")."""
    if own_only and not own_study_sentence(reading, text):
        return False
    named, study = failures(reading)
    if any(m <= markers and _covers(reading.vocab, therapy_id, parts, t, together) for t, m, together in named):
        return True
    return any(m <= markers for m in study) and own_study_sentence(reading, text)


# the direction qualifiers that report a document's own result of the test a sentence names
RESULT_DIRECTIONS = frozenset({"tested_rescue_failed", "hedged_rescue_failed", "failure_reported"})


def certainty_of_failed_test(qualifiers: dict, direction_fn: str | None) -> dict:
    """A rescue put forward as a test (certainty ``hypothesis``: "patients with pMMR mCRC received A plus B", "we
    assessed whether A overcomes resistance to B") that the same report says failed is no longer a hypothesis: the
    fact now states the test's result, a plainly stated negative one, so its ``hypothesis`` certainty is dropped and
    ``direction: does_not_support`` stands alone. A negative said in the sentence itself ("A may not overcome ...")
    keeps its hedge; only the direction qualifiers that read the document's result (:data:`RESULT_DIRECTIONS`) turn it.

    >>> certainty_of_failed_test({"certainty": "hypothesis", "direction": "does_not_support"}, "tested_rescue_failed")
    {'direction': 'does_not_support'}
    >>> certainty_of_failed_test({"certainty": "hypothesis", "direction": None}, "tested_rescue_failed")
    {'certainty': 'hypothesis', 'direction': None}
    >>> certainty_of_failed_test({"certainty": "hypothesis", "direction": "does_not_support"}, "=does_not_support")
    {'certainty': 'hypothesis', 'direction': 'does_not_support'}
    """
    if direction_fn in RESULT_DIRECTIONS and qualifiers.get("direction") == "does_not_support" \
            and qualifiers.get("certainty") == "hypothesis":
        return {k: v for k, v in qualifiers.items() if k != "certainty"}
    return qualifiers
