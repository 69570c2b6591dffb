"""HER2-amplified or HER2-overexpressing mCRC after anti-EGFR therapy: the HER2-directed options and their trials."""
import kg
from kg.query import rescue_paths, trials

graph, _ = kg.build()
her2 = rescue_paths(graph, "anti-EGFR antibody", mechanism="HER2 amplification")
for p in her2:
    print(f"{p.regimen_name}  [{p.strength}]  rescues {p.target_name}" + (f"  ({p.match})" if p.match else ""))
    for arm in p.arms:
        print(f"    {arm.trial_name} (phase {arm.phase or '?'}): {arm.summary() or 'no outcome read'}")

# the same trials, seen from the target: every phase II arm with an ERBB2-directed drug
records = trials(graph, target="HER2", phase="II").records()
print(f"{len(records)} phase II arms with an ERBB2-directed drug")
assert {"lapatinib + trastuzumab", "pertuzumab + trastuzumab", "trastuzumab + tucatinib",
        "pyrotinib + trastuzumab", "trastuzumab deruxtecan"} <= {p.regimen_name for p in her2}
destiny = next(r for r in records if r["trial"] == "DESTINY-CRC01")
assert destiny["ORR"] == 45.3
