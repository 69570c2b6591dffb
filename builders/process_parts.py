"""What a named process is made of: "HLA silencing" (defective antigen presentation) involves the
antigen-processing machinery, "T-cell exclusion" involves T cells.

A process of the vocabulary (``ontology/vocab/processes.yaml``) may list what it ``involves``; each
mention of it implies those ``involves`` facts, so a mechanism the text names only as a process is
still linked to its genes, pathway or cells.
"""
from __future__ import annotations


def process_parts(vocab, mentions: list, rec) -> list:
    """Imply, for each mentioned vocabulary process, the ``involves`` facts its entry lists."""
    for m in mentions:
        names = vocab.process_parts.get(m.entity.id)
        for name in names or ():
            part_id = vocab.resolve(name)
            part = vocab.entities.get(part_id) if part_id else None
            if part is not None:
                rec.imply(m.entity, "involves", part)
    return mentions
