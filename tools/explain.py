"""Show how the reader sees a sentence: mentions, cue hits, clauses and the facts each rule emits.

A maintainer's tool for writing rules (not used by the build)::

    python tools/explain.py "MET amplification confers resistance to cetuximab."
    python tools/explain.py --file corpus/001_47f36276ca84aedc.txt --grep "overcom"
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def explain(text: str, verbose: bool = True, grep: str | None = None, name: str = "explain.txt") -> list[tuple]:
    """Read ``text`` as one document (with its discourse) and print, per sentence, what was found."""
    from builders import default_context
    from builders import relations
    from builders.context import Reading
    from builders.document import parse_document

    ctx = default_context()
    doc = parse_document(name, text if text.rstrip().endswith((".", "!", "?")) else text + ".")
    reading = Reading(doc, ctx)
    reading.trace = []
    out = relations.build(doc, reading)
    fired: dict[tuple, list[str]] = {}
    for start, rule, sname, pred, oname in reading.trace:
        fired.setdefault((start, sname, pred, oname), []).append(rule)
    names = {e.id: e.name for e in out.entities.values()}
    by_sentence: dict[int, list] = {}
    for a in out.assertions:
        by_sentence.setdefault(a.evidence[0].start, []).append(a)
    facts = []
    for s in doc.sentences:
        if grep and not re.search(grep, s.norm, re.I):
            continue
        rec = reading.recognize(s)
        if verbose:
            print(f"\n» {s.norm}")
            print("  mentions:", "; ".join(f"{m.text!r}={m.entity.name}[{m.entity.category}]" for m in rec.merged()))
        for a in by_sentence.get(s.start, []):
            f = (names.get(a.subject, a.subject), a.predicate, names.get(a.object, a.object), dict(a.qualifiers))
            facts.append(f)
            if verbose:
                rules = sorted(set(fired.get((s.start, f[0], a.predicate, f[2]), [])))
                print("   ", f[0], f"-{f[1]}->", f[2], f[3] or "", f"[{', '.join(rules)}]" if rules else "")
    return facts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("text", nargs="?")
    ap.add_argument("--file")
    ap.add_argument("--grep", help="only sentences matching this regular expression (a string that is no valid "
                    "expression is matched as plain text)")
    ap.add_argument("--trials", action="store_true", help="show trial arms and outcomes instead of relations")
    a = ap.parse_args()
    if a.grep:
        try:
            re.compile(a.grep)
        except re.error:
            a.grep = re.escape(a.grep)
    if a.trials:
        text = Path(a.file).read_text(encoding="utf-8") if a.file else a.text
        explain_trials(text, Path(a.file).name if a.file else "explain.txt", grep=a.grep)
        return
    if a.file:
        explain(Path(a.file).read_text(encoding="utf-8"), grep=a.grep, name=Path(a.file).name)
    else:
        explain(a.text, grep=a.grep)


def explain_trials(text: str, name: str = "explain.txt", grep: str | None = None) -> None:
    """Print, per sentence, the trial arms and outcomes the prose trial reader finds."""
    from builders import default_context
    from builders import trials_text
    from builders.context import Reading
    from builders.document import parse_document

    ctx = default_context()
    doc = parse_document(name, text)
    reading = Reading(doc, ctx)
    out = trials_text.build(doc, reading)
    names = {e.id: e.name for e in out.entities.values()}
    by_sentence: dict[int, list] = {}
    for a in out.assertions:
        if a.predicate == "has_arm":
            by_sentence.setdefault(a.evidence[0].start, []).append(f"ARM {names.get(a.object, a.object)}")
    for o in out.outcomes:
        by_sentence.setdefault(o.evidence.start, []).append(
            f"{names.get(o.arm, o.arm)}: {o.metric}={o.value:g}" + (f" [{o.subgroup}]" if o.subgroup else ""))
    for s in doc.sentences:
        if grep and not re.search(grep, s.norm, re.I):
            continue
        if s.start in by_sentence or grep:
            print(f"\n» {s.norm[:220]}")
            for line in by_sentence.get(s.start, ()):
                print("   ", line)


if __name__ == "__main__":
    main()
