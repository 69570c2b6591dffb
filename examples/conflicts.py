"""Where do two sources (or a text and its table) report different values for the same arm and metric?"""
import kg

graph, report = kg.build()
for c in report.conflicts:
    print(f"{c['arm_name']} {c['metric']} subgroup={c['subgroup']}: values {c['values']}")
    for s in c["sources"]:
        ev = s["evidence"]
        print(f"    {s['value']} from {s['kind']} ({ev['document']} {ev['start']}:{ev['end']}): {ev['sentence'][:100]}")
assert any(c["arm_name"].startswith("MOUNTAINEER") and c["metric"] == "ORR" for c in report.conflicts)
