"""Which sentences say that MET amplification makes tumours resist anti-EGFR antibodies?"""
import kg

graph, _ = kg.build()  # the bundled corpus
edges = [a for a in graph.assertions("confers_resistance_to")
         if graph.entity(a.subject).name == "MET amplification" and graph.entity(a.object).name == "anti-EGFR antibody"]
assert edges, "expected MET amplification -confers_resistance_to-> anti-EGFR antibody"
for edge in edges:
    print(f"{graph.entity(edge.subject).name} -{edge.predicate}-> {graph.entity(edge.object).name} {dict(edge.qualifiers)}")
    for ev in edge.evidence:
        print(f"  [{ev.document} {ev.start}:{ev.end}, {ev.method}, {ev.study_kind}] {ev.sentence}")
