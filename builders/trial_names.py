"""Trial names and registry ids, read by the entity reader (builders/patterns.py runs these from :func:`recognise`).

Registry ids (``NCT01234567``, ``ChiCTR...``, ``ISRCTN...``, ``EudraCT ...``) and unseen trial acronyms and titles
before a trial word or an id (``the RAISE trial``, ``a phase I ... City of Hope Study (NCT...)``) or closing the title of a
study's report in brackets (``Phase II study of A plus B for ... cancer (XY0912)``), or with no trial word as the
subject that randomises or enrols patients (``McCAVE randomly assigned 189 patients to ...``), with their
numbered sibling trials and group aliases (``registry_and_trials``, ``sibling_trials``); and the tests of a name
that is no trial's (``is_phase_word``, ``names_no_trial``), which the trial table reader uses too.
"""
from __future__ import annotations

import re

from builders.design_words import ASSIGN_VERB, RANDOMISED_VERB
from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from builders.pattern_mentions import _mention, _overlaps
from kg.ids import mint
from kg.model import Entity


_REGISTRY = lazy_compile(r"\b(NCT\d{8}|ChiCTR[-A-Z0-9]{8,20}\d|ISRCTN\d{8}|EudraCT\s?(?:No\.?\s?)?\d{4}-\d{6}-\d{2})\b")
_TRIAL_WORD = lazy_compile(r"\b(?:trials?|study|studies|cohorts?)\b")
# (the design may take several of these words: "the OLIVIA multinational randomised phase II trial", "The X open-label,
# multicenter, single-arm phase II study", "the X phase II, single-arm clinical trial")
_TRIAL_HEAD_JUNK = lazy_compile(r"\s*(?:\(?(?:phase|Phase)\s+[0-9IVXab/]+\)?|clinical|randomi[sz]ed|single-arm|multicenter|"
                                r"multicentre|multinational|pivotal|open-label|double-blind|placebo-controlled|international|global|"
                                r"confirmatory|registrational|basket|umbrella|,|"
                                r"\([^()]{0,12}(?:NCT\d{8}|ChiCTR[-A-Z0-9]+|ISRCTN\d{8})[^()]{0,12}\))\s*$")
_OPENING_QUOTES, _CLOSING_QUOTES = "“\"‘'", "”\"’'"  # the quotes a trial's name may stand in ("the “BEBYP” trial")
# a name of plain words in quotes right before "trial"/"study" ("the phase III 'stop and go' study"): two to four
# words, none of them one that says how a study is run ("a 'real world' study", "a 'proof of concept' study"), before
# one trial or study (kinds of studies, "'big data' studies", are named by no one); the opening quote stands after a
# space or a bracket, never after a word (a possessive: "the patients' own survival study")
_QUOTED_WORDS = lazy_compile(r"(?<!\w)[“\"‘']([A-Za-z][A-Za-z\-]*(?:[ \t]+[A-Za-z][A-Za-z\-]*){1,3})[”\"’']$")
_QUOTED_DESIGN = {"real", "world", "real-world", "life", "real-life", "proof", "concept", "window", "opportunity", "pilot",
                  "basket", "umbrella", "pragmatic", "phase", "all", "comers", "first", "in", "human", "dose", "finding",
                  "escalation", "expansion", "run", "safety", "lead", "feasibility", "practice", "routine", "daily",
                  "clinical", "trial", "study", "test", "case", "control", "cohort", "platform", "master", "protocol"}
_DESIGN_WORDS_MAX = 8  # design words (and commas) stripped between a trial's name and "trial"/"study"
# (also a one-letter head joined to a word in capitals, "the phase 3 X-PECT trial", a capital with an accent inside
# a name, "the phase III VISNÚ-1 trial", and a cooperative group's study number alone, "the CO.20 trial")
_ACRONYM = lazy_compile(r"(?<![A-Za-z0-9\-])((?:[A-Z]{2,4}\.\d{1,3}(?![\d.])|[A-Z][A-Za-z0-9À-ÖØ-Þ]*[A-Z0-9À-ÖØ-Þ][A-Za-z0-9À-ÖØ-Þ]*|\d{8}|"
                        r"[A-Z]{1,3}-\d{2,4}|[A-Z]-[A-Z]{3,}[A-Z0-9]*)"
                        r"(?:[-/ ](?:[A-Z0-9][A-Za-z0-9.]*))?(?:[- ]\d{1,4}[A-Za-z]?)?)$")
# "a phase I non-randomized City of Hope Study (NCT04362839)": a trial's name in words right before its registry id
_TITLED_BEFORE_ID = lazy_compile(r"((?:[A-Z][\w\-]*|of|and|for|the|in|on)(?:[ \t]+(?:[A-Z][\w\-]*|of|and|for|the|in|on)){0,6}"
                                 r"[ \t]+(?:Study|Trial))[ \t]*\([ \t]*$")
_TITLE_GENERIC = {"phase", "clinical", "randomized", "randomised", "non-randomized", "non-randomised", "pilot", "prospective",
                  "retrospective", "multicenter", "multicentre", "open-label", "single-arm", "pivotal", "global",
                  "international", "observational", "cohort", "exploratory", "ongoing", "this", "the", "a", "an",
                  "another", "our", "recent", "previous", "basket", "umbrella", "double-blind", "controlled", "i", "ii",
                  "iii", "iv", "ib", "1", "2", "3", "1b", "of", "and", "for", "in", "on", "study", "trial", "registered",
                  "first-line", "second-line", "feasibility", "safety", "efficacy", "dose", "escalation", "expansion"}
# (not the name set off before an apposition, "X, a large phase III study, designed to assess the superiority of A over
# B when combined with C or D": taken as the design's trial, it made one-drug arms of an aim on a fresh text)
# (also after an abstract's section heading that opens the sentence: "Methods: KESTREL-3 is a randomized trial ...")
_ACRONYM_IS = lazy_compile(r"(?:^(?:(?i:background|methods|design|patients and methods|study design)\s*:\s+)?|[.;]\s+)(?:The\s+)?([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:[- ](?:[A-Z0-9][A-Za-z0-9]*))?(?:[- ]\d{1,4}[A-Za-z]?)?)"
                           r"\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w\-/,]+\s+){0,8}?$")
