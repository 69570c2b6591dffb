"""A short report's own trial that it introduces without a name.

An abstract that names no trial may still report one trial of its own: "We performed a phase II study of FOLFOX
plus cetuximab ...", "In this open-label, phase 3 trial, we enrolled ...", a title "A phase 3 trial evaluating
panitumumab plus best supportive care vs best supportive care in ...", a title whose subtitle is the design ("A
plus B in refractory mCRC: a phase I/Ib study"), or a news report's "A plus B yielded ... based on results from a phase
1/1b study" ("..., according to phase I data presented at ..."), a passive statement ("The efficacy and safety of A
and B in ... were assessed in a phase II, open, multicentre, uncontrolled study", "A Phase-II study was undertaken to
determine the activity of A"), a Methods sentence that opens with the design ("Methods: Single-arm, multicentre,
phase II trial including patients ...", "In the context of a prospective single-arm trial, patients ... received A") or
is the design alone ("Patients and methods: Phase II, open-label clinical trial."), or an opening sentence that tells
the patients' treatment, one of the next sentences stating the study's primary end point ("Patients with ... were
treated with A and B. Primary endpoint was the response rate").
The sentence that says so (the title or one of the report's
opening sentences, never another study's: "a previous phase II trial", "a phase III trial showed") gives the trial
its phase and the first therapy named after it (before it, in the subtitle form). The trial reader
(builders/trials_text.py) then keeps it in focus for the whole report, as it does for a report's one named trial.
"""
from __future__ import annotations

import re

from builders.design_words import ASSIGN_VERB, RANDOMISED_VERB
from builders.document import Document, Sentence
from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

PHASE = r"phase(?:\s+|-)(?:I{1,3}|[1-3])[ab]?(?:\s*/\s*(?:I{1,3}|[1-3])[ab]?)?"
_DESIGN_WORDS = r"(?:(?:randomi[sz]ed|non-?randomi[sz]ed|single-arm|single-group|open-label|multicenter|multicentre|" \
                r"multi-center|multi-centre|multi-?centric|prospective|controlled|double-blind(?:ed)?|placebo-controlled|international|" \
                r"investigator-initiated|single-institution|single-cent(?:er|re)|mono-?cent(?:er|re)|two-arm|three-arm|parallel-group|pilot|clinical|(?:first|second|third|later)-line|" \
                r"dose-(?:escalation|finding|expansion)|open|uncontrolled|non-?comparative|(?:\d|two|three)-part)[\s,]+" \
                r"(?:and\s+)?){0,5}"
# the design words that make a study a prospective trial of a treatment even when it names no phase (never
# "retrospective", "observational", "cohort")
_INTERVENTIONAL = r"(?:pilot|feasibility|single-arm|single-group|open-label|randomi[sz]ed|non-?randomi[sz]ed|" \
                  r"investigator-initiated|proof-of-concept|window-of-opportunity)"
# a news report's word for the report's own investigators
_RESEARCHERS = r"(?:the\s+)?(?:researchers|investigators)"
# the words that make the trial the report's own
_OWN_TRIAL = lazy_compile(
    rf"\bwe\s+(?:(?:therefore|thus|hence|then)\s*,?\s+)?(?:have\s+)?(?:performed|conducted|carried out|undertook|designed|initiated|report|present|describe)\s+"
    rf"(?:the\s+(?:results|findings)\s+(?:of|from)\s+)?(?:an?|this)\s+{_DESIGN_WORDS}{PHASE}[\s,]+{_DESIGN_WORDS}(?:clinical\s+)?"
    rf"(?:study|trial)\b|"
    # ("We undertook a pilot trial to assess ...", "We conducted an open-label, single-arm study of A": a prospective
    # treatment study of its own that names no phase, said by a word of an interventional design)
    rf"\bwe\s+(?:(?:therefore|thus|hence|then)\s*,?\s+)?(?:have\s+)?(?:performed|conducted|carried out|undertook|designed|initiated)\s+an?\s+{_DESIGN_WORDS}"
    rf"(?<![\w\-]){_INTERVENTIONAL}[\s,]+{_DESIGN_WORDS}(?:clinical\s+)?(?:study|trial)\b|"
    rf"\b(?:in|for)\s+this\s+{_DESIGN_WORDS}{PHASE}[\s,]+{_DESIGN_WORDS}(?:clinical\s+)?(?:study|trial)\b|"
    # ("In this randomized clinical trial of 116 patients ...": a randomised trial's own, with no phase)
    rf"\b(?:in|for)\s+this\s+(?:[\w\-]+[\s,]+){{0,3}}?randomi[sz]ed[\s,]+{_DESIGN_WORDS}(?:clinical\s+)?(?:study|trial)\b|"

    rf"\bthis\s+(?:was\s+an?\s+|is\s+an?\s+)?{_DESIGN_WORDS}{PHASE}[\s,]+{_DESIGN_WORDS}(?:clinical\s+)?(?:study|trial)\b|"
    # ("Part 2 of this 3-part study was a phase II, randomized trial of 3 arms: ...": the study said to be a trial)
    rf"\bthis\s+{_DESIGN_WORDS}(?:study|trial)\s+(?:was|is)\s+an?\s+{_DESIGN_WORDS}{PHASE}[\s,]+{_DESIGN_WORDS}"
    rf"(?:clinical\s+)?(?:study|trial)\b|"
    # ("Patients were enrolled in a monocentre, open-label, phase II study and treated with A")
    rf"(?:^|:\s*)(?:eligible\s+)?(?:patients|participants)\s+were\s+(?:enrolled|included)\s+in\s+an?\s+{_DESIGN_WORDS}{PHASE}[\s,]+"
    rf"{_DESIGN_WORDS}(?:clinical\s+)?(?:study|trial)\b|"
    # ("This trial evaluated the efficacy and safety of A in ...": a trial, not a study, that opens its sentence)
    rf"(?:^|:\s*)this\s+{_DESIGN_WORDS}(?:clinical\s+)?trial\s+(?:evaluated|assessed|investigated|tested|examined)\b|"
    # ("A phase III study conducted by the X group evaluated whether ...": a news report's opening sentence, its own study
    # with an indefinite article and the group that ran it)
    rf"^an?\s+{_DESIGN_WORDS}{PHASE}[\s,]+{_DESIGN_WORDS}(?:clinical\s+)?(?:study|trial)\s+(?:(?:conducted|led|run|sponsored|"
    r"coordinated)\s+by\s+[^.;]{1,100}?\s+)?(?:evaluated|assessed|investigated|tested|examined|compared)\b", re.I)
