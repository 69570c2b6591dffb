"""Abbreviations a document defines: ``tumour-associated macrophages (TAMs)``, ``(PlGF)``.

Short forms are found Schwartz–Hearst style (Schwartz & Hearst, PSB 2003): a parenthesised short
form after a long form whose words contain the short form's characters in order, the first
character starting a word. A pair counts when its long form names an entity the recogniser knows
(the short form then points at that entity for the rest of the document), or, failing that, when
the long form ends in a word that says what it is (``... cells``, ``... inhibitor``).
"""
from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from builders.appositions import introduced_compounds
from builders.clipped_names import clipped_names, joined_short_forms, suffixed_regimens
from builders.entity_outcome_factors import outcome_factor_entity
from builders.lazy_patterns import lazy_compile
from builders.letter_drugs import letter_forms
from builders.word_patterns import whole_word
from kg.ids import mint
from kg.model import Entity

# a short form in brackets: "(TAMs)", or in square brackets after a letter ("folinic acid [FA]"; "[11]" cites)
_SHORT = lazy_compile(r"\(\s*([A-Za-z0-9][A-Za-z0-9\-+/α-ωΑ-Ω.]{0,11}?)s?\s*\)|\[\s*([A-Za-z][A-Za-z0-9\-+/α-ωΑ-Ω.]{0,11}?)s?\s*\]")
_WORDS = lazy_compile(r"[\w\-+/α-ωΑ-Ω']+")
_BREAK = lazy_compile(r"[.;:()\[\]]")  # what ends the stretch a long form may stand in
_REACH = 200  # characters before a bracket looked at for the long form
# a therapy-free interval, the time since the therapy (or each of the therapies a list shares the head
# with) was last given: "oxaliplatin-free interval (OFI)", "oxaliplatin and irinotecan-free interval (OIFI)",
# "chemotherapy-free interval (CFI)"
_FREE_INTERVAL = lazy_compile(r"[-\s]free\s+intervals?$", re.I)
# The last word of a long form that says what an unlisted thing is.
_HEADS = [
    (lazy_compile(r"(?:cells?|lymphocytes?|macrophages?|fibroblasts?|neutrophils?|monocytes?)$", re.I), "CellType", "cell"),
    (lazy_compile(r"(?:inhibitors?|antagonists?|blockers?)$", re.I), "DrugClass", "class"),
    (lazy_compile(r"(?:pathway|signal(?:l)?ing|axis|cascade)$", re.I), "Pathway", "pathway"),
    (lazy_compile(r"(?:cytokines?|chemokines?|ligands?|growth factors?|interleukin-?\w*|metabolites?)$", re.I), "Molecule",
     "molecule"),
]


def _best_long_form(short: str, words: list[str]) -> int | None:
    """Index of the first word of the shortest long form matching ``short`` (Schwartz–Hearst), or None.

    >>> _best_long_form("TAMs", "the tumour-associated macrophages".split())
    1
    >>> _best_long_form("PlGF", "and placental growth factor".split())
    1
    >>> _best_long_form("XYZ", "completely unrelated words".split()) is None
    True
    """
    s = short.lower().rstrip("s") if len(short) > 2 and short.endswith("s") and short[:-1].isupper() else short.lower()
    chars = [c for c in s if c.isalnum()]
    if not chars or not chars[0].isalpha():
        return None
    text = " ".join(words).lower()
    i, j = len(chars) - 1, len(text) - 1
    while i >= 0:
        c = chars[i]
        while j >= 0 and (text[j] != c or (i == 0 and j > 0 and text[j - 1].isalnum())):
            j -= 1
        if j < 0:
            return None
        i -= 1
        j -= 1
    start_char = j + 1
    # the word that contains start_char
    pos = 0
    for k, w in enumerate(words):
        if pos <= start_char < pos + len(w) + 1:
            return k
        pos += len(w) + 1
    return None


def _loose_long_form(short: str, words: list[str]) -> int | None:
    """A fallback for short forms that add a letter ("anti-EGFR therapy (EGFRi)"): the longest tail of
    the window, of at most three words, whose letters contain the short form's first three."""
    key = re.sub(r"[^a-z0-9]", "", short.lower())[:3]
    if len(key) < 3:
        return None
    for k in range(max(0, len(words) - 3), len(words)):
        if key in re.sub(r"[^a-z0-9]", "", " ".join(words[k:]).lower()):
            return k
    return None


def _window(short: str, before: str) -> tuple[list[str], int]:
    """The words before an opening bracket where the long form of ``short`` may stand (the last ``_REACH`` characters,
    from the last sentence or bracket break on; at most ``limit`` words, Schwartz–Hearst), and that limit."""
    words = _WORDS.findall(_BREAK.split(before[-_REACH:])[-1])
    limit = min(len(short) + 5, 2 * len(short))
    return words[-limit:], limit


