"""A therapy a trial sentence names by an anaphor: the one antecedent of its kind in the sentence before."""
from builders.recognize import Mention, Recognition
from builders.trials_anaphors import with_therapy_anaphor
from kg.model import Entity

_TRIAL = Entity("crc:trial_x", "Trial", "NCT09990009")
_A = Entity("crc:drug_a", "Drug", "alphatinib")
_B = Entity("crc:drug_b", "Drug", "betamab")
_AB = Entity("crc:regimen_ab", "Regimen", "alphatinib + betamab")
_PLACEBO = Entity("crc:regimen_placebo", "Regimen", "placebo")


def _trial_sentence(text: str, *extra: Mention) -> Recognition:
    return Recognition([Mention(text.index("NCT"), text.index("NCT") + 11, "NCT09990009", _TRIAL), *extra])


def test_this_drug_is_the_one_drug_before_beside_a_comparator():
    text = "In a trial (NCT09990009), this drug improved PFS compared to placebo."
    rec = _trial_sentence(text, Mention(text.index("placebo"), text.index("placebo") + 7, "placebo", _PLACEBO))
    out = with_therapy_anaphor(text, rec, Recognition([Mention(0, 10, "alphatinib", _A)]))
    assert out is not None and _A in [m.entity for m in out.mentions]


def test_two_drugs_before_give_no_antecedent():
    text = "In a trial (NCT09990009), this drug improved PFS."
    previous = Recognition([Mention(0, 10, "alphatinib", _A), Mention(15, 22, "betamab", _B)])
    assert with_therapy_anaphor(text, _trial_sentence(text), previous) is None


def test_a_triple_combination_is_not_a_doublet_before():
    text = "In a trial (NCT09990009), patients received this triple combination therapy."
    combo = Mention(0, 22, "alphatinib and betamab", _AB)
    previous = Recognition([combo], [(combo, (_A.id, _B.id))])
    assert with_therapy_anaphor(text, _trial_sentence(text), previous) is None
    doublet = "In a trial (NCT09990009), patients received this doublet combination therapy."
    out = with_therapy_anaphor(doublet, _trial_sentence(doublet), previous)
    assert out is not None and _AB in [m.entity for m in out.mentions]


def test_no_trial_named_no_anaphor_read():
    text = "This combination regimen achieved an ORR of 60%."
    combo = Mention(0, 22, "alphatinib and betamab", _AB)
    assert with_therapy_anaphor(text, Recognition([]), Recognition([combo], [(combo, (_A.id, _B.id))])) is None