# the verb of a design that makes the name opening its sentence a trial's: any assignment or enrolment, and a bare
# "randomly" too ("were randomly divided into two groups"), which builders/design_words.py does not count as an
# assignment (the readers of arms and counts read the verb after it)
_ENTRY_VERB = rf"(?:randomly|{ASSIGN_VERB}|enrolled|recruited)"
_ACRONYM_OPENS = lazy_compile(r"(?:^|[.;]\s+)(?:In\s+)?([A-Z]{3,}[A-Z0-9]*-\d{1,3}[A-Za-z]?)(?:,\s|\s+(?:" + _ENTRY_VERB +
                              r"|compared|included)\b)")
# a trial's name of any spelling in capitals (two or more, "McCAVE", "CanStem303C", "LUME-Colon 1", "STELLAR-303") as
# the subject of a randomisation or enrolment of patients that opens its sentence, with no trial word: "X randomly
# assigned 768 patients to ...", "The X randomised patients to ...", "X enrolled 44 patients ..." (what randomises or
# enrols patients is a study; a cooperative group that signs it, "The EORTC randomised ...", is none)
_NAME_RANDOMISES = lazy_compile(r"(?:^|[.;]\s+)(?:The\s+)?([A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)?(?:[- ]\d{1,3}[A-Za-z]?)?)"
                                rf"\s+(?:{RANDOMISED_VERB}|enrolled|recruited)\s+"
                                r"(?:(?:a\s+total\s+of\s+)?\d[\d,]*\s+)?(?:[a-z][\w\-]*\s+){0,3}?(?:patients|participants|subjects|pts)\b")
# the same name opening the sentence before the patients it randomised, enrolled or treated: "In LUME-Colon 1, 768
# patients were randomized to ...", "In ALTER0703, a total of 419 patients were randomly assigned ...", "In XYZ-3, 27
# patients received A" (a number in the name, or four letters or more before patients randomised or enrolled: "In the
# USA, 300 patients were enrolled" names a country, "In SEER, 3000 patients received A" a database)
_IN_NAME_RANDOMISED = lazy_compile(r"(?:^|[.;]\s+)In\s+(?:the\s+)?([A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)?(?:[- ]\d{1,3}[A-Za-z]?)?),\s+"
                                   r"(?:a\s+total\s+of\s+)?(?:\d[\d,]*\s+)?(?:[a-z][\w\-]*\s+){0,3}?(?:patients|participants|subjects|pts)\s+"
                                   rf"(?:(?:were|was)\s+(?:{_ENTRY_VERB}|treated|given)|received)\b")
_RANDOMISED_VERB = lazy_compile(rf"\b{_ENTRY_VERB}\b")
_ACRONYM_AFTER = lazy_compile(r"\b(?:[Tt]rial|[Ss]tudy)\s*\(\s*([A-Z][A-Z0-9]{2,}(?:[-\s][A-Z0-9]{1,6})?)\s*[,;)]")
# the names a bracket after a plural trial word lists: "two randomised phase 3 studies (ALPHA and BETA2)", "trials (ALPHA,
# BETA-2, GAMMA)"
_NAME_IN_LIST = r"[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]{1,6})?"
_ACRONYMS_AFTER = lazy_compile(rf"\b(?:[Tt]rials|[Ss]tudies)\s*\(\s*({_NAME_IN_LIST}(?:\s*,\s*{_NAME_IN_LIST}){{0,5}},?\s+"
                               rf"(?:and|or)\s+{_NAME_IN_LIST}|{_NAME_IN_LIST}(?:\s*,\s*{_NAME_IN_LIST}){{1,6}})\s*\)")
_LIST_ITEM = lazy_compile(_NAME_IN_LIST)
# a study's protocol code in brackets after the study word: "a phase II study of A (XYZG 17CRC01)", "this trial
# (XYZG-19CRC04) enrolled ...": a sponsor's letters, then a year, the disease's letters and a serial number (a drug's
# code has no letters between its numbers: "a study of A (AMG 510)" names the drug)
_PROTOCOL_CODE_AFTER = lazy_compile(r"\b(?:[Ss]tudy|[Tt]rial)\b[^.;:()\[\]]{0,160}?\(\s*([A-Z]{2,6}[ \-]\d{2}[A-Z]{2,4}\d{2,3})\s*[,;)]")
# a name in capitals right before a registry number in brackets: "STEAM (NCT01765582) assessed ..."
# (or in square brackets: "TRIBE2 [NCT02339116], CHARTA [NCT01321957]")
_ACRONYM_BEFORE_ID = lazy_compile(r"(?<![\w\-])([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)?)[ \t]*[(\[][ \t]*(?=(?:NCT\d{8}|ChiCTR|ISRCTN\d{8}|EudraCT)\b)")
# the name inside the bracket, before its registry number: "(APICAL-CRC, NCT04271813)", "(XYZ-2; ClinicalTrials.gov
# identifier: NCT01234567)", "(ABC-CRC ClinicalTrials.gov number, NCT04271813)"; never a first registry number
# of a list, "(NCT01234567; NCT07654321)"
_ACRONYM_IN_ID_BRACKET = lazy_compile(r"[(\[][ \t]*(?!NCT\d|ChiCTR|ISRCTN\d)([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)?)(?:[ \t]*[,;:][ \t]*|[ \t]+)"
                                      r"(?:(?:ClinicalTrials\.gov|clinicaltrials\.gov|Clinicaltrials\.gov)[ \t]+"
                                      r"(?:number|identifier|registration(?:[ \t]+number)?|ID|no\.?)[ \t]*[:,]?[ \t]*)?"
                                      r"(?=(?:NCT\d{8}|ChiCTR|ISRCTN\d{8})\b)")
# a title's bracketed name before its subtitle: "A Versus B in Patients With X (S1613): A Randomized Phase II Trial"
# (also a name of a word in capitals, a hyphen, a word with its capital and a number: "(LUME-Colon 1): a phase III ...")
_ACRONYM_TITLED = lazy_compile(r"\(\s*([A-Z][A-Za-z0-9]*[A-Z0-9](?:[-\s.][A-Z0-9]{1,6}|-[A-Z][a-z]{2,10}[ \-]\d{1,3})?)\s*\)\s*:\s*(?i:an?|the)\s+"
                               r"(?:[\w\-/,]+\s+){0,8}?(?i:trial|study)\b")
# a title's subtitle that names the trial in capitals before its design in title case: "...: The FRESCO Randomized
# Clinical Trial", "...: The TERRA Study", also a name in mixed case ending in capitals ("The McXYZ Trial: ...") (the lowercase "trial"/"study" cue does not see the title's "Trial"); only
# after a colon or at a line's start ("Dr X on the SOLSTICE Trial in mCRC" names a trial the text names again)
_ACRONYM_TITLE_CASE = lazy_compile(r"(?:^|(?<=:)|(?<=\n))[ \t]*The\s+([A-Z][A-Za-z0-9]*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?)\s+(?:(?:Randomi[sz]ed|Nonrandomi[sz]ed|"
                                   r"Controlled|Clinical|Phase\s+(?:[1-4]|I{1,3}|IV)[ab]?|Open-Label|Double-Blind|"
                                   r"Placebo-Controlled|Multicenter|Multicentre|Pilot)\s+){0,4}(?:Trial|Study)\b")