# a passive statement of the report's own study, its therapy before it: "The efficacy and safety of A and B in ... were
# assessed in a phase II, open, multicentre, uncontrolled study." (the sentence ends with the study, or with its
# patients, at its period: never "... was evaluated in a phase III trial that showed ...")
ASSESSED_IN = lazy_compile(rf"\b(?:was|were)\s+(?:assessed|evaluated|investigated|examined|studied|tested)\s+in\s+an?\s+"
                           rf"{_DESIGN_WORDS}{PHASE}[\s,]+{_DESIGN_WORDS}(?:clinical\s+)?(?:study|trial)"
                           r"(?=(?:\s+(?:in|of|with|involving|including|enrolling)\s+[^.;()\[\]]{0,120})?\s*(?:\.|$))", re.I)
# the subject such a passive statement has: "The efficacy and safety of ...", after a section label
_ASSESSED_SUBJECT = lazy_compile(r"^(?:[A-Za-z ]{1,30}:\s*)?the\s+(?:efficacy|safety|activity|feasibility|tolerability|"
                                 r"toxicity|benefit)\b", re.I)
# the report's own study in the passive, with its purpose: "A Phase-II study was undertaken to determine the activity of
# A, B and C", "Methods: A phase I trial was conducted to evaluate ..."
UNDERTAKEN = lazy_compile(rf"(?:^|:\s*)an?\s+{_DESIGN_WORDS}{PHASE}[\s,]+{_DESIGN_WORDS}(?:clinical\s+)?(?:study|trial)\s+"
                          r"was\s+(?:undertaken|conducted|performed|carried\s+out|initiated|designed)\s+to\s+"
                          r"(?:evaluate|compare|assess|investigate|examine|test|determine|explore)\b", re.I)
# a structured abstract's Methods sentence that opens with the design as a noun phrase: "Methods: Single-arm,
# multicentre, phase II trial including patients >= 70 years with ...", and the study's setting before its patients'
# therapy: "In the context of a prospective single-arm trial, patients with mCRC received A combined with B"
_METHODS_WORD = r"(?:patients\s+and\s+|materials\s+and\s+)?methods\s*:"
_METHODS_LABEL = rf"(?:{_METHODS_WORD}\s*)?"
_METHODS = lazy_compile(_METHODS_WORD, re.I)
DESIGN_PHRASE = lazy_compile(rf"{_METHODS_LABEL}(?:an?\s+)?{_DESIGN_WORDS}{PHASE}[\s,]+{_DESIGN_WORDS}(?:clinical\s+)?(?:study|trial)(?=\s+"
                             r"(?:including|enrolling|recruiting|in|of|for)\s+(?:[\w\-]+\s+){0,3}?(?:patients|pts|participants|subjects)\b)|"
                             rf"{_METHODS_LABEL}in\s+the\s+(?:context|setting|framework)\s+of\s+an?\s+{_DESIGN_WORDS}(?:{PHASE}[\s,]+"
                             rf"{_DESIGN_WORDS})?(?:clinical\s+)?(?:study|trial)\s*,\s*(?=(?:\d+\s+)?(?:patients|pts|participants)\b)|"
                             # ("Patients and methods: Phase II, open-label clinical trial.": the design alone after the label)
                             rf"{_METHODS_WORD}\s*(?:an?\s+)?{_DESIGN_WORDS}{PHASE}[\s,]+{_DESIGN_WORDS}(?:clinical\s+)?(?:study|trial)"
                             r"(?=\s*\.?\s*$)", re.I)
# a finding, which makes a design phrase another study's ("A phase III trial of A in patients ... showed ...")
_FINDING = lazy_compile(r"\b(?:showed|shown|demonstrated|reported|found|revealed|suggested|established|proved)\b", re.I)
# the report's own randomisation, told in the first person: "we randomly assigned 402 patients to receive A and 411 to
# receive B", "we randomized 120 patients to A or B"; its first arm names the trial
WE_RANDOMISED = lazy_compile(rf"\bwe\s+(?:then\s+|prospectively\s+)?{RANDOMISED_VERB}\s+(?:an?\s+total\s+of\s+)?"
                             r"(?:\d[\d,]*\s+)?(?:(?:eligible\s+)?(?:patients|participants|subjects)\s+)?(?:\([^()]{0,40}\)\s+)?"
                             r"(?:\(?\d:\d\)?\s+)?to\b", re.I)
