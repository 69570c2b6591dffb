"""A direction word before a level that is the verb of its clause, not part of a level marker.

"reduced PTEN expression" in "patients with reduced PTEN expression" is a level marker (low PTEN expression), but in
"knockdown of YAP1 reduced STAT3 expression", "IL-6 increased levels of PD-L1" or "cetuximab markedly decreased EGFR
levels" the word is the past tense of a verb whose subject stands right before it: an agent changed the level, which
the signalling rules read (the level's product is what the agent raises or lowers). The subject is a gene, molecule,
drug, class, regimen, alteration or cell population named right before the word (an adverb may stand between), or a
word of taking a gene away or adding one ("YAP1 knockdown decreased ..."); a name after a word of time or place
("after cetuximab reduced EGFR expression was seen") is no subject. Only the past-tense forms are verbs here: "low",
"lower", "high", "absent" never are.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# the past-tense verbs of change that also serve as direction words of a level
VERB_FORMS = frozenset({"reduced", "decreased", "diminished", "increased", "elevated"})
# the categories of a name that may be the subject of such a verb
_SUBJECTS = frozenset({"Gene", "Molecule", "Drug", "DrugClass", "Regimen", "Alteration", "CellType"})
# an adverb between subject and verb ("significantly reduced")
_ADVERB = r"(?:\s+(?:\w+ly|also|further))?\s+$"
# a word of taking a gene away or adding one, or of treating, ending the subject ("YAP1 knockdown", "treatment")
_ACTION_SUBJECT = lazy_compile(r"(?<![\w\-])(?:knock-?down|knock-?out|silencing|depletion|deletion|inhibition|blockade|"
                               r"overexpression|over-expression|treatment|exposure|stimulation)" + _ADVERB, re.I)
_BETWEEN = lazy_compile(_ADVERB[:-1], re.I)
# a word of time or setting before the name, maybe across a count of what was given: the name is no subject ("after
# cetuximab reduced ... was seen", "after 6 cycles of FOLFOX decreased ...")
# (nor after a preposition or a participle of giving: "Among patients given FOLFOX decreased ERCC1 levels predicted
# ...", "in tumours treated with A increased B expression was seen"; only a word of acting takes one: "treatment with
# A", "knockdown of B")
_TIME_BEFORE = lazy_compile(r"(?<![\w\-])(?:(?:after|following|during|upon|on|under|post)\s+(?:[\w\-]+\s+)?"
                            r"(?:\d{1,3}\s+(?:weeks?|cycles?|months?|days?|courses?|doses?)\s+of\s+)?|"
                            r"(?<!knockdown )(?<!knockout )(?<!silencing )(?<!depletion )(?<!inhibition )(?<!treatment )"
                            r"(?<!exposure )(?<!overexpression )(?<!deletion )(?<!blockade )(?<!addition )"
                            r"(?:of|with|in|among|given|receiving|received|treated\s+with|exposed\s+to)\s+"
                            r"(?:(?:the|a|an)\s+)?)$", re.I)


def verb_of_change(text: str, start: int, word: str, mentions) -> bool:
    """Whether the direction ``word`` at ``start`` is a verb with its subject right before it.

    >>> from types import SimpleNamespace as N
    >>> yap = N(start=0, end=4, entity=N(category="Gene"))
    >>> verb_of_change("YAP1 reduced STAT3 expression", 5, "reduced", [yap])
    True
    >>> verb_of_change("patients with reduced STAT3 expression", 14, "reduced", [])
    False
    >>> verb_of_change("YAP1 knockdown significantly decreased STAT3 levels", 29, "decreased", [yap])
    True
    >>> verb_of_change("YAP1 low STAT3", 5, "low", [yap])
    False
    >>> verb_of_change("YAP1 activated AKT and decreased STAT3 levels", 23, "decreased", [yap])
    True
    >>> verb_of_change("tumours with YAP1 loss and decreased STAT3 levels", 26, "decreased", [yap])
    False
    """
    if word.lower() not in VERB_FORMS:
        return False
    if _coordinated_verb(text, start, mentions):
        return True
    action = _ACTION_SUBJECT.search(text, max(0, start - 40), start)
    if action:
        return not _TIME_BEFORE.search(text, max(0, action.start() - 30), action.start())
    for m in mentions:
        if m.end <= start and start - m.end <= 24 and m.entity.category in _SUBJECTS and \
                _BETWEEN.fullmatch(text, m.end, start):
            return not _TIME_BEFORE.search(text, max(0, m.start - 30), m.start)
    return False


# a verb of raising or lowering in a finite form, the first verb of a clause whose later phrase opens with the word
_FIRST_VERB = lazy_compile(r"(?:activat|stimulat|upregulat|up-regulat|enhanc|increas|elevat|induc|promot|trigger|"
                           r"augment|boost|potentiat|inhibit|suppress|downregulat|down-regulat|reduc|decreas|"
                           r"attenuat|abolish|abrogat|diminish|repress|impair|block)(?:ed|es|s)\b", re.I)
# the join before a coordinated verb phrase: "and", "but", a comma (an adverb may follow)
_JOIN_BEFORE = lazy_compile(r"(?:,\s*(?:and\s+|but\s+)?|(?<![\w\-])(?:and|but)\s+)(?:\w+ly\s+)?$", re.I)
# words that open a clause of its own between the first verb and the join: its verbs have their own subjects
_OWN_CLAUSE = lazy_compile(r"(?<![\w\-])(?:which|that|who|whereas|while|when|although|because|since|if)(?![\w\-])|[;:]", re.I)


def _coordinated_verb(text: str, start: int, mentions) -> bool:
    """The word at ``start`` opens a verb phrase coordinated after the first verb of its clause, a verb of raising
    or lowering with its subject right before it ("IL-6 activated STAT3 and decreased E-cadherin levels",
    "TGF-beta increased SNAIL expression but decreased E-cadherin levels"): the phrase shares that subject."""
    if not _JOIN_BEFORE.search(text, max(0, start - 20), start):
        return False
    for m in mentions:
        if m.end > start or start - m.end > 120 or m.entity.category not in _SUBJECTS:
            continue
        verb = _FIRST_VERB.match(text, m.end + 1) if text[m.end:m.end + 1] == " " else None
        if verb is None or _OWN_CLAUSE.search(text, verb.end(), start):
            continue
        if not _TIME_BEFORE.search(text, max(0, m.start - 30), m.start) and \
                not any(o.end <= m.start and m.start - o.end <= 2 for o in mentions):
            return True
    return False
