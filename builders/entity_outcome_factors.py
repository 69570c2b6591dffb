"""Clinical and treatment-history features a report names as going with a better or worse outcome, read as
biomarkers named by their words: "Previous response to anti-EGFR was associated with improved mPFS", "an anti-EGFR
free interval > 14 months and ... were associated with improved mPFS", "Complete cytoreduction and nonmucinous
histology were key factors independently associated with improved overall survival", "ECOG < 1, fewer metastatic
sites, and no recent antibiotic use predicted better survival".

In a report of patients treated with a therapy, a feature of the patients or of their disease (how an earlier
treatment went, the time since it, how many lines they had, where the primary lay, where it spread, the histology,
an on-treatment toxicity, a medication, the performance status) is a factor of their outcome on that therapy. The
feature is the subject of the sentence's association (or prediction) with a better or worse outcome; each listed
feature is one Biomarker, named by its words as written (articles dropped), with the words before a cut-off ("anti-EGFR
free interval" of "anti-EGFR free interval > 14 months") and the feature without its denial or its "presence of"
("recent antibiotic use" of "no recent antibiotic use") as other names. A subject without a word of such a feature (a gene, an expression, a
level: other readers' markers) is left as it is; so is a sentence with no outcome association. A group of patients
told apart by a feature that had a better or worse outcome is read the same way ("Patients who had a CR had longer
median PFS", "patients with a primary colon tumor had a longer overall survival": CR, also named complete response;
primary colon tumor).
"""
from __future__ import annotations

import re

from builders.document import collapse
from builders.lazy_patterns import lazy_compile
from builders.pattern_mentions import _mention
from kg.ids import mint
from kg.model import Entity

# a cheap test: a word of association or prediction and a word of outcome
MAY_OUTCOME_FACTOR = lazy_compile(r"(?:associat|correlat|predict|prognostic\s+factor|\bhad|\bshowed|experienced)\w*[^.;]{0,60}?(?:surviv|PFS|\bOS\b|outcome|"
                                  r"response|progression|prognos|benefit|efficacy)", re.I)

_GOOD = (r"(?:improved|better|longer|prolonged|superior|favou?rable|increased|higher|greater|"
         r"(?:a\s+)?(?:reduced|lower|decreased)\s+risk\s+of)")
_BAD = (r"(?:worse|shorter|poorer|poor|inferior|unfavou?rable|reduced|decreased|lower|"
        r"(?:an?\s+)?(?:increased|higher|greater)\s+risk\s+of)")
_OUTCOME = (r"(?:\w+\s+){0,2}?(?:m?PFS|m?OS|ORR|DCR|survival|outcomes?|responses?|response\s+rates?|progression|"
            r"death|prognosis|benefit|efficacy|disease\s+control|2nd\s+PFS|second\s+PFS)\b")
_ADV = r"(?:(?:significantly|independently|strongly|statistically\s+significantly|also|both)\s+(?:and\s+\w+\s+)?){0,3}"
# the association the subject is given: "was (independently) associated with improved OS", "predicted better
# survival", "were key factors independently associated with improved OS", "seem associated with improved response",
# "was the only independent predictor of longer PFS"
_PREDICATE = lazy_compile(  # (matched at a verb: a bracket before it is the subject's, _BRACKET_BEFORE)
    r"(?:(?:was|were|is|are|remained|remain)\s+(?:(?:the\s+)?(?:only\s+)?(?:key\s+|main\s+|significant\s+)?"
    r"(?:factors?|variables?)\s+)?" + _ADV + r"(?:associated|correlated)\s+with|"
    r"(?:seems?|seemed|appears?|appeared)\s+(?:to\s+be\s+)?" + _ADV + r"(?:associated|correlated)\s+with|"
    r"(?:predicted|predicts|predict)|"
    r"(?:was|were|is|are|remained)\s+(?:the\s+)?(?:only\s+)?(?:an?\s+)?(?:independent\s+|significant\s+){0,2}"
    r"(?:predictors?|prognostic\s+factors?)\s+(?:of|for))\s+"
    r"(?:(?:an?|the)\s+)?(?:significantly\s+)?(?:(?P<good>" + _GOOD + r")|(?P<bad>" + _BAD + r"))\s+" + _OUTCOME,
    re.I)
# s59: the features a study put forward as possible predictors of an outcome ("The RECIST response in first line and
# the OIFI were investigated as potential predictors of benefit from A"): no direction, the features all the same
_STUDIED_AS = lazy_compile(
    r"(?:was|were|are|is)\s+(?:also\s+)?(?:investigated|evaluated|assessed|examined|explored|tested|studied|analy[sz]ed)"
    r"\s+as\s+(?:(?:potential|possible|candidate|putative|independent)\s+){0,2}(?:predictors?|predictive\s+"
    r"(?:factors?|markers?|biomarkers?)|prognostic\s+factors?)\s+(?:of|for)\s+" + _OUTCOME, re.I)
