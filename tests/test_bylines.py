"""The byline of an article (builders/bylines.py) and the names it gives the report's own trial."""
from rule_cases import context

from builders import read_document
from builders.bylines import byline

_HEAD = "Pyrotinib plus trastuzumab for HER2-positive metastatic colorectal cancer: a phase 2 trial\n"


def test_a_bibliographic_author_line_and_the_journal_year():
    assert byline(_HEAD + "Fu X, Ying J, Yang L, Fang W, Han W\nCancer Sci. 2023;114(3):1067-1074.\n") == ("Fu", "2023")


def test_an_author_line_of_full_names_with_affiliation_marks():
    text = _HEAD + "Sukeshi Patel Arora1, Anand Tewari2, Steven Wolf3 and John Sarantopoulos1\n2022-09-01\n"
    assert byline(text) == ("Arora", "2022")


def test_an_author_line_written_initials_first():
    text = _HEAD + "G Holm 1, J L B Lind 1, D Berg 1,*, A R Ek 2\nBr J Cancer 2005;93:510.\n"
    assert byline(text) == ("Holm", "2005")
    assert byline(_HEAD + "K. Holm1, B.L. Lind1, M.G.H. van Ek2, C.J.A. Berg4\n2012\n") == ("Holm", "2012")
    assert byline(_HEAD + "E Van Holm, T Lind, H J Berg, S Ek\n2019\n") == ("Van Holm", "2019")


def test_an_author_manuscript_s_deposit_date_is_not_its_year():
    text = ". Author manuscript; available in PMC: 2017 Aug 7.\nPublished in final edited form as: Clin Cancer Res. 2015;21:1313.\n" \
        "\nPilot trial of drug A\n\nRona Holm 1, Andrea Lind 1, Eileen Berg 1, Diane Ek 1\n"
    assert byline(text) == ("Holm", "2015")


def test_an_author_run_into_the_title_line_before_it():
    text = "Phase II study of drug A in patients with metastatic colorectal cancer E Holm1, A Lind2, T Berg3 and J Ek*,1\n" \
        "Br J Cancer (2016) 114, 372\n"
    assert byline(text) == ("Holm", "2016")
    # a line of gene names and alterations is no author line
    assert byline(_HEAD + "KRAS G12C, NRAS Q61K, BRAF V600E, PIK3CA E545K\n2019\n") is None


def test_a_full_name_run_into_a_title_in_title_case():
    # (the title's last words are capitalised too: the surname is the last word before the first comma)
    text = "Journal of Things 56:106-117 (2017)\nA Subset of Tumours With Gene Gain May Resist Drug A Anna Holm,1,2 " \
        "Bert Lind,1 Carl Berg,3 Dora Ek,1\n"
    assert byline(text) == ("Holm", "2017")
    # (a title of words only, its commas between phrases, has no author)
    assert byline("Background, Methods, Results and Conclusions Of A Trial, Drug Arms, Other Points\n2019\n") is None


def test_a_cited_article_cut_short_by_et_al():
    text = "The paper of the month.\n\nHolm, J., Lind, J.H., Berg, S.X. et al.\nA phase 2 trial of drug A. Nat Med (2023)\n"
    assert byline(text) == ("Holm", "2023")
    assert byline("Holm, J., Lind, J.H. et al.\nSome title without a year\n\nText.\n") == ("Holm", None)


def test_no_author_line_or_no_year():
    assert byline(_HEAD + "By Jane Smith\nPublished 2021\n") is None  # one writer is no author line
    assert byline(_HEAD + "Fu X, Ying J, Yang L, Fang W\n\nBackground: HER2 is a target.\n") == ("Fu", None)


def _trial_synonyms(tmp_path, text):
    path = tmp_path / "report.txt"
    path.write_text(text)
    result = read_document(path, context())
    return {e.name: set(e.synonyms) for e in result.entities if e.category == "Trial"}


def test_the_report_s_own_trial_is_also_named_by_its_byline(tmp_path):
    text = _HEAD + "Fu X, Ying J, Yang L, Fang W\nCancer Sci. 2023;114(3):1067.\n\nMethods: In this phase 2 trial, " \
        "patients received pyrotinib plus trastuzumab.\nResults: A total of 20 patients were enrolled. The objective " \
        "response rate was 45.0%.\n"
    trials = _trial_synonyms(tmp_path, text)
    assert {"Fu 2023", "Fu et al. 2023"} <= trials["phase II study of pyrotinib + trastuzumab"]


def test_a_review_s_trial_takes_no_byline(tmp_path):
    text = "Anti-HER2 therapy in colorectal cancer: a review\nFu X, Ying J, Yang L, Fang W\nCancer Sci. 2023;114:1067.\n\n" \
        "In the phase 2 HERACLES-A trial, patients received trastuzumab plus lapatinib. The response rate was 30%.\n"
    trials = _trial_synonyms(tmp_path, text)
    assert all("Fu 2023" not in synonyms for synonyms in trials.values())


