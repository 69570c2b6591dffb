"""What every ``crckg`` command shares: the error console and the one-line failure exit."""
from __future__ import annotations

from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape as esc

err = Console(stderr=True, soft_wrap=True, highlight=False)


def fail(message: str, code: int = 2) -> NoReturn:
    """Print ``error: MESSAGE`` (as plain text, not rich markup) on stderr and exit with ``code``."""
    err.print(f"[red]error:[/red] {esc(message)}")
    raise typer.Exit(code)
