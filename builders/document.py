"""Ingestion: a text file becomes a :class:`Document` of sections, sentences and tables.

Every unit keeps ``start``/``end`` offsets into the original text (as decoded by
:func:`builders.encoding.decode_text`), so evidence can always be checked against the file.
A line ends at ``\n``, ``\r\n`` or a lone ``\r`` (:data:`LINE_END`); the text itself is kept as it is. Matching runs on a
normalised copy of each unit (:func:`normalise`): line breaks joined, words
split by a hyphen or a bare line break repaired, ``<sup>`` tags and LaTeX
Greek letters turned into plain characters.
"""
from __future__ import annotations

import hashlib
import html
import re
import statistics
from dataclasses import dataclass, field

from builders.lazy_patterns import lazy_compile
from kg.model import quote_span

TERMINAL = ".!?"
ABBREVIATIONS = {"et al", "al", "vs", "e.g", "i.e", "eg", "ie", "approx", "cf", "fig", "no", "dr", "ref", "refs",
                 "incl", "resp", "ca", "mr", "ms", "st", "inc", "corp", "co", "ltd", "jr", "sr", "fig", "eq", "p", "u.s",
                 "u.k", "esc"}
# abbreviations written before a number: a month before its day or year ("As of Jan. 18, ...", "Sept. 2020"), pages
# and volumes ("pp. 709-714", "vol. 3"). Their full stop ends no sentence when a digit follows; before a capital it
# may ("... every 2 weeks in Jan. The ...", "a gain of 5 pp. The ..."), so they are not in ABBREVIATIONS.
NUMBER_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "pp", "vol",
                        "vols"}