def test_a_bibliographic_page_s_byline_under_the_title(tmp_path):
    text = "Clinical Trial\n. 2023 Mar;114(3):1067-1074.\ndoi: 10.1111/cas.00000. Epub 2022 Dec 5.\n\n" \
        "Dual therapy with pyrotinib and trastuzumab for HER2-positive colorectal cancer: A phase 2 trial\n\n" \
        "Xianhua Fu et al. Cancer Sci. 2023 Mar.\n\nAbstract\n\nResults: Twenty patients were enrolled. The objective " \
        "response rate was 45.0%.\n"
    trials = _trial_synonyms(tmp_path, text)
    assert any("Fu 2023" in synonyms for synonyms in trials.values())


def test_a_trial_named_only_in_passing_takes_no_byline(tmp_path):
    text = "Tumour HER2 expression in colorectal cancer cell lines\nFu X, Ying J, Yang L, Fang W\nCancer Sci. 2023;114:1067.\n\n" \
        "Results: As in the phase 2 HERACLES-A trial, where the response rate was 30%, HER2 was amplified in 5% of lines.\n"
    trials = _trial_synonyms(tmp_path, text)
    assert all("Fu 2023" not in synonyms for synonyms in trials.values())


def test_a_publisher_s_citation_of_the_article_itself():
    text = _HEAD + "\nCite\n\nCITATION STYLE\n\nAPA\n\nHolm, K., Lind, B. L., Berg, M., Ek, S., … Dahl, T. (2019). " \
        "Drug A for colorectal cancer. Journal of Tests, 3(2), 11–19.\n"
    assert byline(text) == ("Holm", "2019")
    # two authors are no author line
    assert byline(_HEAD + "Holm, K., Lind, B. L. (2019). Drug A for colorectal cancer. J Tests.\n") is None


def test_a_news_report_s_lead_author_and_date():
    text = "Drug A Helps Some Patients With mCRC\n\nMarch 3, 2017\n\nA phase II study of drug A was published.\n" \
        "“The benefit was clear,” wrote Anna B. Holm, MD, of City Hospital, Oslo, Norway, and colleagues.\n"
    assert byline(text) == ("Holm", "2017")
    text = "World GI 2021: Drug A in mCRC\n\n“It works,” says the study’s principal investigator Karl Lind, MD, of Town Clinic.\n"
    assert byline(text) == ("Lind", "2021")


def test_no_news_lead_when_two_are_named_and_no_year_when_two_are_given():
    two = "Drug A in mCRC\nMarch 3, 2017\nAnna Holm, MD, of City Hospital, and colleagues wrote. Karl Lind, MD, " \
        "of Town Clinic, and colleagues replied.\n"
    assert byline(two) is None
    dated = "Drug A in mCRC\nMarch 3, 2017\nAnna Holm, MD, of City Hospital, and colleagues report results " \
        "(Lancet Oncol 2016;17:100–9).\n"
    assert byline(dated) == ("Holm", None)
    # one quoted without "and colleagues" is a commentator, not the article's lead
    assert byline("Drug A in mCRC\nMarch 3, 2017\n“A fine study,” said Anna Holm, MD, of City Hospital.\n") is None


def test_a_news_report_s_study_is_named_by_its_lead_author(tmp_path):
    text = "Drug A Shows Benefit in Refractory mCRC\n\nMarch 3, 2017\n\nIn a phase II study published in a journal, " \
        "pyrotinib was tested in patients with refractory mCRC.\n\n“Pyrotinib was active,” wrote Anna B. Holm, MD, of " \
        "City Hospital, Oslo, Norway, and colleagues.\n\nThis study enrolled 48 patients with refractory disease. " \
        "The objective response rate was 20.8%.\n"
    trials = _trial_synonyms(tmp_path, text)
    assert any("Holm 2017" in synonyms for synonyms in trials.values())


# s43 byl: author lines of other page shapes, and a year only in the page's publication date
def test_an_author_list_set_one_name_to_a_line():
    assert byline(_HEAD + "Authors:\n- Anna Holm\n- Bo Lind\n- Carl Berg\nJournal: 2019\n") == ("Holm", "2019")
    text = "Article\n\n" + _HEAD + "\nby\nAnna Holm\n1,*,\nBo Lind\n2\nCarl Berg\n1 and\nDora Ek\n3\n1\nDept A, Oslo\n" \
        "Published: 4 May 2021\n"
    assert byline(text) == ("Holm", "2021")
    # a PDF's names, each followed by its affiliation marks on lines of their own
    text = _HEAD + "\nS. Holm\n\n1,2\n\n*\n\n, A. Lind\n\n1\n\n, P. Q. Berg\n\n3\n\n& L. Roe\n\n5\n\n1\nDept A, Oslo\n" \
        "Ann Oncol 2019;30:1\n"
    assert byline(text) == ("Holm", "2019")
    # a list of title words under "By" is no author list
    assert byline(_HEAD + "By\nColorectal Cancer\nDrug Resistance\nTumour Microenvironment\n2019\n") is None


