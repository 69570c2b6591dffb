"""Pattern recognisers: the entities no vocabulary list can hold.

Each function takes the sentence text and the mentions found so far and returns the mentions
with its own added (or refined). They run in a fixed order from :func:`recognise`:

* variants fused to their gene (``KRASG12C``) and gene fusions (``ALK-CAD fusion``);
* registry ids and unseen trial acronyms (``the RAISE trial``, ``NCT01234567``; builders/trial_names.py);
* non-coding RNAs (``miR-31-3p``, ``lncRNA UCA1``);
* drugs no list names: INN stems (``-tinib``, ``-mab``) and code names in a drug context;
* alterations (``KRAS G12C``, ``MET amplification``, ``mutations in PIK3CA exon 20``) and
  gene-level statuses (``RAS/BRAF wild-type``);
* drug classes (``anti-PD-1``, ``MEK inhibitors``, ``HER2-directed therapy``);
* expression and liquid-biopsy biomarkers (``AXL positivity``, ``ctDNA KRAS mutation``);
* a cell population's failure or build-up tied to resistance (``exhaustion of CD8+ T cells``, ``MDSC expansion``;
  builders/cell_processes.py);
* resistance mechanisms (``ABCB1-mediated MDR``, a list of mechanisms; builders/mechanism_names.py);
* then, on the final mentions, combination regimens (builders/regimen_names.py) and population contexts.

Word lists live in ``ontology/vocab/``; nothing here names a particular drug, gene or trial.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from typing import NamedTuple
from bisect import bisect_left, bisect_right

import ahocorasick
from rapidfuzz.distance import OSA

from builders.abbreviations import defined_long_form_start
from builders.acquired import acquired_alterations
from builders.lazy_patterns import lazy_compile
from builders.measured_levels import measured_level_before
from builders.changed_levels import verb_of_change
from builders.exon_places import place_after, place_before_gene, place_before_genes
from builders.called_markers import called_marker_chain
from builders.process_parts import process_parts
from builders.qualified_classes import MAY_QUALIFY, qualified_classes
from builders.bracketed_classes import MAY_BRACKET_CLASS, bracketed_classes
from builders.mixture_parts import MAY_MIXTURE, mixture_parts
from builders.antibody_formats import antibody_formats, conjugate_class, format_heads, imply_format_class
from builders.cell_therapies import cell_therapies
from builders.targeted_partners import (BOTH_JOIN, GENETIC_TOOLS, PARTNER_WORDS, act_before, both_targets, named_before,
                                        partnered)
from builders.folinic_pairs import MAY_FOLINIC_PAIR, folinic_pairs
from builders.conjugate_names import MAY_CONJUGATE, conjugate_names
from builders.scheduled_fu import MAY_SCHEDULED_FU, scheduled_fu
from builders.ihc_scores import fish_ratios, ihc_scores
from builders.liquid_status import liquid_status, specimen_name, written_specimen
from builders.specimen_pairs import specimen_markers
from builders.tmb_cutoffs import tmb_cutoffs
from builders.genotypes import MAY_GENOTYPE, genotypes
from builders.entity_clinical_factors import MAY_CLINICAL_FACTOR, clinical_factors
from builders.entity_treatment_history import treatment_histories
from builders.entity_outcome_factors import outcome_factors
from builders.slashed_statuses import MAY_SLASHED_STATUS, slashed_statuses
from builders.receptor_ligands import MAY_RECEPTOR_AFTER, ligand_receptors, receptor_ligands
from builders.immune_states import MAY_STATE, immune_states
from builders.integrin_dimers import integrin_dimers
from builders.spaced_members import spaced_members
from builders.entity_microbes import microbes
from builders.entity_biallelic_losses import MAY_BIALLELIC, biallelic_losses
from builders.entity_microbe_abundance import MAY_ABUNDANCE, microbe_abundance
from builders.entity_ihc_bare import MAY_BARE_SCORE, bare_ihc_scores
from builders.entity_toxicity_markers import MAY_TOXICITY_MARKER, toxicity_markers
from builders.entity_variant_lists import change_over_listed_genes, changes_before_word, changes_listed_before, \
    listed_variant_genes
from builders.entity_enzyme_classes import MAY_ENZYME_CLASS, enzyme_classes
from builders.copy_numbers import copy_number_after, copy_number_entity, gain_before
from builders.long_forms import defined_long_forms, slashed_long_forms
from builders.phospho_markers import MAY_PHOSPHO, phospho_markers
from builders.shared_heads import shared_head_items
from builders.soluble_receptors import MAY_SOLUBLE_RECEPTOR, soluble_receptors
from builders.anti_heads import MAY_ANTI_HEAD, anti_heads
from builders.anti_slash_blockades import MAY_ANTI_SLASH, anti_slash_blockades
from builders.format_members import MAY_FORMAT_MEMBERS, format_members, with_written_forms
from builders.therapy_prefixes import MAY_PREFIXED_THERAPY, prefixed_therapies
from builders.pathway_lists import listed_pathways
from builders.named_axes import MAY_NAMED_AXIS, named_axes
from builders.pathway_short_names import MAY_SHORT_STATE, short_pathways
from builders.cell_states import MAY_CELL_STATE, state_cells
from builders.polarised_cells import MAY_POLARISED, polarised_cells
from builders.group_trials import group_trials
from builders.numbered_trials import numbered_trials
from builders.resistant_lines import MAY_HOLD as _MAY_HOLD_LINE, resistant_lines
from builders.pattern_mentions import AA, _ITEM_COMMA, _mention, _overlaps, list_reach
from builders.spelled_trials import spelled_trials
from builders.trial_names import registry_and_trials, roman_numbered_trials, sibling_trials
from builders.mechanism_names import listed_mechanisms, mechanisms, raised_phospho_at
from builders.cell_processes import cell_processes
from builders.lowered_processes import MAY_LOWERED, lowered_processes
from builders.bracketed_terms import MAY_BRACKET, bracketed_terms
from builders.regimen_names import regimens
from kg.ids import mint, slug
from kg.model import Entity
from kg.groups import CARRIER

VARIANT = lazy_compile(rf"[-\s]?(?:\(|p\.)?([{AA}])(\d{{2,4}})([{AA}]|del|fs|ins|dup|\*|X)?\)?(?![A-Za-z0-9])")
_SPACES_HYPHENS = lazy_compile(r"[ \-]*")  # (where the next word begins after a change: a gene written right after it)
_MORE_VARIANTS = lazy_compile(rf"\s*(?:,|/|, and|, or|and|or)\s*(?:p\.)?([{AA}])(\d{{2,4}})([{AA}]|del|fs|ins|\*|X)?(?![A-Za-z0-9])")
# (a codon without its new residue, "BRAFV600", only with a status word after it: "BRAFV600-mutant")
# (a gene written with a one-letter prefix and a hyphen, "B-RAFV600E", "K-RASG12C": the whole name is the gene's,
# never its tail "RAF")
_FUSED = lazy_compile(rf"(?<![A-Za-z0-9\-])((?:[A-Z]-)?[A-Z][A-Z0-9]{{2,7}}?)([{AA}]\d{{2,4}})([{AA}]?)(?![A-Za-z0-9])")
# a wild-type word after a protein change or codon ("BRAF V600E wild-type", "BRAFV600-wildtype", "KRAS G12 WT"):
# the status of that change, never the change itself
_WILD_TYPE_AFTER = lazy_compile(r"[-\s](?:wild[-\s]?type|(?-i:WT))(?![A-Za-z0-9])", re.I)
_SLASH_GAP = lazy_compile(r"\s?/\s?")
_VARIANT_BEFORE = lazy_compile(rf"(?<![A-Za-z0-9])([{AA}]\d{{2,4}}[{AA}])[-\s](?:mutant|mutated|mutation-bearing|positive)?\s*$")
# "overexpression/amplification": a second kind of alteration after a slash
_SECOND_KIND = lazy_compile(r"\s?/\s?(?P<mod>amplifications?|amplified|overexpression|overexpressed|over-expression|"
                            r"mutations?|mutated|mutant|fusions?|rearrangements?|rearranged|loss|deletions?|deleted)"
                            r"(?![A-Za-z])", re.I)
# "non-V600E BRAF (mutation)", "BRAF non-V600 mutations": a gene's changes other than the one named
_NON_VARIANT_BEFORE = lazy_compile(rf"(?<![A-Za-z0-9])[Nn]on[-\s]?([{AA}]\d{{2,4}}[{AA}]?)[-\s]$")
_NON_VARIANT_AFTER = lazy_compile(rf"[-\s][Nn]on[-\s]?([{AA}]\d{{2,4}}[{AA}]?)(?![A-Za-z0-9])")
# "class 2 BRAF mutations", "BRAF class III mutants": a functional class of a gene's changes (written before the
# gene, or after it with a mutation word)
_FUNCTIONAL_CLASS_BEFORE = lazy_compile(r"(?<![A-Za-z0-9])[Cc]lass[-\s]?(1|2|3|I{1,3})[-\s]$")
_FUNCTIONAL_CLASS_AFTER = lazy_compile(r"\s[Cc]lass[-\s]?(1|2|3|I{1,3})(?=[-\s](?:mutations?|mutants?|mutated|alterations?|variants?)(?![A-Za-z]))")
_CLASS_NUMBER = {"I": "1", "II": "2", "III": "3"}
_NON_VARIANT_TAIL = lazy_compile(r"[-\s](?:mutations?|mutant|mutated|mutation-positive)(?![A-Za-z])", re.I)
_FUSION = lazy_compile(r"(?<![A-Za-z0-9])([A-Z][A-Z0-9]{1,9})\s?(?:-|–|::)\s?([A-Z][A-Z0-9]{1,9})(?:\s+gene)?\s+(fusions?|"
                       r"rearrangements?|fusion genes?|fusion proteins?|translocations?)\b")
# an exon or codon, a pair ("exons 2/3", "codon 12-13"), a range ("exons 2-4", taken whole below) or a list
# ("exons 2, 3, and 4", "codons 12, 13, 59, 61, 117, and 146", "codon 13, 61, and 164, mutation"): group 2 holds the
# numbers after the first, with their joins; a pair or range is written with a hyphen or an en dash alike ("codons
# 12–13", "exons 2–4")
_EXON = lazy_compile(r"\s+(?:exon|codon)s?\s+(\d+)((?:(?:\s*,\s*(?:and\s+|or\s+)?|\s*/\s*|\s+and\s+|\s+or\s+)\d+(?![-–\d]))+|"
                     r"[-–](?=\d+(?![-–\d]))\d+)?,?(?:\s+(insertions?|deletions?|skipping|mutations?|mutant|alterations?))?")
_NUMBER = lazy_compile(r"\d+")
# a symbol in brackets after its long name, maybe with a space left inside ("(B2M )", "( B2M)")
_CLOSE_AFTER = lazy_compile(r"\s?\)")
_OPEN_JUST_BEFORE = lazy_compile(r"[A-Za-z0-9]\s*\(\s?$")
_EITHER_BEFORE_GENES = lazy_compile(r"(?<![A-Za-z])(?:either|both)\s+$", re.I)
# a wild-type word shortly before a list of genes and their loci ("wild-type KRAS and NRAS exons 2, 3, and 4", "tumours
# WT for KRAS and NRAS exons 2, 3 and 4", "wild-type RAS mCRC (KRAS and NRAS exons 2, 3, and 4)")
# (not when a mutation word stands between: "patients with KRAS exon 2 wild type had mutations in RAS exons (KRAS exon 3,
# 4 and NRAS exon 2, 3)")
_WILD_TYPE_NEAR = lazy_compile(r"(?:(?<![A-Za-z])wild[-\s]?type|(?<![A-Za-z])(?-i:WT))\b(?:(?!mutat)[^.;]){0,30}$", re.I)
_MODIFIER = lazy_compile(
    r"(?P<sep>[-\s]|\s\(|\s?gene\s|\s?genes\s)?\s?(?:gene\s|genes\s)?(?P<mod>"
    r"ectodomain (?:mutations?|clones?|variants?)|kinase domain mutations?|exonuclease domain (?:mutations?|variants?)|extracellular domain (?:mutations?|variants?)|ECD (?:mutations?|variants?)|promoter hypermethylation|"
    # the domain with its abbreviation in brackets before the mutation word ("EGFR extracellular domain (ECD) mutations")
    r"(?:ectodomain|extracellular domain|kinase domain|exonuclease domain) \((?:ECD|KD|EDM)\) (?:mutations?|variants?)|"
    r"proofreading[-\s]deficien(?:cy|t)|deficiency|deficient|"
    # "PTEN null", "PTEN-null cells": no protein made, the gene's loss
    r"null|"
    r"promoter methylation|hypermethylation|copy[- ]number gains?|copy[- ]number amplifications?|"
    r"activating mutations?|somatic mutations?|point mutations?|missense mutations?|"
    # "KRAS mutational status", "RAS mutation status": whether the gene is mutated, a status marker
    r"mutation(?:al)?\s+status|"
    # "PTEN loss-of-function mutations": mutations that undo the gene's function, its loss
    r"loss[-\s]of[-\s]function\s(?:mutations?|alterations?|variants?)|"
    # "BRAF driver mutations", "POLE pathogenic mutations", "RAS resistance mutations": a kind of the gene's mutations
    r"(?:hotspot|driver|(?:likely\s)?pathogenic|oncogenic|truncating|inactivating|deleterious|resistance)\smutations?|"
    r"mutations?|mutant|mutated|mutation-positive|MT|WT|wild[-\s]?type|wild|amplifications?|amplified|amp|gains?|"
    r"overexpression|overexpressed|over-expression|fusions?|rearrangements?|rearranged|loss|deletions?|deleted|"
    r"positive|positivity|negative|high expression|hyperactivation|alterations?|aberrations?|variants?|"
    r"-altered|altered|inactivation|silencing|silenced)(?![A-Za-z])", re.I)
# a gene's symbol and the first word of a slash pair of alteration words ("ERBB2 overexpression/" amplification)
_PAIRED_BEFORE = lazy_compile(r"(?<![\w\-])(?-i:[A-Z][A-Z0-9]{1,7})[-\s]+[a-z]+(?:\s+[a-z]+)?\s*/\s*$")


def _unpaired(text: str, pre: re.Match | None, gene_ends=frozenset()) -> re.Match | None:
    """A word before a gene (``pre``, of _PRE_MODIFIER), unless it ends a slash pair whose first word follows
    the gene before it: in "ERBB2 overexpression/amplification in RAS/BRAF wild-type" both words are ERBB2's; nor
    when the word itself follows a gene (one of ``gene_ends``, where gene mentions end): in "ERBB2 amplification in
    RAS/BRAF wild-type tumours" the amplification is ERBB2's and RAS is one of the status's genes."""
    if pre is not None and _PAIRED_BEFORE.search(text, max(0, pre.start() - 40), pre.start()):
        return None
    if pre is not None and len(text[:pre.start("mod")].rstrip(" -")) in gene_ends:
        return None
    return pre


_PRE_MODIFIER = lazy_compile(
    r"(?P<mod>loss[-\s]of[-\s]function mutations? (?:in|of)|mutations? (?:in|of|at)|(?<![A-Za-z])(?:in)?activating mutations? (?:in|of)|"
    r"mutations?,? (?:(?:identified|found|detected|described|reported|observed)\s+)?(?:include|included|including|such as)|amplifications? (?:of|in)|overexpression of|loss of|"
    r"fusions? of|rearrangements? (?:of|in|involving)|alterations? (?:in|of)|aberrations? (?:in|of)|deletions? of|"
    # "amplification of wild-type NRAS": the gain is of the wild-type allele, still an amplification of the gene;
    # "WT KRAS", "wild-type (WT) KRAS": the status abbreviated before the gene (upper case only)
    r"mutant|mutated|wild[- ]?type(?:\s+\((?-i:WT)\))?(?:\s+for(?:\s+all)?)?|amplified|silenced|inactivated|(?<![A-Za-z])wt(?=-)|(?<![A-Za-z(])(?-i:WT)(?=\s))(?:\s+|(?<=wt)-)(?:the\s+)?(?:wild[- ]?type\s+)?(?:(?:tumou?r[- ]suppressor|oncogene|proto-oncogene|"
    r"gene|kinase|receptor)s?\s+(?:(?:for|encoding)\s+)?)?"  # "loss of the gene for beta2-microglobulin (B2M)"
    r"(?P<long>(?-i:[a-z][a-z0-9\-]*\s+){1,5}\(\s*)?$", re.I)  # "rearrangements in neurotrophic tyrosine receptor kinase (NTRK)"
# a process the gene heads, after it: what a change word before the gene is of ("loss of RAS pathway feedback", "loss of
# KRAS effector signaling", "loss of MAPK downstream signalling")
_PROCESS_HEAD_AFTER = lazy_compile(r"(?:\s+|\s*-\s*)(?:(?:effector|downstream)\s+)?(?:pathways?|signal(?:l)?ing|"
                                   r"(?:negative\s+)?feedback|dependent|mediated|driven|axis|cascade)\b", re.I)
_EXON_LATER = lazy_compile(r"\s+(?:are|is|were|was|occur|occurs|cluster)\s+(?:(?:most|more|mainly|mostly|commonly|frequently|"
                           r"predominantly|usually|typically|often|primarily)\s+){0,3}(?:found|located|clustered|detected|"
                           r"observed|seen)?\s*(?:in|within|at)\s+(?P<exons>exons?)\s+(\d{1,2})(?:\s*(?:,|and|or)\s*(\d{1,2}))?"
                           r"(?:\s*,?\s*(?:and|or)\s*(\d{1,2}))?(?![\d])")
_GENE_WORD_AFTER = lazy_compile(r"\s+genes?\b(?!\s*(?:expression|product|signature|set|panel|copy|family))", re.I)
_WILD_TYPE_BEFORE = lazy_compile(r"(?<![A-Za-z])wild[-\s]type\s+$", re.I)
# "with WT RAS mutation", "for wild-type KRAS mutation status": a status word before the gene, after a function word
_WT_BEFORE_MUTATION = lazy_compile(r"(?:^|\b(?:the|a|an|with|of|for|in|and|or|patients|population|tumou?rs?)\s+)"
                                   r"((?-i:WT)|wild[-\s]type)\s+$", re.I)
# a mutation word negated by its prefix ("non-mutated", "unmutated", "non mutant"): the gene's wild-type status
_NOT_MUTATED = lazy_compile(r"(?:non[-\s]?|un-?)mut", re.I)
_NOT_BEFORE = lazy_compile(r"(?:\bnon[-\s]?|\bun-?)$", re.I)
_MOD_KIND = [
    (lazy_compile(r"ectodomain|extracellular domain|^ECD ", re.I), "ectodomain mutation"),
    (lazy_compile(r"kinase domain", re.I), "kinase domain mutation"),
    (lazy_compile(r"exonuclease domain", re.I), "exonuclease domain mutation"),
    (lazy_compile(r"proofreading", re.I), "proofreading deficiency"),
    (lazy_compile(r"deficien|^null$", re.I), "loss"),
    (lazy_compile(r"methylation", re.I), "promoter hypermethylation"),
    (lazy_compile(r"^mutation(?:al)?\s+status$", re.I), "mutation_status"),
    (lazy_compile(r"^loss[-\s]of[-\s]function", re.I), "loss"),
    (lazy_compile(r"mutation-positive|mutat|mutant|^mt$", re.I), "mutation"),
    (lazy_compile(r"wild|^wt$", re.I), "wild_type"),
    (lazy_compile(r"amplif|copy[- ]number|^gains?$|^amp$", re.I), "amplification"),
    (lazy_compile(r"overexpress|over-expression|high expression|high levels?|upregulation|positiv", re.I), "overexpression"),
    (lazy_compile(r"fusion|rearrange|translocation", re.I), "fusion"),
    (lazy_compile(r"loss|deletion|deleted|inactivat|silenc", re.I), "loss"),
    (lazy_compile(r"alteration|aberration|altered|variant", re.I), "alteration"),
]


# the kinases a colorectal text calls "positive" for their fusions ("NTRK-positive tumours", "ALK-positive", "RET
# fusion-positive"): the status of a rearrangement, never the gene's raised expression
_FUSED_WHEN_POSITIVE = frozenset({"NTRK", "NTRK1", "NTRK2", "NTRK3", "ALK", "ROS1", "RET"})
_DOMAIN_KINDS = frozenset({"ectodomain mutation", "kinase domain mutation", "exonuclease domain mutation"})


def _mod_kind(word: str) -> str | None:
    """The kind of alteration or status a modifier word names ("amplified" -> amplification), or None.

    >>> _mod_kind("amplified"), _mod_kind("wild-type"), _mod_kind("mutational status")
    ('amplification', 'wild_type', 'mutation_status')
    """
    return next((k for p, k in _MOD_KIND if p.search(word)), None)


KIND_LABEL = {"mutation": "mutation", "amplification": "amplification", "overexpression": "overexpression",
              "fusion": "fusion", "loss": "loss", "alteration": "alteration", "ectodomain mutation": "ectodomain mutation",
              "kinase domain mutation": "kinase domain mutation", "promoter hypermethylation": "promoter hypermethylation",
              "exonuclease domain mutation": "exonuclease domain mutation", "proofreading deficiency": "proofreading deficiency"}
_NCRNA = lazy_compile(
    r"\b(?:(?:hsa-)?(?:miR|miRNA|microRNA|mir|MiR)-?(?P<mir>\d+[a-z]?(?:-[35]p|-\d(?:-[35]p)?)?)|(?P<let>(?:hsa-)?[Ll]et-7[a-i](?:-[35]p|-\d(?:-[35]p)?)?(?![A-Za-z0-9]))"
    r"|(?:lncRNA|long non-?coding RNA|LncRNA)s?\s+(?P<lnc>[A-Z][A-Za-z0-9\-]+)"
    r"|(?:circRNA|circular RNA|CircRNA)s?\s+(?:circ(?=[A-Z_]))?(?P<circ>(?:hsa_circ_?)?[A-Z0-9][A-Za-z0-9_\-]+)"
    r"|(?P<circ2>circ(?!RNAs?\b)[A-Z][A-Za-z0-9_\-]+))")
# (s53 f21m: a company's prefix may stand before the code, joined by a hyphen, where the code glues its letters to
# its digits: "NVP-AEW541", "XYZ-QRS123" are one compound's code)
_CODE_NAME = lazy_compile(r"(?<![A-Za-z0-9\-/])((?:[A-Z]{2,4}-(?=[A-Z]{2,5}\d{3,6}[A-Za-z]?(?![A-Za-z0-9\-/])))?"
                          r"(?:[A-Z]{1,5}|[A-Z][a-z][A-Z]?)[- ]?\d{3,9}[A-Za-z]?(?:-\d{1,3})?)(?![A-Za-z0-9\-/])")
# a laboratory's compound numbered by its notebook: the chemist's initials, a roman volume, a page and an entry
# ("ABC-IV-12-08"): a research compound wherever it stands (no gene, cell line or trial is written so)
_NOTEBOOK_CODE = lazy_compile(r"(?<![A-Za-z0-9\-/])([A-Z]{2,5}-(?:I{1,3}|IV|VI{0,3}|IX|X{1,2})-\d{1,4}-\d{1,4}[A-Za-z]?)"
                              r"(?![A-Za-z0-9\-/])")
# a code in brackets right after a trial's or study's word, maybe after its group's acronym: the study's number
_STUDY_CODE_BEFORE = lazy_compile(r"\b(?:trial|study)\s*\(\s*(?:[A-Z]{2,8}[\s\-]+)?$", re.I)
# trial registries whose numbers are letters and digits like a drug's code name
_REGISTRIES = {"UMIN", "ISRCTN", "ACTRN", "JAPICCTI", "JRCT", "EUDRACT", "CTRI", "DRKS", "NTR", "KCT", "CHICTR", "NCT",
               "IRCT", "TCTR", "PACTR", "SLCTR", "RBR", "JMA", "KCTR"}
# public repositories whose accession numbers are letters and digits like a drug's code name: expression data sets
# and their samples and platforms (GEO), sequencing runs and projects (SRA, ENA, BioProject), proteomics (PRIDE),
# controlled-access studies (EGA, dbGaP), ArrayExpress
# (s53 f21m: and the literature's own: a PubMed Central id "PMC5888948", an NIH manuscript id "NIHMS802745")
_REPOSITORIES = {"GSE", "GSM", "GPL", "GDS", "PRJNA", "PRJEB", "SRR", "SRP", "SRX", "SRS", "ERR", "ERP", "DRR", "PXD",
                 "EGAS", "EGAD", "PHS", "MTAB", "GEOD", "TCGA", "PMC", "PMCID", "PMID", "NIHMS", "NIHMSID"}
# the letters a meeting numbers its abstracts by, written like a compound's code ("LBA3505": a late-breaking abstract)
_MEETING_ABSTRACTS = {"LBA"}
# a research compound named by a lowercase prefix, capitals and digits ("iCRT14", "iBET151"): only with a drug word near
_LOWER_CODE_NAME = lazy_compile(r"(?<![A-Za-z0-9\-/])([a-z][A-Z]{2,5}-?\d{1,4}[a-z]?)(?![A-Za-z0-9\-/])")
_NEAR_DRUG_WORD = lazy_compile(r"inhibitors?\b|antagonists?\b|compounds?\b|\bdrugs?\b|\bagents?\b|treated with|"
                               r"treatment|administ|small[- ]molecules?\b", re.I)
_TARGET_HEAD_AFTER = lazy_compile(r"[-\s]+(?:inhibit\w*|antagonist\w*|agonist\w*|blocker\w*|blockade|antibod\w*|"
                                  r"targeted|targeting|activit\w*|channel|expression|signal\w*|pathway)", re.I)
_COMPOUND_AFTER = lazy_compile(r"\s+(?:treatment|compound|administration|was given|was administered)\b", re.I)
_DRUG_CONTEXT = lazy_compile(r"inhibit|antagonist|agonist|antibod|compound|\bdrugs?\b|agents?\b|treated with|treatment|"
                             r"resistan|sensitiv|sensiti[sz]|\bblock|"
                             r"combination|combined|\bplus\b|\+|\bmg\b|dose|administ|monotherapy|degrader|molecule|therap",
                             re.I)
_NOT_CODE_AFTER = lazy_compile(r"^\s*(?:trials?|study|studies|cohorts?|cells?|cell lines?|mice|xenografts?|models?|"
                               r"patients|kit|assay|-?positive|\+|staining|clone|IHC|immunohistochemistry)\b", re.I)
# a label's word right before a code: a patient's, sample's or clone's id, a table or figure, a catalogue number, a
# mouse strain ("patient P-001", "clone SP263", "Table S1234", "cat. no. AB1234"): an id, never a drug
# (s54 combo: and a meeting's abstract number, "(Abstract LBA3505)", "[suppl_5; abstr LBA-004]")
_LABEL_BEFORE = lazy_compile(r"\b(?:patients?|cases?|samples?|specimens?|subjects?|donors?|clones?|tables?|figures?|abstr(?:acts?)?\.?|"
                             r"figs?\.?|supplementary|cat(?:alog(?:ue)?)?\.?(?:\s*(?:no\.?|number|#))?|lot|ID|strains?|"
                             r"mice|mouse|no\.)\s*[:#]?\s*$", re.I)
# (one letter and a number that begins with 0 is a compound's code, "U0126": no cell line's number starts with 0)
_CELL_LINE = lazy_compile(r"^(?:(?:HCT|SW|DLD|HT|LS|LIM|COLO|CACO|Caco|RKO|KM|SNU|HEK|MC|CT|NCI|HCA|LoVo|WiDr|SK|MDA|MCF|PC|"
                          r"CRC|PDX|PDO|GEO|HUVEC|IMR|FHC|NCM|CCD|CHO|COS|Hep|HepG|Huh)[- ]?\d|(?:A|U|T|H)[- ]?[1-9])", re.I)
_YEAR = lazy_compile(r"(?:19|20)\d\d$")
# a drug's head word right before a code, maybe after a comma ("the anti-EGFR antibody, A140"): no cell line is so named
_DRUG_WORD_BEFORE_CODE = lazy_compile(r"\b(?:antibody|inhibitor|antagonist|degrader|conjugate|biosimilar)\s*,?\s*$", re.I)
# an author's affiliation (a university, faculty, department or institute, a postal "CEDEX"): a research unit's code there
# ("EA 3842", "UMR 1234", "INSERM U1052") names a laboratory, never a drug
_AFFILIATION = lazy_compile(r"\bUniversit(?:y|é|à|ät|at)\b|\bFacult(?:y|é)\b|\bDepartment of\b|\bInstitut(?:e|o)?\b|"
                            r"\bSchool of Medicine\b|\bCEDEX\b|\bLaborator(?:y|ies)\b")
# what a sentence that gives a drug says of it, so a code name beside an institution's name still reads there
_GIVEN = lazy_compile(r"treated with|administ|\bgiven\b|received|inhibitor|\bdoses?\b|\bmg\b", re.I)
# short words that open a sentence before a count, never a code name's letters ("In 230 evaluable patients")
_FUNCTION_WORDS = frozenset(("in", "of", "at", "on", "by", "to", "as", "up", "or", "an", "if", "is", "no", "so", "we",
                             "be", "do", "it", "for", "and", "the", "all", "with", "from", "among", "only", "about"))
_WORD_BEFORE = lazy_compile(r"([A-Za-z][A-Za-z0-9\-]*)[\s\-]+$")
# the words saying what a therapy is aimed at ("EGFR-targeted", "HER2-directed", "PD-1-blocking"), in the class heads,
# the written heads and the joiner of a shared head: one list
# (s61: "neutralizing", what an antibody does to the molecule it binds: "an IL-6-neutralizing antibody" is the anti-IL-6
# antibody)
_AIMED_WORDS = r"(?:targeted|directed|targeting|blocking|neutrali[sz]ing)"
_AIMED_HEAD = lazy_compile(_AIMED_WORDS + r"\b")
_CLASS_HEADS = (
    r"(?P<head>bispecific\s+(?:monoclonal\s+)?antibod(?:y|ies)|BsAbs?|bispecifics?|(?:monoclonal\s+)?antibod(?:y|ies)|mAbs?|inhibitors?|inhibition|blockers?|blockade|antagonists?|"
    r"agonists?|TKIs?|tyrosine\s+kinase\s+inhibitors?|kinase\s+inhibitors?|degraders?|(?:-|\s)?" + _AIMED_WORDS + r"\s+(?:therapy|therapies|agents?|drugs?|treatments?|"
    r"(?:(?:monoclonal|therapeutic)\s+)?antibod(?:y|ies)|mAbs?|inhibitors?|CAR-?T(?: cells?)?|regimens?|approach(?:es)?|strateg(?:y|ies)))(?![A-Za-z])")
