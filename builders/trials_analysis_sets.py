"""The analysis populations of a trial, by the words that name them: "efficacy-evaluable", "intent-to-treat (ITT)",
"modified per-protocol", "mPP", "safety", "full analysis". A value given for one of them is the trial's (or its arm's)
value in that analysis, kept with the population's name ("ITT population") as its subgroup, never another arm's; a
sentence names it for its values where it opens the sentence, follows the values or is what a count counts
(``governing_set``).
So are the counts of the patients whose samples a biomarker analysis had (``sampled_part``), and the patients a study
took from a trial's arm as a cohort of its own ("... (n = 264) served as a control cohort": ``cohort_role``)."""
from __future__ import annotations

import re
from dataclasses import replace

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

POPULATION = (r"(?:(?:efficacy|response|tumou?r\s+response)[- ]evaluable|evaluable|assessable|"
              r"(?:modified\s+)?(?:intent(?:ion)?[- ]to[- ]treat|per[- ]protocol|according[- ]to[- ]protocol)"
              r"(?:\s*\(\s*m?(?:ITT|PP|ATP)\s*\))?|"
              r"m?ITT|m?PP|ATP|FAS|safety|full[- ]analysis|as[- ]treated)")
# the noun after a population's words: "ITT population", "evaluable cohort", "safety set", "full analysis"
NOUN = r"(?:populations?|cohorts?|sets?|analys[ie]s)"
_WHOLE = lazy_compile(rf"\s*(?:the\s+)?({POPULATION})(?:\s+{NOUN})?\s*", re.I)


def set_label(written: str) -> str:
    """The population's name as kept: "intent-to-treat (ITT)" -> "ITT population", "efficacy-evaluable" ->
    "efficacy-evaluable population", "mPP" -> "modified per-protocol population".

    >>> set_label("intent-to-treat (ITT)"), set_label("mPP"), set_label("efficacy-evaluable")
    ('ITT population', 'modified per-protocol population', 'efficacy-evaluable population')
    >>> set_label("FAS"), set_label("according to protocol (ATP)")
    ('full analysis population', 'per-protocol population')
    """
    w = re.sub(r"\s*\([^()]*\)", "", written).strip()
    low = re.sub(r"\s+", "-", w.lower())
    modified = low.startswith("modified") or low in ("mitt", "mpp")
    if "treat" in low and "as-treated" != low or low.endswith("itt"):
        name = "ITT"
    elif "protocol" in low or low.endswith(("pp", "pps")) or low == "atp":
        name = "per-protocol"
    elif low.startswith("full") or low == "fas":
        name = "full analysis"
    else:
        name = low
    return f"{'modified ' if modified else ''}{name} population"


def analysis_set(words: str) -> str | None:
    """The analysis population ``words`` name as a whole ("mPP", "the ITT population"), or None."""
    m = _WHOLE.fullmatch(words)
    return set_label(m.group(1)) if m else None


# a population named in a sentence as one: its words, a bracket after them and the noun ("the intention-to-treatment
# (ITT, >= 1 cycle) population", "the mPP population", "the full analysis set (FAS)", "an as-treated analysis"); never
# the words alone ("with the intention to treat their metastases", "the safety of A")
_NAMED = (rf"(?<![\w\-])(?P<pop>{POPULATION})(?:ment)?(?:\s*\([^()]{{0,40}}\))?\s+{NOUN}(?![\w\-])"
          r"(?:\s*\(\s*(?:m?ITT|m?PP|FAS|ATP)\s*\))?")
