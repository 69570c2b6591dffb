"""Unit tests of the regimen checks (builders/regimen_checks.py), one piece of regimen knowledge each."""
from rule_cases import context

from builders.class_worded_arms import built_on_drug_arms, class_worded_arms
from builders.regimen_checks import (alternatives_in_one_regimen, arm_without_background, background_only,
                                     class_describes_member,
                                     drug_arm_beside_add_on_arms, named_regimen_gives_drug,
                                     placebo_arm_beside_placebo_backbone, schedule_names_family,
                                     trial_named_therapies)


def _entities(*names):
    vocab = context().vocab
    return [vocab.entities[vocab.by_name[n.lower()]] for n in names]


def _names(entities):
    return sorted(e.name for e in entities)


def test_class_beside_its_member_is_dropped():
    vocab = context().vocab
    comps = _entities("atezolizumab", "multikinase inhibitor", "tyrosine kinase inhibitor", "zanzalintinib")
    assert _names(class_describes_member(comps, {}, vocab)) == ["atezolizumab", "zanzalintinib"]
    comps = _entities("anti-EGFR antibody", "panitumumab")
    assert _names(class_describes_member(comps, {}, vocab)) == ["panitumumab"]


def test_class_the_document_says_a_drug_is_in_is_dropped():
    vocab = context().vocab
    drug, cls = _entities("zanzalintinib", "angiogenesis inhibitor")
    assert _names(class_describes_member([drug, cls], {drug.id: {cls.id}}, vocab)) == ["zanzalintinib"]
    assert _names(class_describes_member([drug, cls], {}, vocab)) == ["angiogenesis inhibitor", "zanzalintinib"]


def test_class_of_another_drug_is_kept():
    vocab = context().vocab
    comps = _entities("bevacizumab", "immune checkpoint inhibitor")
    assert _names(class_describes_member(comps, {}, vocab)) == _names(comps)
    comps = _entities("cetuximab", "MEK inhibitor")
    assert _names(class_describes_member(comps, {}, vocab)) == _names(comps)


def test_class_beside_a_named_regimen_of_its_drugs_is_dropped():
    vocab = context().vocab
    comps = _entities("bevacizumab", "chemotherapy", "CAPOX")
    assert _names(class_describes_member(comps, {}, vocab)) == ["CAPOX", "bevacizumab"]
    comps = _entities("chemotherapy", "FOLFIRI", "panitumumab")
    assert _names(class_describes_member(comps, {}, vocab)) == ["FOLFIRI", "panitumumab"]


def test_class_beside_a_regimen_of_other_drugs_is_kept():
    vocab = context().vocab
    comps = _entities("anti-EGFR antibody", "FOLFOX")
    assert _names(class_describes_member(comps, {}, vocab)) == _names(comps)
    comps = _entities("chemotherapy", "best supportive care")
    assert _names(class_describes_member(comps, {}, vocab)) == _names(comps)


def test_drugs_of_a_named_regimen_beside_it_are_dropped():
    vocab = context().vocab
    comps = _entities("bevacizumab", "capecitabine", "oxaliplatin", "CAPOX")
    assert _names(named_regimen_gives_drug(comps, vocab)) == ["CAPOX", "bevacizumab"]
    comps = _entities("FOLFOX", "fluorouracil", "oxaliplatin", "cetuximab")
    assert _names(named_regimen_gives_drug(comps, vocab)) == ["FOLFOX", "cetuximab"]


def test_drugs_outside_the_named_regimen_are_kept():
    vocab = context().vocab
    for names in (("capecitabine", "oxaliplatin"), ("FOLFOX", "irinotecan"), ("CAPOX", "bevacizumab"),
                  ("FOLFIRI", "capecitabine"), ("FOLFIRI", "irinotecan", "cetuximab")):
        comps = _entities(*names)
        assert named_regimen_gives_drug(comps, vocab) == comps


def test_family_beside_its_schedule_is_dropped():
    vocab = context().vocab
    comps = _entities("cetuximab", "FOLFOX", "mFOLFOX6")
    assert _names(schedule_names_family(comps, vocab)) == ["cetuximab", "mFOLFOX6"]
    comps = _entities("FOLFOX4", "FOLFOX", "bevacizumab")
    assert _names(schedule_names_family(comps, vocab)) == ["FOLFOX4", "bevacizumab"]