# s41 en2: a word saying how the class acts may stand between the target and an inhibitor head ("RAS direct
# inhibitors", "MEK allosteric inhibitors", "EGFR irreversible TKIs"): the target's class (a selective or specific
# one is read by the rules that take the drug's target: "X, a YAP specific inhibitor")
# (s42 en: or the enzyme the target is, "EZH2 methyltransferase inhibitors", "KDM5 demethylase inhibitor")
# (s57: or what kind of molecule the drug is, "the FGFR small-molecule inhibitor BGJ398")
# (s59 ents: or the checkpoint the target is, "the PD-1 immune checkpoint inhibitor A", "a TIM-3 checkpoint blocker":
# the target's own class, never the general immune checkpoint inhibitor)
_HOW_ACTING = r"(?:(?:(?:direct|allosteric|covalent|irreversible|reversible|methyltransferase|demethylase|deacetylase|" \
    r"acetyltransferase|small[-\s]molecule)\s+)(?=inhibitors?\b|TKIs?\b)|" \
    r"(?:immune\s+)?checkpoint\s+(?=inhibitors?\b|blockers?\b|blockade\b))?"
# a title's capitals ("Resistance to BRAF Inhibition") name the same class
_CLASS_AFTER = lazy_compile(r"[-\s]?" + _HOW_ACTING + _CLASS_HEADS, re.I)
# the word saying how the class acts, left out of the class's name ("RAS direct inhibitor" is the "RAS inhibitor")
_HOW_ACTING_WORD = lazy_compile(r"(?<=\s)(?:(?:direct|allosteric|covalent|irreversible|reversible|methyltransferase|demethylase|"
                                r"deacetylase|acetyltransferase|small[-\s]molecule)\s+"
                                r"(?=(?:inhibitors?|TKIs?)$)|(?:immune\s+)?checkpoint\s+(?=(?:inhibitors?|blockers?|blockade)$))", re.I)
# an allele's class with its selectivity said between ("a KRAS G12C selective inhibitor", "KRASG12C specific inhibitors",
# "KRASG12C allele-specific inhibitors")
_ALLELE_CLASS_AFTER = lazy_compile(r"[-\s]?(?:(?:allele[-\s])?(?:selective|specific)\s+)?" + _CLASS_HEADS, re.I)
# an allele's inhibitor class right after it ("KRAS G12C inhibitors", "KRASG12C-selective TKIs"), and the head word
# that names one
_ALLELE_INHIBITOR_AFTER = lazy_compile(r"[-\s]?(?:(?:allele[-\s])?(?:selective|specific)\s+)?(?:inhibitors?|TKIs?)\b")
_INHIBITOR_HEAD = lazy_compile(r"inhibitors?|TKIs?", re.I)
# s47 classes: a class written in the plural ("HER2-blocking agents", "RAS direct inhibitors", "MET-directed drugs"):
# the singular as written is the same class's name too
_WRITTEN_PLURAL_CLASS = lazy_compile(r"(?:inhibitors|antibodies|agents|drugs|therapies|blockers|antagonists|TKIs|mAbs|degraders)$")
_CELL_CLASS_AFTER = lazy_compile(r"(?P<sep>-|\s)(?P<head>(?:directed|targeted|targeting)\s+(?:therapy|therapies|agents?|"
                                 r"strateg(?:y|ies)|approach(?:es)?)|agonists?|engagers?)(?![A-Za-z])")
# a strategy named by the cells it is aimed at, as an item of a list of strategies ("strategies ..., such as targeting
# CAFs or HSCs, could ...", "approaches including depleting Tregs"): that cells-directed therapy; a sentence that opens
# on targeting the cells ("Targeting CAFs restored sensitivity") names the cells as the cause, and keeps them
_TARGETING_ITEM_BEFORE = lazy_compile(r"(?:\bsuch\s+as|\bincluding|\binclude[sd]?|\be\.g\.,?|\bi\.e\.,?|\bstrateg(?:y|ies)|"
                                      r"\bapproach(?:es)?)\s+(?:by\s+)?targeting\s+(?:the\s+)?$", re.I)
# (s61: "anti-CCL22 neutralizing antibody", the antibody named by what it does to its target, is the anti-CCL22 antibody)
_ANTI_HEAD = lazy_compile(r"[-\s]?(?P<head>(?:neutrali[sz]ing\s+)?(?:monoclonal\s+)?antibod(?:y|ies)|mAbs?|therapy|therapies|agents?|drugs?|"
                          r"treatments?|immunotherapy|blockade|regimens?)(?![A-Za-z])")
# the verbs that offer an inhibition as a treatment ("Mcl-1 inhibition overcomes regorafenib resistance")
# s47 inhib: a partner given with the inhibition makes it a strategy ("CDK4/6 inhibition together with PD-1 blockade",
# "Nrf2 inhibition combined with oxaliplatin", "MEK inhibition plus cetuximab")
_PARTNER_AFTER = lazy_compile(rf"\s*(?:{PARTNER_WORDS})\s", re.I)
_RESCUE_VERBS = r"overc[oa]me\w*|revers\w+|restor\w+|re-?sensiti[sz]\w+|sensiti[sz]\w+|synergi[sz]\w+|potentiat\w+"
# what an inhibition does to the resistance to another therapy ("prevented resistance to A", "delayed the emergence of
# resistance", "bypasses resistance"), or the tumours it makes answer that therapy, also as the second of two joined
# predicates ("unleashed T-cell infiltration and made tumours responsive to anti-PD-L1", "converted non-responders
# into responders"): the inhibition offered as treatment
_FORESTALLS_OR_MAKES_ANSWER = (r"(?:prevent|delay|forestall|postpon|avert|bypass|circumvent)\w*\s+(?:[\w\-]+\s+){0,4}?"
                               r"(?:resistance|refractoriness)\b|"
                               r"(?:\w+ed\s+[^.;,()]{1,50}?\s+and\s+)?(?:made|makes?|making|render\w*|convert\w*|turn\w*)\s+"
                               r"[^.;()]{0,40}?\b(?:sensitive|responsive|susceptible|vulnerable|responders?)\b")
# the models an inhibition was done in, set between it and its verb ("X inhibition in cetuximab-resistant cells restored
# ...", "in resistant xenografts", "in vitro")
_DONE_IN = (r"(?:\s+in\s+(?:vitro|vivo|(?:the\s+|these\s+|both\s+)?(?:[\w\-]+\s+){0,3}?(?:cells?|cell\s+lines?|lines|"
            r"models?|xenografts?|organoids?|tumou?rs|mice|PDXs?)))?")
_RESCUE_VERB_AFTER = lazy_compile(rf"{_DONE_IN}\s+(?:(?:can|could|may|might|also|further|significantly|effectively)\s+)?"
                                  rf"(?:{_RESCUE_VERBS}|enhance[sd]?\s+the\s+(?:efficacy|sensitivity)|"
                                  rf"{_FORESTALLS_OR_MAKES_ANSWER})", re.I)
# a rescue said to be done with an inhibition ("resistance ... can be overcome with PI3K inhibition"): the inhibition
# offered as treatment, as after _RESCUE_VERB_AFTER ("reversed by STAT3 inhibition" stays the gene whose inhibition
# lessened the resistance: the rules read that as STAT3-mediated resistance)
_RESCUED_BY_BEFORE = lazy_compile(rf"\b(?:{_RESCUE_VERBS})\s+(?:in\s+vitro\s+|in\s+vivo\s+)?with\s+(?:the\s+)?"
                                  rf"(?:(?:pharmacological|pharmacologic|concomitant|concurrent|additional)\s+)?$", re.I)
# the resistance a sentence points back to, undone by an inhibition ("This resistance could be reversed by STAT3
# inhibition", "such acquired resistance was overcome by MEK blockade"): the resistance has no therapy named in the
# sentence for the inhibition to be read as the cause of, so the inhibition is the agents offered against it
_POINTED_RESCUED_BY_BEFORE = lazy_compile(rf"\b(?:this|such)\s+(?:(?:acquired|adaptive|intrinsic|treatment|therapy)\s+)?resistance[\s,]+"
                                          rf"(?:(?:can|could|may|might|was|were|is|are|be|been|however|thus|therefore)[\s,]+){{1,4}}"
                                          rf"(?:effectively\s+|partially\s+|completely\s+|fully\s+)?(?:{_RESCUE_VERBS})\s+by\s+"
                                          rf"(?:the\s+)?(?:(?:pharmacological|pharmacologic|concomitant|concurrent|additional)\s+)?$", re.I)
# an inhibition in the place of a therapy is the agents that inhibit the target, given as treatment
# ("sensitivity to AXL inhibition", "resistant to cetuximab but sensitive to MET inhibition", "treated with MEK
# inhibition", "cetuximab combined with SRC inhibition"): what cells or tumours are sensitive, responsive or resistant
# to, or were treated with, is a treatment; "inhibition of AXL signalling reduced migration" names no place of one
_THERAPY_PLACE_BEFORE = lazy_compile(r"(?:\b(?:sensitiv|susceptib|respon|resistan|refractor)\w*\s+to|\b(?:treated|treatment|"
                                     r"therapy|combined|combination)\s+with)\s+(?:(?:the|a|an)\s+)?"
                                     r"(?:(?:pharmacologic(?:al)?|selective|specific|concomitant|concurrent|additional)\s+)?$", re.I)
# the plural head words of a class named by its target ("MEK inhibitors", "PD-1 blockers", "EGFR TKIs")
_PLURAL_CLASS_HEAD = r"inhibitors|blockers|antagonists|TKIs"
_PLURAL_HEAD = lazy_compile(_PLURAL_CLASS_HEAD)
_SYMBOL_BEFORE_HEAD = lazy_compile(rf"[A-Za-z0-9\-/]+?(?=[-\s](?:{_PLURAL_CLASS_HEAD})$)")
_INHIBITORS_OF = lazy_compile(r"\b(?:inhibitors|blockers|antagonists)\s+of\s+(?:the\s+)?(?:(?:[\w\-]+\s+){0,4}?"
                              r"(?:pathways?|signal(?:l)?ing|molecules?|targets?|proteins?|kinases?|receptors?|checkpoints?)"
                              r",?\s+(?:such as|including|like|e\.g\.,?)\s+)?$", re.I)
# a class named as agents aimed at a target ("agents targeting the EGFR", "drugs directed against VEGF")
# (antibodies also "to" their antigen: "treatment with antibodies to VEGF")
_AGENTS_AGAINST = lazy_compile(r"\b(?:(?:agents|drugs|therapies|antibodies)\s+(?:that\s+)?(?:targeting|target|directed\s+against|"
                               r"against)|antibodies\s+to)\s+(?:the\s+)?$", re.I)
_RAISED_ANTIBODIES = lazy_compile(r"\b(?:serum|plasma|circulating|auto|anti-drug|developed|develop|raised|detect\w*|titers?|"
                                  r"titres?|seropositiv\w*|seroconver\w*)\b", re.I)
_OPEN_AFTER = lazy_compile(r"\s*\(\s*(?:e\.g\.,?\s*|such as\s+)?")
# a sentence that opens on targeting a gene, then the verb of its predicate (after a partner it may be given with)
_TARGETING_SUBJECT = lazy_compile(r"\bTargeting\s+(?:the\s+)?$")
_SUBJECT_VERB_AFTER = lazy_compile(r"\s*,?\s*(?:(?:either\s+)?alone\s+or\s+(?:in\s+combination\s+with|combined\s+with|with)\s+"
                                   r"[\w\-/ ]{1,40}?\s*,?\s+)?(?:is|are|was|were|has\s+been|have\s+been|remains)\s")
# the end of a sentence, a line or a heading, in the few characters before a word
_SENTENCE_END_BEFORE = lazy_compile(r"[.!?:]\s*$|\n\s*$")
# a targeting done by a genetic tool is an experiment ("siRNA targeting MET restored sensitivity"): the gene's role,
# no drug
_GENETIC_TOOL_BEFORE = lazy_compile(rf"\b(?:{GENETIC_TOOLS})\s+$", re.I)
_GERUND_BEFORE = lazy_compile(r"\b(?:inhibiting|blocking|targeting|neutrali[sz]ing)\s+(?P<both>both\s+)?(?:the\s+)?$", re.I)
# (also as the purpose of the targeting: "Targeting HIF-1α and HIF-2α to overcome resistance mediated by KRAS")
_GERUND_RESCUE = lazy_compile(rf"\s+(?:(?:can|could|may|might|also|further|significantly|effectively|potently|to)\s+)*"
                              rf"(?:{_RESCUE_VERBS}|enhance[sd]?\s+the\s+(?:efficacy|sensitivity|response)|blunt\w*|"
                              rf"deplet\w+|abrogat\w+|improv\w+\s+the\s+(?:efficacy|response)|"
                              rf"{_FORESTALLS_OR_MAKES_ANSWER})", re.I)
# an inhibition done by genetic means is an experiment, not a drug ("Nrf2 inhibition by siRNA", "shRNA-mediated
# AXL inhibition", "genetic IL-6 blockade")
_EXPERIMENT_AFTER = lazy_compile(r"\s*(?:with|by|using|via|through)\s+(?:an?\s+|the\s+)?(?:specific\s+|targeted\s+)?"
                                 r"(?:(?:si|sh|mi)RNAs?|RNAi|RNA interference|antisense|knock[- ]?(?:down|out)|CRISPR|"
                                 r"genetic|gene (?:silencing|knockdown|deletion)|lentivir\w*)", re.I)
_EXPERIMENT_BEFORE = lazy_compile(r"(?:genetic|(?:si|sh)RNA[- ]mediated|RNAi[- ]mediated|CRISPR[- ]mediated)\s+$", re.I)
_ANTI_BEFORE = lazy_compile(r"anti[-–\s]?$", re.I)
_DUAL_BEFORE = lazy_compile(r"(?:dual|combined)\s+$", re.I)
# (s61) "a neutralizing anti-IL6 antibody": the word before "anti-" saying what the antibody does is part of its name
_NEUTRALIZING_BEFORE = lazy_compile(r"(?<![\w\-])neutrali[sz]ing\s+$", re.I)
# a class head naming an antibody ("neutralizing antibody", "mAbs"), which the word before "anti-" may name (above)
_ANTIBODY_WORD = lazy_compile(r"antibod|mAb", re.I)
_DUAL_WORD_BEFORE = lazy_compile(r"(?<![A-Za-z])dual\s+$", re.I)
_DUAL_AND_GAP = lazy_compile(r"\s+and\s+")
# (a cut-off set in brackets between the product and its level word is the level's: "high VEGF-A (>144 pg/mL) levels")
_EXPRESSION_AFTER = lazy_compile(r"(?:\s*\((?:[<>≥≤]|&[lg]t;)\s*=?\s*\d[^()]{0,30}\)(?=\s+(?:levels?|expression|concentrations?)\b))?"
                                 # the blood specimen between the product and its level ("VEGF-A serum levels")
                                 r"[-\s]?(?:(?P<spec_after>serum|plasma)\s+(?=(?:levels?|concentrations?)(?![A-Za-z])))?"
                                 r"(?P<mod>m?RNA(?:\s+expression)?\s+levels?|mRNA expression|protein expression|expression levels?|expression|express(?:er|or)s|levels?|"
                                 r"positivity|-high|-low|high|status|abundance|concentrations?|"
                                 # "EGFR-expressing mCRC": the tumour's expression (cells expressing it are cell markers)
                                 r"-expressing(?=\s+(?:metastatic\s+|advanced\s+|solid\s+)?(?:m?CRC|tumou?rs?|cancers?|carcinomas?|"
                                 r"colorectal|disease|adenocarcinomas?|or\s+\S+-(?:amplified|positive|mutant))\b))(?![A-Za-z])", re.I)
_EXPRESSION_BEFORE = lazy_compile(r"(?P<spec>plasma|serum|circulating|tumou?r|tissue|baseline|pretreatment|"
                                  r"pre-treatment)?\s*(?:(?:high|low|elevated|increased|decreased|reduced)\s+)?"
                                  r"(?:(?:levels?|expression|concentrations?)\s+of\s+(?:the\s+)?)?$", re.I)
_LEVELS_OF = lazy_compile(r"\b(?:(?:high|low|elevated|increased|decreased|reduced|lower|higher)\s+(?:(?:pretreatment|baseline|basal|cellular|intracellular|protein|mRNA|tumou?r|tumou?ral|tissue|intratumou?ral)\s+)?"
                          r"(?:(?P<spec>plasma|serum)\s+)?(?:levels?|expression|concentrations?)"
                          # "high levels of expression of HER2": the level named as that of the product's expression
                          r"(?:\s+of\s+(?:(?:protein|mRNA|gene)\s+)?expression)?|(?:levels?|expression)\s+of)\s+of?\s*"
                          r"(?:either\s+|both\s+)?(?:the\s+)?(?:(?P<spec_after>plasma|serum|circulating)\s+)?$", re.I)
_LIQUID = lazy_compile(r"(?P<spec>ctDNA|cfDNA|plasma|circulating tumou?r DNA|liquid biopsy|blood-based|serum|cell-free DNA|"
                       r"(?<![\w\-])circulating)"
                       r"(?:\s*-?\s*(?:based|detected))?\s*$", re.I)
# "KRAS mutations in ctDNA", "HER2 amplification in circulating tumor DNA (ctDNA)", "MET amp detected by cfDNA"
# also said of it as a predicate, with the gene's locus named ("Amplification of the MET locus was present in ctDNA")
_LIQUID_AFTER = lazy_compile(r"(?:\s+(?:locus|gene))?\s+(?:(?:(?:was|were|is|are)\s+)?(?:detected|present|found|identified|seen)\s+"
                             r"(?:in|by|from)|in|from|by)\s+(?:the\s+)?(?:patients'\s+)?"
                             r"(?P<spec>ctDNA|cfDNA|circulating tumou?r DNA|circulating (?:cell[- ]free\s+)?(?:\(cf\))?DNA|"
                             r"cell[- ]free DNA|plasma DNA|plasma|liquid biops(?:y|ies))(?![A-Za-z])", re.I)
# a sentence that opens on the blood DNA as where its findings were made: "In circulating tumor DNA (ctDNA), mutant
# MEK1 levels declined, but a KRAS Q61H mutation was identified" (no tissue or contrast after it)
_LIQUID_FRAME = lazy_compile(r"\A\s*In\s+(?:the\s+)?(?:serial\s+|plasma\s+)?(?P<spec>ctDNA|cfDNA|circulating tumou?r DNA|"
                             r"cell[- ]free DNA|plasma DNA|liquid biops(?:y|ies))(?:\s*\([^()]{1,12}\))?\s*,"
                             r"(?:(?!tissue|biops|tumou?r (?:samples?|specimens?|blocks?)|FFPE|archival|whereas|while|"
                             r"in contrast)[^;])*\Z", re.I)
# "KRAS mutations were detected in matched tumour tissue": the alteration said to be found in tissue
_TISSUE_AFTER = lazy_compile(r"\s+(?:(?:was|were|is|are)\s+)?(?:(?:detected|found|identified|present|seen)\s+)?(?:in|from|by|on)\s+"
                             r"(?:(?:the|matched|paired|archival|primary|corresponding|tumou?r)\s+)*"
                             r"(?:tissues?|biops(?:y|ies)|FFPE|resection|specimens?)\b", re.I)
# "ctDNA was analysed by ddPCR ... for RAS mutations", "liquid biopsies demonstrated a RAS mutation": the specimen
# is the subject of a verb of testing or finding whose object is the alteration (no tissue named between)
_LIQUID_SUBJECT = lazy_compile(r"(?P<spec>\bctDNA|\bcfDNA|circulating tumou?r DNA|cell[- ]free DNA|liquid biops(?:y|ies)|"
                               r"\b(?:plasma|blood)(?=\s+(?:samples?|DNA)\b))"
                               r"(?:\s*\([^()]{1,12}\))?[-\s]+(?:(?!tissue|or\b|but\b)[\w\-]+\s+){0,6}?"
                               r"(?:(?:was|were|is|are|had been|has been|have been)\s+)?(?:\w+ly\s+)?"
                               r"(?P<verb>analy[sz]ed|tested|screened|genotyped|assessed|evaluated|examined|sequenced|demonstrated|showed|"
                               r"revealed|detected|identified|harbou?red|profiling\s+of|analys[ie]s\s+of|sequencing\s+of|"
                               r"testing\s+(?:of|for)|genotyping\s+of)\b"
                               r"(?:(?!tissue|biops|tumou?r (?:samples?|specimens?|blocks?)|FFPE|archival|primary tumou?r|"
                               r"whereas|while|in contrast)[^.;]){0,220}$", re.I)
_DISEASE_AFTER = lazy_compile(r"[-\s]?(?:\(?[A-Z]{2,4}\)?\s)?(?:metastatic\s+)?(mCRC|CRCs?|colorectal cancers?|tumou?rs|patients|disease|population|subgroup|cohort|cases)\b")
_MONO = lazy_compile(r"\s+(?P<head>monotherapy|alone|single[- ]agent)(?![A-Za-z])", re.I)


_SPECIMEN_GAP = lazy_compile(r"\s+(?:(?:was|were|is|are)\s+)?(?:(?:detected|present|found|identified|seen)\s+)?(?:in|from|by)\s+"
                             r"(?:the\s+)?\Z", re.I)
_BLOOD_SPECIMENS = ("ctDNA", "cfDNA", "liquid biopsy")


def _specimen_named_after(text: str, m, ordered):
    """The blood-DNA specimen a mention names right after the alteration ``m`` ("in LB", where the document wrote
    "liquid biopsy (LB)" before), or None: the specimen as the reader recognised it, by any of its names."""
    for x in ordered:
        if x.start >= m.end and x.entity.category == "Biomarker" and x.entity.name in _BLOOD_SPECIMENS:
            return x if _SPECIMEN_GAP.fullmatch(text, m.end, x.start) else None
        if x.start > m.end + 40:
            return None
    return None


# -- entities made by patterns ---------------------------------------------------------------
def alteration_entity(gene: Entity, kind: str, detail: str = "") -> Entity:
    """The Alteration of ``gene`` of a ``kind`` (``detail`` for a protein change or an exon).

    >>> alteration_entity(Entity("HGNC:6407", "Gene", "KRAS", ("K-RAS",)), "mutation", "G12C").name
    'KRAS G12C'
    """
    symbol = gene.attr("gene") or gene.name
    label = detail or KIND_LABEL.get(kind, kind)
    synonyms = tuple(f"{s} {label}" for s in gene.synonyms[:4] if s != symbol)
    if detail.startswith("non-"):  # "non-V600E BRAF", "non-V600E BRAF mutation", "BRAF non-V600E mutation"
        synonyms += (f"{detail} {symbol}", f"{detail} {symbol} mutation", f"{symbol} {detail} mutation",
                     f"{symbol} {detail} mutations")
    if detail.startswith("class "):  # "class 3 BRAF mutations", "class 2 BRAF mutants": the class written first
        synonyms += (f"{detail} {symbol}", f"{detail} {symbol} mutation", f"{detail} {symbol} mutations",
                     f"{detail} {symbol} mutant", f"{detail} {symbol} mutants", f"{symbol} {detail} mutation")
    if kind == "mutation" and not detail:
        synonyms += (f"{symbol} mutant", f"{symbol}-mutant", f"{symbol} mutated", f"mutant {symbol}",
                     f"{symbol} mutations")
    elif kind == "amplification":
        synonyms += (f"{symbol}-amplified", f"{symbol} amplified", f"{symbol} amp")
    elif kind == "fusion" and not detail:  # one kind for fusions, rearrangements and translocations
        synonyms += (f"{symbol} rearrangement", f"{symbol} rearrangements", f"{symbol}-rearranged", f"{symbol} fusions")
    elif kind == "loss" and not detail:  # loss, deletion, inactivation and silencing are read as one kind
        synonyms += (f"{symbol} silencing", f"silenced {symbol}", f"{symbol} inactivation",
                     f"{symbol} loss-of-function mutation", f"{symbol} loss-of-function mutations")
    elif kind == "overexpression":  # a raised level however the text words it ("MCL1 upregulation")
        synonyms += (f"{symbol} upregulation", f"upregulation of {symbol}", f"upregulated {symbol}")
    elif kind == "promoter hypermethylation":  # the methylation however the text words it ("MGMT promoter methylation")
        synonyms += (f"{symbol} promoter methylation", f"{symbol} methylation", f"{symbol} hypermethylation")
    elif kind == "ectodomain mutation":  # the domain by its other names ("extracellular domain (ECD)")
        synonyms += (f"{symbol} extracellular domain mutation", f"{symbol} ECD mutation")
    synonyms += _alias_forms(gene, symbol, kind, label, detail)
    attrs = (("alteration_kind", "mutation" if detail and kind == "mutation" else kind.split(" ")[-1]
              if kind in ("ectodomain mutation", "kinase domain mutation", "exonuclease domain mutation",
                          "proofreading deficiency") else kind),
             ("gene", symbol))
    return Entity(mint("alt", f"{symbol} {label}"), "Alteration", f"{symbol} {label}", synonyms, (), attrs)


@functools.lru_cache(maxsize=4096)
def short_aliases(thing: Entity, limit: int = 6) -> tuple[str, ...]:
    """The short other names of a gene or gene product (protein names and symbols of at most 12
    characters, no descriptive names), one per spelling that differs by more than case and punctuation
    from its name and from each other: the forms derived nodes are also written with.

    >>> short_aliases(Entity("HGNC:3430", "Gene", "ERBB2", ("ErbB-2", "ErbB2", "HER 2", "HER-2", "HER2", "HER2/neu")))
    ('HER2', 'HER2/neu')
    """
    def key(text: str) -> str:
        return re.sub(r"[^a-z0-9]", "", text.lower())
    seen = {key(thing.name)}
    out = []
    # the plainest spelling of each name first ("HER2" before "HER-2" and "HER 2")
    for alias in sorted(thing.synonyms, key=lambda a: (len(key(a)), len(a) - len(key(a)), a)):
        if len(alias) <= 12 and key(alias) and key(alias) not in seen:
            seen.add(key(alias))
            out.append(alias)
    return tuple(sorted(out[:limit]))


def _alias_forms(gene: Entity, symbol: str, kind: str, label: str, detail: str) -> tuple[str, ...]:
    """An alteration's names by the gene's other short names ("HER2 amplification", "HER2-amplified"),
    after its first names (the ones forms derived from the alteration take: "ctDNA MET-amplified")."""
    shown = {s for s in gene.synonyms[:4]}
    aliases = [a for a in short_aliases(gene) if a != symbol]
    forms = tuple(f"{a} {label}" for a in aliases if a not in shown)
    hyphen = {"amplification": "amplified", "overexpression": "overexpressed"}.get(kind)
    if kind == "overexpression":
        forms += tuple(f"{a} upregulation" for a in aliases if a not in shown)
    if kind == "mutation" and not detail:
        hyphen = "mutant"
    if hyphen:
        names = _one_word(aliases) + ((symbol,) if kind == "overexpression" else ())
        forms += tuple(f"{a}-{hyphen}" for a in names)
    return forms


def _one_word(names) -> tuple[str, ...]:
    """The names written as one word, the ones a hyphenated form ("HER2-amplified") can be made of."""
    return tuple(n for n in names if " " not in n)


def _exon_status(gene: Entity, written: str) -> Entity:
    """The wild-type status of one exon or codon pair of a gene ("KRAS exon 2 wild-type", "KRAS codon 12/13
    wild-type"), a node apart from the gene's; a pair written with an en dash is the pair with a hyphen ("codon
    12–13" is "codon 12-13")."""
    written = written.replace("\u2013", "-")
    status = status_entity([gene], written)
    exon = " ".join(written.split()[1:])
    return dataclasses.replace(status, id=mint("biomarker", f"{gene.name} {exon} wild-type"))


def _as_symbol(gene) -> str:
    """A gene mention as a status name writes it: the symbol for a spelling of it that differs only in case and
    hyphens ("K-ras" is KRAS), the written form otherwise."""
    plain = gene.text.replace("-", "").upper()
    return gene.entity.name if plain == gene.entity.name.replace("-", "").upper() else gene.text


def status_entity(genes: list[Entity], written: str, kind: str = "wild_type") -> Entity:
    """A gene-level status biomarker (``RAS wild-type``, ``RAS/BRAF wild-type``), named as written.

    >>> status_entity([Entity("crc:gene_family_ras", "Gene", "RAS")], "RAS").name
    'RAS wild-type'
    """
    label = {"wild_type": "wild-type", "mutation_status": "mutation status"}.get(kind, kind)
    names = "/".join(g.name for g in genes)
    name = f"{written} {label}" if written else f"{names} {label}"
    synonyms = {f"{names} {label}", f"{names} {label} status", f"{name} status", f"{names}-{label}"}
    if kind == "mutation_status":  # the status by its adjective ("KRAS mutational status"), said once
        synonyms = {f"{names} {label}", f"{names} mutational status"}
    if kind == "wild_type":  # the status word before the genes, as texts also write it ("wild-type KRAS", "WT RAS")
        synonyms |= {f"wild-type {names}", f"WT {names}"} | ({f"wild-type {written}"} if written else set())
    synonyms = tuple(sorted(synonyms - {name}))
    attrs = (("biomarker_kind", kind), ("gene", "/".join(g.attr("gene") or g.name for g in genes)))
    return Entity(mint("biomarker", f"{names} {label}"), "Biomarker", name, synonyms, (), attrs)


_RAISED = ("high", "elevated", "increased")  # direction words a raised level is written with


def expression_entity(thing: Entity, specimen: str = "", label: str = "expression") -> Entity:
    """An expression or level biomarker of a gene product or molecule (``AXL expression``)."""
    base = thing.attr("gene") if thing.category == "Molecule" and thing.attr("gene") else thing.name
    spec = f"{specimen.lower()} " if specimen else ""
    name = f"{spec}{thing.name} {label}"
    synonyms = {f"{thing.name} {label}", f"{base} {label}", f"{thing.name} levels", f"{thing.name} level",
                f"{thing.name} positivity", f"{thing.name}-high", f"high {thing.name} expression",
                f"{thing.name} high expression", f"high level of {thing.name}", f"high levels of {thing.name}",
                f"increased {thing.name} expression"} | \
        ({f"{n} mRNA expression" for n in (thing.name, base, *thing.synonyms[:3])} | {f"{thing.name}-expressing"}
         if label == "expression" else set())
    names = (thing.name, *short_aliases(thing))
    for alias in names[1:]:  # the gene product as the text may also name it ("HER2 expression")
        synonyms |= {f"{alias} {label}", f"{alias} levels", f"{alias} level", f"high {alias} expression",
                     f"{alias}-high", f"{alias} positivity"} | ({f"{alias}-expressing"} if label == "expression" else set())
    # (s42 en) the level word written before the marker ("levels of PlGF", "high levels of HGF")
    synonyms |= {f"{w} {n}" for n in names for w in ("levels of", "level of")} | {f"high levels of {n}" for n in names}
    # (s47 markers) a raised level written with any name of the product ("elevated Ang2 levels", "increased HER3
    # expression", "high IL-8 level"): the same marker, so the node answers to each of its written forms (also
    # "high/elevated/increased {name} levels", whatever the label)
    synonyms |= {f"{d} {n} {w}" for n in names for d in _RAISED for w in {label, "levels"}}
    # its rise named as a change ("heregulin up-regulation"), as the lowered marker's names its fall
    synonyms |= {form for n in names for form in (f"{n} upregulation", f"upregulation of {n}")}
    if specimen:
        spec = specimen.lower()
        synonyms |= {f"{spec} {thing.name}", f"{spec} {thing.name} levels"}  # "serum IL-22"
        # the specimen with each name of the marker ("plasma PlGF level", "high circulating heregulin")
        synonyms |= {form for n in names for form in (f"{spec} {n} level", f"{spec} {n} levels", f"high {spec} {n}",
                                                       f"high levels of {spec} {n}", f"{spec} levels of {n}")}
    synonyms -= {name}
    attrs = (("biomarker_kind", "expression"),)
    return Entity(mint("biomarker", name), "Biomarker", name, tuple(sorted(synonyms)), (), attrs)


