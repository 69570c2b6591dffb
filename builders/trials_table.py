"""Builder: trials, arms and outcomes from tables.

These shapes are read:

* column-aligned rows flattened into text (``CRYSTAL  FOLFIRI + Cetuximab 316  57.3% 9.9 23.5``)
  under a header naming ``n ORR PFS OS``, with ``(HR, P-value)`` lines after an arm pair;
* rows flattened into runs of text that carry ``ORR: 30%; mPFS: 5.0 mo`` outcome labels;
* a review's summary of trials, one row per trial and one column per outcome ("Trial | Phase | Sample size | Treatment
  arm(s) | ORR (%) | mPFS (months)"), tab- or pipe-separated; reference numbers a text extraction glued onto the trial
  names ("HERACLES108") are taken off where the column shows them to be references;
* tab-separated tables whose header names a regimen column and an outcome or trial column,
  plus a trial report's own "Variable / Results" efficacy table. A row whose study has no name
  is named by the one reference it cites, looked up in the document's numbered reference list
  ("[145]" -> "Bai et al. 2024"); a cell "A + B or C" gives one arm per alternative;
* a trial report's efficacy table with one column per arm ("Outcome | Fruquintinib (n = 300) | Placebo (n = 150)") or,
  for a single-arm report, per population ("All patients (n = 40) | Left-sided (n = 28)").

Every outcome's evidence is the table row it was read from (``method: table``).
"""
from __future__ import annotations

import dataclasses
import re

from builders.context import (BuildContext, Emitter, author_trial, add_arm, add_outcome, line_of, normal_subgroup, phase_of,
                              report_trial, trial_entity, unnamed_trial)
from builders.document import Document, Sentence, Table
from builders.lazy_patterns import lazy_compile
from builders.references import references
from builders.trial_names import names_no_trial
from kg.ids import mint
from kg.model import Entity
from kg.groups import THERAPY

# (an empty cell is a hyphen or, as a typeset table prints it, an en or em dash: "259 \u2014 10.1 25.8")
_ALIGNED = lazy_compile(r"^(?P<lead>.*?\S)\s+(?P<n>\d{1,4})\s+(?P<orr>\d{1,3}(?:\.\d+)?%|[-–—])\s+(?P<pfs>\d{1,2}(?:\.\d+)?(?:\s*wk)?|[-–—])"
                        r"\s+(?P<os>\d{1,2}(?:\.\d+)?)\s*$")
_EMPTY = ("-", "\u2013", "\u2014")
_LABELLED = lazy_compile(r"\b(ORR|DCR|mPFS|mOS)\s*:\s*(\d{1,3}(?:\.\d+)?)\s*(%|mo|m|months)?(?![\w.])")
_LABELLED_LONG = lazy_compile(r"\b(ORR|DCR|Median PFS|Median OS)\s*:\s*(\d{1,3}(?:\.\d+)?)\s*(%|months)?", re.I)
_STAT = lazy_compile(r"([-–—])(?=\s|$)|(OR|HR)\s*=\s*(\d+(?:\.\d+)?)|P\s*([<=])\s*(0?\.\d+)")
# a flattened row of a "Target(s) | Agent(s) | ..." table opens with its target, written as a symbol
_SYMBOL_HEAD = lazy_compile(r"[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)*")
_OUTCOME_CELL = lazy_compile(r"\b(?:ORR|DCR|RR|PFS|OS|mPFS|mOS)\s*:\s*\d")  # "16 wk PFS: 46.9%" too
_TARGET_KINDS = frozenset({"Gene", "Alteration", "Molecule", "DrugClass", "Pathway"})
_AUTHOR_YEAR = lazy_compile(r"([A-Z][A-Za-z\-]+(?: [A-Z][a-z]+)?) et al\.? \((\d{4})\)")
_REF_CELL = lazy_compile(r"^\s*\[\s*(\d{1,4})\s*\]\s*$")


