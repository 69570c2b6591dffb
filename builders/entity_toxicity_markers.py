"""An adverse event a sentence makes a marker of benefit: "Hypertension may be a surrogate marker of efficacy",
"patients with grade ≥2 HFSR had longer OS", "Development of hypertension (any grade) was associated with a reduced
risk of progression".

On-target toxicities (skin rash under anti-EGFR antibodies, hypertension or hand-foot skin reaction under
anti-angiogenic drugs) are reported as markers of the treatment's effect. The events are a word list of the lexicon
(`toxicity_markers`); each is read as a Biomarker, named by the event (the grade as written kept as another name),
only where the sentence makes it one: called a marker, the group of patients who had it said to do better, or its
development said to go with a better outcome. Elsewhere ("grade 3 hypertension (12%)") it is an adverse event and
no entity.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.pattern_mentions import _mention, _overlaps
from builders.prefilter import prefiltered
from kg.ids import mint
from kg.model import Entity

MAY_TOXICITY_MARKER = lazy_compile(r"marker|associat|correlat|longer|better|improved|prolonged|predict", re.I)
_GRADE = r"(?P<grade>(?:any[- ]grade|grade\s*(?:≥|>=|>|≤|<)?\s*\d(?:\s*[-–]\s*\d)?|severe|early|" \
         r"treatment[- ](?:emergent|related|induced))\s+)?"
# the patients who had the event, or its development, before it
_GROUP_BEFORE = lazy_compile(r"(?:patients|those|subjects|cases)\s+(?:with|who\s+(?:developed|experienced|had))\s+\Z|"
                             r"(?:development|occurrence|onset|presence|appearance|emergence)\s+of\s+\Z", re.I)
# what the sentence says of it: a marker, a better outcome, an association with one
_BRACKET = r"(?:\s*\([^()]{1,30}\))?\s*,?\s+"
_MARKER_AFTER = lazy_compile(
    _BRACKET + r"(?:(?P<marker>(?:(?:may|might|could|can|would)\s+(?:be|serve\s+as)|is|was|as|appears\s+to\s+be|"
    r"seems\s+to\s+be|represents?)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}(?:bio)?markers?\b)|"
    r"(?P<had>(?:had|showed|achieved|experienced)\s+(?:a\s+|an\s+)?(?:significantly\s+|numerically\s+)?"
    r"(?:longer|better|improved|prolonged|superior)\b)|"
    r"(?P<assoc>(?:was|were|is|are)\s+(?:\w+\s+){0,2}(?:associated|correlated)\s+with\s+(?:an?\s+)?(?:significantly\s+)?"
    r"(?:longer|better|improved|prolonged|superior|(?:reduced|lower)\s+risk\s+of\s+(?:progression|death)|"
    r"(?:higher|increased)\s+(?:survival|response|efficacy|benefit))))", re.I)


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
            prefiltered(re.compile(rf"(?<![\w\-]){_GRADE}(?P<event>{alternatives})(?![\w\-])", re.I)), forms)
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
        if said is None or said.group("had") and not _GROUP_BEFORE.search(text, max(0, x.start() - 40), x.start()):
            continue  # "patients with grade ≥2 HFSR had longer OS": the group who had it, not the event alone
        if _overlaps(x.start(), x.end(), out):
            continue
        name = forms[event.lower()]
        written = re.sub(r"\s+", " ", x.group(0)).strip()
        synonyms = {f for f, n in forms.items() if n == name} | {written}
        entity = Entity(mint("biomarker", name), "Biomarker", name, tuple(sorted(synonyms - {name})), (),
                        (("biomarker_kind", "toxicity"),))
        out.append(_mention(x.start(), x.end(), text, entity))
    return sorted(out, key=lambda m: (m.start, m.end))