def find_pairs(text: str) -> list[tuple[str, str]]:
    """``(short form, long form)`` pairs defined in ``text``.

    >>> find_pairs("Tumor-associated macrophages (TAMs) and placental growth factor (PlGF) were high.")
    [('TAMs', 'Tumor-associated macrophages'), ('PlGF', 'placental growth factor')]
    """
    out = []
    for m in _SHORT.finditer(text):
        short = m.group(0)[1:-1].strip()
        if short.endswith("-") and len(short) > 2:
            short = short.rstrip("-")  # "oxaliplatin- (OXA-) resistant": a split compound, the short form is OXA
        if not re.search(r"[A-Za-z]", short) or len(short) < 2 or short.lower() in ("i", "ii", "iii", "iv", "n", "p", "or", "hr"):
            continue
        window, limit = _window(short, text[max(0, m.start() - _REACH):m.start()])
        k = _best_long_form(short, window)
        if k is None:
            k = _numbered_long_form(short, window)
        if k is None:
            k = _loose_long_form(short, window)
        if k is None:
            continue
        long_form = _trim_prefix(short, " ".join(window[k:])).rstrip("-")
        if len(long_form) <= len(short) or len(window) - k > limit:
            continue
        out.append((short, long_form))
    return out


def defined_long_form_start(text: str, bracket: int, short: str | None = None) -> int | None:
    """Where the long form that the bracket opening at ``bracket`` defines starts ("programmed death receptor-1
    (PD-1)", "poly ADP ribose polymerase (PARP)"), the pair found as :func:`find_pairs` finds it in the ``_REACH``
    characters before the bracket; None when they define no short form there (with ``short``: not that one).

    >>> t = "Inhibitors of poly ADP ribose polymerase (PARP) are active."
    >>> t[defined_long_form_start(t, t.index("(")):t.index("(")], defined_long_form_start(t, t.index("("), "PD-1")
    ('poly ADP ribose polymerase ', None)
    """
    close = text.find(")", bracket)
    pairs = find_pairs(text[max(0, bracket - _REACH):close + 1]) if close > bracket else []
    if not pairs or short is not None and pairs[-1][0] != short:
        return None
    start = text.rfind(pairs[-1][1], max(0, bracket - _REACH), bracket)
    return start if start >= 0 and not text[start + len(pairs[-1][1]):bracket].strip() else None


def spelled_before(short: str, before: str) -> bool:
    """Whether the words ``before`` an opening bracket spell ``short`` out (Schwartz–Hearst, the window
    :func:`find_pairs` uses): "in situ hybridization (ISH)" defines ISH as the method, whatever else ISH names.

    >>> spelled_before("ISH", "scored by In-situ-hybridization ")
    True
    >>> spelled_before("ISH", "expression of the receptor ")
    False
    """
    window, _ = _window(short, before)
    k = _best_long_form(short, window)
    return k is not None and len(" ".join(window[k:])) > len(short)


_NUMBER_LEAD = lazy_compile(r"\d+-(?=[A-Za-z])")


def _numbered_long_form(short: str, words: list[str]) -> int | None:
    """"3-bromopyruvate (3-BP)": a short form led by the same locant as its long form's first word; the letters after
    the locant are matched as any short form's.

    >>> _numbered_long_form("3-BP", "co-treatment with 3-Bromopyruvate".split())
    2
    >>> _numbered_long_form("3-BP", "with 5-Bromopyruvate".split()) is None
    True
    """
    lead = _NUMBER_LEAD.match(short)
    if lead is None:
        return None
    prefix = lead.group(0)
    k = _best_long_form(short[len(prefix):], [w[len(prefix):] if w.startswith(prefix) else w for w in words])
    return k if k is not None and words[k].startswith(prefix) else None


def _trim_prefix(short: str, long_form: str) -> str:
    """Drop a hyphenated prefix the short form does not spell: in "Anti-epidermal growth factor
    receptor (EGFR)" the long form is "epidermal growth factor receptor".

    >>> _trim_prefix("EGFR", "Anti-epidermal growth factor receptor")
    'epidermal growth factor receptor'
    """
    first = long_form.split(" ")[0]
    if long_form[:1].lower() == short[:1].lower() or "-" not in first:
        return long_form
    parts = first.split("-")
    for i in range(1, len(parts)):
        if parts[i][:1].lower() == short[:1].lower():
            return "-".join(parts[i:]) + long_form[len(first):]
    return long_form


def _singular(phrase: str) -> str:
    if phrase.endswith("ies"):
        return phrase[:-3] + "y"
    if phrase.endswith("s") and not phrase.endswith("ss"):
        return phrase[:-1]
    return phrase


# what a document may name with a gene's symbol: a feature read on the tumour, a process or a cell (never a
# therapy: "anti-epidermal growth factor receptor (EGFR)" keeps EGFR the gene)
_REDEFINABLE = frozenset({"Biomarker", "Process", "CellType"})