class _Tables:
    def __init__(self, doc: Document, ctx: "Reading"):
        self.doc, self.ctx = doc, ctx
        self.out = Emitter(doc, ctx, "table")

    # -- helpers --------------------------------------------------------------
    def therapies(self, text: str):
        self._rec = self.ctx.find(text)
        return [m for m in self._rec.merged() if m.entity.category in THERAPY]

    def trial_named(self, name: str, phase: str | None = None) -> Entity | None:
        name = re.sub(r"\s+(?:trial|study)$", "", name.strip(), flags=re.I)
        name = re.sub(r"(?<=[A-Za-z])1$", "", name) if not self.ctx.vocab.resolve(name) else name
        if not name or len(name) < 2 or names_no_trial(name):
            return None
        eid = self.ctx.vocab.resolve(name)
        if eid and self.ctx.vocab.entities[eid].category == "Trial":
            return trial_entity(self.ctx.vocab.entities[eid], phase)
        if sum(c.isupper() or c.isdigit() for c in name) < 2:
            return None
        return trial_entity(Entity(mint("trial", name), "Trial", name), phase)

    def cited_trial(self, cell: str, phase: str | None) -> Entity | None:
        """A table row's study known only by the one reference it cites ("[145]" -> "Bai et al. 2024")."""
        m = _REF_CELL.match(cell or "")
        ref = references(self.ctx).get(m.group(1)) if m else None
        return author_trial(ref.author, ref.year, phase) if ref else None

    def alternatives(self, cell: str, therapies) -> list:
        """The regimens of a cell that offers a choice for its last drug ("A + B or C" -> A + B, A + C);
        none when the cell names one regimen."""
        m = re.fullmatch(r"\s*(.+?\+\s*)([^+]+?)\s+or\s+([^+]+?)\s*", cell)
        if m is None or len(therapies) != 2:
            return []
        out = []
        for text in (m.group(1) + m.group(2), m.group(1) + m.group(3)):
            rec = self.ctx.find(text)
            found = [t for t in rec.merged() if t.entity.category in THERAPY]
            if len(found) != 1 or found[0].end - found[0].start < len(text.strip()) - 2:
                return []  # each alternative must read as one combination
            out.append((found[0].entity, rec))
        return out if len({e.id for e, _ in out}) == 2 else []

    def slashed_choice(self, cell: str, ev) -> Entity | None:
        """The regimen of a cell that offers a choice of backbone, written with a slash: "FOLFOX/CapeOX +
        Cetuximab" is FOLFOX or CAPOX, each with cetuximab (not CAPOX + cetuximab alone); None otherwise."""
        m = re.fullmatch(r"\s*([^\s/+]+)\s*/\s*([^\s/+]+)\s*(?:\+\s*([^/]+?)\s*)?", cell)
        if m is None:
            return None
        alts = []
        for text in (m.group(1), m.group(2)):
            found = [t for t in self.ctx.find(text).merged() if t.entity.category in THERAPY]
            if len(found) != 1 or found[0].entity.category != "Regimen" or found[0].end - found[0].start < len(text) - 1:
                return None  # each side of the slash must be one named regimen ("trifluridine/tipiracil" is one drug)
            alts.append(found[0].entity)
        if alts[0].id == alts[1].id:
            return None
        name = f"{alts[0].name} or {alts[1].name}"
        parts = alts
        if m.group(3):
            rest = [t for t in self.ctx.find(m.group(3)).merged() if t.entity.category in THERAPY]
            if len(rest) != 1:
                return None
            name = f"({name}) + {rest[0].entity.name}"
            parts = alts + [rest[0].entity]
        regimen = Entity(mint("regimen", name), "Regimen", name, (), (), (("choice", True),))
        self.out.entity(regimen)
        for part in parts:
            self.out.fact(regimen, "has_component", part, ev)
        return regimen

    def ev(self, row: Sentence):
        return self.out.evidence(row)

    # -- shape 1: column-aligned rows -------------------------------------------
    def aligned(self, table: Table) -> None:
        header = next((r for r in table.rows if re.search(r"\bn\b.*ORR.*PFS.*OS", r.norm)), None)
        if header is None:
            return
        trial = None
        pair: list[Entity] = []
        setting = None
        pending: tuple[Sentence, list] | None = None  # an "(HR, P-value)" row waiting for its P values
        for row in table.rows[table.rows.index(header) + 1:]:
            text = re.sub(r"(?<=[A-Za-z])1(?=\s|$)", "", row.norm)
            if pending is not None:
                ps = list(re.finditer(r"P\s*([<=])\s*(0?\.\d+)", text))
                self._flush_stats(*pending, row if ps else None, ps)
                pending = None
                if ps:
                    continue
            if text.startswith("(HR, P-value)"):
                if trial is not None and pair:
                    stats = self._stat_columns(text[len("(HR, P-value)"):])
                    if stats:
                        pending = (row, [(metric, pair[0], value) for metric, value in stats])
                continue
            m = _ALIGNED.match(text)
            if not m:
                if re.match(r"(?:First|Second)[- ]line", text):
                    setting = "first-line" if text.startswith("First") else "later-line"
                continue
            therapies = self.therapies(m.group("lead"))
            if not therapies:
                continue
            name = m.group("lead")[:therapies[0].start].strip()
            if name:
                trial = self.trial_named(name)
                if trial is not None and setting:
                    trial = trial_entity(trial, None, setting)
                pair = []
            if trial is None:
                continue
            ev = self.ev(row)
            self.out.entity(trial)
            choice = self.slashed_choice(m.group("lead")[therapies[0].start:], ev)
            arm = add_arm(self.out, trial, choice or therapies[-1].entity, ev)
            if choice is not None:  # "CapeOX + Cetuximab" read inside "FOLFOX/CapeOX + Cetuximab" is not a regimen here
                self._rec = dataclasses.replace(self._rec, regimens=[])
            self.out.mentions(self._rec, ev)
            pair.append(arm)
            add_outcome(self.out, arm, "n", int(m.group("n")), ev)
            if m.group("orr") not in _EMPTY:
                add_outcome(self.out, arm, "ORR", float(m.group("orr").rstrip("%")), ev)
            if m.group("pfs") not in _EMPTY and "wk" not in m.group("pfs"):
                add_outcome(self.out, arm, "mPFS", float(m.group("pfs")), ev)
            add_outcome(self.out, arm, "mOS", float(m.group("os")), ev)
        if pending is not None:
            self._flush_stats(*pending, None, [])

    @staticmethod
    def _stat_columns(text: str) -> list[tuple[str, float]]:
        """The OR/HR values of an "(HR, P-value)" row, by column (ORR, PFS, OS); "-" and lone P values hold a column."""
        cols = ["ORR", "PFS", "OS"]
        stats, col = [], 0
        for c in _STAT.finditer(text):
            if col >= 3:
                break
            if c.group(2) and (cols[col] != "ORR" or c.group(2) == "OR"):
                metric = "OR_RR" if c.group(2) == "OR" else ("HR_PFS" if cols[col] == "PFS" else "HR_OS")
                stats.append((metric, float(c.group(3))))
            col += 1
        return stats

    def _flush_stats(self, row: Sentence, stats: list, p_row: Sentence | None, ps: list) -> None:
        """Record OR/HR values, each with the P value printed under it when the next line has them."""
        span = row
        if p_row is not None:
            raw = self.doc.text[row.start:p_row.end]
            span = Sentence(row.start, p_row.end, " ".join(raw.split()), row.norm + " " + p_row.norm, row.section, row.index)
        ev = self.ev(span)
        for i, (metric, arm, value) in enumerate(stats):
            p = f"{ps[i].group(1)} {ps[i].group(2)}" if i < len(ps) else None
            add_outcome(self.out, arm, metric, value, ev, p=p)

    # -- shape 2: flattened rows with labelled outcomes ---------------------------
    def opens_target_row(self, line: str) -> bool:
        """Whether a line of a flattened table opens a row: its first word is a target written as a
        symbol (a gene, an allele, a ligand, a drug class such as "TKI"), as rows of a table of targets
        and agents open; a drug, a trial or a population at the head of a line continues the row above."""
        words = line.split(None, 1)
        if not words or not _SYMBOL_HEAD.fullmatch(words[0]):
            return False
        head = words[0].split("/")[0]
        eid = self.ctx.vocab.resolve(head)
        if eid and self.ctx.vocab.entities[eid].category in _TARGET_KINDS:
            return True
        first = next(iter(self.ctx.find(words[0]).merged()), None)
        return first is not None and first.start == 0 and first.entity.category in _TARGET_KINDS

    def labelled(self, table: Table) -> None:
        rows: list[list[Sentence]] = []
        for i, line in enumerate(table.rows):
            header = i == 1 and not re.search(r"\d", table.rows[0].norm)  # the column names stand alone
            # a row is whole once its outcome cell (the last column) has been read
            if not rows or header or (_OUTCOME_CELL.search(" ".join(r.norm for r in rows[-1])) and
                                      self.opens_target_row(line.norm)):
                rows.append([line])
            else:
                rows[-1].append(line)
        for group in rows:
            text = " ".join(r.norm for r in group)
            first = _LABELLED.search(text)
            if not first:
                continue
            head = text[:first.start()]
            therapies = self.therapies(head)
            if not therapies:
                continue
            phase = phase_of(head)
            named = re.search(r"([^;]*?)\s*;\s*phase", head)
            regimen = therapies[-1].entity
            trial = None
            if named:
                words = named.group(1).split()
                if len(words) >= 2 and words[-2] == "and":
                    continue  # two trials in one row: cannot tell whose numbers these are
                for k in (3, 2, 1):
                    eid = self.ctx.vocab.resolve(" ".join(words[-k:]))
                    if eid and self.ctx.vocab.entities[eid].category == "Trial":
                        trial = trial_entity(self.ctx.vocab.entities[eid], phase)
                        break
                if trial is None and words:
                    trial = self.trial_named(words[-1], phase)
            else:
                trial = unnamed_trial(self.doc, f"study of {regimen.name}", phase)
            if trial is None:
                continue
            trial = trial_entity(trial, None, line_of(head))
            span = Sentence(group[0].start, group[-1].end, " ".join(r.text for r in group), text, group[0].section, group[0].index)
            ev = self.ev(span)
            self.out.entity(trial)
            arm = add_arm(self.out, trial, regimen, ev)
            self.out.mentions(self._rec, ev)
            seen: set[str] = set()
            for m in _LABELLED.finditer(text, first.start()):
                metric = m.group(1)
                if metric in seen:
                    break  # a repeated label belongs to a neighbouring row
                seen.add(metric)
                add_outcome(self.out, arm, metric, float(m.group(2)), ev)

    # -- shape 3: tab-separated ---------------------------------------------------
    def tsv(self, table: Table) -> None:
        if not table.cells:
            return
        header = [c.lower() for c in table.cells[0]]
        if "variable" in header[0] and any("result" in h for h in header):
            self.results_table(table)
            return
        reg_col = next((i for i, h in enumerate(header) if _REGIMEN_HEAD.fullmatch(h)), None)
        if reg_col is None:
            self.arm_columns(table)
            return
        trial_col = next((i for i, h in enumerate(header) if re.search(r"trial|study", h)), None)
        mech_col = next((i for i, h in enumerate(header) if "mechanism" in h), None)
        out_col = next((i for i, h in enumerate(header) if re.search(r"outcome|result", h)), None)
        ref_col = next((i for i, h in enumerate(header) if re.fullmatch(r"references?|refs?\.?", h.strip())), None)
        phase_col = next((i for i, h in enumerate(header) if h.strip() == "phase"), None)
        metric_cols = [(i, metric) for i, h in enumerate(table.cells[0]) if (metric := _column_metric(h))]
        width = len(header)
        names = _without_glued_references([cells[trial_col] if trial_col is not None and len(cells) == width else ""
                                           for cells in table.cells[1:]])
        last_trial, last_mech = None, None
        for row, cells, bare_name in zip(table.rows[1:], table.cells[1:], names):
            while len(cells) > width and not cells[0].strip():
                cells = cells[1:]
            if len(cells) < width:  # a continuation row: missing leading cells inherit
                cells = [""] * (width - len(cells)) + cells
            cells = cells[:width]
            therapies = self.therapies(cells[reg_col])
            if not therapies:
                continue
            if "+" in cells[reg_col] and not any("+" in cells[reg_col][t.start:t.end] for t in therapies):
                continue  # "Bispecific antibody (PD-L1/CD3) + Regorafenib": a combination read in part is not one drug's arm
            regimen = therapies[0].entity
            alternatives = self.alternatives(cells[reg_col], therapies)
            ev = self.ev(row)
            trial_text = cells[trial_col] if trial_col is not None else ""
            trial = None
            author = _AUTHOR_YEAR.search(trial_text)
            if author:
                trial = author_trial(author.group(1), author.group(2))
            elif trial_text:
                phase = phase_of(trial_text) or (phase_of("phase " + cells[phase_col]) if phase_col is not None else None)
                rec = self.ctx.find(bare_name or trial_text)
                named = [m.entity for m in rec.mentions if m.entity.category == "Trial"]
                if named:
                    trial = trial_entity(named[-1], phase)
                elif ref_col is not None and (cited := self.cited_trial(cells[ref_col], phase)):
                    # "Clinical trial, Phase II | ... | [158]": the study is the one its reference names
                    trial = cited
                elif metric_cols and _TRIAL_CELL.fullmatch(bare_name or trial_text) and " et al" not in trial_text:
                    # "MOUNTAINEER | II | 86 | Trastuzumab + tucatinib | 38.1": a trial column of names
                    trial = self.trial_named(bare_name or trial_text, phase)
                elif phase and not re.search(r"preclinical", trial_text, re.I):
                    trial = unnamed_trial(self.doc, f"study of {regimen.name}", phase)
            elif trial_col is not None and last_trial is not None and not cells[trial_col]:
                trial = last_trial
            if trial_col is not None and not trial_text and last_trial is not None:
                trial = last_trial
            last_trial = trial or last_trial
            mech_text = cells[mech_col] if mech_col is not None and cells[mech_col] else last_mech
            last_mech = mech_text
            if trial is None:
                continue
            self.out.entity(trial)
            rec = self._rec
            for other, other_rec in alternatives:  # "Anti-PD-1 + Trilaciclib or Palbociclib": one arm per alternative
                add_arm(self.out, trial, other, ev)
                self.out.mentions(other_rec, ev)
            arm = add_arm(self.out, trial, regimen, ev) if not alternatives else None
            self.out.mentions(rec, ev)
            several = arm is not None and bool(metric_cols) and _SEVERAL_ARMS.search(cells[reg_col]) is not None
            if several:
                # "A + B versus C + D" in a summary table's row: each side is an arm of the row's trial
                for part in _SEVERAL_ARMS.split(cells[reg_col])[1:]:
                    side = self.therapies(part)
                    if side and side[0].entity.id != regimen.id:
                        add_arm(self.out, trial, side[0].entity, ev)
                        self.out.mentions(self._rec, ev)
            if out_col is not None and arm is not None:
                for m in _LABELLED_LONG.finditer(cells[out_col]):
                    metric = {"orr": "ORR", "dcr": "DCR", "median pfs": "mPFS", "median os": "mOS"}[m.group(1).lower()]
                    add_outcome(self.out, arm, metric, float(m.group(2)), ev)
            if mech_text:
                self.mechanism(mech_text, regimen, ev)
            if arm is not None and metric_cols and not several and _one_regimen(cells[reg_col], therapies):
                for i, metric in metric_cols:
                    self.column_value(arm, metric, table.cells[0][i], cells[i] if i < len(cells) else "", ev)

    def column_value(self, arm: Entity, metric: str, head: str, cell: str, ev) -> None:
        """One value of a row under a column that names its outcome ("ORR (%)", "mPFS (months)", "Sample size")."""
        cell = re.sub(r"\s*(?:months?|mo)\.?\s*$", "", cell.strip())
        if metric == "n":
            if re.fullmatch(r"\d{1,5}", cell):
                add_outcome(self.out, arm, "n", int(cell), ev)
            return
        value = _cell_value(cell, metric, head)
        if value is not None:
            number, ci = value
            extra = {"ci_low": ci[0], "ci_high": ci[1]} if ci and ci[0] <= number <= ci[1] else {}
            add_outcome(self.out, arm, metric, number, ev, **extra)

    def mechanism(self, text: str, regimen: Entity, ev) -> None:
        """A "mechanism | coping strategy" row: the strategy overcomes the mechanism."""
        rec = self.ctx.find(text)
        targets = [m.entity for m in rec.mentions if m.entity.category in ("Alteration", "ResistanceMechanism")]
        if not targets:
            genes = [m.entity for m in rec.mentions if m.entity.category == "Gene"]
            if genes and re.search(r"activation", text, re.I):
                mech = Entity(mint("mech", f"{genes[0].name} activation"), "ResistanceMechanism", f"{genes[0].name} activation")
                self.out.fact(mech, "involves", genes[0], ev)
                targets = [mech]
        for rec_m in rec.mentions:
            self.out.entity(rec_m.entity)
        self.out.mentions(rec, ev)
        for t in targets:
            self.out.fact(regimen, "overcomes", t, ev)

    def arm_columns(self, table: Table) -> None:
        """A trial report's efficacy table with one column per arm ("Outcome | Fruquintinib (n = 300) | Placebo
        (n = 150)") and one row per outcome ("Objective response rate, % | 1.5 | 0", "Median OS, months (95% CI) |
        7.4 (6.7-8.2) | 4.8 (4.0-5.8)", "HR for OS (95% CI) | 0.66 (0.55-0.80)"): the outcomes of the report's own
        trial, each column's on its arm (the first column's hazard ratio). Nothing unless every arm column names one
        therapy and no other column is there."""
        trial, own = report_trial(self.doc, self.ctx, need_regimen=False)
        if trial is None or len(table.cells) < 2 or len(table.cells[0]) < 2:
            return
        arms = []  # (regimen, n, population) per column
        for head in table.cells[0][1:]:
            name = re.sub(r"\(\s*n\s*=\s*\d+\s*\)|\bgroup\b|\barm\b", " ", head, flags=re.I).strip()
            n = re.search(r"\(\s*n\s*=\s*(\d+)\s*\)", head, re.I)
            n = int(n.group(1)) if n else None
            found = [t for t in self.ctx.find(name).merged() if t.entity.category in THERAPY]
            if len(found) == 1 and found[0].end - found[0].start >= len(name) - 2:
                arms.append((found[0].entity, n, None))
            elif own is not None and not found and re.fullmatch(r"(?i:all|overall|total|whole|ITT)(?:\s+(?i:patients|population|"
                                                                 r"cohort))?", name):
                arms.append((own, n, None))  # "All patients (n = 17)": the one arm, whole
            elif own is not None and not found and _POPULATION.fullmatch(name):
                arms.append((own, n, re.sub(r"\s+(?:patients|population|subgroup|cohort|tumou?rs)$", "", name, flags=re.I)))
            else:
                return
        if len({(e.id, p) for e, _, p in arms}) != len(arms) or (any(p for _, _, p in arms) and len({e.id for e, _, _ in arms}) > 1):
            return
        made = {}
        for row, label, values, group in _efficacy_rows(table, len(arms)):
            label = label.strip()
            metric = _row_metric(label, group)
            if metric is None:
                continue
            ev = self.ev(row)
            for k, (cell, (regimen, _, population)) in enumerate(zip(values, arms)):
                if metric.startswith("HR_") and (k > 0 or population or len({e.id for e, _, _ in arms}) < 2):
                    break
                value = _cell_value(cell, metric, label)
                if value is None:
                    continue
                if regimen.id not in made:
                    self.out.entity(trial)
                    made[regimen.id] = add_arm(self.out, trial, regimen, ev)
                number, ci = value
                extra = {"ci_low": ci[0], "ci_high": ci[1]} if ci and ci[0] <= number <= ci[1] else {}
                add_outcome(self.out, made[regimen.id], metric, number, ev, subgroup=population, **extra)
        for regimen, n, population in arms:
            if n is not None and regimen.id in made:
                add_outcome(self.out, made[regimen.id], "n", n, self.ev(table.rows[0]), subgroup=population)

    def results_table(self, table: Table) -> None:
        """A trial report's efficacy table ("Variable | Results"): outcomes of the report's own trial."""
        trial, regimen = report_trial(self.doc, self.ctx)
        if trial is None or regimen is None:
            return
        arm = None
        for row, label, (value,), group in _efficacy_rows(table, 1):
            ev = self.ev(row)
            if arm is None:
                self.out.entity(trial)
                arm = add_arm(self.out, trial, regimen, ev)
            pct = re.search(r"\((\d+(?:\.\d+)?)%\)", value)
            med = re.match(r"\s*(\d+(?:\.\d+)?)\s*\((\d+(?:\.\d+)?)[–-](\d+(?:\.\d+)?)\)", value)
            if label.startswith("ORR") and pct:
                add_outcome(self.out, arm, "ORR", float(pct.group(1)), ev)
            elif label.startswith("DCR") and pct:
                add_outcome(self.out, arm, "DCR", float(pct.group(1)), ev)
            elif label.lower().startswith("median") and med and group in ("PFS", "OS"):
                add_outcome(self.out, arm, "m" + group, float(med.group(1)), ev,
                            ci_low=float(med.group(2)), ci_high=float(med.group(3)))
        n = re.search(r"n\s*=\s*(\d+)", " ".join(table.cells[0]))
        if n and arm is not None:
            add_outcome(self.out, arm, "n", int(n.group(1)), self.ev(table.rows[0]))

    def run(self) -> Emitter:
        for table in self.doc.tables:
            before = len(self.out.outcomes)
            if table.kind == "flat":
                if any(re.search(r"\bn\b.*ORR.*PFS.*OS", r.norm) for r in table.rows):
                    self.aligned(table)
                else:
                    self.labelled(table)
            else:
                self.tsv(table)
            caption_text = table.caption
            if table.kind == "flat" and table.rows and not re.search(r"\d", table.rows[0].norm):
                caption_text += " " + table.rows[0].norm
            caption = self.ctx.find(caption_text) if caption_text else None
            status = [m for m in (caption.mentions if caption else []) if m.entity.category == "Alteration" or
                      m.entity.category == "Biomarker" and m.entity.attr("biomarker_kind") in (
                          "wild_type", "msi_status", "expression_status", "sidedness")]
            if status:
                from dataclasses import replace

                label = normal_subgroup(status[-1].text)
                self.out.outcomes[before:] = [replace(o, subgroup=o.subgroup or label) for o in self.out.outcomes[before:]]
        return self.out


