"""A document's numbered reference list, and the reference numbers its sentences cite.

A full article cites by number ("A multicenter study³⁸ demonstrated ...", "... within a phase I trial [22]") and
lists its references at its end, each opening with its number and its first author ("38. Fu X, Ying J, ... *Cancer
Sci*. 2023;114:1067.", "[12] Lee AB, ..."). The study a number points to is known by its first author's surname and
the entry's year ("Fu 2023"), the name reviews and readers give it.

The entry's words also say what kind of work it is: a report of a study of its own (its title names a trial, a
study, a phase, a cohort, a case report, patients; ``primary``) or a review, a meta-analysis, a guideline, which a
sentence cites as the source of what it states, never as the study it reports. A number whose entry names no such
study is no study's name, whatever the sentence says about a study (a review cited for a phase I trial it discusses).

The list is parsed once per document (``references``); a sentence's cited numbers are read from its original text,
where superscript numbers are still there (``cited_numbers``, ``study_citation``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from builders.lazy_patterns import lazy_compile

# the heading that opens the list: "References", "## References", "**Bibliography**"
_REFERENCE_HEAD = lazy_compile(r"^\s*#*\s*\**\s*(?:references|bibliography|literature cited)\s*\**\s*$", re.I | re.M)
# a numbered entry: "145. Bai H, Wang WH, ... Title. *Journal*. 2024;16:73–86.", "[12] Lee AB, Park C. Title ..."
# (a hard-wrapped list continues an entry on the lines after its first, up to a blank line or the next entry; a
# no-break space may stand between the words of its opening)
_REFERENCE = lazy_compile(r"^[ \t]*\[?(\d{1,4})[.\]][^\S\r\n]+((?:[^\W\d_][\w'’\-]*[^\S\r\n]){0,3}?[^\W\d_][\w'’\-]+)"
                          r"[^\S\r\n]+[A-Z]{1,3}[,.]"
                          r"([^\n]*(?:\n(?![ \t]*\r?\n)(?![ \t]*\[?\d{1,4}[.\]][ \t])(?![ \t]*#)[^\n]*)*)", re.M)
_LINE_END_HYPHEN = lazy_compile(r"(?<=[a-z])-[ \t]*\r?\n[ \t]*(?=[a-z])")
_REF_YEAR = lazy_compile(r"\b((?:19|20)\d\d)[a-z]?\s*;\s*\d|\(((?:19|20)\d\d)\)|\b((?:19|20)\d\d)\b")
# an entry that reports a study of its own: a trial, a study, a phase, a cohort, a series, a case report, patients
_PRIMARY = lazy_compile(r"\b(?:phase\s*(?:[1-4]|I{1,3}V?)[ab]?\b|trials?\b|study\b|cohorts?\b|case\s+reports?\b|patients\b|"
                        r"first-in-human\b|randomi[sz]ed\b|retrospective\b|prospective\b|multicent(?:er|re)\b|real-world\b)",
                        re.I)
# an entry that is a review of others' work (a case report "and literature review" stays a case report)
_REVIEW = lazy_compile(r"\breview\b|\bmeta-?analys[ie]s\b|\boverview\b|\bguidelines?\b|\bconsensus\b|\bperspectives?\b|"
                       r"\blandscape\b|\bcurrent\s+status\b|\badvances\s+in\b", re.I)
_CASE_REPORT = lazy_compile(r"\bcase\s+reports?\b", re.I)
_DOI = lazy_compile(r"\bdoi\s*:.*$|https?://\S+", re.I)

_SUP_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_DIGIT = str.maketrans(_SUP_DIGITS + "⁻", "0123456789-")
_NUMBERS = r"\d{1,4}(?:\s*[,–\-]\s*\d{1,4})*"
_SUP_NUMBERS = f"[{_SUP_DIGITS}]{{1,4}}(?:[,⁻–\\-][{_SUP_DIGITS}]{{1,4}})*"
# the citation marks of a sentence's original text: "[22]", "[117,174]", "[147–149]", "³⁸", "^{38}", "<sup>38</sup>"
_MARK = lazy_compile(rf"\[(?P<b>{_NUMBERS})\]|(?P<s>{_SUP_NUMBERS})|\^\{{(?P<t>{_NUMBERS})\}}|<sup>(?P<h>{_NUMBERS})</sup>")
# a study word the mark stands right after: "a multicenter study³⁸", "within a phase I trial [22]", "a case report [5]"
_STUDY_MARKED = lazy_compile(rf"\b(?:study|trial|case\s+report|cohort|series)\s*,?\s*(?=\[{_NUMBERS}\]|[{_SUP_DIGITS}]|"
                             rf"\^\{{\d|<sup>\d)", re.I)

# a sentence about one study: "a/an/one <up to four words> study|trial|case report" (not "studies", "trials", "et al.")
_ONE_STUDY = lazy_compile(r"\b(?:an?|one)\s+(?:[\w\-/]+\s+){0,4}?(?:study|trial|case\s+report)\b", re.I)
_OTHERS = lazy_compile(r"\b(?:studies|trials|reports|et\s+al)\b|\b[A-Z][A-Za-z]*-?\d+[A-Za-z]?\b\s+(?:study|trial)\b|"
                       r"\bNCT\d{8}\b", re.I)

# what a superscript number after it is not a citation of: a unit's power ("400 mg/m²", "mm³") or a number's ("10⁹/L")
_POWER_BEFORE = lazy_compile(r"(?:(?:^|[\s/\d(])(?:[mck]?m|[μµ]m|dm)|\d)$")


def _marks(original: str) -> list[re.Match]:
    """The citation marks of a sentence's original text (see ``_MARK``), not a superscript that is a power."""
    return [m for m in _MARK.finditer(original)
            if m.group("s") is None or not _POWER_BEFORE.search(original, max(0, m.start() - 4), m.start())]


