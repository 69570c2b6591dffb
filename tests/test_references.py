"""A study a review cites by number is named by its reference entry's first author and year (builders/references.py,
builders/trials_focus.py ``_unnamed_of``, ``_cited_study``). The texts are made up."""
import pytest

from rule_cases import run_builder

# a long article's background (a document of a few sentences is read as one report of its own)
_BACKGROUND = "## 1. Introduction\n\n" + " ".join(
    f"Tumour biology point {i} shapes how metastatic colorectal cancer responds to therapy." for i in range(70)) + "\n\n"
_TITLE = "Treating metastatic colorectal cancer: a narrative review\n\n"
_REFERENCES = """

## References

7. Quill AB, Rowe C, Tan D, et al. Zorbafenib plus panitumumab in RAS wild-type metastatic colorectal cancer: a multicentre phase 2 trial. *Fict Oncol*. 2021;12(3):101–109.
8. Marsh P, Lee Q. Anti-EGFR antibodies in colorectal cancer: a review of resistance. *Fict Rev Oncol*. 2019;4:1–20.
9. Ortega LM, Baines K, et al. Regorafenib and nivolumab in patients with microsatellite-stable colorectal cancer: results of a phase 1b study. *Fict Cancer*. 2022;8:55–63.
10. Yarrow T, Holt S. Emerging immunotherapy strategies: an overview. *Fict Immunol*. 2020;2:9–18.
[11] Brandt H, Kohl E. Cetuximab rechallenge in patients with metastatic colorectal cancer: a retrospective cohort. *Fict Gastro*. 2018;3:40–47.
"""


def _trials(body: str) -> dict[str, set[str]]:
    """Trial name -> the regimens it evaluates, read by the prose trial reader in a review with ``body``."""
    from builders import trials_text

    out = run_builder(trials_text.build, _TITLE + _BACKGROUND + "## 2. Clinical studies\n\n" + body + _REFERENCES)
    names = {e.id: e.name for e in out.entities.values()}
    found: dict[str, set[str]] = {names[e.id]: set() for e in out.entities.values() if e.category == "Trial"}
    for a in out.assertions:
        if a.predicate == "evaluates":
            found.setdefault(names.get(a.subject, a.subject), set()).add(names.get(a.object, a.object))
    return found


def _document(body: str):
    from builders.document import parse_document

    return parse_document("case.txt", _TITLE + _BACKGROUND + body + _REFERENCES)


def _reading(body: str):
    from builders.context import Reading
    from rule_cases import context

    return Reading(_document(body), context())


def test_reference_list_entries():
    from builders import references

    refs = references.references(_reading("Text."))
    assert (refs["7"].author, refs["7"].year, refs["7"].primary) == ("Quill", "2021", True)
    assert (refs["11"].author, refs["11"].year, refs["11"].primary) == ("Brandt", "2018", True)
    assert not refs["8"].primary and not refs["10"].primary  # a review, an overview


@pytest.mark.parametrize("said, numbers", [
    ("A phase II study [7] of A.", [["7"]]), ("A trial⁷ of A.", [["7"]]), ("in trials [8-10].", [["8", "9", "10"]]),
    ("in trials [7,9].", [["7", "9"]]), ("A study^{12} of A.", [["12"]]), ("No marks here.", []),
    # a power, no citation: a dose per square metre, a count per litre
    ("A was given at 400 mg/m² every two weeks.", []), ("neutrophils below 1.5 × 10⁹/L.", []),
])
def test_cited_numbers(said, numbers):
    from builders import references

    assert references.cited_numbers(said) == numbers


@pytest.mark.parametrize("body, name, regimen", [
    # the mark right after the study word, in brackets or as a superscript; a range with one study among reviews
    ("A phase II study [7] of zorbafenib plus panitumumab reported an objective response rate of 31% in 48 patients.",
     "Quill et al. 2021", "panitumumab + zorbafenib"),
    ("A phase Ib study⁹ evaluated regorafenib plus nivolumab in 70 patients with microsatellite-stable disease.",
     "Ortega et al. 2022", "nivolumab + regorafenib"),
    # the sentence's one mark, closing a sentence that speaks of one study only; a case report of one patient
    ("A phase II study of zorbafenib plus panitumumab reported an objective response rate of 31% in 48 patients [7].",
     "Quill et al. 2021", "panitumumab + zorbafenib"),
    ("A case report documented prolonged progression-free survival with cetuximab monotherapy in a heavily pretreated "
     "patient.¹¹", "Brandt et al. 2018", "cetuximab"),
    ("The activity of cetuximab on rechallenge has been demonstrated in a phase II trial [10,11] in 40 patients.",
     "Brandt et al. 2018", None),  # (its regimen becomes an arm once a value is given)
])
def test_study_named_by_its_reference(body, name, regimen):
    found = _trials(body)
    assert name in found, sorted(found)
    assert regimen is None or regimen in found[name], found[name]


@pytest.mark.parametrize("body, not_named", [
    # the number points to a review: the study keeps its descriptive name
    ("A phase II study [8] of zorbafenib plus panitumumab reported an objective response rate of 31% in 48 patients.",
     "Marsh et al. 2019"),
    # two studies among the numbers: which one is not said
    ("A phase II study [7,9] of zorbafenib plus panitumumab reported an objective response rate of 31% in 48 patients.",
     "Quill et al. 2021"),
    # two marks: which one is the study's is not said
    ("A phase II study of zorbafenib plus panitumumab [10] reported an objective response rate of 31% in 48 patients [7].",
     "Quill et al. 2021"),
    # a closing mark of a sentence that also speaks of other studies
    ("A phase II study of zorbafenib plus panitumumab reported an objective response rate of 31% in 48 patients, as "
     "earlier studies had suggested [7].", "Quill et al. 2021"),
])
def test_study_not_named_by_a_review_or_an_unclear_mark(body, not_named):
    found = _trials(body)
    assert not_named not in found, sorted(found)
    assert any(n.startswith("phase II study of") for n in found), sorted(found)


def test_author_without_year_takes_the_year_of_the_cited_entry():
    from builders import references

    reading = _reading("Ortega et al identified responses in 12 of 70 tumours.⁹")
    said = next(s for s in reading.doc.sentences if "Ortega" in s.norm)
    assert references.author_year(reading, said.text, "Ortega") == "2022"
    assert references.author_year(reading, said.text, "Quill") is None  # not that entry's first author


def test_case_report_citing_a_review_is_not_named_by_it():
    found = _trials("A case report documented prolonged progression-free survival with cetuximab monotherapy in a heavily "
                    "pretreated patient [8].")
    assert "Marsh et al. 2019" not in found, sorted(found)