def _efficacy_rows(table: Table, width: int):
    """The value rows of an efficacy table as ``(row, label, values, group)``: ``values`` the ``width`` cells after
    the label (empty strings where a row is short); a row with no value names the group of the rows under it
    ("PFS" above "Median, months (95% CI)")."""
    group = ""
    for row, cells in zip(table.rows[1:], table.cells[1:]):
        values = (list(cells[1:width + 1]) + [""] * width)[:width]
        if not any(v.strip() for v in values):
            group = cells[0]
            continue
        yield row, cells[0], values, group


# the head of a table's column of regimens ("Treatment arm(s)", "Regimen", "Agents", "Intervention")
_REGIMEN_HEAD = lazy_compile(r"(?:(?:treatment|study|experimental)\s+)?(?:agents?|regimens?|treatments?|therap(?:y|ies)|"
                             r"interventions?|drugs?|arms?|combinations?)(?:\s*\(s\))?|coping strategy", re.I)
_PERCENT_TAIL = r"\s*(?:\(\s*%\s*\)|,\s*%|%)?"  # "ORR (%)", "ORR, %", "ORR %"
_MONTHS_TAIL = r"(?:\(\s*(?:months?|mo)\s*\)|,\s*(?:months?|mo))"  # "(months)", ", mo"