def _redefined_symbol(short: str, long_form: str, recognizer) -> Entity | None:
    """The entity a document gives a gene symbol it defines as something else: "primary tumour sidedness (PTS)"
    makes PTS the sidedness, not the gene of that symbol. The whole long form must be one known entity of a
    redefinable category, and the symbol no approved symbol or alias of a gene that entity is about."""
    vocab = recognizer.vocab
    gene = vocab.gene_entity(short)
    if gene is None or short.lower() in vocab.by_name:
        return None
    whole = [m for m in recognizer.vocabulary_mentions(long_form) if m.start <= 1 and m.end >= len(long_form) - 1]
    if len(whole) != 1 or whole[0].entity.category not in _REDEFINABLE:
        return None
    entity = whole[0].entity
    return None if gene.name in (entity.attr("gene") or "").split("/") else entity


# What a long form ending (or opening) so names is never a gene, whatever its short form spells: a measure a trial
# reports ("time to response", "event-free survival", "disease control rate", "hazard ratio", "duration of response";
# a therapy-free interval is read as the treatment-history feature it is, below),
# a group of people ("patients"), a therapy or care given, a site of disease, a part of a protein ("extracellular
# domain"). Gene names end in what the product is or does ("... receptor", "... kinase", "... 1") or name a process
# the gene was found by ("mesenchymal-epithelial transition (MET)"), never in these words.
_NO_GENE_NAME = lazy_compile(
    r"(?:^(?:median\s+)?(?:time|duration)\s+(?:to|of|on)\s+\w|"
    r"\b(?:survivals?|rates?|ratios?|durations?|"
    r"(?:complete|partial|objective|overall|best|pathologic(?:al)?|clinical|metabolic|durable|major|tumou?r)\s+responses?|"
    r"patients|participants|subjects|cohorts?|populations?|"
    r"care|therap(?:y|ies)|treatments?|chemotherap(?:y|ies)|radiotherap(?:y|ies)|surgery|resections?|"
    r"metastas[ie]s|diseases?|events?|failures?|toxicit(?:y|ies)|"
    r"domains?)$)", re.I)


def redefined_gene_symbol(short: str, long_form: str, vocab) -> bool:
    """Whether a document defines a gene's symbol as something no gene is: "time to response (TTR)", "event-free
    survival (EFS)", "Patients (PTS)". There the short form means its long form, never the gene of that symbol (a
    long form that is one of the gene's own names keeps it the gene).

    >>> from kg.vocab import load_vocabulary
    >>> v = load_vocabulary()
    >>> redefined_gene_symbol("TTR", "median time to response", v), redefined_gene_symbol("EFS", "Event-free survival", v)
    (True, True)
    >>> redefined_gene_symbol("MET", "mesenchymal-epithelial transition", v), redefined_gene_symbol("TTR", "transthyretin", v)
    (False, False)
    >>> redefined_gene_symbol("EGFR", "EGFR therapy", v)
    False
    """
    known = vocab.by_name.get(short.lower())
    gene = vocab.entities[known] if known and vocab.entities[known].category == "Gene" else vocab.gene_entity(short)
    if gene is None or gene.category != "Gene" or (known and vocab.entities[known].category != "Gene"):
        return False
    names = {n for n in (short, gene.name, *gene.synonyms) if len(n) >= 2}
    if long_form.lower() in {n.lower() for n in names} or \
            any(re.search(rf"(?<![A-Za-z0-9]){re.escape(n)}(?![A-Za-z0-9])", long_form, re.I) for n in names):
        return False  # "anti-EGFR therapy (EGFR)": the long form writes the gene itself
    return _NO_GENE_NAME.search(long_form.strip()) is not None