# the same, told of a news report's researchers: "researchers randomly assigned 112 patients with mCRC who had ... to
# receive either A or B"
RESEARCHERS_RANDOMISED = lazy_compile(rf"\b{_RESEARCHERS}\s+{RANDOMISED_VERB}\s+"
                                      r"(?:an?\s+total\s+of\s+)?\d[\d,]*\s+(?:patients|participants|subjects)\b"
                                      r"(?:\s+(?:with|who)\b[^.;]{0,200}?)?\s+to\s+(?:receive\s+)?(?:either\s+)?", re.I)
# a news report's own trial, told of its researchers: "For the double-blind, phase III trial, researchers enrolled 204
# patients who had received ...": the patients' therapies that follow are earlier ones; the trial's are in the next
# sentences
RESEARCHERS_ENROLLED = lazy_compile(rf"\b(?:in|for)\s+(?:the|an?|this)\s+{_DESIGN_WORDS}{PHASE}[\s,]+{_DESIGN_WORDS}"
                                    rf"(?:clinical\s+)?(?:study|trial)\s*,\s*{_RESEARCHERS}\s+(?:enrolled|included|recruited)\b",
                                    re.I)
# the same, told of the report's patients in the passive: "Patients with refractory mCRC were randomised 2:1 to A or B",
# "Eligible patients were randomly assigned (1:1) to receive either A or B" (an opening sentence that cites no other
# study, in a report that names no trial)
PATIENTS_RANDOMISED = lazy_compile(r"\b(?:patients|pts|participants|subjects)\s+(?:\([^()]{0,40}\)\s+)?"
                                   r"(?:(?:with|who)\b[^.;]{0,200}?\s+)?were\s+(?:then\s+)?(?:enrolled\s+and\s+)?"
                                   rf"{RANDOMISED_VERB}\s+(?:\(?\d\s*:\s*\d\)?\s+|"
                                   r"in\s+an?\s+\d\s*:\s*\d\s+ratio\s+)?(?:to\s+(?:receive\s+)?(?:either\s+)?|either\s+|"
                                   # (no "to": "were randomly allocated irinotecan 300-350 mg/m2 ... or fluorouracil")
                                   r"(?!(?:between|in|into|from|at|on|during|over|within|after|before|by|since|until|"
                                   r"and|for|of|per|using)\b)(?=[a-z][\w\-]*\s+\d))", re.I)
# the report's own single-arm study told only by its patients' treatment, in an opening sentence whose next sentences
# give the study's primary end point: "Patients with ... mCRC that had progressed following prior A were treated with B
# and C in 28-day cycles. Primary endpoint was the response rate ...", "Patients ... were given first-line treatment
# with A plus B. The primary endpoint was ..."
# (also counted, and in the active voice: "Methods: Twenty-two eligible patients with ... received A every 3 weeks")
PATIENTS_TREATED = lazy_compile(r"^(?:[A-Za-z ]{1,30}:\s*)?(?:(?:\d+|[A-Z][a-z]+(?:[\s\-][a-z]+)?)\s+)?"
                                r"(?:(?:adult|eligible|all|consecutive)\s+)?(?:patients|participants|pts)\b"
                                r"[^.;:]{0,240}?(?<!\bhad)(?<!\bhave)(?<!previously)(?<!already)(?<!\bwho)(?<!\bthat)"
                                r"\s+(?:were\s+(?:treated\s+with|"
                                r"given\s+(?:(?:first|second|third|later)-line\s+)?(?:treatment|therapy)\s+with)|received)\s", re.I)
# the report's own single-arm study told by its counted patients and their treatment, with no study word: "A total of
# 43 patients with BRAF-mutant mCRC were treated with A plus B", "Patients and methods: Thirty-one patients received A",
# "In total, 58 pts were given A and B" (a count that opens its sentence: patients counted are a study's sample; never
# those who had received a therapy before, "who received", nor patients counted as screened or tested)
_NUMBER_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|eleven|twelve|thirteen|fourteen|fifteen|" \
               r"sixteen|seventeen|eighteen|nineteen|ten|(?:one|a)\s+hundred)(?:[\s\-](?:and\s+)?[a-z]+){0,2}"
COUNTED_TREATED = lazy_compile(r"^(?:[A-Za-z ]{1,30}:\s*)?(?:(?:in\s+total|overall)\s*,\s*)?(?:a\s+total\s+of\s+)?"
                               rf"(?:\d[\d,]*|{_NUMBER_WORD})\s+(?:(?:adult|eligible|consecutive|evaluable)\s+)?"
                               r"(?:patients|participants|pts)\b(?:\s*\([^()]{0,40}\))?"
                               r"(?![^.;:]{0,240}?\b(?:screened|tested|genotyped|assessed\s+for\s+eligibility)\b)"
                               # (the counted patients described, no other count or clause between them and their
                               # treatment: never "Thirty patients underwent resection, and 71 ..., 53 of whom received A")
                               r"(?:(?!\bof\s+whom\b|\bunderwent\b|,\s*(?:and|while|whereas|but)\b|\band\s+\d)[^.;:]){0,240}?(?<!\bhad)(?<!\bhave)(?<!previously)(?<!already)(?<!\bwho)(?<!\bthat)"
                               r"\s+(?:were\s+(?:(?:then|subsequently)\s+)?(?:treated\s+with|given|administered)|received)\s", re.I)
