"""Builder: relations stated in prose sentences.

One rule per predicate family, each a pattern over the mentions of a sentence:
resistance (``X confers resistance to Y``), rescue (``Y overcomes X``), drug
targets and classes, pathway membership, activation/inhibition, secretion and
predictive biomarkers. Rules prefer silence to guessing: a relation needs a
cue word and both ends inside one clause.
"""
from __future__ import annotations

import re

from builders.context import OTHER_CANCER, BuildContext, Emitter
from builders.document import Document
from builders.recognize import Mention, Recognition
from kg.ids import slug
from kg.model import Entity

# Effector cells whose loss (not presence) underlies resistance: never a cause on their own.
EFFECTOR_CELLS = {"T cell", "CD8+ T cell", "CD4+ T cell", "natural killer cell", "dendritic cell", "B cell", "CAR-T cell"}
CAUSES = ("Alteration", "CellType", "Molecule", "ResistanceMechanism", "Biomarker", "Gene", "Pathway")
THERAPY = ("Drug", "DrugClass", "Regimen")
_CLAUSE = re.compile(r";|\. |, whereas|, while|, but |; however")
_RES_CUE = re.compile(r"resistan(?:ce|t)|insensitiv|refractory|reduc\w* (?:the )?(?:sensitivity|efficacy|response)|"
                      r"desensitiz|loss of (?:\w+[- ])?(?:drug )?(?:effectiveness|efficacy)|failed to respond|impede", re.I)
_CAUSAL = re.compile(r"confer|lead|led to|induc|mediat|caus|contribut|responsible|reason|driv|promot|result|elicit|"
                     r"trigger|generat|associated with (?:resistance|acquired|cetuximab|the acquisition)|reduc|impair|"
                     r"undermin|diminish|hamper|escape|is a \w+ (?:of|indicator)|related to|linked to|accompan", re.I)
_NEGATION = re.compile(r"\b(?:not|no|neither|nor|without|unclear)\b (?:\w+ ){0,3}(?:associated|related|affect|confer|lead|cause)|"
                       r"no longer|\bno (?:\w+ ){0,3}(?:therapy|benefit|effect|such effect)|did not (?:\w+ ){0,2}(?:improve|reach|meet)", re.I)
# Words that say a therapy counters resistance; "strategy" alone counts only for combination regimens.
_OVERCOME_STRONG = re.compile(r"overcom|revers|resensitiz|re-sensitiz|restor|rescue|cope|coping|address|counteract", re.I)
_OVERCOME_CUE = re.compile(r"overcom|revers\w* (?:\w+ ){0,4}resist|resensitiz|re-sensitiz|restor\w* (?:the )?sensitivity|rescue|to cope with|coping|"
                           r"address\w* (?:this |the )?resistance|counteract|strateg", re.I)
_ACQUIRED = re.compile(r"acquired|acquisition|secondary|emergence|emergent|after (?:\w+ ){0,3}(?:treatment|therapy)|"
                       r"during (?:\w+ ){0,3}(?:treatment|therapy)|develop", re.I)
_PRIMARY = re.compile(r"\bprimary\b|intrinsic|innate|de novo", re.I)
_TARGET_VERB = re.compile(r"^\W*(?:(?!therapies|agents|drugs|regimens|treatments)\w+\W+){0,2}?(?:targets?|targeting|inhibits?|inhibiting|inhibitor of|binds?(?: to)?|"
                          r"blocks?|blocking|against|antibody (?:against|targeting)|directed against|acts? on)\W+(?:the\W+)?"
                          r"(?:\w+\W+){0,3}?$", re.I)
_ACTIVATE = re.compile(r"\b(?:activat\w*|stimulat\w*|upregulat\w*|up-regulat\w*|enhanc\w*|induc\w*|promot\w*|increas\w*|"
                       r"trigger\w*|stabiliz\w*|maintain\w*)\b", re.I)
_INHIBIT = re.compile(r"\b(?:inhibit\w*|suppress\w*|downregulat\w*|down-regulat\w*|impair\w*|decreas\w*|reduc\w*|"
                      r"negatively regulat\w*|degrad\w*|dampen\w*|hamper\w*|deplet\w*)\b", re.I)
