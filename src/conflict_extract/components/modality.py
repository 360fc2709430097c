"""How a sentence presents an action: asserted, reported (conditional), hypothetical, denied
or future. Read from the dependency parse and morphology around the trigger token."""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.text import fold

# Verbs whose complement is not (yet) a fact: threats, plans, obligations, attempts to come.
PLAN_VERBS = frozenset(
    {
        "menacer",
        "menace",
        "prevoir",
        "devoir",
        "vouloir",
        "envisager",
        "projeter",
        "compter",
        "pouvoir",
        "appreter",
        "preparer",
        "promettre",
        "refuser",
        "appeler",
        "reclamer",
        "exiger",
        "craindre",
        "redouter",
        "chercher",
        "esperer",
        "tenter",
        "decider",
        "ordonner",
        "jurer",
        "risquer",
        "projet",
        "plan",
        "intention",
    }
)
DENIAL_VERBS = frozenset({"dementir", "nier", "rejeter", "contester", "dementi", "demente"})
# Conditional forms the tagger often reads as imperfect.
_IRREGULAR_CONDITIONALS = (
    "serait",
    "seraient",
    "aurait",
    "auraient",
    "pourrait",
    "pourraient",
    "devrait",
    "devraient",
    "ferait",
    "feraient",
    "irait",
    "iraient",
    "viendrait",
    "viendraient",
    "voudrait",
    "voudraient",
    "faudrait",
)
_LEFT_WINDOW = 8
_CLAUSE_BREAK = frozenset({",", ";", ":", ".", "«", "»", "(", ")"})


def is_conditional(token: Token) -> bool:
    """Conditional mood, from morphology or from the form itself ('abattrait')."""
    if "Cnd" in token.morph.get("Mood"):
        return True
    form, lemma = fold(token.lower_), fold(token.lemma_)
    if form in _IRREGULAR_CONDITIONALS:
        return True
    for ending in ("aient", "ait"):
        if form.endswith("r" + ending) and token.pos_ in {"VERB", "AUX"}:
            stem = form[: -len(ending)]
            # "tirait", "entrait", "courait" are imperfects of -rer/-rir verbs.
            return not (lemma.endswith(("rer", "rir")) and stem == lemma[:-2])
    return False


def modality(trigger: Token) -> str:
    """'asserted', 'reported', 'hypothetical', 'denied' or 'future' for the trigger."""
    from_parse = _from_parse(trigger)
    if from_parse != "asserted":
        return from_parse
    return _from_left_context(trigger)


def _from_left_context(trigger: Token) -> str:
    """The parser misreads 'X menace de lancer une offensive': look left in the clause too."""
    sentence = trigger.sent
    for k in range(trigger.i - 1, max(sentence.start, trigger.i - _LEFT_WINDOW) - 1, -1):
        token = trigger.doc[k]
        if token.text in _CLAUSE_BREAK:
            break
        word, lemma = fold(token.lower_), fold(token.lemma_)
        if word in DENIAL_VERBS or lemma in DENIAL_VERBS:
            return "denied"
        if word in PLAN_VERBS or lemma in PLAN_VERBS:
            return "future"
        if word == "si":
            return "hypothetical"
    return "asserted"


def _from_parse(trigger: Token) -> str:
    chain = [trigger, *trigger.ancestors]
    sentence = trigger.sent
    for token in chain:
        if any(fold(child.lower_) == "si" and child.dep_ == "mark" for child in token.children):
            return "hypothetical"
        lemma = fold(token.lemma_)
        if lemma in DENIAL_VERBS:
            return "denied"
        if token.pos_ in {"VERB", "AUX"} and any(
            fold(child.lower_) in {"pas", "jamais", "aucunement"} for child in token.children
        ):
            return "denied"  # "ne considèrent pas ... comme leur bataille", "n'a jamais attaqué"
        if "Fut" in token.morph.get("Tense"):
            return "future"
        if token is not trigger and lemma in PLAN_VERBS:
            return "future"
        if "Inf" in token.morph.get("VerbForm") and any(
            fold(child.lower_) in {"pour", "afin"} for child in token.children
        ):
            return "future"
        if token.pos_ in {"VERB", "AUX"} and is_conditional(token):
            # Present conditional: a threat or a hypothesis ("abattrait", "contrôleraient").
            return "hypothetical"
        for child in token.children:
            if child.dep_.startswith("aux") and is_conditional(child):
                # Past conditional of reported speech: "auraient été tués".
                return (
                    "hypothetical" if any(fold(t.lower_) == "si" for t in sentence) else "reported"
                )
            if child.dep_.startswith("aux") and "Fut" in child.morph.get("Tense"):
                return "future"
    if fold(sentence[0].lower_) == "si":
        return "hypothetical"
    return "asserted"
