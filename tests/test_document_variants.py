"""A protein change written alone is its gene's alteration when the document pairs the change with that one gene
elsewhere: in its prose or in a row of one of its tables."""
from builders import default_context
from builders.context import Reading
from builders.document import parse_document

_TEXT = """Resistance to EGFR antibodies

Zalutumab is an EGFR antibody that still binds K467T, the most common panitumumab resistance substitution.

Table 1 Agents against EGFR ectodomain mutations

Target(s) Agent(s) Phase Condition Treatment Main outcomes

EGFR K467T Zalutumab Phase II Previously treated Zalutumab ORR: 20%

EGFR G465R Cetuximab Phase II Previously treated Cetuximab ORR: 5%

mCRC: Metastatic colorectal cancer.
"""


def _bare_change_entities(text: str, change: str) -> set[str]:
    doc = parse_document("made_up.txt", text)
    reading = Reading(doc, default_context())
    names = set()
    for s in doc.sentences:
        for m in reading.recognize(s).mentions:
            if m.text == change:
                names.add(m.entity.name)
    return names


def test_change_named_with_its_gene_in_a_table_row():
    assert _bare_change_entities(_TEXT, "K467T") == {"EGFR K467T"}


def test_change_never_named_with_a_gene_stays_unread():
    assert _bare_change_entities(_TEXT.replace("EGFR K467T", "K467T"), "K467T") == set()