def _median_head(short: str, long: str) -> str:
    """The head of a column of medians: "mPFS", "median PFS" with or without the unit, "PFS (months)"."""
    return rf"(?:m{short}|median\s+(?:{short}|{long}))(?:\s*{_MONTHS_TAIL})?|(?:{short}|{long})\s*{_MONTHS_TAIL}"


# the head of a column of one outcome per row, and the outcome: "ORR (%)", "mPFS (months)", "Median OS, mo", "Sample size".
# A survival column is a median only where its head says so or gives the time unit ("PFS (months)"); never a rate.
_COLUMN_METRICS = [
    (lazy_compile(r"(?:ORR|(?:objective|overall)\s+response\s+rate|response\s+rate|RR)" + _PERCENT_TAIL, re.I), "ORR"),
    (lazy_compile(r"(?:DCR|disease\s+control\s+rate)" + _PERCENT_TAIL, re.I), "DCR"),
    (lazy_compile(_median_head("PFS", r"progression-free\s+survival"), re.I), "mPFS"),
    (lazy_compile(_median_head("OS", r"overall\s+survival"), re.I), "mOS"),
    (lazy_compile(r"n|sample\s+size|no\.?\s+of\s+patients|number\s+of\s+patients|patients\s*\(\s*n\s*\)", re.I), "n"),
]
# a row whose regimen cell names arms set against each other: its values cannot be put on one arm
_SEVERAL_ARMS = lazy_compile(r"\b(?:versus|vs\.?|compared with)\s|;")
# a trial column's cell that can be a trial's name: no sentence, at most four words
_TRIAL_CELL = lazy_compile(r"[A-Za-z0-9][\w.\-/()]*(?: [\w.\-/()]+){0,3}")