def class_entity(targets: list[Entity], head: str, anti: bool, vocab, surface: str = "") -> tuple[Entity, tuple[str, ...]]:
    """The DrugClass acting on ``targets`` (a vocabulary class when one has exactly these targets and,
    for an antibody class, the words name an antibody or the vocabulary gives them to that class).

    One class per target and kind: "X blockade", "X inhibition", "X antagonist", "anti-X", "X-targeted
    therapy" and "X inhibitor" name one node, "<target> inhibitor" (the target as its node is named: the
    HGNC symbol of a gene, the vocabulary's name of a molecule or pathway); "anti-X antibody", "X
    monoclonal antibody" and "X antibody" name its antibody class. The text's words and the target's
    other names ("Nrf2 inhibitor" for NFE2L2) stay synonyms, so the node is found however it is written.
    """
    ids = tuple(sorted({t.id for t in targets}))
    known = vocab.class_for_targets(ids)
    family = _whole_family(vocab, ids) if known is None and len(ids) > 2 else None
    if family is not None:
        known = vocab.class_for_targets((family.id,))
    names = family.name if family is not None else "/".join(t.name for t in targets)
    if len(targets) > 1 and re.search(r"bispecific|BsAb", head, re.I):
        # an antibody that binds two targets at once ("PD-L1/CD3 BsAb"), a kind of its own
        written = re.sub(r"[-\s]*(?:bispecific.*|BsAbs?)$", "", surface) or names
        label = f"{written} bispecific antibody"
        synonyms = {f"{n} bispecific antibod{y}" for n in (names, written) for y in ("y", "ies")} | \
            {f"{n} {h}" for n in (names, written) for h in ("BsAb", "BsAbs", "bispecific")} | {surface}
        return Entity(mint("class", f"{names} bispecific antibody"), "DrugClass", label,
                      tuple(sorted(synonyms - {label, ""}))), ids
    kind = _class_kind(head, anti)
    if kind == "agonist":  # an agonist is no inhibitor: none of the inhibitor names
        label = f"{names} agonist"
        return Entity(mint("class", label), "DrugClass", label, tuple(sorted({f"{names} agonists", surface} - {label, ""}))), ids
    label = _class_label(kind, names)
    named = _vocabulary_class_named(targets, kind, vocab, ids, anti)
    if named is None and known is not None and kind != "degrader" and (
            anti or not re.search(r"antibod|mab", vocab.entities[known].name)
            or kind == "antibody" or not head
            or known in {vocab.by_name.get(w.lower()) for w in (label, _as_agent(surface))}):
        named = known
    if named is None and mint("class", label) in vocab.entities:
        named = mint("class", label)  # the vocabulary's own class of that name ("anti-VEGFR": VEGFR inhibitor)
    if named is not None:
        base = vocab.entities[named]
        return Entity(base.id, base.category, base.name, base.synonyms + (surface,) if surface else base.synonyms,
                      base.xrefs, base.attributes), ids
    if surface[:5] in ("Anti-", "Anti–"):
        surface = "a" + surface[1:]  # a capital at the start of a table cell is not part of the name
    if kind == "cell therapy":  # a cell therapy keeps its name as written ("CDH17-targeted CAR-T cell")
        synonyms = _class_synonyms("inhibitor", targets, names) | {label}
        name = surface if surface and len(surface) <= 60 else label
        return Entity(mint("class", label), "DrugClass", name, tuple(sorted(synonyms - {name}))), ids
    synonyms = _class_synonyms(kind, targets, names)
    if surface and len(surface) <= 60:
        synonyms |= {surface, _as_agent(surface)}
    written = _written_target(surface)
    name = _class_label(kind, written) if written and family is None else label  # the target as the text names it ("Mcl-1")
    synonyms |= {label}
    return Entity(mint("class", label), "DrugClass", name, tuple(sorted(synonyms - {name, ""}))), ids


def _whole_family(vocab, ids: tuple[str, ...]):
    """The gene family whose members are exactly the targets ``ids``, or None: a class written by every member of
    a family ("FGFR1-4 inhibitor", "pan-FGFR 1-4 inhibitor": all four FGFRs) is the class named by the family (the
    FGFR inhibitor, acting on the four); a class of some members only ("FGFR1-3 inhibitor") stays a class of its own."""
    wanted = set(ids)
    for family in vocab.family_members:
        if vocab.family_gene_ids(family) == wanted:
            return vocab.entities.get(family)
    return None


def _class_label(kind: str, target: str) -> str:
    """The canonical name of a class of a kind acting on a target written ``target``."""
    return {"antibody": f"anti-{target} antibody", "degrader": f"{target} degrader", "tki": f"{target} tyrosine kinase inhibitor",
            "cell therapy": f"{target}-targeted therapy"}.get(kind, f"{target} inhibitor")


_WRITTEN_HEAD = lazy_compile(r"[-\s]+(?:(?:monoclonal\s+)?antibod(?:y|ies)|mAbs?|(?:tyrosine\s+)?kinase\s+inhibitors?|inhibitors?|inhibition|blockers?|blockade|"
                             r"antagonists?|TKIs?|degraders?|" + _AIMED_WORDS + r"\s+(?:monoclonal\s+)?[\w\-]+(?:\s+cells?)?|"
                             r"therap(?:y|ies)|agents?|drugs?|treatments?|immunotherapy|regimens?)$", re.I)


def _written_target(surface: str) -> str:
    """The target as the words of a class name write it ("Mcl-1" in "Mcl-1 inhibition", "CD25" in
    "anti-CD25 antibodies"), or "" when the words are no plain target-and-head phrase.

    >>> _written_target("anti-CD25 antibodies"), _written_target("Mcl-1 inhibition"), _written_target("CCR5")
    ('CD25', 'Mcl-1', '')
    """
    stem = _WRITTEN_HEAD.sub("", re.sub(r"^[Aa]nti[-–\s]?", "", surface.strip()))
    if not stem or stem == surface.strip() or len(stem) > 40 or len(stem.split()) > 4 or "(" in stem:
        return ""
    return stem


def _format_member_class(vocab, targets: list[Entity], kind: str, written: str) -> Entity:
    """The class of one format ("antibody", "tki", "conjugate") acting on ``targets`` (s47 classes: a format a class
    of that target lists as its kind, builders/format_members.py)."""
    if kind == "conjugate":
        return with_written_forms(conjugate_class(targets, written), written, ("antibody-drug conjugate", "ADC"))
    head = "monoclonal antibody" if kind == "antibody" else "tyrosine kinase inhibitor"
    entity = class_entity(targets, head, kind == "antibody", vocab, "")[0]
    return with_written_forms(entity, written, (head,))


def _class_kind(head: str, anti: bool) -> str:
    """The kind of class a head word names: an antibody ("anti-X antibody", "X mAb"), an agonist, a
    degrader, a cell therapy ("X-targeted CAR-T cells"), else an inhibitor (inhibitor, inhibition,
    blockade, blocker, antagonist, "anti-X", "X-targeted/-directed therapy"), a kinase inhibitor ("X TKI")
    kept apart as the vocabulary keeps "EGFR TKI" apart from "EGFR inhibitor".

    >>> [_class_kind(h, False) for h in ("blockade", "antagonists", "monoclonal antibody", "TKI", "degrader", "agonist")]
    ['inhibitor', 'inhibitor', 'antibody', 'tki', 'degrader', 'agonist']
    """
    if re.search(r"CAR-?T", head, re.I):
        return "cell therapy"
    if re.search(r"antibod|mab", head, re.I):
        return "antibody"
    if not anti and re.search(r"(?<!ant)agonist", head, re.I):
        return "agonist"
    if re.search(r"degrader", head, re.I):
        return "degrader"
    if re.fullmatch(r"TKIs?|tyrosine\s+kinase\s+inhibitors?", head.strip(), re.I):  # a kinase inhibitor, as the vocabulary keeps "EGFR TKI" apart
        return "tki"
    return "inhibitor"


def _target_names(targets: list[Entity]) -> list[str]:
    """Every way of naming the targets together: each target's name and its short vocabulary names
    (protein names and symbols, no long descriptive names), joined by '/' for several targets."""
    options = [[t.name] + sorted(s for s in t.synonyms if len(s) <= 12 and s != t.name) for t in targets]
    if len(targets) == 1:
        return options[0]
    return ["/".join(t.name for t in targets)] + ["/".join(o[0] if k != i else alt for k, o in enumerate(options))
                                                   for i, o in enumerate(options) for alt in o[1:]]


def _vocabulary_class_named(targets: list[Entity], kind: str, vocab, ids: tuple[str, ...], anti: bool = False) -> str | None:
    """The vocabulary class acting on exactly ``targets`` that the vocabulary itself names by the
    target's name and this kind's words ("PD-L1 inhibitor" is a name the vocabulary gives its
    anti-PD-L1 antibody; "EGFR inhibitor" its own class, not the anti-EGFR antibody)."""
    words = ("{} antibody", "anti-{} antibody", "{} monoclonal antibody") if kind == "antibody" else \
        ("{} inhibitor", "{} blockade", "anti-{}") if kind == "inhibitor" else \
        ("{} TKI", "{} tyrosine kinase inhibitor") if kind == "tki" else ()
    for name in _target_names(targets):
        hit = vocab.by_name.get(f"anti-{name} therapy".lower()) if anti and kind == "inhibitor" else None
        if hit and hit.startswith("crc:class_"):
            return hit  # the vocabulary's own "anti-X therapy" ("anti-VEGFR" is its anti-VEGFR therapy)
        for word in words:
            hit = vocab.by_name.get(word.format(name).lower())
            if hit and hit.startswith("crc:class_") and tuple(sorted(vocab.drug_targets.get(hit) or ())) == ids:
                return hit
    return None


# the written forms of a class of each kind, by one short name of its target; and the form by all its names
_CLASS_FORMS = {
    "inhibitor": ("{} inhibitor", "{} inhibitors", "{} inhibition", "{} blockade", "anti-{}", "{} antagonist",
                  "{} antagonists", "{}-targeted therapy", "{}-directed therapy"),
    "antibody": ("anti-{} antibody", "anti-{} antibodies", "anti-{} monoclonal antibody", "{} antibody", "anti-{} mAb"),
    "tki": ("{} TKI", "{} TKIs", "{} tyrosine kinase inhibitor"),
}
_WHOLE_FORM = {"inhibitor": "{} inhibitor", "antibody": "anti-{} antibody"}


def _class_synonyms(kind: str, targets: list[Entity], names: str) -> set[str]:
    """The written forms of one class of ``kind``, by the target's every short name (a degrader: by all its
    names only)."""
    forms = _CLASS_FORMS.get(kind)
    if forms is None:
        return {f"{names} degraders"}
    out = {form.format(n) for n in _target_names(targets)[:6] for form in forms}
    whole = _WHOLE_FORM.get(kind)
    return out | {whole.format(names)} if whole else out


def _as_agent(surface: str) -> str:
    """The agent a written act names ("PD-1 inhibition" -> "PD-1 inhibitor"), else the words as written."""
    return re.sub(r"([-\s])inhibition$", r"\1inhibitor", surface)


def _singular(phrase: str) -> str:
    """"anti-CD25 antibodies" -> "anti-CD25 antibody"; "MEK inhibitors" -> "MEK inhibitor"."""
    if phrase.endswith("ies"):
        return phrase[:-3] + "y"
    if phrase.endswith("approaches"):
        return phrase[:-2]  # "MDSC-targeting approaches" -> "MDSC-targeting approach"
    if phrase.endswith("s") and not phrase.endswith(("ss", "us", "is")) and not phrase[-2:-1].isupper():
        return phrase[:-1]
    return phrase


def _singular_cells(written: str) -> str:
    """A cell type as written, singular: "mature DCs" -> "mature DC", "regulatory T cells" -> "regulatory T cell"."""
    return written[:-1] if re.search(r"[A-Z]s$", written) else _singular(written)


def cell_directed_class(cells: Entity, written: str) -> Entity:
    """The therapy directed at a cell type, named as written ("CAF" -> "CAF-directed therapy"), with the
    cells' own name and the plural as synonyms."""
    name = f"{written}-directed therapy"
    return Entity(mint("class", name), "DrugClass", name,
                  tuple(sorted({f"{cells.name}-directed therapy", f"{name}s"} - {name})))


# the act a participle of taking away names ("recruitment was disrupted": its disruption)
_ACT_NOUN = {"disrupted": "disruption", "blocked": "blockade", "inhibited": "inhibition", "suppressed": "suppression",
             "abrogated": "abrogation", "prevented": "prevention"}


def cell_recruitment_inhibitor(cells: Entity, written: str, process: str, removed: str = "") -> Entity:
    """The therapy that keeps a cell type from being brought into the tumour, named as written ("immune cell",
    "recruitment" -> "immune cell recruitment inhibitor"), with the cells' own name and the act the text names
    ("was disrupted": "disruption of immune cell recruitment") as synonyms."""
    name = f"{written} {process} inhibitor"
    act = _ACT_NOUN.get(removed.lower())
    synonyms = {f"{cells.name} {process} inhibitor", f"{name}s"} | ({f"{act} of {written} {process}"} if act else set())
    return Entity(mint("class", name), "DrugClass", name, tuple(sorted(synonyms - {name})))


class _Spans:
    """The spans of mentions, for :func:`_overlaps` tests that stay fast in a sentence crowded with
    mentions: a scan while there are few, then a Fenwick tree of the largest end per start position
    (a test or an addition costs O(log n) instead of a pass over every mention)."""

    SMALL = 32  # up to this many spans, a plain scan is faster than the tree

    def __init__(self, size: int, mentions=()):
        self._spans = [(m.start, m.end) for m in mentions]
        self._size = size + 2
        self._tree = None
        if len(self._spans) > self.SMALL:
            self._grow()

    def _grow(self) -> None:
        self._tree = [0] * self._size
        for start, end in self._spans:
            self._put(start, end)

    def _put(self, start: int, end: int) -> None:
        tree, i = self._tree, start + 1
        while i < len(tree):
            if tree[i] < end:
                tree[i] = end
            i += i & -i

    def add(self, start: int, end: int) -> None:
        if self._tree is not None:
            self._put(start, end)
            return
        self._spans.append((start, end))
        if len(self._spans) > self.SMALL:
            self._grow()

    def overlaps(self, start: int, end: int) -> bool:
        """Does a span overlap ``[start, end)`` (as :func:`_overlaps` says)?"""
        if self._tree is None:
            return any(a < end and start < b for a, b in self._spans)
        tree, i, best = self._tree, min(end, len(self._tree) - 1), 0
        while i > 0:  # the largest end among spans that start before ``end``
            if tree[i] > best:
                best = tree[i]
            i -= i & -i
        return best > start


def _first_index(items: list):
    """``items.index`` as a function (-1 when absent) without a pass over ``items`` per call: equal
    mentions have the same span and entity id, so only those are compared."""
    by_key: dict[tuple, list[int]] = {}
    for k, x in enumerate(items):
        by_key.setdefault((x.start, x.end, x.entity.id), []).append(k)

    def index(x) -> int:
        for k in by_key.get((x.start, x.end, x.entity.id), ()):
            if items[k] == x:
                return k
        return -1
    return index


# -- the pipeline ---------------------------------------------------------------------------------
_HAS_DIGIT = lazy_compile(r"\d")
_MAY_BRACKET_OR_QUOTE = lazy_compile(r"\)\s+(?:signal|pathway|axis)|[“\"‘'][A-Za-z]|\bfrom\s+(?:an?\s+|the\s+)?cold\b", re.I)


def _may_bracket_or_quote(text: str) -> bool:
    """_MAY_BRACKET_OR_QUOTE's search, asked only of a sentence with a closing bracket, a quote mark or "cold" (each of
    its branches needs one; no other character matches them ignoring case): most sentences are not searched."""
    return (")" in text or '"' in text or "'" in text or "“" in text or "‘" in text or "cold" in text.lower()) and \
        _MAY_BRACKET_OR_QUOTE.search(text) is not None


_MAY_NANO = lazy_compile(r"nano|liposom|micelle", re.I)
_HAS_GREEK_SLASH = lazy_compile(r"[αβγδ]\s?/")
_MAY_FUSE = lazy_compile(r"fusion|rearrang|translocat", re.I)
_MAY_TRIAL = lazy_compile(r"trial|stud|cohort|NCT|ChiCTR|ISRCTN|EudraCT", re.I)
# a name with a number ("CALDERA-3"), apart: in one alternation with the words its "-" would be the only literal
# the prefilter could require, so the words would gate nothing
_MAY_NUMBERED_NAME = lazy_compile(r"[A-Z]{3}[A-Z0-9]*-\d", re.I)
# a name that randomises or enrols patients with no trial word ("McCAVE randomly assigned patients to ...", "In XYZ-3,
# 27 patients received A")
_MAY_RANDOMISING_NAME = lazy_compile(r"randomi[sz]ed|randomly|enrolled|recruited|In [A-Z]")
# a trial's name set off by its own wording (builders/spelled_trials.py): a trial word, or a title's "Results of"
_MAY_SPELLED_TRIAL = lazy_compile(r"trial|study|results|outcomes|findings", re.I)
_MAY_NCRNA = lazy_compile(r"mi[Rr]|microRNA|let-7|lnc|circ|noncoding|non-coding", re.I)


_MAY_ACQUIRED = lazy_compile(r"acqui|secondary|emerg|appearance|development", re.I)
_MAY_FORMAT = lazy_compile(r"bispecific|biparatopic|ADC|conjugate", re.I)
# a list of resistance mechanisms (builders.mechanism_names.listed_mechanisms) may follow a cue word
# a head noun a list shares after its last item may follow an "and", "or" or comma (builders/shared_heads.py)
_MAY_SHARE_HEAD = lazy_compile(r"(?:\band|\bor|,)\s+\S+\s+\S")
_MAY_LIST_MECHANISMS = lazy_compile(r"\b(?:mechanisms?|causes?|factors|drivers?|contributors|mediators?|determinants?)\b",
                                    re.I)


def recognise(r, text: str, mentions: list, rec) -> list:
    """Every pattern recogniser, in order, over the vocabulary mentions of one sentence (each skipped
    when a cheap test shows it cannot match)."""
    digits = _HAS_DIGIT.search(text) is not None
    if "(" in text:
        mentions = defined_long_forms(text, mentions, _mention)
        if "/" in text:
            mentions = slashed_long_forms(text, mentions, _mention)
    if digits:
        mentions = numbered_genes(r, text, mentions)
    if _HAS_GREEK_SLASH.search(text):
        mentions = greek_lists(r, text, mentions)
    if digits or "/" in text:
        mentions = spaced_members(r.vocab, text, mentions, lambda name: _gene_named(r, name), _mention)
    if "ntegrin" in text:
        mentions = integrin_dimers(r.vocab, text, mentions, _mention)
    if digits:
        mentions = fused_variants(r, text, mentions, rec)
    if _MAY_FUSE_STATUS.search(text):
        mentions = fused_statuses(r, text, mentions, rec)
    if MAY_NAMED_VARIANT.search(text):
        mentions = named_variants(r, text, mentions, rec)
    if _MAY_FUSE.search(text):
        mentions = fusions(r, text, mentions, rec)
    if "-" in text or "\u2013" in text:
        mentions = numbered_trials(r.vocab, text, mentions, _mention)
        mentions = sibling_trials(r, text, mentions)
    if digits:
        mentions = group_trials(r.vocab, text, mentions, _mention)
    if _MAY_SPELLED_TRIAL.search(text):
        # (before the registry ids, which then join the name read before them: "a ... study, called XYZ (NCT...)")
        mentions = spelled_trials(r, text, mentions)
    if _MAY_TRIAL.search(text) or digits and _MAY_NUMBERED_NAME.search(text) or _MAY_RANDOMISING_NAME.search(text):
        mentions = registry_and_trials(r, text, mentions)
        if " I" in text or " V" in text:
            mentions = roman_numbered_trials(r, text, mentions)  # "the Horizon III trial"
    if _MAY_NCRNA.search(text):
        mentions = ncrnas(text, mentions)
    if _MAY_HOLD_LINE.search(text):
        mentions = resistant_lines(r, text, mentions)
    mentions = unlisted_drugs(r, text, mentions)
    mentions = microbes(r.vocab, text, mentions)
    if MAY_ABUNDANCE.search(text):
        mentions = microbe_abundance(r.vocab, text, mentions)
    if MAY_CONJUGATE.search(text):
        mentions = conjugate_names(r, text, mentions, _mention)
    if "/" in text and MAY_FOLINIC_PAIR.search(text):
        mentions = folinic_pairs(r, text, mentions, rec, _mention)
    if "FU" in text and MAY_SCHEDULED_FU.search(text):
        mentions = scheduled_fu(r, text, mentions, _mention)
    if "igand" in text:
        mentions = receptor_ligands(text, mentions)
    if "-" in text and MAY_PREFIXED_THERAPY.search(text):
        mentions = prefixed_therapies(r, text, mentions, _mention)
    if MAY_PHOSPHO.search(text):
        mentions = phospho_markers(r.vocab, text, mentions)  # "phosphorylated ERK", "pSTAT3": markers, not the genes
    mentions = alterations(r, text, mentions, rec)
    if "mutat" in text or "variant" in text or "alteration" in text:
        mentions = listed_variant_genes(text, mentions, rec, alteration_entity, _mention)
    if MAY_BIALLELIC.search(text):
        mentions = biallelic_losses(r.vocab, text, mentions, rec, alteration_entity, _mention)
    if MAY_SHORT_STATE.search(text):
        mentions = short_pathways(r.vocab, text, mentions, _mention)  # "Wnt activation", "Notch inhibition"
    mentions = classes(r, text, mentions, rec)
    if MAY_ENZYME_CLASS.search(text):
        mentions = enzyme_classes(mentions)
    if MAY_BRACKET_CLASS.search(text):
        mentions = bracketed_classes(r, text, mentions, rec, lambda target, head, surface: class_entity(
            [target], head, False, r.vocab, surface)[0], _mention)
    if MAY_QUALIFY.search(text):
        mentions = qualified_classes(r, text, mentions, rec, _mention)
    if MAY_SOLUBLE_RECEPTOR.search(text):
        mentions = soluble_receptors(r, text, mentions, rec, _mention)
    if MAY_RECEPTOR_AFTER.search(text):
        mentions = ligand_receptors(r.vocab, text, mentions)  # "the colony-stimulating factor 1 receptor" is no M-CSF
    if "CAR" in text:
        mentions = cell_therapies(r, text, mentions, rec)
    if _MAY_FORMAT.search(text):
        mentions = antibody_formats(r, text, mentions, rec, _mention, lambda targets, written: class_entity(
            targets, "bispecific antibody", False, r.vocab, f"{written} bispecific antibody")[0])
    if "onoclonal" in text:
        mentions = format_heads(r, text, mentions, _mention)
    if "nti" in text and MAY_ANTI_HEAD.search(text):
        mentions = anti_heads(text, mentions, _mention)
    if MAY_FORMAT_MEMBERS.search(text):
        mentions = format_members(r, text, mentions, rec, lambda targets, kind, written: _format_member_class(
            r.vocab, targets, kind, written), _mention, _written_target)
    if "nhibitors" in text:
        mentions = coordinated_inhibitors(r, text, mentions)
    if "(" in text:
        mentions = narrowed_abbreviations(r, text, mentions)
    if _may_bracket_or_quote(text):
        mentions = bracketed_and_quoted(r, text, mentions)
    if _MAY_NANO.search(text):
        mentions = nanomedicines(text, mentions)
    if MAY_TOXICITY_MARKER.search(text):
        mentions = toxicity_markers(r.vocab, text, mentions)
    if MAY_MIXTURE.search(text):
        mentions = mixture_parts(text, mentions, rec)  # "Sym004 (a mixture of A and B)": the mixture is the agent
    mentions = biomarkers(r, text, mentions, rec)
    if "/" in text and MAY_SLASHED_STATUS.search(text):
        mentions = slashed_statuses(text, mentions)  # "RAS WT/BRAF WT": one status of both genes
    if "+" in text and digits:
        mentions = ihc_scores(text, mentions)
    if "+" in text and MAY_BARE_SCORE.search(text):
        mentions = bare_ihc_scores(r.vocab, text, mentions)
    if "TMB" in text or "mutational burden" in text or "mutation burden" in text:
        mentions = tmb_cutoffs(r.vocab, text, mentions)
    if MAY_GENOTYPE.search(text):
        mentions = genotypes(text, mentions)
    if digits and MAY_CLINICAL_FACTOR.search(text):
        mentions = clinical_factors(text, mentions)
    mentions = treatment_histories(text, mentions)  # (its own cheap test first: 'prior', 'previous')
    mentions = outcome_factors(text, mentions)  # (its own cheap test first: MAY_OUTCOME_FACTOR)
    if MAY_CELL_STATE.search(text):
        mentions = state_cells(r.vocab, text, mentions, _mention)
    if MAY_POLARISED.search(text):
        mentions = polarised_cells(r.vocab, text, mentions, _mention)
    if "+" in text or _MAY_SPELL_MARKER.search(text):
        mentions = marker_positive_cells(text, mentions, rec)
    if MAY_CELLS_EXPRESSING.search(text):
        mentions = cells_expressing(text, mentions, rec)
    if _MAY_CELL_MARKER.search(text):
        mentions = cell_markers(text, mentions)
    if "ratio" in text or "NLR" in text:
        mentions = ratios(text, mentions)
    if "CEP" in text:
        mentions = fish_ratios(text, mentions)
    if "xosom" in text:
        mentions = exosomal(text, mentions)
    if _MAY_SHARE_HEAD.search(text):
        mentions = shared_head_items(r.vocab, text, mentions, _mention)
    if "," in text:
        mentions = listed_pathways(r.vocab, text, mentions, _mention)
    if ("/" in text or "-" in text or "\u2013" in text) and MAY_NAMED_AXIS.search(text):
        mentions = named_axes(r.vocab, text, mentions, rec, _mention)  # "the Ang2/Tie-2 axis": one pathway
    mentions = cell_processes(r.vocab, text, mentions, rec)
    mentions = mechanisms(r, text, mentions, rec)
    if MAY_STATE.search(text):
        mentions = immune_states(r.vocab, text, mentions)
    mentions = process_parts(r.vocab, mentions, rec)
    if _MAY_ACQUIRED.search(text):
        mentions = acquired_alterations(text, mentions, rec)
    if _MAY_LIST_MECHANISMS.search(text):
        mentions = listed_mechanisms(text, mentions, rec)
    if MAY_LOWERED.search(text):
        mentions = lowered_processes(r.vocab, text, mentions)
    if MAY_BRACKET.search(text):
        mentions = bracketed_terms(r.vocab, text, mentions)
    return mentions


# (also right after "anti-": "an anti-VEGFR1-3 antibody" acts on all three)
_NUMBERED = lazy_compile(r"(?:(?<=anti-)|(?<![A-Za-z0-9\-]))([A-Z][A-Za-z]{1,7})-?(\d{1,2})((?:\s?[,/]\s?\d{1,2}){1,5}|\s?[-–]\s?\d{1,2})"
                         r"(?![A-Za-z0-9])")


def _gene_named(r, name: str):
    entity = r.vocab.gene_entity(name)
    if entity is None and name in r.vocab.alias_terms:
        entity = r.vocab.gene_entity(r.vocab.alias_terms[name])
    if entity is None:
        hit = r.vocab.by_name.get(name.lower())
        entity = r.vocab.entities.get(hit) if hit else None
    return entity if entity is not None and entity.category in ("Gene", "Molecule") else None


def numbered_genes(r, text, mentions):
    """Numbered gene lists: ``VEGFR-1,2,3``, ``FGFR1-4``, ``JAK1/2``, ``CXCL9/10/11`` name one gene each."""
    out = list(mentions)
    for m in _NUMBERED.finditer(text):
        stem, first, rest = m.group(1), int(m.group(2)), m.group(3)
        if re.match(r"\s?[-–]", rest):
            last = int(re.sub(r"\D", "", rest))
            numbers = list(range(first, last + 1)) if 0 < last - first <= 6 else []
        else:
            numbers = [first] + [int(x) for x in re.findall(r"\d+", rest)]
        genes = []
        for n in numbers:
            gene = _gene_named(r, f"{stem}{n}") or _gene_named(r, f"{stem}-{n}")
            if gene is None:
                break
            genes.append(gene)
        else:
            if len(genes) < 2 or len({g.id for g in genes}) < 2:
                continue
            if any(x.start <= m.start() and m.end() <= x.end and (x.start, x.end) != (m.start(), m.end()) for x in out):
                continue
            if any(x.start == m.start() and x.end == m.end() and x.entity.attr("family") for x in out):
                continue  # a family the vocabulary names ("CDK4/6")
            out = [x for x in out if not (m.start() <= x.start and x.end <= m.end())]
            out.extend(_mention(m.start(), m.end(), text, g) for g in dict.fromkeys(genes))
    return out


_GREEK_LIST = lazy_compile(r"(?<![A-Za-z0-9\-])(?P<stem>[A-Z][A-Za-z]{1,7}(?:[- ]?\d{1,2})?)[- ]?(?P<first>[αβγδ])"
                           r"(?P<rest>(?:\s?/\s?\d{0,2}[αβγδ]){1,3})(?![A-Za-z0-9])")


def _greek_named(r, stem: str, greek: str):
    for candidate in (f"{stem}{greek}", f"{stem}-{greek}", re.sub(r"[ -](?=\d)", "-", stem) + greek,
                      re.sub(r"[ -](?=\d)", "", stem) + greek):
        entity = _gene_named(r, candidate)
        if entity is not None:
            return entity
    return None


def greek_lists(r, text, mentions):
    """Isoforms listed by their Greek letters: ``MIP-1α/β``, ``MIP 1 α/β``, ``IFN-α/β``, ``HIF-1α/2α`` name one
    gene product each (written with a space before the letter too, as a formula turned into text leaves it)."""
    out = list(mentions)
    for m in _GREEK_LIST.finditer(text):
        stem = m.group("stem")
        base = re.sub(r"[- ]?\d{1,2}$", "", stem)
        found = [_greek_named(r, stem, m.group("first"))]
        for item in re.findall(r"(\d{0,2})([αβγδ])", m.group("rest")):
            found.append(_greek_named(r, f"{base}-{item[0]}" if item[0] else stem, item[1]))
        if not all(found) or len({e.id for e in found}) < 2:
            continue
        if any(x.start < m.start() < x.end or x.start < m.end() < x.end for x in out):
            continue  # a longer name runs across the list's ends
        out = [x for x in out if not (m.start() <= x.start and x.end <= m.end())]
        out.extend(_mention(m.start(), m.end(), text, e) for e in dict.fromkeys(found))
    return out