def test_regimen_whose_name_holds_another_but_adds_a_drug_is_kept():
    vocab = context().vocab
    comps = _entities("FOLFOX", "FOLFOXIRI", "bevacizumab")
    assert schedule_names_family(comps, vocab) == comps
    comps = _entities("CAPOX", "FOLFOX4")
    assert schedule_names_family(comps, vocab) == comps


def test_two_backbones_are_alternatives():
    vocab = context().vocab
    parts = alternatives_in_one_regimen(_entities("bevacizumab", "CAPOX", "FOLFOX4"), vocab)
    assert sorted(_names(p) for p in parts) == [["CAPOX", "bevacizumab"], ["FOLFOX4", "bevacizumab"]]


def test_two_anti_egfr_antibodies_or_fluoropyrimidines_are_alternatives():
    vocab = context().vocab
    parts = alternatives_in_one_regimen(_entities("irinotecan", "cetuximab", "panitumumab"), vocab)
    assert sorted(_names(p) for p in parts) == [["cetuximab", "irinotecan"], ["irinotecan", "panitumumab"]]
    parts = alternatives_in_one_regimen(_entities("oxaliplatin", "fluorouracil", "capecitabine"), vocab)
    assert sorted(_names(p) for p in parts) == [["capecitabine", "oxaliplatin"], ["fluorouracil", "oxaliplatin"]]


def test_one_backbone_is_one_regimen():
    vocab = context().vocab
    for names in (("bevacizumab", "FOLFIRI"), ("FOLFIRI", "placebo"), ("CAPOX", "best supportive care"),
                  ("cetuximab", "FOLFOX"), ("pertuzumab", "trastuzumab"), ("capecitabine", "oxaliplatin")):
        comps = _entities(*names)
        assert alternatives_in_one_regimen(comps, vocab) == [comps]


def test_class_arm_beside_the_arm_of_its_drugs_is_dropped():
    vocab = context().vocab
    arms = {"class": _entities("dual anti-HER2 therapy"), "named": _entities("pertuzumab", "trastuzumab"),
            "control": _entities("cetuximab", "irinotecan")}
    assert class_worded_arms(arms, set(), vocab) == {"class"}
    arms = {"class": _entities("immune checkpoint inhibitor", "oxaliplatin"),
            "named": _entities("nivolumab", "oxaliplatin")}
    assert class_worded_arms(arms, set(), vocab) == {"class"}


def test_targeted_therapy_arm_beside_arms_of_targeted_agents_is_dropped():
    """"a combination of targeted agents" in a trial whose arms give encorafenib and cetuximab names those arms."""
    vocab = context().vocab
    arms = {"class": _entities("targeted therapy"), "t": _entities("binimetinib", "cetuximab", "encorafenib"),
            "d": _entities("cetuximab", "encorafenib"), "c": _entities("cetuximab", "irinotecan")}
    assert class_worded_arms(arms, set(), vocab) == {"class"}
    # beside chemotherapy arms only, "targeted therapy" is an arm of its own
    arms = {"class": _entities("targeted therapy"), "c": _entities("fluorouracil", "oxaliplatin")}
    assert class_worded_arms(arms, set(), vocab) == set()


def test_class_arm_of_other_drugs_or_chemotherapy_is_kept():
    vocab = context().vocab
    arms = {"class": _entities("anti-EGFR antibody"), "c": _entities("cetuximab", "FOLFIRI"),
            "p": _entities("panitumumab", "FOLFIRI")}
    assert class_worded_arms(arms, set(), vocab) == set()  # which of the two it names, the text does not say
    arms = {"class": _entities("anti-EGFR antibody"), "named": _entities("bevacizumab")}
    assert class_worded_arms(arms, set(), vocab) == set()
    arms = {"chemo": _entities("chemotherapy"), "named": _entities("bevacizumab", "chemotherapy")}
    assert class_worded_arms(arms, set(), vocab) == set()


