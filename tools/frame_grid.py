"""A grid of made-up statements (kinds of cause, therapy and strategy x the frames authors write them in),
read with every rule; prints each sentence the reader misses or reads wrongly, and a tally per frame.

    $PY tools/frame_grid.py [--all] [--kind resistance|rescue|predicts|activates]

A frame's sentence is `expected` to yield any one of its facts (names as the reader spells them); a
negative frame's sentence must yield none of them."""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parents[1] / "tests")]

# cause: (noun phrase, plural?, hyphen prefix for "X-mediated", names the reader may give it)
CAUSES = [
    ("KRAS mutations", True, "KRAS mutation", {"KRAS mutation"}),
    ("MET amplification", False, "MET amplification", {"MET amplification"}),
    ("high AXL expression", False, "AXL", {"AXL overexpression", "AXL activation", "AXL"}),
    ("activation of the PI3K/AKT pathway", False, "PI3K/AKT pathway",
     {"PI3K/AKT/mTOR pathway activation", "PI3K/AKT/mTOR pathway"}),
    ("cancer-associated fibroblasts", True, "fibroblast", {"cancer-associated fibroblast", "fibroblast"}),
    ("IL-6", False, "IL-6", {"IL-6", "IL-6 activation"}),
    ("epithelial-mesenchymal transition", False, "EMT", {"epithelial-mesenchymal transition"}),
    ("PTEN loss", False, "PTEN loss", {"PTEN loss"}),
]
# therapy: (as written, as a modifier "A-resistant", names the reader may give it)
THERAPIES = [
    ("cetuximab", "cetuximab", {"cetuximab"}),
    ("anti-EGFR antibodies", "anti-EGFR antibody", {"anti-EGFR antibody"}),
    ("EGFR blockade", "EGFR blockade", {"anti-EGFR antibody", "EGFR inhibitor"}),
    ("immune checkpoint inhibitors", "immune checkpoint inhibitor", {"immune checkpoint inhibitor"}),
]
CONFERS = {"confers_resistance_to"}
CONFERS_OR_PREDICTS = {"confers_resistance_to", "predicts_resistance_to"}