def _slashed_genes_before(text, mentions, start) -> list:
    """The gene mentions joined by slashes right before ``start`` ("KRAS/NRAS/" before "BRAFV600-wildtype"), in
    sentence order."""
    chain: list = []
    for g in sorted((m for m in mentions if m.end <= start and m.entity.category == "Gene"), key=lambda m: -m.end):
        if not _SLASH_GAP.fullmatch(text, g.end, start):
            break
        chain.insert(0, g)
        start = g.start
    return chain


def _variant_status(genes: list[Entity], written: str) -> Entity:
    """The wild-type status of a protein change or codon ("BRAF V600E wild-type", "KRAS/NRAS/BRAF V600 wild-type"),
    a node apart from the gene-level status."""
    status = status_entity(genes, written)
    return dataclasses.replace(status, id=mint("biomarker", status.name), synonyms=(f"{status.name} status",))


def fused_variants(r, text, mentions, rec):
    """``KRASG12C``, ``BRAFV600E``, ``BRAFV600-mutant``: a gene symbol with its protein change (or codon, with a
    status word after it) and no space; a wild-type word after it makes the change's wild-type status."""
    out = list(mentions)
    for m in _FUSED.finditer(text):
        gene = r.vocab.gene_entity(m.group(1)) if "-" not in m.group(1) else _gene_named(r, m.group(1))
        if gene is None and "-" in m.group(1):
            continue  # a hyphenated name no gene goes by
        if gene is None:
            # ("MEK1K57T", "HER2S310F": a protein name of the gene glued to its change)
            # (only a protein name with its number, "MEK1", "HER2": a bare three-letter alias glued to digits is more often a
            # drug's code, "MEHD7945A")
            gene = _gene_named(r, m.group(1)) if m.group(3) and re.fullmatch(r"[A-Z]{2,5}-?\d", m.group(1)) else None
            gene = gene if gene is not None and gene.category == "Gene" and not gene.attr("family") else None
        if gene is None:
            continue
        wild = _WILD_TYPE_AFTER.match(text, m.end())
        suffix = None if wild else _VARIANT_SUFFIX.match(text, m.end())
        if not m.group(3) and not wild and not suffix:
            continue  # "BRAFV600" alone: no change read without a status word after it
        out = [x for x in out if not (x.start < m.end() and m.start() < x.end and x.end - x.start <= m.end() - m.start())]
        if _overlaps(m.start(), m.end(), out):
            continue
        change = m.group(2) + m.group(3)
        if wild:
            chain = _slashed_genes_before(text, out, m.start())
            out = [x for x in out if x not in chain]
            written = "/".join([_as_symbol(c) for c in chain] + [m.group(1)]) + " " + change
            start = chain[0].start if chain else m.start()
            out.append(_mention(start, wild.end(), text, _variant_status([c.entity for c in chain] + [gene], written)))
            continue
        alt = alteration_entity(gene, "mutation", change)
        rec.imply(alt, "alteration_of", gene)
        out.append(_mention(m.start(), suffix.end() if suffix else m.end(), text, alt))
    return out


# a variant of a gene named by its Roman number, glued to the symbol after a "v" or after the word "variant"
# ("EGFRvIII", "EGFR vIII", "EGFR variant III"): the named deletion or splice form of that gene (EGFRvIII lacks exons
# 2-7), an alteration of the gene; a word of mutation or deletion after it is part of the name
_NAMED_VARIANT = lazy_compile(r"(?<![A-Za-z0-9\-])([A-Z][A-Z0-9]{1,6})(?:\s?v|\s+variant\s+)(I{1,3}|IV|VI{0,3})"
                              r"(?:[-\s](?:deletion|mutations?|mutant|variants?))?(?![A-Za-z0-9])")
MAY_NAMED_VARIANT = lazy_compile(r"[A-Z0-9]\s?v[IV]|variant\s+[IV]")


def named_variants(r, text, mentions, rec):
    """``EGFRvIII``, ``EGFR variant III``: a gene's variant named by its Roman number is an Alteration of the gene
    (name "EGFR vIII", the glued and spelled forms its synonyms)."""
    out = list(mentions)
    for m in _NAMED_VARIANT.finditer(text):
        gene = r.vocab.gene_entity(m.group(1))
        if gene is None or gene.category != "Gene" or gene.attr("family"):
            continue
        out = [x for x in out if not (x.start < m.end() and m.start() < x.end and x.end - x.start <= m.end() - m.start())]
        if _overlaps(m.start(), m.end(), out):
            continue
        number = m.group(2)
        alt = alteration_entity(gene, "mutation", f"v{number}")
        symbol = gene.name
        alt = dataclasses.replace(alt, synonyms=tuple(dict.fromkeys(
            alt.synonyms + (f"{symbol}v{number}", f"{symbol} variant {number}", f"{symbol} variant {number} deletion"))))
        rec.imply(alt, "alteration_of", gene)
        out.append(_mention(m.start(), m.end(), text, alt))
    return sorted(out, key=lambda x: (x.start, x.end))


# a gene symbol with its mutation status glued on ("RASwt", "KRASMT", "RASmut"): the abbreviated status of
# abstracts that name patient groups by it; the symbol must be a gene's of three or more characters, and the whole
# word no name of its own (the methyltransferases "TPMT", "COMT", "PRMT" stay what they are)
_FUSED_STATUS = lazy_compile(r"(?<![A-Za-z0-9\-])([A-Z][A-Z0-9]{2,6}?)(wt|WT|MT|mt|mut|MUT|mutant|mutated|wild-?type)"
                             r"(?![A-Za-z0-9])")
_MAY_FUSE_STATUS = lazy_compile(r"[A-Z0-9](?:wt|WT|MT|mt|mut|MUT|mutant|mutated|wild-?type)\b")


def fused_statuses(r, text, mentions, rec):
    """``RASwt``, ``KRASMT``, ``KRASmutant``: a gene symbol with "wt"/"wild-type" (its wild-type status) or
    "mt"/"mut"/"mutant" (its mutation) and no space, read as "RAS wild-type" and "KRAS mutation" are."""
    out = list(mentions)
    for m in _FUSED_STATUS.finditer(text):
        gene = r.vocab.gene_entity(m.group(1))
        if gene is None or _overlaps(m.start(), m.end(), out) or r.vocab.gene_entity(m.group()) or \
                m.group().lower() in r.vocab.by_name:
            continue
        if m.group(2).lower().startswith("w"):
            entity = status_entity([gene], m.group(1))
        else:
            entity = alteration_entity(gene, "mutation")
            rec.imply(entity, "alteration_of", gene)
        out.append(_mention(m.start(), m.end(), text, entity))
    return out


# words after a protein change that belong to its mention ("BRAF V600E-mutant", "BRAFV600E mutations")
_VARIANT_SUFFIX = lazy_compile(r"[-\s](?:mutations?|mutant|mutated|mutation-positive|positive|variants?|substitutions?)\b")


def fusions(r, text, mentions, rec):
    """``ALK-CAD fusion``, ``ROS1::GOPC rearrangement``: two approved symbols joined, then a fusion word."""
    out = list(mentions)
    for m in _FUSION.finditer(text):
        a, b = r.vocab.gene_entity(m.group(1)), r.vocab.gene_entity(m.group(2))
        if a is None or b is None or a.id == b.id or a.category != "Gene" or b.category != "Gene":
            continue
        out = [x for x in out if not (m.start() <= x.start and x.end <= m.end())]
        if _overlaps(m.start(), m.end(), out):
            continue
        name = f"{a.name}-{b.name} fusion"
        alt = Entity(mint("alt", name), "Alteration", name, (f"{a.name}::{b.name} fusion", f"{a.name}-{b.name}"), (),
                     (("alteration_kind", "fusion"), ("gene", a.name)))
        rec.imply(alt, "alteration_of", a)
        rec.imply(alt, "alteration_of", b)
        out.append(_mention(m.start(), m.end(), text, alt))
    return out


_NCRNA_AGENT = lazy_compile(r"[-\s](mimics?|agomirs?)(?![A-Za-z])", re.I)  # (an inhibitor is a class: classes())


def _let7_name(written: str) -> str:
    """The miRBase name of a let-7 family member as written ("Let-7e", "hsa-let-7b-5p"): lower-case "let",
    without the species prefix.

    >>> _let7_name("Let-7e"), _let7_name("hsa-let-7a-1")
    ('let-7e', 'let-7a-1')
    """
    return "l" + written.removeprefix("hsa-")[1:]


def ncrnas(text, mentions):
    """miRNAs, let-7, lncRNAs and circRNAs by their naming patterns."""
    out = list(mentions)
    for m in _NCRNA.finditer(text):
        if m.group("mir"):
            name, kind = "miR-" + m.group("mir"), "miRNA"
        elif m.group("let"):
            name, kind = _let7_name(m.group("let")), "miRNA"
        elif m.group("lnc"):
            name, kind = "lncRNA " + m.group("lnc"), "lncRNA"
        else:
            name, kind = "circ" + (m.group("circ") or m.group("circ2")[4:]), "circRNA"
        synonyms = (m.group("lnc"),) if m.group("lnc") else ()
        out = [x for x in out if not (x.start < m.end() and m.start() < x.end)]
        entity = Entity(mint("ncrna", name), "Molecule", name, synonyms, (), (("molecule_kind", kind),))
        agent = _NCRNA_AGENT.match(text, m.end()) if kind == "miRNA" else None
        if agent:
            # "a miRNA-133b mimic", "miR-34a agomir": an oligonucleotide given as a treatment
            written = re.sub(r"\s+", " ", text[m.start():agent.end()])
            out.append(_mention(m.start(), agent.end(), text, mirna_agent(name, agent.group(1), written)))
            continue
        out.append(_mention(m.start(), m.end(), text, entity))
    return out


def mirna_agent(name: str, word: str = "mimic", written: str = "") -> Entity:
    """The oligonucleotide given as a treatment to raise a miRNA ("miR-34a", "mimic" -> the drug "miR-34a mimic"),
    with the written form, and its singular, as synonyms."""
    word = _singular(word.lower())
    synonyms = {written, _singular(written)} - {"", f"{name} {word}"}
    return Entity(mint("drug", f"{name} {word}"), "Drug", f"{name} {word}", tuple(sorted(synonyms)))


def _stem_pattern(stems) -> re.Pattern:
    alternation = "|".join(re.escape(suffix) for suffix, _ in stems)
    return re.compile(rf"(?<![A-Za-z0-9\-])([A-Za-z][a-z]{{2,}}(?:-[a-z]+)?(?:{alternation}))(?![A-Za-z0-9])")


_THREE_DIGITS = lazy_compile(r"\d{3}")
_RUN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")


def _stem_words(r, text, stems) -> list[tuple[int, int]]:
    """The runs of letters, digits and hyphens in which a word ends with an INN stem: the only places
    where the stem pattern (letters and hyphens, then a stem not followed by a letter or digit) can
    match. One automaton pass finds them, so the pattern runs on a few words, not the sentence."""
    auto = r.vocab.lexicon.get("_stem_auto")
    if auto is None:
        auto = ahocorasick.Automaton()
        for suffix, _ in stems:
            auto.add_word(suffix, len(suffix))
        if stems:
            auto.make_automaton()
        r.vocab.lexicon["_stem_auto"] = auto
    if not stems:
        return [(0, len(text))]
    runs: list[tuple[int, int]] = []
    n = len(text)
    for end, length in auto.iter(text):
        stop = end + 1
        if stop < n and text[stop] in _RUN_CHARS and text[stop] != "-" or runs and stop <= runs[-1][1]:
            continue
        a = stop - length
        while a > 0 and text[a - 1] in _RUN_CHARS:
            a -= 1
        b = stop
        while b < n and text[b] in _RUN_CHARS:
            b += 1
        runs.append((a, b))
    return runs


def _misspelt_drug(r, word: str, stem_class: str) -> str | None:
    """A listed drug the word misspells ("cetixumab", "capcitabine"): the one drug name with the same INN
    stem within two edits (insertions, deletions, substitutions, swaps of neighbours: the optimal string
    alignment distance) of a word of nine letters or more (one edit under nine), if exactly one is."""
    cache = r.vocab.lexicon.setdefault("_misspelt", {})
    if word in cache:
        return cache[word]
    stems = r.vocab.lexicon.get("drug_stems") or ()
    suffix = next((sfx for sfx, cid in stems if word.endswith(sfx) and cid == stem_class), None)
    limit = 2 if len(word) >= 9 else 1
    found = set()
    if suffix and len(word) >= 7:
        for name, eid in r.vocab.by_name.items():
            if name.endswith(suffix) and name.isalpha() and name[0] == word[0] and \
                    r.vocab.entities[eid].category == "Drug" and OSA.distance(word, name, score_cutoff=limit) <= limit:
                found.add(eid)
    cache[word] = next(iter(found)) if len(found) == 1 else None
    return cache[word]


def unlisted_drugs(r, text, mentions):
    """Drugs no list names: words with an antineoplastic INN stem, and code names in a drug context."""
    out = list(mentions)
    stems = r.vocab.lexicon.get("drug_stems") or ()
    pattern = r.vocab.lexicon.get("_stem_re")
    if pattern is None:
        pattern = r.vocab.lexicon["_stem_re"] = _stem_pattern(stems)
    common = r.vocab.lexicon["not_drugs"]
    taken = _Spans(len(text), out)
    for m in (m for a, b in _stem_words(r, text, stems) for m in pattern.finditer(text, a, b)):
        word = m.group(1)
        low = word.lower()
        stem = next((cid for suffix, cid in stems if low.endswith(suffix) and len(low) >= len(suffix) + 3), None)
        if stem is None or low in common or taken.overlaps(m.start(), m.end()):
            continue
        known = r.vocab.by_name.get(low) or _misspelt_drug(r, low, stem)
        entity = r.vocab.entities[known] if known else Entity(mint("drug", low), "Drug", low, (),
                                                              (), (("stem_class", stem),))
        if entity.category != "Drug":
            continue
        out.append(_mention(m.start(), m.end(), text, entity))
        taken.add(m.start(), m.end())
    for m in _LOWER_CODE_NAME.finditer(text):
        name = m.group(1)
        soluble = _soluble_receptor(r, name)
        if soluble is not None and not taken.overlaps(m.start(), m.end()):
            # "sVEGFR-1", "sHER2": the soluble form of a receptor, measured as that gene's product, not a compound
            out.append(_mention(m.start(), m.end(), text, soluble))
            taken.add(m.start(), m.end())
            continue
        if taken.overlaps(m.start(), m.end()) or r.vocab.gene_entity(name[1:]) is not None or \
                r.vocab.gene_entity(name) is not None or _NOT_CODE_AFTER.match(text[m.end():m.end() + 20]):
            continue  # "pSTAT3" is a phosphorylated gene product, "mTORC1" a complex
        if "RNA" in name or _TARGET_HEAD_AFTER.match(text, m.end()):
            continue  # "tRNA23", "shRNA1"; "an mTORC1 inhibitor", "hERG1 blockers" name a target, not the compound
        if not (_NEAR_DRUG_WORD.search(text, max(0, m.start() - 40), m.start()) or
                _COMPOUND_AFTER.match(text, m.end())):
            continue
        out.append(_mention(m.start(), m.end(), text, Entity(mint("drug", name), "Drug", name)))
        taken.add(m.start(), m.end())
    for m in _NOTEBOOK_CODE.finditer(text):
        # (like any code name, not after a label's word: "patient AB-IV-03-11", "Table XY-II-10-2" are ids)
        if not taken.overlaps(m.start(), m.end()) and not _LABEL_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            out.append(_mention(m.start(), m.end(), text, Entity(mint("drug", m.group(1)), "Drug", m.group(1))))
            taken.add(m.start(), m.end())
    if not _may_name_codes(text):
        return out
    for m in _CODE_NAME.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        kind = _code_name_kind(r, text, m)
        if kind is None:
            continue
        # "a phase II trial of the Gruppo Oncologico dell'Italia Meridionale (GOIM 2802)": the group's initials and
        # its study number name a trial, not a drug
        entity = Entity(mint(kind, m.group(1)), "Trial" if kind == "trial" else "Drug", m.group(1))
        out.append(_mention(m.start(), m.end(), text, entity))
        taken.add(m.start(), m.end())
    return out


def _may_name_codes(text: str) -> bool:
    """Whether a sentence may name a drug by a code: three digits in a row and a drug's word, and no affiliation line
    (which names laboratories, not drugs) unless it says something was given."""
    return bool(_THREE_DIGITS.search(text) and _DRUG_CONTEXT.search(text)) and \
        not (_AFFILIATION.search(text) and not _GIVEN.search(text))


# s53 f21m: the rest of a list of names whose head is "cells" or "cell lines" after a code, or the bracket round it
# ("CCL235, CCL244 cells", "CCL235 and CCL244 cell lines", "(CCL218) cells"): the code is one line's name
_LISTED_LINES_AFTER = lazy_compile(r"(?:\s*,\s*[A-Za-z0-9][A-Za-z0-9\-]{1,12}){0,5}(?:\s*,?\s*(?:and|or)\s+"
                                   r"[A-Za-z0-9][A-Za-z0-9\-]{1,12})?\)?\s+(?:cells?|cell\s+lines?)\b")
# s53 f21m: a company's prefix and its hyphen before a code ("NVP-" of "NVP-AEW541")
_COMPANY_PREFIX = lazy_compile(r"([A-Z]{2,4})-(?=[A-Z]{2,5}\d)")
# a code whose letters are glued to three or more digits ("PP242", "TKI258"): a compound's code even where its letters
# alone are a word no trial is named by (a per-protocol population "PP", "TKI"); written apart ("PP 312", "ITT 240")
# such letters stand before a count
_GLUED_CODE = lazy_compile(r"[A-Z]{2,5}\d{3,6}[A-Za-z]?")


def _code_name_kind(r, text: str, m: re.Match) -> str | None:
    """What a code-name match names where it stands: "drug", "trial" (a study group's initials and number), or None
    (a cell line, a year, a registry number, a label's id, a protein change, a gene and its codon)."""
    name = m.group(1)
    if _CELL_LINE.match(name) and not _DRUG_WORD_BEFORE_CODE.search(text, max(0, m.start() - 24), m.start()) or \
            _YEAR.search(name) and " " in name:
        return None  # (a code written like a cell line, "A140", is a drug right after a drug's word: "the anti-EGFR
        # antibody, A140, with cetuximab")
    if _LISTED_LINES_AFTER.match(text, m.end()):
        return None  # "Colo13, CCL235, CCL244 cells", "in other (CCL218) cells": a list of cell lines' names
    if _NOT_CODE_AFTER.match(text[m.end():m.end() + 20]) or re.search(r"(?:trial|study|cohort|phase)\s*$",
                                                                     text[max(0, m.start() - 12):m.start()], re.I):
        return None
    if _LABEL_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return None  # "patient P-001", "clone SP263", "Table S1234": an id or a label, not a drug
    if _STUDY_CODE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return None  # "the PANAMA Trial (AIO KRK 0212)": the study's other number, not a drug
    prefix = _COMPANY_PREFIX.match(name)
    if prefix is not None:
        if prefix.group(1).upper() in _REGISTRIES or prefix.group(1) in r.vocab.lexicon["trial_groups"] or \
                r.vocab.resolve(name[prefix.end():]) is not None:
            return None  # a registry's or a study group's code; "NVP-BEZ235": the vocabulary's compound after a prefix
        name = name[prefix.end():]
    letters = re.match(r"[A-Za-z]+", name).group(0)
    if letters.lower() in _FUNCTION_WORDS and len(letters) < len(name) and not name[len(letters)].isdigit():
        return None  # "In 230 evaluable patients, ...", "Of 412 assessable cases": a word and a count, no code name
    if letters.upper() in _REGISTRIES:
        return None  # "UMIN000004197", "ISRCTN 12345678": a trial registry number
    if letters.upper() in _REPOSITORIES:
        return None  # "In GSE39582, ...", "PRJNA123456": a data set's accession number
    if letters.upper() in _MEETING_ABSTRACTS:
        return None  # "LBA3505", "LBA-004": a meeting's late-breaking abstract, numbered like a compound
    if letters == "CD":
        return None  # "CD155", "CD226": a cell-surface antigen's cluster of differentiation, never a compound
    if letters.upper() in r.vocab.lexicon["not_trials"] and not _GLUED_CODE.fullmatch(name) or \
            r.vocab.gene_entity(letters) is not None and len(letters) >= 3:
        return None
    if not re.search(r"\d{3}", name) or re.fullmatch(rf"[{AA}]\d{{2,4}}[{AA}]", name):
        return None  # "R1163A" is a protein change, not a code name
    fused = re.fullmatch(rf"([A-Z][A-Z0-9]{{1,6}}?)[{AA}]\d{{2,4}}[{AA}]?", name)
    if fused and r.vocab.gene_entity(fused.group(1)) is not None:
        return None  # "BRAFV600": a gene and its codon written together, not a code name
    if re.fullmatch(rf"[{AA}]\d{{2,4}}", name):
        gene = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if gene and r.vocab.gene_entity(gene.group(1)) is not None:
            return None  # "BRAF V600 kinase": a gene's codon, not a code name
    return "trial" if _group_code(text, m.start(), letters) else "drug"


# a code said to be a drug right after it ("QX-12, a MEK inhibitor", "QX-12 as a selective antagonist")
_DRUG_APPOSITION_AFTER = lazy_compile(r"\s*(?:,|\()?\s*(?:as\s+|is\s+|was\s+)?(?:an?|the)\s+(?:[\w\-/]+\s+){0,3}?"
                                      r"(?:inhibitor|antagonist|agonist|compound|drug|agent|degrader|antibody)\b", re.I)


# s53 f21m: a code of capitals and two digits right after a drug's head word ("the anti-EGFR mAb QZ71", "an IGF-1R
# antibody, XR38"): a compound's code there, too short to be read as one anywhere else
_SHORT_CODE_AFTER_HEAD = lazy_compile(r"\b(?:antibody|mAb|inhibitor|antagonist|compound)\s*,?\s+"
                                      r"(?!(?:IC|EC|GI|LD|ED|CC|TD|LC)\d{2}\b)([A-Z]{2,5}\d{2})(?![A-Za-z0-9\-/])")  # (never an assay's readout, "IC50")


def document_code_names(r, sentences: list[str]) -> dict[str, Entity]:
    """The compounds a document names by a code in a sentence that gives it as a drug (a drug word just before it, a
    treatment word or a rescue verb just after it), each by its code: an abstract introduces its compound once in such a sentence ("the MET
    inhibitor QX-4021") and names it bare in the others ("QX-4021 reduced tumour growth"), where the code is the same
    compound. One pass over the document's sentences; codes the vocabulary knows are left to it."""
    found: dict[str, Entity] = {}
    for text in sentences:
        for m in _SHORT_CODE_AFTER_HEAD.finditer(text):
            name = m.group(1)
            if name not in found and name.lower() not in r.vocab.by_name and r.vocab.resolve(name) is None and \
                    r.vocab.gene_entity(name) is None and r.vocab.gene_entity(re.match(r"[A-Z]+", name).group(0)) is None \
                    and not _CELL_LINE.match(name) and not name.startswith("CD") and \
                    not _NOT_CODE_AFTER.match(text[m.end():m.end() + 20]):
                found[name] = Entity(mint("drug", name), "Drug", name)
        if not _may_name_codes(text):
            continue
        for m in _CODE_NAME.finditer(text):
            name = m.group(1)
            if name in found or name.lower() in r.vocab.by_name or r.vocab.resolve(name) is not None or \
                    r.vocab.gene_entity(name) is not None or _code_name_kind(r, text, m) != "drug":
                continue
            if not (_NEAR_DRUG_WORD.search(text, max(0, m.start() - 40), m.start()) or _COMPOUND_AFTER.match(text, m.end())
                    or _RESCUE_VERB_AFTER.match(text, m.end()) or _DRUG_APPOSITION_AFTER.match(text, m.end())
                    or _DRUG_WORD_BEFORE_CODE.search(text, max(0, m.start() - 24), m.start())):
                continue  # given as a drug only by a word next to it ("treated with", "inhibitor", "X restored ...")
            found[name] = Entity(mint("drug", name), "Drug", name)
    if found:
        # (h57 prec4) a code written with and without the hyphen before its digits ("NVP-AEW541", "NVP-AEW-541") is
        # one compound: the other spelling, where the document uses it, names the same entity
        whole = "\n".join(sentences)
        for name, entity in list(found.items()):
            for variant in (_LETTER_DIGIT.sub(r"\1-\2", name), _LETTER_HYPHEN_DIGIT.sub(r"\1\2", name)):
                if variant != name and variant not in found and variant in whole:
                    found[variant] = entity
    return found


_LETTER_DIGIT = lazy_compile(r"(?<=[A-Za-z])([A-Za-z])(\d)")
_LETTER_HYPHEN_DIGIT = lazy_compile(r"([A-Za-z])-(\d)")
_OPEN_BRACKET_BEFORE = lazy_compile(r"\(\s*$")


def _soluble_receptor(r, name: str):
    """The gene whose soluble form a name such as "sVEGFR-1" or "sHER2" writes (a lower-case "s" before a name the
    vocabulary gives a gene): the shed ectodomain of that gene's receptor, the gene's product in blood."""
    if not name.startswith("s") or len(name) < 4:
        return None
    known = r.vocab.by_name.get(name[1:].lower())
    entity = r.vocab.entities.get(known) if known else None
    return entity if entity is not None and entity.category == "Gene" else None


def _group_code(text: str, start: int, letters: str) -> bool:
    """Whether a bracketed code's letters are the initials of the capitalised words right before the bracket
    (a study group's acronym spelt out: "Gruppo Oncologico dell'Italia Meridionale (GOIM 2802)")."""
    bracket = _OPEN_BRACKET_BEFORE.search(text, max(0, start - 4), start)
    if bracket is None or len(letters) < 3:
        return False
    words = re.findall(r"[A-Za-z]+", text[max(0, bracket.start() - 160):bracket.start()])[-2 * len(letters):]
    initials = "".join(w[0] for w in words if w[0].isupper())
    return initials[-len(letters):].upper() == letters.upper() and bool(words) and words[-1][0].isupper()


# between two genes of a list: a joiner, after the ")" that closes a symbol given with its long name
# ("neurotrophic tyrosine receptor kinase (NTRK)/ROS proto-oncogene 1 (ROS1)"); a long name and its symbol
# in brackets are one item
_LIST_GAP = lazy_compile(r"\s*\)?\s*(?:/|,|, and|and|or|, or|/ )\s*")
# an item the vocabulary does not know, written as a gene symbol, between listed genes ("BRAF, PIK3CA, NFR, and
# FGFR mutations"): the list goes on over it (the symbol itself names nothing the reader knows)
_LIST_GAP_UNKNOWN = lazy_compile(r"\s*,\s*[A-Z][A-Z0-9]{1,6}\s*(?:,|, and|, or|and|or)\s*")
_SAME_GAP = lazy_compile(r"\s*\(\s*")
# an item's locus or protein change in brackets, then a joiner ("mutations in KRAS (exons 2/3/4), NRAS (exons 2/3/4)
# and BRAF (V600E)"): the bracket qualifies the item before it, the list goes on
_LIST_GAP_QUALIFIED = lazy_compile(r"\s*\(\s*(?:(?:exons?|codons?)\s+\d{1,3}(?:\s*(?:/|,|-|–|and|or)\s*\d{1,3})*|"
                                   r"(?:p\.)?[A-Z]\d{1,4}[A-Z]?)\s*\)\s*(?:,|, and|, or|and|or)\s*")


_ENUMERATED = lazy_compile(r"[A-Za-z]+-?\d(?:/\d{1,2})+")


def _numbered_members(r, chain):
    """A family written as its numbered members ("mutations in JAK1/2") stands for each member gene."""
    out = []
    for gm in chain:
        members = r.vocab.family_members.get(gm.entity.id) if gm.entity.attr("family") else None
        genes = [r.vocab.gene_entity(s) for s in members or ()] if _ENUMERATED.fullmatch(gm.text) else []
        if genes and all(genes):
            out.extend(dataclasses.replace(gm, entity=g) for g in genes)
        else:
            out.append(gm)
    return out


# a line of keywords ("Keywords: BRAF, RAS amplification, drug resistance"): its commas part items, not a list's genes
# that share the word after the last ("BRAF, RAS amplification" names BRAF and RAS amplification)
_KEYWORD_LINE = lazy_compile(r"^\s*(?:\*\*)?(?:key ?words|index terms|subject terms)\s*(?:\*\*)?\s*:", re.I)


def _gene_list_before(text, genes, idx, items_by_comma: bool = False, hyphens: bool = False):
    """Genes joined by '/', ',', 'and', 'or' ending at genes[idx] ("KRAS, NRAS, and BRAF"); ``items_by_comma``: a
    bare comma parts items (a keyword line) and joins no genes; ``hyphens``: a bare hyphen joins genes too (the
    genes of one status: "KRAS-NRAS wild type")."""
    chain = [genes[idx]]
    j = idx - 1
    while j >= 0:
        gap = text[genes[j].end:chain[0].start]
        if items_by_comma and _ITEM_COMMA.fullmatch(gap):
            break
        if _LIST_GAP.fullmatch(gap) or _LIST_GAP_UNKNOWN.fullmatch(gap) or _LIST_GAP_QUALIFIED.fullmatch(gap) or \
                hyphens and gap == "-" or genes[j].entity.id == chain[0].entity.id and _SAME_GAP.fullmatch(gap):
            chain.insert(0, genes[j])
            j -= 1
        else:
            break
    return _no_clause_pair(text, chain)


def _gene_list_after(text, genes, idx, items_by_comma: bool = False):
    """Genes joined by ',', 'and', 'or', '/' starting at genes[idx] ("KRAS, NRAS, PIK3CA, and BRAF");
    ``items_by_comma`` as for :func:`_gene_list_before`."""
    chain = [genes[idx]]
    j = idx + 1
    while j < len(genes):
        gap = text[chain[-1].end:genes[j].start]
        if items_by_comma and _ITEM_COMMA.fullmatch(gap):
            break
        if _LIST_GAP.fullmatch(gap) or _LIST_GAP_UNKNOWN.fullmatch(gap) or _LIST_GAP_QUALIFIED.fullmatch(gap) or \
                genes[j].entity.id == chain[-1].entity.id and _SAME_GAP.fullmatch(gap):
            chain.append(genes[j])
            j += 1
        else:
            break
    return _no_clause_pair(text, chain, keep_first=True)