# where the subject may start: a clause boundary before it
_CLAUSE_START = lazy_compile(r"(?:^|[;:]\s*|\.\s+-\s+|\s-\s+|\b(?:that|whereas|while|although|and\s+that)\s+|"
                             r"\b(?:analys[ie]s|model|regression|cohort|patients)\s*,\s*)", re.I)
# the items of a listed subject
_ITEM_SPLIT = lazy_compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_DETERMINER = lazy_compile(r"^(?:(?:the|a|an|only|both|either|their|having)\s+){1,3}", re.I)
# the words that make a phrase a feature of the patients, their disease or their treatment history
_FEATURE = lazy_compile(
    r"(?:(?:prior|previous|first[- ]line|initial|earlier|early)\s+(?:\w+\s+){0,2}?(?:response|responses|"
    r"lines?)\b|\b(?:response|responses)\s+to\s+(?:the\s+)?(?:prior|previous|first[- ]line)|"
    r"\b(?:response|responses)\s+(?:in|during)\s+(?:the\s+)?first[- ]line\b|"
    r"\bcomplete\s+(?:response|remission|cytoreduction|resection)\b|"
    r"[\w\-]*free\s+interval|\binterval\s+(?:since|from|between|to)\b|\btime\s+(?:since|from)\s+(?:the\s+)?last\b|"
    r"\blines?\s+of\s+(?:prior\s+)?(?:therapy|treatment|chemotherapy)|\bnumber\s+of\s+(?:prior|previous)\b|"
    r"\b(?:non-?)?mucinous\s+histolog|\bsignet[- ]ring|\bhistolog(?:y|ical\s+type)\b|"
    r"\b(?:liver|lung|bone|peritoneal|brain|nodal|hepatic)(?:-only)?\s+(?:metastas[ie]s|disease|involvement)\b|"
    r"\bmetastatic\s+sites\b|\bsites?\s+of\s+metastas|\bliver-only\b|"
    r"\b(?:left|right)[- ]sided\b|\bsidedness\b|\b(?:primary\s+)?tumou?r\s+(?:location|side|sidedness)\b|"
    r"\b(?:synchronous|metachronous)\b|\bprimary\s+tumou?r\s+(?:resection|surgery)\b|"
    r"\bcytoreduction\b|\b(?:antibiotic|PPI|proton\s+pump\s+inhibitor|steroid|corticosteroid)s?\s+use\b|"
    r"\b(?:ECOG|performance\s+status)\b|"
    r"\b(?:rash|hypertension|hand[- ]foot\s+skin\s+reaction|HFSR|skin\s+toxicity|neutropenia)\b)", re.I)
# a cut-off written after the feature ("> 14 months", ">2", "≥ 6 months")
_CUTOFF = lazy_compile(r"\s*(?:<=|>=|[<>≤≥])\s*\d+(?:\.\d+)?(?:\s*(?:months?|mo|weeks?|years?|days?))?\s*$", re.I)
# the verbs an association or prediction may open on, and a bracket between the subject and its verb
_VERB = lazy_compile(r"\b(?:was|were|is|are|remained|remain|seems?|seemed|appears?|appeared|predict\w*)\b")
_BRACKET_BEFORE = lazy_compile(r"\s*\([^()]{0,40}\)$")
_TRAILING_BRACKET = lazy_compile(r"\s*\([^()]{0,30}\)\s*$")
_DENIAL = lazy_compile(r"^(?:no|without|absence\s+of)\s+", re.I)
_PRESENCE = lazy_compile(r"^(?:the\s+)?presence\s+of\s+", re.I)
# what a feature's words may not hold: a gene, an alteration or another reader's marker (a measured level)
_NOT_FEATURE_KINDS = ("Gene", "Alteration", "Molecule", "CellType", "Pathway")


# a group of patients by a feature that had a better or worse outcome: "patients who had a CR had longer median PFS",
# "patients with a primary colon tumor might have had a longer overall survival"
_GROUP = lazy_compile(
    r"\b(?:patients|those|subjects|cases)\s+(?:with|who\s+(?:had|have|attained|achieved|underwent|developed|"
    r"experienced))\s+(?P<words>[^,;()]{2,80}?)\s+(?:(?:might|may|could)\s+have\s+)?(?:had|showed|experienced|achieved|"
    r"derived|have|show)\s+(?:an?\s+)?(?:significantly\s+|numerically\s+)?(?:" + _GOOD + "|" + _BAD + r")\s+" + _OUTCOME,
    re.I)
# what a group may be told apart by beyond the features above: the response it had, where its primary lay
_GROUP_FEATURE = lazy_compile(r"^(?:an?\s+)?(?:CR|PR|complete\s+response|partial\s+response|primary\s+(?:colon|rectal)\s+"
                              r"tumou?rs?|(?:colon|rectal)\s+primar(?:y|ies))$", re.I)
# the response abbreviations every report uses, spelled out as another name
_RESPONSE_WORDS = {"CR": "complete response", "PR": "partial response"}


# a short form in capitals in the bracket after a feature ("(OIFI)", "(CFI)")
_SHORT_FORM = lazy_compile(r"\(([A-Z]{2,6})\)")