# a title headed by the trial's name before a colon and its design: "OPTIMOX1: a Randomized Study of ...", "X-12: Phase III
# trial of ..." (only design words between the colon and "study"/"trial"; a section label is no name, _SECTION_LABELS)
_DESIGN_WORD = (r"(?i:phase|(?:[1-4]|I{1,3}|IV)[ab]?(?:/(?:[1-4]|I{1,3}|IV)[ab]?)?|randomi[sz]ed|non-?randomi[sz]ed|"
                r"multi-?cent(?:er|re)|multinational|multi-institutional|open-label|double-blind|placebo-controlled|"
                r"controlled|clinical|prospective|pilot|single-arm|international|pivotal|confirmatory|exploratory)")
_ACRONYM_HEADS_TITLE = lazy_compile(r"^[ \t]*([A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)?)[ \t]*:[ \t]+"
                                    r"(?:(?i:an?|the)[ \t]+)?(?:" + _DESIGN_WORD + r",?[ \t]+){0,8}(?i:trial|study)\b")
# a title that ends on its study's code in brackets: "Multicenter phase II study of A plus B after C for
# advanced colorectal cancer (XY0912)" (a code of capitals and digits, never a word alone: "(HORG)" may be the group
# that ran it, "(AXELOX)" the regimen's name); only a title line that says it reports a trial or a study
_CODE_CLOSES_TITLE = lazy_compile(r"[ \t]*(?=[^\n]{0,400}\b(?i:trial|study)\b)[^\n]{0,400}?\(\s*([A-Z]{1,6}[- ]?\d{3,6}[A-Za-z]?)"
                                  r"\s*\)[ \t]*(?=\n|$)")
# s58 a title that closes on its trial's name after a colon, alone or set off before what the trial is: "Phase II study of A
# plus B as second-line treatment for metastatic colorectal cancer: XY-CORE1201", "A plus B in ... Resistant to C: NSABP
# FC-7, A Phase Ib Study" (the name in capitals with a digit, a cooperative group's acronym before it allowed); only a
# title line that says it reports a trial or a study, and the name ends the line (a subtitle of words is no name) or the
# heading run into it ("...: XY-CORE1201 Highlight box Key findings", a layout that joins short lines)
_NAME_CLOSES_TITLE = lazy_compile(r"[ \t]*(?=[^\n]{0,400}\b(?i:trial|study)\b)[^\n]{20,400}?:[ \t]+"
                                  r"((?:[A-Z][A-Za-z]{1,9}[ \t]+)?[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)*)"
                                  r"(?:[ \t]*,[ \t]+(?i:an?|the)[ \t]+[^\n:]{0,80}?\b(?i:trial|study))?[ \t]*\.?[ \t]*"
                                  r"(?=\n|$|[ \t]+(?:Highlights?|Abstract|Background|Key\s+(?:findings|points)|Summary|Introduction)\b)")
_SECTION_LABELS = {"abstract", "background", "purpose", "methods", "method", "results", "result", "conclusion", "conclusions",
                   "objective", "objectives", "aim", "aims", "design", "summary", "keywords", "issn", "introduction",
                   "findings", "interpretation", "funding", "context", "importance", "rationale", "setting", "title",
                   "highlights", "methodology", "discussion", "note", "update", "review"}

# a study group's study number after its acronym: "CO.26", "N0147", "C80405" (not a protein variant such as "G12C")
_STUDY_NUMBER = lazy_compile(r"[A-Z]{1,4}\.?\d{1,6}[A-Za-z]?")
_VARIANT_CODE = lazy_compile(r"[A-Z]\d{1,4}[A-Z*]")


# a trial's other name in brackets right before the trial word: an acronym with a number, no registry id ("(OPTIMOX3)")
_OTHER_NAME_BRACKET = lazy_compile(r"(?<!\s)\s*\(\s*(?!NCT\d)([A-Z][a-z]*[A-Z][A-Za-z]*\d[A-Za-z0-9]*)\s*\)$")
_ALIAS_NUMBERED = lazy_compile(r"([A-Z]{3,8})-\d{1,3}(?:\.\d)?")