@dataclass(frozen=True)
class Reference:
    number: str
    author: str  # the first author's surname
    year: str
    words: str  # the entry after the first author, without its DOI

    @property
    def primary(self) -> bool:
        """Whether the entry reports a study of its own (see the module's note)."""
        return _PRIMARY.search(self.words) is not None and \
            (_REVIEW.search(self.words) is None or _CASE_REPORT.search(self.words) is not None)


def references(reading) -> dict[str, Reference]:
    """The reading's document's numbered reference list: number -> its entry (first author's surname, year, words);
    {} when the document has no list. Parsed once per document, kept by the reading."""
    return reading.document_wide("references", _parse_list)


def _parse_list(reading) -> dict[str, Reference]:
    """The numbered reference list of the reading's document, parsed (see :func:`references`)."""
    doc = reading.doc
    found: dict[str, Reference] = {}
    head = None
    for head in _REFERENCE_HEAD.finditer(doc.text):
        pass  # the last "References" heading opens the list
    if head is not None:
        for m in _REFERENCE.finditer(doc.text, head.end()):
            # the year of "Journal. 2024;16:73" (or "(2024)"), else the last year of the entry: a title may name others
            words = " ".join(_LINE_END_HYPHEN.sub("", m.group(3)).split())
            years = list(_REF_YEAR.finditer(words))
            year = next((y.group(1) or y.group(2) for y in years if y.group(1) or y.group(2)), None) or \
                (years[-1].group(3) if years else None)
            if year and m.group(1) not in found:
                found[m.group(1)] = Reference(m.group(1), m.group(2), year, _DOI.sub("", words))
    return found


# the items of a citation mark ("117,174") and the two ends of a range ("147–149")
_MARK_ITEMS = lazy_compile(r"\s*,\s*")
_RANGE_ENDS = lazy_compile(r"\s*[–\-]\s*")


def _numbers(said: str) -> list[str]:
    """The numbers a mark cites, ranges spelled out: "117,174" -> 117, 174; "147–149" -> 147, 148, 149."""
    out: list[str] = []
    for part in _MARK_ITEMS.split(said.translate(_SUP_TO_DIGIT)):
        ends = _RANGE_ENDS.split(part)
        if len(ends) == 2 and ends[0].isdigit() and ends[1].isdigit() and 0 < int(ends[1]) - int(ends[0]) < 20:
            out.extend(str(n) for n in range(int(ends[0]), int(ends[1]) + 1))
        else:
            out.extend(e for e in ends if e.isdigit())
    return out


def cited_numbers(original: str) -> list[list[str]]:
    """The citation marks of a sentence's original text, each as the numbers it cites."""
    if not any(c in original for c in "[^<" + _SUP_DIGITS):
        return []
    return [_numbers(next(g for g in m.groups() if g)) for m in _marks(original)]


def study_citation(reading, original: str) -> Reference | None:
    """The one study a sentence's study word cites by number ("A multicenter study³⁸ demonstrated ...", "... in a
    phase I trial [12] of A"): the entry of the mark right after the word, when it cites one number, or several of
    which exactly one entry reports a study; None when the document has no list, the mark is not right after a study
    word, or its entry is a review (see the module's note)."""
    refs = references(reading)
    if not refs:
        return None
    marked = [m for m in _STUDY_MARKED.finditer(original)]
    if len(marked) > 1:
        return None
    mark = _MARK.match(original, marked[0].end()) if marked else _closing_mark(original)
    if mark is None:
        return None
    entries = [refs.get(n) for n in _numbers(next(g for g in mark.groups() if g))]
    studies = [e for e in entries if e is not None and e.primary]
    return studies[0] if len(studies) == 1 else None


def _closing_mark(original: str) -> re.Match | None:
    """The one mark of a sentence that speaks of one study only ("A case report documented ... in a patient.³⁷", "A
    phase II study of A reported ... [7]."), where it closes the sentence: that study's source; None when the sentence
    cites more than once, speaks of studies, trials or authors besides, or the mark is not at its end."""
    marks = _marks(original)
    if len(marks) != 1 or original[marks[0].end():].strip(" .;,)") or _OTHERS.search(original) or \
            len(_ONE_STUDY.findall(original)) != 1:
        return None
    return marks[0]


def author_year(reading, original: str, author: str) -> str | None:
    """The year of the one entry a sentence cites by number whose first author is ``author`` ("Valtorta et al
    identified ... .³²" -> 2015); None when no cited entry, or more than one year, is that author's."""
    refs = references(reading)
    if not refs:
        return None
    years = {refs[n].year for said in cited_numbers(original) for n in said
             if n in refs and refs[n].author.lower() == author.lower()}
    return next(iter(years)) if len(years) == 1 else None
