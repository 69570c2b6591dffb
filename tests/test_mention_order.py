"""Mentions added to a sentence's recognition after the recogniser (a trial's bare name, a short form, an anaphor)
keep the recogniser's order: by start, the shorter of two that start together first."""
from builders.recognize import Mention, Recognition, in_text_order
from builders.trials_anaphors import with_therapy_anaphor
from builders.trials_registry import with_named
from kg.model import Entity

_TRIAL = Entity("crc:trial_zeta", "Trial", "ZETA-9")
_ALT = Entity("crc:alt_x", "Alteration", "XYZ1 G12Q")
_DIS = Entity("crc:dis_x", "Disease", "XYZ1 G12Q colorectal cancer")
_NCT = Entity("crc:trial_nct", "Trial", "NCT09990009")
_A = Entity("crc:drug_a", "Drug", "alphatinib")


def _nested(text: str) -> list[Mention]:
    at = text.index("XYZ1")
    return [Mention(at, at + 9, "XYZ1 G12Q", _ALT), Mention(at, at + 27, "XYZ1 G12Q colorectal cancer", _DIS)]


def test_a_trial_name_added_keeps_the_recognisers_order():
    text = "In ZETA-9, XYZ1 G12Q colorectal cancer responded."
    rec = Recognition(_nested(text))
    out = with_named(text, rec, _TRIAL)
    assert [m.entity.id for m in out.mentions] == ["crc:trial_zeta", "crc:alt_x", "crc:dis_x"]
    assert out.mentions == in_text_order(out.mentions)


def test_an_anaphor_added_keeps_the_recognisers_order():
    text = "In a trial (NCT09990009) of XYZ1 G12Q colorectal cancer, this drug improved PFS."
    nct = Mention(text.index("NCT"), text.index("NCT") + 11, "NCT09990009", _NCT)
    out = with_therapy_anaphor(text, Recognition([nct, *_nested(text)]),
                               Recognition([Mention(0, 10, "alphatinib", _A)]))
    assert out is not None
    assert [m.entity.id for m in out.mentions] == ["crc:trial_nct", "crc:alt_x", "crc:dis_x", "crc:drug_a"]
