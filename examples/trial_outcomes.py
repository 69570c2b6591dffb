"""Outcomes of the CRYSTAL trial's arms, each with the sentence or table row it comes from."""
import kg

graph, _ = kg.build()
crystal = {e.id for e in graph.nodes("Trial") if e.name == "CRYSTAL"}
rows = [(graph.entity(o.arm).name, o.metric, o.value, o.unit, o.subgroup, o.evidence.method)
        for o in graph.outcomes() if graph.entity(o.arm).attr("trial") in crystal]
for row in rows:
    print(*row, sep=" | ")
assert ("CRYSTAL: cetuximab + FOLFIRI", "ORR", 57.3, "%") in {r[:4] for r in rows}