# a sentence that states the design of the report's own study by its primary end point
_END_POINT_WORDS = r"primary\s+(?:end\s*-?\s*point|objective|outcome)\s+(?:was|were|is)\b"
_PRIMARY_END_POINT = lazy_compile(rf"^(?:[A-Za-z ]{{1,30}}:\s*)?(?:the\s+)?{_END_POINT_WORDS}", re.I)
# the same run on in the treatment's own sentence when its period was lost ("... received A until progression or
# unacceptable toxicity The primary endpoint was ...")
_RUN_ON_END_POINT = lazy_compile(rf"\s(?:The|the)\s+{_END_POINT_WORDS}")
# how long the therapy is given, whose "or" is no alternative ("until progression or unacceptable toxicity"), up to
# what ends the clause ("until progression (arm A) or B": the bracket ends it, and the "or" after it offers B)
_GIVEN_UNTIL = lazy_compile(r"\buntil\s+[^,;()\[\]]*", re.I)
# words that offer alternatives, which make the patients' treatment two arms ("were treated with A plus B, with
# (n = 28) or without (n = 26) C"), not one
_ALTERNATIVES = lazy_compile(r"\b(?:or|versus|vs)\b", re.I)
# (how many sentences after the patients' treatment the primary end point may be stated)
_END_POINT_WITHIN = 2
# the forms whose first arm, after them, names the trial
RANDOMISED_FORMS = (WE_RANDOMISED, RESEARCHERS_RANDOMISED, PATIENTS_RANDOMISED)
# a title that is the trial's own description: "A phase 3 trial evaluating A vs B in ...", "Title: Open-label phase
# III trial of A plus B compared with B ...", "Results of a randomized phase III trial of A in ...", also after a
# lead ("Modulation of autophagy: a phase II study of A plus B versus C in ...")
# (after a "Title:" label, or "Results of" / "Final results from" before it)
_RESULTS_OF = r"(?:(?:updated|final|long-term|primary|interim|mature)\s+)?(?:results|outcomes|analysis)\s+(?:of|from)\s+"
_TITLE_TRIAL = lazy_compile(rf"^(?:title\s*:\s*)?(?:[^:;.]{{1,60}}:\s+)?(?:{_RESULTS_OF})?(?:an?\s+)?{_DESIGN_WORDS}{PHASE}[\s,]+{_DESIGN_WORDS}(?:clinical\s+)?(?:study|trial)\s+"
                            rf"(?:of|evaluating|assessing|investigating|comparing|testing|with)\b", re.I)
# a title whose subtitle is the trial's own description, the therapy before it: "Regorafenib plus nivolumab in
# refractory mCRC: a phase I/Ib study", "A versus B in mCRC: final results of a phase III trial"
# (also when the subtitle names the study's cooperative group: "A in B: A phase II study of the Spanish Cooperative Group
# for the Treatment of Digestive Tumours")
_OF_GROUP = r"(?:\s+(?:of|by|from)\s+the\s+[^:;.]{0,120}?\b(?:group|consortium|network|intergroup|alliance|organi[sz]ation)\b[^:;.]{0,80}?)?"
TITLE_SUBTITLE = lazy_compile(rf":\s*(?:{_RESULTS_OF})?(?:an?\s+)?{_DESIGN_WORDS}{PHASE}[\s,]+{_DESIGN_WORDS}(?:clinical\s+)?(?:study|trial)"
                              rf"{_OF_GROUP}\s*\.?\s*$", re.I)
# a title's subtitle that gives the phase of the report's own study, in words the subtitle form above does not allow:
# "Oral A compared with B in ...: results of a large phase III study."
_SUBTITLE_PHASE = lazy_compile(rf":\s*(?:{_RESULTS_OF})?(?:an?\s+)?(?:[\w\-]+[\s,]+){{0,4}}?(?P<phase>{PHASE})[\s,]+"
                               rf"(?:[\w\-]+[\s,]+){{0,3}}?(?:study|trial)\s*\.?\s*$", re.I)
# a news report's sentence that gives the therapy first and the report's trial after it: "The combination of A and B
# yielded modest activity in ... based on early results from a phase 1/1b study", "A showed clinical benefit in ...,
# according to results of a phase II clinical trial"
NEWS_RESULTS = lazy_compile(rf"\b(?:according\s+to|based\s+on)\s+(?:the\s+)?(?:(?:early|initial|interim|updated|final|"
                            rf"preliminary|topline|new)\s+)?(?:results|data|findings)\s+(?:from|of)\s+an?\s+{_DESIGN_WORDS}"
                            rf"{PHASE}[\s,]+{_DESIGN_WORDS}(?:clinical\s+)?(?:study|trial)\b|"
                            # ("A with B may achieve a response in ..., according to phase I data presented at the ...")
                            rf"\b(?:according\s+to|based\s+on)\s+(?:(?:early|initial|interim|updated|final|preliminary|new)\s+)?"
                            rf"{PHASE}\s+(?:(?:study|trial)\s+)?(?:results|data|findings)\s+(?:presented|reported|released|announced)\s+"
                            r"(?:at|during)\b", re.I)
# a news report's own study told by where it was published or presented, its design words optional: the therapy after
# it ("In a recent phase II study published in a journal, A did not improve overall survival compared with B") or
# before it ("A yielded similar outcomes to B in ..., according to a study published in a journal", "..., a study
# presented at the congress has shown")
_PUBLISHED_STUDY = rf"an?\s+(?:recent\s+|new\s+)?{_DESIGN_WORDS}(?:{PHASE}[\s,]+{_DESIGN_WORDS})?(?:clinical\s+)?(?:study|trial)\s+" \
                   r"(?:recently\s+)?(?:published|presented|reported)\s+(?:online\s+)?(?:in|at)\s+"
