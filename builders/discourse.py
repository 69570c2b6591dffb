"""Discourse: what a sentence is about when it does not say it.

Reviews state a therapy once ("Mechanisms of resistance to anti-EGFR therapy") and then write
"X leads to acquired resistance" or "the intrinsic mechanisms include A, B and C" under it. A
:class:`Discourse` follows the document in reading order and answers, for each sentence, which
therapy is being resisted there (:meth:`Discourse.resisted_therapy`):

0. one the sentence names in a word of its own ("chemoresistance": chemotherapy, see
   :data:`RESISTANCE_WORDS`);
1. one named as resisted in the last sentences of the same section (``resistance to X``,
   ``X-resistant``, ``X resistance``), within :data:`WINDOW` sentences;
2. else the one the run-in heading, the section heading or a parent heading names in a
   resistance context ("Overcoming anti-EGFR therapy resistance");
3. else the document's topic: the therapy its title or opening sentences name as resisted (never the rescuer of
   "Targeting X to overcome resistance"), else the one therapy a review's abstract states its aim to be about as
   resisted ("In this review, we focus on resistance to X"), else the one therapy the document names as resisted
   anywhere (also as "resistance to these agents" right after the one sentence naming them); under a heading naming
   a class the topic is under ("Treatment outcome of anti-EGFR therapy" in a review of cetuximab), that class; none
   under a heading naming another therapy or the other agents of a class ("Other anti-EGFR antibodies");
4. else, in a document with no such topic, the therapy the paragraph is about: the one therapy (or one class) the
   nearest earlier sentence of the same paragraph that names any therapy names, within :data:`WINDOW` sentences
   ("With the advent of KRAS G12C inhibitors, ... . However, responses are short-lived. Studies suggest A and B as mechanisms of resistance"),
   none when that sentence names several, compares, or names it as the patients' history or an exposure ("had
   received prior X", "X use"); else the one therapy the title names, when it names exactly one and speaks of
   treatment or resistance. Neither for a resistance of therapy at large ("drive therapy resistance").

Rules refer to it as ``@therapy`` in their ``emit`` rows; a rule with ``@therapy`` emits nothing
where the discourse knows no resisted therapy. ``@section_therapy`` is the same therapy, only for a
sentence under a heading that speaks of resistance (:meth:`Discourse.resistance_section`): a review's
"Mechanisms of immune resistance" makes what drives immune evasion there a cause of resistance; so does a sentence
of the paragraph before it that frames what follows as a therapy's barriers ("Figure 1 ... multilevel barriers to
immune checkpoint blockade").
"""
from __future__ import annotations

import re

from builders.context import about_other_cancer
from builders.document import BLANK_LINE, LINE_END
from builders.lazy_patterns import lazy_compile
from builders.listed_therapies import listed_therapies
from builders.prefilter import prefiltered
from builders.study_aim import aim_therapy
from kg.model import Entity
from kg.groups import THERAPY

WINDOW = 3
# how many opening sentences (an abstract) may state a review's aim
AIM_WINDOW = 15
# a statement said of other tumours than the one the passage is about ("In other tumours, resistance arises from X")
_ELSEWHERE = lazy_compile(r"\b(?:in|across|among|of)\s+(?:\w+\s+)?other\s+(?:solid\s+)?(?:tumou?rs?|cancers?|malignanc\w+|"
                          r"tumou?r\s+types|cancer\s+types|diseases?)\b", re.I)
# a comparison of two groups or therapies, the other perhaps unnamed ("64 vs 45%", "compared with placebo")
_COMPARISON = lazy_compile(r"\bvs\.?(?!\w)|\bversus\b|\bcompared (?:with|to)\b|\brelative to\b", re.I)
# resistance to drugs at large, no one therapy's ("a major driver of drug resistance", "multidrug resistance",
# "cancer stem cells drive therapy resistance")
_DRUGS_AT_LARGE = lazy_compile(r"\b(?:multi-?)?drug[- ]resist|\bresistance to (?:many |several |multiple |various )?(?:drugs|agents|therapies)\b"
                               r"|\b(?:therapy|treatment|therapeutic)[- ]resist", re.I)
# a title that speaks of a therapy as a treatment or of its failing ("Resistance to X", "X in second-line treatment",
# "Efficacy of X"), not of prevention or of its use as an exposure ("Aspirin and colorectal cancer prevention")
_TITLE_TREATING = lazy_compile(r"resist|refractor|treat|therap|efficacy|respon|sensitiv|benefit|outcome|trial|"
                               r"rechallenge|escape|overcom|revers|inhibit", re.I)
# a therapy named as the patients' history ("had received prior oxaliplatin", "previously treated with X") or as an
# exposure or prevention ("metformin use", "users of aspirin", "the risk of ...", "chemoprevention"): not the therapy
# a resistance stated next is to
_HISTORY_OR_EXPOSURE = lazy_compile(r"\bprior\b|\bpreviously\b|\bhad (?:been )?(?:received|treated|given)\b|"
                                    r"\bpre-?treated\b|\busers?\b|\buse of\b|\brisk\b|\bprevent|\bchemoprevent|"
                                    r"\bexposure\b|\bintake\b", re.I)
_USE_AFTER = lazy_compile(r"\s*(?:use|usage)\b", re.I)
# a review's statement of its own aim ("In this review, we focus on ...", "Herein, we summarize ...")
_REVIEW_AIM = lazy_compile(r"\b(?:in this (?:review|article|paper|overview)|this review|herein|here),?\s+we\s+"
                           r"(?:\w+\s+){0,2}?(?:focus|summari[sz]e|review|discuss|describe|highlight|outline|"
                           r"provide|present|examine|explore|address)", re.I)
_RESIST_WORD = lazy_compile(r"resist|refractor|escape|overcom|revers|insensitiv|failure|coping|rechallenge", re.I)
_THERAPY = THERAPY
# what follows a rescuer in a heading: "X to overcome", "X and Y to Overcome", "X reverses"
_OVERCOME_AFTER = lazy_compile(r"(?:[\w\-α-ω]*\s+){0,5}?(?:to\s+)?(?:overcom|revers|circumvent|counteract)\w*", re.I)
# words that frame a study of markers of one therapy's outcome
_PREDICTION_FRAME = lazy_compile(r"\bpredict|\bbiomarkers?\b|\bmarkers? of (?:response|benefit|outcome|efficacy)\b", re.I)
# Cue lexicons (ontology/rules/cues.yaml) whose words name the resisted therapy themselves, and that
# therapy: a sentence saying "chemoresistance" is about resistance to chemotherapy, "immune resistance"
# about resistance to immunotherapy, whatever the passage.
RESISTANCE_WORDS = {"chemo_resistance": "chemotherapy", "immune_resistance": "immunotherapy"}