# frame: (name, template, predicates accepted, positive?)   {X} cause, {Xs}/{Xp} verb agreement, {A} therapy
RESISTANCE_FRAMES = [
    ("confers", "{X} {confer} resistance to {A}.", CONFERS, True),
    ("mediates", "{X} {mediate} resistance to {A}.", CONFERS, True),
    ("drives", "{X} {drive} resistance to {A}.", CONFERS, True),
    ("causes", "{X} {cause} resistance to {A}.", CONFERS, True),
    ("induces", "{X} {induce} resistance to {A}.", CONFERS, True),
    ("promotes", "{X} {promote} resistance to {A}.", CONFERS, True),
    ("is a mechanism of acquired", "{X} {be} a mechanism of acquired resistance to {A}.", CONFERS, True),
    ("is a mechanism of primary", "{X} {be} a mechanism of primary resistance to {A}.", CONFERS, True),
    ("leads to", "{X} {lead} to resistance to {A}.", CONFERS, True),
    ("results in", "{X} {result} in resistance to {A}.", CONFERS, True),
    ("contributes to", "{X} {contribute} to resistance to {A}.", CONFERS, True),
    ("A resistance is driven by", "{Acap} resistance is driven by {X}.", CONFERS, True),
    ("A resistance is mediated by", "{Acap} resistance is mediated by {X}.", CONFERS, True),
    ("X-mediated resistance", "{Xpre}-mediated resistance to {A} was observed.", CONFERS, True),
    ("X-driven resistance", "{Xpre}-driven resistance to {A} was observed.", CONFERS, True),
    ("resistance through", "Tumours acquire resistance to {A} through {X}.", CONFERS, True),
    ("resistance via", "Resistance to {A} can arise via {X}.", CONFERS, True),
    ("resistance may result from", "Resistance to {A} may result from {X}.", CONFERS, True),
    ("resistance stems from", "Resistance to {A} often stems from {X}.", CONFERS, True),
    ("renders resistant", "{X} {render} tumours resistant to {A}.", CONFERS, True),
    ("renders insensitive", "{X} {render} tumours insensitive to {A}.", CONFERS, True),
    ("renders refractory", "{X} {render} tumours refractory to {A}.", CONFERS, True),
    ("reduces sensitivity", "{X} {reduce} sensitivity to {A}.", CONFERS, True),
    ("limits efficacy", "{X} {limit} the efficacy of {A}.", CONFERS, True),
    ("impairs efficacy", "{X} {impair} the efficacy of {A}.", CONFERS, True),
    ("enables escape from", "{X} {enable} escape from {A}.", CONFERS, True),
    ("allows tumour cells to evade", "{X} {allow} tumour cells to evade {A}.", CONFERS, True),
    ("NEG did not enable escape", "{X} did not enable escape from {A}.", CONFERS_OR_PREDICTS, False),
    ("abrogates the growth-inhibitory effect", "{X} {abrogate} the growth-inhibitory effect of {A}.", CONFERS, True),
    ("tumours with X do not respond", "Tumours with {X} do not respond to {A}.", CONFERS_OR_PREDICTS, True),
    ("associated with resistance", "{X} {be} associated with resistance to {A}.", CONFERS_OR_PREDICTS, True),
    ("associated with poor response", "{X} {be} associated with poor response to {A}.", CONFERS_OR_PREDICTS, True),
    ("associated with A resistance", "{X} {be} associated with {Amod} resistance.", CONFERS_OR_PREDICTS, True),
    ("A-resistant tumours harbour", "{Amod}-resistant tumours frequently harbour {X}.", CONFERS_OR_PREDICTS, True),
    ("passive conferred by", "Resistance to {A} is conferred by {X}.", CONFERS, True),
    ("relative clause", "We detected {X}, which {confer} resistance to {A}.", CONFERS, True),
    ("is a known resistance mechanism to", "{X} {be} a known resistance mechanism to {A}.", CONFERS, True),
    ("is one of the resistance mechanisms for", "{X} {be} one of the resistance mechanisms for {A}.", CONFERS, True),
    ("favours", "{X} {favour} resistance to {A}.", CONFERS, True),
    ("desensitizes cells to", "{X} {desensitize} tumour cells to {A}.", CONFERS, True),
    ("explains the lack of benefit from", "{X} may explain the lack of benefit from {A}.", CONFERS_OR_PREDICTS, True),
    ("bypasses", "{X} {bypass} {A}.", CONFERS, True),
    ("NEG did not desensitize", "{X} did not desensitize tumour cells to {A}.", CONFERS_OR_PREDICTS, False),
    ("hedge may", "{X} may confer resistance to {A}.", CONFERS, True),
    ("hedge is thought to", "{X} {be} thought to mediate resistance to {A}.", CONFERS, True),
    ("hedge suggest that", "These data suggest that {X} {contribute} to resistance to {A}.", CONFERS, True),
    # negatives
    ("NEG did not confer", "{X} did not confer resistance to {A}.", CONFERS_OR_PREDICTS, False),
    ("NEG does not mediate", "{X} {do} not mediate resistance to {A}.", CONFERS_OR_PREDICTS, False),
    ("NEG not associated", "{X} {be} not associated with resistance to {A}.", CONFERS_OR_PREDICTS, False),
    ("NEG not associated with A resistance", "{X} {be} not associated with {Amod} resistance.", CONFERS_OR_PREDICTS, False),
    ("NEG did not result from", "Resistance to {A} did not result from {X}.", CONFERS_OR_PREDICTS, False),
    ("NEG excluded as a cause", "{X} {be} excluded as a cause of resistance to {A}.", CONFERS_OR_PREDICTS, False),
    ("NEG disproven", "{X} {be} thought to confer resistance to {A}; however, this was disproven.", CONFERS_OR_PREDICTS, False),
    ("NEG no role", "{X} played no role in resistance to {A}.", CONFERS_OR_PREDICTS, False),
    ("NEG whether", "Whether {X} {confer} resistance to {A} is unknown.", CONFERS_OR_PREDICTS, False),
    ("NEG whether open question", "Whether {X} {mediate} resistance to {A} remains an open question.", CONFERS_OR_PREDICTS, False),
    ("NEG not a resistance mechanism", "{X} {be} not a resistance mechanism to {A}.", CONFERS_OR_PREDICTS, False),
    ("NEG failed to confer", "{X} failed to confer resistance to {A}.", CONFERS_OR_PREDICTS, False),
]
LIST_CASES = [  # (sentence, facts expected, positive?)
    ("KRAS mutations, MET amplification and PTEN loss confer resistance to cetuximab and panitumumab.",
     [(c, "confers_resistance_to", a) for c in ("KRAS mutation", "MET amplification", "PTEN loss")
      for a in ("cetuximab", "panitumumab")], True),
    ("Loss of PTEN confers resistance to cetuximab.", [("PTEN loss", "confers_resistance_to", "cetuximab")], True),
    ("Cetuximab targets EGFR, and resistance to cetuximab is common.",
     [("EGFR", "confers_resistance_to", "cetuximab"), ("EGFR activation", "confers_resistance_to", "cetuximab")], False),
]

