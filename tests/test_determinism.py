"""Same input, byte-identical output."""
from conftest import run_cli


def test_two_builds_are_byte_identical(built, tmp_path):
    run_cli("build", "--quiet", "--out", tmp_path)
    for name in ("nodes.jsonl", "edges.jsonl", "kg.ttl"):
        assert (built / name).read_bytes() == (tmp_path / name).read_bytes(), name
