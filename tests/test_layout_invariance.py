"""The same text in another layout gives the same facts: a page saved from the web with its HTML character
references left in ("&amp;", "&lt;", "&#8211;", "&nbsp;") and a hard-wrapped, typeset copy of a sentence a curated
fact quotes.

The texts are made up for the test."""
from builders.curated import locate
from rule_cases import read_relations, read_trials

_PLAIN = ("Acquired KRAS mutations confer resistance to cetuximab and panitumumab. "
          "Patients with KRAS G12C mutations were resistant to cetuximab. "
          "Tumours with MET amplification are resistant to cetuximab & panitumumab.")
_HTML = ("Acquired KRAS mutations confer resistance to cetuximab &amp; panitumumab. "
         "Patients with KRAS&nbsp;G12C mutations were resistant to cetuximab. "
         "Tumours with MET amplification are resistant to cetuximab &amp; panitumumab.")

_TRIAL = ("In the phase III ORCHARD-2 trial, 300 patients with RAS wild-type mCRC were randomised to cetuximab plus "
          "FOLFIRI or FOLFIRI alone. Median PFS was 10.9 months with cetuximab plus FOLFIRI and 8.8 months with "
          "FOLFIRI alone (HR 0.70; p = 0.001); the ORR was 61% vs 43%.")
_TRIAL_HTML = _TRIAL.replace(" months", "&nbsp;months").replace("p = ", "p &lt; ").replace("61% vs", "61%&#160;vs")


def test_html_character_references_give_the_same_facts():
    plain = read_relations(_PLAIN)
    assert ("KRAS mutation", "confers_resistance_to", "panitumumab") in plain
    assert read_relations(_HTML) == plain


def test_html_character_references_give_the_same_outcomes():
    assert read_trials(_TRIAL_HTML) == read_trials(_TRIAL)


def test_a_quote_is_found_in_a_hard_wrapped_typeset_copy():
    quote = 'The "rescue" strategy gave a 10-13 month benefit in KRAS & NRAS wild-type tumours.'
    text = ("Before. The \u201crescue\u201d strategy gave a 10\u201313 month bene-\r\nfit in KRAS &amp; NRAS "
            "wild-type\r\ntumours. After.")
    span = locate(text, quote)
    assert span is not None and text[span[0]:span[1]].endswith("tumours.") and text[span[0]:].startswith("The ")
    assert locate(text, "benefit in BRAF") is None


# a no-break space after a sentence's full stop (and its note number), as a typeset or web page sets it
_SPACED = ("Zorvatinib is a potent HER2 tyrosine kinase inhibitor.12 Acquired KRAS mutations confer resistance to "
           "cetuximab. MET amplification confers resistance to panitumumab.")


def test_a_no_break_space_after_a_full_stop_ends_the_sentence():
    from builders.document import parse_document

    plain = read_relations(_SPACED)
    assert ("KRAS mutation", "confers_resistance_to", "cetuximab") in plain
    nbsp = _SPACED.replace(". ", ".\u00a0").replace(".12 ", ".\u00b9\u00b2\u00a0")
    assert len(parse_document("n.txt", nbsp).sentences) == 3
    assert read_relations(nbsp) == plain


# a percent sign set apart by a thin space in a table's row flattened from a PDF
_FLAT_TABLE = """Table 2 Outcomes of the made-up LARCH trial
   LARCH    FOLFOX + Cetuximab 210    57.8% 10.9 34.2
            FOLFOX + Bevacizumab 205  53.5% 10.1 24.3
"""


def test_a_thin_space_before_a_percent_sign_gives_the_same_row():
    from builders.document import parse_document

    plain = [s.norm for t in parse_document("t.txt", _FLAT_TABLE).tables for s in t.rows]
    thin = [s.norm for t in parse_document("t.txt", _FLAT_TABLE.replace("%", "\u2009%")).tables for s in t.rows]
    assert plain and thin == plain


# a tab-separated table whose caption a hard-wrapped layout continued on a second line
_TSV = ("Table 1: Combination strategies under investigation in metastatic colorectal cancer\n\n"
        "Agents\tStrategy\tTrial information\tOutcomes\n"
        "Zorvalimab + Bevacizumab\tICI + anti-VEGF\tPINEWOOD-3, Phase II (NCT09999991)\tHigher response rate\n"
        "Zorvalimab + Regorafenib\tICI + TKI\tPINEWOOD-4, Phase I\tPromising activity\n")


def _tables(text):
    from builders.document import parse_document

    return [(t.kind, t.caption, [c[0] for c in t.cells]) for t in parse_document("t.txt", text).tables]