# strategy: (as written, a word the name the reader gives it holds: "cetuximab + trametinib" holds "trametinib")
STRATEGIES = [
    ("trametinib", "trametinib"),
    ("trametinib plus cetuximab", "trametinib"),
    ("MEK inhibitors", "MEK inhibitor"),
    ("combined inhibition of MEK and EGFR", "MEK inhibitor"),
]
RESCUE_FRAMES = [
    ("overcomes", "{S} {overcome} resistance to cetuximab.", True),
    ("reverses", "{S} {reverse} resistance to cetuximab.", True),
    ("circumvents", "{S} {circumvent} resistance to cetuximab.", True),
    ("abrogates", "{S} {abrogate} resistance to cetuximab.", True),
    ("restores sensitivity", "{S} {restore} sensitivity to cetuximab.", True),
    ("re-sensitizes", "{S} {resensitize} resistant cells to cetuximab.", True),
    ("adding S to A overcomes X-mediated", "Adding {S} to cetuximab overcomes KRAS mutation-mediated resistance.", True),
    ("strategy to overcome X", "{S} {be} a strategy to overcome resistance to cetuximab.", True),
    ("effective in A-resistant", "{S} {be} effective in cetuximab-resistant tumours.", True),
    ("targeting X with S overcomes", "Targeting MEK with {S} overcomes resistance to cetuximab.", True),
    ("X can be reversed with S", "MET amplification-driven resistance to cetuximab can be reversed with {S}.", True),
    ("to overcome, S put forward", "To overcome resistance to cetuximab, {S} {be} being tested.", True),
    ("strategies to alleviate X include S", "Strategies to alleviate hypoxia include {S}.", True),
    ("X. This can be overcome by S", "MET amplification drives resistance to cetuximab. This can be overcome by {S}.", True),
    ("X. S can reverse it", "MET amplification drives resistance to cetuximab. {S} can reverse it.", True),
    ("A-resistant cells remain sensitive to S", "Cetuximab-resistant cells remained sensitive to {S}.", True),
    ("A-resistant tumours responded to S", "Cetuximab-resistant tumours responded to {S}.", True),
    ("cells resistant to A still respond to S", "Cells resistant to cetuximab still responded to {S}.", True),
    ("cells became resistant to A. S overcame resistance", "Cells became resistant to cetuximab. In these cells, {S} overcame resistance.", True),
    ("NEG A-resistant cells did not respond to S", "Cetuximab-resistant cells did not respond to {S}.", False),
    ("NEG failed to overcome", "{S} failed to overcome resistance to cetuximab.", False),
    ("NEG two causes. This", "KRAS mutations and MET amplification drive resistance to cetuximab. This can be overcome by {S}.",
     False),
    ("NEG did not restore", "{S} did not restore sensitivity to cetuximab.", False),
    ("NEG whether", "Whether {S} can overcome resistance to cetuximab remains to be tested.", False),
    ("NEG whether unknown", "Whether {S} {overcome} resistance to cetuximab is unknown.", False),
]
OTHER_CASES = [  # (kind, sentence, facts accepted (any one), positive?)
    ("predicts", "NRAS mutations predict resistance to panitumumab.", [("NRAS mutation", "predicts_resistance_to", "panitumumab")], True),
    ("predicts", "RAS wild-type status predicts response to panitumumab.", [("RAS wild-type", "predicts_response_to", "panitumumab")], True),
    ("predicts", "Patients with RAS wild-type tumours benefit from panitumumab.", [("RAS wild-type", "predicts_response_to", "panitumumab")], True),
    ("predicts", "Patients with BRAF V600E mutations benefit from encorafenib plus cetuximab.", [("BRAF V600E", "predicts_response_to", "cetuximab + encorafenib")], True),
    ("predicts", "Patients with KRAS mutations do not benefit from cetuximab.", [("KRAS mutation", "predicts_resistance_to", "cetuximab")], True),
    ("predicts", "HER2 amplification predicts response to trastuzumab.", [("ERBB2 amplification", "predicts_response_to", "trastuzumab")], True),
    ("predicts", "MSI-high status predicts response to pembrolizumab.", [("MSI-H/dMMR", "predicts_response_to", "pembrolizumab")], True),
    ("predicts", "High AXL expression predicts poor response to cetuximab.", [("AXL overexpression", "predicts_resistance_to", "cetuximab")], True),
    ("predicts", "PIK3CA mutations did not predict response to cetuximab.", [("PIK3CA mutation", "predicts_response_to", "cetuximab"), ("PIK3CA mutation", "predicts_resistance_to", "cetuximab")], False),
    ("predicts", "PIK3CA mutations may predict resistance to cetuximab.", [("PIK3CA mutation", "predicts_resistance_to", "cetuximab")], True),
    ("activates", "HGF activates MET.", [("HGF", "activates", "MET")], True),
    ("activates", "AKT phosphorylates GSK3B.", [("AKT", "activates", "GSK3B")], True),
    ("activates", "IL-6 upregulates PD-L1.", [("IL-6", "activates", "CD274")], True),
    ("activates", "KRAS mutations activate the MAPK pathway.", [("KRAS mutation", "activates", "MAPK pathway")], True),
    ("activates", "IL-6 induces STAT3 phosphorylation.", [("IL-6", "activates", "STAT3")], True),
    ("activates", "HGF stimulates MET signalling.", [("HGF", "activates", "MET")], True),
    ("activates", "TGF-beta induces expression of SNAI1.", [("TGF-β", "activates", "SNAI1")], True),
    ("activates", "IL-6 did not activate STAT3.", [("IL-6", "activates", "STAT3")], False),
    ("activates", "STAT3 is activated by IL-6.", [("IL-6", "activates", "STAT3")], True),
    ("activates", "PD-L1 expression is induced by IL-6.", [("IL-6", "activates", "CD274")], True),
    ("activates", "PD-L1 expression was not induced by IL-6.", [("IL-6", "activates", "CD274")], False),
    ("activates", "Whether HGF activates STAT3 is uncertain.", [("HGF", "activates", "STAT3")], False),
    ("inhibits", "PTEN inhibits the PI3K/AKT pathway.", [("PTEN", "inhibits", "PI3K/AKT/mTOR pathway")], True),
    ("inhibits", "miR-143 suppresses KRAS expression.", [("miR-143", "inhibits", "KRAS")], True),
    ("inhibits", "SMAD4 suppresses WNT signalling.", [("SMAD4", "inhibits", "WNT pathway"), ("SMAD4", "inhibits", "Wnt/β-catenin pathway")], True),
    ("inhibits", "Trametinib inhibits MEK.", [("trametinib", "targets", "MAP2K1"), ("trametinib", "inhibits", "MAP2K1"), ("trametinib", "targets", "MEK"), ("trametinib", "inhibits", "MEK")], True),
    ("inhibits", "IL-6 downregulates E-cadherin.", [("IL-6", "inhibits", "CDH1")], True),
    ("inhibits", "PTEN did not inhibit AKT.", [("PTEN", "inhibits", "AKT")], False),
    ("inhibits", "AKT is inhibited by PTEN.", [("PTEN", "inhibits", "AKT")], True),
    ("inhibits", "ERK is negatively regulated by DUSP6.", [("DUSP6", "inhibits", "ERK")], True),
    ("inhibits", "ERK is negatively regulated by DUSP6.", [("ERK", "inhibits", "DUSP6")], False),
    ("activates", "Loss of PTEN results in AKT activation.", [("PTEN loss", "activates", "AKT")], True),
    ("activates", "Loss of PTEN results in AKT activation.", [("PTEN", "activates", "AKT")], False),
    ("activates", "Loss of SMAD4 leads to activation of the WNT pathway.", [("SMAD4", "activates", "Wnt/β-catenin pathway")], False),
    ("inhibits", "E-cadherin expression is suppressed by ZEB1.", [("ZEB1", "inhibits", "CDH1")], True),
    # cells: drawn in, killed, their cytotoxicity lowered (issue 13)
    ("activates", "CCL2 recruits monocytes to the liver.", [("CCL2", "activates", "monocyte")], True),
    ("activates", "Monocytes are recruited to the liver by CCL2.", [("CCL2", "activates", "monocyte")], True),
    ("activates", "Monocytes are recruited to the liver by CCL2.", [("monocyte", "activates", "CCL2")], False),
    ("activates", "MDSCs induce apoptosis of CD8+ T cells.", [("myeloid-derived suppressor cell", "activates", "CD8+ T cell")], False),
    ("inhibits", "MDSCs induce apoptosis of CD8+ T cells.", [("myeloid-derived suppressor cell", "inhibits", "CD8+ T cell")], True),
    ("inhibits", "IL-2 prevents apoptosis of T cells.", [("IL-2", "inhibits", "T cell")], False),
    ("inhibits", "IL-10 reduces the cytotoxicity of CD8+ T cells.", [("IL-10", "inhibits", "CD8+ T cell")], True),
    ("activates", "AKT phosphorylates and inactivates GSK3B.", [("AKT", "activates", "GSK3B")], False),
    ("predicts", "Whether PIK3CA mutations predict resistance to cetuximab is not known.", [("PIK3CA mutation", "predicts_resistance_to", "cetuximab")], False),
]
VERBS = {"desensitize", "bypass", "confer", "mediate", "drive", "cause", "induce", "promote", "lead", "result", "contribute", "render",
         "reduce", "limit", "impair", "favour", "enable", "allow", "abrogate", "overcome", "reverse", "circumvent", "restore", "resensitize"}


