"""A report's own cohort study: the sentence that says what it compared.

A retrospective, observational or real-world report that names no study of its own (the trial reader's "present
cohort study") says what it set side by side in its aim or in its methods:

* its aim: "This retrospective study aimed to investigate the efficacy of A plus B compared with A monotherapy", "The
  purpose of our analysis was to compare A with B", "We aimed to evaluate A versus B", "The present study compared A
  with B";
* what the authors did: "We retrospectively compared A with B", "We analysed patients treated with A or B", "We
  conducted a multicenter retrospective cohort study of adults who received A plus B or A alone", or what the study
  was: "This was a retrospective study of 23 patients from two centres";
* whose records were read: "Records of patients who initiated A or B were retrospectively reviewed", or what was
  measured and for whose patients: "OS and safety were analysed for 78 patients treated with A at six institutions";
* its aim in the passive, about a therapy in practice: "The effect of A in routine clinical practice was evaluated".

Such a sentence, with words of a series ("retrospective", "real-world", "records", "in a single centre", "we evaluated
patients ..."), also tells that a report which names no trial of its own reports a study of its own, and that the
trials its background names before it for their results are others'. With words that set therapies side by side, it
gives the study's arms, one per therapy compared (the design reader, builders.trials_design, reads them; the trial
reader keeps them only when there are two or more). A sentence that cites another study by its source
("[3]", "et al.") or calls it earlier ("a previous phase II study") is never the report's own.

This module only reads the sentence; the trial reader decides whose study it is.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from builders.trials_own import _CITED

_VERB = r"(?:investigate|evaluate|compare|assess|examine|explore|analy[sz]e|determine|describe)"
_STUDY = r"(?:this|the\s+present|the\s+current|our)\s+(?:[\w\-]+\s+){0,3}?(?:study|analysis|review|series)"
# the report's own study stated by its aim, by what its authors did, or by whose records were read
_OWN_STATEMENT = lazy_compile(
    rf"\b{_STUDY}\s+(?:aim(?:ed|s)|sought|intend(?:ed|s)|was\s+(?:designed|conducted|performed|undertaken)|is)\s+to\s+{_VERB}\b|"
    rf"\b{_STUDY}\s+(?:compared|evaluated|assessed|investigated|examined|analy[sz]ed)\b|"
    rf"\b(?:aim|purpose|objective|goal)s?\s+of\s+{_STUDY}\s+(?:was|is)\s+to\s+{_VERB}\b|"
    rf"\bwe\s+(?:aimed|sought|set\s+out|intended)\s+to\s+{_VERB}\b|"
    r"\bwe\s+(?:\w+ly\s+)?(?:compared|analy[sz]ed|reviewed|evaluated|assessed|investigated|examined)\b|"
    # (s44 ovals: what the study took in, counted: "This single-centre retrospective study included 157 patients who
    # received A plus B", "Our real-world analysis enrolled 64 consecutive patients")
    rf"\b{_STUDY}\s+(?:included|enrolled|recruited|comprised|involved)\s+(?:a\s+total\s+of\s+)?\d[\d,]*\s+"
    r"(?:consecutive\s+|eligible\s+|unselected\s+)?(?:patients|participants)\b|"
    # (s47 pfocus: the patients it took in, uncounted but chosen as a series: "This cohort study included consecutive
    # patients who received A at three sites", "Our retrospective analysis enrolled all eligible patients treated with A")
    rf"\b{_STUDY}\s+(?:included|enrolled|recruited|comprised|involved)\s+(?:all\s+)?(?:consecutive|eligible|unselected)\s+"
    r"(?:adult\s+)?(?:patients|participants)\b|"
    # (s45 own: the study said to be a comparison of therapies: "This trial was a randomized, two-armed phase 3
    # comparison of A versus B", "The present study is an open-label comparison of A with B")
    r"\b(?:this|the\s+present|our)\s+(?:study|trial)\s+(?:is|was)\s+an?\s+(?:[\w\-]+,?\s+){0,6}?comparison\s+of\b|"
    # (s45 own2: what the authors conducted, and of whom: "We conducted a multicenter retrospective cohort study of adults
    # who received A plus B or A alone", "We performed a real-world analysis of patients treated with A or B")
    r"\bwe\s+(?:conducted|performed|undertook|carried\s+out)\s+an?\s+(?:[\w\-]+,?\s+){0,5}?(?:study|analysis|review)\s+"
    r"(?:of|in|among)\b|"
    # ("This was a retrospective study of 23 patients from two centres")
    r"\b(?:this|the\s+present|our)\s+(?:study\s+)?(?:is|was)\s+an?\s+(?:[\w\-]+,?\s+){0,3}?(?:study|analysis|review)\b|"
    r"\b(?:patients|records|charts|data)\b[^.;]{0,300}?\bwere\s+(?:\w+ly\s+)?(?:reviewed|analy[sz]ed|compared)\b|"
    # (what was measured, then whose: "OS, PFS and safety were analysed for 78 patients treated with A at six centres")
    r"\bwere\s+(?:\w+ly\s+)?(?:analy[sz]ed|assessed|evaluated|reviewed)\s+(?:in|for)\s+(?:all\s+)?\d[\d,]*\s+"
    r"(?:consecutive\s+|eligible\s+|unselected\s+)?patients\b|"
    # (an aim in the passive, about a therapy in practice: "The effect of A in routine clinical practice was evaluated")
    r"\b(?:effect|efficacy|safety|outcomes?|effectiveness|activity|use|results)\s+of\s+[^.;]{1,120}?\s+(?:in|under)\s+"
    r"(?:routine|daily|real[- ]world|real[- ]life|everyday)\s+(?:clinical\s+)?(?:practice|settings?|conditions)\s+(?:was|were)\s+"
    r"(?:evaluated|assessed|analy[sz]ed|investigated|examined|studied)\b|"
    # its groups named and counted where they are compared ("A plus B (A group, n = 40) was compared with B alone (B
    # group, n = 38)")
    r"(?:\b(?:group|cohort|arm)\s*[,;:]|\()\s*n\s*=\s*\d{1,5}\s*\)\s+(?:was|were)\s+compared\s+(?:with|to|against)\b|"
    # its consecutive patients treated with therapies it labels as arms ("Consecutive patients with ... were treated
    # with A (arm A) or B (arm B) at the physician's discretion", "... received A (arm A) or B (arm B)")
    r"\bconsecutive\b[^.;]{0,200}?\bpatients\b[^.;]{0,200}?(?:\bwere\s+(?:\w+ly\s+)?(?:treated|managed)\s+with|\breceived)\b"
    r"[^.;]{0,200}?\(\s*arm\s+[A-H1-9]\s*\)\s*,?\s*or\b", re.I)
# the words that set two therapies side by side; a lone "or" does too ("patients who received A or B were reviewed"),
# never several ("patients whose tumours were KRAS-mutant or wild-type and who received A or B": choices, not arms)
_COMPARES = lazy_compile(r"\bcompar\w*|\bversus\b|\bvs\b\.?", re.I)
# (not a bound's "or": "aged 75 years or older", "two or more lines")
_OR = lazy_compile(r"\bor\b(?!\s+(?:older|younger|more|less|greater|higher|lower|above|below|fewer)\b)", re.I)
# another study: cited by its source (trials_own._CITED), or called an earlier one
_OTHER = lazy_compile(r"\b(?:previous|prior|earlier|former|another|other|pivotal)\s+(?:[\w\-,/]+\s+){0,4}?(?:study|studies|"
                      r"trials?)\b", re.I)


# the words of a series of the report's own patients
# (or the authors' own patients: "We evaluated patients who received A", "we analysed 120 consecutive patients")
_SERIES = lazy_compile(r"\bwe\s+(?:\w+ly\s+)?(?:evaluated|analy[sz]ed|reviewed|compared|assessed|investigated|examined)\s+"
                       r"(?:the\s+)?(?:(?:data|records|outcomes?)\s+of\s+)?(?:all\s+)?(?:\d[\d,]*\s+)?(?:consecutive\s+|eligible\s+)?"
                       r"patients\b|"
                       r"\bconsecutive\b[^.;]{0,120}?\bpatients\b|"
                       r"\b(?:retrospective(?:ly)?|observational|real[- ]world|real[- ]life|registry|charts?|records|"
                       r"(?:routine|daily|everyday)\s+(?:clinical\s+)?practice|"
                       r"(?:at|in)\s+(?:our|a\s+single|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w\-.]+\s+){0,2}(?:cent(?:re|er)|institution|hospital|"
                       r"clinic)s?)\b", re.I)


def states_own_comparison(text: str) -> bool:
    """Whether a sentence states what the report's own cohort study compared: its aim, what its authors did, or whose
    records were read, with words that set therapies side by side, citing no other study."""
    return _OWN_STATEMENT.search(text) is not None and (_COMPARES.search(text) is not None or len(_OR.findall(text)) == 1) \
        and _CITED.search(text) is None and _OTHER.search(text) is None


def states_own_series(text: str) -> bool:
    """Whether a sentence states the report's own study of a series of its patients ("This retrospective study aimed
    to ...", "We retrospectively compared A with B", "Charts of 88 patients ... were retrospectively reviewed"),
    citing no other study: what the report's background names before it is others' work."""
    return _OWN_STATEMENT.search(text) is not None and _SERIES.search(text) is not None and \
        _CITED.search(text) is None and _OTHER.search(text) is None


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_OWN_STATEMENT, _SERIES = prefiltered(_OWN_STATEMENT), prefiltered(_SERIES)
