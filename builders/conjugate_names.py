"""Antibody-drug conjugates named by their two-word INN: the antibody ("-mab") then the payload it carries
("-tecan", "-vedotin", "-mafodotin", "-emtansine", "-soravtansine", "-ozogamicin", "-tesirine"), as in
"trastuzumab deruxtecan" or "sacituzumab govitecan". The pair is one drug, not the antibody plus a second
drug: the payload is given only bound to the antibody, and what the antibody binds is the conjugate's target.
A conjugate the vocabulary lists is already one mention; this joins the pairs it does not list."""
import re

from builders.lazy_patterns import lazy_compile
from kg.ids import mint
from kg.model import Entity

# WHO INN practice: the conjugate's name is the antibody's INN followed by a second word naming the
# payload and linker; these endings are those of the payload words in use
PAYLOAD_ENDINGS = ("tecan", "dotin", "tansine", "ozogamicin", "tesirine")
MAY_CONJUGATE = lazy_compile(r"mab\s+[A-Za-z]+(?:" + "|".join(PAYLOAD_ENDINGS) + r")\b", re.I)
_PAIR = lazy_compile(r"(?<![A-Za-z0-9\-])([A-Za-z]{3,}mab)\s+([a-z]{3,}(?:" + "|".join(PAYLOAD_ENDINGS) +
                     r"))(?![A-Za-z0-9\-])", re.I)


def conjugate_names(r, text: str, mentions: list, make_mention) -> list:
    """The antibody and payload words of a conjugate's name joined into one drug mention ("telisotuzumab
    adizutecan" is one drug whatever each word alone was read as).

    >>> from builders.recognize import Mention, Recognizer
    >>> from kg.vocab import load_vocabulary
    >>> text = "the conjugate velotuzumab pexidotin was given"
    >>> ab = Mention(14, 25, "velotuzumab", Entity("a", "Drug", "velotuzumab"), "pattern")
    >>> out = conjugate_names(Recognizer(load_vocabulary()), text, [ab], lambda a, b, t, e: Mention(a, b, t[a:b], e, "pattern"))
    >>> [(m.text, m.entity.name) for m in out]
    [('velotuzumab pexidotin', 'velotuzumab pexidotin')]
    """
    conjugate_class = r.vocab.by_name.get("antibody-drug conjugate")
    attributes = (("stem_class", conjugate_class),) if conjugate_class else ()
    out = mentions
    for m in _PAIR.finditer(text):
        a, b = m.start(), m.end()
        inside = [x for x in out if a <= x.start and x.end <= b]
        if any(x.start == a and x.end == b for x in inside) or \
                any(x.start < b and a < x.end and not (a <= x.start and x.end <= b) for x in out):
            continue  # a listed conjugate already read whole, or a longer mention spans the pair
        if any(x.entity.category != "Drug" for x in inside):
            continue
        name = f"{m.group(1).lower()} {m.group(2).lower()}"
        drug = Entity(mint("drug", name), "Drug", name, (), (), attributes)
        out = [x for x in out if not (a <= x.start and x.end <= b)] + [make_mention(a, b, text, drug)]
    return out
