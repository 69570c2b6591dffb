"""Questions a translational oncologist asks of the graph; every answer carries its evidence.

>>> from kg.query import rescue_paths, resistance_mechanisms, trials, paths, profile, evidence, node_evidence, conflicts
>>> from kg.query.testing import tiny_graph
>>> [p.regimen_name for p in rescue_paths(tiny_graph(), "anti-EGFR mAb")]
['adagrasib + cetuximab', 'cetuximab + tivantinib']

Names are resolved case-insensitively over names, synonyms and identifiers
(:func:`resolve`); a statement about a drug class applies to its members and is
marked as inherited (:mod:`kg.query.reasoning`).
"""
from kg.query.evidence import conflicts, evidence, node_evidence
from kg.query.mechanisms import MechanismReport, resistance_mechanisms
from kg.query.paths import Path, paths
from kg.query.profile import profile
from kg.query.records import (DISCLAIMER, ArmOutcomes, Candidate, Conflict, Hop, Mechanism, Profile,
                              RescuePath)
from kg.query.rescue import rescue_paths
from kg.query.resolve import AmbiguousName, QueryError, UnknownName, resolve
from kg.query.trials import TrialTable, trials

__all__ = ["rescue_paths", "resistance_mechanisms", "trials", "paths", "profile", "evidence", "node_evidence",
           "conflicts", "resolve", "QueryError", "UnknownName", "AmbiguousName", "Hop", "ArmOutcomes", "RescuePath",
           "Mechanism", "MechanismReport", "Conflict", "Candidate", "Profile", "TrialTable", "Path", "DISCLAIMER"]