def _no_clause_pair(text, chain, keep_first: bool = False):
    """Two genes with a comma between them are no list: a list of two genes has no comma (pattern_mentions.list_reach),
    so the comma closes the clause of the first gene (its verb's object or complement: "acts downstream of EGFR, and
    KRAS mutations confer resistance", "In patients with wild-type KRAS, FCGR3A polymorphisms ...") and only the gene
    next to the shared word bears it (``keep_first``: the word is before the list, "mutations in EGFR, and KRAS ...").
    (A bare comma with another comma after the second gene is a longer list cut short by an item no gene: "wild type
    for KRAS, NRAS, BRAFV600E, EGFR ...")"""
    gap = text[chain[0].end:chain[1].start] if len(chain) == 2 else ""
    if len(chain) == 2 and not list_reach([gap]) and not (_ITEM_COMMA.fullmatch(gap) and
                                                         _ITEM_COMMA.match(text, chain[1].end)):
        return chain[:1] if keep_first else chain[1:]
    return chain


def _second_kind(r, text: str, chain: list, kind: str, end: int, rec) -> list:
    """A second kind of alteration joined by a slash ("HER2 overexpression/amplification", "HER2-overexpressed/
    amplified"): the same genes' alteration of that kind, a mention of the words after the slash."""
    second = _SECOND_KIND.match(text, end)
    other = _mod_kind(second.group("mod")) if second else None
    if other is None or other in (kind, "wild_type"):
        return []
    out = []
    for gm in _numbered_members(r, chain):
        alt = alteration_entity(gm.entity, other)
        out.append(_mention(second.start("mod"), second.end(), text, alt))
        rec.imply(alt, "alteration_of", gm.entity)
    return out


def _non_variant(text: str, gene) -> tuple[int, int, str] | None:
    """The span and protein change of a "non-<change>" form around a gene mention ("non-V600E BRAF",
    "BRAF non-V600 mutations"), with a mutation word after it taken in; None when there is none."""
    before = _NON_VARIANT_BEFORE.search(text, max(0, gene.start - 16), gene.start)
    if before:
        start, end, change = before.start(), gene.end, before.group(1)
    else:
        after = _NON_VARIANT_AFTER.match(text, gene.end)
        if not after:
            return None
        start, end, change = gene.start, after.end(), after.group(1)
    tail = _NON_VARIANT_TAIL.match(text, end)
    return start, tail.end() if tail else end, change


def _functional_class(text: str, gene) -> tuple[int, int, str] | None:
    """The span and class number of a "class 2 BRAF" / "BRAF class 2 mutations" form around a gene
    mention, with a mutation word after it taken in; None when there is none."""
    before = _FUNCTIONAL_CLASS_BEFORE.search(text, max(0, gene.start - 12), gene.start)
    if before:
        start, end, number = before.start(), gene.end, before.group(1)
    else:
        after = _FUNCTIONAL_CLASS_AFTER.match(text, gene.end)
        if not after:
            return None
        start, end, number = gene.start, after.end(), after.group(1)
    tail = _NON_VARIANT_TAIL.match(text, end)
    return start, tail.end() if tail else end, _CLASS_NUMBER.get(number, number)


def _own_kind(match) -> bool:
    """Whether a modifier match names a kind of alteration or status."""
    return match is not None and any(p.search(match.group("mod")) for p, _ in _MOD_KIND)


# a process word of the gene's own after a list item ("..., and PI3K activation", "... and AKT phosphorylation"):
# the item is a phrase of its own, not one more gene of the alteration word before the list
_OWN_PROCESS_AFTER = lazy_compile(r"[-\s](?:activation|activity|signall?ing|phosphorylation|expression|upregulation|"
                                  r"up-regulation|overactivation|hyperactivation|secretion|inhibition)\b", re.I)


def _without_own_kinds(text, chain, after: bool, gene_ends=frozenset()) -> list:
    """A shared word reaches only the items of a list that name no kind of their own: in "alterations in
    KRAS and MET amplification" MET is amplified (no "MET alteration") and KRAS altered (no "KRAS
    amplification"); in "amplification of ERBB2 and MET, and PI3K activation" PI3K is activated, not
    amplified. For a word after the list (``after``), the list starts after the last item a word
    before it governs; for a word before it, the list ends before the first item with a word after it."""
    if after:
        for k in range(len(chain) - 2, -1, -1):
            if _own_kind(_unpaired(text, _PRE_MODIFIER.search(text, max(0, chain[k].start - 80), chain[k].start),
                                   gene_ends)):
                return chain[k + 1:]
        return chain
    for k in range(1, len(chain)):
        if _own_kind(_MODIFIER.match(text, chain[k].end)) or _OWN_PROCESS_AFTER.match(text, chain[k].end):
            return chain[:k]
    return chain


_CAUSED_STATE = lazy_compile(r"[A-Za-z0-9)]-(?:mediated|induced|triggered|dependent|driven)\s+(?:the\s+)?$", re.I)
_STATE_WORD = lazy_compile(r"(?:inactivation|hyperactivation)$", re.I)
# "epigenetic MLH1 silencing", "MGMT silencing by promoter methylation": a tumour's own silencing, an alteration;
# bare "Smad4 silencing", "dual YAP1/TAZ silencing" name an experiment (siRNA, shRNA), not a change of the tumour
_TUMOUR_SILENCING_BEFORE = lazy_compile(r"\b(?:epigenetic(?:ally)?|transcriptional(?:ly)?|methylation[- ]\w+)\s+"
                                        r"(?:[A-Za-z0-9/\-]+\s+){0,2}$", re.I)
_TUMOUR_SILENCING_AFTER = lazy_compile(r"\s+(?:by|through|via|due\s+to)\s+(?:\w+\s+){0,2}(?:hyper)?methylation\b", re.I)


def _experimental_silencing(text: str, start: int, end: int, word: str) -> bool:
    """"Smad4 silencing", "YAP1/TAZ silencing": a gene silenced by the experimenter, no alteration of a tumour
    (unless the words around make it epigenetic: "epigenetic MLH1 silencing", "silencing by hypermethylation")."""
    if word.lower() != "silencing":
        return False
    return not _TUMOUR_SILENCING_BEFORE.search(text, max(0, start - 60), start) and \
        not _TUMOUR_SILENCING_AFTER.match(text, end)


def _locus_mutations(genes, loci, start, end, text, rec, what="mutation") -> list:
    """Each gene's mutation at each locus ("exon 20 mutation", "codon 12 mutation"), all over one span, gene by gene
    and locus by locus; each implies its gene."""
    out = []
    for c in genes:
        for unit, number in loci:
            alt = alteration_entity(c.entity, "mutation", f"{unit} {number} {what}")
            out.append(_mention(start, end, text, alt))
            rec.imply(alt, "alteration_of", c.entity)
    return out


def alterations(r, text, mentions, rec):
    """Alterations and gene-level statuses made from a gene mention and the words around it."""
    genes = sorted([m for m in mentions if m.entity.category == "Gene" or
                    m.entity.category == "Molecule" and m.entity.attr("gene")], key=lambda m: m.start)
    consumed: set[int] = set()
    new: list = []
    gene_index = _first_index(genes)
    gene_ends = {x.end for x in genes}  # (where a gene mention ends: a word right after it is that gene's)
    gene_starts = {x.start for x in genes}  # (where one begins: a change right before it is that gene's)
    keyword_line = _KEYWORD_LINE.match(text) is not None

    @functools.cache
    def gene_only_lists():
        """The gene mentions alone (no molecules) and their index, built on first use."""
        only = [y for y in genes if y.entity.category == "Gene"]
        return only, _first_index(only)

    for i, g in enumerate(genes):
        if g.entity.category == "Molecule":
            alt = _encoded_gene_change(r, text, g, rec)
            if alt is not None:  # "FGF9 amplification": a change of the gene that encodes the ligand
                new.append(alt)
                consumed.add(i)
            continue
        v = VARIANT.match(text, g.end)
        wild = _WILD_TYPE_AFTER.match(text, v.end()) if v and v.group(3) not in ("del", "fs", "ins", "dup") else None
        if wild and (not g.entity.attr("family") or g.entity.name in ("RAS", "RAF")):
            # "BRAF V600E wild-type", "RAS/BRAF V600 wild-type": the change's wild-type status
            chain = [c for c in _slashed_genes_before(text, genes[:i], g.start) if c.entity.category == "Gene"]
            consumed.update(gene_index(c) for c in chain)
            written = "/".join(_as_symbol(c) for c in chain + [g]) + " " + v.group(1) + v.group(2) + (v.group(3) or "")
            status = _variant_status([c.entity for c in chain + [g]], written)
            new.append(_mention(chain[0].start if chain else g.start, wild.end(), text, status))
            consumed.add(i)
            continue
        if v and not g.entity.attr("family") or v and g.entity.name in ("RAS", "RAF"):
            end = v.end()
            suffix = _VARIANT_SUFFIX.match(text, end)
            if suffix:
                end = suffix.end()  # "BRAF V600E-mutant"
            found = [(v.group(1), v.group(2), v.group(3) or "")]
            for more in iter(lambda: _MORE_VARIANTS.match(text, end), None):
                if _SPACES_HYPHENS.match(text, more.end()).end() in gene_starts:
                    break  # "KRAS G12C and V600E BRAF": a change written right before a gene is that gene's
                found.append((more.group(1), more.group(2), more.group(3) or ""))
                end = more.end()
            for a, pos, b in found:
                alt = alteration_entity(g.entity, "mutation", a + pos + b)
                new.append(_mention(g.start, end, text, alt))
                rec.imply(alt, "alteration_of", g.entity)
            consumed.add(i)
            continue
        other = _non_variant(text, g)
        if other is not None:  # "non-V600E BRAF", "BRAF non-V600 mutations": every change but that one
            start, end, change = other
            alt = alteration_entity(g.entity, "mutation", f"non-{change}")
            new.append(_mention(start, end, text, alt))
            rec.imply(alt, "alteration_of", g.entity)
            consumed.add(i)
            continue
        functional = _functional_class(text, g) if g.entity.name == "BRAF" else None
        if functional is not None:  # "class 2 BRAF mutations": a class of the gene's changes
            start, end, number = functional
            alt = alteration_entity(g.entity, "mutation", f"class {number}")
            new.append(_mention(start, end, text, alt))
            rec.imply(alt, "alteration_of", g.entity)
            consumed.add(i)
            continue
        before_variant = _VARIANT_BEFORE.search(text, max(0, g.start - 20), g.start)
        if before_variant:
            # ("G12D and G13D KRAS mutations": every change listed before the gene is the gene's, over one span)
            start, earlier = changes_listed_before(text, before_variant.start(1), gene_ends)
            for change in [*earlier, before_variant.group(1)]:
                alt = alteration_entity(g.entity, "mutation", change)
                new.append(_mention(start, g.end, text, alt))
                rec.imply(alt, "alteration_of", g.entity)
            consumed.add(i)
            continue
        placed = place_before_genes(text, g.start) if not g.entity.attr("family") and i not in consumed else None
        if placed is not None:
            # (s46 ents) "mutations in exon 20 of PIK3CA", "mutations in exons 2, 3, or 4 of KRAS or NRAS": each listed
            # gene's mutations of each place (builders/exon_places.py)
            gene_only, gene_only_index = gene_only_lists()
            listed = [c for c in _gene_list_after(text, gene_only, gene_only_index(g), keyword_line)
                      if not c.entity.attr("family")]
            loci, start = placed
            new += _locus_mutations(listed, loci, start, listed[-1].end, text, rec)
            consumed.update(gene_index(c) for c in listed)
            continue
        x = _EXON.match(text, g.end)
        unit = "codon" if x and x.group(0).lstrip().lower().startswith("codon") else "exon"
        if x and unit == "exon" and x.group(2) and x.group(2).startswith(("-", "–")):
            x = None  # "exons 2-4": a range of exons, not a pair ("codon 12-13" is the pair of codons 12 and 13)
        if x and not x.group(3):
            wt = _MODIFIER.match(text, x.end())
            if wt and _mod_kind(wt.group("mod")) == "wild_type":
                written = text[g.start:x.end()]
                new.append(_mention(g.start, wt.end(), text, _exon_status(g.entity, written)))
                consumed.add(i)
                continue
            wt = _WILD_TYPE_BEFORE.search(text, max(0, g.start - 12), g.start)
            if wt:  # "wild-type KRAS exon 2 mCRC"
                new.append(_mention(wt.start(), x.end(), text, _exon_status(g.entity, text[g.start:x.end()])))
                consumed.add(i)
                continue
        listed, pre = [g], None
        if x:
            # "mutations in KRAS or NRAS codons 12, 13 and 61": the loci are each listed gene's, and the mutation
            # word before the genes is part of the mention
            gene_only, gene_only_index = gene_only_lists()
            listed = _gene_list_before(text, gene_only, gene_only_index(g), keyword_line)
            listed = [c for c in listed if c is g or not (c.entity.attr("family") and c.entity.name not in ("RAS",))]
            # ("mutations in either KRAS or NRAS codons ...": the choice word before the list is no part of it)
            lead = _EITHER_BEFORE_GENES.search(text, max(0, listed[0].start - 12), listed[0].start)
            lead = lead.start() if lead else listed[0].start
            pre = _PRE_MODIFIER.search(text, max(0, lead - 40), lead) if not x.group(3) else None
            pre = pre if pre is not None and _mod_kind(pre.group("mod")) == "mutation" and not pre.group("long") else None
            if (len(listed) > 1 or x.group(2)) and _WILD_TYPE_NEAR.search(text, max(0, listed[0].start - 40),
                                                                        listed[0].start):
                # "wild-type KRAS and NRAS exons 2, 3, and 4", "WT for KRAS and NRAS exons 2, 3 and 4": the loci
                # of a wild-type status, never mutations
                consumed.update(gene_index(c) for c in listed)
                continue
        if x and unit == "codon" and not x.group(3) and pre is None:
            x = None  # "KRAS codon 12": a codon is read with a named mutation only (or as a wild-type status, above)
        # s41 en2: "KRAS exon 2 codon 12/13 mutations": the codons of one exon, named with their mutation: the exon's
        # mutation over the whole phrase, beside each codon's
        codons = _EXON.match(text, x.end()) if x and unit == "exon" and not x.group(2) and not x.group(3) else None
        codons = codons if codons and codons.group(3) and codons.group(0).lstrip().lower().startswith("codon") else None
        if x:
            exons = [x.group(1), *_NUMBER.findall(x.group(2) or "")]
            what = ((codons or x).group(3) or "mutation").rstrip("s").replace("mutant", "mutation")
            start = pre.start("mod") if pre is not None else listed[0].start
            end = codons.end() if codons else x.end()
            loci = [(unit, exon) for exon in exons] + \
                [("codon", n) for n in ([codons.group(1), *_NUMBER.findall(codons.group(2) or "")] if codons else ())]
            new += _locus_mutations(listed, loci, start, end, text, rec, what)
            consumed.update(gene_index(c) for c in listed)
            continue
        mod = _MODIFIER.match(text, g.end)
        close = _CLOSE_AFTER.match(text, g.end) if mod is None else None
        if close is not None and _OPEN_JUST_BEFORE.search(text, max(0, g.start - 5), g.start):
            # "... protein 1 (ARID1A) gene mutation"; "beta2-microglobulin (B2M ) mutations" (a space left inside)
            mod = _MODIFIER.match(text, close.end())  # "receptor tyrosine kinase (RTK) fusions": the symbol names the gene
            mod = mod if mod and not mod.group("sep") == " (" else None
        pre = None if mod else _PRE_MODIFIER.search(text, max(0, g.start - 80), g.start)
        if pre is not None and pre.group("long") and not text.startswith(")", g.end):
            pre = None  # a long name before "(SYMBOL)" only: "in the MAPK pathway (KRAS, NRAS)" is no long name
        pre = _unpaired(text, pre)
        if pre is not None and _PROCESS_HEAD_AFTER.match(text, g.end):
            pre = None  # "the loss of RAS pathway negative feedback", "loss of ERK-dependent feedback": the change is the
            # process's, not the gene's
        over_list = None
        if mod is None and pre is None and i not in consumed:
            # "loss of MHC or B2M", "mutations in the TGF-β pathway, including TGFBR2 or SMAD4": the change word
            # before a list whose first item is no gene is every listed gene's (builders/entity_variant_lists.py)
            pre = over_list = change_over_listed_genes(text, g.start, mentions)
            if over_list is not None and _OWN_PROCESS_AFTER.match(text, g.end):
                pre = over_list = None  # "loss of MHC and AKT phosphorylation": AKT is phosphorylated, not lost
        if pre is not None and len(text[:pre.start("mod")].rstrip(" -")) in gene_ends:
            pre = None  # "ERBB2 amplified RAS/RAF co-altered CRC": the word after one gene is that gene's, not the next's
        domain = _domain_mutation(text, g) if not mod else None
        if domain is not None:  # "mutations in the EGFR extracellular domain", "mutations of A and the EGFR ectodomain"
            kind, start, end = domain
            alt = alteration_entity(g.entity, kind)
            new.append(_mention(start, end, text, alt))
            rec.imply(alt, "alteration_of", g.entity)
            consumed.add(i)
            continue
        word = mod.group("mod") if mod else (pre.group("mod") if pre else None)
        if not word:
            continue
        low = word.lower()
        fused = low in ("positive", "positivity") and g.entity.name in _FUSED_WHEN_POSITIVE
        if mod and low in ("positive", "negative", "positivity") and not g.entity.attr("family") and not fused and \
                g.entity.name not in ("ERBB2", "AXL", "EGFR", "MET", "CD274", "FGFR2"):
            continue
        if low in ("negative",):
            continue
        kind = "fusion" if fused else _mod_kind(word)
        if kind == "mutation" and (_NOT_MUTATED.match(low) or not mod and pre is not None and
                                   _NOT_BEFORE.search(text, max(0, pre.start("mod") - 6), pre.start("mod"))):
            kind = "wild_type"  # "non-mutated KRAS", "unmutated RAS and BRAF", "KRAS non-mutant": the wild-type status
        if mod and _experimental_silencing(text, g.start, mod.end(), word):
            continue
        if kind is None or mod and _CAUSED_STATE.search(text, max(0, g.start - 40), g.start) and \
                _STATE_WORD.match(word):
            continue  # "lactate-mediated NF-kB inactivation": a signalling state something brings about, no alteration
        gene_only, gene_only_index = gene_only_lists()
        if mod:
            chain = _gene_list_before(text, gene_only, gene_only_index(g), keyword_line, hyphens=kind == "wild_type")
        else:
            chain = _gene_list_after(text, gene_only, gene_only_index(g), keyword_line)  # "wild-type KRAS, NRAS and BRAF"
        chain = _without_own_kinds(text, chain, after=bool(mod), gene_ends=gene_ends)
        # ("BRAF(V600E) and MET amplification": a gene read with its own change before is no part of the next one's list)
        chain = [c for c in chain if c is g or gene_index(c) not in consumed] or [g]
        end = mod.end() if mod else chain[-1].end
        start = chain[0].start if mod else pre.start() if over_list is None else g.start
        if not mod:
            gene_word = _GENE_WORD_AFTER.match(text, end)
            end = gene_word.end() if gene_word else end  # "amplification of the HER2 gene": the word gene is part of it
        if text.startswith(")", end) and text.count("(", start, end) > text.count(")", start, end):
            end += 1  # "rearrangements in ... anaplastic lymphoma kinase (ALK)"
        consumed.update(gene_index(c) for c in chain)
        chain = list({c.entity.id: c for c in reversed(chain)}.values())[::-1]  # a long name and its symbol: one gene
        if kind in ("mutation", "mutation_status") and mod:
            wt = _WT_BEFORE_MUTATION.search(text, max(0, start - 30), start)
            if wt:  # "the population with WT RAS mutation": the gene's wild-type status, however worded
                kind, start = "wild_type", wt.start(1)
        if kind == "mutation_status":  # "the RAS mutational status": whether the genes are mutated, a status marker
            written = "/".join(_as_symbol(c) for c in chain)
            new.append(_mention(start, end, text, status_entity([c.entity for c in chain], written if len(written) <= 40
                                                                else "", kind)))
            continue
        if kind == "wild_type":
            negated = None if mod else _NOT_BEFORE.search(text, max(0, start - 6), start)
            start = negated.start() if negated else start  # ("non-mutated KRAS": the prefix is part of the status)
            written = "/".join(_as_symbol(c) for c in chain)
            status = status_entity([c.entity for c in chain], written if len(written) <= 40 else "")
            new.append(_mention(start, end, text, status))
            continue
        start, changes = changes_before_word(text, start, gene_ends) if kind == "mutation" and not mod and \
            low.startswith("mutation") and len(chain) == 1 and not chain[0].entity.attr("family") else (start, [])
        if changes:
            # (s50) "the G12D and G13D mutations of KRAS": the changes named before the mutation word are the gene's
            for change in changes:
                alt = alteration_entity(chain[0].entity, "mutation", change)
                new.append(_mention(start, end, text, alt))
                rec.imply(alt, "alteration_of", chain[0].entity)
            continue
        placed = place_after(text, end) if kind == "mutation" and mod and \
            not any(c.entity.attr("family") for c in chain) else None
        if placed is not None:
            # (s46 ents) "KRAS mutations in exon 2", "PIK3CA and BRAF variants at codons 1047 and 600": the mutations of
            # each place, not the gene's mutations at large (builders/exon_places.py)
            loci, end = placed
            new += _locus_mutations(chain, loci, start, end, text, rec)
            continue
        placed = place_before_gene(text, start) if kind == "mutation" and mod and len(chain) == 1 and \
            (not chain[0].entity.attr("family") or chain[0].entity.name == "RAS") else None
        if placed is not None and len(text[:placed[1]].rstrip()) not in gene_ends:
            # (s50) "codon 12 and 13 KRAS mutations", "exon 2, 3 and 4 RAS mutations": the places written right before
            # the one gene, each its own mutation (builders/exon_places.py)
            loci, start = placed
            new += _locus_mutations(chain, loci, start, end, text, rec)
            continue
        for gm in _numbered_members(r, chain):
            # a protein domain is the last gene's own: "RAS and EGFR ectodomain mutations" are RAS mutations and EGFR
            # ectodomain mutations (RAS has no ectodomain)
            own = "mutation" if kind in _DOMAIN_KINDS and mod and gm.start < chain[-1].start else kind
            alt = alteration_entity(gm.entity, own)
            new.append(_mention(start, end, text, alt))
            rec.imply(alt, "alteration_of", gm.entity)
        new += _second_kind(r, text, chain, kind, end, rec) if mod else []
        later = _EXON_LATER.match(text, end) if kind == "mutation" and len(chain) == 1 and mod else None
        if later:  # "PIK3CA mutations are most commonly found in exons 20 and 9"
            new += _locus_mutations(chain[:1], [("exon", e) for e in later.groups()[1:] if e],
                                    later.start("exons"), later.end(), text, rec)
    new += _bare_variants(text, [g for g in genes if g.entity.category == "Gene" and not g.entity.attr("family")],
                          mentions + new, rec)
    keep = [m for m in mentions if gene_index(m) not in consumed]
    return keep + new


# a protein domain written right after a gene that a mutation word before names the place of ("mutations in the EGFR
# extracellular domain", "mutations affecting the POLE exonuclease domain", "mutations of KRAS and the EGFR ectodomain")
_DOMAIN_AFTER = lazy_compile(r"\s+(?P<dom>ectodomain|extracellular\s+domain|ECD|kinase\s+domain|exonuclease\s+domain)"
                             r"(?:\s+\((?:ECD|EDM|KD)\))?(?![A-Za-z\-])")
_MUTATION_IN = lazy_compile(r"(?<![A-Za-z])mutations?\s+(?:in|of|at|within|affecting)\s+(?:the\s+)?$", re.I)
# the same, the gene last item of a list after the mutation word ("mutations of KRAS and the EGFR ectodomain")
_MUTATION_IN_LIST = lazy_compile(r"(?<![A-Za-z])mutations?\s+(?:in|of|at|within|affecting)\s+[^.;()]{1,40}?"
                                 r"(?:,\s*|\s)(?:and|or)\s+(?:in\s+|of\s+)?(?:the\s+)?$", re.I)


def _domain_mutation(text: str, g) -> tuple[str, int, int] | None:
    """(kind, start, end) of a domain's mutation written as a mutation word, the gene, then the domain ("mutations in
    the EGFR extracellular domain": EGFR ectodomain mutation); None when no domain word follows the gene or no mutation
    word stands before it."""
    dom = _DOMAIN_AFTER.match(text, g.end)
    if dom is None:
        return None
    kind = _mod_kind(dom.group("dom").replace("ECD", "ECD "))
    if kind not in ("ectodomain mutation", "kinase domain mutation", "exonuclease domain mutation"):
        return None
    here = _MUTATION_IN.search(text, max(0, g.start - 30), g.start)
    if here is not None:
        return kind, here.start(), dom.end()
    listed = _MUTATION_IN_LIST.search(text, max(0, g.start - 80), g.start)
    if listed is not None:
        return kind, _article_start(text, g.start), dom.end()
    return None


def _article_start(text: str, start: int) -> int:
    """``start`` moved back over a "the " right before it."""
    return start - 4 if text[max(0, start - 4):start].lower() == "the " else start


# the changes of a gene's DNA that a ligand's or molecule's name before them can only mean of the gene that encodes it
_DNA_KINDS = ("amplification", "mutation", "fusion")
_DNA_CHANGE_WORD = lazy_compile(r"(?:gene\s+)?(?:amplif|mutat|mutant|fusion|rearrang)", re.I)


def _encoded_gene_change(r, text: str, m, rec):
    """The alteration a molecule's name with a DNA change written after it names: "FGF9 amplification", "HGF gene
    amplification", "IGF2 mutations" are changes of the gene that encodes the molecule (its ``gene`` attribute), not
    of the molecule; its level ("IL-6 overexpression", "high VEGF-A expression") stays the molecule's. None otherwise."""
    mod = _MODIFIER.match(text, m.end)
    if mod is None or mod.group("sep") == " (" or text[m.end:m.end + 1].isalnum() or \
            not _DNA_CHANGE_WORD.match(mod.group("mod")):
        return None  # ("VEGF-A121 gain much more benefit": an isoform's number, and a gain of benefit)
    kind = _mod_kind(mod.group("mod"))
    gene = r.vocab.gene_entity(m.entity.attr("gene")) if kind in _DNA_KINDS else None
    if gene is None:
        return None
    alt = alteration_entity(gene, kind)
    rec.imply(alt, "alteration_of", gene)
    return _mention(m.start, mod.end(), text, alt)


# a protein change written alone ("S492R", "the G465R mutation"); also read document-wide (builders/document_variants.py)
BARE_VARIANT = lazy_compile(rf"(?<![A-Za-z0-9\-])(?:p\.)?([{AA}])(\d{{2,4}})([{AA}])(?:[-\s](?:mutations?|mutant|variants?|substitutions?))?"
                             rf"(?![A-Za-z0-9\-])")
BARE_VARIANT_REACH = 160  # characters back to the gene a bare protein change belongs to


def _bare_variants(text, genes, taken, rec) -> list:
    """A protein change written without its gene ("EGFR changes in the ectodomain, S492R ...") belongs
    to the one gene named shortly before it in the sentence; with two candidate genes it is left alone."""
    if not genes:
        return []
    out = []
    spans = None
    by_end = sorted(range(len(genes)), key=lambda k: genes[k].end)
    ends = [genes[k].end for k in by_end]
    for v in BARE_VARIANT.finditer(text):
        spans = spans or _Spans(len(text), taken)
        if spans.overlaps(v.start(), v.end()):
            continue
        # the genes that end within the reach before the change, in sentence order
        near = sorted(by_end[bisect_left(ends, v.start() - BARE_VARIANT_REACH):bisect_right(ends, v.start())])
        before = {genes[k].entity.id: genes[k].entity for k in near}
        if len(before) != 1:
            continue
        gene = next(iter(before.values()))
        alt = alteration_entity(gene, "mutation", v.group(1) + v.group(2) + v.group(3))
        out.append(_mention(v.start(), v.end(), text, alt))
        rec.imply(alt, "alteration_of", gene)
    return out


_SLASH_COMBINATION = lazy_compile(r"(?<![A-Za-z0-9\-])(?P<anti>anti-?)?(?P<list>[A-Z][A-Za-z0-9\-]{1,9}(?:/[A-Z][A-Za-z0-9\-]{1,9}){1,3})"
                                  r"[-\s](?:targeted\s+)?(?P<head>combinations?|doublets?|triplets?)(?![A-Za-z])")


def _slash_combinations(r, text, mentions, rec) -> list:
    """"the anti-EGFR/BRAF combination", "a BRAF/MEK/EGFR triplet": one class acting on every target
    named (the words name a combined blockade, not the first target's class alone)."""
    if "/" not in text:
        return mentions
    for c in _SLASH_COMBINATION.finditer(text):
        genes = [_gene_named(r, name) for name in c.group("list").split("/")]
        if any(g is None or g.category != "Gene" for g in genes):
            continue
        surface = _singular(c.group(0))
        entity, _ = class_entity(genes, "inhibitor", False, r.vocab, surface)
        entity = Entity(entity.id, entity.category, surface, entity.synonyms, entity.xrefs, entity.attributes)
        for g in genes:
            rec.imply(entity, "targets", g)
        mentions = [m for m in mentions if not (m.start < c.end() and c.start() < m.end)]
        mentions.append(_mention(c.start(), c.end(), text, entity))
    return mentions


# s41 en: kinase inhibitors named by a slash list of their targets ("EGFR/HER2 TKI", "HER2/EGFR tyrosine kinase inhibitors")
# ... and by two targets after "dual" ("a dual EGFR and HER2 tyrosine kinase inhibitor")
_SLASHED_TKI = lazy_compile(r"(?<![\w/-])(?:(?:dual\s+)?(?P<list>[A-Za-z][A-Za-z0-9-]{1,9}(?:/[A-Za-z][A-Za-z0-9-]{1,9})+)|"
                            r"dual\s+(?P<pair>[A-Za-z][A-Za-z0-9-]{1,9} and [A-Za-z][A-Za-z0-9-]{1,9}))[-\s]"
                            r"(?P<head>TKIs?|tyrosine\s+kinase\s+inhibitors?)\b")


def _slashed_kinase_inhibitors(r, text, mentions, rec) -> list:
    """"a dual EGFR/HER2 TKI", "a dual EGFR and HER2 TKI": one kinase-inhibitor class acting on every listed target,
    never the class of the last target alone (a vocabulary class "HER2 TKI" inside the words is not what they name)."""
    for c in _SLASHED_TKI.finditer(text):
        names = c.group("list").split("/") if c.group("list") else c.group("pair").split(" and ")
        genes = [_gene_named(r, name) for name in names]
        if any(g is None or g.category != "Gene" for g in genes) or len({g.id for g in genes}) < 2:
            continue
        entity, _ = class_entity(genes, c.group("head"), False, r.vocab, _singular(f"{'/'.join(names)} {c.group('head')}"))
        if c.group(0)[:4].lower() == "dual":  # the class is also named by the word that says it acts on both
            written = _singular(re.sub(r"\s+", " ", c.group(0)).strip())
            entity = dataclasses.replace(entity, synonyms=tuple(sorted(
                {*entity.synonyms, written, f"dual {entity.name}"} - {entity.name})))
        for g in genes:
            rec.imply(entity, "targets", g)
        mentions = [m for m in mentions if not (m.start < c.end() and c.start() < m.end)]
        mentions.append(_mention(c.start(), c.end(), text, entity))
    return mentions