# "resistance to (the) X", "refractory to X" before a therapy; "-resistant", "failure" after it
_RESISTED_BEFORE = lazy_compile(r"(?:resistan\w*|refractor\w*|insensitiv\w*|unresponsive\w*|escape from)\s+"
                                r"(?:to|against|of)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
# words by which a passage states a resistance, whoever's (see Discourse.passage_states_resistance)
_PASSAGE_RESISTANCE = lazy_compile(r"resist|refractor|insensitiv|unresponsive|non-?respon|escape|"
                                   r"respond\w*\s+poorly|poor(?:ly)?\s+respon|(?:do|does|did)\s+not\s+respond|"
                                   r"\bre-?sensiti[sz]|\brestor\w*\s+(?:the\s+)?(?:\w+\s+)?(?:sensitivity|response)|"
                                   r"\blos[st]\s+(?:of\s+)?(?:sensitivity|response)", re.I)
_RESISTED_AFTER = lazy_compile(r"[-\s]?(?:resistan|refractor|treatment failure|failure)", re.I)


def resisted_in(text: str, rec) -> list[Entity]:
    """Therapies a sentence names as resisted: "resistance to X", "X-resistant", "X resistance",
    "refractory to X", "after X failure".

    >>> from builders import default_context
    >>> r = default_context().recognizer
    >>> [e.name for e in resisted_in("acquired resistance to cetuximab", r.find("acquired resistance to cetuximab"))]
    ['cetuximab']
    """
    out = []
    for m in rec.merged():
        if m.entity.category not in _THERAPY:
            continue
        before = text[max(0, m.start - 40):m.start]
        after = text[m.end:m.end + 25]
        if _RESISTED_BEFORE.search(before) or _RESISTED_AFTER.match(after):
            out.append(m.entity)
    return list(dict.fromkeys(out))


class Discourse:
    """The resisted therapy in scope for each sentence of one document (read in order)."""

    def __init__(self, reading):
        self.reading = reading
        self._heading_therapies: dict[str, list[Entity]] = {}  # every therapy a heading names, in any context
        self._recent: tuple[int, str, Entity] | None = None  # (sentence index, section, therapy)
        # (sentence index, section, the one therapy it names as resisted or points back to), of the last sentence
        self._last_resisted: tuple[int, str, Entity | None] | None = None
        self._named: dict[str, Entity | None] = {}
        # (sentence index, section, the one therapy it names) of the last sentence read, for "However, ..."
        self._named_before: tuple[int, str, Entity | None] | None = None
        # (sentence index, section, the one therapy it names and says failed) of the last sentence read
        self._failed_before: tuple[int, str, Entity | None] | None = None
        self._aim_therapy: Entity | None = None  # the one therapy the report's own aim names (builders.study_aim)
        # the sentences of the current paragraph: (sentence index, entities, normalised text, entity ids the text
        # labels by their number of parts, whether it adds a drug to a combination)
        self._paragraph: list[tuple[int, list[Entity], str, frozenset, bool]] = []
        self._last_noted = None  # the last sentence noted in the paragraph
        self._paragraph_lines: bool | None = None  # written one paragraph a line (asked once, when needed)
        self._chains: dict | None = None  # each heading's chain of numbered parents (built once, when needed)
        # what the sentences read so far leave for the next: (sentence index, section, entities) of the last and the one
        # before it; (sentence index, the therapy its comparison is said of); (sentence index, section, the plural
        # subject / the therapy it opens with); (sentence index, the entity "they" resolved to)
        self._previous: tuple | None = None
        # the causes of resistance the facts of a sentence state (index, section, entity ids): set by the relations
        # builder after it reads the sentence (note_stated_causes)
        self._stated_causes: tuple | None = None
        self._earlier: tuple | None = None
        self._compared: tuple | None = None
        self._favoured: tuple | None = None
        self._opening_subject: tuple | None = None
        self._opening_drug: tuple | None = None
        self._opening_entity: tuple | None = None  # (sentence index, its subject entity, coordinated with another)
        self._oblique: tuple | None = None  # (text, mentions) of the last sentence read, noted with _opening_entity
        self._resolved: tuple | None = None
        self._listed: tuple | None = None  # (sentence index, section, text, mentions) of one naming several therapies
        # the one therapy the nearest sentence of the current paragraph naming any therapy names (None: several)
        self._paragraph_therapy: tuple[int, Entity] | None = None  # (sentence index, therapy)
        self._paragraph_named = False  # whether a sentence of the current paragraph names a therapy
        self._paragraph_framed = False  # whether a sentence of the current paragraph frames a resistance (_framed)
        # the one therapy the sentences of the current paragraph open with as their subject (None: none so far;
        # _COMPETING: two, or two coordinated), for an "it" whose previous sentence names none (paragraph_subject)
        self._paragraph_subject: Entity | object | None = None
        # the therapy the title names, worked out once when first asked: keyed by the reading asked for ("subject":
        # titled_therapy; "report", "passage": _title_therapy); and the index of a title written as the first sentence
        self._title_read: dict[str, Entity | None] = {}
        self._title_index: int | None = None
        self.topic = self._topic() or self._predicted_topic() or self._sole_resisted()

    def _heading(self, text: str) -> list[Entity]:
        """The therapies a heading names when it speaks of resistance ("Resistance to anti-EGFR antibodies")."""
        return self._therapies_in_heading(text) if text and _RESIST_WORD.search(text) else []

    def _therapies_in_heading(self, text: str) -> list[Entity]:
        """Every therapy a heading names, in any context (recognised once per heading)."""
        if text not in self._heading_therapies:
            rec = self.reading.find(text)
            self._heading_therapies[text] = [m.entity for m in rec.merged() if m.entity.category in _THERAPY]
        return self._heading_therapies[text]

    def _topic(self) -> Entity | None:
        doc = self.reading.doc
        candidates = [name for _, name in doc.sections[:2]]  # the title may follow a label ("REVIEW")
        for name in candidates:
            found = self._resisted_in_heading(name)
            if found:
                return found[0]
        for s in doc.sentences[:3]:
            if _RESIST_WORD.search(s.norm):
                found = resisted_in(s.norm, self.reading.recognize(s)) or \
                    self._without_introducing_classes(s, self._resisted_in_heading(s.norm))
                if found:
                    return found[0]
        return self._aim_topic()

    def _without_introducing_classes(self, sentence, found: list[Entity]) -> list[Entity]:
        """``found`` without a class an opening sentence names right before its own drugs, which it only introduces
        ("Blockade of PD-1 with the monoclonal antibodies nivolumab or pembrolizumab works in some tumours, but
        resistance limits the efficacy of these agents": the drugs are the topic, never every monoclonal antibody; s61), as the
        rules' transform ``drug_named_after_class`` reads such a class."""
        if not any(e.category == "DrugClass" for e in found):
            return found
        vocab = self.reading.vocab
        named = [m for m in self.reading.recognize(sentence).merged() if m.entity.category in _THERAPY]
        text = sentence.norm
        introducing = {a.entity for a, b in zip(named, named[1:])
                       if a.entity.category == "DrugClass" and b.entity.category == "Drug"
                       and not text[a.end:b.start].strip() and vocab.in_class(b.entity.id, a.entity.id)}
        return [e for e in found if e not in introducing]

    def _resisted_in_heading(self, text: str) -> list[Entity]:
        """:meth:`_heading` without the therapies it names as what overcomes the resistance
        (:meth:`_rescuers_in_heading`)."""
        found = self._heading(text)
        if not found:
            return found
        rescuers = self._rescuers_in_heading(text)
        return [e for e in found if e not in rescuers]

    def _rescuers_in_heading(self, text: str) -> list[Entity]:
        """The therapies a heading names as what overcomes a resistance ("Targeting HIF-1α to Overcome Treatment
        Resistance Mediated by KRAS", "X Reverses Resistance in ..."): the therapy doing the overcoming is not the one
        resisted, unless the heading also names it as resisted ("X overcomes resistance to X-based therapy")."""
        if not _OVERCOME_AFTER.search(text):
            return []
        rec = self.reading.find(text)
        resisted = set(resisted_in(text, rec))
        return [m.entity for m in rec.merged() if m.entity.category in _THERAPY and m.entity not in resisted
                and _OVERCOME_AFTER.match(text, m.end, min(len(text), m.end + 60))]

    def _aim_topic(self) -> Entity | None:
        """The one therapy a review's abstract states its aim to be about as resisted, when its title and opening
        do not ("In this review, we focus on resistance to existing targeted therapies"): the first aim sentence
        among the opening :data:`AIM_WINDOW` that names a therapy as resisted and no other (a drug with its
        classes collapsed, see :meth:`_collapse`); none when it names several unrelated ones or a combination, or
        speaks of a trial or of a line of therapy that failed before (the patients a study treated, not its topic)."""
        for s in self.reading.doc.sentences[:AIM_WINDOW]:
            if not (_REVIEW_AIM.search(s.norm) and _RESIST_WORD.search(s.norm)):
                continue
            if _PRIOR_LINE.search(s.norm) or _TRIAL_REPORT.search(s.norm):
                return None  # "Here we present a phase II trial in oxaliplatin-refractory mCRC": whom it treated
            rec = self.reading.recognize(s)
            if resisted_in(s.norm, rec):
                named = list(dict.fromkeys(m.entity for m in rec.merged() if m.entity.category in _THERAPY))
                return self._collapse(named)
        return None

    def _predicted_topic(self) -> Entity | None:
        """The therapy a biomarker study's title or opening sentences name as the one whose outcome its markers
        predict ("EGFR ligands to predict the outcome of patients treated with cetuximab", "TMB as a biomarker in
        patients treated with immune checkpoint inhibitors"): the first such sentence naming exactly one therapy; none when it names
        several (a trial comparing two therapies is about no single one)."""
        for s in self.reading.doc.sentences[:3]:
            if not _PREDICTION_FRAME.search(s.norm):
                continue
            named = list(dict.fromkeys(m.entity for m in self.reading.recognize(s).merged()
                                       if m.entity.category in _THERAPY))
            if named:
                return named[0] if len(named) == 1 else None
        return None

    def _sole_resisted(self) -> Entity | None:
        """The one therapy a document names as resisted anywhere, when its title and opening do not ("In this study,
        we analysed a 5-FU-resistant cell line ... . We demonstrate a role of YAP signalling for drug resistance"):
        a drug with its classes, or a class with members of it, collapse to one (see :meth:`_one_named`); none
        when it names several unrelated ones or a combination."""
        found: list[Entity] = []
        before: list[Entity] = []  # the therapies the sentence before names
        for s in self.reading.doc.sentences:
            # "resistant to X", not a line of treatment given before ("patients refractory to X", "after failure of X")
            # nor a trial's regimen
            resisting = _RESISTANT.search(s.norm) and not _PRIOR_LINE.search(s.norm) and not _TRIAL_REPORT.search(s.norm)
            if not resisting and _MAY_NAME_THERAPY.search(s.norm) is None:
                before = []
                continue
            rec = self.reading.recognize(s)
            named = list(dict.fromkeys(m.entity for m in rec.merged() if m.entity.category in _THERAPY))
            if resisting:
                found.extend(resisted_in(s.norm, rec))
                if not named and len(before) == 1 and _RESISTANCE_TO_THESE.search(s.norm):
                    # "X have shown promise. However, KRAS mutations cause resistance to these agents."
                    found.append(before[0])
            before = named
        return self._collapse(list(dict.fromkeys(found)))

    def _heading_chains(self) -> dict[str, tuple[str, ...]]:
        """Each heading with the numbered headings above it ("3.1.1 Defective antigen presentation" is
        under "3 Mechanisms of immune resistance"; an unnumbered heading is under the last numbered one)."""
        chains: dict[str, tuple[str, ...]] = {}
        stack: list[tuple[tuple[str, ...], str]] = []
        for _, name in self.reading.doc.sections:
            m = _NUMBERED.match(name)
            if m:
                number = tuple(m.group(1).split("."))
                stack = [(n, h) for n, h in stack if number[:len(n)] == n and len(n) < len(number)]
                stack.append((number, name))
                chains[name] = tuple(h for _, h in stack)
            else:
                chains[name] = tuple(h for _, h in stack) + (name,)
        return chains

    def resistance_section(self, sentence) -> bool:
        """Is the sentence under a heading (its own or a numbered parent) that speaks of resistance
        ("3 Mechanisms of immune resistance"), or framed by an earlier sentence of its paragraph (:meth:`_framed`)?"""
        if self._chains is None:
            self._chains = self._heading_chains()
        chains = self._chains
        headings = chains.get(sentence.section, (sentence.section,)) + ((sentence.subsection,) if sentence.subsection else ())
        return any(_RESISTANCE_HEADING.search(h) for h in headings if h) or self._framed(sentence)

    def _framed(self, sentence) -> bool:
        """Does an earlier sentence of the sentence's paragraph frame what follows as the list of a therapy's barriers
        or of the mechanisms of its resistance (a figure's caption or an opening: "Figure 1 ... multilevel barriers to
        immune checkpoint blockade", "Mechanisms of X-mediated drug resistance", "the determinants of 5-FU
        resistance")? The frame holds to the paragraph's end: a sentence of the next paragraph or under the next
        heading is outside it (s61)."""
        return self._paragraph_framed and self._same_paragraph(sentence)

    def resisted_therapy(self, sentence) -> Entity | None:
        own = self._resisted_by_word(sentence)
        if own is not None:
            return own
        if self._recent is not None:
            idx, section, therapy = self._recent
            if section == sentence.section and 0 <= sentence.index - idx <= WINDOW:
                return therapy
        contrasted = self._contrasted(sentence)
        if contrasted is not None:
            return contrasted
        for heading in (sentence.subsection, sentence.section):
            found = self._heading(heading)
            if found:
                return found[0]
        if self.topic is not None and self._heading_names_other(sentence):
            return None  # under "Bevacizumab" in a review of anti-EGFR resistance: not the review's therapy
        if self.topic is not None:
            broader = self._heading_class_of_topic(sentence)
            if broader is not None:
                return broader  # under "Outcome of anti-EGFR therapy" in a review whose topic is cetuximab
        return self.topic

    def passage_therapy(self, sentence) -> Entity | None:
        """The therapy a passage of a document with no resisted topic is about, for a resistance it states without
        naming the therapy: the one therapy the nearest earlier sentence of the same paragraph names (a drug with its
        classes, a class with its members; none when that sentence names several, a combination or reports a trial:
        two therapies compete), else, in a paragraph that names none, the one therapy the title names (none when the
        title names several). A heading that names another therapy keeps both from reaching the sentence."""
        if self._heading_names_any(sentence) or _ELSEWHERE.search(sentence.norm) or about_other_cancer(sentence.norm) \
                or _DRUGS_AT_LARGE.search(sentence.norm):
            return None  # a resistance said of other tumours, or of drugs at large, is not the paragraph's therapy's
        if self._same_paragraph(sentence) and self._paragraph_named:
            named = self._paragraph_therapy
            return named[1] if named is not None and 0 < sentence.index - named[0] <= WINDOW else None
        titled = self._title_therapy(report=False)
        return None if titled is None or self._title_index == sentence.index else titled

    def passage_states_resistance(self, sentence) -> bool:
        """Does the passage whose therapy :meth:`passage_therapy` gives state a resistance: the sentence itself, an
        earlier sentence of its paragraph or (for the title's therapy) the title speaks of resistance, refractoriness, a poor response or a
        sensitivity given back ("Oxaliplatin is widely used, but most tumours become refractory. X potentiated
        oxaliplatin")? A paragraph that only describes the therapy ("Oxaliplatin is used for CRC. X enhanced the
        activity of oxaliplatin") states none: a partner that improves its effect there rescues no resistance."""
        if _PASSAGE_RESISTANCE.search(sentence.norm):
            return True
        if self._same_paragraph(sentence):
            if any(_PASSAGE_RESISTANCE.search(p[2]) for p in self._paragraph):
                return True
            if self._paragraph_named:
                return False  # the paragraph's own therapy: its paragraph states no resistance
        sentences = self.reading.doc.sentences
        title = self._heading_title() or (sentences[0].norm if self._title_index is not None and sentences else None)
        return bool(title) and _PASSAGE_RESISTANCE.search(title) is not None

    def _headings_below_title(self, sentence):
        """The sentence's run-in and section headings, nearest first, leaving out the document's title."""
        sections = self.reading.doc.sections
        title = sections[0][1] if sections else None
        return [h for h in (sentence.subsection, sentence.section) if h and h != title]

    def _heading_names_any(self, sentence) -> bool:
        """Does the sentence's run-in or section heading (not the title) name a therapy?"""
        return any(self._therapies_in_heading(h) for h in self._headings_below_title(sentence))

    def _heading_names_other(self, sentence) -> bool:
        """Does the sentence's heading (run-in or section) name a therapy, none of them the topic's or under it, or
        name the topic's class as the others of it ("Other targeted agents" in a review whose topic is cetuximab:
        the agents of that section are not the topic)?"""
        for heading in (sentence.subsection, sentence.section):
            if not heading:
                continue
            named = self._therapies_in_heading(heading)
            if named and not any(self._under(e.id, self.topic.id) or self._under(self.topic.id, e.id) for e in named):
                return True
            if named and _OTHER_THAN.search(heading) and not any(self._under(e.id, self.topic.id) for e in named):
                return True
        return False

    def _heading_class_of_topic(self, sentence) -> Entity | None:
        """The class a heading (run-in or section, not the title) names as the therapy of its passage, when the
        document's topic is a drug or class under it ("Treatment outcome of anti-EGFR therapy" in a review whose
        topic is cetuximab): a passage under that heading speaks of the whole class (its trials are of cetuximab and
        of panitumumab), so a resistance it states without naming a therapy is to the class, not to the topic. The
        heading names that one therapy (a drug with its classes collapsed, see :meth:`_collapse`), a class acting on
        the topic's own targets (see :meth:`_same_targets`)."""
        for heading in self._headings_below_title(sentence):
            named = self._therapies_in_heading(heading)
            if not named:
                continue
            one = self._collapse(named)
            if one is not None and one.id != self.topic.id and self._under(self.topic.id, one.id) \
                    and self._same_targets(one, self.topic):
                return one
            return None  # the nearest heading naming a therapy decides
        return None

    def _same_targets(self, cls: Entity, topic: Entity) -> bool:
        """Does the class ``cls`` act only on what the topic acts on (its own targets, else those of the drugs under
        it)? "Anti-EGFR antibodies" is the class of a review of cetuximab resistance; "Monoclonal antibodies" or
        "Targeted therapy", a format or an umbrella over other targets, is not."""
        vocab = self.reading.vocab
        own = vocab.drug_targets.get(cls.id) or vocab.targets_under(cls.id)
        topics = vocab.drug_targets.get(topic.id) or vocab.targets_under(topic.id)
        return bool(own) and set(own) <= set(topics)

    def _contrasted(self, sentence) -> Entity | None:
        """The therapy the previous sentence (same section) speaks of, for a sentence that turns against it
        ("Cetuximab is approved for mCRC. However, resistance mechanisms such as feedback loops limit its
        efficacy"): the one therapy it names, none when it names several or reports a trial (a cited trial's
        regimen is no therapy a review goes on about)."""
        found = self._named_before
        if not _noted_before(found, sentence):
            return None
        return found[2] if _CONTRAST_LEAD.match(sentence.norm) else None

    def named_just_before(self, sentence) -> Entity | None:
        """The one therapy the previous sentence (same section) names, for a sentence that speaks of that therapy's
        shortfall without naming it ("Although BRAF inhibitors are active in melanoma, few CRC patients respond. The
        lack of efficacy in CRC is due to feedback activation of EGFR"): none when it names several or reports a
        trial (see :meth:`_one_named`)."""
        found = self._named_before
        if not _noted_before(found, sentence):
            return None
        return found[2]

    def failed_just_before(self, sentence) -> Entity | None:
        """The one therapy the previous sentence (same section) names and says failed ("BRAF inhibitors as
        monotherapy have failed to improve outcomes in CRC. This finding is explained by feedback activation of
        EGFR"): what "this finding" of the next sentence, put down to a cause, says is resisted. None when that
        sentence names several therapies, reports a trial (see :meth:`_one_named`) or states no failure."""
        found = self._failed_before
        if not _noted_before(found, sentence):
            return None
        return found[2]

    def _one_named(self, sentence, mentions) -> Entity | None:
        """The one therapy a sentence names: a drug with its classes ("the EGFR inhibitor cetuximab": cetuximab),
        or a class with members of it ("RAF inhibitors such as encorafenib and vemurafenib": the class); none
        for a combination, for unrelated therapies, or in a sentence that reports a trial."""
        named = list(dict.fromkeys(m.entity for m in mentions if m.entity.category in _THERAPY))
        if not named or _TRIAL_REPORT.search(sentence.norm):
            return None
        return self._collapse(named)

    def _collapse(self, named: list[Entity]) -> Entity | None:
        """The one therapy several names stand for: the one under all the others (a drug and its classes), else the
        one all the others are under (a class and its members); None for unrelated therapies, for a combination
        among them, or for none."""
        if any(e.category == "Regimen" for e in named):
            return None
        for one in named:
            if all(other is one or self._under(one.id, other.id) for other in named):
                return one
        for one in named:
            if all(other is one or self._under(other.id, one.id) for other in named):
                return one
        return None

    def _under(self, therapy: str, cls: str) -> bool:
        """Is the drug or class ``therapy`` the class ``cls`` or under it in the vocabulary?"""
        return self.reading.vocab.in_class(therapy, cls)

    def _resisted_by_word(self, sentence) -> Entity | None:
        """The therapy a word names with its resistance ("chemoresistance": chemotherapy), see :data:`RESISTANCE_WORDS`."""
        for _, _, lexicon in self.reading.cue_hits(sentence):
            if lexicon in RESISTANCE_WORDS:
                name = RESISTANCE_WORDS[lexicon]
                if name not in self._named:
                    found = [m.entity for m in self.reading.find(name).merged() if m.entity.category in _THERAPY]
                    self._named[name] = found[0] if found else None
                return self._named[name]
        return None

    def note(self, sentence, rec) -> None:
        """Remember the therapies this sentence names as resisted, and the entities it names first
        (the antecedents of "they", "this combination" in the next sentence). Call after reading it."""
        found = resisted_in(sentence.norm, rec)
        if found:
            self._recent = (sentence.index, sentence.section, found[0])
        mentions = merged = rec.merged()
        named = {m.entity.id for m in mentions if m.entity.category in _THERAPY}
        for mention, comps in rec.regimens:  # what a later "this combination" points to
            self.reading.regimens_read.setdefault(mention.entity.id, tuple(comps))
        one = self._one_named(sentence, mentions)
        self._named_before = (sentence.index, sentence.section, one)
        self._failed_before = (sentence.index, sentence.section,
                               one if one is not None and _FAILED.search(sentence.norm) else None)
        if self._aim_therapy is None:
            self._aim_therapy = aim_therapy(sentence.norm, mentions, _THERAPY)
        pointed = self.just_resisted(sentence) if not named and _THIS_RESISTANCE.search(sentence.norm) else None
        self._last_resisted = (sentence.index, sentence.section,
                               found[0] if len(found) == 1 and named == {found[0].id} else pointed)
        lead = _LEADING_SUBORDINATE.match(sentence.norm)
        if lead:
            # "Although CAFs are ..., activated HSCs are ...": only the main clause's entities are antecedents
            # ("While M1 macrophages ..., M2 supports ... . They secrete ...": they are not the M1 macrophages)
            mentions = [m for m in mentions if m.start >= lead.end()]
        entities = [m.entity for m in mentions]
        resolved = self._resolved
        if resolved is not None and resolved[0] == sentence.index and resolved[1] not in entities:
            entities.append(resolved[1])  # "They contribute ... . For one, they secrete ...": the chain goes on
        self._earlier = self._previous
        self._previous = (sentence.index, sentence.section, entities)
        # (the side a comparison is said of, and the one list a later plural anaphor stands for, are asked only where
        # these entities name several therapies: kept only then, the list worked out when asked)
        several = len(set(e for e in entities if e.category in _THERAPY)) > 1
        self._listed = (sentence.index, sentence.section, sentence.norm, mentions) if several else None
        self._compared = (sentence.index, compared_first(sentence.norm, merged) if several else None)
        if self._compared[1] is not None and self._found_better(sentence):
            self._favoured = (sentence.index, sentence.section, self._compared[1])
        opening = mentions[0] if mentions and (mentions[0].start == 0 or
                                               CONNECTIVE_LEAD.match(sentence.norm[:mentions[0].start])) else None
        self._opening_drug = (sentence.index, sentence.section,
                              opening.entity if opening is not None and opening.entity.category in _THERAPY else None)
        self._opening_entity = (sentence.index,) + opening_entity(sentence.norm, mentions, lead.end() if lead else 0)
        self._oblique = (sentence.norm, mentions)  # which are in a prepositional phrase: asked when needed
        subject = plural_subject(sentence.norm, mentions)
        self._opening_subject = (sentence.index, sentence.section, subject)
        self._note_paragraph(sentence, entities, mentions, merged)

    def _found_better(self, sentence) -> bool:
        """Does a comparison's sentence find its first-named side better ("A prolonged OS compared with B"), not worse
        nor more toxic ("A compared with B showed more skin toxicity", "OS was shorter with A than with B")? Its words
        of a better outcome (cue lexicon ``better``, or a gain: improved, prolonged, benefit), none of a worse one
        (``worse``) nor of harm."""
        lexicons = {lexicon for _, _, lexicon in self.reading.cue_hits(sentence)}
        if "worse" in lexicons or _HARM.search(sentence.norm):
            return False
        return "better" in lexicons or _GAIN.search(sentence.norm) is not None

    def _note_paragraph(self, sentence, entities: list[Entity], mentions, merged) -> None:
        """Keep the entities of each sentence of the current paragraph (a heading or a blank line starts a new
        one), with its text (whether it speaks of a cited other study is asked of it only when needed)."""
        if not self._same_paragraph(sentence):
            self._paragraph = []
            self._paragraph_named = False
            self._paragraph_framed = False
            self._paragraph_subject = None
        self._note_paragraph_subject()
        if not self._paragraph_framed and _RESISTANCE_FRAME.search(sentence.norm):
            self._paragraph_framed = True  # (asked once per sentence, so the frame costs no scan of the paragraph)
        if any(m.entity.category in _THERAPY for m in merged):
            self._paragraph_named = True
            # a comparison sets the therapy it names against another ("more A patients responded (64 vs 45%)")
            one = self._one_named(sentence, merged) if not _COMPARISON.search(sentence.norm) else None
            if one is not None and _history_or_exposure(sentence.norm, merged):
                one = None  # "Patients had received prior oxaliplatin", "Metformin use was associated with ...": no
                # therapy the paragraph's next resistance is to
            self._paragraph_therapy = (sentence.index, one) if one is not None else None
        self._paragraph.append((sentence.index, entities, sentence.norm, _labelled_by_size(sentence.norm, mentions),
                                _ADDING.search(sentence.norm) is not None))
        self._last_noted = sentence

    def _note_paragraph_subject(self) -> None:
        """Keep the one therapy the paragraph's sentences open with as their subject (what :meth:`note` found as the
        sentence's opening therapy): a second one, or one coordinated with another ("Cetuximab and panitumumab bind
        EGFR"), leaves the paragraph with two competing."""
        drug = self._opening_drug[2]  # (note set it, and _opening_entity, for this sentence)
        if drug is None:
            return
        held = self._paragraph_subject
        joined = self._opening_entity[1] == drug and self._opening_entity[2]
        if joined or held is _COMPETING:
            self._paragraph_subject = _COMPETING
        elif held is None:
            self._paragraph_subject = drug
        elif held != drug:
            one = self._collapse([held, drug])  # a drug and its class ("Regorafenib ... . Multikinase inhibitors ...")
            self._paragraph_subject = one if one is not None else _COMPETING

    def paragraph_subject(self, sentence) -> Entity | None:
        """What an acting "it" opening a sentence ("Additionally, it inhibits escape pathways ...") stands for when the
        previous sentence (same paragraph) offers nothing for it: it names no therapy, and opens with no gene, pathway
        or molecule as its subject ("The dual blockade of VEGFR and TIE2 leads to ..."): the one therapy the sentences
        of the paragraph open with as their subject ("Regorafenib is a multikinase inhibitor ... . Similarly to
        sorafenib, this agent ..."); none when two therapies open sentences of the paragraph, or none does."""
        held = self._paragraph_subject
        prev = self._previous
        if held is None or held is _COMPETING or not self._same_paragraph(sentence) or prev is None \
                or sentence.index - prev[0] != 1:
            return None
        if any(e.category in _THERAPY for e in prev[2]):
            return None  # the previous sentence's own therapy (opening_drug, antecedent) or a competing one
        opening = self._opening_entity
        if opening is not None and opening[0] == prev[0] and opening[1] is not None \
                and opening[1].category in _ANAPHOR_CATEGORIES["anaphor_it"]:
            return None  # "EGFR and HER2 are overexpressed. It ...": the gene may be meant
        return self._remember(sentence, held)

    def _same_paragraph(self, sentence) -> bool:
        """Does ``sentence`` go on the paragraph of the last sentence noted (same heading, no paragraph break
        between them)?"""
        last = self._last_noted
        if last is None or last.section != sentence.section or last.subsection != sentence.subsection \
                or sentence.start < last.end:
            return False
        gap = self.reading.doc.text[last.end:sentence.start]
        return not (BLANK_LINE.search(gap) or ("\n" in gap and self._one_paragraph_a_line()))

    def _one_paragraph_a_line(self) -> bool:
        """Is the document written one paragraph a line (long lines), not hard-wrapped? (The upper middle line
        length of ``str.splitlines``: parse_document's paragraph_mode takes the mean of the two middle ones of its
        own lines, and the two differ on some texts, so it is not reused here.)"""
        if self._paragraph_lines is None:
            lengths = sorted(len(line) for line in self.reading.doc.text.splitlines() if line.strip())
            self._paragraph_lines = bool(lengths) and lengths[len(lengths) // 2] >= 150
        return self._paragraph_lines

    def combination_of_size(self, sentence, size: int, before: list, phrase: str = "") -> Entity | None:
        """What "this triple combination therapy", "the doublet regimen", "the two-drug regimen" stands for: the
        nearest combination of ``size`` components named before it, in this sentence or earlier in the same
        paragraph (never across a heading, never in a sentence about a cited other study, never past a sentence
        that adds a drug to a combination: the larger one is made there)."""
        for e in reversed(before):
            if _combination_size(e) == size:
                return self._remember(sentence, e)
        lead = sentence.norm[:max(0, sentence.norm.find(phrase))] if phrase else sentence.norm
        if not self._same_paragraph(sentence) or (_ADDING.search(lead) and not _ADDED_TO.search(lead)):
            return None  # "adding X to ... gave this triple combination": the one made here
        for _, entities, norm, labelled, adding in reversed(self._paragraph):
            if _cites_other_study(norm):
                continue
            fitting = [e for e in reversed(entities) if _combination_size(e) == size]
            # "... to triplet therapy with A, B and C, doublet therapy with A and C, or control treatment with
            # C and D": the one the text itself calls a doublet, not the nearest two-part one
            named = [e for e in fitting if e.id in labelled]
            if fitting:
                return self._remember(sentence, (named or fitting)[0])
            if adding:
                return None  # "adding irinotecan to the two-drug regimen": the triple is that one, named nowhere
        return None

    def subject_they(self, sentence, text: str, tokens, i: int) -> Entity | None:
        """What "they" stands for when it names no cells: the plural subject that opens this sentence, when "they"
        starts a coordinated clause ("KRAS mutations promote immune escape, and they also decrease PD-L1"), or
        the plural subject that opened the previous sentence (same section) for a sentence-initial "They"."""
        if i == 0:
            found = self._opening_subject
            if not _noted_before(found, sentence):
                return None
            return found[2]
        if tokens[i - 1].lower != "and":
            return None
        mentions = [tok.mention for tok in tokens[:i] if tok.mention is not None]
        return plural_subject(text, mentions)

    def just_resisted(self, sentence) -> Entity | None:
        """The one therapy the previous sentence (same section) names as resisted ("Tumours became resistant to
        cetuximab. Trametinib reversed such resistance"): what "this resistance" of the next sentence resists.
        None when that sentence names none, or names any other therapy ("resistance to oxaliplatin and to
        irinotecan", "resistant to cetuximab while on FOLFIRI": which one is meant is not said). A previous
        sentence that names no therapy and points back to "this resistance" itself passes on the therapy it
        pointed to ("... resistant to X. This resistance involves A. This resistance could be overcome by B")."""
        found = self._last_resisted
        if not _noted_before(found, sentence):
            return None
        return found[2]

    def studied_therapy(self, sentence) -> Entity | None:
        """The therapy a trial report's sentence speaks of when it names none ("Responses occurred only in RAS
        wild-type patients"): the one therapy the previous sentence (same section) names ("The X trial evaluated
        A plus B ... . Subgroup analysis revealed ..."), else, when the previous sentence names none or the
        sentence speaks of "our study", the first-named side of a comparison of the last two sentences (same
        section), kept only where that sentence finds it better ("A prolonged OS compared with B"; not "A compared with B
        showed more skin toxicity", see :meth:`_found_better`), else the therapy the title of a trial report names (one only), else the one therapy
        the report's own aim names ("we aimed to evaluate A plus B"). None when the previous sentence names several
        therapies, or neither the title nor an aim names one."""
        prev = self._previous
        own = _OWN_STUDY.search(sentence.norm) is not None
        if not own and _noted_before(prev, sentence):
            named = list(dict.fromkeys(e for e in prev[2] if e.category in _THERAPY))
            if len(named) > 1:
                # "The A group showed better PFS than the B group. These benefits were seen mainly in ...": the side
                # the comparison is said of, when the previous sentence names one therapy before comparing it
                compared = self._compared
                if compared is not None and compared[0] == prev[0] and compared[1] in named:
                    return compared[1]
                return None
            if named:
                return named[0]
            favoured = self._favoured
            if favoured is not None and favoured[1] == sentence.section and 0 < sentence.index - favoured[0] <= 2:
                # "OS was longer with A than with B. Adverse effects were similar. The survival advantage was more
                # pronounced in ...": the gain the report just gave to one side of its comparison, the sentence
                # between naming no therapy
                return favoured[2]
        # a report whose title names no study: the one therapy its own aim names ("we aimed to evaluate A plus B")
        return self._title_therapy(report=True) or self._aim_therapy

    def titled_therapy(self) -> Entity | None:
        """The one therapy the document's title names, whatever the title says of it ("Liquid biopsy-driven A
        rechallenge in selected patients", "Efficacy of A/B in second-line treatment: prognostic markers"), or the
        first of several when the others are the patients' history ("A plus B for mCRC refractory to C and D"); None
        when it names none, or several otherwise ("A versus B"). The fall-back of a report's studied therapy for the statements that ask for it
        (``@report_therapy``)."""
        return self._from_title("subject", self._read_titled)

    def _from_title(self, key: str, read) -> Entity | None:
        """What ``read`` gives of the title, worked out once (kept under ``key``)."""
        if key not in self._title_read:
            self._title_read[key] = read()
        return self._title_read[key]

    def _heading_title(self) -> str | None:
        """The document's title when it is set as a heading (before the first sentence), else None."""
        doc = self.reading.doc
        if doc.sections and (not doc.sentences or doc.sections[0][0] < doc.sentences[0].start):
            return doc.sections[0][1]
        return None

    def _read_titled(self) -> Entity | None:
        """:meth:`titled_therapy`, read from the title once."""
        doc = self.reading.doc
        title = self._heading_title()
        if title is not None and not _BARE_LABEL.fullmatch(title.strip()):
            named = [m for m in self.reading.find(title).merged() if m.entity.category in _THERAPY]
            return _title_subject(title, named)
        if doc.sentences:
            # a page opening with no title, its first heading a bare "Abstract": its first sentence stands for one
            first = doc.sentences[0]
            line = LINE_END.search(doc.text, first.start, first.end)
            # the title's own line (a first sentence may run on into a byline or the abstract)
            cut = len(" ".join(doc.text[first.start:line.start() if line else first.end].split()))
            named = [m for m in self.reading.recognize(first).merged() if m.entity.category in _THERAPY and
                     m.end <= cut]
            return _title_subject(first.norm, named)
        return None

    def _title_therapy(self, report: bool) -> Entity | None:
        """The one therapy the document's title names, worked out once. For a trial ``report`` (a studied therapy's
        fall-back), the one therapy a first sentence reporting a study names ("A plus B in HER2-positive mCRC: results
        from a phase II study"). Otherwise (a passage's therapy's fall-back), the one therapy, classes collapsed, of a
        title set as a heading or of a first sentence on a line of its own (a text that opens straight on its prose
        has no title to give), only when the title speaks of treating or of resistance ("Aspirin and colorectal
        cancer prevention" gives none) and names no combination."""
        if report:
            return self._from_title("report", self._report_title)
        return self._from_title("passage", self._passage_title)

    def _report_title(self) -> Entity | None:
        sentences = self.reading.doc.sentences
        if sentences and _STUDY_TITLE.search(sentences[0].norm):
            named = list(dict.fromkeys(m.entity for m in self.reading.recognize(sentences[0]).merged()
                                       if m.entity.category in _THERAPY))
            return named[0] if len(named) == 1 else None
        return None

    def _passage_title(self) -> Entity | None:
        doc = self.reading.doc
        named, text = [], self._heading_title()
        if text is not None:
            named = [m.entity for m in self.reading.find(text).merged() if m.entity.category in _THERAPY]
        elif len(doc.sentences) > 1:
            first, second = doc.sentences[0], doc.sentences[1]
            if "\n" in doc.text[first.end:second.start]:
                text = first.norm
                named = [m.entity for m in self.reading.recognize(first).merged() if m.entity.category in _THERAPY]
                self._title_index = first.index
        named = list(dict.fromkeys(named))
        if not named or not _TITLE_TREATING.search(text):
            return None
        return self._collapse(named)

    def opening_drug(self, sentence) -> Entity | None:
        """The therapy (a drug, a class or a combination) the previous sentence (same section) opens with as its
        subject, after a connective if any ("Aflibercept is a fusion protein ... . It acts as a decoy receptor ...",
        "Recently, immune checkpoint blockade has emerged ... . However, it has not been effective in MSS CRC"): what
        a sentence-initial "it" is said of."""
        found = self._opening_drug
        if not _noted_before(found, sentence):
            return None
        return found[2]

    def antecedent(self, kind: str, sentence, before: list, phrase: str = "", acted_on: bool = False) -> Entity | None:
        """The entity an anaphor of ``kind`` points at: the first fitting entity earlier in this
        sentence, else the first fitting one of the previous sentence (same section). A combination named
        with its number of parts ("this triple combination therapy") is the nearest one of that size
        (:meth:`combination_of_size`); "these patients" are the carriers of the one population marker
        the previous sentence names, none when it names several. A process ``acted_on`` by something its own
        sentence names ("IL-6 enhances this effect") is no actor of that process: an effect is no entity to
        activate, so only a mechanism the previous sentence names stands for it. A word for one agent ("this
        molecule", "this drug", "this antibody") never stands for a regimen of several: a combination it would take
        gives its one targeted drug (:meth:`_one_agent_of`), else nothing."""
        found = self._antecedent(kind, sentence, before, phrase, acted_on)
        if found is None or found.category != "Regimen" or kind not in _THERAPY_KINDS or not _ONE_AGENT.fullmatch(phrase):
            return found
        agent = self._one_agent_of(found)
        if self._resolved is not None and self._resolved[0] == sentence.index and self._resolved[1] is found:
            self._resolved = (sentence.index, agent) if agent is not None else None
        return agent

    def _one_agent_of(self, regimen: Entity) -> Entity | None:
        """The one part of ``regimen`` that is no chemotherapy backbone (a drug or a class: "aflibercept plus FOLFIRI"
        -> aflibercept), as the reading combined it or the vocabulary lists it; None when it has none or several
        ("encorafenib plus cetuximab": which one "this molecule" is, is not said)."""
        from builders.guards import is_chemotherapy  # (guards reads the discourse's answers)
        reading, vocab = self.reading, self.reading.vocab
        ids = reading.regimens_read.get(regimen.id) or reading.combination_parts.get(regimen.id) or \
            vocab.regimen_components.get(regimen.id, ())
        parts = {e.id: e for e in (vocab.entities.get(c) for c in ids)
                 if e is not None and e.category in ("Drug", "DrugClass") and not is_chemotherapy(vocab, e)}
        return next(iter(parts.values())) if len(parts) == 1 else None

    def _antecedent(self, kind: str, sentence, before: list, phrase: str, acted_on: bool) -> Entity | None:
        fits = _ANAPHOR_CATEGORIES[kind]
        size = combination_size_named(phrase) if kind == "anaphor_combination" else None
        if size is not None:
            return self.combination_of_size(sentence, size, before, phrase)
        if kind == "anaphor_treatment" and any(e.category in fits for e in before):
            return self._one_treatment(sentence, before)  # "resistance to X ... refractory to this therapy"
        for e in before if kind not in _PROCESS_KINDS else ():  # "IL-6 enhances this effect": not IL-6's own
            if e.category in fits and _fits_kind(kind, e):
                return self._remember(sentence, e)
        prev = self._previous
        if not _noted_before(prev, sentence):
            return None
        if kind == "anaphor_patients":
            return self._one_population(sentence, prev)
        stated = self._stated_cause_named(prev, fits, kind) if kind == "anaphor_mechanism" and "resist" in phrase \
            else None
        if stated is not None:
            return self._remember(sentence, stated)
        if kind == "anaphor_treatment":
            return self._one_treatment(sentence, prev[2], from_previous=True)
        if kind in _SUBJECT_KINDS:
            return self._one_or_subject(sentence, prev, fits, kind)
        for e in prev[2]:
            if e.category in fits and _fits_kind(kind, e):
                return self._remember(sentence, e)
        if kind == "anaphor_process" and not acted_on:  # no mechanism named before: the process's first actor (a change of
            # state, "this change", "this switch", takes none: it is no marker or gene named beside it)
            for e in prev[2]:
                if e.category in _PROCESS_ACTORS:
                    return self._remember(sentence, e)
        if kind == "anaphor_combination":
            return self._combination_across(sentence, prev)
        return None

    def note_stated_causes(self, sentence, causes) -> None:
        """Keep the causes of resistance the facts of ``sentence`` state (entity ids), for the next sentence's "this
        resistance" (:meth:`antecedent`)."""
        self._stated_causes = (sentence.index, sentence.section, frozenset(causes))

    def _stated_cause_named(self, prev, fits, kind: str) -> Entity | None:
        """What "this resistance", "such acquired resistance" stands for when the previous sentence stated a cause of
        resistance: the first entity it names that its facts give as such a cause, over any other mechanism or alteration
        named there ("... for patients with BRAF V600E mCRC, and MAPK pathway reactivation appears to be a critical
        mechanism of resistance. A MEK inhibitor may reverse such acquired resistance": the reactivation, not the
        patients' mutation); None when its facts state none of them (then the first fitting one, as for any anaphor)."""
        named = self._stated_causes_named(prev, fits, kind)
        return named[0] if named else None

    def _stated_causes_named(self, prev, fits, kind: str) -> list[Entity]:
        """Every entity the previous sentence (``prev``) names that its facts give as a cause of resistance, fitting
        ``kind``, in the order named."""
        held = self._stated_causes
        if held is None or held[0] != prev[0] or held[1] != prev[1] or not held[2]:
            return []
        return list(dict.fromkeys(e for e in prev[2] if e.id in held[2] and e.category in fits and _fits_kind(kind, e)))

    def stated_causes_before(self, sentence) -> list[Entity]:
        """What a plural "these causes", "these mechanisms" stands for when its own sentence names no mechanism before
        it: every cause of resistance the previous sentence (same section) stated, in the order named ("... we review
        (1) elevated TS expression and (2) dysregulated cell death as causes of 5-FU resistance. These causes of 5-FU
        resistance can be overcome by X": both); none unless it stated at least two (a single one is what any anaphor
        of a mechanism takes, :meth:`antecedent`)."""
        prev = self._previous
        if not _noted_before(prev, sentence):
            return []
        named = self._stated_causes_named(prev, _ANAPHOR_CATEGORIES["anaphor_mechanism"], "anaphor_mechanism")
        if len(named) < 2:
            return []
        self._remember(sentence, named[0])
        return named

    def _one_or_subject(self, sentence, prev, fits, kind: str = "anaphor_cells") -> Entity | None:
        """What "they", "these cells", "it", "this kinase" opening a statement take from the previous sentence: the
        one entity of the fitting category it names, else its subject when that fits and stands alone ("TAMs
        outnumber T cells in liver metastases. They secrete IL-10": the TAMs); none when two candidates compete
        ("Tregs and MDSCs accumulate. They ...", "A exceeds B in X. They ..." with no subject of its kind). A
        gene or molecule ("this kinase", "this protein", "it") takes the subject only when the others are in a
        prepositional phrase ("MEK1 is activated in cells with high EGFR expression. This kinase ...") or modify a part of
        a gene ("STAT3 binds the SOCS3 promoter. It ..."), never over an object ("MEK1 phosphorylates ERK2. This kinase
        ...": either may be meant)."""
        named = list(dict.fromkeys(e for e in prev[2] if e.category in fits))
        if len(named) == 1:
            return self._remember(sentence, named[0])
        held = self._opening_entity
        if not named or held is None or held[0] != prev[0] or held[1] is None or held[2] or held[1] not in named:
            return None
        if kind != "anaphor_cells" and not self._others_oblique(held[1], named):
            return None
        return self._remember(sentence, held[1])

    def _others_oblique(self, subject: Entity, named: list[Entity]) -> bool:
        """Does the last sentence read name each of ``named`` but its ``subject`` only after a preposition, or as the
        modifier of a part or measure of it ("STAT3 binds the SOCS3 promoter": a stretch of DNA, not SOCS3 acting)?"""
        held = self._oblique
        if held is None:
            return False
        text, mentions = held
        others = {e.id for e in named if e != subject}
        for m in mentions:
            if m.entity.id in others and not _AFTER_PREPOSITION.search(text, max(0, m.start - 40), m.start) \
                    and not _PART_NOUN.match(text, m.end):
                return False
        return True

    def listed_before(self, sentence) -> list[Entity]:
        """What a plural "these agents", "both drugs", "such antibodies" stands for when its own sentence names no
        therapy before it: every therapy of the one list the previous sentence (same section) names ("Cetuximab and
        panitumumab are approved ... . Resistance to these antibodies arises ..."), each said the same of; none when
        that sentence lists fewer than two, or speaks of a cited other study."""
        held = self._listed
        if not _noted_before(held, sentence):
            return []
        listed = listed_therapies(held[2], held[3])
        if len(listed) < 2:
            return []
        if self._paragraph and self._paragraph[-1][0] == held[0] and _cites_other_study(self._paragraph[-1][2]):
            return []
        self._remember(sentence, listed[0])
        return listed

    def molecules_before(self, sentence) -> list[Entity]:
        """What a plural "these ligands", "these factors" stands for: every molecule the previous sentence (same
        section) names, or, when it names nothing, every one the sentence before it names; none unless there are
        at least two (a plural points back at several)."""
        for back, held in ((1, self._previous), (2, self._earlier)):
            if not _noted_before(held, sentence, back):
                return []
            named = list(dict.fromkeys(e for e in held[2] if e.category == "Molecule"))
            if named or held[2]:  # a sentence between that names other things stops the look back
                return named if len(named) >= 2 else []
        return []

    def mutations_before(self, sentence, before: list, phrase: str) -> list[Entity]:
        """What "these mutations", "either mutation", "both variants" stand for: every mutation named before it in
        its own sentence, else every one the previous sentence (same section) names ("... acquired two mutations,
        G595R and G667C. Either mutation renders the kinase insensitive to A": each of them). A plural points back
        at several, so none unless at least two are named; "both", "either" and "the two" at exactly two. A mutation
        is an alteration named as one or as a protein change, never an amplification, fusion, loss or wild-type."""
        named = _mutations(before)
        if len(named) < 2:
            prev = self._previous
            if not _noted_before(prev, sentence):
                return []
            named = _mutations(prev[2])
        if len(named) < 2 or (_TWO_WORDS.search(phrase) and len(named) != 2):
            return []
        self._remember(sentence, named[0])
        return named

    def one_mechanism(self, sentence, before: list) -> Entity | None:
        """What a bare "this" or "it" a rescue is said of stands for ("MET amplification drives resistance to
        cetuximab. This can be overcome by crizotinib"): the one mechanism or alteration named before it in its
        sentence, else the one the previous sentence (same section) names when it speaks of resistance or of a
        therapy failing; none when several are named there
        ("KRAS mutations and MET amplification confer resistance; X can overcome this": which one is not said)."""
        fits = _ANAPHOR_CATEGORIES["anaphor_mechanism"]
        named = list(dict.fromkeys(e for e in before if e.category in fits))
        if not named:
            prev = self._previous
            if not _noted_before(prev, sentence):
                return None
            last = self._last_noted
            if last is None or last.index != prev[0] or not _FAILING.search(last.norm):
                return None  # "MET amplification was found in 5% of tumours. This ...": no resistance to overcome
            named = list(dict.fromkeys(e for e in prev[2] if e.category in fits))
        return self._remember(sentence, named[0]) if len(named) == 1 else None

    def _one_population(self, sentence, prev) -> Entity | None:
        """The population marker "these patients", "such tumours" take from the previous sentence: the one
        alteration or biomarker it names; none when it names several, or speaks of a cited other study."""
        if self._paragraph and _cites_other_study(self._paragraph[-1][2]):  # the previous sentence's (prev)
            return None
        markers = list(dict.fromkeys(e for e in prev[2] if e.category in _ANAPHOR_CATEGORIES["anaphor_patients"]
                                     and _fits_kind("anaphor_patients", e)))
        return self._remember(sentence, markers[0]) if len(markers) == 1 else None

    def _one_treatment(self, sentence, entities: list[Entity], from_previous: bool = False) -> Entity | None:
        """The therapy "this therapy", "such treatment" take from the entities before it (in its own sentence, else,
        ``from_previous``, the previous one's): the one therapy named there, a drug with its classes or a class with
        members of it collapsing to one; none when several unrelated ones are named ("Cetuximab and bevacizumab are
        approved. Many tumours do not respond to this therapy": which one is not said), or when the previous
        sentence speaks of a cited other study."""
        if from_previous and self._paragraph and _cites_other_study(self._paragraph[-1][2]):
            return None
        named = list(dict.fromkeys(e for e in entities if e.category in _THERAPY))
        if len(named) == 1:
            return self._remember(sentence, named[0])
        one = self._collapse(named)
        return self._remember(sentence, one) if one is not None else None

    def _combination_across(self, sentence, prev) -> Entity | None:
        """"The combination of A, B and C was tested ... . Higher infiltration was seen in treated mice. Together,
        this combination ...": the combination two sentences back, when the sentence between names no therapy."""
        earlier = self._earlier
        if not _noted_before(earlier, sentence, 2):
            return None
        if any(e.category in _ANAPHOR_CATEGORIES["anaphor_therapy"] for e in prev[2]):
            return None
        regimens = [e for e in earlier[2] if e.category == "Regimen" and _fits_kind("anaphor_combination", e)]
        return self._remember(sentence, regimens[0]) if len(regimens) == 1 else None

    def _remember(self, sentence, entity: Entity) -> Entity:
        if self._resolved is None or self._resolved[0] != sentence.index:
            self._resolved = (sentence.index, entity)
        return entity


# a connective that opens a sentence before its subject ("However, it ...", "Recently, cetuximab ...")
CONNECTIVE_LEAD = lazy_compile(r"^(?:however|moreover|furthermore|in addition|additionally|notably|importantly|thus|"
                               r"therefore|indeed|recently|nevertheless|unfortunately|consequently),\s*$", re.I)
# a sentence that turns against what the one before said of a therapy ("However, resistance ...")
_CONTRAST_LEAD = lazy_compile(r"^(?:however|unfortunately|nevertheless|nonetheless|yet|but|inevitably|regrettably|"
                              r"despite this|despite these (?:results|advances|successes))\b", re.I)
_RESISTANT = lazy_compile(r"resist", re.I)
# resistance to the therapies the sentence before named, pointed back to: "resistance to these agents"
_RESISTANCE_TO_THESE = lazy_compile(r"\bresist\w*\s+(?:to|against)\s+(?:these|such|this|those)\s+"
                                    r"(?:\w+\s+)?(?:agents?|drugs?|therap(?:y|ies)|inhibitors?|antibod(?:y|ies)|treatments?)\b", re.I)
# a sentence that may name a therapy a next sentence points back to (a prefilter)
_MAY_NAME_THERAPY = lazy_compile(r"inhibit|mab\b|nib\b|therap|chemo|antibod|agent|drug|platin|fluoro|irinotecan|FOL", re.I)
_PRIOR_LINE = lazy_compile(r"refractor|failure|failed|pretreated|previously treated", re.I)


# a sentence that says a therapy failed: it did not work, or its efficacy was poor ("have failed to improve the outcomes",
# "showed limited activity", "patients rarely respond", "only 5% of patients respond")
_FAILED = lazy_compile(r"\bfail(?:ed|s)?\s+to\b|\black\s+of\s+(?:clinical\s+)?(?:efficacy|activity|response|benefit)\b|"
                       r"\b(?:limited|modest|minimal|poor|disappointing|low|suboptimal)\s+(?:single-agent\s+|clinical\s+)?"
                       r"(?:efficacy|activity|responses?|response\s+rates?|benefit)\b|\b(?:did|do|does)\s+not\s+(?:improve|"
                       r"respond|benefit|show\s+(?:any\s+)?(?:activity|efficacy|benefit))\b|\b(?:ineffective|inactive)\b|"
                       r"\brarely\s+respond|\bonly\s+(?:about\s+|approximately\s+|~\s*)?\d+(?:\.\d+)?\s?%\s+(?:\S+\s+){0,8}?"
                       r"respond", re.I)
# a sentence reporting a trial: its regimen is the trial's, not the therapy a passage goes on about
_TRIAL_REPORT = lazy_compile(r"\btrials?\b|\bphase\s+(?:I{1,3}|[1-3])\b|\bNCT\d|\brandomi[sz]ed\b", re.I)
# what a title says after its studied therapy of the others it names: the patients' earlier treatment
# (also the patients' resistance the title says they came with: "A and B in patients with acquired resistance to C")
_TITLE_HISTORY = lazy_compile(r"\b(?:refractory|pretreated|pre-treated|previously|prior|previous|after|following|"
                              r"resistant|progressi\w*|failure|failing|intolerant|"
                              r"(?:with|despite)\s+(?:(?:acquired|primary|secondary|intrinsic)\s+)?resistance)\b", re.I)


def _title_subject(title: str, named: list) -> Entity | None:
    """The therapy a title reports on: its one therapy, or the first when every other comes after a word of the
    patients' history (:meth:`Discourse.titled_therapy`)."""
    ordered = sorted(named, key=lambda m: (m.start, m.end))
    if not ordered:
        return None
    first = ordered[0].entity
    others = [m for m in ordered if m.entity != first]
    if others and not _TITLE_HISTORY.search(title, ordered[0].end, others[0].start):
        return None
    return first


# a heading that is no title but the label of the part a page opens on ("Abstract", "Summary")
_BARE_LABEL = lazy_compile(r"(?:abstract|summary)\.?", re.I)
# a title that reports a study of its own ("...: results from a phase II study"), and a sentence about it
_STUDY_TITLE = lazy_compile(r"\b(?:phase\s+(?:I{1,3}|[1-3])(?:/I{1,3}|/[1-3])?[ab]?\b|trial\b|study\b)", re.I)
_OWN_STUDY = lazy_compile(r"\b(?:our|the present|the current|this) (?:study|trial|cohort|series)\b", re.I)
# what "they" may stand for as a subject (cells have their own anaphor), and what may open a sentence before it
_SUBJECT_CATEGORIES = ("Alteration", "Gene", "Molecule", "Biomarker")
_RUN_IN_LABEL = lazy_compile(r"^[^.:;,]{1,60}:\s*")
_SUBJECT_LEAD = lazy_compile(r"^(?:[^.:;,]{1,60}:\s*|(?:however|moreover|furthermore|in addition|additionally|notably|"
                             r"importantly|thus|therefore|indeed|in crc|in colorectal cancer),\s*)?$", re.I)


# what joins a subject to a second one ("TAMs and MDSCs", "TAMs, MDSCs", "TAMs (M2) or MDSCs")
_COORDINATED = lazy_compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:,|\band\b|\bor\b|/|\bas\s+well\s+as\b)\s*(?:the\s+)?$", re.I)


def opening_entity(text: str, mentions, start: int = 0) -> tuple[Entity | None, bool]:
    """The entity a sentence opens with as its subject ("TAMs accumulate ...", "Moreover, MEK1 ...", "In CRC, TAMs
    ...") and whether another is coordinated with it ("TAMs and MDSCs ..."); (None, False) when it opens otherwise.
    ``start`` is where its main clause begins, after a leading subordinate one ("Although A ..., B are ...": B).

    >>> from kg.model import Entity
    >>> from builders.recognize import Mention
    >>> a, b = Entity("crc:a", "CellType", "A"), Entity("crc:b", "CellType", "B")
    >>> opening_entity("A and B secrete X", [Mention(0, 1, "A", a), Mention(6, 7, "B", b)])[1]
    True
    """
    label = _RUN_IN_LABEL.match(text) if not start else None
    mentions = sorted((m for m in mentions if (label is None or m.start >= label.end()) and m.start >= start
                       and m.entity.category != "Disease"), key=lambda m: m.start)
    if not mentions or not _SUBJECT_LEAD.match(text[start:mentions[0].start].lstrip()):
        return None, False
    first = mentions[0]
    others = [m for m in mentions[1:] if m.entity != first.entity and m.start >= first.end]
    joined = bool(others) and _COORDINATED.match(text[first.end:others[0].start]) is not None
    return first.entity, joined


def plural_subject(text: str, mentions) -> Entity | None:
    """The entity a sentence opens with as its plural subject ("KRAS mutations ...", "Notably, KRAS mutations ...",
    "Immunotherapy combination: KRAS mutations ..."), if it is a gene, alteration, molecule or biomarker."""
    label = _RUN_IN_LABEL.match(text)
    mentions = [m for m in mentions if (label is None or m.start >= label.end()) and m.entity.category != "Disease"]
    if not mentions:
        return None
    first = min(mentions, key=lambda m: m.start)
    if first.entity.category not in _SUBJECT_CATEGORIES or not _SUBJECT_LEAD.match(text[:first.start]):
        return None
    word = first.text.split()[-1] if first.text.split() else ""
    if not (word.lower().endswith("s") and not word.lower().endswith("ss")):
        return None
    if re.match(r"\s+(?:of|in|from|with|and|or)\b", text[first.end:]):
        return None  # "mutations of X", "KRAS and NRAS mutations": not one plain subject
    return first.entity


# what turns a sentence to the other side of its comparison ("A showed better PFS than B", "A versus B")
_COMPARATOR = lazy_compile(r"\b(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|over)(?![A-Za-z])", re.I)


def compared_first(text: str, mentions) -> Entity | None:
    """The one therapy a sentence names before it turns to what it compares it with ("The A group showed better PFS
    than the B group", "A plus B improved survival compared with B alone"): the side its result is said of. None when
    the sentence compares nothing, names several therapies before the comparison (but for a backbone both sides share:
    "the A-B combination compared with C and B" is A's side), or names that one again after it. Whether the
    comparison finds that side better or worse is not asked here (:meth:`Discourse._found_better` asks it)."""
    turn = _COMPARATOR.search(text)
    if turn is None:
        return None
    before = {m.entity.id: m.entity for m in mentions if m.entity.category in _THERAPY and m.end <= turn.start()}
    after = {m.entity.id for m in mentions if m.entity.category in _THERAPY and m.start >= turn.end()}
    if len(before) > 1 and after - set(before):
        # "the A-B combination compared with C and B": the backbone B both sides get is not what is compared
        own = {eid: e for eid, e in before.items() if eid not in after}
        if len(own) == 1 and len(before) - len(own) == 1:
            before = own
    if len(before) != 1 or not after:
        return None
    (eid, entity), = before.items()
    return None if eid in after else entity


# a preposition (and a determiner) just before a mention: the mention is in a prepositional phrase
_AFTER_PREPOSITION = lazy_compile(r"\b(?:in|of|with|by|from|on|to|into|within|through|via|for|at|among|between|"
                                  r"than|upon|after|during|under)\s+(?:(?:the|a|an|its|their|this|these)\s+)?$", re.I)
# a noun after a gene's name that makes the gene its modifier: a part of the gene or a measure of it
_PART_NOUN = lazy_compile(r"[\s\-]+(?:promoters?|genes?|locus|loci|enhancers?|mRNAs?|transcripts?|expression|levels?|"
                          r"regions?|sites?|binding sites?|motifs?)\b", re.I)
# harm a comparison may find more of on one side ("more skin toxicity", "higher rates of adverse events")
_HARM = lazy_compile(r"toxic|adverse|side[- ]effects?|\brash\b|neutropeni|diarrh|discontinu|\bdeaths?\b|"
                     r"\bdied\b|complication", re.I)
# a gain a comparison finds for its first-named side ("A improved survival compared with B", "a benefit over B")
_GAIN = lazy_compile(r"\bimprov|\bprolong|\bextend|\bbenefit|\badvantage|\bsuperior", re.I)


def _history_or_exposure(text: str, mentions) -> bool:
    """Does a sentence name its therapy as the patients' history or as an exposure ("Patients had received prior
    oxaliplatin", "Metformin use was associated with ...", "the risk of CRC among aspirin users"), not as a
    treatment whose resistance the paragraph goes on to state?

    >>> from kg.model import Entity
    >>> from builders.recognize import Mention
    >>> m = Entity("d:m", "Drug", "metformin")
    >>> _history_or_exposure("Metformin use was associated with survival", [Mention(0, 9, "Metformin", m)])
    True
    >>> _history_or_exposure("Metformin was given to 40 patients", [Mention(0, 9, "Metformin", m)])
    False
    """
    if _HISTORY_OR_EXPOSURE.search(text):
        return True
    return any(m.entity.category in _THERAPY and _USE_AFTER.match(text, m.end) for m in mentions)


# the resistance a sentence points back to ("this resistance", "such acquired resistance")
_THIS_RESISTANCE = lazy_compile(r"\b(?:this|such)\s+(?:(?:acquired|adaptive|intrinsic|treatment|therapy)\s+)?resistance\b", re.I)
_PROCESS_ACTORS = ("CellType", "Molecule", "Gene", "Pathway")
_NUMBERED = lazy_compile(r"^(\d+(?:\.\d+)*)\.?\s+\S")
# a heading naming the agents of a class other than those already discussed ("Other targeted agents")
_OTHER_THAN = lazy_compile(r"\bother\s+(?:[\w\-]+\s+){0,2}?(?:agents?|therap\w+|drugs?|treatments?|inhibitors?|antibod\w+|mAbs?)\b", re.I)
_RESISTANCE_HEADING = lazy_compile(r"resist|refractor|escape|insensitiv", re.I)
# a sentence that frames the ones after it as the barriers to a therapy or the mechanisms of a resistance ("multilevel
# barriers to immune checkpoint blockade", "mechanisms of TAM-mediated drug resistance", "determinants of 5-FU
# resistance", "obstacles to the efficacy of anti-PD-1 therapy"): never "mechanisms of action", "barriers to access"
_RESISTANCE_FRAME = lazy_compile(
    r"\b(?:barriers?|obstacles?|hurdles?)\s+to\s+(?:the\s+)?(?:(?:efficacy|success|benefit|activity)\s+of\s+)?"
    r"(?:[\w\-/]+\s+){0,3}?(?:blockade|inhibition|inhibitors?|therap(?:y|ies)|immunotherap(?:y|ies)|treatments?)\b|"
    r"\b(?:mechanisms?|determinants?|causes?|drivers?)\s+(?:of|underlying|behind)\s+(?:the\s+)?"
    r"(?:[\w\-/]+\s+){0,3}?(?:resistance|refractoriness|insensitivity)\b", re.I)

# a sentence that speaks of resistance or of a therapy failing ("limits the efficacy of", "blunts the response to")
_FAILING = lazy_compile(r"resist|refractor|escape|evasion|evade|insensitiv|unresponsive|non-?respon|\bfail|"
                        r"(?:limit|impair|blunt|hamper|reduc|diminish|compromis)\w*\s+(?:the\s+)?(?:\w+\s+)?"
                        r"(?:efficacy|effectiveness|response|benefit|activity|sensitivity)", re.I)
_LEADING_SUBORDINATE = lazy_compile(r"^(?:although|though|while|whereas|unlike|despite|in contrast to|compared with|"
                                    r"compared to)\b[^,;]{0,200},", re.I)

# s56 resist2: an alteration named as a mutation or a protein change ("KRAS mutation", "NTRK1 G595R", "BRAF V600E")
_MUTATION_NAME = lazy_compile(r"(?:\bmutations?|\bvariants?|\b[A-Z]\d{1,4}(?:[A-Z*]|del|ins|fs|dup))$")
_PROTEIN_CHANGE = lazy_compile(r"\b[A-Z]\d{1,4}(?:[A-Z*]|del|ins|fs|dup)$")
_NOT_MUTATION = lazy_compile(r"wild[- ]?type|amplif|fusion|rearrang|loss|deletion|overexpress|expression|level", re.I)
# a plural anaphor that says it points at two ("both mutations", "either variant", "the two mutations")
_TWO_WORDS = lazy_compile(r"\b(?:both|either|two)\b", re.I)


def _mutations(entities: list) -> list[Entity]:
    """The mutations among ``entities``, each once, in order.

    >>> [e.name for e in _mutations([Entity("crc:a", "Alteration", "NTRK1 G595R"), Entity("crc:b", "Alteration",
    ...  "MET amplification"), Entity("crc:c", "Alteration", "KRAS mutation"), Entity("crc:a", "Alteration", "NTRK1 G595R")])]
    ['NTRK1 G595R', 'KRAS mutation']
    >>> [e.name for e in _mutations([Entity("crc:k", "Alteration", "NTRK1 kinase domain mutation"),
    ...  Entity("crc:a", "Alteration", "NTRK1 G595R"), Entity("crc:b", "Alteration", "NTRK1 G667C")])]
    ['NTRK1 G595R', 'NTRK1 G667C']
    """
    out = [e for e in dict.fromkeys(entities) if e.category == "Alteration" and _MUTATION_NAME.search(e.name)
           and not _NOT_MUTATION.search(e.name)]
    changes = [e for e in out if _PROTEIN_CHANGE.search(e.name)]
    return changes if len(changes) >= 2 else out  # "two mutations in the kinase domain, G595R and G667C": the two


def _noted_before(held: tuple | None, sentence, back: int = 1) -> bool:
    """Was ``held``, what the discourse noted of a sentence as (its index, its section, ...), noted of the sentence
    ``back`` before ``sentence`` in its section (by default the previous one)?"""
    return held is not None and held[1] == sentence.section and sentence.index - held[0] == back


_COMPETING = object()  # two therapies compete for a paragraph's subject (Discourse._paragraph_subject)
_ANAPHOR_CATEGORIES = {
    "anaphor_cells": ("CellType",),
    "anaphor_therapy": ("Drug", "DrugClass", "Regimen"),
    "anaphor_treatment": ("Drug", "DrugClass", "Regimen"),
    "anaphor_combination": ("Regimen",),
    "anaphor_patients": ("Biomarker", "Alteration"),
    "anaphor_mechanism": ("ResistanceMechanism", "Alteration"),
    "anaphor_it": ("Gene", "Pathway", "Molecule"),
    "anaphor_protein": ("Gene",),
    "anaphor_process": ("ResistanceMechanism", "Alteration"),
    "anaphor_change": ("ResistanceMechanism", "Alteration"),
    "anaphor_molecules": ("Molecule",),
}
# anaphors of a therapy named before ("this drug", "this therapy", "these agents")
_THERAPY_KINDS = ("anaphor_therapy", "anaphor_treatment")
# (h60 prec) those that name one agent ("this molecule", "the drug", "this antibody"): never a regimen of several
_ONE_AGENT = lazy_compile(r"(?:this|that|the)\s+(?:molecule|agent|drug|compound|antibody|inhibitor)", re.I)
# anaphors that take the one fitting entity of the previous sentence, else its subject (Discourse._one_or_subject)
_SUBJECT_KINDS = ("anaphor_cells", "anaphor_it", "anaphor_protein")
# anaphors of a process the previous sentence described, never an entity of their own sentence
_PROCESS_KINDS = ("anaphor_process", "anaphor_change")


# the number of parts a definite description gives a combination ("this triple combination therapy", "the
# doublet regimens", "the two-drug regimen")
_SIZE_WORDS = ((lazy_compile(r"\b(?:triple|triplet|three-drug|three-agent)\b", re.I), 3),
               (lazy_compile(r"\b(?:doublet|dual|double|two-drug|two-agent)\b", re.I), 2))
# a sentence about a study the text cites against its own ("In the earlier X trial, ...")
_CITED_OTHER_STUDY = lazy_compile(r"\b(?:earlier|previous|prior|preceding|another|other)\s+(?:[\w\-]+\s+){0,3}"
                                  r"(?:trials?|stud(?:y|ies))\b", re.I)
# a sentence that makes a larger combination by adding a drug to one ("adding irinotecan to the two-drug regimen")
_ADDING = lazy_compile(r"\b(?:adding|addition of|added to)\b", re.I)
_ADDED_TO = lazy_compile(r"\b(?:to|onto|into)\s*$", re.I)  # "adding irinotecan to the two-drug regimen": that one


def combination_size_named(phrase: str) -> int | None:
    """The number of parts an anaphor gives its combination, if it says one.

    >>> combination_size_named("this triple combination therapy"), combination_size_named("the doublet regimens")
    (3, 2)
    >>> combination_size_named("this combination") is None
    True
    """
    for pattern, size in _SIZE_WORDS:
        if pattern.search(phrase):
            return size
    return None


def _cites_other_study(text: str) -> bool:
    """Does a sentence speak of a cited other study (another cancer, an earlier trial)?"""
    return about_other_cancer(text) or bool(_CITED_OTHER_STUDY.search(text))


def _labelled_by_size(text: str, mentions) -> frozenset:
    """The combinations a sentence calls by their size ("doublet therapy with encorafenib and cetuximab",
    "the triplet (A, B and C)"): their ids."""
    out = set()
    for m in mentions:
        size = _combination_size(m.entity)
        label = _SIZE_LABEL.search(text, max(0, m.start - 40), m.start) if size is not None else None
        if label is not None and combination_size_named(label.group(0)) == size:
            out.add(m.entity.id)
    return frozenset(out)


# a size word just before a combination's name: "doublet therapy with", "triplet regimen of", "triplet ("
_SIZE_LABEL = lazy_compile(r"\b(?:triple|triplet|three-drug|doublet|dual|two-drug)\b(?:[\s\-]+(?:combination|therapy|"
                           r"regimen|treatment|arm|group))*\s*(?:with|of|consisting of|comprising|\(|:)?\s*$", re.I)


def _combination_size(e: Entity) -> int | None:
    """How many parts a combination regimen has (None for anything else)."""
    if e.category != "Regimen" or not e.attr("combination"):
        return None
    return len(e.name.split(" + "))


def _fits_kind(kind: str, e: Entity) -> bool:
    if kind == "anaphor_combination":
        return bool(e.attr("combination"))
    if kind == "anaphor_patients":
        return e.attr("alteration_kind") not in (None,) or e.category == "Biomarker"
    return True


# searched in most sentences, which hold none of their words (builders/prefilter.py)
(_OWN_STUDY, _ADDING, _TRIAL_REPORT, _THIS_RESISTANCE, _RESIST_WORD) = map(prefiltered, (
    _OWN_STUDY, _ADDING, _TRIAL_REPORT, _THIS_RESISTANCE, _RESIST_WORD))