_SECRETE = re.compile(r"\b(?:secrete[sd]?|secreting|releas(?:e|es|ed|ing)|produc(?:e|es|ed|ing))\b", re.I)
_SECRETED_BY = re.compile(r"\b(?:secreted|released|produced) by\b", re.I)
_PREDICT_RES = re.compile(r"negative(?:ly)? predict|negative marker|predict\w* (?:\w+ ){0,3}resistance|"
                          r"associated with (?:a )?(?:worse|poor|shorter|inferior)|failed to respond|no benefit|"
                          r"(?:do|does|did) not (?:\w+ )?benefit|not suitable|resistance to", re.I)
_PREDICT_CLAUSE = re.compile(_CLAUSE.pattern + "|—")  # predictive clauses also end at a dash
_PROPORTION = re.compile(r"\b(?:up to|about|approximately|nearly|over)?\s*\d+(?:\.\d+)?% of (?:\w+ )?(?:patients|cases|tumou?rs)", re.I)
_PREDICT_RESP = re.compile(r"(?:positive )?predict\w* (?:\w+ ){0,3}(?:response|efficacy|benefit|rechallenge|sensitivity)|"
                           r"associated with (?:a |an )?(?:better|improved|prolonged|longer|superior)|benefit(?:ed)? (?:more )?from|"
                           r"respond(?:ing)? best|sensitive to|more likely to respond|predictive (?:indicator|marker|factor)", re.I)
# A therapy given to (or active in) tumours that carry an alteration its components target.
_TARGETED_CUE = re.compile(r"efficacy|effective|activity|\brespon|\bORR\b|\bDCR\b|\bPFS\b|benefit|received|treated with|"
                           r"sensitive|regression|assess|evaluat|verif|demonstrat", re.I)
_TARGETED_WEAK = re.compile(r"limited|modest|\bno (?:\w+ )?(?:benefit|activity|efficacy|response)|did not|failed|not (?:effective|active)|"
                            r"\bpoor\b|minimal|ineffective|inferior", re.I)
_CARRIER_BEFORE = re.compile(r"(?:patients?|tumou?rs?|cases|cohorts?|models?|cancers?|CRC|mCRC)\s+(?:\w+\s+){0,2}?"
                             r"(?:with|harbou?ring|carrying|bearing|having)\s+(?:the\s+|an?\s+)?(?:[\w/\-]+\s+){0,3}$|"
                             r"\b(?:in|for)\s+(?:\w+\s+){0,1}$", re.I)
_CARRIER_AFTER = re.compile(r"^[-\s]?(?:(?:mutant|mutated|MT|positive|amplified|\+|mutations?|amplification|overexpression)[-\s]+)?"
                            r"(?:m?CRCs?|colorectal|tumou?rs?|patients?|cohorts?|models?|xenografts?)\b", re.I)
_TARGETED_KINDS = ("mutation", "amplification", "overexpression", "fusion")
_SPECIMEN_LIQUID = re.compile(r"ctDNA|cfDNA|plasma|serum|blood|liquid biops|circulating|exosom", re.I)
_SPECIMEN_TISSUE = re.compile(r"tissue|biops(?:y|ies)|tumou?r samples|immunohistochem|\bIHC\b|in situ hybridi|tumoral", re.I)
_EXPRESSION_AFTER = re.compile(r"^[-\s]?(?:expression|levels?|positivity|status|abundance)\b", re.I)
_EXPRESSION_BEFORE = re.compile(r"(?:high|low|elevated|increased|decreased|reduced)\s+(?:levels?|expression)\s+of\s+(?:the\s+)?$|"
                                r"(?:high|low|elevated)\s+$", re.I)


def _clauses(text: str, splitter: re.Pattern = _CLAUSE) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in splitter.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _can_cause(m: Mention) -> bool:
    """Statuses that mark sensitivity, generic biomarkers and effector cells never cause resistance by themselves."""
    e = m.entity
    return (e.category != "Biomarker" and e.name not in EFFECTOR_CELLS and e.name not in ("MSS/pMMR", "TMB-low")
            and e.attr("alteration_kind") != "wild_type")


def _in(m: Mention, span: tuple[int, int]) -> bool:
    return span[0] <= m.start and m.end <= span[1]