_INHIBITOR_ABBREVIATION = lazy_compile(r"(?<![A-Za-z0-9\-])([A-Z][A-Z0-9]{1,6}(?:/[0-9A-Z]{1,4})?)i(s)?(?![A-Za-z0-9])")


def _inhibitor_abbreviations(r, text, mentions, rec) -> list:
    """"EGFRi", "BRAFi", "MEKi", "CDK4/6i": the inhibitor class of the gene named before the "i"."""
    for a in _INHIBITOR_ABBREVIATION.finditer(text):
        if _overlaps(a.start(), a.end(), mentions):
            continue
        names = a.group(1).split("/")
        if len(names) == 2 and names[1].isdigit():
            head = re.match(r"[A-Z]+", names[0])
            names = [names[0], head.group(0) + names[1]] if head else names
        genes = [_gene_named(r, n) for n in names]
        if any(g is None or g.category != "Gene" for g in genes):
            continue
        entity, _ = class_entity(genes, "inhibitor", False, r.vocab)
        entity = Entity(entity.id, entity.category, entity.name, entity.synonyms + (a.group(0),), entity.xrefs,
                        entity.attributes)
        for g in genes:
            rec.imply(entity, "targets", g)
        mentions = mentions + [_mention(a.start(), a.end(), text, entity)]
    return mentions


def _closes_own_list(text: str, m, end: int, listed) -> bool:
    """The target ends a list of its own ("antibodies against EGFR and VEGF, and tyrosine kinase inhibitors"):
    "and" or "or" stands before it and a comma before the next class, so the class's head is not shared with it
    (an Oxford list "EGFR, MEK, and BRAF inhibitors" has no conjunction before its middle items)."""
    if "," not in text[end:listed.start]:
        return False
    return bool(re.search(r"\b(?:and|or)\s+(?:the\s+)?$", text[max(0, m.start - 12):m.start], re.I))


def _list_closer(text: str, items: list, j: int, targets_ok: tuple[str, ...]) -> int:
    """The index of the item closing a comma list of targets that starts at ``items[j]`` ("EGFR, MEK, and BRAF
    inhibitors": the class "BRAF inhibitors"), so its head can be shared by every item; ``j`` unchanged when the
    list does not close with "and"/"or" and one symbol with its class head ("EGFR, VEGF, and tyrosine kinase
    inhibitors" names a class of its own)."""
    k = j
    while k + 1 < len(items) and items[k].entity.category in targets_ok and \
            _ITEM_COMMA.fullmatch(text[items[k].end:items[k + 1].start]):
        k += 1
    if k + 1 >= len(items) or items[k].entity.category not in targets_ok or \
            not re.fullmatch(r"\s*,?\s*(?:or|and)\s+", text[items[k].end:items[k + 1].start]):
        return j
    closer = items[k + 1]
    if closer.entity.category in targets_ok:
        head = _CLASS_AFTER.match(text, closer.end)
        return k + 1 if head and _PLURAL_HEAD.fullmatch(head.group("head")) else j
    if closer.entity.category != "DrugClass" or not _SYMBOL_CLASS.fullmatch(closer.text):
        return j
    return k + 1


def _slashed_class_target(r, text: str, items: list, j: int, end: int):
    """The target of a vocabulary class written right after a slash ("BRAF/MEK inhibitors": MEK), as a mention of
    the target's symbol, so the slash list is one class of every target as "MEK/ERK inhibitors" is; None if
    ``items[j]`` is no such class (a symbol the reader knows as a target, and a class head)."""
    if j >= len(items) or items[j].entity.category != "DrugClass" or text[end:items[j].start] != "/" or \
            not _SYMBOL_CLASS.fullmatch(items[j].text):
        return None
    symbol = _SYMBOL_BEFORE_HEAD.match(items[j].text)
    target = _gene_named(r, symbol.group(0)) if symbol and "/" not in symbol.group(0) else None
    if target is None or target.category not in ("Gene", "Molecule", "Pathway"):
        return None
    return _mention(items[j].start, items[j].start + symbol.end(), text, target)


_OBJECT_BEFORE = lazy_compile(r"\b(?:targets|target|binds|bind|binding|blocks|block|inhibits|inhibit|against|expresses|"
                              r"express|expressing)\s+(?:the\s+|both\s+)?$", re.I)


def _objects_of_a_verb(text: str, items: list, k: int, targets_ok: tuple[str, ...]) -> bool:
    """Whether ``items[k]`` stands in a comma list of targets that a verb before the list takes as its objects
    ("cetuximab binds EGFR, HER2, and MEK inhibitors bind MEK"): the items are the targets, no listed classes."""
    first = k
    while first > 0 and items[first - 1].entity.category in targets_ok and \
            _ITEM_COMMA.fullmatch(text[items[first - 1].end:items[first].start]):
        first -= 1
    return bool(_OBJECT_BEFORE.search(text, max(0, items[first].start - 20), items[first].start))


def _is_experiment(text: str, start: int, end: int) -> bool:
    """Whether the inhibition read from ``start`` to ``end`` is an experiment ("genetic IL-6 blockade",
    "Nrf2 inhibition by siRNA"), not a drug class."""
    return bool(_EXPERIMENT_AFTER.match(text, end) or _EXPERIMENT_BEFORE.search(text, max(0, start - 30), start))


_SYMBOL_CLASS = lazy_compile(rf"[A-Za-z0-9\-/]{{2,12}}[-\s](?:{_PLURAL_CLASS_HEAD})")


_SAME_ABBREVIATION = lazy_compile(r"\s*\([^()]{1,12}\)")


def _long_form_or_bracket(text: str, bracket: int) -> int:
    """Where the long form defined by the bracket at ``bracket`` starts ("programmed death receptor-1
    (PD-1)"), so a class named through the abbreviation spans the whole name; the bracket itself
    when no long form is found."""
    start = defined_long_form_start(text, bracket)
    return bracket if start is None else start


_COMBINED_INHIBITION = lazy_compile(r"(?:\b(?:combined|combinational|combinatorial|combination|dual|simultaneous|concurrent|concomitant|joint)\s+"
                                    r"(?:pharmacological\s+)?(?:inhibition|blockade|targeting)|"
                                    # "co-targeting of PI3K and MEK", "co-inhibition of EGFR and MET"
                                    r"(?<![\w\-])co-?(?:targeting|inhibition|blockade))\s+of\s+(?:both\s+)?(?:the\s+)?$", re.I)


# what a combined inhibition names by its targets: genes, ligands ("VEGF and Ang2"), alterations ("KRASG12C")
_COMBINED_TARGETS = ("Gene", "Molecule", "Alteration")
# (s54 combo: also the combination or the combined effect the targets' inhibition is named as: "the combination of MEK and
# BCL-XL inhibition", "the combined effect of MEK and BCL-XL inhibition", "the combination of KRAS G12C and EGFR inhibitors")
_COMBINED_BEFORE = lazy_compile(r"\b(?:(?:combined|dual|combinational|combinatorial|simultaneous|concurrent|concomitant|joint)|"
                                r"(?:combination|co-?treatment|(?:combined|synergistic|additive)\s+(?:effects?|activity|"
                                r"efficacy|treatment|use))\s+of(?:\s+the)?)\s+$", re.I)
_INHIBITION_AFTER = lazy_compile(r"\s*(?:inhibition|blockade)\b", re.I)


def inhibitor_class(vocab, target: Entity) -> Entity | None:
    """The inhibitor class of a gene, molecule or pathway, or of an alteration the vocabulary has a class
    for ("KRAS G12C inhibitor"); a class the vocabulary knows keeps its own names."""
    if target.category == "Alteration":
        own = vocab.entities.get(mint("class", f"{target.name} inhibitor"))
        if own is not None:
            return own
        # "combined targeting of EGFR and BRAF V600E": the one inhibitor class the vocabulary gives for the allele
        given = [cid for cid, names in vocab.given_for.items() if target.name.lower() in names
                 and cid in vocab.entities and vocab.entities[cid].name.endswith(" inhibitor")]
        if len(given) > 1:  # "BRAF V600E": the BRAF inhibitor, not the wider RAF inhibitor it also stands in
            gene = (target.attr("gene") or target.name.split()[0]).lower()
            given = [cid for cid in given if vocab.entities[cid].name.lower() == f"{gene} inhibitor"]
        return vocab.entities[given[0]] if len(given) == 1 else None
    entity, _ = class_entity([target], "inhibitor", False, vocab)  # named by the target, as elsewhere
    return vocab.entities.get(entity.id, entity)


def allele_inhibitor_class(vocab, allele: Entity, gene: Entity, gene_class: str | None,
                           surface: str = "") -> Entity | None:
    """The inhibitor class of one allele: the vocabulary's class of that allele ("a KRAS G12C selective
    inhibitor"), or, when the vocabulary has a class only for the allele's gene and it is not the plain gene's
    class, a class of its own ("a KRAS G12D inhibitor", not the vocabulary's class of another allele of the
    gene); None when the gene's class is the class ("BRAF V600E inhibitor" stays the BRAF inhibitor's)."""
    own = inhibitor_class(vocab, allele)
    if own is not None:
        return own
    if gene_class is None or vocab.entities[gene_class].name.lower() in (
            f"{allele.name} inhibitor".lower(), f"{gene.name} inhibitor".lower()):
        return None
    label = f"{allele.name} inhibitor"
    return Entity(mint("class", label), "DrugClass", label, tuple(sorted({f"{allele.name} inhibitors", surface} - {label, ""})))


# the end of a class mention that names an inhibition ("MEK inhibition") or inhibitors ("EGFR inhibitors"), and the
# words naming a combination that end on "of" ("the combination of ")
_INHIBITION_END = lazy_compile(r"\b(?:inhibition|blockade)$")
_INHIBITORS_END = lazy_compile(r"\binhibitors?$")
_OF_END = lazy_compile(r"\bof(?:\s+the)?\s+$")


def _combined_member(m, slashed) -> bool:
    """Whether a mention can stand in a combined inhibition's list: a target, or (in "combined BRAF and MEK
    inhibition") the inhibition of the last target that the vocabulary already names as its class; after the words
    naming a combination ("the combination of KRAS G12C and EGFR inhibitors") also the last target's inhibitors (never
    after "dual": "dual EGFR and HER2 inhibitors" are agents that each block both)."""
    if m.entity.category in _COMBINED_TARGETS:
        return True
    if not slashed or m.entity.category != "DrugClass":
        return False
    if _INHIBITION_END.search(m.text):
        return True
    return _OF_END.search(slashed.group(0)) is not None and _INHIBITORS_END.search(m.text) is not None


# what joins the targets of a combined inhibition: after its cue ("co-inhibition of EGFR and MET"), and right after
# "combined" with the word of inhibition after the targets ("combined KRASG12C/SHP2 inhibition")
_TARGETS_JOIN = lazy_compile(r"\s*(?:,|, and|and|/|plus)\s*")
_SLASHED_TARGETS_JOIN = lazy_compile(r"\s*(?:/|and|,|, and|,? and/or)\s*")


def _combined_inhibitions(r, text, mentions, rec) -> list:
    """"combinational inhibition of EGFR and YAP", "dual blockade of MEK and PI3K", "combined KRASG12C/SHP2
    inhibition": the inhibitor of each target named, given together (the regimen step joins them)."""
    items = sorted(mentions, key=lambda m: m.start)
    out, k = [], 0
    while k < len(items):
        m = items[k]
        before = _COMBINED_INHIBITION.search(text, max(0, m.start - 60), m.start)
        # (40 characters: the longest cue, "the synergistic effects of the ", is 31)
        slashed = None if before else _COMBINED_BEFORE.search(text, max(0, m.start - 40), m.start)
        if m.entity.category not in _COMBINED_TARGETS or not (before or slashed):
            out.append(m)
            k += 1
            continue
        # "combined KRASG12C/SHP2 inhibition", "combined RAF and EGFR inhibition" (the word of inhibition closes it);
        # "combined BRAF, EGFR, and/or MEK inhibition": any two or all of them, so no one combination
        join = _SLASHED_TARGETS_JOIN if slashed else _TARGETS_JOIN
        group, skipped, either = [m], 0, False
        while k + len(group) + skipped < len(items):
            nxt = items[k + len(group) + skipped]
            if _defined_again(text, group[-1], nxt):  # "MAPK kinase (MEK)": the same target by its short name
                group[-1] = _mention(group[-1].start, nxt.end + 1, text, group[-1].entity)
                skipped += 1
                continue
            gap = text[group[-1].end:nxt.start]
            if not (_combined_member(nxt, slashed) and join.fullmatch(gap)):
                break
            either = either or "and/or" in gap
            group.append(nxt)
            if group[-1].entity.category == "DrugClass":
                break  # "combined BRAF and MEK inhibition": the class the vocabulary names closes the list
        classes_ = [g.entity if g.entity.category == "DrugClass" else inhibitor_class(r.vocab, g.entity) for g in group]
        closed = group[-1].entity.category == "DrugClass"
        if len(group) < 2 or any(c is None for c in classes_) or \
                (slashed and not closed and not _INHIBITION_AFTER.match(text, group[-1].end)):
            out.append(m)
            k += 1
            continue
        parts = []
        for g, entity in zip(group, classes_):
            if g.entity.category in ("Gene", "Molecule"):
                rec.imply(entity, "targets", g.entity)
            parts.append(_mention(g.start, g.end, text, entity))
        if slashed and not closed:  # the last target's class ends with the word of inhibition ("combined RAF and EGFR inhibition can ...")
            parts[-1] = _mention(parts[-1].start, _INHIBITION_AFTER.match(text, parts[-1].end).end(), text, parts[-1].entity)
        out.extend(parts)
        if slashed and not either and len({p.entity.id for p in parts}) > 1:  # "A/B inhibition": no list the regimen step joins
            regimen, comps = r.combination(parts)
            rec.regimens.append((_mention(parts[0].start, parts[-1].end, text, regimen), comps))
        k += len(group) + skipped
    return out


def _defined_again(text: str, m, nxt) -> bool:
    """Whether ``nxt`` is ``m``'s target named again by its short name in brackets right after it ("MAPK kinase
    (MEK)")."""
    return nxt.entity.id == m.entity.id and re.fullmatch(r"\s*\(", text[m.end:nxt.start]) is not None and \
        text[nxt.end:nxt.end + 1] == ")"


