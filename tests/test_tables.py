"""Column-aligned trial tables: each OR/HR keeps the P value printed under it."""


def test_hazard_ratio_rows_carry_their_p_values(graph):
    found = {(graph.entity(o.arm).name, o.metric, o.value): o.p for o in graph.outcomes()
             if o.evidence.method == "table" and o.metric in ("HR_PFS", "HR_OS", "OR_RR")}
    assert found[("CRYSTAL: cetuximab + FOLFIRI", "HR_OS", 0.69)] == "= 0.0024"
    assert found[("CRYSTAL: cetuximab + FOLFIRI", "OR_RR", 3.31)] == "< 0.001"
    # a lone P in the ORR column (no OR printed) does not shift the others
    assert found[("CALGB/SWOG 80405: cetuximab + chemotherapy", "HR_PFS", 1.04)] == "= 0.55"
