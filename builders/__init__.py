"""Builders: documents in, entities + assertions + outcomes (with evidence) out.

Each builder is a pure function ``build(doc, ctx) -> Emitter`` of one parsed
document; builders never import each other. :func:`read_document` runs them all
on one file and returns a picklable :class:`~kg.model.DocumentResult`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path


from builders import curated, relations, table_classes, table_rescues, table_targets, trials_table, trials_text
from builders.context import BuildContext, Deadline, Reading, ReadingTimeout, keep_entity
from builders.document import DocumentError, parse_document
from builders.background_values import without_background_values
from builders.comparator_values import without_comparator_values
from builders.other_options_values import without_other_options_values
from builders.edge_checks import checked_edges
from builders.failed_studies import without_failed_study_rescues
from builders.trial_levels import trial_levels
from builders.alteration_kinds import alteration_kinds
from builders.level_kinds import level_kinds
from builders.family_alterations import member_alterations
from builders.family_members import member_participation
from builders.mechanism_kinds import mechanism_kinds, named_kinds
from builders.predicted_resistance import level_predictions, predicted_resistance
from builders.blood_markers import blood_marker_predictions
from builders.renewed_use import renewed_use_facts
from builders.encoding import content_key
from builders.formats import Source, Unreadable, read_sources
from builders.recognize import Recognizer
from builders.count_checks import checked_counts
from builders.regimen_checks import checked_regimens
from builders.rules import RuleError, load_rules
from builders.strategy_instances import strategy_instances
from builders.heading_carriers import heading_carrier_rescues
from builders.written_forms import with_written_forms
from kg.model import DocumentResult
from kg.resources import ontology_dir, read_yaml
from kg.schema import load_schema
from kg.vocab import load_vocabulary

# The registry of builders run on every document, in order.
BUILDERS = {
    "relations": relations.build,
    "trials_text": trials_text.build,
    "trials_table": trials_table.build,
    "table_classes": table_classes.build,
    "table_targets": table_targets.build,
    "table_rescues": table_rescues.build,
}


@lru_cache(maxsize=1)
def default_context() -> BuildContext:
    """The shared read-only context (schema, vocabulary, recogniser), built once per process."""
    vocab = load_vocabulary()
    schema = load_schema()
    return BuildContext(schema, vocab, Recognizer(vocab), load_rules(schema, ontology_dir() / "rules"))


def load_curated(path: Path | None = None) -> list[dict]:
    with open(path or ontology_dir() / "curated.yaml", encoding="utf-8") as handle:
        return read_yaml(handle) or []


def read_document(path, ctx: BuildContext | None = None, curated_entries: list[dict] | None = None,
                  budget_s: float | None = None) -> DocumentResult:
    """Run every builder on a file that holds one document (see :func:`read_source` for one of many).

    Raises :class:`DocumentError` for unreadable input (also for a file that holds several
    documents), and :class:`ReadingTimeout` (a ``DocumentError``) when reading takes longer than
    ``budget_s`` seconds (no limit when None).
    """
    sources = read_sources(path)
    if len(sources) != 1:
        raise DocumentError(f"{Path(path).name}: holds {len(sources)} documents; read it with kg.pipeline.read_file")
    if isinstance(sources[0], Unreadable):
        raise DocumentError(sources[0].error)
    return read_source(sources[0], ctx, curated_entries, budget_s)


def read_source(source: Source, ctx: BuildContext | None = None, curated_entries: list[dict] | None = None,
                budget_s: float | None = None) -> DocumentResult:
    """Run every builder on one document of a corpus file (:func:`builders.formats.read_sources`).

    After the builders, the output-level checks run on the whole document's result, in this order: the regimen
    and arm checks (builders/regimen_checks.py: they rewrite regimens and drop arms, so what follows sees the
    final arms), the checks on biological facts (builders/edge_checks.py), the member genes of a gene family the
    document places in a pathway (builders/family_members.py) and of a family an alteration is of
    (builders/family_alterations.py), the alterations that are kinds of the document's general alteration of
    their gene or family (builders/alteration_kinds.py), the mechanisms that are kinds of the document's
    "X-mediated resistance" or of a known process their name narrows (builders/mechanism_kinds.py), the resistance an alteration is said to
    predict and the resistance a level marker is said to bring about, which it predicts, read from the checked facts
    (builders/predicted_resistance.py), the predictions of the liquid-biopsy
    marker of an alteration read in the blood (builders/blood_markers.py), the predictions and rescues of a therapy
    named as given again, also of its renewed use (builders/renewed_use.py), the lowered level markers that are kinds of their
    product's plain level marker and the joint wild-type statuses that are kinds of each gene's own
    (builders/level_kinds.py), the patient-count checks
    (builders/count_checks.py: they need the final arms), and only then the regimens that instantiate a strategy
    (builders/strategy_instances.py) and the trial regimens aimed at the alteration a run-in heading names
    (builders/heading_carriers.py), read from the checked facts.

    Raises :class:`ReadingTimeout` (a :class:`DocumentError`) when reading takes longer than
    ``budget_s`` seconds (no limit when None).
    """
    ctx = ctx or default_context()
    deadline = Deadline.after(budget_s)
    doc = parse_document(source.name, source.text, source.sha256, source.publications)
    deadline.check(doc.name)
    result = DocumentResult(document=doc.name, sha256=doc.sha256, n_sentences=len(doc.sentences), n_tables=len(doc.tables),
                            content_sha256=content_key(doc.text),
                            file="" if source.file == source.name else source.file,
                            publications=source.publications, metadata=source.metadata)
    reading = Reading(doc, ctx, deadline)
    emitters = []
    for build in BUILDERS.values():
        emitters.append(build(doc, reading))
        deadline.check(doc.name)
    if curated_entries:
        emitters.append(curated.build(doc, reading, curated_entries))
    seen = {}
    for out in emitters:
        for entity in out.entities.values():
            keep_entity(seen, entity)
        result.assertions.extend(out.assertions)
        result.outcomes.extend(out.outcomes)
    # what reading assembled, checked against what a regimen or a trial arm can be (builders/regimen_checks.py)
    result.assertions, result.outcomes = checked_regimens(result.assertions, result.outcomes, seen, ctx)
    # the biological facts, checked against the document's other facts and what a therapy is (builders/edge_checks.py)
    result.assertions = checked_edges(result.assertions, seen, ctx)
    # the member genes of a family the document places in a pathway (builders/family_members.py)
    members, genes = member_participation(result.assertions, seen, ctx)
    for gene in genes:
        keep_entity(seen, gene)
    result.assertions.extend(members)
    # the member genes of a family an alteration is of (builders/family_alterations.py)
    altered, genes = member_alterations(result.assertions, seen, ctx)
    for gene in genes:
        keep_entity(seen, gene)
    result.assertions.extend(altered)
    # a specific alteration, a kind of the general one of its gene or family the document names (builders/alteration_kinds.py)
    result.assertions.extend(alteration_kinds(result.assertions, seen, ctx))
    # a mechanism that is a gain of a participant, a kind of the document's "X-mediated resistance" (builders/mechanism_kinds.py)
    result.assertions.extend(mechanism_kinds(result.assertions, seen, ctx))
    # a mechanism named as a known process narrowed by what carries it, a kind of that process (builders/mechanism_kinds.py)
    kinds, processes = named_kinds(result.assertions, seen, ctx)
    for process in processes:
        keep_entity(seen, process)
    result.assertions.extend(kinds)
    # the resistance an alteration is said to predict (builders/predicted_resistance.py)
    result.assertions.extend(predicted_resistance(result.assertions, seen, ctx))
    # and the converse: a level marker said to bring about resistance predicts it (builders/predicted_resistance.py)
    result.assertions.extend(level_predictions(result.assertions, seen, ctx))
    # what an alteration read in the blood predicts, its liquid-biopsy marker predicts (builders/blood_markers.py)
    result.assertions.extend(blood_marker_predictions(result.assertions, seen, ctx))
    # what a sentence says of a therapy it names as given again is said of the renewed use (builders/renewed_use.py)
    result.assertions.extend(renewed_use_facts(result.assertions, seen, ctx))
    # a lowered level marker, a kind of the plain level marker of its gene product, and a joint wild-type status, a
    # kind of each gene's own (builders/level_kinds.py)
    result.assertions.extend(level_kinds(result.assertions, seen, ctx))
    # patient counts on the node they cannot belong to (builders/count_checks.py)
    result.outcomes = checked_counts(result.assertions, result.outcomes, seen)
    # s42 pr: a value the background gives as earlier knowledge before the arm is named (builders/background_values.py)
    result.outcomes = without_background_values(result.assertions, result.outcomes)
    # s46 f11out: a control group's value put on the other arm, "67%, compared with 22% getting the standard treatment"
    result.outcomes = without_comparator_values(result.outcomes)
    # s47 outfix: what the available treatments achieve, "OS with available options does not surpass 8 months"
    result.outcomes = without_other_options_values(result.outcomes)
    result.assertions.extend(strategy_instances(result.assertions, seen, ctx, doc))
    # trials of a therapy aimed at the alteration a run-in heading names (builders/heading_carriers.py)
    result.assertions.extend(heading_carrier_rescues(result.assertions, seen, reading))
    # s42 pr: no rescue from the title or aim of a study that reports its own failure (builders/failed_studies.py)
    result.assertions = without_failed_study_rescues(result.assertions, doc)
    # s46 evlvl: a trial's structure takes the level of the trial it belongs to (builders/trial_levels.py)
    result.assertions = trial_levels(result.assertions, seen, ctx.schema, doc)
    # the forms the document writes each entity in, as its synonyms (builders/written_forms.py)
    seen = with_written_forms(seen, reading.recognitions(), ctx.vocab.resolve)
    result.entities = [seen[k] for k in sorted(seen)]
    if not result.assertions and not result.outcomes:
        result.warnings.append(f"{doc.name}: no recognisable entity or relation was found; "
                               f"check that it is an English text about colorectal cancer therapy")
    return result


__all__ = ["BUILDERS", "DocumentError", "ReadingTimeout", "Source", "Unreadable", "read_document", "read_source",
           "read_sources", "default_context", "load_curated"]