def _listed_inhibitors(r, rec, text: str, listed: list, together: bool) -> list:
    """Each listed target's inhibitor class where the target is written, implied to target it ("targeting both
    BRAF and EGFR", "blocking EGFR and MET restored sensitivity": the inhibitors of each); ``together``: one act on
    them all, so two or more different classes are also one regimen given together."""
    parts = []
    for item in listed:
        entity, _ = class_entity([item.entity], "inhibitor", False, r.vocab, f"{item.text} inhibitor")
        rec.imply(entity, "targets", item.entity)
        parts.append(_mention(item.start, item.end, text, entity))
    if together and len({p.entity.id for p in parts}) > 1:
        regimen, comps = r.combination(parts)
        rec.regimens.append((_mention(parts[0].start, parts[-1].end, text, regimen), comps))
    return parts


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence: the text before it is empty, or ends a sentence, a line or a heading."""
    before = text[max(0, start - 3):start]
    return not before.strip() or _SENTENCE_END_BEFORE.search(before) is not None


def classes(r, text, mentions, rec):
    """Drug classes named by a target: ``anti-PD-1``, ``MEK inhibitors``, ``HER2-directed therapy``,
    ``dual PD-1/LAG-3 blockade``; lists joined by '/' name one class acting on every target."""
    mentions = _slash_combinations(r, text, mentions, rec)
    if ("/" in text or "dual " in text) and ("TKI" in text or "kinase inhibitor" in text):
        mentions = _slashed_kinase_inhibitors(r, text, mentions, rec)
    mentions = _inhibitor_abbreviations(r, text, mentions, rec)
    if "inhibition" in text or "blockade" in text or "targeting of" in text or "inhibitor" in text and " of " in text:
        mentions = _combined_inhibitions(r, text, mentions, rec)
    if "/" in text and MAY_ANTI_SLASH.search(text):
        mentions = anti_slash_blockades(r, text, mentions, rec, _gene_named, inhibitor_class, _mention)
    out: list = []
    targets_ok = ("Gene", "Molecule", "Pathway")
    items = sorted(mentions, key=lambda m: m.start)
    skip: set[int] = set()
    of_list_end = None  # end of the last target read after "inhibitors of" (a list goes on from there)
    for k, m in enumerate(items):
        if k in skip:
            continue
        if m.entity.category == "CellType" and k not in skip and not m.entity.attr("cell_line") and \
                m.entity.id not in r.vocab.lexicon.get("effector_cells", ()):
            item = _TARGETING_ITEM_BEFORE.search(text, max(0, m.start - 40), m.start)
            if item:  # "such as targeting CAFs or HSCs": each listed cells' directed therapy
                listed, j = [m], k + 1
                while j < len(items) and items[j].entity.category == "CellType" and \
                        _CELL_LIST_GAP.fullmatch(text, listed[-1].end, items[j].start) and \
                        not items[j].entity.attr("cell_line") and \
                        items[j].entity.id not in r.vocab.lexicon.get("effector_cells", ()):
                    listed.append(items[j])
                    j += 1
                skip.update(range(k + 1, j))
                for n, cells in enumerate(listed):
                    start = text.rfind("targeting", item.start(), cells.start) if n == 0 else cells.start
                    out.append(_mention(start, cells.end, text,
                                        cell_directed_class(cells.entity, _singular_cells(cells.text))))
                continue
        if m.entity.category == "CellType":
            cell_class = _CELL_CLASS_AFTER.match(text, m.end)
            if cell_class:  # "CAF-directed therapies", "NK cell agonists": a therapy named by the cells it acts on
                head = _singular(cell_class.group("head"))
                written = _singular_cells(m.text)
                name = f"{written}{cell_class.group('sep')}{head}"
                plural = f"{name}es" if name.endswith(("ch", "sh")) else f"{name}s"  # "... approaches"
                out.append(_mention(m.start, cell_class.end(), text, Entity(
                    mint("class", name), "DrugClass", name, tuple(sorted({f"{m.entity.name}{cell_class.group('sep')}{head}",
                                                                          plural} - {name})))))
                continue
        if m.entity.category not in targets_ok and not (m.entity.category == "Alteration" and
                                                        _ALLELE_INHIBITOR_AFTER.match(text[m.end:m.end + 32])):
            out.append(m)
            continue
        # a slash list of targets: "PD-1/PD-L1", "MEK/ERK", "CCR2/CCR5"; numbered lists share one span
        group = [m]
        j = k + 1
        # "a dual EGFR and HER2 tyrosine kinase inhibitor": "dual" makes the two targets joined by "and" one class's
        dual_and = _DUAL_WORD_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
        while j < len(items) and items[j].entity.category in targets_ok and (
                text[group[-1].end:items[j].start] == "/" or (items[j].start, items[j].end) == (m.start, m.end) or
                dual_and and len(group) == 1 and _DUAL_AND_GAP.fullmatch(text, group[-1].end, items[j].start) and
                _CLASS_AFTER.match(text, items[j].end)):
            group.append(items[j])
            j += 1
        slashed = _slashed_class_target(r, text, items, j, group[-1].end)
        if slashed is not None:  # "BRAF/MEK inhibitors": the vocabulary's "MEK inhibitors" ends a slash list
            group.append(slashed)
            j += 1
        end = group[-1].end
        paren = _SAME_ABBREVIATION.match(text, end)
        if paren and j < len(items) and items[j].entity.id == group[-1].entity.id and \
                items[j].start >= paren.start() and items[j].end <= paren.end():
            end = paren.end()  # "epidermal growth factor receptor (EGFR) antibodies"
            j += 1
        anti = _ANTI_BEFORE.search(text, max(0, m.start - 5), m.start)
        class_after = _ALLELE_CLASS_AFTER if m.entity.category == "Alteration" else _CLASS_AFTER
        after = class_after.match(text, end) if not anti else (_ANTI_HEAD.match(text, end) or _CLASS_AFTER.match(text, end))
        bracketed = long_anti = None
        if after is None and not anti and len(group) == 1 and text[m.start - 1:m.start] == "(" and \
                text.startswith(")", end) and len(m.text) <= 12 and " " not in m.text:
            # "programmed death receptor-1 (PD-1) inhibitors": the abbreviation in brackets names the target
            bracketed = _CLASS_AFTER.match(text, end + 1)
            long_start = _long_form_or_bracket(text, m.start - 1)
            long_anti = _ANTI_BEFORE.search(text, max(0, long_start - 5), long_start) if long_start < m.start - 1 else None
            if long_anti:
                # "anti-programmed death protein 1 (PD-1) therapy": the "anti-" before a long name whose short form is
                # the target makes the anti-target class, however the long name is written
                bracketed = _ANTI_HEAD.match(text, end + 1) or bracketed
            after = bracketed  # "(CTLA-4) blockade" as "CTLA-4 blockade": the checks below judge an act or an experiment
        if not anti and not after and all(g.entity.category in ("Gene", "Molecule", "Pathway") for g in group) and (
                _INHIBITORS_OF.search(text, max(0, m.start - 120), m.start) or
                (of_list_end is not None and re.fullmatch(r"\s*(?:,|, and|, or|and|or)\s*", text[of_list_end:m.start]))):
            # "inhibitors of MEK", "inhibitors of immunosuppressive pathways, such as IDO, TGF-beta or WNT" (plural:
            # a class; "X, an inhibitor of WEE1" describes the drug X); "inhibitors of MEK, BRAF, PI3K/mTOR": a slash
            # pair is one class acting on both
            written = text[m.start:end] if len(group) > 1 else m.text
            entity, _ = class_entity([g.entity for g in group], "inhibitor", False, r.vocab, f"{written} inhibitor")
            for g in group:
                rec.imply(entity, "targets", g.entity)
            out.append(_mention(m.start, end, text, entity))
            skip.update(range(k + 1, j))
            of_list_end = end
            continue
        agents = _AGENTS_AGAINST.search(text, max(0, m.start - 60), m.start) if not anti and not after else None
        drugs_after = j < len(items) and items[j].entity.category in ("Drug", "Regimen") and \
            _OPEN_AFTER.fullmatch(text, end, items[j].start) is not None
        if agents and agents.group().lower().startswith("antibodies to") and _RAISED_ANTIBODIES.search(
                text, max(0, agents.start() - 40), min(len(text), end + 40)):
            agents = None  # antibodies the patient raises ("serum antibodies to p53"): a measure, no therapy
        if agents and len(group) == 1 and m.entity.category in ("Gene", "Molecule") and not drugs_after:
            # "agents targeting the epidermal growth factor receptor (EGFR)", "drugs against EGFR": the anti-EGFR
            # agents (plural: a class; "X, an inhibitor targeting MEK" describes the drug X); "drugs targeting VEGF
            # (aflibercept)" names its drugs in the bracket
            # (antibodies so named are the target's antibody class: "antibodies to VEGF" are anti-VEGF antibodies)
            antibodies = agents.group().lower().startswith("antibod")
            entity, _ = class_entity([m.entity], "antibody" if antibodies else "", True, r.vocab,
                                     f"anti-{m.text} antibodies" if antibodies else f"anti-{m.text} agents")
            rec.imply(entity, "targets", m.entity)
            out.append(_mention(agents.start(), end, text, entity))
            skip.update(range(k + 1, j))
            of_list_end = None
            continue
        of_list_end = None
        shared = None
        closer, gap = j, end
        if not anti and not after and j < len(items) and items[j].entity.category in targets_ok and \
                _ITEM_COMMA.fullmatch(text[end:items[j].start]):
            closer = _list_closer(text, items, j, targets_ok)  # "EGFR, MEK, and BRAF inhibitors": the list's last item
            gap = items[closer - 1].end if closer != j else end
        if _objects_of_a_verb(text, items, k, targets_ok):
            closer = len(items)  # "cetuximab binds EGFR, and MEK inhibitors ...": the targets a drug binds, no class
        if not anti and not after and closer < len(items) and items[closer].entity.category == "DrugClass" and \
                re.fullmatch(r"\s*,?\s*(?:or|and|plus)\s+", text[gap:items[closer].start]) and \
                not _closes_own_list(text, m, end, items[closer]):
            # "EGFR and MEK inhibitors", "PD-1 and CTLA-4 blockade": the listed class's head names this one's too (and
            # "MEK plus PI3K inhibitors": the two classes given together)
            shared = re.search(r"[-\s](?P<head>inhibitors?|blockers?|blockade|antagonists?|TKIs?)$", items[closer].text)
        elif not anti and not after and closer < len(items) and items[closer].entity.category in targets_ok and \
                re.fullmatch(r"-?\s*,?\s*(?:or|and)\s+", text[gap:items[closer].start]):
            # "CCR2/CCR5 or CXCR2 inhibitors", "PD-1 and CTLA-4 blockade", "HER2- and EGFR-targeted therapies" (the
            # hyphen left hanging): the head after the last item names each item's class ("inhibition" stays an act)
            last = closer
            while last + 1 < len(items) and text[items[last].end:items[last + 1].start] == "/":
                last += 1
            shared = _CLASS_AFTER.match(text, items[last].end)
            if shared is not None and (shared.group("head").lower() == "inhibition" or (
                    shared.group("head").lower() == "blockade" and _is_experiment(text, m.start, shared.end()))):
                shared = None
        act = act_before(text, m.start) if not anti and not after and not shared and \
            all(g.entity.category in targets_ok for g in group) else None
        if act is not None:
            listed = both_targets(text, items, k, act) if len(group) == 1 else []
            if listed:
                # "targeting both BRAF and EGFR": one act on both targets is their inhibitors given together
                out.extend(_listed_inhibitors(r, rec, text, listed, True))
                skip.update(range(k + 1, k + len(listed)))
                of_list_end = None
                continue
            if partnered(text, items, j, end, out, act, _CLASS_AFTER) and not named_before(items, k, act.start()):
                # "inhibiting FGFR4 in combination with A", "A in combination with blockade of PD-1/PD-L1": the
                # act, given with a therapy, is the target's inhibitors (the regimen step joins the two)
                written = text[m.start:end]
                entity, _ = class_entity([g.entity for g in group], "inhibitor", False, r.vocab, f"{written} inhibitor")
                for g in group:
                    rec.imply(entity, "targets", g.entity)
                out.append(_mention(act.start(), end, text, entity))
                skip.update(range(k + 1, j))
                of_list_end = None
                continue
        subject = _TARGETING_SUBJECT.search(text, max(0, m.start - 16), m.start) \
            if not anti and not after and len(group) == 1 and m.entity.category in ("Gene", "Molecule") else None
        if subject and _opens_sentence(text, subject.start()) and _SUBJECT_VERB_AFTER.match(text, end):
            # "Targeting the EGFR either alone or with chemotherapy is effective in ...": the act of targeting, as
            # the subject of what a treatment is said to do, stands for the agents aimed at the target
            entity, _ = class_entity([m.entity], "", True, r.vocab, f"anti-{m.text} agents")
            rec.imply(entity, "targets", m.entity)
            out.append(_mention(subject.start(), end, text, entity))
            skip.update(range(k + 1, j))
            of_list_end = None
            continue
        gerund = _GERUND_BEFORE.search(text, max(0, m.start - 16), m.start) if not anti and not after and len(group) == 1 \
            else None
        if gerund and not _GENETIC_TOOL_BEFORE.search(text, max(0, gerund.start() - 30), gerund.start()):
            # "inhibiting IL-17A or IL-1beta can blunt MDSC recruitment": the inhibitors, offered as treatment
            listed = [m]
            while k + len(listed) < len(items) and items[k + len(listed)].entity.category in targets_ok and \
                    re.fullmatch(r"\s*(?:,|or|and|, or|, and)\s*", text[listed[-1].end:items[k + len(listed)].start]):
                listed.append(items[k + len(listed)])
            if _GERUND_RESCUE.match(text, listed[-1].end):
                # "blocking EGFR and MET restored sensitivity", "targeting both A and B may overcome ...": one act on
                # every target joined by "and" is their inhibitors given together ("inhibiting A or B": each alone)
                together = all(BOTH_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(listed, listed[1:]))
                out.extend(_listed_inhibitors(r, rec, text, listed, together))
                skip.update(range(k + 1, k + len(listed)))
                continue
        if not anti and not after and not shared:
            out.append(m)
            continue
        if after and not anti and after.group("head").lower() in ("inhibition", "blockade") and \
                _is_experiment(text, m.start, after.end()):
            # "Nrf2 inhibition by siRNA", "genetic IL-6 blockade": an experiment, no drug class
            out.append(m)
            continue
        if after and not anti and after.group("head").lower() in ("inhibition",) and not \
                _DUAL_BEFORE.search(text, max(0, m.start - 12), m.start) and len(group) == 1:
            # "EGFR inhibition" is an act, not a class, unless a drug follows or a vocabulary class of
            # exactly that target exists ("sensitivity to PD-1 inhibition")
            if not re.match(r"\s*(?:with|by|using)\b", text[after.end():after.end() + 8]) and \
                    not _PARTNER_AFTER.match(text, after.end()) and \
                    not _RESCUE_VERB_AFTER.match(text, after.end()) and \
                    not _RESCUED_BY_BEFORE.search(text, max(0, m.start - 40), m.start) and \
                    not _POINTED_RESCUED_BY_BEFORE.search(text, max(0, m.start - 90), m.start) and \
                    not _THERAPY_PLACE_BEFORE.search(text, max(0, m.start - 48), m.start) and \
                    r.vocab.class_for_targets((m.entity.id,)) is None:
                out.append(m)
                continue
        target_entities = []
        for g in group:
            e = g.entity
            if e.category == "Alteration":
                gene = r.vocab.gene_entity(e.attr("gene") or "")
                if gene is None:
                    break
                e = gene
            target_entities.append(e)
        else:
            start = anti.start() if anti else m.start
            stop = after.end() if after else end
            surface = _singular(re.sub(r"\s+", " ", text[start:stop]).strip())
            plain = _HOW_ACTING_WORD.sub("", surface) if after is not None else surface
            # ("RAS direct inhibitor": the class "RAS inhibitor" names, the vocabulary's when it knows that name)
            plain_hit = r.vocab.by_name.get(plain.lower()) if plain != surface else None
            surface = plain
            if dual_and and len(group) > 1 and _DUAL_AND_GAP.fullmatch(text, group[0].end, group[1].start):
                surface = f"{text[group[0].start:group[0].end]}/{surface[group[1].start - start:]}"  # one class of both
            if after is not None and after is bracketed:
                surface = _singular(f"{m.text}{text[after.start():after.end()]}".strip())
                start = _long_form_or_bracket(text, m.start - 1)
                if long_anti:
                    surface, start, anti = f"anti-{surface}", long_anti.start(), long_anti
            head = after.group("head") if after else shared.group("head") if shared else ""
            if shared is not None:
                joiner = "-" if _AIMED_HEAD.match(shared.group("head")) else " "
                surface = _singular(f"{surface}{joiner}{shared.group('head').strip()}")
            entity, target_ids = class_entity(target_entities, head, bool(anti), r.vocab, surface.replace("–", "-"))
            if plain_hit is not None and r.vocab.entities[plain_hit].category == "DrugClass":
                entity = r.vocab.entities[plain_hit]
            alleles = [g.entity for g in group if g.entity.category == "Alteration"]
            gene_class = r.vocab.class_for_targets(target_ids)
            allele_inhibitor = len(group) == 1 and alleles and not anti and _INHIBITOR_HEAD.fullmatch(head.strip())
            allele_class = allele_inhibitor_class(r.vocab, alleles[0], target_entities[0], gene_class, surface) \
                if allele_inhibitor else None
            if allele_class is not None:
                entity = allele_class
            # the plural as written ("CDH17-targeted CAR-T cells", "anti-VEGFR agents" for a vocabulary class too)
            # and a CAR-T product by its target alone
            # a head shared with a listed class ("EGFR and MEK inhibitors") is part of this class's written form:
            # the bare target ("EGFR") names the gene, not the class
            written_form = surface.replace("–", "-") if shared is not None else \
                re.sub(r"\s+", " ", text[start:stop]).strip().replace("–", "-")
            extra = {written_form}
            if _WRITTEN_PLURAL_CLASS.search(written_form):  # "HER2-blocking agents" is also "HER2-blocking agent"
                extra.add(_singular(written_form))
            car = re.fullmatch(r"(?P<t>.+?)[-\s](?:targeted|directed|targeting)\s+CAR-?T(?: cells?)?", entity.name)
            if car:
                extra |= {f"{car.group('t')} CAR-T", f"{car.group('t')} CAR-T cells", f"{car.group('t')}-CAR-T"}
            extra -= {entity.name, *entity.synonyms}
            if extra:
                entity = dataclasses.replace(entity, synonyms=tuple(sorted({*entity.synonyms, *extra})))
            known = r.vocab.class_for_targets(tuple(sorted({t.id for t in target_entities}))) if bracketed else None
            if known is not None:  # the vocabulary's class of that target, whatever its head ("(PD-1) inhibitors")
                entity = r.vocab.entities[known]
            neutralizing = _NEUTRALIZING_BEFORE.search(text, max(0, start - 14), start) \
                if anti and _ANTIBODY_WORD.search(head) else None
            if neutralizing:
                start = neutralizing.start()
                written = _singular(re.sub(r"\s+", " ", text[start:stop]).strip())
                entity = dataclasses.replace(entity, synonyms=tuple(sorted({*entity.synonyms, written} - {entity.name})))
            dual = _DUAL_BEFORE.search(text, max(0, start - 12), start)
            if dual:
                start = dual.start()
                if dual.group(0).lower().startswith("dual") and len(target_entities) > 1:
                    # "the dual EGFR/HER3 inhibitor": the class is also named with the word that says it acts on both
                    written = _singular(re.sub(r"\s+", " ", text[start:stop]).strip())
                    entity = dataclasses.replace(entity, synonyms=tuple(sorted(
                        {*entity.synonyms, written, f"dual {entity.name}"} - {entity.name})))
            for t in target_entities if plain_hit is None else ():  # (a vocabulary class has its own targets)
                rec.imply(entity, "targets", t)
            imply_format_class(r.vocab, rec, entity)  # "PD-L1/CD3 BsAb": a bispecific antibody
            if long_anti:  # the words of the long name and the head are this class's ("anti-vascular endothelial ...")
                out = [x for x in out if not (start <= x.start and x.end <= stop)]
                j = next((i for i in range(j, len(items)) if items[i].end > stop), len(items))
            out.append(_mention(start, stop, text, entity))
            skip.update(range(k + 1, j))
            continue
        out.append(m)
    return out


_EXOSOMAL_BEFORE = lazy_compile(r"\bexosom(?:al|e-derived|e-associated|e-encapsulated)\s+(?:(?:lncRNAs?|lnc-RNAs?|long "
                                r"non-?coding RNAs?|miRNAs?|microRNAs?|mRNAs?|proteins?)\s+)?$", re.I)
_EXOSOMAL_AFTER = lazy_compile(r"[-\s](?:containing|carrying|enriched|loaded|rich|positive)\s+exosomes?\b", re.I)


def _carried_kind(before, bare: str) -> tuple[str, ...]:
    """The names with the kind of RNA the text writes before an exosomal product ("exosomal lncRNA UCA1")."""
    kind = re.search(r"\b(lncRNA|circRNA|miRNA|mRNA)s?\s+$", before.group(0), re.I) if before else None
    if not kind:
        return ()
    word = {"lncrna": "lncRNA", "circrna": "circRNA", "mirna": "miRNA", "mrna": "mRNA"}[kind.group(1).lower()]
    return (f"exosomal {word} {bare}", f"exosomal {word} {bare} expression")


def exosomal(text, mentions) -> list:
    """A gene product carried by exosomes, read as a liquid-biopsy marker: "exosomal lncRNA UCA1",
    "UCA1-containing exosomes" (the carrier alone, "exosomes", stays a molecule)."""
    out, drop = [], set()
    for k, m in enumerate(mentions):
        if m.entity.category not in ("Gene", "Molecule") or m.entity.name.lower().startswith("exosome"):
            continue
        before = _EXOSOMAL_BEFORE.search(text, max(0, m.start - 60), m.start)
        after = None if before else _EXOSOMAL_AFTER.match(text, m.end)
        if not before and not after:
            continue
        start, end = (before.start(), m.end) if before else (m.start, after.end())
        bare = re.sub(r"^(?:lncRNA|circRNA|miRNA|mRNA)\s+", "", m.entity.name)
        name = f"exosomal {bare}"
        entity = Entity(mint("biomarker", name), "Biomarker", name,
                        tuple(sorted({f"exosomal {m.entity.name}", f"exosomal {bare} expression",
                                      f"exosomal {m.entity.name} expression", *_carried_kind(before, bare),
                                      f"{bare}-containing exosomes"} - {name})), (),
                        (("biomarker_kind", "expression"),))
        out.append(_mention(start, end, text, entity))
        drop.update(j for j, o in enumerate(mentions) if o.start < end and start < o.end and j != k)  # the product stays named
    if not out:
        return mentions
    return sorted([o for j, o in enumerate(mentions) if j not in drop] + out, key=lambda x: (x.start, x.end))


# a list item with a head of its own after it: "increased levels of AXL and STAT3 activation" (STAT3's activation,
# not its level)
_OWN_HEAD_AFTER = lazy_compile(r"[-\s]+(?:hyper-?activation|re-?activation|activation|mutations?|mutated|amplifications?|"
                               r"amplified|loss|deletions?|fusions?|phosphorylation|signal(?:l)?ing|pathway|inhibition|"
                               r"inhibitors?|knockdown|silencing|activity|overexpression|upregulation|downregulation)(?![A-Za-z])",
                               re.I)
_AND_GAP = lazy_compile(r"\s*(?:,|and|or|, and|, or|as well as)\s*(?:of\s+)?")


_LOW_BEFORE = lazy_compile(r"(?<![\w\-])(?:low|lower|reduced|decreased|diminished|absent)\s+$", re.I)


# (s57 markers) a direction right before a gene product that names a group of patients or tumours ("in low NRP-1
# patients", "high-IL-6 tumours", "the high VEGF-D subgroup"): the group is set apart by the product's level
_GROUP_DIR_BEFORE = lazy_compile(r"(?<![\w\-])(?P<dir>high|low|higher|lower)[-\s]\Z", re.I)
_GROUP_AFTER = lazy_compile(r"\s+(?:patients|pts|tumou?rs|cases|subgroups?|subsets?|cohorts?)(?![A-Za-z])", re.I)


def _level_entity(e: Entity, low: bool, spec: str = "") -> Entity:
    """The level marker of a gene product written with its direction ("low expression of miRNA-31-3p")."""
    if low:
        name = f"low {e.name} expression"
        return Entity(mint("biomarker", name), "Biomarker", name,
                      (f"{e.name} low", f"{e.name}-low", f"low {e.name} level", f"{e.name} low expression",
                       f"low level of {e.name}", f"low levels of {e.name}", f"reduced {e.name} expression",
                       f"decreased {e.name} expression", f"{e.name} downregulation", f"reduced {e.name} levels",
                       f"decreased {e.name} levels", f"lower {e.name} levels"), (),
                      (("biomarker_kind", "expression"),))
    return expression_entity(e, spec, "level" if spec else "expression")


_MAY_CELL_MARKER = lazy_compile(r"infiltrat|densit|signature|kine profile|with (?:a )?(?:high|low|more|fewer|increased|"
                                r"decreased|elevated|reduced)", re.I)
_INFILTRATION_AFTER = lazy_compile(r"[-\s](?:infiltration|infiltrates|infiltrate|density)(?![A-Za-z])", re.I)
# "infiltration of mature DCs"; "infiltration by tumor-associated macrophages"
_INFILTRATION_BEFORE = lazy_compile(r"\b(?:(?:infiltration|infiltrates|density)\s+of|infiltration\s+by)\s+(?:the\s+)?(?:(?:mature|activated|"
                                    r"intratumou?ral|tumou?r-infiltrating)\s+)?$", re.I)
_SIGNATURE_AFTER = lazy_compile(r"[-\s](?:gene\s+)?(?:expression\s+)?signatures?(?![A-Za-z])", re.I)
_LOW_COUNT = lazy_compile(r"lower|low|fewer|decreased|reduced", re.I)
# a group of patients or tumours named by how many of a cell type they hold ("patients with higher CD163+ M2
# macrophages", "tumours with low CD8+ T cells"): the cells' density
_CELLS_COUNTED_BEFORE = lazy_compile(r"\b(?:patients|tumou?rs|cases|subjects|those)\s+with\s+(?:a\s+)?(?P<level>higher|high|"
                                     r"lower|low|more|fewer|increased|decreased|elevated|reduced)\s+$", re.I)
# a signature named by the compartment or programme it reads ("stromal signatures", "T cell-inflamed signature")
_NAMED_SIGNATURE = lazy_compile(r"(?<![\w\-])(?P<what>stromal|immune|inflammatory|interferon-γ|IFN-γ|T[- ]cell-inflamed|"
                                r"mesenchymal|hypoxia|angiogenic|angiogenesis|EMT|cytotoxic|exhaustion|stemness|"
                                r"fibroblast|cytolytic)\s+(?:gene\s+)?(?:expression\s+)?signatures?(?![A-Za-z])|"
                                r"(?<![\w\-])(?P<soluble>cytokine|chemokine)\s+profiles?(?![A-Za-z])", re.I)


def cell_markers(text, mentions) -> list:
    """Biomarkers read off cells and gene-expression programmes: "CD8+ T cell infiltration", "infiltration of
    mature DCs", "infiltration by tumor-associated macrophages", "a baseline CAF signature", "stromal signatures",
    "cytokine profiles"."""
    out: list = []
    for m in mentions:
        e = m.entity
        if e.category in ("Gene", "Molecule"):
            out.append(_product_signature(text, m) or m)
            continue
        if e.category != "CellType":
            out.append(m)
            continue
        after = _INFILTRATION_AFTER.match(text, m.end)
        before = None if after else _INFILTRATION_BEFORE.search(text, max(0, m.start - 40), m.start)
        sig = None if after or before else _SIGNATURE_AFTER.match(text, m.end)
        if not (after or before or sig) and m.text.endswith("s") and \
                (counted := _CELLS_COUNTED_BEFORE.search(text, max(0, m.start - 60), m.start)):
            # (s61 ents) "the patients with higher CD163+ M2 macrophages had a lower OS": the group is split by how
            # many of the cells its tumours hold, their density (a low one named so, as the guards name "low X
            # infiltration"; from the level word on)
            before = counted
        if not (after or before or sig):
            out.append(m)
            continue
        written = _singular_cells(m.text)  # "mature DCs"
        if sig:
            name = f"{e.name} signature"
            synonyms = {f"{written} signature", f"{written} gene signature", f"{written} signatures"}
        else:
            name = f"{e.name} infiltration"
            synonyms = {f"{written} infiltration", f"infiltration of {m.text}", f"infiltration by {m.text}", f"{e.name} density"}
        entity = Entity(mint("biomarker", name), "Biomarker", name, tuple(sorted(synonyms - {name})), (),
                        (("biomarker_kind", "signature" if sig else "immune_infiltrate"),))
        start = before.start() if before else m.start
        if before is not None and "level" in before.re.groupindex:
            start = before.start("level")
            if _LOW_COUNT.fullmatch(before.group("level")):
                entity = Entity(mint("biomarker", f"low {name}"), "Biomarker", f"low {name}", (), (), entity.attributes)
        if not sig:
            out.append(m)  # the cells stay named: "TGF-β reduces CD8+ T cell infiltration" still acts on the cells
        out.append(_mention(start, (after or sig).end() if (after or sig) else m.end, text, entity))
    for x in _NAMED_SIGNATURE.finditer(text):
        if _overlaps(x.start(), x.end(), out):
            continue
        if x.group("soluble"):  # the measured levels of a panel of soluble factors: "cytokine profiles"
            name = f"{x.group('soluble').lower()} profile"
            entity = Entity(mint("biomarker", name), "Biomarker", name, (f"{name}s",), (), (("biomarker_kind", "signature"),))
            out.append(_mention(x.start(), x.end(), text, entity))
            continue
        what = x.group("what")
        what = what if what.isupper() or "γ" in what or what[0] == "T" else what.lower()
        name = f"{what} signature"
        entity = Entity(mint("biomarker", name), "Biomarker", name, (f"{what} signatures", f"{what} gene signature"), (),
                        (("biomarker_kind", "signature"),))
        out.append(_mention(x.start(), x.end(), text, entity))
    return sorted(out, key=lambda x: (x.start, x.end))


def _product_signature(text, m):
    """"a TGF-β signature", "an IFN-γ gene signature", "a baseline KRAS signature": the expression programme a gene
    product or molecule names, a biomarker of its own (the product alone is no predictor); None otherwise."""
    sig = _SIGNATURE_AFTER.match(text, m.end)
    if sig is None or _SIGNATURE_NOT_A_PROGRAMME.match(text, sig.end()):
        return None
    e = m.entity
    name = f"{e.name} signature"
    synonyms = {f"{m.text} signature", f"{m.text} gene signature", f"{e.name} signatures", f"{e.name} gene signature"}
    entity = Entity(mint("biomarker", name), "Biomarker", name, tuple(sorted(synonyms - {name})), (),
                    (("biomarker_kind", "signature"),))
    return _mention(m.start, sig.end(), text, entity)


# "the EGFR signature peptide", "a KRAS signature mutation": the word qualifies another noun
_SIGNATURE_NOT_A_PROGRAMME = lazy_compile(r"[-\s]+(?:peptides?|mutations?|sequences?|motifs?|residues?|domains?)\b", re.I)


_MARKER_PLUS = lazy_compile(r"\+[ \t]?")
# the last marker's "+" before the cell word, with a space or glued to it ("Tie-2+monocytes", as print often loses it),
# or the sign spelled out ("Snail-positive fibroblasts", "CD16-expressing monocytes": the subset of the cells that
# carries the marker, never every cell of the type; a marker shared by a list, "CD39- and CD73-expressing Tregs", is
# read by a rule)
_PLUS_BEFORE_CELL = lazy_compile(r"(?:\+|-(?:positive|expressing)\s)[ \t]*$")
_MAY_SPELL_MARKER = lazy_compile(r"-(?:positive|expressing)\s")
# a spelled sign shared with another marker or cell ("CD39- and CD73-positive Tregs", "CD73-positive Tregs and
# TAMs"): the words qualify every cell listed, not one subset
_SHARED_SPELLED_SIGN = lazy_compile(r"-\s*,?\s*(?:and|or)\s+$|-,\s*$")
_CELL_LIST_GAP = lazy_compile(r"\s*(?:,|,?\s*(?:and|or))\s*")
# a marker the vocabularies do not name, written in a chain of markers: "Helios+" in "CD4+FoxP3+Helios+ T cells"
_WORD_MARKER = lazy_compile(r"(?<![A-Za-z0-9\-])[A-Z][A-Za-z0-9\-]{1,9}(?=\+[ \t]?$)")


class _Marker(NamedTuple):
    """A marker written before a cell mention: its span, its written text, its Gene or Molecule mention (None for
    a marker word the vocabularies do not name)."""
    start: int
    end: int
    text: str
    mention: object | None

    @property
    def entity(self) -> Entity | None:
        return self.mention.entity if self.mention is not None else None


def _cell_markers(text, mentions, i):
    """The markers written before the cell mention ``mentions[i]``, nearest last (:class:`_Marker`), and where
    the first starts."""
    markers = []
    j, at = i - 1, mentions[i].start
    while True:
        g = mentions[j] if j >= 0 else None
        if g is not None and g.entity.category in ("Gene", "Molecule") and \
                (_PLUS_BEFORE_CELL.match(text, g.end, at) if not markers else _MARKER_PLUS.fullmatch(text, g.end, at)):
            markers.insert(0, _Marker(g.start, g.end, g.text, g))
            at, j = g.start, j - 1
            continue
        word = _WORD_MARKER.search(text, max(g.end if g is not None else 0, at - 14), at)
        if word is None or not (markers or _PLUS_BEFORE_CELL.match(text, word.end(), at)):
            break
        markers.insert(0, _Marker(word.start(), word.end(), word.group(), None))
        at = word.start()
    return markers, at


def _listed_cell_after(text, mentions, i) -> bool:
    """Whether the cell mention ``mentions[i]`` is listed with the next mention, another cell type ("Tregs and TAMs")."""
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    return nxt is not None and nxt.entity.category == "CellType" and \
        _CELL_LIST_GAP.fullmatch(text, mentions[i].end, nxt.start) is not None


def marker_positive_cells(text, mentions, rec) -> list:
    """A cell population named by the markers it carries before a recognised cell type ("SPP1+ M2-like
    macrophages", "LAG-3+ FOXP3+ Tregs", "PD-1+ TAMs", "PD-L1+ tumor cells", "Tie-2+monocytes", the last sign also
    spelled out: "Snail-positive fibroblasts") is that subset of
    the cells, a CellType named by its markers, that expresses each marker (the marker mentions become part of its
    name). In a chain of markers glued together a word the vocabularies do not name counts as one ("CD4+FoxP3+Helios+
    T cells"), when a named marker opens the chain. A cell type whose own name already carries its marker ("CD8+ T
    cells", "FOXP3+ Tregs") is left as it is."""
    out = list(mentions)
    for i, cell in enumerate(mentions):
        if cell.entity.category != "CellType" or i == 0:
            continue
        markers, at = _cell_markers(text, mentions, i)
        if not any(m.entity is not None for m in markers) or (at > 0 and text[at - 1] in "+-/"):
            continue
        if any(m.entity is None for m in markers) and any(_MARKER_PLUS.fullmatch(text, a.end, b.start) is None
                                                     for a, b in zip(markers, markers[1:])):
            continue  # an unnamed word counts only in a chain of "+", one blank at most after each: "CD4+FoxP3+Helios+"
        if any(f"{m.text}+" in n for m in markers for n in (cell.entity.name, *cell.entity.synonyms)):
            continue  # the cell type's own name carries the marker: "CD8+ cytotoxic T cells"
        if "+" not in text[markers[-1].end:cell.start] and (_SHARED_SPELLED_SIGN.search(text, max(0, at - 12), at) or
                                                            _listed_cell_after(text, mentions, i)):
            continue  # the spelled sign of a list of markers or cells: "CD39- and CD73-positive Tregs and TAMs"
        written = text[at:cell.end]
        cell_written = _singular_cells(cell.text)
        marks = " ".join(f"{m.entity.name if m.entity is not None and m.entity.category == 'Gene' else m.text}+"
                         for m in markers)
        said = " ".join(f"{m.text}+" for m in markers)
        name = f"{said} {cell.entity.name}"  # named as the text writes the markers; the id by their genes
        synonyms = {written, f"{text[at:cell.start]}{cell_written}", f"{marks} {cell_written}",
                    f"{marks} {cell.entity.name}"} - {name}
        subset = Entity(mint("cell", f"{marks} {cell.entity.name}"), "CellType", name, tuple(sorted(synonyms)))
        for m in markers:
            if m.mention is not None:
                rec.imply(subset, "expresses", m.entity)
                out.remove(m.mention)
        out.remove(cell)
        out.append(_mention(at, cell.end, text, subset))
    return sorted(out, key=lambda x: (x.start, x.end))


# (h57 prec5) the verb of a restrictive clause right after a cell type that picks out the cells carrying a marker:
# "macrophages expressing CD163", "T cells that express PD-1", "Tregs expressing high levels of CTLA-4" (never after a
# comma, "M2 macrophages, expressing CD163,", nor a finite verb, "macrophages express CD163": said of every such cell)
MAY_CELLS_EXPRESSING = lazy_compile(r"\sexpress", re.I)
_EXPRESSING_AFTER_CELL = lazy_compile(r"\s+(?:expressing|that\s+express(?:es)?)\s+(?:(?:high|elevated|increased)\s+"
                                      r"(?:levels?\s+of\s+)?)?", re.I)
_MARKER_AND = lazy_compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)
# what makes the expressed gene no marker of the cells: an alternative ("CD163 or CD206"), a change of the gene
# ("KRAS mutant", "EGFR-mutated"), a qualifying noun ("PD-L1 ligand")
_NOT_A_CELL_MARKER_AFTER = lazy_compile(r"\s*(?:or\b|/|-?\s*(?:mut|variant|fusion|amplif|transcript|mRNA|protein|"
                                        r"ligand|receptor|gene\b|at\s+(?:high|low)))", re.I)


def cells_expressing(text, mentions, rec) -> list:
    """Cells named by the marker a restrictive participle or "that" clause right after them says they carry
    ("Macrophages expressing CD163 accumulated", "CD8+ T cells that express PD-1", "Tregs expressing CTLA-4 and
    LAG-3") are that subset, as "CD163-expressing macrophages" are (:func:`marker_positive_cells`): a CellType named by
    its markers that expresses each, never every cell of the type. A statement about the whole type ("macrophages
    express CD163", "M2 macrophages, expressing CD163, ...") is read by the rules."""
    out = list(mentions)
    for i, cell in enumerate(mentions):
        if cell.entity.category != "CellType" or cell not in out:
            continue
        verb = _EXPRESSING_AFTER_CELL.match(text, cell.end)
        if verb is None:
            continue
        markers, at = [], verb.end()
        for m in mentions[i + 1:]:
            if m.start != at or m.entity.category != "Gene":
                break
            markers.append(m)
            gap = _MARKER_AND.match(text, m.end)
            if gap is None:
                break
            at = gap.end()
        if not markers or _NOT_A_CELL_MARKER_AFTER.match(text, markers[-1].end) or (
                len(markers) > 1 and not re.fullmatch(r"\s*(?:,\s*)?and\s+", text[markers[-2].end:markers[-1].start])):
            continue  # no marker, an alternative or a change of the gene, or a list cut short
        if any(f"{m.text}+" in n or f"{m.entity.name}+" in n for m in markers for n in (cell.entity.name, *cell.entity.synonyms)):
            continue  # the cell type's own name carries the marker
        cell_written = _singular_cells(cell.text)
        marks = " ".join(f"{m.entity.name}+" for m in markers)
        said = " ".join(f"{m.text}+" for m in markers)
        name = f"{said} {cell.entity.name}"
        synonyms = {text[cell.start:markers[-1].end], f"{said} {cell_written}", f"{marks} {cell_written}",
                    f"{marks} {cell.entity.name}"} - {name}
        subset = Entity(mint("cell", f"{marks} {cell.entity.name}"), "CellType", name, tuple(sorted(synonyms)))
        for m in markers:
            rec.imply(subset, "expresses", m.entity)
            out.remove(m)
        out.remove(cell)
        out.append(_mention(cell.start, markers[-1].end, text, subset))
    return sorted(out, key=lambda x: (x.start, x.end))


# a level said of a population after the verb: "TAP expression is reduced in KRAS-mutated CRC", "TMB is typically
# low (<10 mutations/Mb) in MSS CRC" (not "reduced by", "reduced after": an effect, not a marker)
_SAID_LEVEL = lazy_compile(r"(?P<noun>[-\s](?:expression|levels?))?\s+(?:is|was|are|were)\s+(?:(?:often|typically|usually|"
                           r"frequently|generally|markedly|significantly|also|consistently|relatively)\s+)?"
                           r"(?P<dir>low|reduced|decreased|downregulated|down-regulated|high|elevated|increased|upregulated|"
                           r"up-regulated)(?=\s*(?:in\b|among\b|at\b|after\b|during\b|following\b|\(|,|\.|;|$))", re.I)
_LOW_WORD = lazy_compile(r"low|reduc|decreas|down", re.I)
# the level of a soluble factor named before it, with no direction ("Levels of VEGF-D", "plasma levels of PlGF"):
# a sentence that then says the level rose or fell measures it as a marker
_LEVELS_OF_SAID = lazy_compile(r"(?<![\w\-])(?:(?P<spec>plasma|serum)\s+)?levels?\s+of\s+(?:the\s+)?(?:circulating\s+)?\Z", re.I)


def _said_level(r, text, m):
    """The level marker a sentence states of ``m`` after its verb, with its end, or None."""
    said = _SAID_LEVEL.match(text, m.end)
    if said is None:
        return None
    low = bool(_LOW_WORD.match(said.group("dir")))
    if m.entity.category == "Biomarker":
        if said.group("noun"):
            return None
        entity = _vocab_named(r, f"{'low' if low else 'high'} {m.text}", ("Biomarker",))
        return (entity, m.end) if entity is not None else None
    if not said.group("noun"):
        # (s42 en) the level word before the marker: "Levels of VEGF-D were increased at progression"
        before = _LEVELS_OF_SAID.search(text, max(0, m.start - 40), m.start) if m.entity.category == "Molecule" else None
        if before is None:
            return None
        spec = (before.group("spec") or "").lower()
        return _level_entity(m.entity, low, spec), m.end, before.start()
    return _level_entity(m.entity, low), m.end + len(said.group("noun"))


# "an increased CD8+/CD4+ ratio", "the CD8+ T cell to Treg ratio", "neutrophil-to-lymphocyte ratio": a ratio of two
# cell populations, read as a biomarker of its own
_MARKER_RATIO = lazy_compile(r"(?<![\w+/])(?P<a>CD\d{1,3}\+?)\s*(?:/|:|-to-)\s*(?P<b>CD\d{1,3}\+?)"
                             r"(?:\s+T[- ]cells?)?\s+ratios?(?![A-Za-z])")
_RATIO_GAP = lazy_compile(r"\s*(?:/|:|-to-|–to–|[-–]|\s+to\s+)\s*")
# the blood count ratio by its usual abbreviation ("baseline NLR"), written in capitals alone
_NLR = lazy_compile(r"(?<![\w\-])NLR(?![\w\-])")
_RATIO_AFTER = lazy_compile(r"\s+ratios?(?![A-Za-z])")


def ratios(text, mentions) -> list:
    """Ratios of two cell populations named by their markers or cell types, as biomarkers."""
    out = list(mentions)
    found = []
    for x in _MARKER_RATIO.finditer(text):
        name = f"{x.group('a')}/{x.group('b')} ratio"
        found.append((x.start(), x.end(), name, (f"{x.group('a')}-to-{x.group('b')} ratio",
                                                 f"{x.group('a').rstrip('+')}/{x.group('b').rstrip('+')} ratio")))
    for x in _NLR.finditer(text):
        found.append((x.start(), x.end(), "neutrophil-to-lymphocyte ratio", ("NLR", "neutrophil/lymphocyte ratio")))
    cells = [m for m in mentions if m.entity.category == "CellType"]
    for a, b in zip(cells, cells[1:]):
        after = _RATIO_AFTER.match(text, b.end)
        if after and _RATIO_GAP.fullmatch(text, a.end, b.start):
            name = f"{a.entity.name}-to-{b.entity.name} ratio"
            found.append((a.start, after.end(), name, (f"{a.entity.name}/{b.entity.name} ratio",
                                                       f"{text[a.start:b.end]} ratio")))
    for start, end, name, synonyms in found:
        if any(m.start < start < m.end or m.start < end < m.end for m in out):
            continue  # a longer name runs across the ratio's ends
        entity = Entity(mint("biomarker", name), "Biomarker", name, tuple(sorted(set(synonyms) - {name})), (),
                        (("biomarker_kind", "cell_ratio"),))
        # the markers inside are not genes here ("CD8" of "CD8+/CD4+ ratio"); the cells stay named
        out = [m for m in out if not (start <= m.start and m.end <= end and m.entity.category == "Gene")]
        out.append(_mention(start, end, text, entity))
    return sorted(out, key=lambda x: (x.start, x.end))


# "inhibitors or modulators of autophagy": an inhibitor head coordinated with another before "of X" names the
# vocabulary's inhibitor class of X
_COORDINATED_INHIBITORS = lazy_compile(r"\binhibitors\s+(?:or|and|and/or)\s+[a-z]+\s+of\s+(?:the\s+)?$", re.I)


# nanomedicines named by what they are made of or aimed at ("manganese-based nanoparticles", "death receptor-5-targeted
# nanocarriers", "PD-L1-targeted liposomes"): a class of therapeutics named as written
_NANO = lazy_compile(r"(?<![\w\-])(?:(?P<lead>[A-Za-z][a-z]+)\s)?(?P<chain>[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-(?:based|targeted|"
                     r"targeting|loaded|coated|encapsulated|conjugated|decorated|functionali[sz]ed))\s+"
                     r"(?P<head>nanoparticles?|nanocarriers?|nanomedicines?|nanoplatforms?|liposomes?|micelles?|nanovesicles?)"
                     r"(?![A-Za-z])", re.I)
_NOT_LEAD = frozenset("the a an of with using by and or in to these those such as its their this that via from for on "
                      "novel new".split())


def nanomedicines(text, mentions) -> list:
    out = list(mentions)
    for x in _NANO.finditer(text):
        lead = x.group("lead")
        start = x.start("chain") if not lead or lead.lower() in _NOT_LEAD else x.start()
        written = re.sub(r"\s+", " ", text[start:x.end()])
        name = _singular(written)
        name = name[0].lower() + name[1:] if name[:1].isupper() and not name[1:2].isupper() else name
        if any(m.start < start < m.end or m.start < x.end() < m.end for m in out):
            continue
        entity = Entity(mint("class", name), "DrugClass", name, tuple(sorted({written, _singular(written)} - {name})))
        out = [m for m in out if not (start <= m.start and m.end <= x.end() and m.entity.category == "DrugClass")]
        out.append(_mention(start, x.end(), text, entity))
    return sorted(out, key=lambda m: (m.start, m.end))


