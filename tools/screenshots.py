"""Remake the README's screenshots of the HTML views (docs/*.png) from the bundled corpus.

A maintainer's tool (not used by the build or the tests)::

    pip install '.[docs]'          # Playwright for Python and Pillow; Debian's chromium for the browser
    python tools/screenshots.py    # writes docs/map-view.png and docs/rescue-view.png

Each view is written as the user gets it (``crckg view``, ``crckg view --rescue "EGFR blockade"``),
opened from ``file://`` in headless Chromium with the network blocked (``tests/browser.py``), and
shot once its layout has settled. The PNGs are cut to a 256-colour palette without dithering
(flat colours and text lose nothing visible) and saved optimised, which makes them 3-4 times smaller.
"""
from __future__ import annotations

import argparse
import io
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

SHOTS = [  # file in docs/, view arguments
    ("map-view.png", {}),
    ("rescue-view.png", {"rescue": "EGFR blockade"}),
]


def small_png(raw: bytes) -> bytes:
    """A PNG screenshot as a 256-colour palette PNG, optimised (octree keeps the legend colours exact; median
    cut turned the mechanisms' red brown)."""
    from PIL import Image

    image = Image.open(io.BytesIO(raw)).convert("RGB")
    out = io.BytesIO()
    image.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(out, "PNG", optimize=True)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the PNGs (default docs/)")
    args = parser.parse_args()

    import browser as chrome  # tests/browser.py: Debian's Chromium through Playwright, network blocked

    reason = chrome.missing()
    if reason:
        raise SystemExit(f"cannot take screenshots: {reason}")
    import kg
    from kg.atomic import atomic_open
    from kg.view import to_html

    graph, _ = kg.build()
    folder = Path(tempfile.mkdtemp(prefix="crckg-shots."))
    with chrome.chromium() as b:
        for name, kwargs in SHOTS:
            page = to_html(graph, folder / name.replace(".png", ".html"), **kwargs)
            with chrome.visit(b, page) as seen:
                seen.settle()
                seen.page.mouse.move(0, 0)
                raw = seen.page.screenshot()
            if seen.errors or seen.blocked:
                raise SystemExit(f"{name}: console errors {seen.errors} / network requests {seen.blocked}")
            png = small_png(raw)
            with atomic_open(args.out / name, binary=True) as handle:
                handle.write(png)
            print(f"{args.out / name}: {len(raw) // 1024} KB shot, {len(png) // 1024} KB written")


if __name__ == "__main__":
    main()
