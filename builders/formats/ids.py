"""Publication identifiers as CURIEs with bioregistry prefixes: ``PMID:``, ``PMC:`` and ``doi:``."""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

_PMID = lazy_compile(r"^\d{1,9}$")
_PMC = lazy_compile(r"^(?:PMC)?(\d{1,9})$", re.I)
_DOI = lazy_compile(r"^10\.\d{4,9}/[^\s<>\"{}|\\^`]+$")


def curies(pmid: str = "", pmc: str = "", doi: str = "") -> tuple[str, ...]:
    """The CURIEs of a document's identifiers, sorted; identifiers that are not well formed are left out.

    >>> curies(pmid="31388315", pmc="6607986", doi="10.2147/CMAR.S186042")
    ('PMC:PMC6607986', 'PMID:31388315', 'doi:10.2147/CMAR.S186042')
    >>> curies(pmid="x1", pmc="PMC12", doi="https://doi.org/10.1/x")
    ('PMC:PMC12',)
    """
    out = []
    pmid, pmc, doi = pmid.strip(), pmc.strip(), doi.strip()
    if _PMID.match(pmid):
        out.append(f"PMID:{int(pmid)}")
    m = _PMC.match(pmc)
    if m:
        out.append(f"PMC:PMC{int(m.group(1))}")
    if _DOI.match(doi):
        out.append(f"doi:{doi}")
    return tuple(sorted(out))