# "vascular endothelial growth factor (VEGF) pathway": the abbreviation in brackets names the pathway with the head after it
_BRACKET_PATHWAY = lazy_compile(r"\((?P<abbr>[A-Za-z0-9][A-Za-z0-9\-/α-ω]{1,14})\)\s+(?P<head>signal(?:l)?ing\s+pathways?|"
                                r"pathways?|signal(?:l)?ing|axis)(?![A-Za-z])", re.I)
# a word set in quotes inside a term ("a “cold” TME", "‘hot’ tumours")
_QUOTED_TERM = lazy_compile(r"[“\"‘'](?P<word>[A-Za-z][\w\-]*)[”\"’']\s+(?P<rest>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*)?)")
# an adverb before a quoted word ("immunologically “cold”")
_ADVERB_QUOTED = lazy_compile(r"\b(?P<lead>[A-Za-z]+ly)\s+[“\"‘'](?P<word>[A-Za-z][\w\-]*)[”\"’']")


# a bare "cold" the text turns into "hot" ("remodeled the TME from cold to hot", "from a “cold” to an inflamed
# phenotype"): the word names the immune-cold state the tumour leaves
_FROM_COLD = lazy_compile(r"\bfrom\s+(?:an?\s+|the\s+)?(?P<cold>[“\"‘']?cold[”\"’']?)(?:\s+(?:state|phenotype|tumou?rs?|TME))?"
                          r",?\s+(?:in)?to\s+(?:an?\s+|the\s+)?[“\"‘']?(?:hot|inflamed|T[- ]cell[- ]inflamed)\b", re.I)


def _vocab_named(r, name: str, categories: tuple[str, ...]):
    hit = r.vocab.by_name.get(name.lower())
    entity = r.vocab.entities.get(hit) if hit else None
    return entity if entity is not None and entity.category in categories else None


# an opening bracket right before a mention ("(mAbs)"); not _OPEN_PAREN below, the gap of an opening bracket
_PAREN_JUST_BEFORE = lazy_compile(r"\s*\($")


def _end_before_space(text: str, pos: int) -> int:
    """Where the text before ``pos`` ends, less the white space just before ``pos``."""
    while pos and text[pos - 1].isspace():
        pos -= 1
    return pos


def narrowed_abbreviations(r, text, mentions) -> list:
    """"anti-EGFR monoclonal antibodies (mAbs)": an abbreviation in parentheses that names a broader class of the
    class just before it stands for that class here (the antibodies meant are the anti-EGFR ones), so the two are
    one mention and no rule reads the broader class alone (nor its name read again as the tail of the narrower
    one's, "monoclonal antibodies" in "anti-EGFR monoclonal antibodies")."""
    ending: dict[int, list] = {}  # the class mentions by where they end
    for x in mentions:
        if x.entity.category == "DrugClass":
            ending.setdefault(x.end, []).append(x)
    out = list(mentions)
    tails = set()
    for k, y in enumerate(out):
        if y.entity.category != "DrugClass" or not text.startswith(")", y.end) or \
                not _PAREN_JUST_BEFORE.search(text[max(0, y.start - 3):y.start]):
            continue
        before = ending.get(_end_before_space(text, text.rindex("(", 0, y.start)), ())
        narrower = next((x for x in before if y.entity.id in r.vocab.class_ancestors(x.entity.id)), None)
        if narrower is not None:
            out[k] = _mention(y.start, y.end, text, narrower.entity)
            tails.update(id(z) for z in before if z.entity.id == y.entity.id and z.start > narrower.start)
    return [m for m in out if id(m) not in tails]


def _bracket_closes_pathway(mentions, opening: int, closing: int) -> bool:
    """A pathway the vocabulary names with the bracket as its last part ("SRC/signal transducer and activator of
    transcription 3 (STAT3)" is the SRC/STAT3 pathway) is already read up to the closing bracket: the head after it
    ("... (STAT3) pathways") is that pathway's own word, and the short form in the bracket (only one of its genes)
    names no other pathway over it."""
    return any(m.entity.category == "Pathway" and m.start < opening and m.end >= closing for m in mentions)


def bracketed_and_quoted(r, text, mentions) -> list:
    """Vocabulary terms the brackets or quotes of a text break apart: "vascular endothelial growth factor (VEGF)
    pathway" is the VEGF pathway, "a “cold” TME" and "immunologically “cold”" the immune-cold microenvironment, and so
    is a bare "cold" the text turns into "hot" ("from cold to hot")."""
    found = []
    for x in _BRACKET_PATHWAY.finditer(text):
        head = x.group("head").lower().split()[0]
        entity = next((e for e in (_vocab_named(r, f"{x.group('abbr')} {h}", ("Pathway",))
                                   for h in (head, "pathway", "signaling")) if e is not None), None)
        if entity is not None and not _bracket_closes_pathway(mentions, x.start(), x.end("abbr") + 1):
            found.append((_long_form_or_bracket(text, x.start()), x.end(), entity))
    for x in _QUOTED_TERM.finditer(text):
        words = x.group("rest").split()
        for n in (len(words), 1):
            entity = _vocab_named(r, f"{x.group('word')} {' '.join(words[:n])}",
                                  ("ResistanceMechanism", "Biomarker", "CellType", "Pathway"))
            if entity is not None:
                end = x.start("rest") + len(" ".join(words[:n])) if n == 1 else x.end()
                found.append((x.start(), end, entity))
                break
    for x in _ADVERB_QUOTED.finditer(text):
        entity = _vocab_named(r, f"{x.group('lead')} {x.group('word')}", ("ResistanceMechanism", "Biomarker"))
        if entity is not None:
            found.append((x.start(), x.end(), entity))
    for x in _FROM_COLD.finditer(text):
        entity = _vocab_named(r, "immunologically cold", ("ResistanceMechanism",))
        if entity is not None:
            found.append((x.start("cold"), x.end("cold"), entity))
    out = list(mentions)
    for start, end, entity in found:
        if any(m.start < start < m.end or m.start < end < m.end for m in out):
            continue
        out = [m for m in out if not (start <= m.start and m.end <= end)]
        out.append(_mention(start, end, text, entity))
    return sorted(out, key=lambda m: (m.start, m.end))


def coordinated_inhibitors(r, text, mentions) -> list:
    out = []
    for m in mentions:
        lead = _COORDINATED_INHIBITORS.search(text, max(0, m.start - 50), m.start)
        entity = _vocab_named(r, f"inhibitors of {m.text}", ("DrugClass",)) if lead else None
        if entity is None:
            out.append(m)
            continue
        out.append(_mention(lead.start(), m.end, text, entity))
    return out


_OPEN_PAREN = lazy_compile(r"\s*\(\s*")


def _abbreviation_of_carried(text: str, carry: tuple, m, out: list) -> bool:
    """The mention is the bracketed abbreviation of the level marker just read ("levels of hepatocyte growth factor
    (HGF)"): the same entity, in brackets right after it."""
    if not out or out[-1].end != carry[2] or not _OPEN_PAREN.fullmatch(text, carry[2], m.start):
        return False
    if not text.startswith(")", m.end):
        return False
    return _level_entity(m.entity, carry[0], carry[1]).id == out[-1].entity.id


# "YAP target genes", "NF-kB-responsive genes", "Wnt downstream genes": the gene names the set it governs, whose
# level ("elevated expression of YAP target genes") is not the gene's own
GOVERNED_GENES_AFTER = lazy_compile(r"[-\s]+(?:target|downstream|responsive|regulated|dependent|induced)\s+genes?\b", re.I)
# "EGFR ligands", "HER family ligands": the receptor names the ligands that bind it, whose level ("high expression of
# EGFR ligands") is not the receptor's own
LIGANDS_AFTER = lazy_compile(r"[-\s]+(?:family\s+)?ligands?\b", re.I)


# the word for a level that a list of gene products shares: "AREG and EREG expression", "EGFR, HER2 or HER3 levels"
_SHARED_LEVEL_WORDS = frozenset({"expression", "mrna expression", "protein expression", "expression levels",
                                 "expression level", "levels", "level"})
# the level words a list's item may carry of its own
_LEVEL_WORDS = r"(?:high|higher|low|lower|elevated|increased|decreased|reduced)"
_LEVEL_LIST_GAP = lazy_compile(r"(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)(?P<own>" + _LEVEL_WORDS + r"\s+)?", re.I)
# a list whose items each carry their own level word ("higher IGF-1R, higher GRB7, and lower INSIG2 expression"): the
# first item's, right before it
_OWN_LEVEL_BEFORE = lazy_compile(r"(?<![\w\-])" + _LEVEL_WORDS + r"\s+$", re.I)
# "mutations in KRAS and EGFR expression": the first gene belongs to the words before it
_OTHER_HEAD_BEFORE = lazy_compile(r"(?:mutations?|mutated|alterations?|variants?|amplifications?|loss|deletions?|"
                                  r"fusions?|inhibitors?|inhibition|blockade|targeting|status)\s+(?:in|of|for)?\s*$",
                                  re.I)
_MAX_SHARED_ITEMS = 4


def _product_ids(entity) -> set[str]:
    """The gene ids a gene product stands for: a gene's own, a molecule's HGNC cross-references."""
    return {entity.id} if entity.id.startswith("HGNC:") else {x for x in entity.xrefs if x.startswith("HGNC:")}


def _slashed_products(vocab, text, here, nxt) -> bool:
    """Two different gene products written with a bare slash between them ("AREG/EREG", "VEGF/PlGF") name both
    products, as "AREG and EREG" does; not one product's two names ("HER2/neu") nor the two sides of one axis that
    the vocabulary blocks as one class ("PD-1/PD-L1": the pair names the axis, and "PD-1/PD-L1 expression" is mostly
    the ligand's)."""
    if text[here.end:nxt.start] != "/" or here.entity.id == nxt.entity.id:
        return False
    ids = _product_ids(here.entity) | _product_ids(nxt.entity)
    if len(ids) != 2 or len(_product_ids(here.entity)) != 1:
        return False
    return vocab is None or vocab.class_for_targets(tuple(sorted(ids))) is None


def _shared_level_after(text, ordered, i, vocab=None):
    """The level word after the last gene product of a list ("AREG and EREG expression", "AREG/EREG expression")
    when the list's first item, ``ordered[i]``, has none of its own: each item is that level's marker. None
    otherwise."""
    if _OTHER_HEAD_BEFORE.search(text, max(0, ordered[i].start - 30), ordered[i].start):
        return None
    # items with level words of their own ("higher A, higher B, and lower C expression") make a list of levels only
    # when the first item has one too: "mutant KRAS and high EGFR expression" names no KRAS level
    own_first = bool(_OWN_LEVEL_BEFORE.search(text, max(0, ordered[i].start - 12), ordered[i].start))
    for j in range(i, min(i + _MAX_SHARED_ITEMS, len(ordered) - 1)):
        here, nxt = ordered[j], ordered[j + 1]
        gap = _LEVEL_LIST_GAP.fullmatch(text, here.end, nxt.start)
        if nxt.entity.category not in ("Gene", "Molecule") or nxt.entity.attr("family"):
            return None
        if not (gap and not (gap.group("own") and not own_first)) and \
                not _slashed_products(vocab, text, here, nxt):
            return None
        after = _EXPRESSION_AFTER.match(text, nxt.end)
        if after:
            return after if after.group("mod").lower() in _SHARED_LEVEL_WORDS else None
    return None


def _slashed_after_carried(vocab, text, m, ending, carry) -> bool:
    """"levels of AREG/EREG": the product after a bare slash continues the carried list (see
    :func:`_slashed_products`), when one gene or molecule ends at the slash (``ending``: the sentence's gene and molecule
    mentions by where they end)."""
    if text[carry[2]:m.start] != "/":
        return False
    before = ending.get(carry[2], ())
    return len(before) == 1 and _slashed_products(vocab, text, before[0], m)


# a blood specimen right before a gene product, with the level's direction and time before it ("high plasma Ang-2",
# "pretreatment serum IL-6", "circulating heregulin"): its level in that specimen
_SPECIMEN_JUST_BEFORE = lazy_compile(r"(?<![\w\-])(?:(?P<dir>high|low|elevated|increased|decreased|reduced|higher|lower)\s+)?"
                                     r"(?:(?:baseline|pretreatment|pre-treatment|on-treatment)\s+)?"
                                     r"(?P<spec>plasma|serum|circulating)\s+$", re.I)
# a noun the product names a thing by, not its level ("plasma VEGF receptor", "serum HGF-targeting antibody")
_NOT_LEVEL_AFTER = lazy_compile(r"[-\s]*(?:receptors?|antibod|blockade|trap|targeting|targeted|binding|ligands?|gene|"
                                r"family|isoforms?|-)", re.I)


def _as_written(m, text: str) -> Entity:
    """A molecule as the text writes it where the text names one of its forms by a longer name ("VEGF-A",
    "VEGF-A121" of VEGF): its level markers take that name ("plasma VEGF-A level"), the vocabulary's name staying a
    synonym of them; any other mention as it is.

    >>> vegf = Entity("crc:vegf", "Molecule", "VEGF", ("VEGF-A", "vascular endothelial growth factor"))
    >>> M = type("M", (), {})
    >>> m = M(); m.entity, m.start, m.end = vegf, 0, 6
    >>> _as_written(m, "VEGF-A levels").name
    'VEGF-A'
    >>> m.end = 4
    >>> _as_written(m, "VEGF levels").name
    'VEGF'
    """
    e = m.entity
    written = text[m.start:m.end]
    if e.category != "Molecule" or not written.startswith(e.name + "-") or written not in e.synonyms:
        return e
    return Entity(e.id, e.category, written, (e.name, *(s for s in e.synonyms if s != written)), e.xrefs, e.attributes)


def biomarkers(r, text, mentions, rec):
    """Expression and liquid-biopsy biomarkers: ``AXL positivity``, ``high miR-31-3p expression``,
    ``plasma HGF level``, ``ctDNA KRAS mutation``, ``EphB2-high``."""
    out: list = []
    carry = None  # (low, specimen, end) of a level marker a list may go on from
    ordered = sorted(mentions, key=lambda m: m.start)
    ending: dict[int, list] = {}  # the gene and molecule mentions by where they end (a slashed list's items)
    for m in ordered:
        if m.entity.category in ("Gene", "Molecule"):
            ending.setdefault(m.end, []).append(m)
    for index, m in enumerate(ordered):
        e = _as_written(m, text)
        if e.category in ("Gene", "Molecule", "Biomarker") and not (out and out[-1].end > m.start):
            said = _said_level(r, text, m)
            if said is not None:
                carry = None
                out.append(_mention(said[2] if len(said) > 2 else m.start, said[1], text, said[0]))
                continue
        if e.category in ("Gene", "Molecule") and (GOVERNED_GENES_AFTER.match(text, m.end) or
                                                   LIGANDS_AFTER.match(text, m.end) or raised_phospho_at(text, m)):
            carry = None
            out.append(m)
            continue
        if e.category in ("Gene", "Molecule") and not e.attr("family"):
            if carry is not None and _abbreviation_of_carried(text, carry, m, out):
                # "lower levels of hepatocyte growth factor (HGF) or VEGF-A121": the list goes on past the abbreviation
                out.append(m)
                carry = (carry[0], carry[1], m.end + 1)
                continue
            if carry is not None and (_AND_GAP.fullmatch(text, carry[2], m.start) or
                                      _slashed_after_carried(r.vocab, text, m, ending, carry)) and \
                    not (out and out[-1].end > m.start) and not _OWN_HEAD_AFTER.match(text, m.end):
                # "high levels of miR-125b and let-7c": the direction and the specimen reach every item of the list
                out.append(_mention(m.start, m.end, text, _level_entity(e, carry[0], carry[1])))
                carry = (carry[0], carry[1], m.end)
                continue
            carry = None
            pre = _LEVELS_OF.search(text, max(0, m.start - 60), m.start)
            if pre and verb_of_change(text, pre.start(), pre.group(0).split()[0], ordered):
                pre = None  # "IL-6 increased levels of PD-L1": a verb of change, no level marker (builders/changed_levels.py)
            if pre:
                # "high levels of miR-125b", "low expression of miRNA-31-3p": the direction is part of the marker
                low = bool(_LOW_WORD.match(pre.group(0)))
                # the specimen before the word for the level ("high plasma levels of") or after it ("low levels of
                # circulating HGF")
                spec = (pre.group("spec") or pre.group("spec_after") or "").lower()
                out.append(_mention(pre.start(), m.end, text, _level_entity(e, low, spec)))
                carry = (low, spec, m.end)
                continue
            grouped = _GROUP_DIR_BEFORE.search(text, max(0, m.start - 8), m.start) if _GROUP_AFTER.match(text, m.end) \
                and not e.attr("alteration_kind") else None
            if grouped:
                # "this difference reached significance in low NRP-1 patients": the group's level marker
                low = bool(_LOW_WORD.match(grouped.group("dir")))
                out.append(m)  # the product stays named
                out.append(_mention(grouped.start(), m.end, text, _level_entity(e, low)))
                continue
            expression_after = _EXPRESSION_AFTER.match(text, m.end)
            measured_in = None if expression_after or e.category != "Molecule" or not e.attr("gene") or \
                _OWN_HEAD_AFTER.match(text, m.end) or _NOT_LEVEL_AFTER.match(text, m.end) else \
                _SPECIMEN_JUST_BEFORE.search(text, max(0, m.start - 60), m.start)
            if measured_in and measured_in.group("dir") and \
                    verb_of_change(text, measured_in.start("dir"), measured_in.group("dir"), ordered):
                measured_in = None  # "IL-6 increased plasma VEGF": the verb's object, no level marker
            if measured_in:
                # (s55 liquid) "high plasma Ang-2", "pretreatment serum IL-6": a gene product named with the blood
                # specimen it was measured in is its level there
                low = bool(_LOW_WORD.match(measured_in.group("dir") or ""))
                spec = measured_in.group("spec").lower()
                out.append(m)  # the product stays named ("circulating insulin rose": insulin and its level)
                out.append(_mention(measured_in.start("spec"), m.end, text, _level_entity(e, low, spec)))
                carry = (low, spec, m.end)
                continue
            called = [] if expression_after else called_marker_chain(text, ordered, index)
            if called:
                # (s46 ents) "A, B and C, which are predictive factors", "Xs may serve as prognostic biomarkers": each
                # named product's level is the marker (builders/called_markers.py)
                # (the product itself stays named too: "lncRNAs involved in resistance, including A and B, which are
                # predictive factors" says the products are involved, and their levels predict)
                out.append(m)
                for item in called:
                    out.append(_mention(item.start, item.end, text, expression_entity(item.entity)))
                carry = None
                continue
            measured = None if _OWN_HEAD_AFTER.match(text, m.end) or expression_after else \
                measured_level_before(text, m.start, m.end)
            if measured:
                # (s45 expr) "analysed for expression of ABCB1 and ABCG2", "the expression levels of A, B and C were
                # determined": the level measured is each named product's marker (builders/measured_levels.py)
                spec = (measured.group("spec") or "").lower()
                first = measured.start("level")
                out.append(_mention(first, m.end, text, _level_entity(e, False, spec)))
                carry = (False, spec, m.end)
                continue
            copies = copy_number_after(text, m.start, m.end) if e.category == "Gene" else None
            gain = gain_before(text, m.start) if copies is not None and not copies[2] else None
            if gain is not None:  # "gain of ALK gene copy number": the gene's copy-number gain, an alteration
                alt = alteration_entity(e, "amplification")
                rec.imply(alt, "alteration_of", e)
                out.append(_mention(gain, copies[1], text, alt))
                continue
            if copies is not None:  # "EGFR gene copy number", "low EGFR GCN": the gene's copy number as a marker
                out.append(_mention(copies[0], copies[1], text, copy_number_entity(e, short_aliases(e), copies[2])))
                continue
            after = expression_after
            shared = None if after else _shared_level_after(text, ordered, index, r.vocab)
            after = after or shared
            long_form = None
            if after is None and text.startswith(")", m.end) and out and out[-1].entity.id == e.id and \
                    text[out[-1].end:m.start].strip() == "(":
                # "angiopoietin-like 4 (ANGPTL4) levels": the marker spans the name and its abbreviation
                after = _EXPRESSION_AFTER.match(text, m.end + 1)
                long_form = out[-1] if after else None
            if after and not (after.group("mod").lower() == "status" and e.category == "Molecule"):
                before = _EXPRESSION_BEFORE.search(text, max(0, m.start - 60), m.start)
                spec = (before.group("spec") or "") if before else ""
                spec = spec if spec.lower() in ("plasma", "serum", "circulating") else ""
                mod = after.group("mod").lower()
                label = "level" if mod.startswith(("level", "concentration")) else (
                    "expression" if not mod.startswith("-") and mod != "high" else mod.lstrip("-"))
                label = "expression" if label in ("positivity", "status", "abundance", "mrna expression", "expressing",
                                                  "protein expression", "expression levels", "expression level") else label
                if label == "high":
                    entity = Entity(mint("biomarker", f"{e.name} high"), "Biomarker", f"{e.name}-high",
                                    (f"{e.name} high", f"high {e.name} expression", f"{e.name} expression"), (),
                                    (("biomarker_kind", "expression"),))
                elif label == "low":
                    entity = Entity(mint("biomarker", f"{e.name} low"), "Biomarker", f"{e.name}-low",
                                    (f"{e.name} low", f"low {e.name} expression"), (), (("biomarker_kind", "expression"),))
                else:
                    # the specimen written before the product, or between it and its level ("VEGF-A serum levels")
                    entity = expression_entity(e, spec or (after.group("spec_after") or "").lower(), label)
                first = long_form.start if long_form is not None else m.start
                low_before = _LOW_BEFORE.search(text, max(0, first - 30), first) if label in ("expression", "level") \
                    and not spec else None
                if low_before and verb_of_change(text, low_before.start(), low_before.group(0).split()[0], ordered):
                    low_before = None  # "YAP1 knockdown reduced STAT3 expression": the verb's object, no low level marker
                if low_before:
                    # "low SMAD4 expression", "reduced AREG levels": the direction is part of the marker
                    if long_form is not None:
                        out.pop()
                    end = m.end if shared else after.end()
                    out.append(_mention(low_before.start(), end, text, _level_entity(e, True)))
                    # "low AREG and EREG expression": the direction reaches every item of the list
                    carry = (True, "", m.end) if shared else None
                    continue
                start = first - len(spec) - 1 if spec and text[max(0, first - len(spec) - 1):first].strip().lower() \
                    == spec.lower() else first
                if long_form is not None:
                    out.pop()
                # a level word the list shares is the last item's: this item's mention stays its name
                out.append(_mention(max(0, start), m.end if shared else after.end(), text, entity))
                continue
        if e.category == "Gene" and e.attr("family") and not (out and out[-1].end > m.start) and \
                (expressing := _EXPRESSION_AFTER.match(text, m.end)) and expressing.group("mod") == "-expressing":
            # (s61 ents) "NTRK-expressing solid tumours": a family's expression names the tumours as a member gene's
            # does ("ALK-expressing"); the family's other level words stay unread (which member's level?)
            carry = None
            out.append(_mention(m.start, expressing.end(), text, expression_entity(e)))
            continue
        alteration = e.category in ("Alteration",) and e.attr("alteration_kind") in ("mutation", "amplification",
                                                                                       "fusion", "alteration")
        wild_type = e.category == "Biomarker" and e.attr("biomarker_kind") == "wild_type"
        if (alteration or wild_type) and (paired := specimen_markers(text, m, e.synonyms)):
            # (s47 markers) "HER2 amplification in tissue or ctDNA", "RAS WT status on ct-DNA", "RAS wild-type in
            # tissue and plasma": a marker per specimen
            for x in paired:
                rec.imply(e, "measured_by", x.entity)
            out.append(m)
            out.extend(paired)
            continue
        if alteration:
            before = _LIQUID.search(text, max(0, m.start - 40), m.start) or _LIQUID_AFTER.match(text, m.end)
            subject = None if before or _TISSUE_AFTER.match(text, m.end) else \
                _LIQUID_SUBJECT.search(text, max(0, m.start - 320), m.start) or \
                (_LIQUID_FRAME.match(text, 0, m.start) if m.start < 400 else None)
            spec_words = before.group("spec") if before else ""
            if subject:  # the alteration the specimen was tested for: the mention stays the alteration's own words
                before, spec_words = subject, subject.group("spec")
                span = (m.start, m.end)
            else:
                span = (min(before.start(), m.start), max(m.end, before.end())) if before else None
            if before is None and (named := _specimen_named_after(text, m, ordered)) is not None:
                # (s57) "RAS mutations in LB": the specimen by the document's abbreviation of it
                before, spec_words, span = named, named.entity.name, (m.start, named.end)
            if before:
                spec_name = specimen_name(spec_words)
                name = f"{spec_name} {e.name}"
                symbol = e.attr("gene") or ""  # the names by the gene's symbol first ("ctDNA MET-amplified")
                synonyms = tuple(f"{spec_name} {s}" for s in sorted(e.synonyms, key=lambda x: symbol not in x)[:6])
                if written := written_specimen(spec_words):  # "liquid biopsy RAS mutation"
                    synonyms += (f"{written} {e.name}",)
                entity = Entity(mint("biomarker", name), "Biomarker", name, synonyms, (),
                                (("biomarker_kind", "liquid_biopsy"),))
                rec.imply(e, "measured_by", entity)
                out.append(m)
                out.append(_mention(span[0], span[1], text, entity))
                continue
        if wild_type:
            liquid = liquid_status(text, m)
            if liquid is not None:  # (s43 ent) "RAS/BRAF WT ctDNA", "plasma RAS wild-type": the status in that specimen
                rec.imply(e, "measured_by", liquid.entity)
                out.append(m)
                out.append(liquid)
                continue
        out.append(m)
    return out


# -- after recognition: populations (regimens: builders/regimen_names.py) ---------------------------
def populations(r, text, rec):
    """"RAS wild-type mCRC": a status or alteration joined to the disease, as a population context."""
    statuses = [m for m in rec.mentions if m.entity.category in CARRIER]
    for a in statuses:
        m = _DISEASE_AFTER.match(text, a.end)
        if not m or m.group(1).lower() not in ("mcrc", "crc", "crcs", "colorectal cancer", "colorectal cancers"):
            continue
        same_span = [x for x in statuses if x.start == a.start and x.end == a.end]
        members = sorted({x.entity.id for x in same_span})
        names = " ".join(sorted({_as_population_word(x.entity) for x in same_span}))
        disease = "mCRC" if m.group(1).lower() == "mcrc" else "CRC"
        label = f"{names} {disease}"
        pid = mint("disease", label)
        if any(x.entity.id == pid and x.start == a.start for x in rec.mentions):
            continue
        entity = Entity(pid, "Disease", label, (), (), (("population", True),))
        rec.mentions.append(_mention(a.start, m.end(), text, entity))
        rec.populations[entity.id] = tuple(members)


def _as_population_word(entity: Entity) -> str:
    """How a status names the patients who carry it: an expression marker as "X-expressing" ("EGFR-expressing
    mCRC", not "EGFR expression mCRC"), any other status by its name ("RAS wild-type mCRC").

    >>> _as_population_word(Entity("crc:b", "Biomarker", "EGFR expression", (), (), (("biomarker_kind", "expression"),)))
    'EGFR-expressing'
    """
    if entity.category == "Biomarker" and entity.attr("biomarker_kind") == "expression" and \
            re.fullmatch(r"\S+ expression", entity.name):
        return entity.name[:-len(" expression")] + "-expressing"
    return entity.name


__all__ = ["recognise", "regimens", "populations", "alteration_entity", "status_entity", "expression_entity",
           "class_entity", "VARIANT", "slug"]


# Performance only: the patterns searched over whole sentences skip the sentences that hold none of
# their words (builders.prefilter; same matches).
from builders.prefilter import prefiltered  # noqa: E402

_MAY_FUSE, _MAY_TRIAL, _MAY_NCRNA, _DRUG_CONTEXT = (prefiltered(p) for p in (_MAY_FUSE, _MAY_TRIAL, _MAY_NCRNA,
                                                                             _DRUG_CONTEXT))
_MAY_NANO, _MAY_CELL_MARKER, _MAY_LIST_MECHANISMS = (prefiltered(p) for p in (_MAY_NANO, _MAY_CELL_MARKER,
                                                                               _MAY_LIST_MECHANISMS))
_MAY_ACQUIRED, _MAY_FORMAT, _HAS_GREEK_SLASH = (prefiltered(p) for p in (_MAY_ACQUIRED, _MAY_FORMAT, _HAS_GREEK_SLASH))
_MAY_NUMBERED_NAME = prefiltered(_MAY_NUMBERED_NAME)
_MAY_SPELLED_TRIAL = prefiltered(_MAY_SPELLED_TRIAL)
_MAY_RANDOMISING_NAME = prefiltered(_MAY_RANDOMISING_NAME)
# (the recognisers of stop 42: their cue words ignore case, so each search tried every position of every sentence)
MAY_ABUNDANCE, MAY_TOXICITY_MARKER, MAY_LOWERED, MAY_STATE = (prefiltered(p) for p in (MAY_ABUNDANCE, MAY_TOXICITY_MARKER,
                                                                                    MAY_LOWERED, MAY_STATE))
MAY_ENZYME_CLASS, MAY_BIALLELIC, MAY_BARE_SCORE, MAY_CONJUGATE = (prefiltered(p) for p in (MAY_ENZYME_CLASS, MAY_BIALLELIC,
                                                                                         MAY_BARE_SCORE, MAY_CONJUGATE))
MAY_CELLS_EXPRESSING = prefiltered(MAY_CELLS_EXPRESSING)  # (h57 prec5: searched over every sentence, case ignored)


def _memoised(make, size: int = 1 << 14):
    """``make(entity, *args)`` remembered per distinct arguments: the same few alterations are made
    from every mention of a gene (entities are immutable, so one object serves every mention)."""
    known: dict = {}

    def cached(*args, **kwargs):
        if kwargs:
            return make(*args, **kwargs)
        try:
            found = known.get(args)
        except TypeError:  # an argument that cannot be hashed: make it afresh
            return make(*args)
        if found is None:
            if len(known) >= size:
                known.clear()
            found = known[args] = make(*args)
        return found
    cached.__doc__, cached.__wrapped__ = make.__doc__, make
    return cached


alteration_entity = _memoised(alteration_entity)


# searched in most sentences, which hold none of their words (builders/prefilter.py)
(_LIQUID_SUBJECT, _OTHER_HEAD_BEFORE, _SLASH_COMBINATION, _LIQUID) = map(prefiltered, (
    _LIQUID_SUBJECT, _OTHER_HEAD_BEFORE, _SLASH_COMBINATION, _LIQUID))
