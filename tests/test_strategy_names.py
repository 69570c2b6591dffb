"""s47 inhib: a strategy written as the inhibition of a gene, a ligand or a pathway is the class of agents acting on
that target, and a combination it is part of is also named with the target as the text spelled it ("Nrf2 inhibition
+ oxaliplatin"); an "anti-X" class the vocabulary knows takes a plain head word after it ("anti-BRAF agents"), so
two classes given together read as one combination. Made-up sentences."""
import pytest

from rule_cases import context


def _regimens(text: str) -> dict:
    """Name -> lowercased names of every regimen the relation reader makes of ``text``."""
    from builders import relations
    from builders.context import Reading
    from builders.document import parse_document

    doc = parse_document("case.txt", text)
    out = relations.build(doc, Reading(doc, context()))
    return {e.name: {e.name.lower(), *(s.lower() for s in e.synonyms)}
            for e in out.entities.values() if e.category == "Regimen"}


NAMED = [
    # a rescue read from the inhibition of a gene, written after "of" (the class's part keeps the text's spelling)
    ("Oxaliplatin-resistant colon cancer cells\n\nInhibition of Nrf2 markedly increased the oxaliplatin-induced apoptosis of "
     "resistant cells.", "nrf2 inhibition + oxaliplatin"),
    # another verb, another drug, the gene written before the strategy noun
    ("Irinotecan-resistant colon cancer cells\n\nSTAT3 inhibition restored the sensitivity of resistant cells to irinotecan.",
     "stat3 inhibition + irinotecan"),
    # a pathway named with its ligand, blocked, as the strategy
    ("Cetuximab resistance in colorectal cancer\n\nBlockade of the HGF-MET pathway may improve the response to EGFR "
     "inhibitors in colorectal cancer.", "egfr inhibitor + hgf-met pathway inhibitor"),
    # two targets inhibited together, each named as its inhibition
    ("Bevacizumab resistance in colorectal cancer\n\nThe dual blockade of VEGF and Ang2 delayed tumour regrowth in "
     "resistant xenografts.", "vegf inhibition + ang2 inhibition"),
    # a strategy noun written after a broader word, given with a drug: the class also named as the agents
    ("Vemurafenib resistance in colorectal cancer\n\nIn resistant cells, methyltransferase inhibition was synergistic "
     "with vemurafenib.", "methyltransferase inhibitor + vemurafenib"),
]


@pytest.mark.parametrize("text,name", NAMED)
def test_a_strategy_part_is_named_by_its_target_as_written(text, name):
    regimens = _regimens(text)
    assert any(name in names for names in regimens.values()), regimens


NOT_NAMED = [
    # an agonist acts for its target, never its inhibition
    ("Resistance to anti-PD-1 therapy\n\nCD28 agonists combined with anti-PD-1 antibodies restored T-cell responses in "
     "resistant tumours.", "cd28 inhibition"),
    # a class's own short form is no target ("ICIs inhibition")
    ("Resistance to chemotherapy\n\nICIs combined with oxaliplatin overcame resistance in MSS tumours.", "icis inhibition"),
]


@pytest.mark.parametrize("text,word", NOT_NAMED)
def test_no_inhibition_name_for_what_is_no_target(text, word):
    for names in _regimens(text).values():
        assert not any(word in n for n in names), names


@pytest.mark.parametrize("text,regimen", [
    ("In BRAF-mutant tumours, anti-BRAF agents plus anti-EGFR agents improved survival.", "anti-EGFR antibody + BRAF inhibitor"),
    ("Anti-MEK drugs combined with anti-EGFR therapy were tested in RAS wild-type tumours.", "anti-EGFR antibody + MEK inhibitor"),
    ("Patients received anti-VEGF agents plus anti-PD-1 antibodies after progression.", None),
])
def test_an_anti_class_takes_its_plain_head(text, regimen):
    regimens = _regimens(text)
    if regimen is None:
        assert len(regimens) == 1, regimens
    else:
        assert regimen in regimens, regimens


def test_an_anti_class_head_is_not_taken_over_a_mention():
    from builders.context import Reading
    from builders.document import parse_document

    doc = parse_document("forms.txt", "Resistance to anti-BRAF therapy was seen.")
    reading = Reading(doc, context())
    texts = [m.text for s in doc.sentences for m in reading.recognize(s).merged()]
    assert "anti-BRAF therapy" in texts and "anti-BRAF therapy was" not in texts