def test_a_wrapped_caption_keeps_its_table_tab_separated():
    wrapped = _TSV.replace("investigation in metastatic", "investigation in\nmetastatic")
    assert _tables(_TSV)[0][0] == "tsv"
    assert _tables(wrapped) == _tables(_TSV)
    from builders import trials_table
    from rule_cases import run_builder

    def arms(text):
        out = run_builder(trials_table.build, text)
        return {e.name for e in out.entities.values() if e.category == "TrialArm"}

    assert arms(_TSV) and arms(wrapped) == arms(_TSV)


# a reference list hard-wrapped: an entry's year (and its study words) on the lines after its first
_REFERENCE_LIST = """A made-up review of rechallenge

Zorbafenib was combined with panitumumab in a phase 2 trial [7].

## References

7. Quill AB, Rowe C, Tan D, et al. Zorbafenib plus panitumumab in RAS wild-type metastatic colorectal cancer: a multicentre retrospective study. *Fict Oncol*. 2021;12(3):101–109.
8. Marsh P, Lee Q. Anti-EGFR antibodies in colorectal cancer: a review of resistance. *Fict Rev Oncol*. 2019;4:1–20.
"""


def _reference_list(text):
    from builders.context import Reading
    from builders.document import parse_document
    from builders.references import references
    from rule_cases import context

    doc = parse_document("r.txt", text)
    return {k: (r.author, r.year, r.primary) for k, r in references(Reading(doc, context())).items()}


def test_a_hard_wrapped_reference_list_gives_the_same_entries():
    import textwrap

    head, _, entries = _REFERENCE_LIST.partition("## References\n\n")
    wrapped = head + "## References\n\n" + "\n".join(
        textwrap.fill(e, 60, break_on_hyphens=False) for e in entries.strip().split("\n")).replace(
        "retrospective", "retro-\nspective") + "\n"
    assert "\n2021;" in wrapped and "retro-\nspective" in wrapped  # the year on an entry's last line
    assert _reference_list(_REFERENCE_LIST) == {"7": ("Quill", "2021", True), "8": ("Marsh", "2019", False)}
    assert _reference_list(wrapped) == _reference_list(_REFERENCE_LIST)
    assert _reference_list(wrapped.replace("\n", "\r\n")) == _reference_list(_REFERENCE_LIST)
    assert _reference_list(_REFERENCE_LIST.replace("Quill AB", "Quill\u00a0AB")) == _reference_list(_REFERENCE_LIST)


# a column-aligned trial table whose empty cells a typeset copy prints as dashes
_ALIGNED_TABLE = """Table 3 Outcomes of made-up trials
   Trial                  Regimen                  n   ORR   PFS   OS
First-line chemotherapy
   LARCH-1                FOLFOX + Panitumumab 259    -  10.1 25.8
                          FOLFOX                253  48%  7.9 20.2
(HR, P-value) - HR = 0.72 HR = 0.77
"""


def _aligned_outcomes(text):
    from builders import trials_table
    from rule_cases import run_builder

    out = run_builder(trials_table.build, text)
    names = {e.id: e.name for e in out.entities.values()}
    return {(names.get(o.arm, o.arm), o.metric, o.value) for o in out.outcomes}


def test_dashes_for_empty_cells_give_the_same_outcomes():
    plain = _aligned_outcomes(_ALIGNED_TABLE)
    assert any(m == "HR_PFS" for _, m, _ in plain) and any(m == "mPFS" and v == 10.1 for _, m, v in plain)
    assert _aligned_outcomes(_ALIGNED_TABLE.replace(" - ", " \u2014 ").replace("  -  ", "  \u2013  ")) == plain


def test_a_markdown_title_is_read_as_the_plain_title_line():
    from builders.document import parse_document

    title = ("Sotorasib plus panitumumab in KRAS G12C-mutated colorectal cancer refractory to chemotherapy: "
             "results of a phase 2 trial")
    body = "\n\n## Results\n\nThe objective response rate was 30%.\n"
    plain, marked = parse_document("a.txt", title + body), parse_document("b.txt", "# " + title + body)
    assert [s.text for s in marked.sentences] == [s.text for s in plain.sentences]
    assert [s.section for s in marked.sentences] == [s.section for s in plain.sentences]
    assert marked.sentences[0].text == title
    # a short title stays a heading (the title of the sentences under it), as it was
    text = "# Resistance to cetuximab\n\n" + "MET amplification confers resistance to cetuximab in this long line.\n" * 3
    short = parse_document("c.txt", text)
    assert short.sections[0][1] == "Resistance to cetuximab" and short.sentences[0].section == "Resistance to cetuximab"


def test_a_title_set_in_capitals_gives_the_title_case_facts():
    # the title's words as the abstract under it writes them ("overexpression", "confers"): the capitals are read so
    body = ("\n\nIn this study, we asked whether AXL overexpression confers resistance to cetuximab in metastatic "
            "colorectal cancer. Patients with high AXL had shorter survival.\n")
    title = "AXL Overexpression Confers Resistance to Cetuximab in Metastatic Colorectal Cancer"
    plain = read_relations(title + body)
    assert ("AXL overexpression", "confers_resistance_to", "cetuximab") in plain
    assert read_relations(title.upper() + body) == plain


