"""The words of a trial's design that several readers' patterns share, each family written once.

Each constant is a piece of a regular expression that may stand anywhere in a pattern (its alternatives grouped),
imported by every pattern that reads the words, so a word added here is read everywhere. A pattern puts its own word
boundaries around a piece, except around :data:`OPTIONAL_PARTNER` and :data:`ASSIGNMENT_WORD`, which carry theirs.

- How patients are put into arms: :data:`RANDOMISED_VERB` ("randomised", "randomized", "randomly assigned",
  "randomly allocated"), said of a random assignment only, and :data:`ASSIGN_VERB`, any assignment (also a bare
  "assigned", "allocated"), and :data:`ASSIGNED_TO`, that verb before the arm's therapy ("randomized to receive").
- A partner some arms add and others do not, "A with or without B": :data:`WITH_JOINED_WITHOUT` ("with or without",
  "with and without", "with versus without", "with vs. without", "with/without"; :data:`WITH_OR_WITHOUT_UNORDERED`
  only "with or without", "with/without"), :data:`PLUS_OR_MINUS` ("plus or minus", "plus/minus"),
  :data:`PLUS_MINUS_SIGN` ("±", "+/-"), all three in :data:`OPTIONAL_PARTNER`, the last two in :data:`PLUS_MINUS`.
- The phases of a treatment strategy: :data:`KEPT_ON`, a therapy kept on after its induction ("maintenance",
  "continuation"), and :data:`RENEWAL`, a therapy given again after it failed or stopped ("rechallenge",
  "re-challenge", "retreatment", "reintroduction", "reinduction", and their "-ing" forms).

>>> import re
>>> [bool(re.fullmatch(ASSIGN_VERB, w)) for w in ("randomized", "randomly  allocated", "assigned", "enrolled")]
[True, True, True, False]
>>> [bool(re.fullmatch(RANDOMISED_VERB, w)) for w in ("randomised", "randomly assigned", "allocated")]
[True, True, False]
>>> [bool(re.fullmatch(OPTIONAL_PARTNER, w, re.I)) for w in ("with or without", "With vs. without", "+ / −")]
[True, True, True]
>>> [bool(re.fullmatch(RENEWAL, w, re.I)) for w in ("re-challenge", "reintroduction", "retreating", "renewal")]
[True, True, True, False]
"""
from __future__ import annotations

# -- how patients are put into arms
# a random assignment: "were randomised to", "randomly assigned", "randomly allocated"
RANDOMISED_VERB = r"(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))"
# any assignment to an arm, random or not: also a bare "assigned", "allocated"
ASSIGN_VERB = r"(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)"
# how patients are said to get the therapy of their arm: "randomized to receive", "randomly assigned to", "allocated to"
ASSIGNED_TO = rf"{ASSIGN_VERB}\s+to(?:\s+receive)?"
# a word that speaks of assigning patients to arms, in any form, for a search ("randomisation", "randomly", "assigned")
ASSIGNMENT_WORD = r"(?:\brandomi[sz]|\brandomly\b|\b(?:assigned|allocated)\b)"

# -- a partner some arms add: "A with or without B", "A plus or minus B", "A ± B", "A +/- B"
# the word that joins "with" and "without" ("or", "and", "versus", "vs."): the same two arms, A + B and A
WITH_WITHOUT_JOIN = r"(?:or|and|versus|vs\.?)"
# "with or without", "with and without", "with versus without", "with/without": the two words joined, nothing between
WITH_JOINED_WITHOUT = rf"with(?:\s+{WITH_WITHOUT_JOIN}\s+|\s*/\s*)without"
# ... only "with or without", "with/without": the two arms a design offers, in no order (where "with versus without",
# "with and without" set them side by side in the order their values then follow: builders/trials_placing.py)
WITH_OR_WITHOUT_UNORDERED = r"with(?:\s+or\s+|\s*/\s*)without"
# "plus or minus", "plus/minus": the words of the sign
PLUS_OR_MINUS = r"plus\s*(?:\s+or\s+|/)\s*minus"
# "±", "+/-" (a hyphen, minus sign or en dash after the slash, spaces around it)
PLUS_MINUS_SIGN = r"(?:±|\+\s*/\s*[-−–])"
# any of them, the words as words ("without" not inside "withoutX")
OPTIONAL_PARTNER = rf"(?:\b(?:{WITH_JOINED_WITHOUT}|{PLUS_OR_MINUS})\b|{PLUS_MINUS_SIGN})"
# ... only the sign or its words: the mark of an option every arm may take and of a chain of options, "A ± B ± C" (never
# "with or without", twice of which may be a factorial design)
PLUS_MINUS = rf"(?:{PLUS_MINUS_SIGN}|\b{PLUS_OR_MINUS}\b)"

# -- the phases of a treatment strategy
# a therapy kept on after its induction: "A maintenance", "continuation of A"
KEPT_ON = r"(?:maintenance|continuation)"
# a therapy given again after it failed or was stopped: "A rechallenge", "reintroduction of A", "retreatment with A"
RENEWAL = r"re-?(?:challeng(?:e|ing)|treat(?:ment|ing)|introduc(?:tion|ing)|induc(?:tion|ing))"