def test_class_only_arm_beside_the_one_arm_of_its_drugs_or_as_umbrella_is_dropped_unless_schedule_named():
    vocab = context().vocab
    arms = {"chemo": _entities("chemotherapy"), "named": _entities("fluorouracil", "oxaliplatin")}
    assert class_worded_arms(arms, set(), vocab) == {"chemo"}
    assert class_worded_arms(arms, {"chemo"}, vocab) == set()  # "intermittent chemotherapy": an arm of its own
    arms = {"chemo": _entities("chemotherapy"), "a": _entities("fluorouracil", "irinotecan"),
            "b": _entities("fluorouracil", "oxaliplatin")}
    assert class_worded_arms(arms, set(), vocab) == {"chemo"}  # the words every arm's drugs answer to


def test_placebo_arm_beside_placebo_with_backbone_is_dropped():
    arms = {"p": _entities("placebo"), "pc": _entities("chemotherapy", "placebo"), "bc": _entities("bevacizumab")}
    assert placebo_arm_beside_placebo_backbone(arms) == {"p"}


def test_arm_without_the_background_every_arm_receives_is_dropped():
    arms = {"a": _entities("anlotinib"), "ab": _entities("anlotinib", "best supportive care"),
            "pb": _entities("best supportive care", "placebo")}
    assert arm_without_background(arms) == {"a"}
    arms = {"f": _entities("FOLFIRI"), "fp": _entities("FOLFIRI", "placebo"), "fc": _entities("FOLFIRI", "cetuximab")}
    assert arm_without_background(arms) == {"f"}


def test_arm_without_an_active_partner_is_kept():
    arms = {"r": _entities("regorafenib"), "rn": _entities("regorafenib", "nivolumab")}
    assert arm_without_background(arms) == set()
    arms = {"b": _entities("best supportive care"), "rb": _entities("regorafenib", "best supportive care")}
    assert arm_without_background(arms) == set()


def test_comparators_without_active_therapy():
    ids = lambda *names: {e.id for e in _entities(*names)}
    assert background_only(ids("placebo")) and background_only(ids("best supportive care", "placebo"))
    assert not background_only(ids("FOLFIRI", "placebo")) and not background_only(set())


def test_placebo_arm_against_a_drug_is_kept():
    arms = {"p": _entities("placebo"), "r": _entities("regorafenib")}
    assert placebo_arm_beside_placebo_backbone(arms) == set()


def test_drug_arm_beside_chemotherapy_and_chemotherapy_with_the_drug_is_dropped():
    vocab = context().vocab
    arms = {"a": _entities("cetuximab"), "b": _entities("cetuximab", "FLOX"), "c": _entities("FLOX")}
    assert drug_arm_beside_add_on_arms(arms, vocab) == {"a"}
    arms = {"a": _entities("bevacizumab"), "b": _entities("bevacizumab", "chemotherapy"), "c": _entities("chemotherapy")}
    assert drug_arm_beside_add_on_arms(arms, vocab) == {"a"}
    # D or E, each with one chemotherapy: D alone names D's arm
    arms = {"a": _entities("cetuximab"), "b": _entities("cetuximab", "FOLFIRI"), "c": _entities("bevacizumab", "FOLFIRI")}
    assert drug_arm_beside_add_on_arms(arms, vocab) == {"a"}


def test_drug_arm_without_the_chemotherapy_arm_or_of_another_drug_is_kept():
    vocab = context().vocab
    # cetuximab alone versus cetuximab plus irinotecan (no irinotecan-alone arm): a real monotherapy arm
    arms = {"a": _entities("cetuximab"), "b": _entities("cetuximab", "irinotecan")}
    assert drug_arm_beside_add_on_arms(arms, vocab) == set()
    arms = {"a": _entities("panitumumab"), "b": _entities("panitumumab", "FOLFOX"), "c": _entities("FOLFIRI")}
    assert drug_arm_beside_add_on_arms(arms, vocab) == set()
    # the other drug's arm on another chemotherapy: no shared backbone
    arms = {"a": _entities("panitumumab"), "b": _entities("panitumumab", "FOLFOX"), "c": _entities("bevacizumab", "FOLFIRI")}
    assert drug_arm_beside_add_on_arms(arms, vocab) == set()
    # two targeted drugs alone and together: no chemotherapy the drug is added to
    arms = {"a": _entities("nivolumab"), "b": _entities("nivolumab", "ipilimumab"), "c": _entities("ipilimumab")}
    assert drug_arm_beside_add_on_arms(arms, vocab) == set()
