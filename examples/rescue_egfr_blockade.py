"""After EGFR blockade fails: which resistance causes have rescue regimens, tested where, with what result?"""
import kg
from kg.query import rescue_paths

graph, _ = kg.build()
paths = rescue_paths(graph, "EGFR blockade")
for p in paths[:12]:
    arms = "; ".join(f"{a.trial_name} {a.summary()}".strip() for a in p.arms[:2]) or "no trial arm read"
    print(f"[{p.strength}] {p.cause_name} -> {p.regimen_name} ({len(p.documents)} documents): {arms}")

# every hop of the top chain, with the sentence that states it
top = paths[0]
for hop in top.hops:
    print(" ", hop)
    for ev in hop.evidence:
        print(f"      {ev.document} {ev.start}-{ev.end}: {ev.sentence[:110]}")

regimens = {p.regimen_name for p in paths}
assert {"adagrasib + cetuximab", "cetuximab + encorafenib", "cetuximab + tivantinib", "trastuzumab + tucatinib"} <= regimens
assert top.strength == "randomized phase III"
met = rescue_paths(graph, "EGFR blockade", mechanism="MET amplification")
assert {"cetuximab + tivantinib", "cabozantinib + panitumumab"} <= {p.regimen_name for p in met}