_UNNAMED = _NAMED.replace("?P<pop>", "?:")  # (the same, in patterns that name it twice)
_NAMED_ANY = prefiltered(lazy_compile(_NAMED, re.I))  # (tried on the sentences of values a trial's arm has two of)
_COUNT = r"(?P<n>\d[\d,]*|[A-Za-z]+(?:[\s\-][a-z]+){0,4}?)"
_PEOPLE = r"(?:patients|participants|subjects|pts)"
# the population a sentence opens with governs its values: "In the mPP population, ... a PFS of 10 versus 12.2 months",
# "Results: Among the intention-to-treat population of 503 patients, ...", "The ITT population had a median PFS of ..."
_FRAME = lazy_compile(rf"^\W*(?:[A-Z]\w+\s*:\s*)?(?:(?:Similarly|However|Overall|Thus|Therefore|Moreover)\s*,?\s*)?"
                      rf"(?:(?i:in|among|for|within)\s+(?:the\s+|an?\s+)?{_UNNAMED}|"
                      rf"(?:the\s+)?{_UNNAMED}\s+(?:had|showed|achieved|demonstrated|reached|yielded|experienced)\b)", re.I)
# a population right after a sentence's values: "The ORR was 66% versus 58% in the modified intention-to-treat
# population", "9.1 vs 7.0 months (per-protocol population)" (the values before it, in its clause)
_AFTER_VALUES = lazy_compile(rf"(?<=[\d%)])\s*(?:%|months?|mo|weeks?)?\s*(?:(?:\([^()]*\)\s*)?,?\s*(?i:in|among|for|within)\s+"
                             rf"(?:the\s+|an?\s+)?{_UNNAMED}|\(\s*(?:(?i:in|among|for)\s+)?(?:the\s+)?{_UNNAMED}\s*\))", re.I)
# a population counted: "the intention-to-treat population included 39 patients", "45 patients formed the ITT
# population", "n = 39 in the ITT population", "the per-protocol set (n = 80)"
_COUNTED = (
    lazy_compile(rf"{_NAMED}\s+(?:(?:thus|therefore|finally)\s+)?(?:included|includes|comprised|comprises|consisted\s+of|"
                 rf"consists\s+of|contained|numbered|totall?ed|(?:was|were)\s+(?:made\s+up|composed|comprised)\s+of)\s+"
                 rf"(?:a\s+total\s+of\s+)?{_COUNT}\s+{_PEOPLE}\b", re.I),
    lazy_compile(rf"\b{_COUNT}\s+(?:{_PEOPLE}\s+)?(?:(?:were|was)\s+(?:included|analy[sz]ed)\s+in|formed|constituted|"
                 rf"made\s+up|comprised)\s+the\s+{_NAMED}", re.I),
    lazy_compile(rf"{_NAMED}\s*(?:\(\s*|,\s*|of\s+)(?:n\s*=\s*)?(?P<n>\d[\d,]*)(?:\s+{_PEOPLE})?\b", re.I),
    lazy_compile(rf"\bn\s*=\s*(?P<n>\d[\d,]*)\s*\)?\s*(?:in|for)\s+the\s+{_NAMED}", re.I),
)


# (s56 armcounts) a count said to make up a named analysis population, also where the sentence counted the sample first:
# "109 patients were randomly assigned, with 107 included in the full analysis set (FAS)", "Of 359 patients enrolled,
# 321 were identified as belonging in the PPS", "184 patients were included in the intent to treat analysis" (a
# population's short form alone names it too: "the PPS", "the FAS", "the mITT")
_SHORT_SET = r"(?P<short>m?ITT|m?PPS?|FAS|ATP)\b(?!\s*[\-/])"
_MEMBERS = tuple(prefiltered(p) for p in (
    lazy_compile(rf"(?<![\w.,\-/]){_COUNT}\s+(?:{_PEOPLE}\s+)?(?:(?:were|was|being)\s+)?(?:included|analy[sz]ed)\s+in\s+"
                 rf"the\s+(?:{_NAMED}|{_SHORT_SET})", re.I),
    lazy_compile(rf"(?<![\w.,\-/]){_COUNT}\s+(?:{_PEOPLE}\s+)?(?:(?:were|was)\s+(?:identified|classified|considered)\s+as\s+)?"
                 rf"belong(?:ing|ed)\s+(?:in|to)\s+the\s+(?:{_NAMED}|{_SHORT_SET})", re.I),
))
_COUNTED_ANY = tuple(prefiltered(p) for p in _COUNTED)  # (tried on every sentence a trial's counts are read in)


