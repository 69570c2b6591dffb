"""Builder: the curated overlay (``ontology/curated.yaml``) for facts the rules cannot get.

Every curated fact names its document and quotes the sentence that states it; a fact whose quote hedges
(and whose entry sets no certainty) is a ``hypothesis``, as a rule reads it.
The quote must occur verbatim (up to whitespace) in that document, or the build
fails with a message naming the entry: a curated fact can never float free of
its source.
"""
from __future__ import annotations

import re

from builders.context import Emitter, study_kind
from builders.document import Document, collapse
from builders.lazy_patterns import compiled
from kg.model import Evidence


class CuratedQuoteError(ValueError):
    """A curated fact whose quote is not in its document."""


# characters a layout may set in another form: hyphen and dashes, straight and typographic quotes
_SAME_CHARACTER = {c: klass for klass in ("-\u2010\u2011\u2012\u2013\u2014", "'\u2018\u2019", '"\u201c\u201d')
                   for c in klass}
_ESCAPED = {"&": "&(?:amp;)?", "<": "(?:<|&lt;)", ">": "(?:>|&gt;)"}  # as an HTML-saved page writes them
_SPACE = r"(?:\s|&nbsp;|&#160;)+"
_LINE_END_HYPHEN = r"(?:-[ \t]*(?:\r\n|\r|\n)[ \t]*)?"  # "resis-" at a line end, "tance" on the next


def locate(text: str, quote: str) -> tuple[int, int] | None:
    """Offsets of ``quote`` in ``text``, allowing any whitespace between words (or an HTML-saved page's
    character references), a word hyphenated at a line end,
    and a dash or quote mark in another form (the same sentence hard-wrapped or typeset).

    >>> locate("a  quick\\nbrown fox", "quick brown")
    (3, 14)
    >>> locate("the resis-\\r\\ntance of 10\u201313 \u201cRAS\u201d", 'resistance of 10-13 "RAS"')
    (4, 32)
    >>> locate("5-FU &amp; leucovorin for 10&nbsp;months", "5-FU & leucovorin for 10 months")
    (0, 40)
    """
    def word(w: str) -> str:
        parts = []
        for i, c in enumerate(w):
            if i and c.isalpha() and w[i - 1].isalpha():
                parts.append(_LINE_END_HYPHEN)
            klass = _SAME_CHARACTER.get(c)
            parts.append("[" + re.escape(klass) + "]" if klass else _ESCAPED.get(c) or re.escape(c))
        return "".join(parts)

    words = collapse(quote).split(" ")
    # (compiled from its kept code: a quote's pattern, a group between every two letters, takes 10-20 ms to compile,
    # about a hundred times its search)
    m = compiled(_SPACE.join(word(w) for w in words)).search(text)
    return (m.start(), m.end()) if m else None


def build(doc: Document, ctx: "Reading", entries: list[dict]) -> Emitter:
    """Curated facts for ``doc`` (the entries whose ``document`` is this file)."""
    out = Emitter(doc, ctx, "curated")
    for i, entry in enumerate(entries):
        if entry["document"] != doc.name:
            continue
        span = locate(doc.text, entry["quote"])
        if span is None:
            raise CuratedQuoteError(f"curated.yaml entry {i + 1} ({entry['subject']} {entry['predicate']} {entry['object']}): "
                                    f"quote not found in {doc.name}; fix the quote so it matches the document")
        sentence = collapse(doc.text[span[0]:span[1]])
        section = next((name for start, name in reversed(doc.sections) if start <= span[0]), "")
        ev = Evidence(doc.name, span[0], span[1], sentence, section, "curated", entry.get("study_kind") or study_kind(sentence),
                      **doc.quote(*span), publications=doc.publications)
        subject, subject_rec = _entity(ctx, entry["subject"])
        obj, object_rec = _entity(ctx, entry["object"])
        if subject is None or obj is None:
            raise CuratedQuoteError(f"curated.yaml entry {i + 1}: cannot resolve {entry['subject']!r} or {entry['object']!r}")
        qualifiers = dict(entry.get("qualifiers") or {})
        if "certainty" not in qualifiers and quote_hedged(ctx, sentence):
            qualifiers["certainty"] = "hypothesis"  # as a rule's fact from a hedged sentence
        if not out.fact(subject, entry["predicate"], obj, ev, **qualifiers):
            raise CuratedQuoteError(f"curated.yaml entry {i + 1}: {subject.category} -{entry['predicate']}-> {obj.category} "
                                    f"is not allowed by the schema")
        for rec in (subject_rec, object_rec):
            if rec.regimens:
                out.mentions(rec, ev)  # the components of a curated combination
    return out


def quote_hedged(ctx: "Reading", sentence: str) -> bool:
    """The quote hedges what it states ("Bardelli et al. suggested that ...", "... could provide a new
    therapeutic strategy", "... is a potential strategy"): a cue of the ``hedge`` lexicon that is no part of a
    negation ("could not improve" states a finding)."""
    hits = ctx.shared.rules.cues.hits(sentence)
    negations = [(start, end) for start, end, lexicon in hits if lexicon == "negation"]
    return any(lexicon == "hedge" and not any(n_start <= start < n_end for n_start, n_end in negations)
               for start, _end, lexicon in hits)


def _entity(ctx: "Reading", name: str):
    """The entity a curated name denotes, and the recognition it came from."""
    rec = ctx.find(name)
    if rec.regimens:
        return rec.regimens[0][0].entity, rec
    full = [m.entity for m in rec.mentions if m.start == 0 and m.end == len(name)]
    if full:
        return full[0], rec
    eid = ctx.vocab.resolve(name)
    return (ctx.vocab.entities.get(eid) if eid else None), rec