def _agree(plural: bool) -> dict:
    forms = {v: v if plural else (v + "es" if v.endswith("ss") else v + "s") for v in VERBS}
    forms.update(be="are" if plural else "is", do="do" if plural else "does")
    return forms


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def resistance_grid():
    """(kind, frame, sentence, accepted facts, positive?) of every cause x therapy x resistance frame."""
    for frame, template, predicates, positive in RESISTANCE_FRAMES:
        for text, plural, prefix, names in CAUSES:
            for therapy, modifier, therapy_names in THERAPIES:
                sentence = _cap(template.format(X=text, Xpre=prefix, A=therapy, Acap=_cap(modifier),
                                                Amod=modifier, **_agree(plural)))
                facts = [(c, p, t) for c in names for p in predicates for t in therapy_names]
                yield "resistance", frame, sentence, facts, positive
    for sentence, facts, positive in LIST_CASES:
        yield "resistance", "list/polarity", sentence, facts, positive


def rescue_grid():
    for frame, template, positive in RESCUE_FRAMES:
        for text, part in STRATEGIES:
            plural = text.endswith("s") and " " not in text.split(" plus ")[0][-3:] and text.endswith("inhibitors")
            sentence = _cap(template.format(S=text, **_agree(plural)))
            facts = [(part, "overcomes", None)]
            yield "rescue", frame, sentence, facts, positive


