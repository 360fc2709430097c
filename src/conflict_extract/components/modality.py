"""How a sentence presents an action: asserted, reported (conditional), hypothetical, denied
or future. Read from the dependency parse and morphology around the trigger token."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from conflict_extract.doc_views import DocParse, DocTokens, doc_parse, doc_tokens
from conflict_extract.text import REFLEXIVE_CLITICS, fold


class VerbLists(Protocol):
    """Where the plan, denial and allegiance verbs come from (data/lexicons: plan_verbs,
    denial_verbs, affiliation_cues)."""

    def has(self, name: str, word: str) -> bool: ...


# Conditional forms the tagger often reads as imperfect.
_IRREGULAR_CONDITIONALS = frozenset(
    {
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
    }
)
_LEFT_WINDOW = 8
_CLAUSE_BREAK = frozenset({",", ";", ":", ".", "«", "»", "(", ")"})
# Words among a verb's children that deny it, that may start 'ne ... personne', and that make
# an infinitive a purpose ('pour', 'afin de').
_NEVER = frozenset({"pas", "jamais", "aucunement"})
_NE = frozenset({"ne", "n'", "n’"})
_PURPOSE = frozenset({"pour", "afin"})
_RELATIVE_PRONOUNS = frozenset(
    {"qui", "que", "qu'", "dont", "lequel", "laquelle", "lesquels", "lesquelles"}
)


def is_conditional(token: Token) -> bool:
    """Conditional mood, from morphology or from the form itself ('abattrait')."""
    return _conditional(token.doc, token.i)


def _conditional(doc: Doc, i: int) -> bool:
    return _conditional_at(doc_parse(doc), doc_tokens(doc).folded, i)


def _conditional_at(parse: DocParse, folded: list[str], i: int) -> bool:
    """`_conditional` read from the Doc's parse and folded forms (`doc_tokens(doc).folded`),
    looked up once by a caller that asks of several tokens."""
    if "Mood=Cnd" in parse.feats[i]:
        return True
    form = folded[i]  # fold(lower_) is fold(text)
    if form in _IRREGULAR_CONDITIONALS:
        return True
    if not form.endswith(("raient", "rait")) or parse.pos[i] not in {"VERB", "AUX"}:
        return False  # most words: no conditional ending to read
    stem = form[: -len("aient")] if form.endswith("raient") else form[: -len("ait")]
    lemma = fold(parse.lemmas[i])
    # "tirait", "entrait", "courait" are imperfects of -rer/-rir verbs.
    return not (lemma.endswith(("rer", "rir")) and stem == lemma[:-2])


def modality(trigger: Token, verbs: VerbLists) -> str:
    """'asserted', 'reported', 'hypothetical', 'denied' or 'future' for the trigger."""
    doc = trigger.doc
    return modality_at(doc_parse(doc), doc_tokens(doc), trigger.i, verbs)


def modality_at(parse: DocParse, tokens: DocTokens, i: int, verbs: VerbLists) -> str:
    """`modality` of token i, read from its Doc's parse and token arrays (`doc_parse`,
    `doc_tokens`), which a caller asking of many tokens (the trigger finder) reads once."""
    from_parse = _from_parse(parse, tokens, i, verbs)
    if from_parse != "asserted":
        return from_parse
    if _denied_after(parse, tokens, i, verbs):
        return "denied"
    return _from_left_context(parse, tokens, i, verbs)


def _denied_after(parse: DocParse, tokens: DocTokens, i: int, verbs: VerbLists) -> bool:
    """'..., ce que le ministère a démenti': a denial that refers back to the clause told
    before it."""
    end = parse.sent_ends[i]
    words = tokens.folded  # fold(t.text), which is fold(t.lower_)
    if "ce" not in words[i + 1 : end - 1]:
        return False  # most sentences go on with no "ce que": their words are not read one by one
    for k in range(i + 1, end - 1):
        if words[k] == "ce" and words[k + 1] in {"que", "qu'"}:
            window = [fold(lemma) for lemma in parse.lemmas[k + 2 : min(k + 10, end)]]
            if any(verbs.has("denial_verbs", w) for w in window):
                return True
    return False


_FUNCTION_WORDS = frozenset({"CCONJ", "SCONJ", "ADV", "ADP", "DET", "PRON", "PUNCT"})


def _allegiance(lemma: str, verbs: VerbLists) -> bool:
    """A verb that, reflexive, tells an allegiance rather than a plan ('des insurgés se
    réclamant de l'Etat islamique'; data/lexicons/affiliation_cues.txt)."""
    return verbs.has("affiliation_cues", lemma)


def _from_left_context(parse: DocParse, tokens: DocTokens, i: int, verbs: VerbLists) -> str:
    """The parser misreads 'X menace de lancer une offensive': look left in the clause too."""
    texts, folded, pos = tokens.texts, tokens.folded, parse.pos  # folded: fold(t.text)
    for k in range(i - 1, max(parse.sent_starts[i], i - _LEFT_WINDOW) - 1, -1):
        if texts[k] in _CLAUSE_BREAK:
            break
        word = folded[k]
        if pos[k] == "PRON" and word in _RELATIVE_PRONOUNS and not _set_off(texts, k):
            break  # the trigger is in a relative clause: what comes before is another clause
        # "puis" is no form of "pouvoir": a function word is read by its form alone (and a
        # lemma that is the form is not looked up twice)
        lemma = word if pos[k] in _FUNCTION_WORDS else fold(parse.lemmas[k])
        other = lemma != word
        if verbs.has("denial_verbs", word) or (other and verbs.has("denial_verbs", lemma)):
            return "denied"
        if (verbs.has("plan_verbs", word) or (other and verbs.has("plan_verbs", lemma))) and not (
            _allegiance(lemma, verbs) and k > 0 and folded[k - 1] in REFLEXIVE_CLITICS
        ):
            return "future"
        if word == "si":
            return "hypothetical"
        if word == "cas" and k > 0 and folded[k - 1] == "en":
            return "hypothetical"  # "en cas d'assaut des FSR"
        if word == "sans" and k >= i - 2:
            return "denied"  # "est entrée sans combattre", "sans combats"
    return "asserted"


def _denied_report(parse: DocParse, k: int, verbs: VerbLists) -> bool:
    """The report a conditional verb k tells is what a denial verb denies: the verb is a
    relative clause of that verb's object ('a démenti des informations selon lesquelles ses
    troupes auraient ouvert le feu') or its complement clause. A denial coordinated with
    another verb ('a démenti ... et a accusé le Hezbollah, dont les combattants auraient
    tué') denies nothing the other reports."""
    head = parse.heads[k]
    if parse.deps[k] == "acl:relcl" and parse.deps[head] == "obj":
        head = parse.heads[head]
    elif parse.deps[k] != "ccomp":
        return False
    return verbs.has("denial_verbs", fold(parse.lemmas[head]))


def _no_one(parse: DocParse, folded: list[str], k: int) -> bool:
    """The subject of verb k is 'aucun X', 'nul X', 'personne', 'rien' or 'aucun'."""
    for child in parse.children[k]:
        if not parse.deps[child].startswith("nsubj"):
            continue
        if folded[child] in _NO_ONE or any(
            folded[c] in _NO_ONE and parse.deps[c] == "det" for c in parse.children[child]
        ):
            return True
    return False


_NO_ONE = frozenset({"aucun", "aucune", "nul", "nulle", "personne", "rien"})


def _set_off(texts: list[str], k: int) -> bool:
    """Token k follows a comma (`texts`: the Doc's token texts): the clause it starts is an
    aside."""
    return k > 0 and texts[k - 1] == ","


def _from_parse(parse: DocParse, tokens: DocTokens, i: int, verbs: VerbLists) -> str:
    folded = tokens.folded  # fold(t.text), which is fold(t.lower_)
    deps, feats, all_children = parse.deps, parse.feats, parse.children
    for k in (i, *parse.ancestors(i)):
        children = all_children[k]
        words = {folded[child] for child in children}
        if "si" in words and any(
            folded[child] == "si" and deps[child] == "mark" for child in children
        ):
            return "hypothetical"
        lemma = fold(parse.lemmas[k])
        if verbs.has("denial_verbs", lemma):
            return "denied"
        verbal = parse.pos[k] in {"VERB", "AUX"}
        if verbal and not words.isdisjoint(_NEVER):
            return "denied"  # "ne considèrent pas ... comme leur bataille", "n'a jamais attaqué"
        if verbal and not words.isdisjoint(_NE) and _no_one(parse, folded, k):
            return "denied"  # "aucun otage n'a été libéré", "personne n'a été enlevé"
        feats_k = feats[k]
        if "Tense=Fut" in feats_k:
            return "future"
        if (
            k != i
            and verbs.has("plan_verbs", lemma)
            and not (_allegiance(lemma, verbs) and not words.isdisjoint(REFLEXIVE_CLITICS))
        ):
            return "future"
        if "VerbForm=Inf" in feats_k and not words.isdisjoint(_PURPOSE):
            return "future"
        if verbal and _conditional_at(parse, folded, k):
            # Present conditional: a threat or a hypothesis ("abattrait", "contrôleraient").
            return "hypothetical"
        for child in children:
            if not deps[child].startswith("aux"):
                continue
            if _conditional_at(parse, folded, child):
                # Past conditional of reported speech: "auraient été tués", unless what
                # reports it is denied ("a démenti des informations selon lesquelles ses
                # troupes auraient ouvert le feu").
                start, end = parse.sent_starts[i], parse.sent_ends[i]
                if _denied_report(parse, k, verbs):
                    return "denied"
                return "hypothetical" if "si" in folded[start:end] else "reported"
            if "Tense=Fut" in feats[child]:
                return "future"
        if deps[k] == "acl:relcl" and not _set_off(tokens.texts, min(parse.subtree(k))):
            # "menacent de poursuivre les rebelles qui ont attaqué Kipupu": a relative clause
            # that says which rebels tells its own fact, whatever is said of the clause it
            # hangs on ("Israël, qui a occupé ..., exige": an aside goes with its clause).
            break
    if folded[parse.sent_starts[i]] == "si":
        return "hypothetical"
    return "asserted"
