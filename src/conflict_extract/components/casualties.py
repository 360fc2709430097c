"""conflict_casualties: tolls ("au moins 26 membres de l'EI ont été tués") as spans in
doc.spans["casualties"], each with a `span._.casualty` dict (see records.Casualty).

A figure is a casualty only when a status word governs it: after it ("ont été tués",
"morts", "blessés") or before it ("tuant au moins 26"). The lexicon lives in
data/casualties.json, loaded by the component's initialize().
"""

from __future__ import annotations

import re
from itertools import compress, count, islice
from operator import or_
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup, Token

from conflict_extract.components import extensions  # noqa: F401  (registers Span._.casualty)
from conflict_extract.components.data import DataComponent
from conflict_extract.doc_views import (
    DocTokens,
    SpanBounds,
    bounds_value,
    doc_parse,
    doc_text,
    doc_tokens,
    folded_lemmas,
    group_view,
    set_span_group,
    span_bounds,
)
from conflict_extract.knowledge.files import DataFiles
from conflict_extract.knowledge.lexicons import demonyms, word_list_file, word_lists
from conflict_extract.numbers import may_start_number, number_at
from conflict_extract.text import QUOTE_MARKS, fold
from conflict_extract.timewords import (
    MONTH_BY_WORD,
    TIMES_OF_DAY,
    WEEKDAY_BY_WORD,
    period_follows,
    period_starts,
)

_RIGHT_WINDOW = 12
_ASIDE_WINDOW = 20  # the longest breakdown aside crossed: "..., dont des déplacés qui ..., "
_AUXILIARIES = frozenset({"avoir", "etre"})
_VAGUE_ARTICLES = frozenset({"une", "un", "des", "quelques"})  # "des dizaines de", "un millier"
_BREAKDOWN = frozenset({"dont", "parmi lesquels", "parmi lesquelles", "notamment"})
_LINKS_TO_VERB = frozenset({"ainsi", "que"})
# Between two objects of one killing verb: "six soldats et neuf rebelles", "à trois policiers
# et à sept membres du gang".
_COORDINATIONS = frozenset({("et",), ("et", "a"), (",", "a")})
_YEAR_RANGE = re.compile(r" (?:entre|de) (?:19|20)\d\d (?:et|a) (?:19|20)\d\d ")
# Participles that describe the victims rather than tell what befell them ("treize membres
# présumés de gangs ont été lynchés").
_EPITHETS = frozenset({"presumer", "supposer", "presume", "suppose"})
_YEAR_BEFORE = frozenset({"en", "depuis", "de", "fin", "debut", "mi", "annee", "l'an", "er"})
# "Parmi les morts figurent 14 soldats": a list of the dead.
_AMONG_THE_DEAD = ("parmi les morts", "parmi les tues", "parmi les victimes")
_CLAUSE_END = frozenset({";", ":", ".", "!", "?", "«", "»", "(", ")"})
# Time words between a verb and its figure: "ont tué dimanche soir 22 civils".
_TIME_WORDS = frozenset(WEEKDAY_BY_WORD) | TIMES_OF_DAY | {"hier", "ce", "cet", "cette", "dernier"}


@Language.factory(
    "conflict_casualties",
    assigns=["doc.spans", "span._.casualty"],
    requires=["token.lemma", "token.pos", "token.is_sent_start"],
    default_config={"spans_key": "casualties"},
)
def make_casualties(nlp: Language, name: str, *, spans_key: str) -> CasualtyFinder:
    return CasualtyFinder(name=name, spans_key=spans_key)