def set_named(words: str) -> str | None:
    """The one analysis population ``words`` name at their end, as kept ("the per-protocol population" -> "per-protocol
    population"), else None.

    >>> set_named("Of 123 randomized patients, the per-protocol population"), set_named("Of 123 randomized patients")
    ('per-protocol population', None)
    """
    found = [m for m in _NAMED_ANY.finditer(words) if not words[m.end():].strip(" ,:;(")]
    return set_label(found[-1].group("pop")) if found else None


def _read_count(words: str, count=None) -> int | None:
    """A count's number from its words: digits ("1,024"), or the words ``count`` reads ("thirty-nine"), else None."""
    return int(words.replace(",", "")) if words[0].isdigit() else (count(words) if count else None)


def population_counts(sentence: str, count=None) -> list[tuple[str, int, int, int]]:
    """The counts ``sentence`` gives of named analysis populations, as (label, count, start, end): "A total of 109
    patients were randomly assigned, with 107 included in the full analysis set (FAS)" -> ("full analysis population",
    107, ...); the forms ``governing_set`` reads a count by ("the intention-to-treat population included 39 patients",
    "n = 55 in the ITT population"), and a count said to belong to one ("321 were identified as belonging in the
    PPS"). A sentence naming two populations gives none ("... in the mPP and ITT population, respectively").
    ``count`` reads a count's words.

    >>> population_counts("A total of 109 patients were randomly assigned, with 107 included in the full analysis set (FAS).")
    [('full analysis population', 107, 53, 56)]
    >>> [c[:2] for c in population_counts("Of 359 patients enrolled in the trial, 321 were identified as belonging in the PPS.")]
    [('per-protocol population', 321)]
    >>> population_counts("Efficacy was analysed in the per-protocol population of patients with RAS wild-type tumours.")
    []
    >>> population_counts("In the mPP population, 291 events occurred with a PFS of 10 versus 12.2 months.")
    []
    """
    found = []
    for pattern in _MEMBERS + _COUNTED_ANY:
        for m in pattern.finditer(sentence):
            n = _read_count(m.group("n"), count)
            pop = m.groupdict().get("pop") or m.groupdict().get("short")
            if n is None or not pop:
                continue
            if not re.search(rf"\b{_PEOPLE}\b|\bn\s*=", m.group(0), re.I) and \
                    not re.match(r"\s*\)", sentence[m.end():]) and not re.search(r"\b(?:included|belong\w*)\b", m.group(0)):
                continue  # ("In the mPP population, 291 events occurred": a count of events, not of the population)
            found.append((set_label(pop), n, *m.span("n")))
    labels = {label for label, *_ in found} | {set_label(m.group("pop")) for m in _NAMED_ANY.finditer(sentence)}
    if len(labels) != 1:
        return []
    seen, out = set(), []
    for item in sorted(found, key=lambda c: c[2]):
        if item[2] not in seen:
            seen.add(item[2])
            out.append(item)
    return out


def governing_set(sentence: str, metric: str, value: float, count=None) -> str | None:
    """The analysis population ``sentence`` gives its ``metric`` value ``value`` for, as its label ("ITT
    population"), else None: the one population the sentence names, where it governs the value -- opening the
    sentence ("In the mPP population, ... a PFS of 10 versus 12.2 months"), right after the value ("66% versus 58%
    in the modified intention-to-treat population") or, for a count, as what the count counts ("the intention-to-treat
    population included 39 patients"). A sentence naming two populations, or one that governs none of its values
    ("Efficacy was analysed in the per-protocol population", "with the intention to treat their metastases"), gives
    none. ``count`` reads a count's words ("thirty-nine" -> 39).

    >>> governing_set("In the mPP population, 291 events occurred with a PFS of 10 versus 12.2 months.", "mPFS", 12.2)
    'modified per-protocol population'
    >>> governing_set("Therefore, the intention-to-treat population included 39 patients.", "n", 39)
    'ITT population'
    >>> governing_set("The ORR was 66% versus 58% in the modified intention-to-treat population.", "ORR", 58)
    'modified ITT population'
    >>> governing_set("Efficacy was analysed in the per-protocol population; the ORR was 40%.", "ORR", 40) is None
    True
    >>> governing_set("With the intention to treat liver metastases, the ORR was 70%.", "ORR", 70) is None
    True
    """
    named = list(_NAMED_ANY.finditer(sentence))
    labels = {set_label(m.group("pop")) for m in named}
    if len(labels) != 1:
        return None
    label = labels.pop()
    if metric == "n":
        for pattern in _COUNTED:
            m = pattern.search(sentence)
            if m is None:
                continue
            if _read_count(m.group("n"), count) == value:
                return label
        return None
    if _FRAME.match(sentence):
        return label
    after = _AFTER_VALUES.search(sentence)
    if after is not None and ";" not in sentence[:after.start()] and _number_before(sentence, value, after.start()):
        return label
    return None


