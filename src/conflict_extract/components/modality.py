"""How a sentence presents an action: asserted, reported (conditional), hypothetical, denied
or future. Read from the dependency parse and morphology around the trigger token."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from conflict_extract.doc_views import doc_tokens
from conflict_extract.text import fold


class VerbLists(Protocol):
    """Where the plan, denial and allegiance verbs come from (data/lexicons: plan_verbs,
    denial_verbs, affiliation_cues)."""

    def has(self, name: str, word: str) -> bool: ...


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


def modality(trigger: Token, verbs: VerbLists) -> str:
    """'asserted', 'reported', 'hypothetical', 'denied' or 'future' for the trigger."""
    from_parse = _from_parse(trigger, verbs)
    if from_parse != "asserted":
        return from_parse
    if _denied_after(trigger, verbs):
        return "denied"
    return _from_left_context(trigger, verbs)


def _denied_after(trigger: Token, verbs: VerbLists) -> bool:
    """'..., ce que le ministère a démenti': a denial that refers back to the clause told
    before it."""
    sentence = trigger.sent
    doc = sentence.doc
    words = doc_tokens(doc).folded  # fold(t.text), which is fold(t.lower_)
    for k in range(trigger.i + 1, sentence.end - 1):
        if words[k] == "ce" and words[k + 1] in {"que", "qu'"}:
            window = [fold(t.lemma_) for t in doc[k + 2 : min(k + 10, sentence.end)]]
            if any(verbs.has("denial_verbs", w) for w in window):
                return True
    return False


_FUNCTION_WORDS = frozenset({"CCONJ", "SCONJ", "ADV", "ADP", "DET", "PRON", "PUNCT"})


def _allegiance(lemma: str, verbs: VerbLists) -> bool:
    """A verb that, reflexive, tells an allegiance rather than a plan ('des insurgés se
    réclamant de l'Etat islamique'; data/lexicons/affiliation_cues.txt)."""
    return verbs.has("affiliation_cues", lemma)


def _from_left_context(trigger: Token, verbs: VerbLists) -> str:
    """The parser misreads 'X menace de lancer une offensive': look left in the clause too."""
    sentence = trigger.sent
    for k in range(trigger.i - 1, max(sentence.start, trigger.i - _LEFT_WINDOW) - 1, -1):
        token = trigger.doc[k]
        if token.text in _CLAUSE_BREAK:
            break
        word, lemma = fold(token.lower_), fold(token.lemma_)
        if token.pos_ in _FUNCTION_WORDS:
            lemma = word  # "puis" is no form of "pouvoir"
        if verbs.has("denial_verbs", word) or verbs.has("denial_verbs", lemma):
            return "denied"
        if (verbs.has("plan_verbs", word) or verbs.has("plan_verbs", lemma)) and not (
            _allegiance(lemma, verbs) and k > 0 and fold(trigger.doc[k - 1].lower_) in {"se", "s'"}
        ):
            return "future"
        if word == "si":
            return "hypothetical"
        if word == "cas" and k > 0 and fold(trigger.doc[k - 1].lower_) == "en":
            return "hypothetical"  # "en cas d'assaut des FSR"
        if word == "sans" and k >= trigger.i - 2:
            return "denied"  # "est entrée sans combattre", "sans combats"
    return "asserted"


def _from_parse(trigger: Token, verbs: VerbLists) -> str:
    chain = [trigger, *trigger.ancestors]
    folded = doc_tokens(trigger.doc).folded  # fold(t.text), which is fold(t.lower_)
    for token in chain:
        children = list(token.children)  # read five times below
        words = {folded[child.i] for child in children}
        if "si" in words and any(
            folded[child.i] == "si" and child.dep_ == "mark" for child in children
        ):
            return "hypothetical"
        lemma = fold(token.lemma_)
        if verbs.has("denial_verbs", lemma):
            return "denied"
        if token.pos_ in {"VERB", "AUX"} and not words.isdisjoint({"pas", "jamais", "aucunement"}):
            return "denied"  # "ne considèrent pas ... comme leur bataille", "n'a jamais attaqué"
        if "Fut" in token.morph.get("Tense"):
            return "future"
        if (
            token is not trigger
            and verbs.has("plan_verbs", lemma)
            and not (_allegiance(lemma, verbs) and not words.isdisjoint({"se", "s'"}))
        ):
            return "future"
        if "Inf" in token.morph.get("VerbForm") and not words.isdisjoint({"pour", "afin"}):
            return "future"
        if token.pos_ in {"VERB", "AUX"} and is_conditional(token):
            # Present conditional: a threat or a hypothesis ("abattrait", "contrôleraient").
            return "hypothetical"
        for child in children:
            if child.dep_.startswith("aux") and is_conditional(child):
                # Past conditional of reported speech: "auraient été tués".
                return (
                    "hypothetical"
                    if any(fold(t.lower_) == "si" for t in trigger.sent)
                    else "reported"
                )
            if child.dep_.startswith("aux") and "Fut" in child.morph.get("Tense"):
                return "future"
    if folded[trigger.sent.start] == "si":
        return "hypothetical"
    return "asserted"
