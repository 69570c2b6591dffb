"""The population a report says its own analysis of a trial is of: a reanalysis or a subset of the trial's patients
("we report the outcomes of patients with RAS wild-type disease", "This analysis included only patients with BRAF-mutant
tumours", "The present analysis was restricted to patients with KRAS wild-type mCRC", "In this post hoc analysis of the
X trial in patients with BRAF-mutant tumours, ...", "Only the results of arms A and B and patients with wild-type KRAS
are discussed in the current article").

From that sentence on, every value of that trial (on the trial or its arms) belongs to that population and carries
its marker status as label ("RAS wild-type"), never the whole trial's: a value with a label of its own keeps it, a
sentence that gives the whole trial's values ("in the overall population", "in all randomised patients", "RAS-unselected
patients") gets none, nor a count of the patients the trial enrolled or randomised in a sentence that does not name the
marker, nor a total the sentence then parts by the marker ("Of 134 randomized patients, 98 were RAS wt"). A count whose
own words give its patients' marker and count them into an analysis ("460 KRAS-wt pts were recruited to the primary
analysis") carries that marker (``label_marked_counts``). The report's own words are needed ("we", "this analysis", "the present report"): a background sentence about
another trial's population ("The Y trial included only patients with KRAS wild-type tumours") states none; nor is the
population one the trial enrolled all its patients by (a trial of BRAF-mutant patients only: its context, no part).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from builders import trials_subgroups
from builders.context import normal_subgroup
from builders.design_words import ASSIGN_VERB, RANDOMISED_VERB
from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

# a marker status: "RAS-wild-type (wt)", "RAS wt", "KRAS exon 2 wild-type", "BRAF V600E-mutant", "wild-type KRAS"
_GENE = trials_subgroups.GENE  # a gene, or a pair of genes written with a slash
_VARIANT = r"(?:\s+(?:exon\s+\d{1,2}(?:\s*(?:,|and|-)\s*\d{1,2})*|codon\s+\d{1,3}|[A-Z]\d{1,4}[A-Z]?))?"
_STATUS = r"(?P<status>mutant|mutated|mutation-positive|wild[- ]type|wt|WT|mt|MT|amplified|positive|negative|rearranged)"
_ABBREVIATED = r"(?:\s*\(\s*(?:wt|WT|mt|MT|mut)\s*\))?"
_GENE_STATUS = rf"(?P<gene>{_GENE}{_VARIANT})[- ]{_STATUS}{_ABBREVIATED}"
_STATUS_GENE = rf"(?P<status2>(?i:wild[- ]type)|WT|mutant|mutated){_ABBREVIATED}\s+(?P<gene2>{_GENE}{_VARIANT})"
_MARKED = rf"(?:{_GENE_STATUS}|{_STATUS_GENE}|(?P<instability>MSI-H|MSI-high|dMMR|pMMR|MSS))"
_UNNAMED = re.sub(r"\?P<\w+>", "?:", _MARKED)
# the patients of the population: "patients with RAS-wt disease", "those harbouring a BRAF V600E-mutant tumour",
# "patients whose tumours were RAS wild-type", "RAS wild-type patients"
_DISEASE = r"(?:\s+(?:(?:metastatic\s+)?(?:m?CRCs?|colorectal\s+cancers?)|tumou?rs?|disease|status|cancers?))?"
_PATIENTS = (rf"(?P<pop>(?:(?i:patients|participants|pts|those)\s+(?:(?i:with|harbou?ring|carrying|bearing)\s+(?:an?\s+)?|"
             rf"whose\s+tumou?rs\s+(?:were|was)\s+)(?:(?i:centrally\s+confirmed|confirmed|extended)\s+)?{_UNNAMED}{_DISEASE}|"
             rf"{_UNNAMED}\s+(?:(?:metastatic\s+)?(?:m?CRC|colorectal\s+cancer)\s+)?(?i:patients|participants|subgroup|population|subset)))")
_MARKER = lazy_compile(_MARKED)
_POP0, _POP1, _POP2, _POP3 = (_PATIENTS.replace("?P<pop>", f"?P<pop{i}>") for i in range(4))
# the report's own analysis, as the report names it: "this (post hoc) analysis", "the present report", "our study"
_OWN = r"(?i:this|the\s+(?:present|current)|our)\s+(?:[\w-]+\s+){0,3}?(?i:analys[ie]s|report|article|paper)"
# what the report gives of the population: "the outcomes of", "efficacy and safety results in", "the subset of"
_RESULTS = r"(?i:outcomes?|results?|efficacy|data|survival|findings|subsets?|subgroups?|analys[ie]s)"
_STATEMENTS = prefiltered(lazy_compile(
    # "we report the outcomes of patients with RAS-wt disease", "we here present the efficacy data in ..."
    rf"\b(?i:we)\s+(?:(?i:here|now|further|also)\s+)?(?i:report|present|describe|analy[sz]ed?|evaluated?|examined?|assessed?)"
    rf"\s+(?:[\w-]+\s+){{0,2}}?{_RESULTS}(?:\s+(?!of\b)[\w-]+){{0,3}}?\s+(?i:of|in|for|among|from)\s+(?:the\s+)?"
    rf"(?:\d[\d,]*\s+)?{_POP0}|"
    # "This analysis included only patients with ...", "The present analysis was restricted to ..."
    rf"\b{_OWN}\s+(?:(?:was|is|were|are|has\s+been)\s+)?(?:(?i:restricted|limited|confined)\s+to|(?i:included|includes|comprised|"
    rf"comprises|considered|considers|focus(?:es|ed)\s+on|(?:is|was)\s+based\s+on))\s+(?:(?i:only)\s+)?(?:the\s+)?"
    rf"(?:\d[\d,]*\s+)?{_POP1}|"
    # "In this post hoc analysis of the X trial in patients with BRAF-mutant tumours"
    rf"\b{_OWN}\s+(?:(?i:of)\s+(?:the\s+)?[^,;:()]{{1,60}}?\s+)?(?i:in|among|of)\s+(?:the\s+)?(?:\d[\d,]*\s+)?{_POP2}|"
    # "Only the results of arms A and B and patients with wild-type KRAS are discussed in the current article"
    rf"^\s*(?i:only)\b[^.;]{{0,80}}?{_POP3}[^.;]{{0,40}}?\b(?:are|were|is|was)\s+(?i:discussed|reported|presented|"
    rf"analy[sz]ed|considered|described|included)\s+(?i:in|by)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?i:this|present|current|our)(?:\s+[\w-]+){{0,2}}?\s+(?i:article|report|paper|analys[ie]s|publication|manuscript)\b"))

# a title naming a marker's analysis of a trial: "Extended RAS Analysis of the Phase III X Trial", "BRAF mutation analysis
# of the X study"
_TITLE = lazy_compile(rf"\b(?:(?i:extended|updated|expanded)\s+)?(?P<gene>{_GENE})(?:\s+(?i:mutation(?:al)?|status|gene))?\s+"
                      r"(?i:analys[ie]s)\s+(?i:of|in|from)\s+(?:the\s+)?(?:[\w/-]+\s+){0,5}?(?i:trials?|study|studies)\b")
_POPULATIONS = prefiltered(lazy_compile(_PATIENTS))
# how far into a titled report its abstract names the population of the title's marker analysis
_ABSTRACT = 25

# a sentence that speaks of the whole trial's patients, not of the analysis population
_WHOLE = prefiltered(lazy_compile(
    r"\b(?:overall|whole|entire|total|intention-to-treat|ITT|unselected)\s+(?:study\s+)?(?:populations?|cohorts?|patients)\b|"
    r"\b[A-Z]*RAS[- ]unselected\b|\bunselected\s+for\b|\b(?:regardless|irrespective)\s+of\s+(?:[A-Z]*RAS|BRAF|tumou?r|mutation)|"
    rf"\b(?:among|in|for|of)\s+all\s+(?:(?:{ASSIGN_VERB}|enrolled|treated)\s+){{0,2}}patients\b"
    r"(?!\s+(?:with|who|whose|harbou?ring|carrying)\b)", re.I))
# a count of the patients the trial took in ("The X trial enrolled 1,200 patients", "800 patients were randomised")
_ENROLMENT = prefiltered(lazy_compile(rf"\b(?:enrol(?:l?ed|ling)|recruited|accrued|registered|{RANDOMISED_VERB})\b",
                                      re.I))


def _status_word(status: str) -> str:
    low = status.lower()
    if low in ("wt", "wild-type", "wild type"):
        return " wild-type"
    if low in ("mt", "mutant", "mutated", "mutation-positive"):
        return "-mutant"
    return f"-{low}"


def stated_population(text: str) -> tuple[str, int] | None:
    """The population a sentence says the report's own analysis is of, as a label, with where the statement starts
    (the enrolment the words before it state is the trial's), else None.

    >>> stated_population("The X trial compared A with B; we report the outcomes of patients with RAS-wild-type (wt) disease.")[0]
    'RAS wild-type'
    >>> stated_population("This analysis included only patients with BRAF V600E-mutant tumours.")[0]
    'BRAF V600E-mutant'
    >>> stated_population("Only arm A and patients with wild-type KRAS are discussed in the current article.")[0]
    'KRAS wild-type'
    >>> stated_population("The Y trial included only patients with KRAS wild-type tumours.") is None
    True
    >>> stated_population("Only patients with KRAS wild-type tumours were included in this study.") is None
    True
    >>> stated_population("In the X trial, we evaluated the efficacy of A in patients with BRAF-mutant mCRC.") is None
    True
    """
    found = _STATEMENTS.search(text)
    if found is None:
        return None
    pop = next(g for k, g in found.groupdict().items() if k.startswith("pop") and g)
    label = _label(_MARKER.search(pop))
    return (label, found.start()) if label else None


def _label(m: re.Match | None) -> str | None:
    """A marker status as a label: "RAS-wt" -> "RAS wild-type", "mutant BRAF" -> "BRAF-mutant"."""
    if m is None:
        return None
    if m.group("instability"):
        return m.group("instability")
    gene, status = (m.group("gene"), m.group("status")) if m.group("gene") else (m.group("gene2"), m.group("status2"))
    return f"{' '.join(gene.split())}{_status_word(status)}" if gene and status else None


@lru_cache(maxsize=64)
def _gene_of(label: str) -> re.Pattern:
    """The gene (or instability status) of a population's label, as a whole word: "RAS" of "RAS wild-type"."""
    head = re.split(r"[\s-]", label)[0].split("/")[0]
    return re.compile(rf"(?<![A-Za-z0-9]){re.escape(head)}(?![A-Za-z0-9])")


def gene_named(label: str, text: str) -> bool:
    """Whether a sentence names the gene (or the instability status) of a population's label."""
    return _gene_of(label).search(text) is not None


def gives_analysis_values(text: str, label: str, metric: str, value: float | None = None) -> bool:
    """Whether a value of ``metric`` a sentence of the report gives (with no label of its own) is of the analysis
    population ``label``: not when the sentence speaks of the whole trial, nor a count of the patients the trial
    enrolled when the sentence does not name the population's marker."""
    whole = _WHOLE.search(text)
    if whole is not None and not any(_label(m) == label for m in _MARKER.finditer(text, 0, whole.start())):
        return False  # ("(n = 452 patients with RAS-wt mCRC) and between the RAS-wt and RAS-unselected populations": the
        # analysis population named first, its count is its own)
    return not (metric == "n" and enrolment_count(text, label, value))


def enrolment_count(text: str, label: str, value: float | None = None) -> bool:
    """Whether a sentence counts the patients a trial enrolled or randomised without naming the marker of the
    analysis population ``label`` ("A total of 1,050 patients were randomised"), or, the count ``value``, names the
    marker only of a smaller count after it: "Of 134 randomized patients, 98 were RAS wt" (134 the whole sample, 98
    the population; ``_marker_of_later_count``).

    >>> enrolment_count("Of 134 randomized patients, 98 were RAS wt (53 A).", "RAS wild-type", 134.0)
    True
    >>> enrolment_count("Of 134 randomized patients, 98 were RAS wt (53 A).", "RAS wild-type", 98.0)
    False
    >>> enrolment_count("98 RAS wt patients were randomized.", "RAS wild-type", 98.0)
    False
    """
    if _ENROLMENT.search(text) is None:
        return False
    return not gene_named(label, text) or value is not None and _marker_of_later_count(text, label, value)


def _marker_of_later_count(text: str, label: str, value: float) -> bool:
    """Whether ``value`` is written in ``text`` before another count that stands between it and the first mention of
    the marker of ``label`` ("Of 134 randomized patients, 98 were RAS wt": the marker is said of 98, not of 134)."""
    gene = _gene_of(label).search(text)
    if gene is None:
        return False
    numbers = [(m.start(), float(m.group(0).replace(",", ""))) for m in
               re.finditer(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?![\d.])|(?<![\w.])\d+(?![\d.%])", text[:gene.start()])]
    own = [k for k, (_, v) in enumerate(numbers) if v == value]
    return bool(own) and any(v != value for _, v in numbers[own[0] + 1:])


def _selected(st, doc, s, label: str, at: int) -> bool:
    """Whether a sentence naming the trial says it enrolled only patients of ``label``'s marker (the words of the
    statement's own sentence before the statement too): its context, no part of its patients."""
    texts = [doc.sentences[i].norm for i in st.named if i != s.index] + [s.norm[:at]]
    for text in texts:
        enrolled = trials_subgroups.enrolled_population(text)
        if enrolled and trials_subgroups.selected_by(enrolled, label):
            return True
    return False


def titled_population(doc, s) -> tuple[int, str] | None:
    """The population of a marker analysis a report's title names ("Extended RAS Analysis of the X Trial"), as the
    sentences after it name it: the one status of that marker they name as a population ("patients with RAS-wt mCRC",
    "the RAS wild-type population"), from the first that names it; None when they name two ("RAS wt and RAS mt
    patients": the report gives each its own label) or none."""
    m = _TITLE.search(s.norm)
    if m is None:
        return None
    gene = m.group("gene").split("/")[0]
    found: dict[str, int] = {}
    for later in doc.sentences[s.index + 1:s.index + 1 + _ABSTRACT]:
        for pop in _POPULATIONS.finditer(later.norm):
            label = _label(_MARKER.search(pop.group("pop")))
            if label and label.split()[0].split("-")[0] == gene:
                found.setdefault(label, later.start)
    if len(found) != 1:
        return None
    label, start = found.popitem()
    return start, label


def note_analysis_population(st, doc, s) -> None:
    """Keep on the trial in focus the population a sentence says the report's own analysis is of (the first one),
    or the one the report's title names a marker analysis of (``titled_population``)."""
    if st is None or st.analysed is not None:
        return
    stated = stated_population(s.norm)
    if stated is not None and not _selected(st, doc, s, *stated):
        st.analysed = (s.start, stated[0])
    elif stated is None and s.index <= 1:
        titled = titled_population(doc, s)
        if titled is not None and not _selected(st, doc, s, titled[1], 0):
            st.analysed = titled


def label_analysed_values(out, states) -> None:
    """Label with its trial's analysis population every value of that trial (its own or its arms') a sentence from
    the statement on gives with no label of its own, when the sentence speaks of that population (see the module
    docstring)."""
    owners = {}
    for st in states:
        if st.analysed is not None:
            for entity in [st.trial, *st.every, *st.arms]:
                owners[entity.id] = st.analysed
    if not owners:
        return
    for k, o in enumerate(out.outcomes):
        start, label = owners.get(o.arm, (None, None))
        if label is None or o.evidence.start < start:
            continue
        if o.subgroup is None and gives_analysis_values(o.evidence.sentence, label, o.metric, o.value):
            out.outcomes[k] = replace(o, subgroup=normal_subgroup(label))
        elif o.metric == "n" and o.subgroup == normal_subgroup(label) and \
                enrolment_count(o.evidence.sentence, label, o.value):
            # ("we report the outcomes of patients with RAS-wt disease. The trial enrolled 1,050 patients"): the
            # count of the whole trial, whose label the population named the sentence before gave
            out.outcomes[k] = replace(o, subgroup=None)


def whole_before_marked_part(text: str, start: int, end: int, label: str | None = None) -> bool:
    """Whether the count at ``text[start:end]`` is a total the sentence then parts by a marker status: another count
    stands after it and before the first marker status the sentence names ("Of 134 randomized patients, 98 were RAS
    wt": 134 all the patients, the marker said of 98), and the count is of patients taken in (enrolled, randomised,
    treated, evaluable ...). ``label`` names the population whose gene the sentence may name in its own way.

    >>> whole_before_marked_part("Of 134 randomized patients, 98 were RAS ex2/3 wt.", 3, 6, "RAS wt")
    True
    >>> t = "Of 134 randomized patients, 98 were RAS wt (53 A)."
    >>> whole_before_marked_part(t, 3, 6), whole_before_marked_part(t, 28, 30)
    (True, False)
    >>> t = "Among 134 randomized RAS wt patients, 98 received A."
    >>> whole_before_marked_part(t, 6, 9)
    False
    """
    marker = _MARKER.search(text, end)
    if label is not None:  # (the gene of the population's label, however its status is written: "RAS ex2/3 wt")
        gene = _gene_of(label)
        marker = gene.search(text, end) or marker
        if gene.search(text, 0, end):
            return False
    if marker is None or _MARKER.search(text, 0, end) is not None:
        return False
    if not _ENROLMENT.search(text, max(0, start - 60), marker.start()) and \
            not re.search(r"\b(?:treated|evaluable|eligible|analy[sz]ed|included)\b", text[max(0, start - 60):marker.start()], re.I):
        return False
    between = text[end:marker.start()]
    return re.search(r"(?<![\w.])\d+(?![\d.%]|\s*(?:%|percent))", between) is not None


# (s57 labels) a count whose own words name its patients' marker status: "460 KRAS-wt pts", "98 patients with RAS
# wild-type tumours", "a total of 212 BRAF V600E-mutant patients"
_MARKED_COUNT = prefiltered(lazy_compile(
    rf"(?<![\w.,])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d{{1,5}})\s+(?:{_MARKED}\s+(?:(?:metastatic\s+)?(?:m?CRC|colorectal\s+cancer)\s+)?"
    rf"(?i:patients|pts|participants|subjects)\b|(?i:patients|pts|participants|subjects)\s+(?i:with|harbou?ring|carrying|"
    rf"bearing)\s+(?:an?\s+)?{_MARKED.replace('?P<', '?P<x_')})"))


def marked_count(text: str, value: float) -> str | None:
    """The marker status the words of the count ``value`` in ``text`` give its patients, as a label, else None.

    >>> marked_count("RESULTS: 460 KRAS-wt pts were recruited to the primary analysis (324 after June).", 460)
    'KRAS wild-type'
    >>> marked_count("Overall, 98 patients with RAS wild-type tumours were randomised.", 98)
    'RAS wild-type'
    >>> marked_count("Of 134 randomized patients, 98 were RAS wt.", 134) is None
    True
    """
    for m in _MARKED_COUNT.finditer(text):
        if float(m.group("n").replace(",", "")) != value:
            continue
        groups = {k[2:] if k.startswith("x_") else k: v for k, v in m.groupdict().items() if v and k != "n"}
        if groups.get("instability"):
            return groups["instability"]
        gene, status = (groups.get("gene"), groups.get("status")) if groups.get("gene") else \
            (groups.get("gene2"), groups.get("status2"))
        return f"{' '.join(gene.split())}{_status_word(status)}" if gene and status else None
    return None


# the words that make a count that of an analysis: "recruited to the primary analysis", "analysed", "evaluable"
_ANALYSIS_WORDS = lazy_compile(r"\banaly[sz]\w*|\b(?:evaluable|assessable)\b", re.I)


def label_marked_counts(out, states, doc) -> None:
    """Label a trial's (or its arm's) unlabelled count with the marker status its own words give its patients, where
    its sentence counts them into an analysis ("460 KRAS-wt pts were recruited to the primary analysis": the KRAS
    wild-type patients analysed, not the whole trial), unless a sentence naming the trial says it enrolled only
    patients of that status (its context, no part of it). A count of patients with a status that only enrols them
    ("In the X study, 665 BRAF V600E-mutant patients were enrolled") is the trial's own population: no label."""
    owners = {}
    for st in states:
        for entity in [st.trial, *st.every, *st.arms]:
            owners[entity.id] = st
    for k, o in enumerate(out.outcomes):
        st = owners.get(o.arm)
        if st is None or o.metric != "n" or o.subgroup is not None or o.bound is not None:
            continue
        if not _ANALYSIS_WORDS.search(o.evidence.sentence):
            continue  # ("In the X study, 665 BRAF V600E-mutant patients were enrolled": the trial's own population)
        label = marked_count(o.evidence.sentence, o.value)
        if label is None:
            continue
        enrolled = [trials_subgroups.enrolled_population(doc.sentences[i].norm) for i in st.named]
        if any(e and trials_subgroups.selected_by(e, label) for e in enrolled) or \
                trials_subgroups.selected_by(trials_subgroups.enrolled_population(o.evidence.sentence) or "", label):
            continue
        out.outcomes[k] = replace(o, subgroup=normal_subgroup(label))