def _one_regimen(cell: str, therapies) -> bool:
    """Whether a summary table's regimen cell names one regimen, read whole: one therapy covering the cell. A cell
    naming several ("A or B", "A, B", "A + B ± C", "A with or without B", "FOLFOX/FOLFIRI + B") gives the row's
    values to no arm: which arm they are of the row does not say."""
    return len(therapies) == 1 and therapies[0].end - therapies[0].start >= len(cell.strip()) - 2


def _column_metric(head: str) -> str | None:
    """The outcome of a table column named ``head``.

    >>> [_column_metric(h) for h in ("ORR (%)", "mPFS (months)", "Median OS, mo", "Sample size", "PFS rate", "PFS")]
    ['ORR', 'mPFS', 'mOS', 'n', None, None]
    """
    return next((metric for pattern, metric in _COLUMN_METRICS if pattern.fullmatch(head.strip())), None)


def _glued_reference(name: str, size: int) -> tuple[str, int] | None:
    """``name`` split into its stem and the last ``size`` digits of the number it ends in, where those digits can be a
    reference glued on: right after a letter ("HERACLES108"), or after a number of the name's own
    ("DESTINY-CRC01116", "NSABP FC-11114"); never a whole number set off by a space, hyphen or point ("FIRE-3",
    "CALGB 80405", "CO.17")."""
    name = name.strip()
    k = len(name)
    while k and name[k - 1].isdecimal():  # the number the name ends in (a scan, not "(.*?)(\d+)": linear in the cell)
        k -= 1
    if len(name) - k < size:
        return None
    stem, run = name[:k], name[k:]
    if len(run) == size and not (stem[-1:].isalpha() or stem.endswith(" al.")) or stem[-1:] == " " or \
            len(re.findall(r"[A-Za-z]", stem)) < 2:
        return None
    return stem + run[:-size], int(run[-size:])


