"""Where do two sources (or a text and its table) report different values for the same arm and metric?"""
import kg
from kg.query import conflicts

graph, _ = kg.build()
found = conflicts(graph)
for c in found:
    print(f"{c.arm_name} {c.metric}" + (f" ({c.subgroup})" if c.subgroup else "") + f": {' vs '.join(map(str, c.values))}")
    for value, kind, ev in c.sources:
        print(f"    {value} from {kind} ({ev.document} {ev.start}:{ev.end}): {ev.sentence[:100]}")
mountaineer = next(c for c in found if c.arm_name.startswith("MOUNTAINEER") and c.metric == "ORR")
assert mountaineer.values == (52.0, 55.0)
assert {kind for _, kind, _ in mountaineer.sources} == {"text", "table"}