NEWS_PUBLISHED_BEFORE = lazy_compile(rf"^(?:in|from)\s+{_PUBLISHED_STUDY}[^,;.()]{{1,100}}?,\s*(?=\S)", re.I)
NEWS_PUBLISHED_AFTER = lazy_compile(rf"(?:\baccording\s+to|,)\s+{_PUBLISHED_STUDY}", re.I)
# words of a laboratory study, which a news report's published study must not be to be a trial
_LABORATORY = lazy_compile(r"\b(?:cells?|cell\s+lines?|xenografts?|mice|mouse|organoids?|in\s+vitro|in\s+vivo|preclinical)\b", re.I)
# the forms whose trial's therapy stands before the words that introduce it
THERAPY_BEFORE = (TITLE_SUBTITLE, NEWS_RESULTS, ASSESSED_IN, NEWS_PUBLISHED_AFTER)
# a title head that names the therapy its patients had before, not the trial's ("... With Acquired Resistance to
# First-line Cetuximab: A Phase 2 Trial"): its therapies are no regimen of the trial
_EARLIER_THERAPY = lazy_compile(r"\b(?:resistan\w*|refractory|after|following|pretreated|previously treated|progress\w*|"
                                r"failure|failing|prior)\b", re.I)
# words that make the therapies after them the ones the patients had before entry, not the trial's: "patients were
# eligible if they had received at least two prior regimens including A, B, and C", "refractory to A", "after failure
# of A", "previously treated with A", "who progressed on A"
_HAD_BEFORE = lazy_compile(r"\b(?:had|have|has|having)\s+(?:previously\s+|already\s+|also\s+)?(?:received|been\s+(?:(?:pre)?treated|administered|given|exposed)|"
                           r"progressed|failed)\b|\bprior\b|\bpreviously\s+treated\b|\beligible\s+if\b|\brefractory\s+to\b|"
                           r"\bfailure\s+(?:of|on|with)\b|\bpre-?treated\s+with\b|\bprogress(?:ed|ing)\s+(?:on|after|during|following|with)\b|"
                           r"\b(?:resistant|intolerant)\s+(?:to|of)\b", re.I)
# words that give the trial's own therapy after such words: "... were eligible if ... irinotecan, and then received A"
_NOW_GIVEN = lazy_compile(r"(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)(?<!previously\s)(?<!already\s)(?<!also\s)\b(?:received|"
                          rf"were\s+(?:then\s+)?(?:treated|given|{ASSIGN_VERB})|was\s+(?:given|administered)|"
                          r"were\s+administered|to\s+receive)\b", re.I)


def gives_now(text: str, start: int, end: int) -> bool:
    """Whether words of the trial's own therapy ("received", "were treated") stand between ``start`` and ``end``."""
    return _NOW_GIVEN.search(text, start, end) is not None


def had_before(text: str, start: int, pos: int) -> bool:
    """Whether the therapy at ``pos`` is one the patients had before entry: words of earlier therapy stand between
    ``start`` and it, with no words of the trial's own therapy after them."""
    last = None
    for last in _HAD_BEFORE.finditer(text, start, pos):
        pass
    return last is not None and not gives_now(text, last.end(), pos)


# another study than the report's own
_OTHER = lazy_compile(r"\b(?:previous|prior|earlier|former|another|other|recent|pivotal|subsequent|ongoing)\s+"
                      r"(?:[\w\-,]+\s+){0,4}?(?:study|trial)\b", re.I)
# an opening that states the aim of the report's own study, which names no phase: "It was the aim of this study to
# evaluate A versus B", "The purpose of the present trial was to compare ..."
_AIM_VERB = r"(?:evaluate|compare|assess|investigate|examine|test|determine)"
_OWN_AIM = lazy_compile(rf"\b(?:aim|purpose|objective|goal)\s+of\s+(?:this|the\s+present|the\s+current|our)\s+"
                        rf"(?:[\w\-]+\s+){{0,2}}?(?:study|trial)\s+(?:was\s+|is\s+)?to\s+{_AIM_VERB}\b|"
                        rf"\bwe\s+(?:aimed|sought|set\s+out)\s+to\s+{_AIM_VERB}\b|"
                        rf"\b(?:this|the\s+present|the\s+current|our)\s+(?:[\w\-]+\s+){{0,2}}?(?:study|trial)\s+"
                        rf"(?:was\s+designed|aimed|sought)\s+to\s+{_AIM_VERB}\b|"
                        # "In the present study, 120 patients were randomly assigned to ...": the study it opens with
                        rf"^(?:in|for)\s+(?:this|the\s+present|the\s+current|our)\s+(?:[\w\-]+\s+){{0,2}}?(?:study|trial)\s*,", re.I)
# a sentence that introduces the report's own study by a demonstrative, after a background that may cite other
# trials: "Methods: This phase III study randomized pts ...", "This randomized trial compared A with B", "In this study, ..."
_THIS_STUDY = lazy_compile(rf"\bthis\s+{_DESIGN_WORDS}(?:{PHASE}[\s,]+{_DESIGN_WORDS})?(?:clinical\s+)?(?:study|trial)\s+"
                           rf"(?:{RANDOMISED_VERB}|enrolled|included|recruited|compared|evaluated|"
                           r"assessed|investigated|tested)\b|"
                           r"^(?:[A-Za-z ]{1,30}:\s*)?in\s+this\s+(?:[\w\-]+\s+){0,3}?(?:study|trial)\s*,", re.I)


