"""Word-sequence lexicons matched against a Doc's folded forms and lemmas.

One `Phrases` per word list (data/lexicons/*.txt): entries are folded word sequences
("appuyes par", "gaz lacrymogene"), split the way spaCy's French tokenizer splits them
("l'air" -> "l'" "air"), and matched at a token on its form or its lemma.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from conflict_extract.doc_views import doc_tokens, doc_view, folded_lemmas
from conflict_extract.text import fold

_ELIDED = re.compile(r"^([a-z]+['’])(.+)$")


def split_words(entry: str) -> tuple[str, ...]:
    """'armee de l'air' -> ('armee', 'de', "l'", 'air')."""
    words: list[str] = []
    for word in fold(entry).replace("’", "'").split():
        match = _ELIDED.match(word)
        if match and match.group(1) not in {"aujourd'"}:
            words.extend(match.groups())
        else:
            words.append(word)
    return tuple(words)


@dataclass(frozen=True)
class DocWords:
    """Each token's folded form and folded lemma, computed once per Doc."""

    texts: list[str]
    lemmas: list[str]

    @classmethod
    def of(cls, doc: Doc) -> DocWords:
        """The words of `doc`, built once per Doc (doc_views)."""
        return doc_view(doc, "words", cls._build)

    @classmethod
    def _build(cls, doc: Doc) -> DocWords:
        return cls(_straight(doc_tokens(doc).folded), _straight(folded_lemmas(doc)))

    def at(self, i: int, word: str) -> bool:
        return word in (self.texts[i], self.lemmas[i])


def _straight(words: list[str]) -> list[str]:
    """The words with curly apostrophes made straight (a new list); most Docs have none,
    which one look at the words together tells."""
    if "’" not in "".join(words):
        return list(words)
    return [word.replace("’", "'") for word in words]


class Phrases:
    """A set of word sequences, indexed by their first word.

    Many lists open on common words ('le même jour', 'en raison d'une panne', 'dans la
    foulée'), so their openings are found at most sentences' tokens. Each entry also has a
    mark, its longest word (the last of the longest: 'jour', 'panne', 'foulee'), rarer as a
    rule; an entry can match only where its mark is among the words it spans, so a stretch
    of the Doc holding none of the marks holds no entry (`any_in` tells that first)."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.sequences: dict[str, list[tuple[str, ...]]] = {}
        marks = set()
        for entry in entries:
            seq = split_words(entry)
            if seq:
                self.sequences.setdefault(seq[0], []).append(seq)
                marks.add(max(reversed(seq), key=len))
        for seqs in self.sequences.values():
            seqs.sort(key=len, reverse=True)
        # None when the marks are the openings ('frappe aerienne' marked by 'aerienne' aside):
        # `openings` tells as much.
        self.marks = None if marks <= self.sequences.keys() else frozenset(marks)
        self.longest = max((len(s[0]) for s in self.sequences.values()), default=0)

    def __bool__(self) -> bool:
        return bool(self.sequences)

    def match_at(self, words: DocWords, i: int, end: int | None = None) -> int:
        """Length of the longest entry starting at token i (0: none)."""
        texts, lemmas = words.texts, words.lemmas
        by_text = self.sequences.get(texts[i])
        by_lemma = self.sequences.get(lemmas[i])
        if not by_text and not by_lemma:
            return 0
        end = len(texts) if end is None else end
        longest = 0
        # Each list sorted longest first: its first match wins. Its first word is the token's
        # word or lemma (the key it was found by); the others are compared one by one.
        for seqs in (by_text, by_lemma) if by_lemma is not by_text else (by_text,):
            for seq in seqs or ():
                n = len(seq)
                if n <= longest:
                    break
                if i + n > end:
                    continue
                k = 1
                while k < n and (seq[k] == texts[i + k] or seq[k] == lemmas[i + k]):
                    k += 1
                if k == n:
                    longest = n
                    break
        return longest

    def find(self, words: DocWords, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) token ranges of the entries found in [start, end)."""
        found = []
        i = start
        while i < end:
            n = self.match_at(words, i, end)
            if n:
                found.append((i, i + n))
                i += n
            else:
                i += 1
        return found

    def openings(self, words: DocWords, tokens: Iterable[int]) -> list[int]:
        """The tokens among `tokens` whose word or lemma starts an entry: `match_at` is 0 at
        the others (a scan asks it only at these)."""
        first, texts, lemmas = self.sequences, words.texts, words.lemmas
        if isinstance(tokens, range) and tokens.step == 1 and tokens.start >= 0:
            # a stretch of the Doc: most hold no opening, which two set tests tell at once
            lo, hi = tokens.start, tokens.stop
            if (
                hi <= len(texts)
                and first.keys().isdisjoint(texts[lo:hi])
                and first.keys().isdisjoint(lemmas[lo:hi])
            ):
                return []
        return [i for i in tokens if texts[i] in first or lemmas[i] in first]

    def any_in(self, words: DocWords, tokens: Iterable[int]) -> bool:
        """Some entry starts at one of `tokens` (entries may run past them)."""
        if self._unmarked(words, tokens):
            return False
        return any(self.match_at(words, i) for i in self.openings(words, tokens))

    def _unmarked(self, words: DocWords, tokens: Iterable[int]) -> bool:
        """No mark among the words from the first of `tokens` to where an entry starting at
        the last could end: no entry starts at any of them. Asked of ranges and collections
        of token indices (not of one-pass iterables, which `openings` still has to read)."""
        marks = self.marks
        if marks is None:
            return False
        if isinstance(tokens, range):
            if not tokens or tokens.step != 1:
                return False
            lo, last = tokens.start, tokens.stop - 1
        elif isinstance(tokens, (frozenset, set, list, tuple)):
            if not tokens:
                return True
            lo, last = min(tokens), max(tokens)
        else:
            return False
        if lo < 0:
            return False
        hi = last + self.longest
        return marks.isdisjoint(words.texts[lo:hi]) and marks.isdisjoint(words.lemmas[lo:hi])

    def ends_before(self, words: DocWords, i: int, *, gap: int = 0, start: int = 0) -> bool:
        """An entry ends right before token i, or at most `gap` tokens before it."""
        for end in range(i, max(start, i - gap) - 1, -1):
            for begin in range(max(start, end - 6), end):
                if self.match_at(words, begin, end) == end - begin:
                    return True
        return False
