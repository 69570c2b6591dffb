"""Same input, byte-identical output."""
from conftest import run_cli


def test_two_builds_are_byte_identical(built, tmp_path):
    run_cli("build", "--quiet", "--out", tmp_path)
    for name in ("nodes.jsonl", "edges.jsonl", "kg.ttl"):
        assert (built / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_the_hash_seed_changes_nothing(built, tmp_path):
    import os
    import subprocess
    import sys

    from conftest import ROOT

    for seed in ("0", "4242"):
        out = tmp_path / seed
        subprocess.run([sys.executable, "-m", "kg", "build", "--quiet", "--no-cache", "--out", str(out)], cwd=ROOT,
                       env=dict(os.environ, PYTHONHASHSEED=seed), check=True, capture_output=True)
        for name in ("nodes.jsonl", "edges.jsonl", "kg.ttl", "report.json", "manifest.json"):
            assert (built / name).read_bytes() == (out / name).read_bytes(), (seed, name)