# the report's own new study said in the first person with an indefinite article, after a background that may name
# other trials: "Therefore, we designed a single-arm, phase II trial to ...", "we conducted a phase II study of A plus
# B", "We thus performed a randomized trial ..." (never "we conducted the X trial", "we previously reported a study")
_NEW_OWN_STUDY = lazy_compile(r"\bwe\s+(?:(?:therefore|thus|then|hence|subsequently|next|here|now|so)\s*,?\s+)?(?:have\s+)?"
                              r"(?:performed|conducted|carried\s+out|undertook|designed|initiated|launched|planned)\s+an?\s+"
                              r"(?:[\w\-/]+,?\s+){0,8}?(?:clinical\s+)?(?:study|trial)\b", re.I)
# (a study of a treatment, by its phase or an interventional design: never "an exploratory biomarker study")
_TREATMENT_STUDY = lazy_compile(rf"{PHASE}|(?<![\w\-]){_INTERVENTIONAL}(?![\w\-])", re.I)


def introduces_new_own_study(text: str) -> bool:
    """Whether a sentence introduces a new study of the report's own in the first person with an indefinite article
    ("Therefore, we designed a single-arm, phase II trial to ...", "We thus conducted an open-label pilot study of A";
    a study of a treatment, by its phase or an interventional design),
    citing no other study by its source or as an earlier one: a trial named only before it is one the report cites.

    >>> introduces_new_own_study("Therefore, we designed a single-arm, open-label, phase II trial to evaluate A plus B.")
    True
    >>> introduces_new_own_study("We thus conducted an open-label pilot study of A.")
    True
    >>> introduces_new_own_study("We conducted the trial at 80 centres.")
    False
    >>> introduces_new_own_study("We previously conducted a phase II study of A [3].")
    False
    >>> introduces_new_own_study("We conducted an exploratory biomarker study of the trial's samples.")
    False
    """
    return new_own_study_at(text) is not None


# the report's own study by its aim or by a demonstrative that opens what it did: "The aim of this study was to evaluate
# A", "We aimed to assess A", "This phase II study evaluated A" (never "In this study, ...": after a named trial, that
# trial's)
_OWN_AIM_STATED = lazy_compile(rf"\b(?:aim|purpose|objective|goal)\s+of\s+(?:this|the\s+present|the\s+current|our)\s+"
                               rf"(?:[\w\-]+\s+){{0,2}}?(?:study|trial)\s+(?:was\s+|is\s+)?to\s+{_AIM_VERB}\b|"
                               rf"\bwe\s+(?:aimed|sought|set\s+out)\s+to\s+{_AIM_VERB}\b|"
                               rf"\b(?:this|the\s+present|the\s+current|our)\s+(?:[\w\-]+\s+){{0,2}}?(?:study|trial)\s+"
                               rf"(?:was\s+designed|aimed|sought)\s+to\s+{_AIM_VERB}\b|"
                               rf"\bthis\s+{_DESIGN_WORDS}(?:{PHASE}[\s,]+{_DESIGN_WORDS})?(?:clinical\s+)?(?:study|trial)\s+"
                               r"(?:enrolled|included|recruited|evaluated|assessed|investigated|tested)\b", re.I)


def new_own_study_at(text: str) -> int | None:
    """Where the words that introduce a new study of the report's own start in a sentence (see
    introduces_new_own_study), else None: a trial named before them in the sentence prompted it ("Building on the X
    trial, in which A gave ..., we conducted a phase II trial of B").

    >>> new_own_study_at("Based on the X trial, we performed a randomized phase II trial of A.")
    22
    """
    m = _NEW_OWN_STUDY.search(text)
    if m is None or _TREATMENT_STUDY.search(m.group(0)) is None or _OTHER.search(text) is not None or \
            _CITED.search(text) is not None:
        return None
    return m.start()


def states_own_aim(text: str) -> bool:
    """Whether a sentence states what the report's own study set out to do or did, by its aim or a demonstrative ("The
    aim of this study was to evaluate A plus B", "This phase II study evaluated A"), citing no other study: after a
    trial named before it, the report's own study only when it names other therapies than that trial's sentences
    (the caller asks).

    >>> states_own_aim("The aim of this study was to evaluate A plus B in MSS mCRC.")
    True
    >>> states_own_aim("This phase II study evaluated A plus B.")
    True
    >>> states_own_aim("In this study, the ORR was 40%.")
    False
    """
    return _OWN_AIM_STATED.search(text) is not None and _OTHER.search(text) is None and _CITED.search(text) is None


def introduces_own_study(text: str) -> bool:
    """Whether a sentence introduces the report's own study ("This phase III study randomized ...", "We conducted a
    phase II trial of ...", "The aim of this study was to compare ...", "In this study, ..."), citing no other study by
    its source or as an earlier one."""
    return (_THIS_STUDY.search(text) or _OWN_TRIAL.search(text) or _OWN_AIM.search(text)) is not None and \
        _OTHER.search(text) is None and _CITED.search(text) is None


# the report's own patients randomised (that makes the study whose aim it states a trial): "One hundred and
# twenty-three patients were randomized", "Patients (n = 153) were randomised 1:1 to ...", "Participants were enrolled
# and randomly assigned"
_OWN_RANDOMISED = lazy_compile(r"\b(?:patients|pts|participants|subjects)\s+(?:\([^()]*\)\s+)?(?:with\s+[^.;]{0,80}?\s+)?"
                               rf"were\s+(?:then\s+)?(?:enrolled\s+and\s+)?{RANDOMISED_VERB}\b", re.I)