def table_for(sentences, recognizer) -> dict[str, Entity | None]:
    """The short forms a document defines (over its normalised sentences), each with its entity; a gene symbol
    the document defines as something no gene is (:func:`redefined_gene_symbol`) with the entity of its long form
    when the vocabulary knows it as a whole, else with None: there it names no entity."""
    pairs: dict[str, Entity | None] = {}
    vocab = recognizer.vocab
    for text in sentences:
        for name, entity in introduced_compounds(text, recognizer):
            pairs.setdefault(name, entity)
        if "(" not in text and "[" not in text:
            continue
        for short, long_form in find_pairs(text):
            if short in pairs:
                continue
            if redefined_gene_symbol(short, long_form, vocab):
                whole = [m for m in recognizer.vocabulary_mentions(long_form)
                         if m.start <= 1 and m.end >= len(long_form) - 1 and m.entity.category != "Gene"]
                pairs[short] = whole[0].entity if len(whole) == 1 else None
                if not short.endswith("s"):
                    pairs.setdefault(short + "s", pairs[short])
                continue
            redefined = _redefined_symbol(short, long_form, recognizer)
            # (a therapy-free interval is never a gene's name: "chemotherapy-free interval (CFI)" is no CFI gene)
            interval = _FREE_INTERVAL.search(long_form) is not None and len(long_form.split()) <= 6
            if interval and short.lower() not in vocab.by_name:
                redefined = None
            elif short.lower() in vocab.by_name or short.lower().rstrip("s") in vocab.by_name or \
                    vocab.gene_entity(short) is not None and redefined is None:
                continue  # a short form the vocabulary knows (or an HGNC symbol) keeps its meaning
            if redefined is not None:
                pairs[short] = redefined
                continue
            if len(long_form.split()) > 6 or re.match(r"(?i)(?:through|of|the|with|by|in|and|or|via|including|such|"
                                                       r"from|to|for|as|at|on)\b", long_form):
                continue
            mentions = recognizer.vocabulary_mentions(long_form)
            whole = [m for m in mentions if m.start <= 1 and m.end >= len(long_form) - 1]
            if whole:
                entity = whole[0].entity
            elif interval:
                # "oxaliplatin and irinotecan-free interval (OIFI)": the time since the therapies named last were
                # given, a feature of the patients' treatment history (a clinical-factor biomarker)
                entity = outcome_factor_entity(long_form[0].lower() + long_form[1:] if not long_form[:2].isupper()
                                               else long_form)
            else:
                entity = None
                last = long_form.split()[-1]
                for pattern, category, kind in _HEADS:
                    if pattern.search(last) and len(long_form.split()) >= 2:
                        name = _singular(long_form[0].lower() + long_form[1:] if not long_form[:2].isupper() else long_form)
                        entity = Entity(mint(kind, name), category, name, (short,))
                        break
            if entity is None:
                for form, therapy in _therapy_compounds(short, long_form, vocab):
                    pairs.setdefault(form, therapy)
                continue
            known = vocab.by_name.get(short.lower())
            if known and vocab.entities[known].category != entity.category:
                continue  # the short form already names something else
            if entity.category not in ("Gene", "Molecule") and not interval and (short in vocab.hgnc or short in vocab.gene_ids):
                continue  # "anti-epidermal growth factor receptor (EGFR)": a gene symbol stays the gene
            if entity.category == "Regimen":
                entity = _named_backbone(short, entity, recognizer) or entity
            pairs[short] = entity
            if not whole:  # an unlisted long form is recognised by its own words too
                pairs.setdefault(long_form, entity)
                pairs.setdefault(_singular(long_form), entity)
            if short.endswith("s") and len(short) > 2:
                pairs.setdefault(short[:-1], entity)
            else:
                pairs.setdefault(short + "s", entity)
        for short, entity in _therapy_short_forms(text, recognizer, pairs):
            pairs.setdefault(short, entity)
    letters: dict[str, Entity | None] = {}
    for text in sentences:
        for letter, entity in letter_forms(text, recognizer).items():
            # ("dabrafenib (D)", then "docetaxel (D)": a letter defined for two drugs is neither)
            letters[letter] = entity if letters.get(letter, entity) is not None and \
                letters.get(letter, entity).id == entity.id else None
    for letter, entity in letters.items():
        if entity is not None:
            pairs.setdefault(letter, entity)  # "dabrafenib (D) + panitumumab (P)", then "D+P" (builders/letter_drugs.py)
    for short, entity in _brand_names(sentences, recognizer, pairs).items():
        pairs.setdefault(short, entity)  # "trifluridine-tipiracil (Lonsurf)", then "patients receiving Lonsurf"
    for short, entity in clipped_names(sentences, vocab).items():
        pairs.setdefault(short, entity)  # "FOLFOXIRI/bev/atezo" in a report that names bevacizumab and atezolizumab
    for written, entity in suffixed_regimens(sentences, recognizer).items():
        pairs[written] = entity  # "CAPOX-B": CAPOX plus bevacizumab, also where a bracket gives it the drugs one by one
    for written, entity in joined_short_forms(sentences, pairs, recognizer).items():
        pairs.setdefault(written, entity)  # "irinotecan (Ir)", "panitumumab (Pan)", then "IrPan": the two together
    return pairs


class _Part(NamedTuple):
    entity: Entity
    text: str = ""


def _named_backbone(short: str, entity: Entity, recognizer) -> Entity | None:
    """The regimen a short form names when it spells a named regimen the long form found before it lacks: in
    "fluorouracil, leucovorin, and irinotecan/cetuximab (FOLFIRI/Cet)" the long form read is only the last words
    ("irinotecan/cetuximab"), yet "FOLFIRI/Cet" is FOLFIRI whole plus cetuximab. The named regimen plus the parts of the
    long form's regimen ``entity`` it does not hold; None when the short form spells no named regimen or ``entity``
    holds all of its drugs.

    >>> from builders.recognize import Recognizer
    >>> from kg.vocab import load_vocabulary
    >>> r = Recognizer(load_vocabulary())
    >>> clipped = r.find("irinotecan/cetuximab").regimens[0][0].entity
    >>> _named_backbone("FOLFIRI/Cet", clipped, r).name
    'cetuximab + FOLFIRI'
    >>> whole = r.find("FOLFIRI plus cetuximab").regimens[0][0].entity
    >>> _named_backbone("FOLFIRI/C", whole, r) is None
    True
    >>> _named_backbone("FOLFOX/BEV", r.find("FOLFOX6 plus bevacizumab").regimens[0][0].entity, r) is None
    True
    """
    vocab = recognizer.vocab
    for part in re.split(r"[/+\s]+", short):
        backbone_id = vocab.by_name.get(part.lower())
        backbone_parts = set(vocab.regimen_components.get(backbone_id, ())) if backbone_id else set()
        if not backbone_parts or vocab.entities[backbone_id].category != "Regimen":
            continue
        parts = vocab.regimen_components.get(entity.id) or \
            vocab.named_parts(entity.name)  # a combination's parts
        if None in parts:
            return None
        # (a named regimen of the long form holding the backbone's drugs: "(FOLFOX6)/bevacizumab (FOLFOX/BEV)" writes
        # FOLFOX6 clipped, no FOLFOX beside it)
        held = set(parts) | {c for p in parts for c in vocab.regimen_components.get(p, ())}
        if backbone_id in held or backbone_parts <= held:
            return None
        rest = [vocab.entities[p] for p in parts if p not in backbone_parts and p in vocab.entities]
        if not rest:
            return vocab.entities[backbone_id]
        regimen, _ = recognizer.combination([_Part(vocab.entities[backbone_id], part)] + [_Part(e) for e in rest])
        return regimen
    return None