def _group_study_number(name: str, groups=()) -> tuple[str, ...]:
    """The study number of a trial named "GROUP NUMBER" ("CCTG CO.26", "SWOG S1406"), the name the trial also goes by
    without its group's code; likewise the acronym of a trial a known cooperative group (``groups``, the lexicon's
    ``trial_groups``) signs before it ("the AGITG MAX trial", "the GERCOR DREAM trial": the trial is MAX, DREAM);
    () for any other name."""
    words = name.split(" ")
    if len(words) == 2 and re.fullmatch(r"[A-Z]{3,6}", words[0]) and _STUDY_NUMBER.fullmatch(words[1]) and \
            not _VARIANT_CODE.fullmatch(words[1]) and re.search(r"\d", words[1]):
        return (words[1],)
    if len(words) == 2 and words[0] in groups and re.fullmatch(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*", words[1]) and \
            sum(c.isupper() for c in words[1]) >= 3:
        return (words[1],)
    return ()


def _protocol_numbered(name: str, groups=()) -> tuple[str, ...]:
    """The acronym of a trial named "ACRONYM NUMBER" with a protocol number of three digits or more written apart ("the
    TML 18147 trial"), the name the report also calls it by without its number ("The TML trial showed ..."); never a
    cooperative group's code (``groups``: "SWOG 80405" is one of the group's many studies), a name joined to its number
    by a hyphen, nor one numbered in a series ("LUME-Colon 1", "TRIBE 2"); () for any other name.

    >>> _protocol_numbered("TML 18147"), _protocol_numbered("SWOG 80405", ("SWOG",)), _protocol_numbered("TRIBE 2")
    (('TML',), (), ())
    """
    words = name.split(" ")
    if len(words) == 2 and words[0] not in groups and re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*", words[0]) and \
            re.fullmatch(r"\d{3,6}", words[1]):
        return (words[0],)
    return ()


def _group_alias_mentions(name: str, start: int, mentions, groups=()) -> list:
    """The gene mentions a trial's name "GROUP NUMBER" holds only because its group's acronym is also a gene's
    alias ("the phase II CCTG CO.26 trial": CCTG is an alias of a gene, CO.26 the group's study number). Only an
    alias (not the gene's own symbol) that is a word of capitals ("HER2 IHC3" is no group's study), before a study
    number that is no protein variant; likewise an invented name "STEM-NUMBER" whose stem is an alias ("the ORCA-1
    trial": ORCA is an alias of LRWD1); otherwise none."""
    numbered = _ALIAS_NUMBERED.fullmatch(name)  # "the ORCA-1 trial", "COMET-3": a name whose stem is a gene's alias
    words = name.split(" ")
    if len(words) == 2 and words[0] in groups and re.fullmatch(r"[A-Z]{4,8}", words[1]):
        # "the GERCOR DREAM trial": a known group's acronym before a word of capitals that only an uncurated gene's alias
        # also is (DREAM, KCNIP3)
        return _group_alias_mentions(words[1], start + len(words[0]) + 1, mentions)
    if re.fullmatch(r"[A-Z]{4,8}", name):
        # "the PANDA trial", "the GERCOR DREAM trial": a word of capitals before "trial" that only an uncurated gene
        # (an HGNC alias the vocabulary lists no other name for: PANDAR, KCNIP3) also has
        inside = [x for x in mentions if x.start < start + len(name) and start < x.end]
        return inside if len(inside) == 1 and inside[0].start == start and inside[0].end == start + len(name) and \
            inside[0].entity.category == "Gene" and inside[0].text != inside[0].entity.name and \
            not inside[0].entity.synonyms else []
    if numbered:
        first_end = start + numbered.end(1)
    elif len(words) != 2 or not re.fullmatch(r"[A-Z]{3,6}", words[0]) or not _STUDY_NUMBER.fullmatch(words[1]) or \
            _VARIANT_CODE.fullmatch(words[1]):
        return []
    else:
        first_end = start + len(words[0])
    inside = [x for x in mentions if x.start < start + len(name) and start < x.end]
    if not inside or any(x.start < start or x.end > first_end or x.entity.category != "Gene" or
                         x.text == x.entity.name for x in inside):
        return []
    return inside


def _group_suffixed(name: str, start: int, mentions, groups) -> list:
    """The gene mentions in the stem of a trial's name that ends, after a hyphen, with the cooperative group that ran it
    ("the CAPRI-GOIM trial", "the TRIPLETE-GONO study": the group signs the trial's acronym, which may also be a gene's
    alias, CAPRI of RASA4): an acronym of three capitals or more, the group one of the lexicon's ``trial_groups``; the
    mentions to drop so that the whole name is the trial; only an alias, never a gene's own symbol. Otherwise none."""
    stem, dash, group = name.partition("-")
    if not dash or not re.fullmatch(r"[A-Z][A-Z0-9]{2,}", stem) or group not in groups:
        return []
    inside = [x for x in mentions if x.start < start + len(name) and start < x.end]
    if not inside or any(x.start < start or x.end > start + len(stem) or x.entity.category != "Gene" or
                         x.text == x.entity.name for x in inside):
        return []  # (a gene's own symbol, "the KRAS-GOIM cohort", is a group of patients)
    return inside


def _trial_index(vocab, name: str, keys) -> dict:
    """The first Trial entity of the vocabulary under each of the keys ``keys(entity)`` gives, built once per vocabulary
    and kept in its lexicon under ``name``."""
    known = vocab.lexicon.get(name)
    if known is None or known[0] != len(vocab.entities):
        index: dict = {}
        for e in vocab.entities.values():
            if e.category == "Trial":
                for key in keys(e):
                    index.setdefault(key, e)
        known = vocab.lexicon[name] = (len(vocab.entities), index)
    return known[1]


def _trials_by_xref(vocab) -> dict:
    """The first Trial entity of the vocabulary listing each xref (built once per vocabulary)."""
    return _trial_index(vocab, "_trials_by_xref", lambda e: e.xrefs)


# what tells two spellings of one trial's name apart: case, hyphens, spaces and dashes ("CheckMate-9X8", "CheckMate 9X8",
# "KEYNOTE177")
_SPELLING_MARKS = lazy_compile(r"[\s\-\u2010-\u2013]+")


def _spelling_key(name: str) -> str:
    """A trial name without what only its spelling varies in.

    >>> _spelling_key("CheckMate-9X8") == _spelling_key("Checkmate 9X8") == _spelling_key("CHECKMATE9X8")
    True
    """
    return _SPELLING_MARKS.sub("", name).lower()


def spelled_vocab_trial(vocab, name: str):
    """The vocabulary's Trial entity that ``name`` spells another way ("CheckMate-9X8" for "CheckMate 9X8"), or None.

    A report writes a trial's name with a hyphen where the vocabulary has a space (or the other way round); read as a new
    name it would be a second trial beside the vocabulary's, and a document naming it both ways would hold two trials.
    """
    index = _trial_index(vocab, "_trials_by_spelling", lambda e: [_spelling_key(label) for label in (e.name, *e.synonyms)])
    return index.get(_spelling_key(name))


# a phase designation ("III", "IIIB", "1b/2", "phase IIIb"): a trial's phase, never its name ("a randomized phase
# IIIB trial of ...")
_PHASE_WORD = lazy_compile(r"(?:phase\s*)?(?:I{1,3}|IV|[1-4])[ab]?(?:\s*/\s*(?:I{1,3}|IV|[1-4])[ab]?)?", re.I)


def is_phase_word(name: str) -> bool:
    """Whether a would-be trial name is only a phase designation.

    >>> [is_phase_word(n) for n in ("IIIB", "1b/2", "phase IIIb", "II/III", "IV", "CO.17", "FIRE-3", "ATTENTION")]
    [True, True, True, True, True, False, False, False]
    """
    return _PHASE_WORD.fullmatch(name.strip()) is not None


# a day of a treatment schedule ("C1D1", "C2D15", "D1-D14", "W4", "Q2W"): a time of dosing, never a trial's name
_SCHEDULE_CODE = lazy_compile(r"(?:C\d{1,2})?D\d{1,2}(?:\s*[-–/]\s*D?\d{1,2})?|C\d{1,2}|W\d{1,2}|Q\d{1,2}[WD]", re.I)


def names_no_trial(name: str) -> bool:
    """Whether a would-be trial name is only a phase designation or a day of a treatment schedule.

    >>> [names_no_trial(n) for n in ("IIIB", "C1D1", "C2D15", "D1-D14", "W4", "Q2W", "CO.17", "FIRE-3", "C-TASK")]
    [True, True, True, True, True, True, False, False, False]
    """
    return is_phase_word(name) or _SCHEDULE_CODE.fullmatch(name.strip()) is not None


# a letter or number joined to a known trial's name by a hyphen ("COIN-B", "CRYSTAL-2"): the name of another trial
_SIBLING_SUFFIX = lazy_compile(r"-(?:[A-Z]|\d{1,3}[A-Za-z]?)(?![\w\-])")


def sibling_trials(r, text, mentions):
    """A known trial's name with a letter or number joined to it by a hyphen names another trial of the
    family: "COIN-B" is not COIN, "CRYSTAL-B" not CRYSTAL. The vocabulary's trial ends at the hyphen, so the
    whole name, when the vocabulary does not know it, becomes a trial of its own (a suffix that is a disease
    or a word, "BEACON-CRC", "-like", stays outside)."""
    out = []
    for x in mentions:
        m = _SIBLING_SUFFIX.match(text, x.end) if x.entity.category == "Trial" else None
        name = text[x.start:m.end()] if m else ""
        if m is None or r.vocab.resolve(name) or r.vocab.resolve(name.replace("-", "")):
            out.append(x)
            continue
        out.append(_mention(x.start, m.end(), text, Entity(mint("trial", name), "Trial", name)))
    return out


# a trial named by a word in title case and a Roman number ("Horizon III", "the Horizon II trial"): a name only where a
# trial word follows it (design words between) or a plural trial word shortly before lists it ("two trials, Horizon II,
# which ..., and Horizon III"), or the sentence already names a sibling with the same word; never a word that numbers a
# phase, stage, grade, part or kind of something ("Phase II", "Stage III", "Type II", "Class I", "Complex IV")
_ROMAN_NAME = lazy_compile(r"(?<![\w\-])([A-Z][a-z]{2,})[ \t]+(I{1,3}|IV|VI{0,3})(?![\w\-])")
_ROMAN_NOT_NAMES = frozenset({
    "phase", "phases", "stage", "stages", "grade", "grades", "part", "parts", "type", "types", "class", "classes", "arm",
    "arms", "cohort", "cohorts", "step", "steps", "level", "levels", "study", "studies", "trial", "trials", "group", "groups",
    "section", "table", "tables", "figure", "figures", "fig", "chapter", "protocol", "round", "cycle", "cycles", "schedule",
    "series", "collagen", "complex", "factor", "receptor", "topoisomerase", "polymerase", "interferon", "kinase",
    "appendix", "supplement", "category", "tier", "panel", "line", "model", "period", "visit", "version", "volume",
    "week", "region", "domain", "exon", "intron", "isoform", "variant", "subtype", "subtypes", "mode", "pattern", "method",
    "criteria", "criterion", "item", "items", "task", "test", "lesion", "lesions", "zone", "site", "sites", "segment",
    "pole", "king", "henry", "louis", "george", "charles", "edward", "william", "pope", "medicine", "clinic", "department",
    "poliklinik", "klinik", "ward", "unit", "hospital", "laboratory", "lab", "sequence", "setting", "world", "war"})
_TRIAL_AFTER = lazy_compile(r"[ \t]+(?:(?:\(?[Pp]hase[ \t]+[0-9IVX/ab]+\)?|randomi[sz]ed|clinical|pivotal|open-label|"
                            r"double-blind|placebo-controlled|multicenter|multicentre|international)[ \t]+){0,4}"
                            r"(?:trials?|study|studies)\b")
_TRIALS_BEFORE = lazy_compile(r"\b(?:trials|studies)\b[^.;:()]{0,24}$")


def roman_numbered_trials(r, text, mentions):
    """Trials named by a title-case word and a Roman number ("the Horizon III trial"; "two trials, Horizon II, ..., and
    Horizon III"), where the sentence says they are trials (above); the name as written."""
    out = list(mentions)
    named: set[str] = set()
    found = [m for m in _ROMAN_NAME.finditer(text) if m.group(1).lower() not in _ROMAN_NOT_NAMES]
    for _ in range(2):  # (a second pass takes the siblings of a name the first pass read: "... and Horizon III")
        for m in found:
            word, start, end = m.group(1), m.start(), m.end()
            if _overlaps(start, end, out):
                continue
            said = _TRIAL_AFTER.match(text, end) or _TRIALS_BEFORE.search(text, max(0, start - 40), start) or \
                word in named
            if not said or r.vocab.resolve(word) or word.lower() in r.vocab.by_name:
                continue
            name = text[start:end]
            entity = spelled_vocab_trial(r.vocab, name) or Entity(mint("trial", name), "Trial", name)
            out.append(_mention(start, end, text, entity))
            named.add(word)
    return sorted(out, key=lambda x: (x.start, x.end)) if len(out) != len(mentions) else mentions


def registry_and_trials(r, text, mentions):
    """Registry ids (NCT, ChiCTR, ISRCTN, EudraCT) and unseen acronyms right before "trial"/"study"."""
    out = list(mentions)
    not_trials = r.vocab.lexicon["not_trials"]
    groups = r.vocab.lexicon.get("trial_groups") or ()  # the cooperative groups that sign a trial's name
    for cue in _TRIAL_WORD.finditer(text):
        head = text[:cue.start()]
        for _ in range(_DESIGN_WORDS_MAX):
            head2 = _TRIAL_HEAD_JUNK.sub(" ", head).rstrip()
            if head2 == head.rstrip():
                break
            head = head2
        head = head.rstrip()
        if head.endswith("-") and cue.start() == len(head):
            head = head[:-1]  # "the BEYOND-trial": the trial word joined to the name by a hyphen
        # ("the GERCOR DREAM (OPTIMOX3) trial": the trial's other name, an acronym with a number, in brackets before the
        # trial word; the name before the bracket is the trial, the bracketed one its synonym)
        other = _OTHER_NAME_BRACKET.search(head, max(0, len(head) - 40)) if head.endswith(")") else None
        if other:
            head = head[:other.start()].rstrip()
        m, quoted = _ACRONYM.search(head), False
        if not m and head[-1:] in _CLOSING_QUOTES:
            # 'the phase III “BEBYP” trial': a name in quotes
            m = _ACRONYM.search(head, 0, len(head) - 1)
            m = m if m and head[m.start(1) - 1:m.start(1)] in _OPENING_QUOTES and m.start(1) > 0 else None
        if not m:
            q = _QUOTED_WORDS.search(head)
            if q and cue.group(0) in ("trial", "study") and not {w.lower() for w in re.split(r"[\s\-]+", q.group(1))} & _QUOTED_DESIGN:
                m, quoted = q, True  # "the phase III 'stop and go' study": a name of plain words in quotes
        if not m:
            # "KESTREL-3 was a randomized phase 3 trial of ...": the name the sentence opens with
            m = _ACRONYM_IS.search(text[:cue.start()])
            if not m or not re.search(r"\d", m.group(1)):
                continue
        name = m.group(1).strip()
        start = m.start(1)
        roman = re.match(r"(?:I{1,3}|IV|[1-4])[ab]?\s+(?=\S)", name)
        if roman and re.search(r"phase\s*(?:(?:I{1,3}|IV|[1-4])[ab]?\s*/\s*)?$", text[max(0, start - 16):start], re.I):
            # "phase II ALTA-5", "phase I/II ALTA-5": the phase is not the name
            start += roman.end()
            name = name[roman.end():]
        end = start + len(name)
        if name.upper() in not_trials or name.split("-")[0].upper() in not_trials and "-" not in name or \
                names_no_trial(name):
            continue
        group = _group_alias_mentions(name, start, out, groups) or _group_suffixed(name, start, out, groups)
        if group:
            out = [x for x in out if x not in group]  # "the CCTG CO.26 trial": a study group's code, no gene alias
        suffix = _disease_suffix(r, name, start, out, not_trials)
        if suffix is not None:
            out = [x for x in out if x is not suffix]  # "the phase II BATON-CRC trial": the disease ends the name
        gene_named = _gene_named_trial(r.vocab, text, name, start, cue.group(0))
        if gene_named:
            out = [x for x in out if not (x.start == start and x.end == end and x.entity.category == "Gene")]
        if _overlaps(start, end, out):
            # an acronym already read as something else ("the MET trial") stays that
            continue
        if sum(c.isupper() for c in name) < 2 and not re.search(r"[A-Z]-\d{2,}", name) and not name.isdigit() and not quoted:
            continue
        if not (group and " " not in name) and not gene_named and (r.vocab.resolve(name) or name.lower() in r.vocab.by_name or
                                                r.vocab.gene_entity(name.split("-")[0]) and not re.search(r"\d", name)):
            continue  # (a word only an uncurated gene's alias also is stays the trial: "the PANDA trial")
        if _status_group(name, r.vocab):
            # "the RASmut cohort", "KRAS-wt cohort": a biomarker-defined group of patients, not a trial
            continue
        entity = spelled_vocab_trial(r.vocab, name) or Entity(mint("trial", name), "Trial", name,
                                                              _group_study_number(name, groups) +
                                                              _protocol_numbered(name, groups) +
                                                              ((other.group(1),) if other else ()))
        out.append(_mention(start, end, text, entity))
        if cue.group(0) in ("trials", "studies") and not quoted:
            out = _listed_before(r, text, start, out, not_trials)
    for m in _ACRONYM_OPENS.finditer(text):
        # "In CALDERA-3, patients were allocated to ...", "BRIAR-3 randomised patients to ...": a name with a number
        # that opens a design sentence without the word "trial"
        name = m.group(1)
        if name.upper() in not_trials or names_no_trial(name) or _overlaps(m.start(1), m.end(1), out) or \
                r.vocab.resolve(name) or name.lower() in r.vocab.by_name or r.vocab.gene_entity(name.replace("-", "")) or _status_group(name, r.vocab):
            continue  # ("LAG-3, TIM-3 and ...", "SLFN-11, ...": a gene written with a hyphen)
        entity = spelled_vocab_trial(r.vocab, name) or Entity(mint("trial", name), "Trial", name)
        out.append(_mention(m.start(1), m.end(1), text, entity))
    for m in _NAME_RANDOMISES.finditer(text):
        out = _randomising_name(r, text, m, out, not_trials, groups)
    for m in _IN_NAME_RANDOMISED.finditer(text):
        if re.search(r"\d", m.group(1)) or len(m.group(1)) >= 4 and _RANDOMISED_VERB.search(m.group(0)):
            # ("In the USA, 300 patients were enrolled": a country, too short; "In SEER, 3000 patients received A": a
            # database's patients, no randomisation)
            out = _randomising_name(r, text, m, out, not_trials, groups)
    for m in _ACRONYM_TITLED.finditer(text):
        out = titled_name(r, m.string, m.start(1), m.end(1), out, not_trials)
    for m in _ACRONYM_TITLE_CASE.finditer(text):
        out = titled_name(r, m.string, m.start(1), m.end(1), out, not_trials)
    m = _CODE_CLOSES_TITLE.match(text)
    if m and not _VARIANT_CODE.fullmatch(m.group(1)):  # ("... colorectal cancer (V600E)": a protein change)
        out = titled_name(r, m.string, m.start(1), m.end(1), out, not_trials)  # "Phase II study of A plus B (XY0912)"
    m = _NAME_CLOSES_TITLE.match(text)
    if m and re.search(r"\d", m.group(1)) and not _VARIANT_CODE.fullmatch(m.group(1)):
        first, _, rest = m.group(1).partition(" ")
        start = m.start(1) if not rest or first in groups else m.end(1) - len(rest)
        if not rest or first in groups:  # "...: NSABP FC-7, A Phase Ib Study"; a word before the name is no part of it
            out = titled_name(r, m.string, start, m.end(1), out, not_trials)
    m = _ACRONYM_HEADS_TITLE.match(text)
    if m and m.group(1).lower() not in _SECTION_LABELS and not r.vocab.resolve(m.group(1)):
        out = titled_name(r, m.string, m.start(1), m.end(1), out, not_trials)  # "OPTIMOX1: a Randomized Study of ..."
    for m in _ACRONYM_AFTER.finditer(text):
        # "a randomised trial (SUNLIGHT) comparing ..."
        name = m.group(1)
        if name.upper() in not_trials or names_no_trial(name) or _overlaps(m.start(1), m.end(1), out) or \
                r.vocab.gene_entity(name) or _REGISTRY.match(name):
            continue
        known = r.vocab.by_name.get(name.lower())
        entity = r.vocab.entities[known] if known and r.vocab.entities[known].category == "Trial" else \
            Entity(mint("trial", name), "Trial", name)
        if known and entity.category != "Trial":
            continue
        out.append(_mention(m.start(1), m.end(1), text, entity))
    for m in _PROTOCOL_CODE_AFTER.finditer(text):
        # "a phase II study of A (XYZG 17CRC01) enrolled ...": the study the sentence names by its protocol code
        name = re.sub(r"\s+", " ", m.group(1))
        if _overlaps(m.start(1), m.end(1), out) or r.vocab.resolve(name) or name.lower() in r.vocab.by_name:
            continue
        out.append(_mention(m.start(1), m.end(1), text, Entity(mint("trial", name), "Trial", name)))
    for run in _ACRONYMS_AFTER.finditer(text):
        # "two randomised studies (ALPHA and BETA2) that compared ...": each listed name a trial
        for m in _LIST_ITEM.finditer(text, run.start(1), run.end(1)):
            name = m.group(0)
            if name.upper() in not_trials or names_no_trial(name) or _overlaps(m.start(), m.end(), out) or \
                    r.vocab.gene_entity(name) or _REGISTRY.match(name) or _status_group(name, r.vocab):
                continue
            known = r.vocab.by_name.get(name.lower())
            if known and r.vocab.entities[known].category != "Trial":
                continue
            entity = r.vocab.entities[known] if known else Entity(mint("trial", name), "Trial", name)
            out.append(_mention(m.start(), m.end(), text, entity))
    before_id = list(_ACRONYM_BEFORE_ID.finditer(text)) + list(_ACRONYM_IN_ID_BRACKET.finditer(text))
    for m in sorted(before_id, key=lambda x: x.start(1)):
        # "STEAM (NCT01765582) assessed ...": the name the registry number in brackets after it is the number of
        # (also inside the bracket: "(APICAL-CRC, NCT04271813)")
        name = m.group(1)
        suffix = _disease_suffix(r, name, m.start(1), out, not_trials)
        if suffix is not None:
            out = [x for x in out if x is not suffix]  # "(BATON-CRC, NCT...)": the disease ends the name
        if name.upper() in not_trials or names_no_trial(name) or _overlaps(m.start(1), m.end(1), out) or \
                r.vocab.resolve(name) or name.lower() in r.vocab.by_name or r.vocab.gene_entity(name) or \
                _status_group(name, r.vocab):
            continue
        entity = spelled_vocab_trial(r.vocab, name) or Entity(mint("trial", name), "Trial", name)
        out.append(_mention(m.start(1), m.end(1), text, entity))
    for m in _REGISTRY.finditer(text):
        if _overlaps(m.start(), m.end(), out):
            continue
        rid = re.sub(r"\s+", " ", m.group(1))
        curie = registry_curie(rid)
        named = [x for x in out if x.entity.category == "Trial" and 0 <= m.start() - x.end <= 40]
        existing = _trials_by_xref(r.vocab).get(curie)
        # (the nearest name before it: "TRIBE [NCT...], TRIBE2 [NCT...]" gives the second number to TRIBE2)
        nearest = max(named, key=lambda x: x.end) if named else None
        if existing is None and nearest is not None and nearest.entity.id.startswith("crc:trial_"):
            base = nearest.entity
            existing = Entity(curie, "Trial", base.name, base.synonyms, (curie,) if ":" in curie and not curie.startswith("crc:") else ())
            out = [_mention(x.start, x.end, text, existing, "pattern") if x is nearest else x for x in out]
        if existing is None and not named:
            existing = _titled_trial(text[:m.start()], curie, rid)
        entity = existing or Entity(curie, "Trial", rid, (), ())
        out.append(_mention(m.start(), m.end(), text, entity))
    return out


# what may stand between "the" and a trial's name: its design ("the phase III randomised MAX trial")
_THE_BEFORE_NAME = lazy_compile(r"(?:^|[^\w\-])[Tt]he[ \t]+(?:(?:\(?[Pp]hase[ \t]+[0-9IVX/ab]+\)?|randomi[sz]ed|open-label|"
                                r"multicent(?:er|re)|multinational|pivotal|international|Australasian|Dutch|French|German|"
                                r"Italian|Spanish|British|Japanese|Chinese|Korean|Nordic|UK|US),?[ \t]+){0,4}$")


def _gene_named_trial(vocab, text: str, name: str, start: int, cue: str) -> bool:
    """Whether a gene symbol written in capitals without digits is here the name of one trial: right after "the" (and
    its design) and right before "trial" or "study" ("in the MAX trial", "the phase III STAR trial"). A gene's own
    study is said otherwise ("MAX expression", "the MAX protein", "studies of MAX"); a plural ("the KRAS trials") or
    a cohort ("the BRAF cohort", a biomarker's group) stays the gene's.

    >>> from kg.vocab import load_vocabulary
    >>> v = load_vocabulary()
    >>> t = "In the MAX trial, patients"
    >>> _gene_named_trial(v, t, "MAX", 7, "trial"), _gene_named_trial(v, "MAX trial", "MAX", 0, "trial")
    (True, False)
    >>> _gene_named_trial(v, "the BRAF cohort", "BRAF", 4, "cohort")
    False
    """
    if cue not in ("trial", "study") or not re.fullmatch(r"[A-Z]{3,8}", name) or \
            not (vocab.gene_entity(name) is not None or name in vocab.stoplist):
        return False
    known = vocab.by_name.get(name.lower())
    if known and vocab.entities[known].category not in ("Gene", "Molecule", "Trial"):
        return False  # a drug's or a class's short form keeps its meaning
    return _THE_BEFORE_NAME.search(text, 0, start) is not None and _THE_BEFORE_NAME.search(text, 0, start).end() == start


def _randomising_name(r, text: str, m, out: list, not_trials, groups) -> list:
    """The trial a design sentence opens with as the subject that randomises or enrols patients (``_NAME_RANDOMISES``).

    A gene's alias read inside a numbered name ("STELLAR" of "STELLAR-303") gives way to the trial; a name the
    vocabulary knows as anything else, a gene written with a hyphen ("LAG-3"), a status group or a cooperative group
    stays what it is."""
    name, start, end = m.group(1), m.start(1), m.end(1)
    if name.upper() in not_trials or names_no_trial(name) or name in groups or name.upper() in {g.upper() for g in groups} \
            or r.vocab.resolve(name) or name.lower() in r.vocab.by_name or r.vocab.gene_entity(name.replace("-", "")) \
            or r.vocab.gene_entity(name) or _status_group(name, r.vocab):
        return out
    inside = [x for x in out if x.start < end and start < x.end]
    numbered = re.search(r"[- ]\d{1,3}[A-Za-z]?$", name) is not None
    if any(x.entity.category == "Trial" for x in inside) or \
            any(not (numbered and x.entity.category == "Gene" and start <= x.start and x.end < end) for x in inside):
        return out
    entity = spelled_vocab_trial(r.vocab, name) or Entity(mint("trial", name), "Trial", name)
    return [x for x in out if x not in inside] + [_mention(start, end, text, entity)]


# the name of a list's earlier item before the last one's, "the ALPHA, BETA-2 and GAMMA trials": a name in capitals (or
# ending in capitals or digits; a protocol code of up to three hyphened parts, "ABCD-123-001"), then a comma or "and"/"or"
_LISTED_NAME = lazy_compile(r"(?<![\w\-])([A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*){0,2})"
                            r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$")
_LISTED_MAX = 6  # items a list of trial names may hold before its last


def _listed_before(r, text: str, start: int, out: list, not_trials) -> list:
    """``out`` with the other names of a list that ends on the trial name at ``start`` before a plural trial word:
    "the ALPHA and BETA-2 trials", "the ALPHA, BETA-2 and GAMMA studies" name a trial each. Each earlier item passes
    the tests the last one passed (two capitals at least, no gene, no name the vocabulary gives another meaning, no
    phase or schedule code, no patient group); the list stops at the first item that fails."""
    at = start
    for _ in range(_LISTED_MAX):
        m = _LISTED_NAME.search(text, max(0, at - 40), at)
        if m is None:
            break
        name = m.group(1)
        if name.upper() in not_trials or names_no_trial(name) or _overlaps(m.start(1), m.end(1), out) or \
                sum(c.isupper() for c in name) < 2 or r.vocab.resolve(name) or name.lower() in r.vocab.by_name or \
                r.vocab.gene_entity(name.split("-")[0]) or _status_group(name, r.vocab):
            break
        out = out + [_mention(m.start(1), m.end(1), text, Entity(mint("trial", name), "Trial", name))]
        at = m.start(1)
    return out


def registry_curie(rid: str) -> str:
    """The id a registry number stands for: the registry's own CURIE where it has one, else a project id.

    >>> [registry_curie(r) for r in ("NCT01234567", "ISRCTN41540878", "UMIN000004197")]
    ['CLINICALTRIALS:NCT01234567', 'ISRCTN:ISRCTN41540878', 'crc:trial_umin000004197']
    """
    for prefix, registry in (("NCT", "CLINICALTRIALS"), ("ChiCTR", "CHICTR"), ("ISRCTN", "ISRCTN")):
        if rid.startswith(prefix):
            return f"{registry}:{rid}"
    return mint("trial", rid)


def _disease_suffix(r, name: str, start: int, mentions, not_trials):
    """The disease mention that ends a trial's name after a hyphen ("the phase II BATON-CRC trial"), when the
    name's head before the hyphen is an acronym of three capitals or more that the reader knows as nothing else (a
    gene's or a status's group, "KRAS-CRC", stays that): the mention to drop so that the whole name is the trial."""
    head, dash, _ = name.partition("-")
    if not dash or not re.fullmatch(r"[A-Z][A-Z0-9]{2,}", head) or head in not_trials or names_no_trial(head) or \
            r.vocab.resolve(head) or head.lower() in r.vocab.by_name or r.vocab.gene_entity(head):
        return None
    suffix_at = start + len(head) + 1
    inside = [x for x in mentions if x.start < start + len(name) and start < x.end]
    if len(inside) != 1 or inside[0].entity.category != "Disease" or inside[0].start != suffix_at or \
            inside[0].end > start + len(name):
        return None
    return inside[0]


def titled_name(r, text: str, start: int, end: int, out: list, not_trials) -> list:
    """``out`` with the trial ``text[start:end]`` names, a name a title gives in brackets before its subtitle ("...
    (S1613): A Randomized Phase II Trial") or in its title-case subtitle ("The FRESCO Randomized Clinical Trial"), or
    the wording builders/spelled_trials.py reads: a name of two capitals or a capital and digits that is nothing else
    the reader knows."""
    name = text[start:end]
    if name.upper() in not_trials or names_no_trial(name) or _overlaps(start, end, out) or \
            r.vocab.gene_entity(name) or _REGISTRY.match(name) or _status_group(name, r.vocab) or \
            not (sum(c.isupper() for c in name) >= 2 or re.search(r"[A-Z]\d{3,}", name)):
        return out
    known = r.vocab.by_name.get(name.lower())
    if known and r.vocab.entities[known].category != "Trial":
        return out
    entity = r.vocab.entities[known] if known else Entity(mint("trial", name), "Trial", name)
    return out + [_mention(start, end, text, entity)]


_STATUS_SUFFIX = lazy_compile(r"[-/ ]?(?:mut(?:ant|ated)?|mt|MT|MUT|wt|WT|wild(?:-?type)?|amp|pos|neg|high|low|[+\-])$")


def _status_group(name: str, vocab) -> bool:
    """Whether an acronym-like name is a gene (or gene family) with a mutation/expression status written onto it
    ("RASmut", "KRASwt", "HER2-amp"): the name of a patient group, not of a trial.

    Only the status word at the end is stripped; a name whose remainder is no gene stays a trial.
    """
    m = _STATUS_SUFFIX.search(name)
    if m is None or m.start() == 0:
        return False
    gene = name[:m.start()]
    if vocab.gene_entity(gene) or vocab.gene_entity(gene.upper()):
        return True
    known = vocab.resolve(gene)
    return bool(known) and vocab.entities[known].category in ("Gene", "GeneFamily", "Molecule")


def _titled_trial(before: str, curie: str, rid: str) -> Entity | None:
    """The trial of a registry id named in words right before it ("City of Hope Study (NCT04362839)"),
    its leading descriptive words ("phase I non-randomized") left out.

    >>> _titled_trial("in a phase I non-randomized City of Hope Study (", "CLINICALTRIALS:NCT04362839", "NCT04362839").name
    'City of Hope Study'
    >>> _titled_trial("in a Phase II Randomized Study (", "CLINICALTRIALS:NCT1", "NCT1") is None
    True
    """
    m = _TITLED_BEFORE_ID.search(before)
    if m is None:
        return None
    words = m.group(1).split()
    while words and words[0].lower() in _TITLE_GENERIC:
        words = words[1:]
    if len(words) < 2 or not any(w[0].isupper() and w.lower() not in _TITLE_GENERIC for w in words[:-1]):
        return None
    return Entity(curie, "Trial", " ".join(words), (rid,), (curie,) if ":" in curie and not curie.startswith("crc:") else ())


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_ACRONYM_TITLE_CASE = prefiltered(_ACRONYM_TITLE_CASE)
_NAME_RANDOMISES = prefiltered(_NAME_RANDOMISES)
_IN_NAME_RANDOMISED = prefiltered(_IN_NAME_RANDOMISED)
