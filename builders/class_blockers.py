"""Where a drug class named for one gene stands as the subject of a lowering verb.

"SRC inhibitors abolished MET activation", "Treatment with MEK inhibitors reduced ERK phosphorylation": as
"inhibition of SRC blocked MET phosphorylation" (signalling.gene_taken_away_lowers), what a class of inhibitors of
one gene lowers is kept up by that gene (SRC activates MET; signalling.rr46_blocker_class_lowers). The class must be
the subject: it opens the clause, or the treatment phrase that opens it ("Treatment with", "Pretreatment with",
"Exposure to", "Incubation with"). Here only the words are judged; the guard is
:func:`builders.guards.blocker_class_subject`.
"""
from __future__ import annotations

import re

# the noun and preposition of a treatment phrase that opens a clause before the class
_TREATMENT_NOUNS = frozenset({"treatment", "pretreatment", "pre-treatment", "exposure", "incubation", "co-treatment",
                              "cotreatment"})
_TREATMENT_PREPOSITIONS = frozenset({"with", "to"})


def treatment_phrase_before(prev: str, word: str) -> bool:
    """Whether ``prev word`` (lower-cased tokens, just before the class) is an opening treatment phrase ("Treatment
    with"); the treatment noun is ``prev``.

    >>> treatment_phrase_before("pretreatment", "with")
    True
    >>> treatment_phrase_before("resistance", "to")
    False
    """
    return word in _TREATMENT_PREPOSITIONS and prev in _TREATMENT_NOUNS


def own_part_named(target_name: str, genes: list[str]) -> bool:
    """Does the name of what is lowered name one of the class's own genes ("CCL5-CCR5 axis" for a CCR5 class)? A
    gene does not keep up an axis it is part of.

    >>> own_part_named("CCL5-CCR5 axis", ["CCR5"])
    True
    >>> own_part_named("MET activation", ["SRC"])
    False
    """
    words = set(re.split(r"[\s/\-]+", target_name.lower()))
    return any(g.lower() in words for g in genes)