# what a therapy acting on a named thing is called after that thing: "immune checkpoint blockade"
_THERAPY_HEADS = ("blockade", "inhibitor", "inhibitors", "inhibition", "blocker", "blockers")


def _therapy_compounds(short: str, long_form: str, vocab) -> list[tuple[str, Entity]]:
    """A short form for what a therapy acts on, itself no entity, keeps its meaning in the therapy named after it:
    with "immune checkpoints (ICs)" defined, "IC blockade" is the class "immune checkpoint blockade" names. Each
    "<short> <head>" is given the drug class the vocabulary lists as "<long form> <head>" (long form in the
    singular), and nothing when it lists none.

    >>> from kg.vocab import load_vocabulary
    >>> [(f, e.name) for f, e in _therapy_compounds("ICs", "immune checkpoints", load_vocabulary())][:2]
    [('IC blockade', 'immune checkpoint inhibitor'), ('IC inhibitor', 'immune checkpoint inhibitor')]
    """
    stem = short[:-1] if short.endswith("s") and len(short) > 2 else short
    thing = _singular(long_form.lower())
    out = []
    for head in _THERAPY_HEADS:
        known = vocab.by_name.get(f"{thing} {head}")
        if known is None or vocab.entities[known].category != "DrugClass":
            continue
        out.append((f"{stem} {head}", vocab.entities[known]))
    return out


# (s60) also a short form opening the bracket that goes on with the therapy's dosing: "trastuzumab plus pertuzumab
# (TP; trastuzumab 6 mg/kg and pertuzumab 420 mg every 3 weeks)"
_CAPS_SHORT = lazy_compile(r"\(\s*([A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)"
                           r"(?:\s*;\s*([A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*))?"
                           r"\s*(?:\)|;(?=[^();]{0,60}?\d\s*(?:mg|µg|mcg)\b))")
# Short forms of what a trial reports, never names of the therapy written before them.
_NOT_THERAPY_SHORT = frozenset({"ORR", "PFS", "OS", "DCR", "HR", "CI", "AE", "AES", "SAE", "SAES", "TRAE", "TRAES", "RR",
                                "CR", "PR", "SD", "PD", "DOR", "TTF", "QOL", "ITT", "NR", "NA", "NE", "MTD", "DLT",
                                "RP2D", "IV", "PO", "BID", "QD", "QW", "Q2W", "Q3W"})
# a study's protocol code (a sponsor's letters, a year, the disease's letters, a serial number: "XYZG-19CRC04"), never a
# therapy's short form (builders/trial_names.py reads it as the study)
_PROTOCOL_CODE = lazy_compile(r"[A-Z]{2,6}-?\d{2}[A-Z]{2,4}\d{2,3}")