def other_grid():
    for kind, sentence, facts, positive in OTHER_CASES:
        yield kind, kind, sentence, facts, positive


def _matches(fact, read) -> bool:
    """A rescue fact (no object given) holds when a strategy whose name holds the word overcomes anything."""
    s, p, o = fact
    if o is None:
        return any(s in rs and rp == p for rs, rp, ro in read)
    return any(rs == s and rp == p and ro == o for rs, rp, ro in read)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--all", action="store_true", help="print every sentence, not only failures")
    parser.add_argument("--kind", help="only this kind (resistance, rescue, predicts, activates, inhibits)")
    args = parser.parse_args(argv)
    from rule_cases import read_relations

    tally, failures = Counter(), Counter()
    for kind, frame, sentence, facts, positive in [*resistance_grid(), *rescue_grid(), *other_grid()]:
        if args.kind and kind != args.kind:
            continue
        qualified = read_relations(sentence, qualified=True)
        # a fact read as not holding (direction does_not_support: "A failed to overcome resistance to B") is no
        # statement of the fact
        read = {(s, p, o) for s, p, o, q in qualified if dict(q).get("direction") != "does_not_support" and
                (not frame.startswith("hedge") or dict(q).get("certainty") == "hypothesis")}
        hit = any(_matches(f, read) for f in facts)
        ok = hit if positive else not hit
        tally[frame] += 1
        if not ok:
            failures[frame] += 1
        if args.all or not ok:
            shown = sorted(f for f in read if f[1] not in ("alteration_of", "participates_in", "involves"))
            print(f"{'ok  ' if ok else 'MISS' if positive else 'WRONG'} [{frame}] {sentence}\n      read {shown}")
    print("\nframe failures / sentences")
    for frame in tally:
        print(f"  {failures[frame]:3d} / {tally[frame]:3d}  {frame}")
    print(f"total {sum(failures.values())} / {sum(tally.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