def test_the_year_of_the_publication_date_far_below_the_author_line():
    text = "Abstract\nAnna Holm1, Bo Lind1, Carl Berg2, Dora Ek3\n1Dept A, Oslo\n2Dept B, Oslo\n3Dept C, Bergen\n" \
        "Correspondence to: Bo Lind\nKeywords: colorectal cancer, cetuximab\nReceived: May 2, 2016 Accepted: July 1, " \
        "2016 Published: August 3, 2016\n"
    assert byline(text) == ("Holm", "2016")
    text = _HEAD + "Anna Holm1, Bo Lind2, Carl Berg1, Dora Ek3\n1 Dept A, Oslo\n2 Dept B, Oslo\n3 Dept C, Bergen\n" \
        "Correspondence: x\n© 2019 The Authors\n"
    assert byline(text) == ("Holm", "2019")


def test_names_in_capitals_superscript_marks_and_institutions_after_a_semicolon():
    assert byline(_HEAD + "ANNA HOLM1, BO LIND2, CARL BERG1, DORA EK3\nPublished: 3 May 2019\n") == ("Holm", "2019")
    assert byline(_HEAD + "Anna Holm¹, Bo Lind², Carl Berg¹,³, Dora Ek³\nAnn Oncol 2019;30:1\n") == ("Holm", "2019")
    text = _HEAD + "Anna Holm, Bo Lind, Carl Berg, Dora Ek; University Hospital, Oslo, Norway; Karolinska, Stockholm, " \
        "Sweden\nJ Clin Oncol 37, 2019 (suppl; abstr 3521)\n"
    assert byline(text) == ("Holm", "2019")
    # a line of key words is no author line
    assert byline(_HEAD + "Keywords: Colorectal Cancer, Drug Resistance, Tumour Microenvironment; Cetuximab\n2019\n") is None


def test_a_meeting_abstract_s_first_author_line():
    text = _HEAD + "First Author: Anna B. Holm, MD, University Hospital, Oslo\nMeeting: 2019 ASCO Annual Meeting\n"
    assert byline(text) == ("Holm", "2019")
    assert byline(_HEAD + "First Author: Anna Holm MD PhD\n2019\n") == ("Holm", "2019")
    assert byline(_HEAD + "First author: colorectal cancer\n2019\n") is None


def test_a_research_portal_s_record_run_together_and_an_abstract_after_the_authors():
    # (s43 t7n) a research portal's record: its fields run into their labels, and its abstract, one long line, follows
    # the author line closely; the years the abstract's prose gives are not the article's year
    prose = "We retrospectively reviewed the records of all patients who were treated with cetuximab at one centre from 1998 to 2012."
    text = _HEAD + "\nAnna Holm, Bo Lind, Carl Berg, Dora Ek\n\nResearch output: Contribution to journalArticle\n\n" + \
        prose + "\n\nOriginal languageEnglish\nPublication statusPublished - Apr 2 2021\n"
    assert byline(text) == ("Holm", "2021")
    assert byline(text.replace("Publication statusPublished", "StatePublished")) == ("Holm", "2021")
    # a short line under the authors still gives the year, and no date at all gives none
    assert byline(_HEAD + "Anna Holm, Bo Lind, Carl Berg, Dora Ek\nAnn Oncol 2018;29:1\n" + prose) == ("Holm", "2018")
    assert byline(_HEAD + "Anna Holm, Bo Lind, Carl Berg, Dora Ek\n" + prose) == ("Holm", None)


def test_an_author_line_under_a_bold_or_bulleted_label_and_names_with_extended_latin_capitals():
    # a summary page's "**Authors:**" and a record's "• Authors:" label the author line; a Turkish, Polish or Czech
    # surname may begin with a capital of the Latin Extended-A letters ("İ", "Ł", "Š")
    assert byline(_HEAD + "**Authors:** Ayşe Kaya İlgen, Burak Ek, Cem Lind, Derya Holm\nJ Clin Med · 2025-03-01\n") == \
        ("İlgen", "2025")
    assert byline(_HEAD + "  • Authors: Łucja Nowak, Šimon Berg, Ann Lind\n  • Publication Date: 2021\n") == ("Nowak", "2021")
    # near miss: a bulleted line of key words is no author line
    assert byline(_HEAD + "  • Keywords: Colorectal Cancer, Drug Resistance, Cetuximab, Biomarkers\n  • 2021\n") is None
