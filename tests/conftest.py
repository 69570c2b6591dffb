"""Shared fixtures: the bundled corpus is built once per test session, through the CLI."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args, cwd=None, check=True):
    """Run ``python -m kg ARGS`` and return the completed process."""
    proc = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], cwd=cwd, capture_output=True, text=True)
    if check and proc.returncode != 0:
        raise AssertionError(f"crckg {' '.join(map(str, args))} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    run_cli("build", "--quiet", "--out", out)
    return out


@pytest.fixture(scope="session")
def graph(built):
    import kg

    return kg.load(built)