class _Sentence:
    """Rules applied to one sentence."""

    def __init__(self, out: Emitter, ctx: BuildContext, text: str, rec: Recognition, evidence):
        self.out, self.ctx, self.text, self.rec, self.ev = out, ctx, text, rec, evidence
        self.mentions = rec.merged()  # combination regimens replace their parts

    def of(self, cats, span=None):
        return [m for m in self.mentions if m.entity.category in cats and (span is None or _in(m, span))]

    # -- helpers ------------------------------------------------------------
    def _cause_entity(self, m: Mention) -> Entity | None:
        """Turn a mention into something that can cause resistance (genes become alterations or mechanisms)."""
        e = m.entity
        if e.category in ("Alteration", "CellType", "Molecule", "ResistanceMechanism", "Biomarker"):
            return e
        around = self.text[max(0, m.start - 25):m.end + 30].lower()
        if e.category == "Gene":
            kind = None
            if re.search(r"overexpress|high(?:ly)? (?:level|express)|upregulat|increase|elevated|high expression", around):
                kind = "overexpression"
            elif re.search(r"amplif", around):
                kind = "amplification"
            elif re.search(r"mutat", around):
                kind = "mutation"
            if kind:
                alt = self.ctx.recognizer.alteration(e, kind)
                self.out.fact(alt, "alteration_of", e, self.ev)
                return alt
            if re.search(r"activat|signal", around):
                return self._mechanism(f"{e.name} activation", [e])
            return None
        if e.category == "Pathway" and re.search(r"activat|signal|reactivat", around):
            return self._mechanism(f"{e.name} activation", [e])
        return None

    def _mechanism(self, name: str, parts: list[Entity]) -> Entity:
        mech = Entity("crc:mech_" + slug(name), "ResistanceMechanism", name)
        for p in parts:
            self.out.fact(mech, "involves", p, self.ev)
        return mech

    def _therapy_targets(self, therapy: Entity) -> set[str]:
        vocab = self.ctx.vocab
        ids = {therapy.id}
        ids.update(vocab.drug_classes.get(therapy.id, ()))
        targets: set[str] = set()
        for x in ids:
            targets.update(vocab.drug_targets.get(x, ()))
        return targets

    def mechanism_class(self, cause: Entity, therapy: Entity) -> str:
        rules = self.ctx.vocab.mechanism_rules
        low = self.text.lower()
        for cls in ("post_translational_modification", "noncoding_rna_regulation", "drug_inactivation_or_reduced_exposure"):
            if re.search(rules["keywords"][cls], low):
                return cls
        if cause.attr("molecule_kind") in ("miRNA", "lncRNA", "circRNA"):
            return "noncoding_rna_regulation"
        if cause.category == "ResistanceMechanism" and re.search(r"MAPK|PI3K|AKT|mTOR|RAS|ERK|MEK|STAT", cause.name):
            return "downstream_pathway_reactivation"
        symbol = cause.attr("gene") or cause.name.split(" ")[0]
        gene = self.ctx.vocab.gene_entity(symbol) if symbol else None
        if gene is not None and gene.id in self._therapy_targets(therapy):
            return "on_target_alteration"
        roles = rules["gene_roles"]
        for cls in ("bypass_receptor_activation", "downstream_pathway_reactivation", "immune_evasion",
                    "drug_inactivation_or_reduced_exposure"):
            if symbol in (roles.get(cls) or ()):
                return cls
        for cls in ("phenotypic_plasticity", "immune_evasion", "tumour_microenvironment"):
            if re.search(rules["keywords"][cls], low):
                return cls
        return rules["category_defaults"].get(cause.category, "other")

    # -- rules --------------------------------------------------------------
    def resistance(self):
        if not _RES_CUE.search(self.text) or _NEGATION.search(self.text):
            return
        for span in _clauses(self.text):
            clause = self.text[span[0]:span[1]]
            cue = _RES_CUE.search(clause)
            if not cue or not _CAUSAL.search(clause):
                continue
            cue_at = span[0] + cue.start()
            therapies = [m for m in self.of(THERAPY, span)
                         if re.match(r"^[-\s]?(?:resistan|refractory)", self.text[m.end:m.end + 12])
                         or (m.start > cue_at and re.search(r"(?:resistan\w*|insensitiv\w*|sensitivity|refractory|respond|efficacy)"
                                                            r"(?: of \w+ cells)? (?:to|of)\s+(?:the\s+)?(?:\w+\s+){0,4}$",
                                                            self.text[cue_at:m.start]))]
            if not therapies:
                continue
            causes = [m for m in self.of(CAUSES, span) if (m.end <= cue_at + 1 or m.start > cue_at) and _can_cause(m)
                      and not any(m.start >= t.start and m.end <= t.end for t in therapies)]
            kind = "acquired" if _ACQUIRED.search(clause) else ("primary" if _PRIMARY.search(clause) else None)
            for c in causes:
                cause = self._cause_entity(c)
                if cause is None:
                    continue
                for t in therapies:
                    self.out.fact(cause, "confers_resistance_to", t.entity, self.ev,
                                  mechanism_class=self.mechanism_class(cause, t.entity), resistance_type=kind)

    def overcome(self):
        if not _OVERCOME_CUE.search(self.text) or _NEGATION.search(self.text):
            return
        if "strateg" in self.text.lower() and not re.search(r"resist|mutat|amplif|overexpress|induced", self.text, re.I):
            return
        for span in _clauses(self.text):
            therapies = [m for m in self.of(THERAPY, span) if not self._resisted(m)]
            regimens = [m for m in therapies if m.entity.category == "Regimen"] or therapies
            if not _OVERCOME_STRONG.search(self.text, span[0], span[1]):
                regimens = [m for m in regimens if m.entity.attr("combination")]
            targets = [m for m in self.of(("Alteration", "ResistanceMechanism"), span)
                       if m.entity.attr("alteration_kind") != "wild_type"]
            if not regimens or not targets:
                continue
            for r in regimens[:2]:
                for a in targets:
                    self.out.fact(r.entity, "overcomes", a.entity, self.ev)

    def targeted(self):
        """A therapy shown active in tumours carrying an alteration of a gene it targets overcomes that alteration.

        The drug-target link comes from the vocabulary, so a therapy is never said to overcome an
        alteration of a gene none of its components acts on.
        """
        if not _TARGETED_CUE.search(self.text) or _TARGETED_WEAK.search(self.text) or _NEGATION.search(self.text) \
                or OTHER_CANCER.search(self.text):
            return
        combos = {m.entity.id: comps for m, comps in self.rec.regimens}
        alts = [m for m in self.of(("Alteration",)) if m.entity.attr("alteration_kind") in _TARGETED_KINDS
                and (_CARRIER_BEFORE.search(self.text[max(0, m.start - 60):m.start])
                     or _CARRIER_AFTER.match(self.text[m.end:m.end + 30]))]
        if not alts:
            return
        given = [t for t in self.of(THERAPY) if t.entity.category != "DrugClass" and not self._resisted(t)]
        if len({t.entity.id for t in given}) != 1:
            return  # several therapies (arms, lists, partial groupings): cannot tell which one was active
        for t in given[:1]:
            parts = combos.get(t.entity.id) or self.ctx.vocab.regimen_components.get(t.entity.id) or (t.entity.id,)
            targets: set[str] = set()
            for part in parts:
                if part:
                    targets |= self._therapy_targets(self.ctx.vocab.entities.get(part) or t.entity)
            for a in alts:
                if self._genes_of(a.entity) & targets:
                    self.out.fact(t.entity, "overcomes", a.entity, self.ev)

    def _genes_of(self, alteration: Entity) -> set[str]:
        vocab = self.ctx.vocab
        gene = vocab.gene_entity(alteration.attr("gene") or "")
        if gene is None:
            return set()
        members = (vocab.gene_entity(s) for s in vocab.family_members.get(gene.id, ()))
        return {gene.id} | {g.id for g in members if g is not None}

    def _resisted(self, m: Mention) -> bool:
        """Is this therapy the one being resisted ("anti-EGFR resistance", "resistant to cetuximab")?"""
        after = self.text[m.end:m.end + 25]
        before = self.text[max(0, m.start - 40):m.start]
        return bool(re.match(r"^[-\s]?(?:resistan|refractory|failure|treatment failure)", after)
                    or re.search(r"(?:resistan\w*|refractory|progress\w* on|failure of|after|during|under|following|previous|prior|"
                                 r"continuous use of|long-term) (?:to )?(?:[\w\-]+ ){0,2}$", before, re.I)
                    or re.search(r"(?:limited|low|poor|modest|lack of) (?:\w+ )?(?:efficacy|activity|benefit|response)s? (?:of|to|from) "
                                 r"(?:[\w\-]+ ){0,2}$", before, re.I))

    def targets_and_classes(self):
        drugs = [m for m in self.rec.mentions if m.entity.category == "Drug"]
        classes = [m for m in self.rec.mentions if m.entity.category == "DrugClass"]
        vocab = self.ctx.vocab
        for d in drugs:
            # "<class> <drug>", "<drug>, a/an <class>", "<drug> (a <class>)", "<drug> is a <class>"
            for c in classes:
                gap = self.text[c.end:d.start] if c.end <= d.start else self.text[d.end:c.start]
                before = c.end <= d.start
                if "respectively" in self.text:
                    continue
                ok = (before and re.fullmatch(r"\s*(?:the\s+)?(?:drugs?\s+|agents?\s+)?", gap)) or (
                    not before and re.fullmatch(r"\s*(?:,\s*(?:a|an|another|the)\b|\(\s*(?:a|an|another)?|\bis\b|\bwas\b|\bare\b)"
                                                r"\s*(?:a|an|another|the)?\s*(?:[\w\-]+\s+){0,5}?", gap)
                    and len(gap) < 60 and " and " not in gap and " with " not in gap and " plus " not in gap)
                if ok:
                    self.out.fact(d.entity, "member_of", c.entity, self.ev)
                    for t in vocab.drug_targets.get(c.entity.id, ()):
                        if t in vocab.drug_targets.get(d.entity.id, ()):
                            target = vocab.entities.get(t)
                            if target is not None:
                                self.out.fact(d.entity, "targets", target, self.ev)
            # "<drug> targets/inhibits/binds <gene>" (an alteration stands for its gene)
            for g in self.of(("Gene", "Molecule", "Alteration")):
                if g.entity.category == "Alteration":
                    gene = self.ctx.vocab.gene_entity(g.entity.attr("gene") or "")
                    if gene is None:
                        continue
                    g = Mention(g.start, g.end, g.text, gene)
                if g.start <= d.end or g.start - d.end > 90:
                    continue
                between = self.text[d.end:g.start]
                if any(o.start > d.end and o.end <= g.start for o in drugs) or ";" in between:
                    continue
                if _TARGET_VERB.match(between):
                    self.out.fact(d.entity, "targets", g.entity, self.ev)
        # "<class>s, including/such as <drug>, <drug> and <drug>"; "<drugs>, which are <class>"; "<drugs> are <class>"
        for c in classes:
            tail = self.text[c.end:c.end + 12]
            nxt = min([x.start for x in classes if x.start > c.end] + [len(self.text)])
            if re.match(r"^\s*,?\s*(?:including|such as|e\.g\.)", tail):
                for d in [d for d in drugs if d.start < nxt]:
                    if d.start > c.end and not any(x.start > c.end and x.start < d.start and x.entity.category not in ("Drug",)
                                                   and x.entity.category != "DrugClass" for x in self.mentions):
                        gap = self.text[c.end:d.start]
                        if len(gap) < 120 and ";" not in gap and "." not in gap:
                            self.out.fact(d.entity, "member_of", c.entity, self.ev)
            head_drugs = [d for d in drugs if d.end <= c.start]
            if head_drugs and re.search(r"(?:,\s*which are|\s+are|\s+were)\s+(?:\w+\s+){0,3}$", self.text[head_drugs[-1].end:c.start]):
                chain = [head_drugs[-1]]
                for d in reversed(head_drugs[:-1]):
                    if re.fullmatch(r"\s*(?:,|, and|and)\s*", self.text[d.end:chain[0].start]):
                        chain.insert(0, d)
                    else:
                        break
                for d in chain:
                    self.out.fact(d.entity, "member_of", c.entity, self.ev)

    def pathways(self):
        vocab = self.ctx.vocab
        for p in self.of(("Pathway",)):
            members = set(vocab.pathway_members.get(p.entity.id, ()))
            for g in self.of(("Gene",)):
                if g.entity.id in members and abs(g.start - p.start) < 160:
                    self.out.fact(g.entity, "participates_in", p.entity, self.ev)

    def regulation(self):
        actors = ("Gene", "Molecule", "Alteration", "CellType", "Pathway")
        for span in _clauses(self.text):
            ms = [m for m in self.of(actors + ("ResistanceMechanism",), span)]
            for verb_re, pred in ((_ACTIVATE, "activates"), (_INHIBIT, "inhibits")):
                for v in verb_re.finditer(self.text, span[0], span[1]):
                    subj = [m for m in ms if m.end <= v.start() and v.start() - m.end < 15
                            and not re.search(r"[,(]|\bby\b|\bof\b|\bwith\b", self.text[m.end:v.start()])]
                    objs = [m for m in ms if m.start >= v.end() and m.start - v.end() < 20
                            and not re.search(r"[,;]|\bby\b|\bthrough\b|\bvia\b", self.text[v.end():m.start])]
                    if not subj or not objs:
                        continue
                    s, o = subj[-1], objs[0]
                    if s.entity.category == "Alteration" and o.entity.category == "Gene":
                        continue
                    if re.search(r"effect of|ability of|function of", self.text[max(0, v.start() - 30):v.end() + 25]):
                        continue
                    self.out.fact(s.entity, pred, o.entity, self.ev,
                                  object_direction="increased" if pred == "activates" else "decreased")

    def secretion(self):
        cells = self.of(("CellType",))
        mols = self.of(("Molecule",))
        if not cells or not mols:
            return
        for span in _clauses(self.text):
            for v in _SECRETE.finditer(self.text, span[0], span[1]):
                by = _SECRETED_BY.match(self.text, v.start())
                if by:
                    producers = [c for c in cells if c.start >= by.end() and c.start - by.end() < 30]
                    products = [m for m in mols if m.end <= v.start() and v.start() - m.end < 20]
                else:
                    producers = [c for c in cells if c.end <= v.start() and v.start() - c.end < 40 and _in(c, span)]
                    products = [m for m in mols if m.start >= v.end() and _in(m, span) and m.start - v.end() < 160]
                for c in producers[-1:] if not by else producers:
                    for m in products:
                        self.out.fact(c.entity, "secretes", m.entity, self.ev)

    def predictive(self):
        low = self.text.lower()
        if not re.search(r"predict|marker|indicator|associated with|benefit|respond|sensitive", low):
            return
        if re.search(r"\bboth\b", low) and re.search(r"mut|-mt\b", low) and re.search(r"wild|-wt\b", low):
            return  # "both mutant and wild-type benefit": not predictive
        specimen = "liquid_biopsy" if _SPECIMEN_LIQUID.search(self.text) else (
            "tissue" if _SPECIMEN_TISSUE.search(self.text) else None)
        therapies = self.of(THERAPY)
        if not therapies:
            return
        for span in _clauses(self.text, _PREDICT_CLAUSE):
            clause = self.text[span[0]:span[1]]
            if _PROPORTION.search(clause):
                continue  # "up to 50% of patients with X resist": a share, not a predictor
            pred, cue = None, _PREDICT_RES.search(self.text, span[0], span[1])
            if cue:
                pred = "predicts_resistance_to"
            else:
                cue = _PREDICT_RESP.search(self.text, span[0], span[1])
                pred = "predicts_response_to" if cue else None
            if pred is None:
                continue
            for e in self._predictors(span, cue, pred, low):
                for t in therapies[:3]:
                    self.out.fact(e, pred, t.entity, self.ev, specimen=specimen)

    def _predictors(self, span: tuple[int, int], cue, pred: str, low: str) -> list[Entity]:
        subjects: list[Entity] = []
        for m in self.of(("Alteration", "Biomarker", "Gene", "Molecule"), span):
            if m.start > cue.end():
                continue
            e = m.entity
            if e.category in ("Gene", "Molecule"):
                if _EXPRESSION_AFTER.match(self.text[m.end:]) or _EXPRESSION_BEFORE.search(self.text[:m.start]):
                    e = Entity("crc:biomarker_" + slug(e.name + " expression"), "Biomarker", f"{e.name} expression")
                else:
                    continue
            if e.category == "Alteration" and e.attr("alteration_kind") == "wild_type" and pred == "predicts_resistance_to":
                continue
            if e.category == "Alteration" and e.attr("alteration_kind") in ("mutation",) and pred == "predicts_response_to" \
                    and "wild" not in low:
                continue
            subjects.append(e)
        return subjects


def build(doc: Document, ctx: BuildContext) -> Emitter:
    """Relations from every prose sentence of ``doc``."""
    out = Emitter(doc, ctx, "rule")
    for sentence in doc.sentences:
        if sentence.norm.startswith("[image"):
            continue
        rec = ctx.recognizer.find(sentence.norm)
        if not rec.mentions:
            continue
        ev = out.evidence(sentence)
        out.mentions(rec, ev)
        rules = _Sentence(out, ctx, sentence.norm, rec, ev)
        rules.resistance()
        rules.overcome()
        rules.targeted()
        rules.targets_and_classes()
        rules.pathways()
        rules.regulation()
        rules.secretion()
        rules.predictive()
    return out