_NUMBER = lazy_compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\d])")


def value_spots(sentence: str, value: float) -> list[int]:
    """Where ``value`` is written in ``sentence`` (each number's start, in order)."""
    return [m.start() for m in _NUMBER.finditer(sentence) if float(m.group(0)) == value]


def _number_before(sentence: str, value: float, end: int) -> bool:
    """Whether ``value`` is written in ``sentence`` before ``end`` (and nowhere after it)."""
    spots = value_spots(sentence, value)
    return bool(spots) and all(at < end for at in spots)


# (s57 prec3) the patients a sentence counts into one analysis of the trial ("243 patients assigned to the control group
# and 241 assigned to the experimental group were included in the primary analysis", "In total, 480 patients were
# analysed in the final efficacy analysis"): the counts before the words, in their clause
_INTO_ANALYSIS = prefiltered(lazy_compile(
    r"\b(?:were|was|had\s+been)\s+(?:(?:thus|finally|eventually|therefore)\s+)?(?:included|analy[sz]ed|evaluated)\s+in\s+"
    r"(?:the|this)\s+(?P<which>primary|main|final|interim)\s+(?:efficacy\s+|survival\s+|endpoint\s+)?analys[ie]s"
    r"(?:\s+(?:set|population))?\b", re.I))

# ... or said to include them: "The primary analysis included 236 patients in the A group and 239 in the B group"
_ANALYSIS_INCLUDED = prefiltered(lazy_compile(
    r"\b(?:the|this)\s+(?P<which>primary|main|final|interim)\s+(?:efficacy\s+|survival\s+)?analys[ie]s(?:\s+(?:set|population))?"
    r"\s+(?:included|includes|comprised|comprises|consisted\s+of)\s+(?:a\s+total\s+of\s+)?(?=\d)", re.I))


# a count written in digits, its thousands set off by commas ("241", "1,050")
_DIGIT_COUNT = lazy_compile(r"(?<![\w.,])(\d[\d,]*)(?![\w.,]\d)")


def analysis_counted(sentence: str, value: float) -> str | None:
    """The analysis a count ``value`` is said to make up ("... 241 assigned to the experimental group were included in
    the primary analysis" -> "primary analysis"), else None: the count stands before the words in the same clause, and is
    no total the clause counts out of ("Of 487 randomised patients, 484 were included in ...": 487 the sample).

    >>> analysis_counted("Two hundred and forty-three patients assigned to the control group and 241 assigned to the experimental group were included in the primary analysis.", 241)
    'primary analysis'
    >>> analysis_counted("The primary analysis included 236 patients in the A group and 239 in the B group.", 239)
    'primary analysis'
    >>> analysis_counted("Of 487 randomised patients, 484 were included in the primary analysis.", 487) is None
    True
    >>> analysis_counted("A total of 487 patients were randomised; the primary analysis was performed after 400 events.", 487) is None
    True
    """
    number = f"{value:g}"
    m = _ANALYSIS_INCLUDED.search(sentence)
    if m is not None:
        clause = re.split(r"[;:]", sentence[m.end():])[0]
        if any(c.group(1).replace(",", "") == number for c in _DIGIT_COUNT.finditer(clause)):
            return f"{m.group('which').lower()} analysis"
    m = _INTO_ANALYSIS.search(sentence)
    if m is None:
        return None
    clause = re.split(r"[;:]", sentence[:m.start()])[-1]
    for c in _DIGIT_COUNT.finditer(clause):
        if c.group(1).replace(",", "") != number:
            continue
        if re.search(r"\b(?:of|among|from)\s+(?:the\s+|all\s+)?$", clause[:c.start()], re.I) or \
                re.match(r"\s+(?:\w+\s+){0,2}?(?:randomi[sz]ed|enrolled|registered|recruited)\b", clause[c.end():], re.I):
            return None  # (the total the analysed patients were counted out of)
        return f"{m.group('which').lower()} analysis"
    if re.match(r"\s*(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|One)\s+hundred\b", clause, re.I) and \
            not re.search(r"\b(?:of|among)\s+(?:the\s+)?\d", clause[:40]):
        return f"{m.group('which').lower()} analysis"  # (a count written in words opening the clause)
    return None


