"""Names of a strategy written as the inhibition of its target.

A text often writes a therapy as what it does to a gene, a ligand or a pathway: "inhibition of Nrf2",
"Ang2 inhibition", "methyltransferase inhibition", "blockade of the HGF-MET pathway". The reader takes it
as the class of agents acting on that target (the NRF2 inhibitor, the anti-VEGF class); this module gives
that class's part in a combination the names the text's own spelling of the target makes: "Nrf2 inhibition"
and "Nrf2 inhibitor", so that "Nrf2 inhibition + oxaliplatin" names the combination however the target is
spelled (a class a target's other name makes is one node: its synonyms carry the target's aliases, but a
combination keeps only a few of them).

Only classes that act against their target take these names (an inhibitor, a blocker, an antagonist, an
"anti-" class); an agonist or a vaccine is never its target's inhibition.
"""
from __future__ import annotations

import re

from builders.document import collapse
from builders.lazy_patterns import lazy_compile

# a class acting against its target: "NRF2 inhibitor", "anti-VEGF therapy", "CCR5 antagonist", "TGF-beta blockade"
_AGAINST = lazy_compile(r"(?:^anti-|\b(?:inhibitors?|antagonists?|blockade|blockers?)$)")
# the strategy's noun after its target as the text wrote it: "Ang2 inhibition", "methyltransferase inhibitors"
_STRATEGY_END = lazy_compile(r"^(?P<stem>.+?)[\s-]+(?:inhibition|inhibitors?|blockade|silencing|knockdown|"
                             r"knock-down|targeting|suppression|antagonists?)$")
# words that make a written part a class or a therapy, not a bare target ("anti-VEGF agents", "EGFR-targeted drugs")
_CLASS_WORDS = lazy_compile(r"(?:\banti-|therap|\bagents?\b|\bdrugs?\b|antibod|inhibit|blockade|blocker|antagonist|"
                            r"targeted|directed|\bmAbs?\b|\bTKIs?\b|[+/,;()])", re.I)


def strategy_forms(name: str, category: str, written: str, is_target=None) -> tuple[str, ...]:
    """The names "<target> inhibitor" and "<target> inhibition" of a class acting against its target, with the
    target spelled as the text wrote it: the bare target a class was read from ("Nrf2" of "inhibition of
    Nrf2"), or the stem before a strategy noun ("methyltransferase" of "methyltransferase inhibition").

    >>> strategy_forms("NFE2L2 inhibitor", "DrugClass", "Nrf2", lambda w: w == "Nrf2")
    ('Nrf2 inhibitor', 'Nrf2 inhibition')
    >>> strategy_forms("DNA methyltransferase inhibitor", "DrugClass", "methyltransferase inhibition")
    ('methyltransferase inhibitor', 'methyltransferase inhibition')
    >>> strategy_forms("anti-VEGF therapy", "DrugClass", "anti-VEGF agents")
    ()
    >>> strategy_forms("CD28 agonist", "DrugClass", "CD28", lambda w: True)
    ()
    >>> strategy_forms("immune checkpoint inhibitor", "DrugClass", "ICIs", lambda w: False)
    ()
    """
    if category != "DrugClass" or not written or not _AGAINST.search(name.lower()):
        return ()
    said = collapse(written)
    end = _STRATEGY_END.match(said)
    stem = end.group("stem") if end else said
    if not stem or len(stem) > 40 or len(stem.split()) > 3 or _CLASS_WORDS.search(stem) or not any(c.isalnum() for c in stem):
        return ()
    if stem.lower() not in name.lower() and not (is_target is not None and is_target(stem)):
        return ()
    return (f"{stem} inhibitor", f"{stem} inhibition")
