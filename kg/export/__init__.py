"""Exporters, one module per output format, registered in :data:`FORMATS` (and :data:`WRITERS`).

Each format writes either one file or a folder of files. ``crckg build`` writes the
:data:`BUILD_FORMATS` into its output folder; ``crckg export --format F`` writes any of them, into
the build folder under the format's default name or to a destination the user gives
(:func:`destination`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Callable

from kg.atomic import atomic_open
from kg.echo import cut
from kg.export import cx2, cytoscape, graphml, jsonld, kgx, neo4j, ntriples, turtle


class DestinationError(ValueError):
    """A destination that cannot take an export (names it and says what to do)."""


@dataclass(frozen=True)
class Format:
    """An output format: its name, where it goes by default, and its writer.

    ``folder`` formats write several files into a folder (``write(kg, folder)``, which makes the
    folder when its parent exists); the others write one file (``write(kg, path)``). ``default`` is
    the file or folder name inside a build folder (``""``: the build folder itself).
    """

    name: str
    default: str
    folder: bool
    write: Callable


def _one_file(write_to, binary: bool, kg, path) -> list[Path]:
    with atomic_open(path, binary=binary) as handle:
        write_to(kg, handle)
    return [Path(path)]


def _in_folder(write, kg, folder) -> list[Path]:
    Path(folder).mkdir(exist_ok=True)
    return write(kg, folder)


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("kgx", "", True, partial(_in_folder, kgx.write_kgx)),
    Format("ttl", "kg.ttl", False, partial(_one_file, turtle.write_turtle_to, True)),
    Format("nt", "kg.nt", False, partial(_one_file, ntriples.write_ntriples_to, False)),
    Format("jsonld", "kg.jsonld", False, partial(_one_file, jsonld.write_jsonld_to, False)),
    Format("graphml", "kg.graphml", False, graphml.write_graphml),
    Format("cyjs", "kg.cyjs", False, cytoscape.write_cytoscape),
    Format("cx2", "kg.cx2", False, cx2.write_cx2),
    Format("neo4j", "neo4j", True, neo4j.write_neo4j),
)}


def destination(fmt: Format, out_dir: Path, to: Path | None = None) -> Path:
    """Where ``fmt`` is written: ``to`` when given, else its default place in the build folder ``out_dir``.

    A one-file format given an existing folder writes its default file name there; a folder format's
    folder is made when it is written, so the folder above it must exist. Raises
    :class:`DestinationError` for a destination that cannot be used; nothing is created here.
    """
    if to is None:
        target, what = (Path(out_dir) / fmt.default if fmt.default else Path(out_dir)), "--out"
    else:
        target, what = Path(to), "--to"
    if fmt.folder:
        if target.exists() and not target.is_dir():
            raise DestinationError(f"{what} {cut(target)}: is a file, not a folder; the {fmt.name} export is a "
                                   f"folder of files, so choose a folder (it is made if the folder above it exists)")
        if not target.parent.is_dir():
            raise DestinationError(f"{what} {cut(target)}: the folder {cut(target.parent)} does not exist; create it, "
                                   f"or choose another folder")
        return target
    if target.is_dir():
        return target / fmt.default
    if not target.parent.is_dir():
        raise DestinationError(f"{what} {cut(target)}: the folder {cut(target.parent)} does not exist; create it, "
                               f"or choose another file")
    return target


def _into(fmt: Format, kg, out_dir) -> list[Path]:
    return fmt.write(kg, destination(fmt, Path(out_dir)))


# Every format, written under its default name into a folder: ``WRITERS[name](kg, out_dir)``.
WRITERS: dict[str, Callable] = {name: partial(_into, fmt) for name, fmt in FORMATS.items()}

BUILD_FORMATS = ("kgx", "ttl")