# the patients a biomarker analysis could study, counted as those whose samples were available or analysed: "Plasma
# samples were available for 553 patients (placebo n = 265; A n = 288)", "Tumour tissue was analysed from 212 patients",
# "baseline serum specimens were evaluable in 140 patients" — a part of the randomised patients, not the arms' sample
# (never samples said to come from all of them: "samples were available for all 300 patients")
_SAMPLED = prefiltered(lazy_compile(  # (tried on every sentence with arms)
    r"\b(?P<kind>(?:(?:baseline|pre-?treatment|archival|paired|plasma|serum|blood|tissue|tumou?r|biopsy|stool|ctDNA|FFPE)\s+){1,2})"
    r"(?:samples|specimens|tissues?|biopsies)(?:\s+(?:collected|obtained|drawn|taken)\b[^.;:()]{0,80}?)?\s+"
    r"(?:were|was|had\s+been)\s+(?:(?:also|only)\s+)?"
    r"(?P<verb>available|analy[sz]ed|evaluable|assessable|obtainable)\s+(?:for|from|in)\s+(?!all\b)(?:a\s+total\s+of\s+)?"
    r"(?P<n>\d[\d,]*)\s+(?:of\s+(?:the\s+)?\d[\d,]*\s+)?(?:patients|participants|pts|subjects)\b", re.I))


# (s57 prec3) the same subset counted first: "58 patients with available serum samples", "96 patients with evaluable
# tumour tissue", "120 patients for whom baseline plasma samples were available"
_SAMPLED_AFTER = prefiltered(lazy_compile(
    r"(?<![\w.,])(?P<n>\d[\d,]*)\s+(?:\w+\s+){0,2}?(?:patients|participants|pts|subjects)\s+(?:with|having|who\s+had)\s+"
    r"(?P<verb>available|evaluable|assessable|sufficient|adequate)\s+"
    r"(?P<kind>(?:(?:baseline|pre-?treatment|archival|paired|plasma|serum|blood|tissue|tumou?r|biopsy|stool|ctDNA|FFPE)\s+){0,2})"
    r"(?:samples|specimens|tissues?|biopsies)\b|"
    r"(?<![\w.,])(?P<n2>\d[\d,]*)\s+(?:\w+\s+){0,2}?(?:patients|participants|pts|subjects)\s+(?:for\s+whom|from\s+whom|whose)\s+"
    r"(?P<kind2>(?:(?:baseline|pre-?treatment|archival|paired|plasma|serum|blood|tissue|tumou?r|biopsy|stool|ctDNA|FFPE)\s+){1,2})"
    r"(?:samples|specimens|tissues?|biopsies)\s+(?:were|was)\s+(?P<verb2>available|evaluable|assessable|analy[sz]ed)\b", re.I))