def _abbreviates(short: str, words: str) -> bool:
    """Whether the letters of ``short`` are the initials of ``words``' parts, in order, some passed over (``OIFI`` of
    "oxaliplatin and irinotecan-free interval"; not of "irinotecan-free interval", which lacks the O).

    >>> _abbreviates("OIFI", "oxaliplatin and irinotecan-free interval"), _abbreviates("OIFI", "irinotecan-free interval")
    (True, False)
    """
    initials = iter(w[0].upper() for w in re.split(r"[\s\-/]+", words) if w)
    return all(letter in initials for letter in short.upper())


def outcome_factor_entity(words: str) -> Entity:
    """The Biomarker of one clinical or history feature named by ``words`` (its other names: without a cut-off,
    without a denial).

    >>> outcome_factor_entity("anti-EGFR free interval > 14 months").synonyms
    ('anti-EGFR free interval',)
    """
    name = collapse(words)
    others = []
    bare = _CUTOFF.sub("", name)
    if bare != name:
        others.append(bare)
    for form in (name, bare):
        for lead in (_DENIAL, _PRESENCE):
            plain = lead.sub("", form)
            if plain != form:
                others.append(plain)
    if name in _RESPONSE_WORDS:
        others.append(_RESPONSE_WORDS[name])
    others = tuple(dict.fromkeys(o for o in others if o and o != name))
    return Entity(mint("biomarker", _spelled(name)), "Biomarker", name, others, (), (("biomarker_kind", "clinical_factor"),))


_OPERATOR_WORDS = (("<=", " le "), (">=", " ge "), ("≤", " le "), ("≥", " ge "), ("<", " lt "), (">", " gt "))


def _spelled(name: str) -> str:
    """The name with its comparisons in words, for the identifier ("ECOG < 1" and "ECOG 1" are two features)."""
    for sign, word in _OPERATOR_WORDS:
        name = name.replace(sign, word)
    return name


def _subject_start(text: str, end: int) -> int:
    """Where the clause whose subject ends at ``end`` starts (within the 160 characters before it)."""
    low = max(0, end - 160)
    start = low
    for x in _CLAUSE_START.finditer(text, low, end):
        if x.end() <= end:
            start = x.end()
    return start


def _items(text: str, start: int, end: int):
    """(start, end) of each listed item of the subject, nearest the verb first."""
    bounds, at = [], start
    for x in _ITEM_SPLIT.finditer(text, start, end):
        bounds.append((at, x.start()))
        at = x.end()
    bounds.append((at, end))
    return list(reversed([(a, b) for a, b in bounds if b > a]))


def outcome_factors(text: str, mentions: list) -> list:
    """Mentions with each clinical or history feature that is the subject of an association with outcome read as
    its Biomarker (mentions of therapies inside its words replaced; nothing where the words hold another kind of
    entity)."""
    if not MAY_OUTCOME_FACTOR.search(text):
        return mentions
    out = list(mentions)
    for verb in _VERB.finditer(text):
        if not (_PREDICATE.match(text, verb.start()) or _STUDIED_AS.match(text, verb.start())):
            continue
        end = verb.start()
        while end > 0 and text[end - 1] == " ":
            end -= 1
        bracket = _BRACKET_BEFORE.search(text[max(0, end - 45):end])
        short = None
        if bracket:
            end -= len(bracket.group(0))
            short = _SHORT_FORM.fullmatch(bracket.group(0).strip())
        start = _subject_start(text, end)
        for a, b in _items(text, start, end):
            words = text[a:b]
            lead = _DETERMINER.match(words)
            if lead:
                a += lead.end()
            tail = _TRAILING_BRACKET.search(text, a, b)
            if tail:
                b = tail.start()  # "ECOG 1 (vs. 0)": the side compared against is no part of the feature
            words = text[a:b]
            if not words or not _FEATURE.search(words) or len(words.split()) > 8:
                continue  # an opener, or an item of another kind ("longer OIFI"): not read here
            if short is not None and b == end and not _abbreviates(short.group(1), words):
                continue  # "the and irinotecan-free interval (OIFI)": its short form names more than its words
            inside = [o for o in out if a <= o.start and o.end <= b]
            if any(o.entity.category == "Biomarker" for o in inside):
                continue  # read already (a cut-off, a history, a toxicity)
            if any(o.entity.category in _NOT_FEATURE_KINDS for o in inside) or \
                    any(o.start < b and a < o.end and not (a <= o.start and o.end <= b) for o in out):
                continue
            out = [o for o in out if o not in inside]
            out.append(_mention(a, b, text, outcome_factor_entity(words)))
    for group in _GROUP.finditer(text):
        a, b = group.span("words")
        lead = _DETERMINER.match(text[a:b])
        if lead:
            a += lead.end()
        words = text[a:b]
        if not (_FEATURE.search(words) or _GROUP_FEATURE.match(words)) or len(words.split()) > 8:
            continue
        if any(o.start < b and a < o.end for o in out):
            continue  # a mention there already (an alteration, a marker, a feature read above)
        out.append(_mention(a, b, text, outcome_factor_entity(words)))
    return sorted(out, key=lambda m: (m.start, m.end)) if out != mentions else mentions
