"""Compounds a document introduces by an apposition: "zelvatrine, a quinolizidine alkaloid, ...",
"QX-118, a novel small-molecule inhibitor, ...", "QX-118, which is a MEK inhibitor, ...". The name no list knows
is a drug for the rest of the document (it goes into the document's abbreviation table, so every later mention is
read).

The apposition must say what the thing is with a head a compound has (alkaloid, flavonoid, compound,
agent, inhibitor, derivative, analogue, small molecule ...), written in the singular after "a"/"an" and a
few modifiers without a preposition or a conjunction ("a combination of inhibitors" is no apposition of
one compound). The name must look like a compound's: a code name (letters and digits) or one
lower-case word (capitalised only at the start of the sentence); a gene symbol, a word the vocabulary
knows, an adverb ("Recently, a ...") or a protein described as one ("an endogenous inhibitor") is left
alone.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from kg.ids import mint
from kg.model import Entity

# the head of the descriptor: what a compound is called
_HEAD = (r"(?:inhibitor|compound|agent|alkaloid|flavonoid|flavone|isoflavone|polyphenol|derivative|analog|analogue|"
         r"small[- ]molecule(?: inhibitor)?|saponin|terpenoid|triterpenoid|glycoside|polymer|drug|herb|prodrug|"
         r"natural product|phytochemical|chalcone|coumarin|quinone)")
_NAME = r"(?P<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)"
_APPOSITION = lazy_compile(
    rf"(?<![\w\-/(]){_NAME}(?:\s*\((?P<short>[A-Za-z][A-Za-z0-9\-]{{1,9}})\))?\s*,\s*(?:(?:which|that)\s+(?:is|was)\s+|is\s+)?an?\s+(?P<mods>(?:[\w\-]+\s+){{0,5}}?){_HEAD}(?=\s*(?:,|\)|\.|;|$|"
    rf"of\b|that\b|which\b|with\b|extracted\b|isolated\b|derived\b|from\b|targeting\b|against\b|for\b|\())")
# a protein described by what it inhibits: "an inhibitor of apoptosis protein", "an inhibitor (a protein ...)"
_PROTEIN_AFTER = lazy_compile(r"[^,.;]{0,40}\b(?:proteins?|family|member|enzyme|receptor|cytokine|hormone)\b", re.I)
# an example given after a compound head: "fluoropyrimidine polymers (e.g., CF10)", "flavonoids such as X"
_EXAMPLE = lazy_compile(rf"(?<![\w\-]){_HEAD}s?\s*(?:\(\s*(?:e\.g\.|for example|such as|including)\s*,?\s*|,?\s+such as\s+)"
                        rf"{_NAME}(?=\s*[,);]|\s+(?:and|or)\b)", re.I)
# s41 en2: the further items of a list of examples ("inhibitors such as IWP-2, C59 and ETC-159"): each a compound
_NEXT_EXAMPLE = lazy_compile(rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_NAME}(?![\w\-])")
# what an apposition and an example each cannot do without (cheap tests that skip most sentences)
_MAY_APPOSE = lazy_compile(r",\s*(?:(?:which|that)\s+(?:is|was)\s+|is\s+)?an?\s")
_MAY_EXAMPLE = lazy_compile(r"e\.g\.|for example|such as|including", re.I)
# a code name a cell was treated with: "cells treated with QX-47" (a code name of two digits is no drug the
# code-name recogniser reads without a context)
_TREATED = lazy_compile(r"\b(?:treated|treatment|incubated|exposed)\s+with\s+(?P<name>[A-Z]{1,6}-?\d{2,6}[A-Za-z]?)"
                        r"(?![A-Za-z0-9\-/+])")
# modifiers that make the descriptor no apposition of one compound, or the named thing a protein or a cell
_BAD_MODS = lazy_compile(r"(?i)\b(?:of|and|or|in|to|with|by|for|between|on|at|as|the|combination|endogenous|protein|"
                         r"receptor|kinase|enzyme|gene|marker|cell|cells|factor|pathway|transcription|physiological|"
                         r"cellular|regulator|tumou?r[- ]suppressor|microRNA|miRNA|lncRNA|RNA)\b")
# s58 an oncolytic virus named after what it is ("oncolytic reovirus pelareorep", "the oncolytic virus immunotherapy
# pelareorep (Reolysin)") or named first ("pelareorep, an oncolytic reovirus"): an investigational agent, a drug, whose
# name neither a list nor an INN stem gives. The name must be followed by punctuation, a bracket or a word that joins
# a therapy ("... pelareorep in combination with"), so a verb after "oncolytic virus" ("oncolytic virus replicates")
# is never taken for one.
_VIRUS = r"(?:reo|adeno|vaccinia|herpes|measles|polio|vesicular|coxsackie|parvo|entero|pox|retro)?virus"
_ONCOLYTIC = lazy_compile(
    rf"\boncolytic\s+(?:[a-z]+[- ])?{_VIRUS}(?:\s+(?:immunotherapy|therapy|agent|product|vector|strain))?\s*,?\s+{_NAME}"
    rf"(?=\s*(?:[,;.)(]|$)|\s+(?:in\s+combination|combined|plus|and|with|alone|monotherapy|is|was|has|had|might|may|"
    rf"can|could|showed|shows|induced|induces|selectively|preferentially|\+)\b)", re.I)
_ONCOLYTIC_NAMED = lazy_compile(
    rf"(?<![\w\-/(]){_NAME}(?:\s*\((?P<short>[A-Za-z][A-Za-z0-9\-]{{1,9}})\))?\s*,\s*(?:(?:which|that)\s+(?:is|was)\s+|is\s+)?"
    rf"an?\s+(?:[\w\-]+\s+){{0,3}}?oncolytic\s+(?:[a-z]+[- ])?{_VIRUS}\b", re.I)
ONCOLYTIC_VIRUS = mint("class", "oncolytic virus")  # the class an oncolytic virus named so is of
# a code name: letters then digits, the kind RV-59, CF10, AG1478 are written in
_CODE = lazy_compile(r"[A-Za-z]{1,6}-?\d{1,6}[A-Za-z]?(?:-\d+)?")
_WORD = lazy_compile(r"[a-z]{5,}(?:-[a-z0-9]+)?")
# a series name of compounds in capitals with no digits ("IWP"), accepted only among code-named examples
# (never a solvent, buffer, medium or molecule of the laboratory: "reagents such as DMSO, LY294002 and U0126")
_SERIES = lazy_compile(r"(?!(?:DMSO|PBS|DPBS|HBSS|DMEM|RPMI|MEM|FBS|FCS|BSA|EDTA|EGTA|SDS|TBS|TBST|DNA|RNA|CDNA|MRNA|PCR|"
                       r"ATP|ADP|GTP|NADH|NADPH|ROS|DTT|PMSF|MTT|CCK|LPS|PMA|TNF|EGF|HGF|FGF|IGF|PEG|DAPI|PFA)\Z)[A-Z]{3,6}")
# words that are no compound's own name: adverbs, common nouns, and a salt after a drug's name ("tipiracil
# hydrochloride (TPI), a ...": the drug's name goes on)
_ADVERB = lazy_compile(r"(?i).*ly$|(?:however|moreover|furthermore|therefore|thus|indeed|here|herein|hence|besides|"
                       r"meanwhile|instead|overall|together|finally|first|second|third|next|also|then|yet|still|"
                       r"previously|currently|recently|notably|briefly|conversely|similarly|additionally|"
                       r"importantly|interestingly|consequently|subsequently|accordingly|nevertheless|nonetheless|"
                       r"today|now|again|otherwise|alternatively|clinically|therapeutically|example|instance|"
                       r"addition|contrast|summary|conclusion|particular|vitro|vivo|study|patients|treatment|"
                       r"therapy|drug|compound|agent|inhibitor|expression|history|cancer|tumor|tumour|resistance|"
                       r"hydrochloride|sulfate|sulphate|mesylate|besylate|tosylate|maleate|malate|citrate|phosphate|"
                       r"acetate|sodium|potassium|calcium|chloride|bromide|hydrate|monohydrate)$")


def _looks_like_compound(name: str, at_start: bool) -> bool:
    """Whether ``name`` is written as a compound's name: a code name, or one lower-case word (its first
    letter a capital only at the start of a sentence)."""
    if _CODE.fullmatch(name) and any(c.isdigit() for c in name):
        return True
    word = name[0].lower() + name[1:] if at_start else name
    return bool(_WORD.fullmatch(word)) and not _ADVERB.match(word)


def _unknown(name: str, recognizer) -> bool:
    """Whether no list knows ``name`` (nor as a gene symbol or alias)."""
    vocab = recognizer.vocab
    if name.lower() in vocab.by_name or vocab.gene_entity(name) is not None or \
            vocab.gene_entity(name.upper()) is not None:
        return False
    return not any(m.start <= 0 and m.end >= len(name) for m in recognizer.vocabulary_mentions(name))


def _candidates(text: str) -> list[tuple[str, bool, str]]:
    """The names ``text`` says are compounds (each with whether it starts the sentence, and the short form
    written after it in brackets, if any): by an apposition,
    as an example of a compound class, or as a code name cells were treated with."""
    out = []
    for m in _APPOSITION.finditer(text) if _MAY_APPOSE.search(text) else ():
        if _BAD_MODS.search(m.group("mods")) or _PROTEIN_AFTER.match(text, m.end()):
            continue
        if not m.group("mods").strip() and m.group(0).rstrip().endswith("inhibitor") and \
                not _CODE.fullmatch(m.group("name")):
            continue  # "livin, an inhibitor of apoptosis": a bare "an inhibitor" describes proteins as well
        out.append((m.group("name"), not text[:m.start()].strip(), m.group("short") or ""))
    if _MAY_EXAMPLE.search(text):
        for m in _EXAMPLE.finditer(text):
            items = [m.group("name")]
            end = m.end()
            for _ in range(6):  # the list goes on: each further item that is written as a code name
                more = _NEXT_EXAMPLE.match(text, end)
                if more is None or not _CODE.fullmatch(more.group("name")):
                    break
                items.append(more.group("name"))
                end = more.end()
            coded = any(any(c.isdigit() for c in item) for item in items[1:])
            for item in items:
                # an all-capitals short name among code-named examples ("compounds such as IWP, C59 and ETC-159"): a
                # compound's series name, as its neighbours are compounds' names
                out.append((item, False, "listed" if coded and _SERIES.fullmatch(item) else ""))
    out.extend((m.group("name"), False, "") for m in _TREATED.finditer(text))
    if "ncolytic" in text:
        out.extend((m.group("name"), False, "") for m in _ONCOLYTIC.finditer(text))
        out.extend((m.group("name"), not text[:m.start()].strip(), m.group("short") or "")
                   for m in _ONCOLYTIC_NAMED.finditer(text))
    return out


def introduced_compounds(text: str, recognizer) -> list[tuple[str, Entity]]:
    """The unlisted compounds ``text`` introduces by an apposition, each with its written forms.

    >>> from builders.recognize import Recognizer
    >>> from kg.vocab import load_vocabulary
    >>> r = Recognizer(load_vocabulary())
    >>> [(s, e.name) for s, e in introduced_compounds("Zelvatrine, a quinolizidine alkaloid, reversed it.", r)]
    [('Zelvatrine', 'zelvatrine'), ('zelvatrine', 'zelvatrine')]
    >>> introduced_compounds("Recently, a novel compound was found.", r)
    []
    >>> [s for s, e in introduced_compounds("Cells were treated with QX-47 for 24 h.", r)]
    ['QX-47']
    >>> [s for s, e in introduced_compounds("Cells got inhibitors such as DMSO, LY294002 and U0126.", r)]
    ['LY294002', 'U0126']
    >>> introduced_compounds("Cells got reagents such as DMSO, LY294002 and U0126.", r)
    []
    >>> [s for s, e in introduced_compounds("The oncolytic reovirus zolareorep might infect RAS-activated cells.", r)]
    ['zolareorep', 'Zolareorep']
    >>> introduced_compounds("The oncolytic virus selectively replicates in tumour cells.", r)
    []
    """
    out = []
    viral = {m.group("name") for p in (_ONCOLYTIC, _ONCOLYTIC_NAMED) for m in p.finditer(text)} if "ncolytic" in text else ()
    for name, at_start, short in _candidates(text):
        listed = short == "listed"
        short = "" if listed else short
        if not (listed or _looks_like_compound(name, at_start)) or not _unknown(name, recognizer):
            continue
        canonical = name if _CODE.fullmatch(name) or listed else name.lower()
        # (an oncolytic virus keeps its kind: no other class an apposition reads for it, "the oncolytic virus
        # immunotherapy X", makes it an antibody or an inhibitor; builders/guards._modality_clash)
        entity = Entity(mint("drug", canonical.lower()), "Drug", canonical,
                        attributes=(("stem_class", ONCOLYTIC_VIRUS),) if name in viral else ())
        forms = [name, canonical] if name != canonical else [name]
        if canonical.islower():
            forms.append(canonical[0].upper() + canonical[1:])
        if short and _unknown(short, recognizer):
            forms.append(short)  # "zelvatrine (ZLV), a ... alkaloid": the short form names it too
        for form in dict.fromkeys(forms):
            out.append((form, entity))
    return out


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_MAY_EXAMPLE, _EXAMPLE, _TREATED = (prefiltered(p) for p in (_MAY_EXAMPLE, _EXAMPLE, _TREATED))