def _therapy_short_forms(text: str, recognizer, known=()) -> list[tuple[str, Entity]]:
    """Short forms the letters do not spell, written right after the therapy they name:
    "trifluridine/tipiracil (FTD-TPI)", "cetuximab (CET)", also two in one bracket after a semicolon
    ("trifluridine/tipiracil (FTD/TPI; TAS-102)"). The short form must look like one (capitals,
    at most 12 characters, not a registry id or a trial's measure) and be unknown to the vocabulary and
    to ``known`` (the short forms the document has defined already).

    >>> from builders.recognize import Recognizer
    >>> from kg.vocab import load_vocabulary
    >>> recognizer = Recognizer(load_vocabulary())
    >>> [(s, e.name) for s, e in _therapy_short_forms("given trifluridine/tipiracil (TFTD) or placebo (ORR)", recognizer)]
    [('TFTD', 'TAS-102')]

    A short form the vocabulary already knows ("FTD-TPI", a name of TAS-102 there) is left to it:

    >>> _therapy_short_forms("given trifluridine/tipiracil (FTD-TPI) or placebo (ORR)", recognizer)
    []

    (s60) A short form opening a bracket that goes on with the therapy's dosing names it too; one before other words
    does not:

    >>> [(s, e.name) for s, e in _therapy_short_forms("given regorafenib plus cetuximab (RC; regorafenib 120 mg daily)", recognizer)]
    [('RC', 'cetuximab + regorafenib')]
    >>> _therapy_short_forms("given regorafenib plus cetuximab (RC; see the Methods)", recognizer)
    []
    """
    vocab = recognizer.vocab
    out = []
    parts_of: dict[str, list] = {}  # the parts of each combination a short form of this text names
    for m, short in ((m, short) for m in _CAPS_SHORT.finditer(text) for short in m.groups() if short):
        # (s45 regs) two short forms in one bracket, "trifluridine/tipiracil (FTD/TPI; TAS-102)": each names the therapy
        letters = re.sub(r"[^A-Za-z]", "", short)
        if not 2 <= len(short) <= 12 or sum(c.isupper() for c in short) < 2 or len(letters) < 2 \
                or short.upper() in _NOT_THERAPY_SHORT or re.match(r"(?i)(?:NCT|ChiCTR|EudraCT|ISRCTN)", short) \
                or _PROTOCOL_CODE.fullmatch(short) \
                or short in known or short.lower() in vocab.by_name or vocab.gene_entity(short) is not None:
            continue
        head = text[max(0, m.start() - 80):m.start()].rstrip()
        mentions = recognizer.vocabulary_mentions(head)
        before = [b for b in mentions if b.end == len(head)]
        if before and before[-1].entity.category in ("Drug", "Regimen"):
            extended = _extended_short_form(short, head, before[-1], {**_parts_known(known, vocab), **parts_of},
                                            recognizer)
            if extended is not None and any(e.category == "Regimen" for e in extended[1]):
                continue  # ("FOLFOX and panitumumab (FP), or FP plus aflibercept (FPA)": the arm is read from its words)
            if extended is not None:
                out.append((short, extended[0]))  # "CB (...), or CB and mitomycin (CBM)": CB's drugs and mitomycin
                parts_of[short] = extended[1]
                continue
            listed = _listed_combination(short, head, recognizer, mentions)
            if listed is not None:
                out.append((short, listed))  # "capecitabine, oxaliplatin, and bevacizumab (CAPOX-B)": all three
                continue
            combination = _combination_at_end(head, recognizer)
            if combination is None and "," in head:
                # "capecitabine (C), capecitabine and bevacizumab (CB)": the list of arms repeats a drug, so no
                # combination runs over it; the last item of the list is the combination the short form may name
                item = _last_item_parts(head, mentions)
                if item is not None and _spells_parts(short, item):
                    out.append((short, recognizer.combination([_Part(e) for e in item])[0]))
                    parts_of[short] = item
                    continue
                if item is not None:
                    continue  # the last item's short form, but not of its drugs together nor (so) of its last drug
            therapy = _combination_before(short, combination, vocab)
            if therapy is None and combination is not None and \
                    not _starts_like(letters, before[-1].entity, before[-1].text):
                continue  # "fluorouracil/leucovorin (FU)": neither the pair's short form nor the last drug's
            therapy = therapy or before[-1].entity
            if therapy.category == "Regimen":  # "irinotecan/cetuximab (FOLFIRI/Cet)": FOLFIRI stays whole
                therapy = _named_backbone(short, therapy, recognizer) or therapy
            out.append((short, therapy))
    return out


_ITEM_JOIN = lazy_compile(r"\s*(?:and|plus|with|\+|/)\s*", re.I)


def _last_item_parts(head: str, mentions) -> list | None:
    """The drugs of the list's last item when it is two to four drugs joined by "and", "plus", "with", "+" or "/"
    and ends the head ("capecitabine (C), capecitabine and bevacizumab"), else None."""
    cut = head.rfind(",")
    run = [m for m in mentions if m.start > cut]
    if not 2 <= len(run) <= 4 or run[-1].end != len(head) or any(m.entity.category != "Drug" for m in run) or \
            len({m.entity.id for m in run}) != len(run) or \
            not re.fullmatch(r"\s*(?:(?:or|and)\s+)?", head[cut + 1:run[0].start]):
        return None
    if any(_ITEM_JOIN.fullmatch(head[a.end:b.start]) is None for a, b in zip(run, run[1:])):
        return None
    return [m.entity for m in run]


def _parts_known(known, vocab) -> dict[str, list]:
    """The parts of each combination among the short forms a document has defined already (``known``)."""
    out = {}
    for short, entity in (known.items() if isinstance(known, dict) else ()):
        if entity is not None and entity.category == "Regimen" and short[:1].isupper():
            comps = vocab.regimen_components.get(entity.id)
            out[short] = [vocab.entities.get(c) for c in comps] if comps else [entity]
    return out


_JOINED_TO = lazy_compile(r"\s*(?:and|plus|with|\+|/)\s*$", re.I)