class CasualtyFinder(DataComponent):
    data_files = ("casualties.json", "demonyms.csv", word_list_file("period_start_nouns"))

    def __init__(self, *, name: str, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key
        self._set_lexicon({})
        self.period_starts: frozenset[str] = frozenset()

    def load(self, files: DataFiles) -> None:
        self._set_lexicon(files.json("casualties.json"))
        # "un Palestinien a été tué": a nationality noun names a victim too.
        self.nations = frozenset(demonyms(files, kinds=frozenset({"noun"})))
        self.period_starts = frozenset(
            word_lists(files, ("period_start_nouns",))["period_start_nouns"]
        )

    def _set_lexicon(self, lexicon: dict[str, Any]) -> None:
        self.status_by_word = {
            word: status for status, words in lexicon.get("status", {}).items() for word in words
        }
        self.status_phrases = [
            (tuple(phrase.split()), status)
            for status, phrases in lexicon.get("status_phrases", {}).items()
            for phrase in phrases
        ]
        # The same phrases by first word, in the same order, for the look after a figure.
        self.status_phrases_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, status in self.status_phrases:
            if words:  # a blank phrase names no status
                self.status_phrases_by_first.setdefault(words[0], []).append((words, status))
        self.verbs_before = frozenset(lexicon.get("killing_verbs_before", []))
        # How a killing was done, between its verb and the figure ('*' is any one word).
        self.manners = [tuple(p.split()) for p in lexicon.get("manner_phrases", []) if p.strip()]
        # Compared without spaces: "jusqu'a" meets the tokens "jusqu'" + "a".
        self.qualifiers = {
            fold(q).replace(" ", ""): kind for q, kind in lexicon.get("qualifiers", {}).items()
        }
        self.vague_nouns: dict[str, int] = lexicon.get("vague_nouns", {})
        self.vague_plural: dict[str, int] = lexicon.get("vague_plural", {})
        self.vague_words = {tuple(w.split()): n for w, n in lexicon.get("vague_words", {}).items()}
        self.vague_by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for words, value in self.vague_words.items():  # in file order, as they are tried
            if words:
                self.vague_by_first.setdefault(words[0], []).append((words, value))
        self.victims = frozenset(lexicon.get("victims", []))
        self.nations: frozenset[str] = frozenset()
        self.units = frozenset(lexicon.get("not_casualty_units", []))
        # between a figure and what it counts: "deux autres drones", "trois nouveaux missiles"
        self.before_units = frozenset(fold(w) for w in lexicon.get("before_units", []))
        # As they are looked for in a sentence's folded words joined by spaces.
        self.cumulative_markers = [
            f" {' '.join(m.split())} " for m in lexicon.get("cumulative_markers", [])
        ]
        self.cumulative_subjects = frozenset(lexicon.get("cumulative_subjects", []))
        self.period_words = frozenset(lexicon.get("period_words", []))
        self.day_words = [" ".join(w.split()) for w in lexicon.get("day_words", [])]

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        spans: list[Span] = []
        tokens = doc_tokens(doc)
        folded = tokens.folded
        lemmas = folded_lemmas(doc)
        # Where each faction's name ends, by its first token: a long name counts as one word.
        names = {s.start: s.end for s in span_bounds(doc, "factions")}
        verb_led: list[bool] = []  # by span: its status verb comes before its figure
        i = 0
        for at in self._openings(tokens):
            if at < i:
                continue
            found = self._figure_at(doc, at, folded)
            if found is None:
                continue
            start, value, end, vague = found
            read = self._casualty(
                doc, start, value, end, vague, folded, lemmas, spans, names, verb_led
            )
            if read is not None:
                spans.append(read[0])
                verb_led.append(read[1])
            i = max(end, at + 1)
        set_span_group(doc, self.spans_key, spans)  # read as bounds by convert
        return doc

    # -- figures -----------------------------------------------------------------------------
    def _openings(self, tokens: DocTokens) -> list[int]:
        """The tokens where `_figure_at` may find a figure: a vague quantity's first word, an
        article before a vague noun, or a number's first word (numbers.may_start_number)."""
        # token by token, in C: map and compress, not a Python test per token
        opening_words = self.vague_by_first.keys() | _VAGUE_ARTICLES
        return list(
            compress(
                count(),
                map(
                    or_,
                    map(opening_words.__contains__, tokens.folded),
                    map(may_start_number, tokens.texts),
                ),
            )
        )

    def _figure_at(self, doc: Doc, i: int, folded: list[str]) -> tuple[int, int, int, bool] | None:
        """(start, value, end, vague) of a number or vague quantity starting at token i."""
        for words, value in self.vague_by_first.get(folded[i], ()):
            n = len(words)
            if tuple(folded[i : i + n]) == words:
                end = i + n
                if end < len(doc) and folded[end] in {"de", "d'", "d’"}:
                    end += 1
                return i, value, end, True
        if folded[i] in _VAGUE_ARTICLES and i + 1 < len(doc):
            nxt = folded[i + 1]
            table = self.vague_nouns if folded[i] in {"une", "un"} else self.vague_plural
            if nxt in table:
                end = i + 2
                value = table[nxt]
                if end < len(doc) and folded[end] in {"de", "d'", "d’"}:
                    end += 1
                    if end < len(doc) and folded[end] in self.vague_plural:
                        # "des dizaines de milliers de morts": tens of thousands, not dozens
                        value *= self.vague_plural[folded[end]]
                        end += 1
                        if end < len(doc) and folded[end] in {"de", "d'", "d’"}:
                            end += 1
                return i, value, end, True
        number = number_at(doc, i)
        if number is None:
            return None
        value, end = number
        if end < len(doc) and (folded[end] in self.vague_nouns or folded[end] in self.vague_plural):
            return None  # "deux dizaines": rare, left alone
        if end < len(doc) and folded[end] in MONTH_BY_WORD:
            return None  # "27 novembre", "le 3 mars": a day of the month, never a toll
        return i, value, end, False

    # -- one casualty ------------------------------------------------------------------------
    def _casualty(
        self,
        doc: Doc,
        start: int,
        value: int,
        end: int,
        vague: bool,
        folded: list[str],
        lemmas: list[str],
        found: list[Span],
        names: dict[int, int],
        verb_led: list[bool],
    ) -> tuple[Span, bool] | None:
        """The casualty span of the figure at `start`, and whether its status verb comes
        before it ('ont tué quatre soldats'), or None."""
        unit = end
        while unit < len(doc) - 1 and folded[unit] in self.before_units:
            unit += 1  # "a abattu plusieurs autres drones", "deux nouveaux missiles"
        if unit < len(doc) and (folded[unit] in self.units or doc[end].like_num):
            return None
        if self._share_of_units(doc, end, folded):
            return None  # "a abattu 84 des 112 drones": things, not people
        if _is_year(doc, start, end, folded):
            return None
        # "une fillette" is a toll, "une attaque" is not.
        if (
            folded[start] in {"un", "une"}
            and not vague
            and (end >= len(doc) or not self._names_victims(doc, end, folded))
        ):
            return None
        if (
            start >= 2
            and folded[start - 1] in {"des", "d'entre"}
            and folded[start - 2] in {"un", "une", "l'un", "l'une"}
        ):
            return None  # "l'un des deux pilotes": one of them, not two
        qual_start, qualifier = self._qualifier_before(folded, start)
        part_of = self._parent(doc, qual_start, found, folded)
        if part_of is not None and folded[start] in {"un", "une"} and not vague:
            return None  # "quatre personnes, dont un adolescent de 15 ans": who, not how many
        status, verb = self._status_before(lemmas, folded, qual_start)
        status_before = status is not None
        if status is not None:
            span_start, span_end = verb, self._victims_end(doc, end, folded)
            victims_end = span_end
        else:
            status, status_start, status_end = self._status_after(
                doc, end, folded, lemmas, names, in_breakdown=part_of is not None
            )
            if status is None and part_of is not None:
                status = found[part_of].label_
                status_end = status_start = self._victims_end(doc, end, folded)
            if status is None and self._among_the_dead(doc, folded, start):
                status = "killed"
                status_end = status_start = self._victims_end(doc, end, folded)
            if status is None and self._shares_the_verb(doc, qual_start, end, found, verb_led):
                # "ont coûté la vie à quatre soldats et à onze combattants": the second
                # figure is an object of the same verb.
                status = found[-1].label_
                status_end = status_start = self._victims_end(doc, end, folded)
            if status is None:
                return None
            span_start, span_end, victims_end = qual_start, status_end, status_start
        victims = _victims_span(doc, end, victims_end, self.victims, folded)
        parse = doc_parse(doc)  # doc[start].sent's bounds (the whole Doc when it has none)
        sent = doc[parse.sent_starts[start] : parse.sent_ends[start]]
        low = value if qualifier in {None, "low", "approx"} else None
        high = value if qualifier == "high" else None
        data = {
            "count": value,
            "low": low,
            "high": high,
            "vague": vague or qualifier == "approx",
            "status": status,
            "victims": victims.text if victims is not None else None,
            "victims_span": [victims.start_char, victims.end_char] if victims is not None else None,
            "victim_group": _victim_group(doc, victims),
            "cumulative": self._cumulative(sent, folded, start),
            "part_of": part_of,
            "source": _source_in(doc, sent),
        }
        span = Span(doc, span_start, max(span_end, end), label=status)
        span._.casualty = data
        return span, status_before

    def _before_manner(self, folded: list[str], k: int) -> int:
        """The token before a manner phrase ending at token k ("ont tué par balles un
        ouvrier", "à coups de machette trois villageois"), or k."""
        for manner in self.manners:
            n = len(manner)
            if k - n + 1 >= 0 and all(
                w in ("*", folded[k - n + 1 + j]) for j, w in enumerate(manner)
            ):
                return k - n
        return k

    def _share_of_units(self, doc: Doc, end: int, folded: list[str]) -> bool:
        """'84 des 112 drones', '40 sur 45 missiles': a share of a figure of things."""
        if end >= len(doc) or folded[end] not in {"des", "sur"}:
            return False
        k = end + 1
        while k < len(doc) and doc[k].like_num:
            k += 1
        return end + 1 < k < len(doc) and folded[k] in self.units

    def _names_victims(self, doc: Doc, i: int, folded: list[str]) -> bool:
        """Token i names people: 'une fillette', 'un Palestinien' (not 'une attaque')."""
        return folded[i] in self.victims or (
            doc[i].text[:1].isupper() and folded[i] in self.nations
        )

    def _among_the_dead(self, doc: Doc, folded: list[str], start: int) -> bool:
        sent_start = doc_parse(doc).sent_starts[start]  # doc[start].sent.start (0: no sentences)
        before = " ".join(folded[sent_start:start])
        return any(marker in before for marker in _AMONG_THE_DEAD)

    def _qualifier_before(self, folded: list[str], start: int) -> tuple[int, str | None]:
        for n in (4, 3, 2, 1):
            if start - n >= 0:
                kind = self.qualifiers.get("".join(folded[start - n : start]))
                if kind:
                    return start - n, kind
        return start, None

    def _status_after(
        self,
        doc: Doc,
        end: int,
        folded: list[str],
        lemmas: list[str],
        names: dict[int, int],
        *,
        in_breakdown: bool,
    ) -> tuple[str | None, int, int]:
        """(status, start, end) of the status word governing a figure that ends at `end`.
        `names`: the end of each faction's name by its first token; a long name counts as
        one word ('six Volontaires pour la défense de la patrie (VDP) ont été tués')."""
        limit = min(len(doc), end + _RIGHT_WINDOW)
        # the tokens read from the per-Doc arrays, not from a Token object per token
        parse, texts = doc_parse(doc), doc_tokens(doc).texts
        heads, deps, pos = parse.heads, parse.deps, parse.pos
        k = end - 1
        while k + 1 < limit:
            k += 1
            if k in names:
                limit = min(len(doc), limit + names[k] - k - 1)
                k = names[k] - 1
                continue
            if folded[k] == "(":
                # "20 soldats des Forces armées maliennes (FAMa) ont été tués"
                close = _closing(folded, k, ")", limit)
                if close is None:
                    break
                k = close
                continue
            if folded[k] in _CLAUSE_END or "\n" in texts[k]:
                break
            relative = heads[k]
            if (
                folded[k] == "qui"
                and deps[relative] == "acl:relcl"
                and end - 1 <= heads[relative] < k
                and not self.status_by_word.get(lemmas[relative])
            ):
                # "deux civils qui circulaient à moto ont été tués": a relative clause that
                # says who the victims were, its verbs not the figure's
                last = max(parse.subtree(relative))
                limit = min(len(doc), limit + last - k)
                k = last
                continue
            if (
                folded[k] == "de"
                and k + 2 < limit
                and doc[k + 1].like_num
                and folded[k + 2] in {"an", "ans"}
            ):
                k += 2  # "un homme de 64 ans a été tué": an age, not the figure's unit
                continue
            if folded[k] == ",":
                # Cross the commas of an apposition: "Six civils, dont deux enfants, ont...",
                # "Plus de 20.000 personnes, en majorité des civils, ont été tuées".
                nxt = folded[k + 1] if k + 1 < len(doc) else ""
                if nxt in _BREAKDOWN or nxt == "parmi":
                    in_breakdown = True
                    # "Au moins 23 civils, parmi lesquels plusieurs commerçants et deux
                    # enfants, ont été tués": the breakdown does not count in the window.
                    close = _closing(folded, k, ",", min(len(doc), k + _ASIDE_WINDOW))
                    if close is not None:
                        # "14 personnes, dont des déplacés qui avaient trouvé refuge dans
                        # un monastère, ont été tuées": the aside's own verbs are not the
                        # figure's.
                        limit = min(len(doc), limit + close - k)
                        k = close
                        in_breakdown = False
                    continue
                if in_breakdown:
                    in_breakdown = False
                    continue
                close = _closing(folded, k, ",", min(len(doc), k + 7))
                if close is not None and not any(
                    pos[j] in {"VERB", "AUX"} for j in range(k + 1, close)
                ):
                    k = close
                    continue
                break
            for words, status in self.status_phrases_by_first.get(folded[k], ()):
                if tuple(folded[k : k + len(words)]) == words:
                    return status, k, k + len(words)
            status = self.status_by_word.get(folded[k]) or self.status_by_word.get(lemmas[k])
            if status:
                if k == end and pos[k] != "VERB":
                    # "Trois otages ont été exécutés": the noun names the victims, the verb
                    # tells what happened to them.
                    verb = self._verb_status(doc, k + 1, limit, folded, lemmas)
                    if verb is not None:
                        return verb
                if self._takes_next_figure(doc, k, folded):
                    break  # "a libéré 500 détenus et tué dix personnes": 'tué' is the ten's
                return status, k, k + 1
            if (
                pos[k] == "VERB"
                and deps[k] == "acl"
                and "VerbForm=Part" in parse.feats[k]
                and end - 1 <= heads[k] < k
                and not self.status_by_word.get(folded[k])
                and not self.status_by_word.get(lemmas[k])
            ):
                # "Deux hommes accusés de sorcellerie ont été tués": a participle that
                # describes the victims, with its complement.
                k = max(parse.subtree(k))
                continue
            if pos[k] == "VERB" and lemmas[k] not in _AUXILIARIES | _EPITHETS:
                break
            if folded[k] in self.units:
                break
        return None, end, end

    def _shares_the_verb(
        self, doc: Doc, start: int, end: int, found: list[Span], verb_led: list[bool]
    ) -> bool:
        """The figure at `start` is coordinated with the last one found, whose status verb
        comes before it ('ont tué six soldats et neuf rebelles', 'ont coûté la vie à trois
        policiers et à sept membres du gang'), and no verb of its own follows it."""
        if not found or not verb_led[-1]:
            return False
        starts = doc_parse(doc).sent_starts  # `.sent.start` of each token
        if starts[found[-1].start] != starts[start]:
            return False
        folded = doc_tokens(doc).folded
        if tuple(folded[found[-1].end : start]) not in _COORDINATIONS:
            return False
        after = self._victims_end(doc, end, folded)
        return after >= len(doc) or doc_parse(doc).pos[after] not in {"VERB", "AUX"}

    def _takes_next_figure(self, doc: Doc, k: int, folded: list[str]) -> bool:
        """The status verb at k has a figure of its own right after it ('et tué dix
        personnes', 'tuant lundi 12 civils')."""
        j = k + 1
        while j < len(doc) and folded[j] in _TIME_WORDS:
            j += 1
        for n in (4, 3, 2, 1):  # "tuant au moins dix personnes"
            if self.qualifiers.get("".join(folded[j : j + n])):
                j += n
                break
        return j < len(doc) and self._figure_at(doc, j, folded) is not None

    def _verb_status(
        self, doc: Doc, start: int, limit: int, folded: list[str], lemmas: list[str]
    ) -> tuple[str, int, int] | None:
        pos = doc_parse(doc).pos
        for k in range(start, limit):
            if folded[k] in _CLAUSE_END or folded[k] == "," or doc[k].like_num:
                return None
            status = self.status_by_word.get(folded[k]) or self.status_by_word.get(lemmas[k])
            if status and pos[k] == "VERB":
                return status, k, k + 1
        return None

    def _status_before(
        self, lemmas: list[str], folded: list[str], start: int
    ) -> tuple[str | None, int]:
        """(status, start of the verb) of a verb or phrase right before the figure: 'tuant 26',
        'coûté la vie à 3', 'a été tué ainsi que 9'."""
        before = folded[start - 1] if start > 0 else None
        for words, status in self.status_phrases:
            n = len(words)
            if n and words[-1] != before:
                continue  # its last word is not the one before the figure
            if start - n >= 0 and tuple(folded[start - n : start]) == words:
                return status, start - n
        tally = self._tally_before(lemmas, folded, start)
        if tally is not None:
            return tally
        k = start - 1
        while k > 0 and (
            folded[k] in _LINKS_TO_VERB
            or folded[k] in _TIME_WORDS
            or folded[k] in QUOTE_MARKS
            or folded[k] in _DAY_PHRASE_WORDS
        ):
            k -= 1  # "a été tué ainsi que 9 autres miliciens", "ont tué dimanche 22 civils"
        k = self._before_manner(folded, k)  # "ont tué par balles un ouvrier"
        if k < 0:
            return None, start
        word, lemma = folded[k], lemmas[k]
        if word in self.verbs_before or lemma in self.verbs_before:
            status = self.status_by_word.get(lemma) or self.status_by_word.get(word) or "killed"
            return status, k
        return None, start

    def _tally_before(
        self, lemmas: list[str], folded: list[str], start: int
    ) -> tuple[str, int] | None:
        """'Le nombre de morts est passé lundi à 35', 's'élève à 35', 'a atteint 35': the
        status named by the tally the figure is the value of."""
        k = start - 1
        while (
            k >= 0
            and start - k <= 8
            and (
                lemmas[k] in _RISE_VERBS
                or folded[k] in _TIME_WORDS
                or folded[k] in {"a", "se", "s'", "desormais", "deja", "maintenant", "ainsi"}
            )
        ):
            k -= 1
        if k < 2 or k == start - 1 or folded[k - 1] not in {"de", "d'"}:
            return None
        if folded[k - 2] != "nombre":
            return None
        status = self.status_by_word.get(folded[k]) or self.status_by_word.get(lemmas[k])
        return (status, k - 2) if status is not None else None

    def _victims_end(self, doc: Doc, end: int, folded: list[str]) -> int:
        k = end
        pos = doc_parse(doc).pos
        while k < len(doc) and k < end + 6 and folded[k] not in _CLAUSE_END | {",", "et"}:
            if pos[k] in {"VERB", "AUX", "CCONJ"} or folded[k] in _TIME_WORDS:
                break
            k += 1
        return k

    def _parent(self, doc: Doc, start: int, found: list[Span], folded: list[str]) -> int | None:
        """Index of the total that this figure breaks down ('dont deux enfants', '89 morts :
        28 membres des forces kurdes, cinq civils et 56 jihadistes'), or None."""
        if not found:
            return None
        last = found[-1]
        starts = doc_parse(doc).sent_starts  # `.sent.start` of each token (all 0: no sentences)
        if starts[last.start] != starts[start]:
            return None
        before = " ".join(folded[max(0, start - 2) : start])
        if any(before.endswith(marker) for marker in _BREAKDOWN) or (
            start > 0 and folded[start - 1] == ":" and last.end >= start - 4
        ):
            return len(found) - 1
        # The next item of the same breakdown list: "..., cinq civils et 56 jihadistes".
        if (
            last._.casualty
            and last._.casualty["part_of"] is not None
            and start > 0
            and (folded[start - 1] in {",", "et"} and start - last.end <= 6)
        ):
            return int(last._.casualty["part_of"])
        return None

    def _cumulative(self, sent: Span, folded: list[str], figure: int) -> bool:
        """A war-wide or period toll: 'depuis le début du conflit', 'depuis 2015', 'en 2023',
        'la guerre a fait 500 000 morts'. A sentence that names the day ('mardi', 'hier')
        tells an incident, whatever year it also mentions. A running total ('..., portant à
        plus de 400 le nombre de civils tués depuis janvier') is read on its own: its period
        makes it cumulative whatever the day, and says nothing of the sentence's other
        figures."""
        running = _running_total(folded, sent.start, sent.end)
        if running is not None and running.start <= figure < running.stop:
            words = folded[running.start : running.stop]
            text = " " + " ".join(words) + " "
            return any(marker in text for marker in self.cumulative_markers) or any(
                w == "depuis" and period_follows(words, k) for k, w in enumerate(words)
            )
        words = [
            folded[k] for k in range(sent.start, sent.end) if running is None or k not in running
        ]
        text = " " + " ".join(words) + " "
        if any(marker in text for marker in self.cumulative_markers):
            return True
        day = any(f" {phrase} " in text for phrase in self.day_words)
        for k, word in enumerate(words):
            if word in self.period_words and not day and period_follows(words, k):
                return True
            if word == "depuis" and period_starts(words, k, self.period_starts) and not day:
                # "Taëz, ville assiégée depuis 2015": with the day told, the period
                # describes something else.
                return True
        if _YEAR_RANGE.search(text):
            return True  # "entre 2013 et 2018", "de 2014 à 2022"
        if any(
            w in self.cumulative_subjects and _makes_toll(words, k) for k, w in enumerate(words)
        ):
            return True
        maker = toll_maker(sent.doc[figure])
        return maker is not None and fold(maker.lemma_) in self.cumulative_subjects


_MAKING_VERBS = frozenset({"faire", "couter", "causer", "provoquer"})


def toll_maker(figure: Token) -> Token | None:
    """What made a toll, read from the parse: the subject of the verb whose object the figure
    is ('la guerre entre l'armée et les FSR, ..., a fait des dizaines de milliers de morts';
    'le séisme, qui a fait 3.700 morts': the antecedent of 'qui'). None when no such verb
    governs it."""
    verb = next(
        (
            a
            for a in islice(figure.ancestors, 4)
            if a.pos_ in {"VERB", "AUX"} and fold(a.lemma_) in _MAKING_VERBS
        ),
        None,
    )
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
    if subject is not None and subject.pos_ == "PRON" and verb.dep_ == "acl:relcl":
        return verb.head
    return subject


# "a tué la veille au soir cinq membres", "ont tué dans la nuit de samedi à dimanche 12 civils"
_DAY_PHRASE_WORDS = frozenset({"la", "le", "au", "veille", "lendemain", "dans", "de", "a"})
_RISE_VERBS = frozenset(
    {"passer", "elever", "atteindre", "monter", "grimper", "porter", "etre", "avoir"}
)


_CARRY_FORMS = frozenset({"porte", "portent", "portant", "porter", "portait", "porterait"})


def _running_total(folded: list[str], start: int, end: int) -> range | None:
    """The words of 'porte / portant à N le nombre de ...' or 'porte le bilan à N ...', from
    the verb to the next comma or the end of the sentence: a running total."""
    for k in range(start, end - 3):
        if folded[k] in _CARRY_FORMS and (
            folded[k + 1] == "a" or folded[k + 1 : k + 3] in (["le", "bilan"], ["le", "nombre"])
        ):
            stop = next((j for j in range(k + 1, end) if folded[j] in {",", ";"}), end)
            return range(k, stop)
    return None


def _makes_toll(words: list[str], k: int) -> bool:
    """'la guerre a fait', 'la guerre civile au Soudan du Sud a fait': the verb 'faire'
    follows the subject at k within its clause."""
    for word in words[k + 1 : k + 9]:
        if word in {",", ".", ";", ":"}:
            return False
        if word in {"fait", "faisait"}:
            return True
    return False


def _is_year(doc: Doc, start: int, end: int, folded: list[str]) -> bool:
    """'mars 2021', 'depuis 2011', '2021 (Reuters)': a year, not a toll."""
    if end - start != 1:
        return False
    text = doc_tokens(doc).texts[start]  # doc[start:end].text
    if not text.isdigit() or not 1900 <= int(text) <= 2100:
        return False
    before = folded[start - 1] if start > 0 else ""
    after = folded[end] if end < len(doc) else ""
    return before in MONTH_BY_WORD or before in _YEAR_BEFORE or after in {"(", ",", ")"}


def _closing(folded: list[str], start: int, mark: str, limit: int) -> int | None:
    """Index of the next `mark` after `start`, before `limit`, or None."""
    for j in range(start + 1, limit):
        if folded[j] == mark:
            return j
        if folded[j] in {".", ";", "\n"}:
            return None
    return None


def _victims_span(
    doc: Doc, start: int, end: int, victims: frozenset[str], folded: list[str]
) -> Span | None:
    """The victim description between the figure and the status word, trimmed."""
    pos = doc_parse(doc).pos  # each token's pos_, without a Token object
    kept: list[int] = []
    for k in range(start, end):
        if folded[k] in {",", "et", "ou", "ont", "a", "sont", "ete", "dont", "("}:
            break
        if doc[k].like_num:
            break
        if pos[k] in {"VERB", "AUX"}:
            break
        kept.append(k)
    if not kept or not any(folded[k] in victims or pos[k] == "NOUN" for k in kept):
        return None
    while kept and pos[kept[-1]] in {"ADP", "DET", "CCONJ", "PUNCT"}:
        kept.pop()
    return doc[kept[0] : kept[-1] + 1] if kept else None


def _victim_group(doc: Doc, victims: Span | None) -> str | None:
    """The faction named in the victims ('membres de l'EI' -> Etat islamique)."""
    if victims is None:
        return None
    for start, end, name in _names_in(doc, "factions"):
        if victims.start <= start and end <= victims.end:
            return name
    return None


def _source_in(doc: Doc, sent: Span) -> str | None:
    for start, _, name in _names_in(doc, "sources"):
        if sent.start <= start < sent.end:
            return name
    return None


def _names_in(doc: Doc, key: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the spans of doc.spans[key], the name being the knowledge
    base's or the text; read once per Doc and span group (group_view), not at every figure,
    from the group's bounds (span_bounds: no Span built per span)."""

    def names(group: SpanGroup) -> list[tuple[int, int, str]]:
        text = doc_text(doc)
        return [(b.start, b.end, _name(doc, b, text)) for b in span_bounds(doc, key)]

    return group_view(doc, key, "casualties.names", names, [])


def _name(doc: Doc, bounds: SpanBounds, text: str) -> str:
    """The knowledge base's name of the span at `bounds`, or its text (`span._.kb` read
    without an Underscore object, `span.text` sliced from the Doc's text)."""
    kb: dict[str, Any] = bounds_value(doc, bounds, "kb") or {}  # type: ignore[assignment]
    return str(kb.get("name") or text[bounds.start_char : bounds.end_char])
