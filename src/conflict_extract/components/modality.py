"""How a sentence presents an action: asserted, reported (conditional), hypothetical, denied
or future. Read from the dependency parse and morphology around the trigger token."""

from __future__ import annotations

from spacy.tokens import Token

from conflict_extract.knowledge.normalize import fold

# Verbs whose complement is not (yet) a fact: threats, plans, obligations, attempts to come.
PLAN_VERBS = frozenset({
    "menacer", "menace", "prevoir", "devoir", "vouloir", "envisager", "projeter", "compter",
    "pouvoir", "appreter", "preparer", "promettre", "refuser", "appeler", "reclamer", "exiger",
    "craindre", "redouter", "chercher", "esperer", "tenter", "decider", "ordonner", "jurer",
    "risquer", "projet", "plan", "intention",
})
DENIAL_VERBS = frozenset({"dementir", "nier", "rejeter", "contester"})


def modality(trigger: Token) -> str:
    """'asserted', 'reported', 'hypothetical', 'denied' or 'future' for the trigger."""
    chain = [trigger, *trigger.ancestors]
    sentence = trigger.sent
    for token in chain:
        if any(fold(child.lower_) == "si" and child.dep_ == "mark" for child in token.children):
            return "hypothetical"
        lemma = fold(token.lemma_)
        if lemma in DENIAL_VERBS:
            return "denied"
        if "Fut" in token.morph.get("Tense"):
            return "future"
        if token is not trigger and lemma in PLAN_VERBS:
            return "future"
        if "Inf" in token.morph.get("VerbForm") and any(
            fold(child.lower_) in {"pour", "afin"} for child in token.children
        ):
            return "future"
        if "Cnd" in token.morph.get("Mood"):
            if any(fold(t.lower_) == "si" for t in sentence):
                return "hypothetical"
            return "reported"
        for child in token.children:
            if child.dep_.startswith("aux") and "Cnd" in child.morph.get("Mood"):
                return "reported"
            if child.dep_.startswith("aux") and "Fut" in child.morph.get("Tense"):
                return "future"
    if fold(sentence[0].lower_) == "si":
        return "hypothetical"
    return "asserted"