def _extended_short_form(short: str, head: str, last, parts_of: dict[str, list], recognizer):
    """A short form that writes an earlier short form of a combination and then the start of one more drug, right
    after "<earlier> and/plus/with <drug>": "capecitabine and bevacizumab (CB), or CB and mitomycin (CBM)" makes
    CBM the three drugs together, never mitomycin alone. The combination and its parts, or None.

    >>> from builders.recognize import Recognizer
    >>> from kg.vocab import load_vocabulary
    >>> r = Recognizer(load_vocabulary())
    >>> head = "capecitabine and bevacizumab (CB), or CB and mitomycin"
    >>> cb = [r.vocab.entities[r.vocab.by_name[n]] for n in ("capecitabine", "bevacizumab")]
    >>> last = [m for m in r.vocabulary_mentions(head) if m.end == len(head)][-1]
    >>> _extended_short_form("CBM", head, last, {"CB": cb}, r)[0].name
    'bevacizumab + capecitabine + mitomycin C'
    >>> _extended_short_form("CBM", head, last, {}, r) is None
    True
    """
    if last.entity.category != "Drug":
        return None
    for earlier, parts in parts_of.items():
        rest = short[len(earlier):].lstrip("-/+")
        if not short.startswith(earlier) or not rest or None in parts or \
                not _starts_like(rest, last.entity, last.text):
            continue
        joined = head[:last.start]
        gap = _JOINED_TO.search(joined)
        if gap is None or not re.search(rf"(?<![A-Za-z0-9]){re.escape(earlier)}$", joined[:gap.start()]):
            continue
        all_parts = [*parts, last.entity]
        regimen, _ = recognizer.combination([_Part(e) for e in all_parts])
        return regimen, all_parts
    return None


# what joins the items of a list of drugs: "A, B, and C", "A, B and C", "A and B"
_LIST_GAP = lazy_compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_PART_SPLIT = lazy_compile(r"[-/]")  # what splits a combination's short form into its parts ("CAPOX-B", "IRI/C")
_LETTERS = lazy_compile(r"[A-Za-z]+")
_NOT_LOWER = lazy_compile(r"[^a-z]")


def _listed_combination(short: str, head: str, recognizer, mentions=None) -> Entity | None:
    """The combination a short form names when it is written right after a list of drugs and its parts, split at a
    hyphen or slash, name them all, each part a named regimen of some of them or the start of one drug's name
    ("capecitabine, oxaliplatin, and bevacizumab (CAPOX-B)": CAPOX + bevacizumab; "irinotecan and cetuximab (IRI-C)":
    irinotecan + cetuximab): a short form for the drugs given together is one regimen of them. None otherwise (a short
    form of the last drug alone, "oxaliplatin and irinotecan (IRI)", or parts that leave a listed drug out).

    >>> from builders.recognize import Recognizer
    >>> from kg.vocab import load_vocabulary
    >>> r = Recognizer(load_vocabulary())
    >>> _listed_combination("CAPOX-B", "cycles of capecitabine, oxaliplatin, and bevacizumab", r).name
    'bevacizumab + CAPOX'
    >>> _listed_combination("IRI", "oxaliplatin and irinotecan", r) is None
    True
    """
    vocab = recognizer.vocab
    parts = [p for p in _PART_SPLIT.split(short) if p]
    if len(parts) < 2 or any(not _LETTERS.fullmatch(p) for p in parts):
        return None
    if mentions is None:  # (the vocabulary's mentions of ``head``, when the caller has them)
        mentions = recognizer.vocabulary_mentions(head)
    run = []
    for m in reversed(mentions):
        if m.entity.category != "Drug":
            break
        if run:
            gap = head[m.end:run[0].start]
            if _LIST_GAP.fullmatch(gap) is None:
                break
        elif m.end != len(head):
            return None
        run.insert(0, m)
    if len(run) < 2 or len({m.entity.id for m in run}) != len(run):
        return None
    left = {m.entity.id: m.entity for m in run}
    backbone, used = None, []
    for part in parts:
        named = vocab.by_name.get(part.lower())
        components = set(vocab.regimen_components.get(named, ())) if named else set()
        if backbone is None and named and vocab.entities[named].category == "Regimen" and len(components) >= 2 and \
                components <= set(left):
            backbone = _Part(vocab.entities[named], part)
            for c in components:
                del left[c]
            continue
        first = next((i for i, e in left.items() if any(
            _NOT_LOWER.sub("", n.lower()).startswith(part.lower()) for n in (e.name, *e.synonyms))), None)
        if first is None:
            return None
        used.append(left.pop(first))
    if left:
        return None  # a listed drug the short form does not name
    regimen, _ = recognizer.combination(([backbone] if backbone else []) + [_Part(e) for e in used])
    return regimen


def _combination_at_end(head: str, recognizer) -> tuple | None:
    """The combination written last in ``head``, ending where it ends, with its parts (entities), or None."""
    for mention, components in recognizer.find(head).regimens:
        if mention.end == len(head) and mention.entity.category == "Regimen" and len(components) >= 2:
            return mention.entity, [recognizer.vocab.entities.get(c) for c in components]
    return None