def _without_glued_references(names: list[str]) -> list[str]:
    """The names of a table's trial column without the reference numbers a text extraction glued onto them, where the
    numbers show they are references: at least three names end in such a number (:func:`_glued_reference`) of the same
    length, none twice, all within a short run, as a table cites its sources in order ("HERACLES108",
    "MOUNTAINEER107", "DESTINY-CRC01116": HERACLES, MOUNTAINEER, DESTINY-CRC01). "" where nothing is taken off.

    >>> _without_glued_references(["HERACLES108", "MOUNTAINEER107", "Lee et al.110", "S1613 (NCT03365882)"])
    ['HERACLES', 'MOUNTAINEER', 'Lee et al.', '']
    >>> _without_glued_references(["FIRE-3", "CALGB 80405", "CO.17", "CO.20", "TRIBE2"])
    ['', '', '', '', '']
    """
    for size in (3, 2):
        found = {k: split for k, name in enumerate(names) if (split := _glued_reference(name, size))}
        numbers = [number for _, number in found.values()]
        if len(numbers) >= 3 and len(set(numbers)) == len(numbers) and max(numbers) - min(numbers) <= 2 * len(names) + 5:
            return [found[k][0].rstrip() if k in found else "" for k in range(len(names))]
    return ["" for _ in names]