def test_capitals_are_kept_for_words_the_text_writes_only_in_capitals():
    from builders.document import _written_forms, recase

    # "MET" is the gene wherever the text writes it in capitals, even beside the word "met" it also uses
    text = ("MET AMPLIFICATION IN CETUXIMAB RESISTANCE\n\nMET amplification is common; the trial met its end point. "
            "Amplification of MET is seen in cetuximab resistance.\n")
    assert recase("MET AMPLIFICATION IN CETUXIMAB RESISTANCE", _written_forms(text)) == \
        "MET amplification in cetuximab resistance"


def test_a_structured_abstract_label_in_bold_is_read_as_the_plain_label():
    from builders.document import parse_document

    # "**Results:** ..." (an abstract saved as Markdown): the same sentences, words and parts as "Results: ..."
    text = ("Background: Few options remain after oxaliplatin failure. This study compared cetuximab with panitumumab.\n\n"
            "Results: A total of 60 patients were divided into two groups (n = 32 and n = 28). The response rate was "
            "25.0% and 21.4%, respectively.\n")
    bold = text.replace("Background:", "**Background:**").replace("Results:", "**Results:**")
    plain, marked = parse_document("a.txt", text), parse_document("b.txt", bold)
    assert [s.norm for s in marked.sentences] == [s.norm for s in plain.sentences]
    assert [s.subsection for s in marked.sentences] == [s.subsection for s in plain.sentences] == \
        ["Background", "Background", "Results", "Results"]


_SUBTITLED = ("Effect of Cetuximab vs Placebo on Overall Survival in Patients With Previously Treated Metastatic Colorectal "
              "Cancer\n\n{sub}\n\n"
              "In this randomized clinical trial involving 300 patients with metastatic colorectal cancer who had progressed "
              "after two lines of chemotherapy, the median overall survival was 9.3 months with cetuximab and 6.6 months "
              "with placebo (hazard ratio 0.65; P < .001), and the trial met its primary end point.\n\n"
              "Patients were enrolled at 28 hospitals between 2015 and 2016 and were followed for a median of 14 months, "
              "and the safety profile of cetuximab was as expected from earlier trials of the drug in this setting.\n")


def test_a_subtitle_set_as_a_heading_still_names_the_trial():
    # the title's second line "The X Randomized Clinical Trial" set as a Markdown heading or in capitals is the same line:
    # its words are read (the trial it names), not taken for a section's heading
    plain = read_trials(_SUBTITLED.format(sub="The ORCHARD-2 Randomized Clinical Trial"))
    assert any(arm.startswith("ORCHARD-2:") for arm in plain[0])
    assert read_trials(_SUBTITLED.format(sub="## The ORCHARD-2 Randomized Clinical Trial")) == plain
    assert read_trials(_SUBTITLED.format(sub="THE ORCHARD-2 RANDOMIZED CLINICAL TRIAL")) == plain
    # a section's heading in the body stays one
    from builders.document import parse_document

    doc = parse_document("h.txt", _SUBTITLED.format(sub="The ORCHARD-2 Randomized Clinical Trial") +
                         "\n## Results of the Trial in Detail\n\nThe ORR was 12%.\n")
    assert doc.sentences[-1].section == "Results of the Trial in Detail"


_DESIGN_TITLE = ("{title}\n\nBackground: In the ORCHARD-2 trial, we randomly assigned 800 patients with refractory "
                 "metastatic colorectal cancer, in a 2:1 ratio, to receive cetuximab or placebo. Median overall survival "
                 "was 7.1 months with cetuximab and 5.3 months with placebo (hazard ratio 0.68; P < 0.001).\n")


def test_a_title_in_capitals_takes_no_design_word_for_a_trial_name():
    # "RANDOMIZED TRIAL OF ..." in capitals: "randomized" says how the trial was run, whether or not the text writes the
    # word elsewhere; the trial is the one the text names
    plain = read_trials(_DESIGN_TITLE.format(title="Randomized Trial of Cetuximab for Refractory Metastatic Colorectal Cancer"))
    assert any(arm.startswith("ORCHARD-2:") for arm in plain[0])
    from builders.document import _written_forms, recase

    title = "RANDOMIZED TRIAL OF CETUXIMAB FOR REFRACTORY METASTATIC COLORECTAL CANCER"
    assert recase(title, _written_forms(_DESIGN_TITLE.format(title=title))).startswith("randomized trial of ")
    for title in ("RANDOMIZED TRIAL OF CETUXIMAB FOR REFRACTORY METASTATIC COLORECTAL CANCER",
                  "A RANDOMISED PHASE III STUDY OF CETUXIMAB IN REFRACTORY METASTATIC COLORECTAL CANCER"):
        assert read_trials(_DESIGN_TITLE.format(title=title)) == plain


