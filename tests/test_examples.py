"""Every script in examples/ runs and its own assertions hold."""
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.py"))


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs(script):
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=script.parent.parent)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip()