# another study's source: "(ref. 12)", "[12]", "Smith et al."
_CITED = lazy_compile(r"\bet\s+al\b|\[\d+(?:[,\-–]\s*\d+)*\]", re.I)
# a citation line above a report's title: a bare page mark, or the journal's date, volume and DOI (and a deposited
# manuscript's notes: "Author manuscript; available in PMC: 2017 Aug 7.", "Published in final edited form as: ...")
_CITATION_LINE = lazy_compile(r"^[\W\d]*$|\bdoi\s*:|\bPMC?ID\s*:|\bauthor\s+manuscript\b|^\s*published\s+in\s+final\s+edited\s+form\b|^\s*epub\b|^\s*(?:19|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*\.?\s*$", re.I)
# a publication-type label a bibliographic page shows above (and again below) an article's title ("Clinical Trial",
# "Randomized Controlled Trial", "Multicenter Study"): the page's furniture, never the title
_TYPE_LABEL = lazy_compile(r"(?:(?:randomi[sz]ed\s+controlled\s+|controlled\s+)?clinical\s+trial(?:,\s+phase\s+(?:I{1,3}|IV))?|"
                           r"randomi[sz]ed\s+controlled\s+trial|multicent(?:er|re)\s+study|observational\s+study|"
                           r"comparative\s+study|meta-analysis|systematic\s+review|review|editorial|letter|case\s+reports?)\s*\.?",
                           re.I)
# the report's title and opening sentences that may introduce its own trial (a journal's citation line, title, subtitle
# line "A Phase 2 Randomized Clinical Trial" and key points' "Question" come before "In this phase 2 randomized clinical
# trial of 139 patients ..."; a background of four or five sentences before "We conducted a phase II study of A")
OPENING = 8


def _own_therapy(title: str, start: int | None) -> bool:
    """Whether the first therapy a title names before its subtitle (at ``start``) is the trial's own: named, and
    not after words of the patients' earlier therapy."""
    return start is not None and not _EARLIER_THERAPY.search(title, 0, start)


def _with_own_therapy(s: Sentence, m: re.Match | None, first_therapy) -> re.Match | None:
    """``m`` (a form of THERAPY_BEFORE) when the first therapy before it is the trial's own (see _own_therapy),
    or when there is no ``first_therapy`` to ask; else None."""
    return m if m is not None and (first_therapy is None or _own_therapy(s.norm, first_therapy(s, m))) else None


def _title_index(doc: Document) -> int:
    """The index of the report's title: its first sentence after any citation lines that head the text (". 2023 Apr
    6;58:101917. doi: 10.1016/...")."""
    for s in doc.sentences[:OPENING]:
        if not _CITATION_LINE.search(s.norm) and not _TYPE_LABEL.fullmatch(s.norm.strip()):
            return s.index
    return 0


def title_of(doc: Document) -> Sentence | None:
    """The report's title: its first sentence after any citation lines that head the text."""
    return doc.sentences[_title_index(doc)] if doc.sentences else None


def title_therapy_is_own(title: str, start: int) -> bool:
    """Whether the therapy a title names at ``start`` is the trial's own (see _own_therapy)."""
    return _own_therapy(title, start)


def _opening(doc: Document) -> list[Sentence]:
    """The report's opening sentences: the first OPENING from its title, and the first OPENING of its abstract (a
    page's journal line, dates, "TL;DR" or key findings may stand between the title and the abstract)."""
    title = _title_index(doc)
    opening = doc.sentences[:title + OPENING]
    start = next((s.index + (s.norm.strip().lower() == "abstract") for s in doc.sentences[title:]
                  if s.section.lower().startswith("abstract") or s.norm.strip().lower() == "abstract"), None)
    return opening if start is None else opening + doc.sentences[max(start, title + OPENING):start + OPENING]


def introducing_sentence(doc: Document, first_therapy=None) -> tuple[Sentence, re.Match] | None:
    """The title or opening sentence that introduces the report's own unnamed trial, with the words that do.
    ``first_therapy(sentence, match)`` gives where the first therapy before a title's subtitle starts (None
    when there is none); without it such a title is taken as it is."""
    title = _title_index(doc)
    for s in _opening(doc):  # (counted from the title: lines of a page's furniture come before it)
        m = _TITLE_TRIAL.match(s.norm) if s.index == title else None
        if s.index == title and m is None:
            m = _with_own_therapy(s, TITLE_SUBTITLE.search(s.norm), first_therapy)
        # (the researchers' randomisation first: its arms come after "to receive", not after "randomly assigned")
        m = m or RESEARCHERS_RANDOMISED.search(s.norm) or _OWN_TRIAL.search(s.norm) or WE_RANDOMISED.search(s.norm) \
            or RESEARCHERS_ENROLLED.search(s.norm) or _passive_own(s)
        if m is None and s.index > 0 and not _CITED.search(s.norm):
            m = _with_own_therapy(s, NEWS_RESULTS.search(s.norm), first_therapy)
        m = m or _with_own_therapy(s, _assessed_in(s.norm), first_therapy) or _treated_with_end_point(doc, s) \
            or _counted_treated(doc, s)
        if m is not None and not _OTHER.search(s.norm):
            return s, m
        if m is None:
            m = _published_study(s, first_therapy)
            if m is not None:
                return s, m
    return _aim_of_randomised_study(doc)


def _published_study(s: Sentence, first_therapy) -> re.Match | None:
    """The words of a news report's opening sentence that introduce its own study by where it was published or presented
    ("In a recent phase II study published in a journal, A did not improve ...", "..., according to a study presented at
    the congress"), in a sentence that cites no study by its source, speaks of no laboratory work and, outside those
    words, of no other study ("recent" there is the report's news, not an earlier study)."""
    if _CITED.search(s.norm) or _LABORATORY.search(s.norm):
        return None
    m = NEWS_PUBLISHED_BEFORE.search(s.norm) or _with_own_therapy(s, NEWS_PUBLISHED_AFTER.search(s.norm), first_therapy)
    if m is None or _OTHER.search(s.norm[:m.start()]) or _OTHER.search(s.norm[m.end():]):
        return None
    return m