def test_therapy_named_like_a_trial_is_no_therapy():
    from kg.model import Entity
    trial = Entity("crc:trial_abcd_1234", "Trial", "ABCD 1234", ("ABCD-1234",))
    code = Entity("crc:drug_abcd_1234", "Drug", "ABCD-1234")
    drug = Entity("crc:drug_xy_123", "Drug", "XY-123")
    assert trial_named_therapies([code, drug], [trial]) == {code.id}
    assert trial_named_therapies([code, drug], []) == set()


def test_arm_named_again_with_the_family_of_its_schedule_goes_unless_it_has_results():
    from builders.regimen_checks import family_arm_beside_schedule_arm
    vocab = context().vocab
    arms = {"arm:fam": _entities("cetuximab", "FOLFOX"), "arm:sched": _entities("cetuximab", "mFOLFOX6")}
    assert family_arm_beside_schedule_arm(arms, {"arm:fam"}, vocab) == {"arm:sched"}
    assert family_arm_beside_schedule_arm(arms, set(), vocab) == {"arm:fam"}
    assert family_arm_beside_schedule_arm(arms, {"arm:fam", "arm:sched"}, vocab) == set()
    # two schedules of one family (FOLFOX4 against FOLFOX7) are two arms
    arms = {"arm:4": _entities("FOLFOX4"), "arm:7": _entities("FOLFOX7")}
    assert family_arm_beside_schedule_arm(arms, set(), vocab) == set()


def test_arm_built_on_a_drug_is_the_named_regimens_arm_again():
    """An arm worded by a regimen built on one drug ("oxaliplatin-based chemotherapy") beside the one arm giving a
    named regimen holding that drug with the same other parts (mFOLFOX6) is that arm again; beside an arm with
    another drug as well it is an arm of its own."""
    from kg.model import Entity

    vocab = context().vocab
    aflibercept, mfolfox6, oxaliplatin = _entities("aflibercept", "mFOLFOX6", "oxaliplatin")
    based = Entity("crc:reg_oxaliplatin_based", "Regimen", "oxaliplatin-based chemotherapy")
    with_based = Entity("crc:reg_afl_oxaliplatin_based", "Regimen", "aflibercept + oxaliplatin-based chemotherapy")
    arms = {"a1": [oxaliplatin], "a2": [aflibercept, based], "a3": [aflibercept, mfolfox6], "a4": [mfolfox6]}
    regimens = {"a1": based, "a2": with_based}
    components = {based.id: [oxaliplatin.id], with_based.id: [aflibercept.id, based.id]}
    assert built_on_drug_arms(arms, regimens, components, vocab) == {"a1", "a2"}
    arms = {"a1": [oxaliplatin], "a3": [aflibercept, mfolfox6]}
    assert built_on_drug_arms(arms, {"a1": based}, components, vocab) == set()


def test_combination_arm_of_an_optional_partner_alone_is_dropped():
    from builders.regimen_checks import optional_partner_arms
    from kg.model import Entity
    a, b, c = (Entity(f"crc:x{i}", "DrugClass", n) for i, n in enumerate(("anti-PD-L1", "anti-CTLA-4", "FOLFOX")))
    combo = Entity("crc:regimen_ab", "Regimen", "anti-CTLA-4 + anti-PD-L1")
    trio = Entity("crc:regimen_abc", "Regimen", "anti-CTLA-4 + anti-PD-L1 + FOLFOX")
    # "treated with anti-PD-L1 alone +/- anti-CTLA-4": the cohort is not the combination alone
    assert optional_partner_arms({"arm1": [a, b]}, {"arm1": combo}, {combo.id}) == {"arm1"}
    assert optional_partner_arms({"arm1": [a, b, c]}, {"arm1": trio}, {trio.id}) == {"arm1"}


