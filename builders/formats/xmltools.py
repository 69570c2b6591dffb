"""Safe XML parsing and the text of XML elements, shared by the XML formats.

XML is parsed by ``defusedxml.ElementTree`` (the standard library's parser with the dangerous
features refused): a document that declares entities (``<!ENTITY``, the "billion laughs" bomb and
its kin) or refers to external entities is refused with one line, never expanded, and nothing is
fetched over the network. A DOCTYPE line without entity declarations, as PubMed and PMC write it,
is accepted (its DTD is never loaded).
"""
from __future__ import annotations

from builders.document import DocumentError
from builders.lazy_patterns import lazy_compile

_WHERE = lazy_compile(r":\s*line \d+, column \d+$")


def parse_xml(name: str, data: bytes):
    """The root element of the XML ``data`` of file ``name``; raises :class:`DocumentError` with the
    line and column of a syntax error, or why the file is refused.

    >>> parse_xml("a.xml", b"<a><b>x</b></a>").tag
    'a'
    >>> parse_xml("a.xml", b"<a>\\n<b></a>")
    Traceback (most recent call last):
    ...
    builders.document.DocumentError: a.xml:2:6: not well-formed XML (mismatched tag); fix the file or export it again
    """
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException, EntitiesForbidden
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden:
        raise DocumentError(f"{name}: declares XML entities (<!ENTITY ...>), which are refused: entities can expand "
                            f"into gigabytes of text (an XML bomb); remove the declarations or export the file "
                            f"again") from None
    except DefusedXmlException as exc:
        raise DocumentError(f"{name}: refused ({type(exc).__name__}): the file refers to external resources; "
                            f"remove the reference or export the file again") from None
    except ParseError as exc:
        line, column = exc.position
        message = _WHERE.sub("", str(exc))
        raise DocumentError(f"{name}:{line}:{column + 1}: not well-formed XML ({message}); fix the file or "
                            f"export it again") from None


def local(element) -> str:
    """The tag of ``element`` without its namespace."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def children(element, *names: str) -> list:
    """The child elements of ``element`` whose local name is one of ``names``."""
    return [child for child in element if local(child) in names]


def child(element, name: str):
    """The first child element named ``name``, or None."""
    return next((c for c in element if local(c) == name), None)


def find_path(element, *names: str):
    """The first element down the path of local names ``names``, or None."""
    for name in names:
        if element is None:
            return None
        element = child(element, name)
    return element


def collapse(text: str) -> str:
    """Runs of whitespace as one space, stripped."""
    return " ".join(text.split())


def text_of(element, skip: frozenset = frozenset()) -> str:
    """All the text inside ``element`` (children whose local name is in ``skip`` left out, their tails kept),
    whitespace collapsed.

    >>> from xml.etree.ElementTree import fromstring
    >>> text_of(fromstring("<p>KRAS <i>G12C</i> and<xref>1</xref> more</p>"), frozenset({"xref"}))
    'KRAS G12C and more'
    """
    if element is None:
        return ""
    parts: list[str] = []
    _gather(element, skip, parts)
    return collapse("".join(parts))


def _gather(element, skip, parts) -> None:
    if element.text:
        parts.append(element.text)
    for c in element:
        if local(c) not in skip:
            _gather(c, skip, parts)
        if c.tail:
            parts.append(c.tail)