def _passive_own(s: Sentence) -> re.Match | None:
    """The words of an opening sentence that introduce the report's own study in the third person, its therapy after
    them: its patients randomised ("Patients ... were randomised 2:1 to A or B"), the study undertaken for a purpose
    ("A phase II study was undertaken to determine the activity of A"), or a Methods sentence that opens with the
    design ("Methods: Single-arm, multicentre, phase II trial including patients ..."); never in a sentence that cites
    another study by its source, nor a design phrase that gives a finding ("A phase III trial of A in patients ...
    showed ...")."""
    if _CITED.search(s.norm):
        return None
    design = DESIGN_PHRASE.match(s.norm)
    if design is not None and (_FINDING.search(s.norm) or not (_METHODS.match(s.norm) or "method" in s.section.lower())):
        design = None
    return PATIENTS_RANDOMISED.search(s.norm) or UNDERTAKEN.search(s.norm) or design


def _treated_with_end_point(doc: Document, s: Sentence) -> re.Match | None:
    """The words of an opening sentence that tell the report's own single-arm study by its patients' treatment
    ("Patients with ... were treated with A and B"), when one of the next sentences states its primary end point
    ("Primary endpoint was the response rate"); never in a sentence that cites another study by its source, nor one
    that offers alternatives (two arms, not one)."""
    m = PATIENTS_TREATED.search(s.norm)
    if m is None or _CITED.search(s.norm):
        return None
    run_on = _RUN_ON_END_POINT.search(s.norm, m.end())
    given = s.norm[m.end():run_on.start() if run_on is not None else len(s.norm)]
    if _ALTERNATIVES.search(_GIVEN_UNTIL.sub(" ", given)):
        return None
    nxt = doc.sentences[s.index + 1:s.index + 1 + _END_POINT_WITHIN]
    return m if run_on is not None or any(_PRIMARY_END_POINT.search(t.norm) for t in nxt) else None


# a second counted group given its own therapy after the first: ", and 20 patients received B", "while 12 were given B"
_SECOND_GROUP = lazy_compile(r"(?:,|\band\b|\bwhile\b|\bwhereas\b)\s*(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
                             r"(?:(?:patients|pts|participants)\s+)?(?:received|were\s+(?:treated|given|administered))\b", re.I)


def _counted_treated(doc: Document, s: Sentence) -> re.Match | None:
    """The words of an opening sentence that tell the report's own single-arm study by its counted patients and the
    one treatment they were given ("A total of 43 patients with ... were treated with A plus B"): a sample counted
    where its sentence opens is a study's, and with no other study named it is the report's own (the trial reader asks
    only when the report names no trial). Never in a sentence that cites another study by its source or as an earlier
    one, or that follows one that does, nor one that offers alternatives (two arms, not one)."""
    m = COUNTED_TREATED.search(s.norm)
    if m is None or _CITED.search(s.norm) or _OTHER.search(s.norm):
        return None
    prev = doc.sentences[s.index - 1].norm if s.index > 0 else ""
    if _CITED.search(prev) or _OTHER.search(prev):
        return None
    rest = s.norm[m.end():]
    if _ALTERNATIVES.search(_GIVEN_UNTIL.sub(" ", rest)) or _SECOND_GROUP.search(rest):
        return None  # (two groups given two therapies: "40 patients received A, and 20 patients received B")
    return m


def _assessed_in(text: str) -> re.Match | None:
    """The words that say the study of the therapies before them was the report's own ("The efficacy and safety of A
    and B in ... were assessed in a phase II, open, multicentre, uncontrolled study."), in a sentence that cites no
    other study by its source."""
    if not _ASSESSED_SUBJECT.search(text) or _CITED.search(text):
        return None
    return ASSESSED_IN.search(text)


def stated_aim(doc: Document) -> tuple[Sentence, re.Match] | None:
    """The opening sentence that states the aim of the report's own study ("we aimed to compare A plus B versus
    A"), citing no other study by source or as earlier, with the words that state it."""
    for s in _opening(doc):
        m = _OWN_AIM.search(s.norm)
        if m is not None and not _OTHER.search(s.norm) and not _CITED.search(s.norm):
            return s, m
    return None


def _aim_of_randomised_study(doc: Document) -> tuple[Sentence, re.Match] | None:
    """The opening sentence that states the aim of the report's own study, when the report says its own patients
    were randomised (a sentence that cites no other study): that study is a trial of no stated phase."""
    if not any(_OWN_RANDOMISED.search(s.norm) and not _OTHER.search(s.norm) and not _CITED.search(s.norm)
               for s in doc.sentences):
        return None
    return stated_aim(doc)


def subtitle_phase(doc: Document) -> str | None:
    """The phase words of the report's own study its title's subtitle gives ("...: results of a large phase III
    study"), else None (a first line in a labelled section is no title: "Background: In phase II trials, ...")."""
    title = title_of(doc)
    m = _SUBTITLE_PHASE.search(title.norm) if title is not None and not title.section else None
    return m.group("phase") if m else None


# searched in most sentences, which hold none of their words (builders/prefilter.py)
(_OWN_TRIAL, _LABORATORY, _OWN_RANDOMISED, _CITED, _NEW_OWN_STUDY, _OWN_AIM_STATED) = map(prefiltered, (
    _OWN_TRIAL, _LABORATORY, _OWN_RANDOMISED, _CITED, _NEW_OWN_STUDY, _OWN_AIM_STATED))
