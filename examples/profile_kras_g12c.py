"""A KRAS G12C tumour that progressed on cetuximab: what does the literature point to, and against?"""
import kg
from kg.query import profile

graph, _ = kg.build()
answer = profile(graph, alterations=["KRAS G12C"], prior_therapies=["cetuximab"])
print(answer.disclaimer)
print("Candidates:")
for c in answer.candidates:
    arms = "; ".join(f"{a.trial_name} {a.summary()}" for a in c.arms) or "no trial arm read"
    print(f"  {c.therapy_name} [{c.strength}]: {arms}")
print("Argued against:")
for c in answer.against:
    why = " ; ".join(f"{h.subject_name} -{h.predicate}-> {h.object_name}" for h in c.reasons[0])
    members = f" (and members {', '.join(h.subject_name for h in c.members)})" if c.members else ""
    print(f"  {c.therapy_name}{members}: {why}")

# candidates come strongest study first: the phase II adagrasib arm, then the cited cetuximab combination
combo = next(c for c in answer.candidates if c.therapy_name == "adagrasib + cetuximab")
assert any(a.summary().startswith("ORR 34%") for a in combo.arms)
# a class's chains are listed once, with the member drugs they apply to
against = {c.therapy_name: c for c in answer.against}
assert {"cetuximab", "panitumumab"} <= {h.subject_name for h in against["anti-EGFR antibody"].members}
assert "not clinical advice" in answer.disclaimer
