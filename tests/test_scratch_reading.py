"""s49 mendD: the trial reader's scratch reading of a sentence about another cancer (does it give its one named trial
two arms?) leaves nothing behind: the shared context, the sentence being read and the index of recorded components are
as they were, and the focus held over such a sentence is given back even when it is the document's last.

The texts are made up for the test."""
from rule_cases import context

# a colorectal trial, then a breast-cancer sentence that names one trial with one therapy only (left unread)
_TEXT = ("In the phase III LARKSPUR-1 trial, patients with RAS wild-type mCRC were randomly assigned to FOLFIRI plus "
         "cetuximab or FOLFIRI alone; the ORR was 57% vs 39%. "
         "In HER2-positive metastatic breast cancer, the LARKSPUR-9 trial of tucatinib plus trastuzumab and "
         "capecitabine is ongoing.")


def _reader(text: str):
    from builders.context import Reading
    from builders.document import parse_document
    from builders.trials_text import _Reader

    doc = parse_document("scratch.txt", text)
    return _Reader(doc, Reading(doc, context()))


def test_the_scratch_reading_leaves_the_context_as_it_was():
    reader = _reader(_TEXT)
    reader.run()
    last = reader.doc.sentences[-1]
    rec = reader.recognize(last)
    named = {m.entity.id: m for m in rec.mentions if m.entity.category == "Trial"}
    assert len(named) == 1
    parts, reading = dict(reader.ctx.combination_parts), reader._reading
    index = reader.__dict__.get("_component_index")
    facts = len(reader.out.assertions)
    assert reader._cited_other_cancer_trial(last, rec, named) is False
    assert reader.ctx.combination_parts == parts and list(reader.ctx.combination_parts) == list(parts)
    assert reader._reading is reading and reader.__dict__.get("_component_index") is index
    assert len(reader.out.assertions) == facts


def test_the_focus_held_over_the_last_sentence_is_given_back():
    reader = _reader(_TEXT.replace("is ongoing.", "was compared with lapatinib plus capecitabine (ORR 41% vs 23%)."))
    reader.run()
    assert reader.focus is not None and reader.focus.trial.name == "LARKSPUR-1"


def test_the_renewal_cue_needs_the_word_to_begin():
    from builders.renewed_use import _CUE

    assert _CUE.search("heavily pretreated patients with mCRC") is None
    assert _CUE.search("panitumumab-rechallenge was feasible") is not None
    assert _CUE.search("retreatment with oxaliplatin") is not None


def test_the_other_cancers_pattern_is_made_once_per_vocabulary():
    from builders.context import _other_cancer_names

    vocab = context().vocab
    assert _other_cancer_names(vocab)[0] is _other_cancer_names(vocab)[0]