def test_both_arms_of_an_optional_partner_or_a_plain_combination_are_kept():
    from builders.regimen_checks import optional_partner_arms
    from kg.model import Entity
    a, b = Entity("crc:x0", "Drug", "cetuximab"), Entity("crc:x1", "Drug", "irinotecan")
    combo, alone = Entity("crc:regimen_ab", "Regimen", "cetuximab + irinotecan"), Entity("crc:regimen_a", "Regimen", "cetuximab")
    # "cetuximab with or without irinotecan": both arms read, both kept
    assert optional_partner_arms({"arm1": [a, b], "arm2": [a]}, {"arm1": combo, "arm2": alone}, {combo.id}) == set()
    # "cetuximab plus irinotecan": no optional part
    assert optional_partner_arms({"arm1": [a, b]}, {"arm1": combo}, set()) == set()


def test_optional_partner_regimens_are_those_every_sentence_gives_as_optional():
    from builders.regimen_checks import _optional_partner_regimens
    from kg.model import Assertion
    from kg.model import Evidence
    opt = Evidence("d.txt", 0, 10, "Patients were treated with A alone +/- B.", "", "rule")
    plain = Evidence("d.txt", 0, 10, "Patients were treated with A plus B.", "", "rule")
    facts = [Assertion("crc:r1", "has_component", "crc:a", (), [opt]),
             Assertion("crc:r2", "has_component", "crc:a", (), [opt, plain])]
    assert _optional_partner_regimens(facts) == {"crc:r1"}


def test_backbone_arm_beside_its_optional_partner_arm_is_kept():
    from builders.regimen_checks import optional_partner_arms
    from kg.model import Entity
    a, b, c = (Entity(f"crc:x{i}", "Drug", n) for i, n in enumerate(("irinotecan", "cetuximab", "vemurafenib")))
    two, three = Entity("crc:r2", "Regimen", "cetuximab + irinotecan"), Entity("crc:r3", "Regimen", "c + i + v")
    # "irinotecan plus cetuximab with or without vemurafenib": both are arms
    assert optional_partner_arms({"arm1": [a, b], "arm2": [a, b, c]}, {"arm1": two, "arm2": three},
                                 {two.id, three.id}) == set()


def test_arm_named_with_its_optional_part_is_kept():
    from builders.regimen_checks import optional_partner_arms
    from kg.model import Entity
    a, b = Entity("crc:x0", "Regimen", "FOLFIRI"), Entity("crc:x1", "Drug", "bevacizumab")
    named = Entity("crc:r", "Regimen", "FOLFIRI ± bevacizumab")
    # "FOLFIRI with or without bevacizumab (Arm E)": one arm named so
    assert optional_partner_arms({"arm1": [a, b]}, {"arm1": named}, {named.id}) == set()


def test_plain_arm_beside_two_dosed_arms_of_its_drug_goes():
    """A trial that randomises one drug at two doses or schedules has those arms; the drug named bare is no third arm.
    One dosed arm beside the plain drug (a dose against the standard) leaves both."""
    from kg.model import Entity
    from builders.regimen_checks import plain_arm_beside_dosed_arms
    drug = _entities("regorafenib")
    plain = Entity("crc:regimen_regorafenib", "Regimen", "regorafenib")
    high = Entity("crc:regimen_r160", "Regimen", "regorafenib 160 mg", attributes=(("schedule", "160 mg"),))
    low = Entity("crc:regimen_r120", "Regimen", "regorafenib 120 mg", attributes=(("schedule", "120 mg"),))
    arms = {"arm:plain": drug, "arm:160": drug, "arm:120": drug}
    regimens = {"arm:plain": plain, "arm:160": high, "arm:120": low}
    assert plain_arm_beside_dosed_arms(arms, regimens) == {"arm:plain"}
    del arms["arm:120"], regimens["arm:120"]
    assert plain_arm_beside_dosed_arms(arms, regimens) == set()
    # another drug's plain arm stays
    arms = {"arm:plain": _entities("placebo"), "arm:160": drug, "arm:120": drug}
    regimens = {"arm:plain": Entity("crc:regimen_placebo", "Regimen", "placebo"), "arm:160": high, "arm:120": low}
    assert plain_arm_beside_dosed_arms(arms, regimens) == set()