def sampled_count(text: str) -> tuple[str, int, int, int] | None:
    """The biomarker subset a sentence counts (see ``sampled_part``) as (label, count, start, end), else None: the
    patients whose samples were available ("Plasma samples were available for 553 patients"; "Serum samples collected
    at baseline were available for 58 patients"), or counted first ("58 patients with available serum samples").

    >>> sampled_count("Serum samples collected at baseline and at the first evaluation were available for 58 patients.")[:2]
    ('serum samples available', 58)
    >>> sampled_count("Of them, 96 patients with available tumour tissue were included.")[:2]
    ('tumour samples available', 96)
    >>> sampled_count("A total of 120 patients were randomised, and baseline samples were collected.") is None
    True
    """
    m = _SAMPLED.search(text)
    if m is None:
        m = _SAMPLED_AFTER.search(text)
        if m is None:
            return None
        n, kind, verb = (("n", "kind", "verb") if m.group("n") else ("n2", "kind2", "verb2"))
        words = " ".join(m.group(kind).lower().split()) or "tissue"
        label = f"{words} samples {'available' if m.group(verb).lower() in ('sufficient', 'adequate') else m.group(verb).lower()}"
        return label, int(m.group(n).replace(",", "")), m.start(n), m.end(n)
    kind = " ".join(m.group("kind").lower().split())
    return f"{kind} samples {m.group('verb').lower()}", int(m.group("n").replace(",", "")), m.start("n"), m.end("n")


def sampled_part(text: str) -> str | None:
    """The label of the patients whose samples a biomarker analysis had ("Plasma samples were available for 553
    patients (...)" -> "plasma samples available"), else None.

    >>> sampled_part("Plasma samples were available for 553 patients (placebo n = 265; A n = 288).")
    'plasma samples available'
    >>> sampled_part("Tumour samples were available for all 120 patients.") is None
    True
    """
    found = sampled_count(text)
    return found[0] if found else None


# (s57 labels) the role a study gave the patients it took from a trial's arm or from elsewhere: "Patients receiving A in
# the X trial (n = 264) served as a control cohort", "These 120 patients were used as the validation cohort", "212
# patients from the Y study formed the training set"
_ROLE = (r"(?P<role>(?:(?:external|independent|historical|matched)\s+)?(?:control|validation|comparison|comparator|reference|"
         r"training|discovery|test(?:ing)?|replication|exploratory)\s+(?:cohort|set|population|series))")
_COHORT_ROLE = prefiltered(lazy_compile(
    rf"(?<!which\s)(?<!that\s)\b(?:(?:served|used|acted|were\s+used|was\s+used|were\s+included|was\s+included|were\s+selected|was\s+selected)"
    rf"\s+as|formed|constituted|made\s+up)\s+(?:an?|the|our)\s+{_ROLE}", re.I))


def cohort_role(text: str) -> str | None:
    """The role a sentence says the patients it counts played in the study, as a label ("served as a control cohort"
    -> "control cohort"), else None: their count is the size of the cohort the study analysed (a part of the trial
    they came from, or a group of its own), never the size of an arm of that trial.

    >>> cohort_role("Patients receiving FOLFIRI plus cetuximab in the X trial (n = 264) served as a control cohort.")
    'control cohort'
    >>> cohort_role("A total of 212 patients from the Y study formed the independent validation set.")
    'independent validation set'
    >>> cohort_role("Patients were randomised to A (control group) or B.") is None
    True
    >>> cohort_role("In the X trial, 180 patients received A and 178 received B, which served as the control cohort.") is None
    True
    """
    m = _COHORT_ROLE.search(text)
    return " ".join(m.group("role").lower().split()) if m else None


def label_cohort_roles(out) -> None:
    """Label each unlabelled count whose sentence gives its patients a role in the study (``cohort_role``) with it:
    "Patients receiving A in the X trial (n = 264) served as a control cohort" counts this study's control cohort,
    not the X trial's arm A."""
    for k, o in enumerate(out.outcomes):
        if o.metric == "n" and o.subgroup is None and o.bound is None:
            role = cohort_role(o.evidence.sentence)
            if role is not None:
                out.outcomes[k] = replace(o, subgroup=role)

