"""The per-document time budget: a document that reads too long is reported as failed, the others are built."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from kg.resources import bundled_corpus_dir

BUDGET = "1"  # seconds: the small document reads in milliseconds, the big one in several seconds
MESSAGE = "big.txt: reading took longer than the 1 s budget for one document"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A real corpus article forty times over (about 2 MB, several seconds to read) and a one-line document."""
    folder = tmp_path_factory.mktemp("budget")
    article = sorted(bundled_corpus_dir().glob("*.txt"))[0].read_text(encoding="utf-8")
    (folder / "big.txt").write_text(article * 40, encoding="utf-8")
    (folder / "small.txt").write_text("MET amplification confers resistance to cetuximab in colorectal cancer.\n",
                                      encoding="utf-8")
    return folder


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_document_over_its_budget_fails_and_the_others_are_built(corpus, tmp_path, workers):
    proc = run_cli("build", "--corpus", corpus, "--out", tmp_path, "--no-cache", "--quiet", "--time-budget", BUDGET,
                   "--workers", workers, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    [line] = [x for x in proc.stderr.splitlines() if x.startswith("failed:")]
    assert MESSAGE in line and "--time-budget" in line
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [d["document"] for d in report["documents"]] == ["small.txt"]
    assert [f["document"] for f in report["failed"]] == ["big.txt"]
    assert "MET amplification" in (tmp_path / "nodes.jsonl").read_text(encoding="utf-8")


def test_the_budget_applies_inside_dask_workers(corpus, tmp_path):
    """Dask reads in worker threads: a document stuck inside one step is stopped there too."""
    pytest.importorskip("dask.distributed", reason="pip install '.[dask]' for the Dask executor")
    import shutil
    import time

    from kg.pipeline import corpus_files, read_all

    folder = tmp_path / "c"
    shutil.copytree(corpus, folder)
    (folder / "list.txt").write_text("KRAS G12C, " * 200_000, encoding="utf-8")  # one 2.2 MB list, no sentence end
    start = time.monotonic()
    results, failed = read_all(corpus_files(folder), executor="dask", workers=1, budget_s=float(BUDGET))
    assert time.monotonic() - start < 60
    assert [r.document for r in results] == ["small.txt"]
    assert [f["document"] for f in failed] == ["big.txt", "list.txt"] and MESSAGE in failed[0]["error"]
    assert all("budget for one document" in f["error"] for f in failed)


def test_read_one_stops_inside_a_long_step(corpus):
    """In the main thread an alarm stops reading at the budget, not at the builders' next check."""
    import time

    from kg.pipeline import ReadFailure, read_one, warm_up

    warm_up()
    start = time.monotonic()
    outcome = read_one(corpus / "big.txt", budget_s=0.3)
    assert isinstance(outcome, ReadFailure) and "0.3 s budget" in outcome.error
    assert time.monotonic() - start < 2.0
    assert read_one(corpus / "small.txt", budget_s=30).document == "small.txt"


def test_time_limit_stops_a_regex_in_the_main_thread_and_a_loop_in_another_thread():
    import re
    import threading
    import time

    from kg.budget import Overrun, time_limit

    start = time.monotonic()
    with pytest.raises(Overrun):
        with time_limit(0.2):
            re.match(r"(a+)+b", "a" * 40)  # catastrophic backtracking, in C
    assert time.monotonic() - start < 5

    outcome = []

    def work():
        try:
            with time_limit(0.2):
                try:
                    while True:
                        sum(range(100))
                except Exception:  # noqa: BLE001 - the stop must not be swallowed by a broad except
                    outcome.append("swallowed")
        except Overrun:
            outcome.append("stopped")
        time.sleep(0.4)  # nothing arrives after the block is left
        outcome.append("went on")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert outcome == ["stopped", "went on"]


@pytest.mark.parametrize("value", ["0", "-5", "nan"])
def test_a_budget_that_is_not_positive_is_refused(tmp_path, value):
    proc = run_cli("build", "--time-budget", value, "--out", tmp_path, check=False)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    expected = f"error: --time-budget {value}: give a positive number of seconds (the default is 120)"
    assert proc.stderr.strip() == expected
    assert not any(tmp_path.iterdir())


def test_the_api_refuses_a_bad_budget(corpus):
    from kg.pipeline import build_graph

    for bad in (0, -1.0, float("nan"), "10"):
        with pytest.raises(ValueError, match="positive number of seconds"):
            build_graph(corpus, budget_s=bad)