# a column of patients by marker status: "RAS/BRAF wild-type (n = 14)", "KRAS-mutant", "HER2 IHC 3+ patients"
_POPULATION = lazy_compile(r"(?:[\w/+\-]+\s+){0,2}[\w/+\-]*(?i:wild[- ]type|WT|mutant|mutated|MT|positive|negative|high|low|"
                           r"amplified|left-sided|right-sided|MSI-H|MSS|dMMR|pMMR|IHC\s*[0-3]\+(?:\s*/\s*ISH\+)?)"
                           r"(?:\s+(?i:patients|population|subgroup|cohort|tumou?rs))?")
_ROW_METRICS = [
    (lazy_compile(r"^(?:confirmed\s+)?(?:objective|overall)\s+response(?:\s+rate)?\b|^ORR\b|^response rate\b", re.I), "ORR"),
    (lazy_compile(r"^disease control(?:\s+rate)?\b|^DCR\b", re.I), "DCR"),
    (lazy_compile(r"^(?:HR|hazard ratio)\b.*\b(?:PFS|progression)", re.I), "HR_PFS"),
    (lazy_compile(r"^(?:HR|hazard ratio)\b.*\b(?:OS|overall survival|death)\b", re.I), "HR_OS"),
    (lazy_compile(r"^median\s+(?:PFS|progression-free survival)\b", re.I), "mPFS"),
    (lazy_compile(r"^median\s+(?:OS|overall survival)\b", re.I), "mOS"),
]