def _combination_before(short: str, combination: tuple | None, vocab) -> Entity | None:
    """The combination a short form names when the text before it is that combination: one of several parts,
    "fluorouracil and folinic acid (FU/FA)", is both drugs, not the last one; so is a hyphenated one
    ("trifluridine/tipiracil plus bevacizumab (TT-B)") when it has no slash, and one spelled by the starts of the
    parts ("cetuximab+irinotecan (CETIRI)", "fruquintinib plus sintilimab (FS)")."""
    if combination is None:
        return None
    entity, components = combination
    parts = [p for p in re.split(r"/", short) if p]
    if len(parts) < 2:
        parts = [p for p in re.split(r"-", short) if p]
    if len(parts) >= 2 and all(p.lower() in vocab.by_name for p in parts):
        return None  # "5-FU/LV": each part names its drug already
    if len(parts) >= 2:
        return entity if len(components) == len(parts) else None
    return entity if _spells_parts(short, components) else None


def _starts_like(letters: str, entity: Entity, written: str) -> bool:
    """Whether a short form begins as the therapy before it is written or named: a short form of a drug shares its
    first letter ("oxaliplatin (OxPt)", "5-fluorouracil (FU)"); "fluorouracil/leucovorin (FU)" is no short form of
    leucovorin."""
    first = letters[:1].lower()
    return any(re.sub(r"[^A-Za-z]", "", name)[:1].lower() == first for name in (written, entity.name))


def _spells_parts(short: str, parts: list) -> bool:
    """Whether a short form with no slash or hyphen is spelled by the starts of a combination's parts, each part in
    turn, in some order ("CETIRI": CETuximab, IRInotecan; "FS": Fruquintinib, Sintilimab).

    >>> from kg.model import Entity
    >>> cet, iri = Entity("a", "Drug", "cetuximab"), Entity("b", "Drug", "irinotecan")
    >>> _spells_parts("CETIRI", [iri, cet]), _spells_parts("CET", [cet, iri]), _spells_parts("CTX", [cet, iri])
    (True, False, False)
    """
    letters = re.sub(r"[^A-Za-z]", "", short).lower()
    if None in parts or not 2 <= len(parts) <= 4 or len(letters) < len(parts):
        return False
    names = [[n.lower() for n in (p.name, *p.synonyms) if n[:1].isalpha()] for p in parts]
    return any(_spelled(letters, [names[i] for i in order]) for order in itertools.permutations(range(len(parts))))


def _spelled(letters: str, names: list[list[str]]) -> bool:
    """Whether ``letters`` is a start of one of the first part's names, then the same for the rest, to the end."""
    if not names:
        return not letters
    return any(letters[:k] == name[:k] and _spelled(letters[k:], names[1:])
               for name in names[0] for k in range(1, min(len(letters), len(name)) + 1))


_MAKER_AFTER = lazy_compile(r"\s*(?:,\s*)?(?:Inc|Ltd|KGaA|GmbH|AG|Co|Corp\w*|Pharma\w*|Oncology|Biotech\w*|Laborator\w*)\b")
_MAKER_BEFORE = lazy_compile(r"\b(?:by|from)\s+$", re.I)


def _used_as_drug(text: str, name: str) -> bool:
    """Whether ``name`` is written again outside a bracket, and not as a company's ("funded by Merck", "Bayer AG")."""
    for m in whole_word(name, case=True).finditer(text):
        if text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")":
            continue  # the bracket that gives it (or another like it)
        if _MAKER_AFTER.match(text, m.end()) or _MAKER_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        return True
    return False


_BRAND = lazy_compile(r"\(\s*([A-Z][a-z]{3,14})\s*[®™]?\s*\)")


def _brand_names(sentences, recognizer, known=()) -> dict[str, Entity]:
    """Brand names a document writes in brackets right after the drug they name and then uses on their own:
    "Trifluridine-tipiracil (Tirolza) is used ... patients receiving Tirolza" (an invented brand; real ones the
    vocabulary lists, such as Lonsurf, are recognised as names already). The name is one capitalised word
    unknown to the vocabulary and to ``known``; one written only once (a maker's name, "(Bayer)") is left alone.

    >>> from builders.recognize import Recognizer
    >>> from kg.vocab import load_vocabulary
    >>> r = Recognizer(load_vocabulary())
    >>> [(k, e.name) for k, e in _brand_names(["Trifluridine-tipiracil (Tirolza) is used.", "Tirolza was given."], r).items()]
    [('Tirolza', 'TAS-102')]
    >>> _brand_names(["Regorafenib (Bayer) was given.", "The study was funded by Bayer."], r)
    {}
    """
    vocab = recognizer.vocab
    text = "\n".join(sentences)
    out: dict[str, Entity] = {}
    for sentence in sentences:
        if "(" not in sentence:
            continue
        for m in _BRAND.finditer(sentence):
            name = m.group(1)
            if name in known or name in out or name.lower() in vocab.by_name or vocab.gene_entity(name) is not None:
                continue
            if not _used_as_drug(text, name):
                continue
            head = sentence[max(0, m.start() - 80):m.start()].rstrip()
            before = [b for b in recognizer.vocabulary_mentions(head) if b.end == len(head)]
            if before and before[-1].entity.category == "Drug":
                out[name] = before[-1].entity
    return out