def test_a_hyphenated_name_in_a_title_in_capitals_is_read_as_the_text_writes_it():
    from builders.document import _written_forms, recase

    text = ("NON-MSI-H TUMOURS IN THE LUME-COLON 1 TRIAL\n\nThe LUME-Colon 1 trial enrolled patients with non-MSI-H "
            "tumours.\n")
    assert recase("NON-MSI-H TUMOURS IN THE LUME-COLON 1 TRIAL", _written_forms(text)) == \
        "non-MSI-H tumours in The LUME-Colon 1 trial"


# codons and exons written as a pair or range with an en dash (a typeset copy) as with a hyphen
_CODON_GRID = ("KRAS codon {r} mutations were associated with resistance to cetuximab.",
               "Mutations in KRAS codons {r} predicted resistance to panitumumab.",
               "Tumours harbouring NRAS codon {r} mutations did not respond to cetuximab.",
               "Patients with KRAS exons {x} mutations derived no benefit from panitumumab.",
               "Resistance to cetuximab was conferred by KRAS exons {x} mutations.",
               "We found that KRAS codons {r} mutations may predict resistance to anti-EGFR antibodies.",
               "Patients with KRAS codon {r} wild-type tumours benefited from panitumumab.")


def test_a_codon_pair_or_exon_range_with_an_en_dash_reads_as_with_a_hyphen():
    for sentence in _CODON_GRID:
        hyphen = read_relations(sentence.format(r="12-13", x="2-4"))
        assert read_relations(sentence.format(r="12\u201313", x="2\u20134")) == hyphen, sentence
    # a range of exons is no mutation of its first exon
    assert not any("exon 2" in s for s, _, _ in read_relations(_CODON_GRID[3].format(r="", x="2\u20134")))


# a structured abstract scraped from a web page with each capitalised label glued to the first word of its paragraph
_LABELLED = ("BACKGROUND\nAcquired MET amplification is seen after cetuximab.\n\nMETHODS\nA total of 80 patients were "
             "enrolled.\n\nRESULTS\nThe median PFS was 4.2 months.\n\nCONCLUSIONS\n54 patients had NRAS mutations.\n\n"
             "PURPOSE\nHER2 amplification confers resistance to panitumumab.\n")


def _sections_and_sentences(text: str):
    from builders.document import parse_document

    doc = parse_document("g.txt", text)
    assert all(text[s.start:s.end].replace("\n", " ") == s.text for s in doc.sentences)  # offsets point into the text
    return [name for _, name in doc.sections], [(s.section, s.text) for s in doc.sentences]


def test_a_label_glued_to_its_paragraphs_first_word_is_read_as_its_heading():
    glued = _LABELLED.replace("BACKGROUND\n", "BACKGROUND").replace("METHODS\n", "METHODS") \
        .replace("RESULTS\n", "RESULTS").replace("CONCLUSIONS\n", "CONCLUSIONS").replace("PURPOSE\n", "PURPOSE")
    assert "RESULTSThe median" in glued and "PURPOSEHER2 amp" in glued
    assert _sections_and_sentences(glued) == _sections_and_sentences(_LABELLED)
    assert _sections_and_sentences(glued)[0] == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS", "PURPOSE"]
    assert read_relations(glued) == read_relations(_LABELLED)
    assert ("ERBB2 amplification", "confers_resistance_to", "panitumumab") in read_relations(glued)


def test_a_word_that_begins_with_a_label_is_no_glued_label():
    # an ordinary word in capitals, a label followed by its colon, a label alone on its line and a label in lower case
    # are read as before
    for line in ("RESULTSHEET", "DESIGNATED AREAS", "CONCLUSIONS: Few options remain.", "METHODS", "AIMS",
                 "Results were mixed."):
        sections, sentences = _sections_and_sentences(f"{line}\nThe median PFS was 4.2 months.\n")
        assert "RESULTS" not in sections and "DESIGN" not in sections and "AIM" not in sections, line
        assert all(not text.startswith(("HEET", "ATED", "S:")) for _, text in sentences), line
    # a name in capitals glued to a label is split only when the text writes the name alone
    assert _sections_and_sentences("METHODSKRAS was tested in 40 tumours.\n") == \
        ([], [("", "METHODSKRAS was tested in 40 tumours.")])
    sections, sentences = _sections_and_sentences("METHODSKRAS was tested in 40 tumours. Mutant KRAS was common.\n")
    assert sections == ["METHODS"] and sentences[0][1] == "KRAS was tested in 40 tumours."
