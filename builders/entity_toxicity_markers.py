"""An adverse event a sentence makes a marker of benefit: "Hypertension may be a surrogate marker of efficacy",
"patients with grade ≥2 HFSR had longer OS", "Development of hypertension (any grade) was associated with a reduced
risk of progression".

On-target toxicities (skin rash under anti-EGFR antibodies, hypertension or hand-foot skin reaction under
anti-angiogenic drugs) are reported as markers of the treatment's effect. The events are a word list of the lexicon
(`toxicity_markers`); each is read as a Biomarker, named by the event (the grade as written kept as another name),
only where the sentence makes it one: called a marker, the group of patients who had it said to do better, or its
development said to go with a better outcome, said to predict a therapy's efficacy or a better outcome ("HFS could
predict the efficacy of apatinib", "rash was associated with response to panitumumab", "skin toxicity in patients
receiving cetuximab has been associated positively with clinical outcome"), or named as the group a better outcome
was had in ("PFS and OS appeared longer for worst-grade skin toxicity of 2-4"). Its short form there is the event,
never a gene the form is also an alias of ("HFS" of ANTXR2). A grade written after the event ("of
2-4", ">= grade 2") is part of its written name. Elsewhere ("grade 3 hypertension (12%)", "rash was the most frequent
toxicity", "dose reductions due to HFS", "rash did not correlate with outcome") it is an adverse event and no entity.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.pattern_mentions import _mention, _overlaps
from builders.prefilter import prefiltered
from kg.ids import mint
from kg.model import Entity

MAY_TOXICITY_MARKER = lazy_compile(r"marker|associat|correlat|longer|better|improved|prolonged|predict|higher|superior",
                                   re.I)
_GRADE = r"(?P<grade>(?:any[- ]grade|worst[- ]grade|(?:≥|>=|>)\s*grade\s*\d|" \
         r"grade\s*(?:≥|>=|>|≤|<)?\s*\d(?:\s*[-–]\s*\d)?(?:\s+or\s+(?:higher|greater|above|more))?|severe|early|" \
         r"treatment[- ](?:emergent|related|induced))\s+)?"
# a grade written after the event: "skin toxicity of 2-4", "skin reactions >= grade 2", "rash grade 2-3" (never a count
# or a share: "rash of 2 patients", "HFS 10.4%")
_GRADE_AFTER = r"(?P<after>\s+(?:(?:≥|>=|>)\s*grade\s*\d|(?:of\s+)?grade\s*(?:≥|>=|>)?\s*\d(?:\s*[-–]\s*\d)?|" \
               r"of\s+(?:≥|>=|>)?\s*\d(?:\s*[-–]\s*\d)?)(?:\s+or\s+(?:higher|greater|above|more))?(?![\d%]|[.,]\d)(?!\s*(?:%|patients|pts|cases|of\b)))?"
# the better outcome said of the patients who had the event, before it: "PFS and OS appeared longer for worst-grade
# skin toxicity of 2-4", "response rates were higher among patients who developed rash"
_OUTCOME_BEFORE = lazy_compile(
    r"(?:PFS|OS|survival|responses?|response\s+rates?|ORR|DCR|outcomes?|efficacy|benefit)"
    r"(?:\s+(?:on|with|from|to)\s+[\w\-+/]+(?:\s+[\w\-+/]+){0,2}?)?\s+(?:was|were|appeared|seemed|"
    r"tended)\s+(?:to\s+be\s+)?(?:significantly\s+|numerically\s+|markedly\s+)?(?:longer|better|higher|improved|"
    r"prolonged|superior|greater)\s+(?:for|in|among|with)\s+(?:(?:the\s+)?(?:patients|those|subjects|cases)\s+"
    r"(?:with|who\s+(?:developed|experienced|had))\s+)?\Z", re.I)
# the patients who had the event, or its development, before it
_GROUP_BEFORE = lazy_compile(r"(?:patients|those|subjects|cases)\s+(?:with|who\s+(?:developed|experienced|had))\s+\Z|"
                             r"(?:development|occurrence|onset|presence|appearance|emergence)\s+of\s+\Z", re.I)
# what the sentence says of it: a marker, a better outcome, an association with one
_BRACKET = r"(?:\s*\([^()]{1,30}\))?\s*,?\s+" \
           r"(?:(?:in|among)\s+(?:the\s+)?(?:patients|those)\s+(?:receiving|treated\s+with|given|on)\s+[^,;.()]{1,40}?\s+)?"
# the efficacy, response or better outcome a marker is said to predict or go with
_GOOD_OUTCOME = (r"(?:(?:(?:the|a|an)\s+)?(?:(?:clinical|treatment|therapeutic|tumou?r|objective)\s+)?"
                 r"(?:efficacy|response|outcome|benefit|survival|PFS|OS)\b|(?:(?:the|a|an)\s+)?(?:significantly\s+)?"
                 r"(?:longer|better|improved|prolonged|superior|favou?rable)\b)")
_MARKER_AFTER = lazy_compile(
    _BRACKET + r"(?:(?P<marker>(?:(?:may|might|could|can|would)\s+(?:be|serve\s+as)|is|was|as|appears\s+to\s+be|"
    r"seems\s+to\s+be|represents?)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}(?:bio)?markers?\b)|"
    r"(?P<had>(?:had|showed|achieved|experienced)\s+(?:a\s+|an\s+)?(?:significantly\s+|numerically\s+)?"
    r"(?:longer|better|improved|prolonged|superior)\b)|"
    r"(?P<assoc>(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+\s+){0,2}(?:associated|correlated)|"
    r"(?:significantly\s+|positively\s+|strongly\s+)?(?:correlated|correlates|correlate))\s+(?:positively\s+)?"
    r"with\s+(?:an?\s+)?(?:significantly\s+)?"
    r"(?:longer|better|improved|prolonged|superior|(?:reduced|lower)\s+risk\s+of\s+(?:progression|death)|"
    r"(?:higher|increased)\s+(?:survival|response|efficacy|benefit)|(?:(?:the|a|an)\s+)?(?:(?:clinical|treatment|"
    r"therapeutic|tumou?r|objective)\s+)?(?:efficacy|response|outcome|benefit)\b))|"
    r"(?P<predict>(?:(?:could|may|might|can|would|did)\s+)?(?:significantly\s+|independently\s+|strongly\s+)?"
    r"(?:predict|predicts|predicted|(?:was|were|is|are|(?:may|might|could)\s+be)\s+(?:an?\s+)?(?:\w+\s+)?"
    r"(?:predictive|predictors?)\s+(?:of|for))\s+" + _GOOD_OUTCOME + "))", re.I)


def _event_pattern(vocab):
    """The events' names as one pattern (longest first), with an optional grade before, built once (prefiltered:
    a sentence that names none of the events is not scanned)."""
    cached = vocab.lexicon.get("_toxicity_re")
    if cached is None:
        forms = {}
        for spec in vocab.lexicon.get("toxicity_markers") or ():
            for form in (spec["name"], *(spec.get("synonyms") or ())):
                forms[form.lower()] = spec["name"]
        vocab.lexicon["_toxicity_short"] = frozenset(f.lower() for spec in vocab.lexicon.get("toxicity_markers") or ()
                                                     for f in spec.get("synonyms") or () if f.isupper())
        names = sorted(forms, key=len, reverse=True)
        alternatives = "|".join(re.escape(n) for n in names)
        cached = vocab.lexicon["_toxicity_re"] = (
            prefiltered(re.compile(rf"(?<![\w\-]){_GRADE}(?P<event>{alternatives})(?![\w\-]){_GRADE_AFTER}", re.I)), forms)
    return cached


def toxicity_markers(vocab, text: str, mentions: list) -> list:
    """Mentions with each adverse event the sentence makes a marker of benefit read as that Biomarker."""
    pattern, forms = _event_pattern(vocab)
    short = vocab.lexicon["_toxicity_short"]
    out = list(mentions)
    for x in pattern.finditer(text):
        event = x.group("event")
        if event.lower() in short and not event.isupper():
            continue  # a short form only in capitals ("HFSR")
        said = _MARKER_AFTER.match(text, x.end())
        if said is None:
            if not _OUTCOME_BEFORE.search(text, max(0, x.start() - 90), x.start()):
                continue  # no marker: an adverse event
        elif said.group("had") and not _GROUP_BEFORE.search(text, max(0, x.start() - 40), x.start()):
            continue  # "patients with grade ≥2 HFSR had longer OS": the group who had it, not the event alone
        event_start, event_end = x.span("event")
        if event.isupper():
            # the event's short form read as a gene's alias ("HFS", an alias of ANTXR2): in a statement of a marker of
            # a therapy's benefit it is the event
            out = [m for m in out if not (m.entity.category == "Gene" and m.start == event_start and m.end == event_end)]
        if _overlaps(x.start(), x.end(), out):
            continue
        name = forms[event.lower()]
        written = re.sub(r"\s+", " ", x.group(0)).strip()
        synonyms = {f for f, n in forms.items() if n == name} | {written}
        entity = Entity(mint("biomarker", name), "Biomarker", name, tuple(sorted(synonyms - {name})), (),
                        (("biomarker_kind", "toxicity"),))
        out.append(_mention(x.start(), x.end(), text, entity))
    return sorted(out, key=lambda m: (m.start, m.end))