GREEK = {"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "kappa": "κ", "mu": "μ"}
ROMAN = {"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V", "Ⅵ": "VI", "Ⅶ": "VII"}
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_LIST_OR_FIGURE = lazy_compile(r"^(?:[-•*]\s|\d+[.)]\s|\(?[a-z]\)\s|(?:Figure|Fig\.?|Supplementary)\s)", re.I)
_SENTENCE_INSIDE = lazy_compile(r"(?:\b[a-z]{3,}|\])\.\s+[A-Z]")
_TABLE_CAPTION = lazy_compile(r"^\s*(?:\*\*)?TABLE\s+\d+\s*(?:\||:|\*\*|\s|\.(?=\s))", re.I)
_LEGEND = lazy_compile(r"^\s*(?:\d?[A-Z][A-Za-z0-9\-]*: [A-Z]|Abbreviations|Note:|\d[A-Z][a-z]|mCRC: )")
_MD_HEADING = lazy_compile(r"^\s*#{1,6}\s+")
# a document's title written as a Markdown level-1 heading on its first line (the form PubMed, JATS and BioC titles
# are rendered in, and Markdown texts use)
_MD_TITLE = lazy_compile(r"^\s*#\s+(?=\S)")
# a line of an article's front matter that names its field ("Keywords: ...", "Received: ... Accepted: ..."): a
# list or a date with no full stop, never part of the sentence on the next line
_FRONT_MATTER_FIELD = lazy_compile(r"^\s*(?:\*\*)?(?:key ?words|received|accepted|published online|correspondence(?: to)?)"
                                   r"\s*(?:\*\*)?\s*:", re.I)
# a printed page's running head or foot kept by the text extraction: the short title line "Surname AB et al. Short title"
# (no full stop at its end) or the journal's line with its web address and the issue ("JGH https://www.example.org 929
# March 3, 2021 Volume 12 Issue 4"). Neither is a heading of what follows nor a sentence.
_RUNNING_HEAD = lazy_compile(r"^[A-Z][A-Za-z'\-]+ [A-Z]{1,3} et al\. [A-Z][^.;:]{0,80}[^.;:\s]$"
                             r"|^\S.{0,40}https?://\S+ .{0,60}\bVolume \d+\b.{0,20}$")
_SET_IN = lazy_compile(r"^ +\S")  # a line set in by spaces (not a tab: a table row)
# a Markdown table's rule under its header ("---|---|---", "| :--- | ---: |")
_PIPE_RULE = lazy_compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
# the fewest cells of a line read as a row of a pipe-separated table
_PIPE_CELLS = 3
_NUMBERED_HEADING = lazy_compile(r"^\s*\d+(?:\.\d+)*\s+[A-Z]")
# the back-matter sections whose blocks are not read (references, funding, disclosures ...)
_SKIPPED_SECTIONS = ("references", "data sharing", "acknowledg", "funding", "disclosure", "author contributions")
# words a funding or acknowledgement statement is written with
_FUNDING_WORDS = lazy_compile(r"\b(?:support\w*|grants?|fund\w*|sponsor\w*|financ\w*|thank\w*|acknowledg\w*)\b", re.I)
# the length from which a paragraph under a funding heading, with no word of funding, is body text that lost its
# heading (a bibliographic page's "Funding" list of sponsors is followed by the abstract)
_BODY_PARAGRAPH = 600
_RUNIN_HEADING = lazy_compile(r"^([A-Z][A-Za-z0-9\-/ ,()]{2,70}?):\s+[A-Z]")
# a structured abstract's later part opening inside the paragraph ("... Methods: Patients were ..."): the
# sentences from it on belong to that part, not to the label the paragraph began with
_LABEL_WORDS = r"Background|Purpose|Objectives?|Aims?|Methods|(?:Patients|Materials),? and methods|Design|Results|Findings|" \
               r"Conclusions?|Interpretation"
_INLINE_LABEL = lazy_compile(rf"({_LABEL_WORDS})\s*:\s", re.I)
# a structured abstract's label in capitals glued to the first word of its paragraph by a page's scraping
# ("BACKGROUNDColorectal cancer ...", "RESULTSA total of ...", "PURPOSEERBB2 overexpression ..."): the longest label
# first, then the word after it (see :func:`_glued_label`)
_GLUED_LABEL = lazy_compile(r"[ \t]*((?:PATIENTS|MATERIALS) AND METHODS|EXPERIMENTAL DESIGN|BACKGROUND|PURPOSE|"
                            r"OBJECTIVES?|AIMS?|INTRODUCTION|METHODS|DESIGN|RESULTS|FINDINGS|CONCLUSIONS?|"
                            r"INTERPRETATION|DISCUSSION)([A-Z0-9][A-Za-z0-9\-/]*)(.?)")
# words set in bold with Markdown's double asterisks ("**Results:** A total of ...", "the **primary endpoint**"): read
# as the words themselves, so a structured abstract's label in bold is a label as in plain text
_MD_BOLD = lazy_compile(r"\*\*(?=\S)([^*\n]{1,120}?)(?<=\S)\*\*")
_SUP_TAG = lazy_compile(r"<sup>([^<]{0,12})</sup>")
_TAG = lazy_compile(r"</?(?:sup|sub|i|b|em|strong)>")
# "$\beta_2$ -microglobulin" and "( $\beta_2m$ )": a Greek letter with a subscript digit and up to two letters
# glued on; a space the TeX left before a hyphen that goes on with the word is dropped.
_TEX_GREEK = lazy_compile(r"(\s*)\$\s*\\(alpha|beta|gamma|delta|kappa|mu)(?:_\{?(\d)\}?)?([a-z]{0,2})\s*\$"
                          r"(?:[ \t]+(?=-[A-Za-z])|[ \t]+(?=[ \t]))?")  # (a run of spaces after the formula keeps one)
_TEX_GREEK_BARE = lazy_compile(r"\\(alpha|beta|gamma|delta|kappa|mu)(?![A-Za-z])")
_TEX_INLINE = lazy_compile(r"\$([^$\r\n]{0,40})\$")
_TEX_SUPERSCRIPT = lazy_compile(r"\^\{[\d,–\-]+\}")
_SUPERSCRIPT_RUN = lazy_compile(f"[{SUPERSCRIPTS}]+")
# an HTML character reference left in a text saved from a web page ("5-FU &amp; leucovorin", "10&#8211;13
# months", "&lt;0.001", "KRAS&nbsp;G12C"): only a complete one, ended by its ';'
_HTML_ENTITY = lazy_compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# a percent sign set apart from its number by a (thin or non-breaking) space, "53.5\u2009%": one value, as "53.5%"
_SPACED_PERCENT = lazy_compile(r"(?<=\d) %(?![\w%])")
_DECIMAL_MIDDLE_DOT = lazy_compile(r"(?<=\d)[\u00b7\u2022](?=\d)")  # the Lancet's decimal point, "9\u00b78 months" (some
# renderings put the bullet "9\u20221 months"); a bullet before a space (a list item) is left alone
# a line ends at "\n", "\r\n" or a lone "\r" (a "\r\n" is one line end, never two)
EOL = r"(?:\r\n|\r(?!\n)|\n)"
LINE_END = lazy_compile(EOL)
# a paragraph break: two "\n" with at most blanks and tabs between them
BLANK_LINE = lazy_compile(r"\n[ \t]*\n")
# First parts after which a line-end hyphen is the compound's own in the biomedical literature
# (wild-type, first-line, non-small, dose-dependent), and second parts before which it is
# (EGFR-targeted, drug-resistant, treatment-free) when the first part has three letters or more.
# Used only when the document itself writes neither the joined nor the hyphenated form.
HYPHEN_FIRST = frozenset({"non", "self", "well", "wild", "first", "second", "third", "later", "long", "short",
                          "low", "high", "dose", "time", "cell", "single", "double", "multi", "pan"})
HYPHEN_SECOND = frozenset({"free", "based", "induced", "mediated", "dependent", "positive", "negative", "mutant",
                           "mutated", "resistant", "associated", "specific", "targeted", "derived", "treated",
                           "naive", "refractory", "sensitive", "expressing", "amplified"})
_BROKEN_WORD = lazy_compile(rf"([A-Za-z]+)(-?)[ \t]*{EOL}\s*([A-Za-z]+)")
_SPLIT_MARKS = lazy_compile(r"[(\[)\].!?]")  # the characters sentence splitting looks at
_CITATION_AFTER = lazy_compile(r"(?:\[[\d,\-–\s]+\]|\^\{[\d,\-–]+\})")
# a note's number set on the line after a sentence's full stop: "... (P = .006).2 The median PFS was ...", also
# several ("... treatments.7,8,9 Strikingly, ...", "... reported.1–3 Recent ..."), before the next sentence's capital
_FOOTNOTE_AFTER = lazy_compile(r"\d{1,3}(?:[,\-–]\d{1,3}){0,6}(?=[ \t]+[A-Z])")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
# A "sentence" longer than this many characters (text with no sentence end for pages: a list or a
# table flattened into one line, short lines with no punctuation) is read in pieces of at most this
# length, each cut at the last line break, ';', ',' or space before the limit (see
# :func:`_cap_sentences`). The longest sentence of the bundled corpus and the dev texts has 1,023
# characters, so only such inputs are cut. Every reading step works per sentence and some of them
# compare the mentions of a sentence pairwise, so this keeps reading linear in the document's size
# (and the sentence quoted as evidence short).
MAX_SENTENCE_CHARS = 4000


@dataclass(frozen=True)
class Sentence:
    """A prose sentence (or one table row) of a document."""

    start: int
    end: int
    text: str  # original slice, whitespace collapsed
    norm: str  # normalised text used for matching
    section: str
    index: int
    subsection: str = ""


@dataclass
class Table:
    """A table: its caption and either rows of cells (tab- or pipe-separated) or flattened lines."""

    caption: str
    start: int
    kind: str  # "tsv" (rows of cells: tab- or pipe-separated) or "flat"
    rows: list[Sentence] = field(default_factory=list)  # tsv: one per row; flat: one per line
    cells: list[list[str]] = field(default_factory=list)  # tsv only: normalised cells per row


@dataclass
class Document:
    name: str
    text: str
    sha256: str
    sentences: list[Sentence] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    sections: list[tuple[int, str]] = field(default_factory=list)
    publications: tuple[str, ...] = ()  # PMID:, PMC:, doi: CURIEs of the document (builders.formats)

    def quote(self, start: int, end: int) -> dict:
        """Keyword arguments for :class:`~kg.model.Evidence` that pin ``text[start:end]`` exactly."""
        return quote_span(self.text, start, end)


class DocumentError(ValueError):
    """A file that cannot be read as a document; the message says why and what to do."""


def collapse(text: str) -> str:
    """Collapse runs of whitespace to one space and strip.

    >>> collapse(" a\\n  b\\t c ")
    'a b c'
    """
    return " ".join(text.split())


def _greek(match: re.Match) -> str:
    letter = GREEK[match.group(2)] + (match.group(3) or "") + match.group(4)
    before = match.string[match.start() - 1] if match.start() > 0 else " "
    lead = "" if before in "-(/" or before.isdigit() or match.group(1) == "" else " "
    return lead + letter


def normalise(text: str, joinable: frozenset = frozenset()) -> str:
    """Normalised text for matching: joined lines, repaired words, plain symbols.

    >>> normalise("hypersens-\\nitivity to TGF- $\\\\beta$ and CD8<sup>+</sup> cells, phase Ⅲ")
    'hypersensitivity to TGF-β and CD8+ cells, phase III'
    >>> normalise("the KRYSTAL\u20111 trial")
    'the KRYSTAL-1 trial'
    >>> normalise("9\u00b78 vs 6\u00b70 months; p=0\u00b7124")
    '9.8 vs 6.0 months; p=0.124'
    >>> normalise("\u2022 PFS 9\u20221 vs 5\u20221 months")
    '\u2022 PFS 9.1 vs 5.1 months'
    >>> normalise("cetuximab &amp; FOLFIRI for 10&#8211;13&nbsp;months, p &lt; 0.05, R&D &foo;")
    'cetuximab & FOLFIRI for 10\u201313 months, p < 0.05, R&D &foo;'
    >>> normalise("FOLFOX + Bevacizumab 143    53.5\u2009% 10.1 24.3")
    'FOLFOX + Bevacizumab 143 53.5% 10.1 24.3'
    """
    if "&" in text:
        text = _HTML_ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    if "**" in text:
        text = _MD_BOLD.sub(r"\1", text)
    # each substitution runs only when the character its pattern starts from is in the text
    if "<" in text:
        text = _SUP_TAG.sub(r"\1", text)
        text = _TAG.sub("", text)
    if "$" in text:
        text = _TEX_GREEK.sub(_greek, text)
    if "\\" in text:
        text = _TEX_GREEK_BARE.sub(lambda m: GREEK[m.group(1)], text)  # "MIP 1 $\\alpha/\\beta$"
        text = text.replace("\\geq", "≥").replace("\\leq", "≤").replace("\\pm", "±").replace("\\%", "%")
    if "$" in text:
        text = _TEX_INLINE.sub(r"\1", text)
    if "^{" in text:
        text = _TEX_SUPERSCRIPT.sub("", text)
    text = _SUPERSCRIPT_RUN.sub("", text)
    for roman, plain in ROMAN.items():
        text = text.replace(roman, plain)
    text = text.replace("⍺", "α")
    if "\u00b7" in text or "\u2022" in text:
        text = _DECIMAL_MIDDLE_DOT.sub(".", text)
    if "\u2010" in text or "\u2011" in text:
        text = text.replace("\u2010", "-").replace("\u2011", "-")  # the (non-breaking) hyphen of web text: "KRYSTAL‑1"

    def join(match: re.Match) -> str:
        left, hyphen, right = match.group(1), match.group(2), match.group(3)
        if hyphen:
            whole = (left + right).lower()
            if right[0].islower() and (whole in joinable or ((left + "-" + right).lower() not in joinable and
                                                             not _compound_hyphen(left, right))):
                return left + right
            return left + "-" + right
        if (left + right).lower() in joinable:
            return left + right
        return left + " " + right

    if "\n" in text or "\r" in text:
        text = _BROKEN_WORD.sub(join, text)
    text = collapse(text)
    if " %" in text:
        text = _SPACED_PERCENT.sub("%", text)
    return text


def _compound_hyphen(left: str, right: str) -> bool:
    """Whether a line-end hyphen between two words the document writes in neither form is the compound's own
    ("irinotecan-" + "resistant", "wild-" + "type", "KRAS-" + "mutant"), as :mod:`builders.pdf` judges it."""
    return (left.lower() in HYPHEN_FIRST or (len(left) >= 3 and right.lower() in HYPHEN_SECOND) or
            any(c.isupper() for c in left[1:]))


_LOWER_WORD = lazy_compile(r"(?<![\w-])[a-z][a-z]+(?![\w-])")
_NUMBER_CELL = lazy_compile(r"(?<![\w.])\d+(?:\.\d+)?%?(?![\w.])")
_ABBREVIATION_DEFINED = lazy_compile(r"\b[A-Z][A-Za-z0-9\-/]*[A-Z][A-Za-z0-9\-/]*: [A-Z][a-z]+[^;]{0,60};")


def _prose_line(line: str) -> bool:
    """A line after a flattened table's rows that is no row: a legend that defines abbreviations ("ORR: Objective
    response rate; PFS: ...") or a line of running prose (seven lower-case words and no more than one number cell),
    as in a hard-wrapped text where no blank line or long line ends the table."""
    if _ABBREVIATION_DEFINED.search(line):
        return True
    body = re.sub(r"\[[\d,\-–\s]+\]", "", line)
    return len(_LOWER_WORD.findall(body)) >= 7 and len(_NUMBER_CELL.findall(body)) <= 1


def _is_heading(line: str, median: float) -> bool:
    s = line.strip()
    if not s or "\t" in s:
        return False
    if _MD_HEADING.match(s) or (s.startswith("**") and s.endswith("**")):
        return True
    if len(s) > 90 or s[-1] in ".,;:":
        return False
    if _NUMBERED_HEADING.match(s) and len(s) < 90:
        return True
    letters = [c for c in s if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 and len(s) > 3:
        return True
    return median < 150 and len(s) < 0.55 * median and s[0].isupper() and not s[-1].isdigit()


_MARKED = lazy_compile(r"\s*(?:#|\*\*)")  # a line marked as a heading in Markdown
# the length from which a block ending with a full stop is a paragraph of running text (past a document's front matter)
_PROSE_PARAGRAPH = 200


def _marked_title_line(line: str, median: float) -> bool:
    """Whether a heading line is one only by its Markdown marks ("## ...", "**...**") or by being set in capitals: the
    same words, three or more, written plainly would be no heading in this document (a long-lined text, where a
    title's lines are read as sentences).

    >>> _marked_title_line("## The XYZ-1 Randomized Clinical Trial", 300), _marked_title_line("THE XYZ-1 RANDOMIZED TRIAL", 300)
    (True, True)
    >>> _marked_title_line("## Abstract", 300), _marked_title_line("## The XYZ-1 Randomized Clinical Trial", 100)
    (False, False)
    """
    plain = _heading_text(line)
    if len(plain.split()) < 3:
        return False
    if _shouted(plain):
        plain = plain[0] + plain[1:].lower()
    return not _is_heading(plain, median)


def _continues_sentence(text: str, block_start: int, block_end: int, nxt: str, median: float) -> bool:
    """Whether the text after a blank line carries on the sentence a block left open (its last character is no
    full stop): the next text begins in lower case or with a bracket ("... 4.5 mo" / "(HR = 1.01; ..."), or, in
    a hard-wrapped text (short lines), the open block is running prose whose last line is a full wrapped line
    and the next line is no heading, caption or list item ("... did not improve" / "OS (31.0 mo vs 25.8 mo ..."
    across a page or column break of a PDF's text). Front matter and author lists (no full sentence inside, or a
    short last line) stay apart."""
    if nxt[:1].islower() or nxt[:1] in "([":
        return True
    if median >= 150 or _is_heading(nxt, median) or _TABLE_CAPTION.match(nxt) or _LIST_OR_FIGURE.match(nxt) \
            or _RUNIN_HEADING.match(nxt):
        return False
    block = text[block_start:block_end].rstrip()
    last_line = block.rsplit("\n", 1)[-1].strip()
    return (block.count("\n") >= 2 and (block[-1:].isalnum() or block[-1:] in ",-")
            and len(last_line) >= 0.8 * median and _SENTENCE_INSIDE.search(block) is not None)
_HEADING_MAX_WORDS = 16


def _wrapped_heading_end(text: str, lines, i: int, median: float) -> int | None:
    """The last line of a heading wrapped over up to three lines of a hard-wrapped text (the index into
    ``lines``), or None: lines opening a block with no closing punctuation, the last one short (a wrapped
    line of prose runs to the full width), and the next line opening with a capital ("Treatment outcome of
    anti-EGFR therapy for patients / with RAS wild type mCRC / An activating mutation ...")."""
    first = text[lines[i][0]:lines[i][1]].strip()
    if not first[:1].isupper() or median <= 0:
        return None
    words = 0
    for k in range(i, min(i + 3, len(lines) - 1)):
        line = text[lines[k][0]:lines[k][1]].strip()
        nxt = text[lines[k + 1][0]:lines[k + 1][1]].strip()
        words += len(line.split())
        if not line or line[-1] in TERMINAL + ",;:" or "\t" in line or words > _HEADING_MAX_WORDS or \
                re.search(r"[.;:]\s", line):
            return None
        if len(line) < 0.8 * median and nxt[:1].isupper() and len(nxt.split()) >= 3:
            return k if k > i or len(line) >= 0.55 * median else None
    return None


def _glued_label(line: str, joinable: frozenset) -> int:
    """The end of a structured abstract's label glued to the first word of its paragraph at the start of ``line`` (an
    index into the line), or 0: the word after the label is a capitalised word ("RESULTSThe median ..."), "A" before a
    word ("METHODSA total of ..."), a number with more text after it, a name with a digit ("PURPOSEERBB2 ...") or a
    name in capitals the text writes on its own while it never writes the whole as one word ("METHODSKRAS ..."). An
    ordinary word that begins with a label ("RESULTSHEET", "DESIGNATED") and a label alone on its line are none.

    >>> [_glued_label(x, frozenset({"kras"})) for x in ("RESULTSThe median PFS was 5 months.", "METHODSA total of",
    ...  "PURPOSEERBB2", "METHODSKRAS was tested", "RESULTS54 patients", "CONCLUSIONS: We", "RESULTSHEET", "METHODS",
    ...  "DESIGNATED AREA", "AIMS", "RESULTS1", "Results are")]
    [7, 7, 7, 7, 7, 0, 0, 0, 0, 0, 0, 0]
    """
    m = _GLUED_LABEL.match(line)
    if not m:
        return 0
    word, after = m.group(2), m.group(3)
    if word[0].isdigit():
        glued = line[m.end(1):].strip() != word
    elif len(word) == 1:
        glued = word == "A" and after in (" ", "\t")
    elif word[1].islower():
        glued = True
    else:
        glued = any(c.isdigit() for c in word) or (word.lower() in joinable and
                                                   (m.group(1) + word).lower() not in joinable)
    return m.end(1) if glued else 0


def _heading_text(line: str) -> str:
    s = re.sub(r"[#*]", "", line).strip()
    return collapse(s)


_LETTER_WORD = lazy_compile(r"[A-Za-z][A-Za-z\-]*[A-Za-z]")


def _word_sets(text: str) -> frozenset:
    """Lower-cased words that occur in the middle of a line (to repair broken words)."""
    words: set[str] = set()
    for line in text.splitlines():
        tokens = _LETTER_WORD.findall(line)
        words.update(map(str.lower, tokens[1:-1]))
    return frozenset(words)


# how far from its opening a bracket still holds the full stops inside it: a bracket open longer has lost its closing
# one in the source, and its sentences are split as if it had closed
UNCLOSED_BRACKET_CHARS = 300
# a structured abstract's section label after a full stop ("... therapy. Methods: ..."), which no bracket holds
_LABEL_NEXT = lazy_compile(rf"\s+(?:{_LABEL_WORDS}|Introduction)\s*:")


# a list item's bullet opening a line ("  • ARM B: A plus B"): the item is a sentence of its own, whether or not the
# item before it closed with a full stop
_LINE_BULLET = lazy_compile(r"\n[ \t]*(?=[•▪◦‣●■][ \t])")


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]`` (offsets into ``text``); a bulleted list item that opens a line opens a
    sentence.

    >>> t = "Arms:" + chr(10) + "  • ARM A: A alone" + chr(10) + "  • ARM B: A plus B"
    >>> [t[a:b] for a, b in _split_sentences(t, 0, len(t))]
    ['Arms:', '• ARM A: A alone', '• ARM B: A plus B']
    """
    if "\n" in text[start:end]:
        cuts = [m.end() for m in _LINE_BULLET.finditer(text, start, end)]
        if cuts:
            bounds = [start, *cuts, end]
            return [span for a, b in zip(bounds, bounds[1:]) for span in _split_sentences_in(text, a, b)]
    return _split_sentences_in(text, start, end)


def _split_sentences_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]`` (offsets into ``text``), split at full stops."""
    spans = []
    cur = start
    i = start
    depth = 0
    opened = -1  # where the outermost open bracket opened
    while i < end:
        mark = _SPLIT_MARKS.search(text, i, end)  # every other character is passed over
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        if ch in "([" and not (ch == "[" and text.startswith(("image:", "Image:", "IMAGE:"), i + 1)):
            depth += 1  # (a figure's description, "[image: ...]", is read sentence by sentence)
            opened = i if depth == 1 else opened
        elif ch in ")]":
            depth = max(0, depth - 1)
        if ch in TERMINAL and depth and (i - opened > UNCLOSED_BRACKET_CHARS or _LABEL_NEXT.match(text, i + 1, end)):
            # a bracket the text never closed ("an antibody to PD-1 (PD-1 in a cohort of patients. Methods: ...") holds
            # no more: not past a section's label, nor for long
            depth = 0
        if ch in TERMINAL and depth == 0:
            j = i + 1
            # closing quotes, citation markers, superscripts
            while j < end and (text[j] in "\"'”’)" + SUPERSCRIPTS):
                j += 1
            m = _CITATION_AFTER.match(text, j, end) or (_FOOTNOTE_AFTER.match(text, j, end) if i > 0 and (
                text[i - 1].isalpha() or text[i - 1] == ")") else None)
            if m:
                j = m.end()
            k = j
            while k < end and text[k].isspace():  # a no-break or thin space too ("TKI.\u00a0A case report")
                k += 1
            if k == end or (k > j and (text[k].isupper() or text[k].isdigit() or text[k] in "“\"([")) or \
                    (k > j and (_cited_before_lower(text, cur, i, k, end) or _LOWER_NAME.match(text, k, end))):
                prev = _word_before(text, cur, i).lower().rstrip(".")
                # (a letter joined by a hyphen to the word before, "MSI-H." or "VEGF-A.", ends a name, no initial)
                # (nor an arm's label ending its sentence, "in arm A versus B.", "with arms B and C.")
                initial = len(prev) == 1 and prev.isalpha() and ch == "." and not _HYPHENED_LETTER.match(text, max(cur, i - 3), i) \
                    and not _ARM_LETTERS_BEFORE.search(text, max(cur, i - 40), i)
                numbered = prev in NUMBER_ABBREVIATIONS and text[k].isdigit()  # "Jan. 18", "pp. 709"
                if not (prev in ABBREVIATIONS or initial or numbered) or k == end:
                    spans.append((cur, j))
                    cur = k
                    i = k
                    continue
        i += 1
    if cur < end and text[cur:end].strip():
        spans.append((cur, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return _cap_sentences(text, out)


# a capital letter a hyphen joins to the letter or digit before it ("MSI-H", "VEGF-A"), right before a full stop
_HYPHENED_LETTER = lazy_compile(r"[A-Za-z0-9]-[A-Za-z]$")
# the label letters of arms, groups or cohorts right before a full stop: "in study arm A versus B", "with arms B and C"
_ARM_LETTERS_BEFORE = lazy_compile(r"\b(?:[Aa]rms?|[Gg]roups?|[Cc]ohorts?)\s+[A-H](?:\s*(?:,|,?\s+and|,?\s+or|\s+versus|"
                                   r"\s+vs\.?|\s+v\.?)\s+[A-H])*$")
_CITATION_BEFORE = lazy_compile(r"\[[\d,\-–\s]{1,20}\]$")
_LOWER_OPENING = lazy_compile(r"[a-z]{2,}[\s,]")
# a name that opens a sentence in lower case as it is always written: a prefix before a capital ("mTOR", "ctDNA",
# "mCRC", "miR-31", "pSTAT3", "c-MET"), a Greek letter before a hyphen ("β-catenin") or a protein named by its weight
# ("p53"); never a link or an identifier ("doi:10...", "http")
_LOWER_NAME = lazy_compile(r"(?:[a-z]{1,4}-?[A-Z][A-Za-z0-9\-]*|[α-ω]-[A-Za-z]+|p\d{2,3})(?=[\s,;]|$)")


def _cited_before_lower(text: str, lo: int, stop: int, k: int, end: int) -> bool:
    """A full stop right after a citation bracket ("... wild type[15,56]. moreover, ...") ends its sentence even
    when the next word is written lower case (a capital lost in extraction): a bracket of reference numbers
    is not an abbreviation, and no sentence goes on after it."""
    return bool(_CITATION_BEFORE.search(text, max(lo, stop - 24), stop)) and bool(_LOWER_OPENING.match(text, k, end))


def _word_before(text: str, lo: int, hi: int) -> str:
    """The word (letters and dots, starting with a letter) that ends ``text[lo:hi]``, or "": what
    ``re.search(r"([A-Za-z][A-Za-z.]*)$", text[lo:hi])`` finds, without copying the span.

    >>> _word_before("see Fig. 2 of e.g.", 0, 18), _word_before("a 2.", 0, 3), _word_before("x.y\\n", 0, 4)
    ('e.g.', '', 'x.y')
    """
    end = hi - 1 if hi > lo and text[hi - 1] in "\n\r" else hi  # "$" also matches before a final line break
    start = end
    while start > lo and text[start - 1] in _WORD_CHARS:
        start -= 1
    while start < end and text[start] == ".":
        start += 1
    return text[start:end]


def _last_char(text: str, lo: int, hi: int) -> str:
    """The last non-space character of ``text[lo:hi]`` ("" if none): ``text[lo:hi].rstrip()[-1:]``
    without copying the span."""
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return text[hi - 1] if hi > lo else ""


def _cap_sentences(text: str, spans: list[tuple[int, int]], limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``spans`` with every span longer than ``limit`` characters cut into pieces of at most ``limit``,
    each ending at the last line break, ';', ',' or space of its second half (else at the limit).

    >>> text = "KRAS G12C, " * 5
    >>> [text[s:e] for s, e in _cap_sentences(text, [(0, len(text) - 1)], 24)]
    ['KRAS G12C, KRAS G12C,', 'KRAS G12C, KRAS G12C,', 'KRAS G12C,']
    """
    out = []
    for start, end in spans:
        while end - start > limit:
            stop = start + limit
            cut = -1
            for marks in (("\n", "\r"), (";",), (",",), (" ",)):
                cut = max(text.rfind(mark, start + limit // 2, stop) for mark in marks)
                if cut != -1:
                    break
            cut = stop if cut == -1 else cut + 1
            piece_end = cut
            while piece_end > start and text[piece_end - 1].isspace():
                piece_end -= 1
            if piece_end > start:
                out.append((start, piece_end))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            out.append((start, end))
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, its line end left out.

    >>> _lines("a\\nbc\\r\\nd\\re"), _lines("a\\n")
    ([(0, 1), (2, 4), (6, 7), (8, 9)], [(0, 1), (2, 2)])
    """
    spans, pos = [], 0
    for end in LINE_END.finditer(text):
        spans.append((pos, end.start()))
        pos = end.end()
    spans.append((pos, len(text)))
    return spans


def has_line_end(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds a line end (``\\n``, ``\\r\\n`` or ``\\r``)."""
    return LINE_END.search(text, start, len(text) if end is None else end) is not None


def parse_document(name: str, text: str, sha256: str | None = None, publications: tuple[str, ...] = ()) -> Document:
    """Split ``text`` into sections, sentences and tables, keeping offsets.

    ``sha256`` is that of the file's bytes (default: of ``text`` as UTF-8, the same for a UTF-8 file);
    ``publications`` the document's identifiers, carried by every evidence read from it.

    >>> doc = parse_document("t.txt", "INTRODUCTION\\nKRAS is mutated in 40% of\\ncases. BRAF is not.\\n")
    >>> [s.text for s in doc.sentences]
    ['KRAS is mutated in 40% of cases.', 'BRAF is not.']
    >>> doc.sentences[0].section
    'INTRODUCTION'
    """
    doc = Document(name=name, text=text, sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(),
                   publications=tuple(publications))
    lines = _lines(text)
    nonempty = [e - s for s, e in lines if text[s:e].strip()]
    median = statistics.median(nonempty) if nonempty else 0
    joinable = _word_sets(text)
    written_forms = None  # (worked out at the first sentence set in capitals: most documents have none)
    paragraph_mode = median >= 150

    section = ""
    blocks: list[tuple[int, int, str]] = []  # (start, end, section)
    cur_start: int | None = None
    cur_end = 0
    i = 0
    n = len(lines)

    prose_seen = False  # whether a paragraph of running text has been read (the front matter ends at it)

    def close():
        nonlocal cur_start, prose_seen
        if cur_start is not None:
            blocks.append((cur_start, cur_end, section))
            prose_seen = prose_seen or (cur_end - cur_start >= _PROSE_PARAGRAPH and _last_char(text, cur_start, cur_end) in TERMINAL)
        cur_start = None

    while i < n:
        s, e = lines[i]
        line = text[s:e]
        stripped = line.strip()
        if _RUNNING_HEAD.match(stripped):
            # page furniture: it ends the open block as a page break does, and it is neither heading nor sentence
            close()
            i += 1
            continue
        if _TABLE_CAPTION.match(line) and "(continued)" not in line.lower():
            close()
            i = _read_table(doc, text, lines, i, median)
            continue
        if "\t" in line and stripped:
            close()
            i = _read_table(doc, text, lines, i, median, caption_line=False)
            continue
        if "|" in line and _pipe_table_at(text, lines, i):
            close()
            i = _read_pipe_table(doc, text, lines, i)
            continue
        if not stripped:
            # a page break inside a sentence: keep the block open if the next text continues it
            j = i + 1
            while j < n and not text[lines[j][0]:lines[j][1]].strip():
                j += 1
            if cur_start is not None and j < n:
                nxt = text[lines[j][0]:lines[j][1]].strip()
                prev = _last_char(text, cur_start, cur_end)
                if prev and prev not in TERMINAL + ":" and _continues_sentence(text, cur_start, cur_end, nxt, median):
                    i = j
                    continue
            close()
            i = j  # the blank lines up to j would each close the (now closed) block again
            continue
        title = _MD_TITLE.match(line) if not doc.sections and not blocks and cur_start is None else None
        if title and not _is_heading(line[title.end():], median):
            # a title too long to be a heading is read as the same line without its "#" is: a sentence of its own
            # (its drugs, markers and trial count), before any section
            cur_start, cur_end = s + title.end(), e
            close()
            i += 1
            continue
        ended = cur_start is None or _last_char(text, cur_start, cur_end) in TERMINAL + ":"
        glued = _glued_label(line, joinable) if ended else 0
        if glued:
            # "RESULTSThe median ...": the label is the section's heading, its paragraph starts right after it
            close()
            section = line[:glued].strip()
            doc.sections.append((s, section))
            cur_start, cur_end = s + glued, e
            i += 1
            continue
        if _is_heading(line, median) and ended:
            if not prose_seen and _marked_title_line(line, median) and (blocks or not _MARKED.match(line)):
                # a title's line (its subtitle "The XYZ Randomized Clinical Trial") above the first paragraph, a heading
                # only by its Markdown marks or its capitals: read as the same line without them is, a sentence of
                # its own under no new section (the trial or drugs it names count); a line marked as a heading that
                # opens the text is its first section's heading
                close()
                cur_start, cur_end = s + len(line) - len(line.lstrip(" \t#")), e
                close()
                i += 1
                continue
            close()
            section = _heading_text(line)
            doc.sections.append((s, section))
            i += 1
            continue
        if _FRONT_MATTER_FIELD.match(line):
            # the field's line is a block of its own: the list or date it holds ends with the line
            close()
            cur_start, cur_end = s + (len(line) - len(line.lstrip())), e
            close()
            i += 1
            continue
        last = _wrapped_heading_end(text, lines, i, median) if cur_start is None and not paragraph_mode else None
        if last is not None:
            section = _heading_text(" ".join(text[a:b] for a, b in lines[i:last + 1]))
            doc.sections.append((s, section))
            # the heading's words are read as a sentence of their own (their names count), never joined
            # to the first sentence below it
            cur_start, cur_end = s + (len(line) - len(line.lstrip())), lines[last][1]
            close()
            i = last + 1
            continue
        if cur_start is None:
            cur_start = s + (len(line) - len(line.lstrip()))
        elif paragraph_mode:
            if not (_last_char(text, cur_start, cur_end) not in TERMINAL + ":" and stripped[:1].islower()):
                close()
                cur_start = s + (len(line) - len(line.lstrip()))
        cur_end = e
        i += 1
    close()

    index = 0
    for b_start, b_end, b_section in blocks:
        if b_section.lower().startswith(_SKIPPED_SECTIONS):
            if not _lost_body(text, b_start, b_end, b_section):
                continue
            b_section = ""  # (the abstract after a page's list of sponsors: no part of the funding section)
        subsection = ""
        opening = text[b_start:b_end] if not text.startswith("**", b_start) else \
            _MD_BOLD.sub(r"\1", text[b_start:min(b_end, b_start + 200)])  # (a label in bold: "**Results:** ...")
        m = _RUNIN_HEADING.match(opening)
        if m and len(m.group(1).split()) <= 9:
            subsection = collapse(m.group(1))
        for s_start, s_end in _split_sentences(text, b_start, b_end):
            raw = text[s_start:s_end]
            label = _INLINE_LABEL.match(raw) if s_start > b_start and raw[:1].isupper() else None
            if label:
                subsection = label.group(1)
            norm = normalise(raw, joinable)
            if _shouted(norm):
                written_forms = _written_forms(text) if written_forms is None else written_forms
                norm = recase(norm, written_forms)
            doc.sentences.append(Sentence(s_start, s_end, collapse(raw), norm, b_section,
                                          index, subsection))
            index += 1
    return doc


def pipe_cells(line: str) -> list[str]:
    """The cells of a line of a pipe-separated table: split at each ``|``, the empty cells outside the first and last
    bar dropped.

    >>> pipe_cells("| CRYSTAL | FOLFIRI + cetuximab | 57.3 |")
    ['CRYSTAL', 'FOLFIRI + cetuximab', '57.3']
    >>> pipe_cells("Trial | Phase | ORR (%) |")
    ['Trial', 'Phase', 'ORR (%)']
    """
    cells = [c.strip() for c in line.split("|")]
    if cells and not cells[0] and line.lstrip().startswith("|"):
        cells = cells[1:]
    if cells and not cells[-1] and line.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


def _pipe_row(line: str, cells: int = 2) -> bool:
    """Whether ``line`` has at least ``cells`` cells with text between bars."""
    return line.count("|") >= _PIPE_CELLS - 1 and sum(1 for c in pipe_cells(line) if c) >= cells


def _pipe_table_at(text: str, lines, i: int) -> bool:
    """Whether line ``i`` opens a pipe-separated table (a Markdown table, or a text whose tables were written out with
    `` | `` between cells): a row of at least three cells followed by the table's rule or by a second row of as many
    cells. One line with bars ("PDF | HTML | How to cite", a site's menu) is no table, nor is a page's list of fields
    and values ("Journal | Journal of Gastrointestinal Cancer |", "Summary: | MODUL is ..."): its prose is read as
    sentences."""
    s, e = lines[i]
    if not _pipe_row(text[s:e], _PIPE_CELLS) or _PIPE_RULE.match(text[s:e]):
        return False
    if i + 1 >= len(lines):
        return False
    nxt = text[lines[i + 1][0]:lines[i + 1][1]]
    if _PIPE_RULE.match(nxt):
        return True
    return _pipe_row(nxt) and len(pipe_cells(nxt)) == len(pipe_cells(text[s:e]))


def _read_pipe_table(doc: Document, text: str, lines, i: int, caption: str = "", start: int | None = None) -> int:
    """Read the pipe-separated table whose header is line ``i`` (see :func:`_pipe_table_at`); its rule lines are
    skipped, every other line with a bar is a row (a row's cells as :func:`pipe_cells` gives them). The table starts
    at ``start`` (its caption's line, when it has one), else at its header. Returns the index of the first line
    after the table."""
    section = doc.sections[-1][1] if doc.sections else ""
    table = Table(caption=caption, start=lines[i][0] if start is None else start, kind="tsv")
    doc.tables.append(table)
    j = i
    while j < len(lines):
        ls, le = lines[j]
        line = text[ls:le]
        if "|" not in line or not line.strip():
            break
        if not _PIPE_RULE.match(line):
            raw = line.rstrip()
            table.cells.append([normalise(c) for c in pipe_cells(raw)])
            table.rows.append(Sentence(ls + (len(line) - len(line.lstrip())), ls + len(raw), collapse(raw), normalise(raw),
                                       section, len(table.rows)))
        j += 1
    return j


_CAPS_WORD = lazy_compile(r"[A-Za-z]{2,}")
# the share of a line's letters in capitals from which it is written in capitals throughout (a title set in capitals)
_SHOUTED_SHARE = 0.8


_NO_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")


def _shouted(line: str) -> bool:
    """Whether ``line`` is written in capitals throughout: three words or more, at least 80% of its letters capitals."""
    if 4 * (len(line) - len(line.translate(_NO_LOWER))) > len(line):
        return False  # (more lower-case letters than a quarter of the line: never 80% capitals; most lines end here)
    letters = [c for c in line if c.isascii() and c.isalpha()]
    return len(_CAPS_WORD.findall(line)) >= 3 and sum(c.isupper() for c in letters) >= _SHOUTED_SHARE * len(letters)


# the words a study's report calls its design by, never a name: read in lower case in a title set in capitals even where
# the text writes them nowhere else ("RANDOMIZED TRIAL OF X ...", "PHASE III STUDY OF ...", "... CLINICAL TRIAL"); not
# the plural "trials" (a word in capitals before it is no trial's name, "LESSONS FOR FUTURE TRIALS", only while it too
# stays in capitals)
_DESIGN_WORDS = frozenset({"randomized", "randomised", "randomly", "clinical", "phase", "trial", "study",
                           "multicenter", "multicentre", "multinational", "international", "open", "label", "double",
                           "blind", "placebo", "controlled", "single", "arm", "pivotal", "analysis", "cohort", "results",
                           "final", "updated", "interim", "pooled", "versus", "plus", "with", "without", "alone",
                           "for", "of", "in", "and", "or", "the", "an", "as", "to", "vs"})
# a name of parts joined by hyphens ("LUME-Colon", "non-MSI-H", "TAS-CC4"), read whole
_JOINED_NAME = lazy_compile(r"(?<![\w-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![\w-])")


def _written_forms(text: str) -> dict:
    """How ``text`` writes its words outside the lines set in capitals throughout, by each word in lower case: the words
    a title in capitals may be read in. A word written in lower case anywhere is read so ("met" written and "MET" never
    is a word, never the gene), one written only with its first letter a capital is read so ("Tecentriq"), and a
    name of parts joined by hyphens as the text writes it ("LUME-Colon", "non-MSI-H"); a word or name the text also
    writes in capitals stays in capitals.

    >>> sorted(_written_forms("LUME-Colon 1 met. MET, Tecentriq, Met\\nA TITLE LINE IN CAPITALS").items())
    [('colon', 'Colon'), ('lume-colon', 'LUME-Colon'), ('tecentriq', 'Tecentriq')]
    """
    lower, capital, upper = set(), {}, set()
    for line in text.splitlines():
        if _shouted(line):
            continue
        for word in _CAPS_WORD.findall(line):
            if word.islower():
                lower.add(word)
            elif word.isupper():
                upper.add(word.lower())
            elif word[1:].islower():
                capital.setdefault(word.lower(), word)
        if "-" in line:
            for name in _JOINED_NAME.findall(line):
                key = name.lower()
                if name.isupper():
                    upper.add(key)
                elif name != key and "-" in name:
                    capital.setdefault(key, name)
    forms = {w: f for w, f in capital.items() if w not in lower}
    forms.update((w, w) for w in lower)
    return {w: f for w, f in forms.items() if w not in upper}


def recase(norm: str, written: dict) -> str:
    """A sentence written in capitals throughout, with each word the rest of its document writes otherwise written so
    (:func:`_written_forms`), and the words of a study's design in lower case; names the document writes only in
    capitals ("AXL", "EGFR", "FRESCO") stay. Other sentences are returned as they are. The length never changes.

    >>> recase("AXL IS A PREDICTOR OF RESISTANCE TO ANTI-EGFR THERAPY", {"is": "is", "a": "a", "predictor": "predictor",
    ...        "of": "of", "resistance": "resistance", "to": "to", "anti": "anti", "therapy": "therapy"})
    'AXL is A predictor of resistance to anti-EGFR therapy'
    >>> recase("MET amplification IS rare", {"is": "is"})
    'MET amplification IS rare'
    >>> recase("RANDOMIZED PHASE III TRIAL OF XYZ-101 IN THE LUME-COLON 1 COHORT", {"lume-colon": "LUME-Colon"})
    'randomized phase III trial of XYZ-101 in the LUME-Colon 1 cohort'
    """
    if not _shouted(norm):
        return norm
    if "-" in norm and written:
        norm = _JOINED_NAME.sub(lambda m: written.get(m.group(0).lower(), m.group(0)) if m.group(0).isupper()
                                else m.group(0), norm)
    return _CAPS_WORD.sub(lambda m: _recased(m.group(0), written), norm)


def _recased(word: str, written: dict) -> str:
    if not word.isupper():
        return word
    key = word.lower()
    return written.get(key, key if key in _DESIGN_WORDS else word)


def _lost_body(text: str, start: int, end: int, section: str) -> bool:
    """Whether a block under a funding or acknowledgement heading is body text that lost its own heading: a long
    paragraph with no word of funding or thanks (a bibliographic page lists the sponsors under "Funding", then gives
    the abstract with no heading)."""
    return section.lower().startswith(("funding", "acknowledg")) and end - start >= _BODY_PARAGRAPH and \
        _FUNDING_WORDS.search(text, start, end) is None


_CAPTION_LINES = 3


def _wrapped_caption_end(text: str, lines, j: int) -> int:
    """The line after a table's caption that a hard-wrapped layout continued on up to two more lines ("Table 1:
    Combination therapies under investigation in" / "liver metastasized colorectal cancer"): lines opening
    lower-case, without a tab, up to a blank line that tab-separated rows follow; ``j`` itself (the line after the
    caption's first) when the caption is not so continued.

    >>> t = "Table 1: Trials of agents in\\nliver metastases\\n\\nAgent\\tPhase\\nA\\tII\\n"
    >>> _wrapped_caption_end(t, _lines(t), 1)
    2
    >>> t = "Table 1: Trials of agents\\nA flat row 12 34\\n\\nAgent\\tPhase\\n"
    >>> _wrapped_caption_end(t, _lines(t), 1)
    1
    """
    n = len(lines)
    k = j
    while k < n and k - j < _CAPTION_LINES - 1:
        line = text[lines[k][0]:lines[k][1]]
        if not line.strip() or "\t" in line or _TABLE_CAPTION.match(line) or len(line) > 200 or \
                not line[:1].islower() or line.rstrip().endswith("."):
            break
        k += 1
    if k == j:
        return j
    m = k
    while m < n and not text[lines[m][0]:lines[m][1]].strip():
        m += 1
    return k if k < n and not text[lines[k][0]:lines[k][1]].strip() and m < n and \
        "\t" in text[lines[m][0]:lines[m][1]] else j


def _read_table(doc: Document, text: str, lines, i: int, median: float, caption_line: bool = True) -> int:
    """Read a table starting at line ``i``; returns the index of the first line after it."""
    n = len(lines)
    s, e = lines[i]
    j = i + 1 if caption_line else i
    if caption_line and "\t" not in text[s:e]:
        j = _wrapped_caption_end(text, lines, j)  # (a caption with a tab carries the header cells: never wrapped)
    caption = collapse(re.sub(r"[*]", "", text[s:lines[j - 1][1]].split("\t")[0])) if caption_line else ""
    # tab-separated table: the caption line itself may carry the header cells (001)
    header_inline = caption_line and "\t" in text[s:e]
    k = j
    while k < n and not text[lines[k][0]:lines[k][1]].strip():
        k += 1
    is_tsv = header_inline or (k < n and "\t" in text[lines[k][0]:lines[k][1]])
    if caption_line and not is_tsv and k < n and "|" in text[lines[k][0]:lines[k][1]] and _pipe_table_at(text, lines, k):
        # "Table 2. Trials of ..." over a pipe-separated table: its rows are cells, as without the caption
        return _read_pipe_table(doc, text, lines, k, caption, s)
    section = doc.sections[-1][1] if doc.sections else ""
    table = Table(caption=caption, start=s, kind="tsv" if is_tsv else "flat")
    doc.tables.append(table)
    if is_tsv:
        first = i if header_inline else k
        j = first
        blank_run = 0
        while j < n:
            ls, le = lines[j]
            line = text[ls:le]
            if "\t" in line:
                blank_run = 0
                row_end = le
                m = j + 1
                while m < n and text[lines[m][0]:lines[m][1]].strip() and "\t" not in text[lines[m][0]:lines[m][1]] \
                        and not _LEGEND.match(text[lines[m][0]:lines[m][1]]) and not _TABLE_CAPTION.match(text[lines[m][0]:lines[m][1]]):
                    row_end = lines[m][1]
                    m += 1
                raw = text[ls:row_end]
                cells = [normalise(c) for c in raw.split("\t")]
                if j == first and header_inline:
                    cells = cells[1:]
                table.cells.append(cells)
                table.rows.append(Sentence(ls, row_end, collapse(raw), normalise(raw), section, len(table.rows)))
                j = m
                continue
            if not line.strip():
                blank_run += 1
                if blank_run > 2:
                    break
                j += 1
                continue
            break
        return j
    # flattened table: every line up to the legend (or a long prose line)
    j = i + 1
    while j < n:
        ls, le = lines[j]
        line = text[ls:le]
        if _LEGEND.match(line) and j > i + 2:
            break
        if line.strip() and (len(line.strip()) > 200 or (len(table.rows) >= 2 and _prose_line(line))):
            break
        if line.strip():
            table.rows.append(Sentence(ls, le, collapse(line), normalise(line), section, len(table.rows)))
        j += 1
    # the legend paragraph belongs to the table too: skip it, up to a blank line or a line set in by a space
    # after flush legend lines, which opens the next block of running text (" OTHER TARGETED AGENTS",
    # " Second-line and salvage treatment ...": a PDF's text where no blank line follows the legend)
    first = j
    while j < n and text[lines[j][0]:lines[j][1]].strip():
        if j > first and _SET_IN.match(text[lines[j][0]:lines[j][1]]) and \
                not _SET_IN.match(text[lines[j - 1][0]:lines[j - 1][1]]):
            break
        j += 1
    return j