def _row_metric(label: str, group: str) -> str | None:
    """The outcome a table row gives, from its label (or, for "Median" / "HR" rows, the group row above it)."""
    for pattern, metric in _ROW_METRICS:
        if pattern.search(label):
            return metric
    if re.match(r"median\b", label, re.I) and re.fullmatch(r"\s*(?:PFS|progression-free survival)\s*", group, re.I):
        return "mPFS"
    if re.match(r"median\b", label, re.I) and re.fullmatch(r"\s*(?:OS|overall survival)\s*", group, re.I):
        return "mOS"
    return None


def _cell_value(cell: str, metric: str, label: str) -> tuple[float, tuple | None] | None:
    """The value of one arm's cell: "55.7", "4 (23.5%)", "7.4 (6.7–8.2)", "0.66 (0.55-0.80)"; None when the cell
    holds no value of that metric ("NR", "-", a count without its percentage)."""
    cell = cell.strip()
    if metric in ("ORR", "DCR"):
        pct = re.fullmatch(r"\d+\s*\(\s*(\d+(?:\.\d+)?)\s*%?\s*\)", cell)
        if pct:
            return float(pct.group(1)), None
        plain = re.fullmatch(r"(\d+(?:\.\d+)?)\s*%?(?:\s*\((\d+(?:\.\d+)?)\s*[–-]\s*(\d+(?:\.\d+)?)\s*\))?", cell)
        if plain and (cell.rstrip().endswith("%") or "%" in cell or re.search(r"%|\brate\b", label)) and \
                0 < float(plain.group(1)) <= 100:
            ci = (float(plain.group(2)), float(plain.group(3))) if plain.group(2) else None
            return float(plain.group(1)), ci
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s*\(\s*(\d+(?:\.\d+)?)\s*(?:[–-]|to|,)\s*(\d+(?:\.\d+)?)\s*\))?"
                     r"(?:\s*[;,]?\s*[Pp]\s*[=<]\s*0?\.\d+)?", cell)
    if not m:
        return None
    number = float(m.group(1))
    if metric.startswith("HR_") and not 0.05 <= number <= 5:
        return None
    if metric in ("mPFS", "mOS") and (not 0 < number <= 150 or re.search(r"\bweeks?\b|\bdays?\b", label, re.I)):
        return None
    return number, ((float(m.group(2)), float(m.group(3))) if m.group(2) else None)


def build(doc: Document, ctx: "Reading") -> Emitter:
    """Trials, arms and outcomes from the tables of ``doc``."""
    return _Tables(doc, ctx).run()
