"""French calendar words, shared by the dateline reader and the date component.

Language data in the spirit of spaCy's `lang/fr/lex_attrs.py`: closed lists of French words,
not facts about the world, so they live beside the code that reads them.
"""

from __future__ import annotations

# Month number -> accepted spellings (accent-folded, lower case; abbreviations without the dot).
MONTHS: dict[int, tuple[str, ...]] = {
    1: ("janvier", "janv", "jan"),
    2: ("fevrier", "fevr", "fev"),
    3: ("mars",),
    4: ("avril", "avr"),
    5: ("mai",),
    6: ("juin",),
    7: ("juillet", "juil"),
    8: ("aout",),
    9: ("septembre", "sept", "sep"),
    10: ("octobre", "oct"),
    11: ("novembre", "nov"),
    12: ("decembre", "dec"),
}
# Python weekday number (Monday 0) -> French name, accent-folded.
WEEKDAYS: dict[int, str] = {
    0: "lundi",
    1: "mardi",
    2: "mercredi",
    3: "jeudi",
    4: "vendredi",
    5: "samedi",
    6: "dimanche",
}
MONTH_BY_WORD: dict[str, int] = {word: number for number, words in MONTHS.items() for word in words}
WEEKDAY_BY_WORD: dict[str, int] = {name: number for number, name in WEEKDAYS.items()}
# The times of a day a wire tells beside its day ("dimanche soir", "mardi à l'aube"), folded.
TIMES_OF_DAY = frozenset({"matin", "soir", "nuit", "apres-midi", "aube"})
# Units of a lapse of time ("il y a six mois", "trois jours après"), folded: the long ones,
# which put a deed out of the news ("il y a un an"), and all.
LONG_LAPSE_UNITS = frozenset({"an", "ans", "annee", "annees", "mois"})
LAPSE_UNITS = LONG_LAPSE_UNITS | {"jour", "jours", "semaine", "semaines"}


def period_follows(words: list[str], k: int) -> bool:
    """A year or a month right after words[k] ('depuis 2015', 'en mars', 'depuis la
    mi-mars', 'depuis fin 2019'); `words` are folded forms."""
    for word in words[k + 1 : k + 5]:
        if (
            word.isdigit() and len(word) == 4 and word[:2] in {"19", "20"}
        ) or word in MONTH_BY_WORD:
            return True
        if word.startswith("mi-") and word[3:] in MONTH_BY_WORD:
            return True
        if word not in {"le", "la", "l'", "fin", "debut", "mi", "mi-", "1er", "-"} and not (
            word.isdigit() and len(word) <= 2
        ):
            return False
    return False


_PERIOD_DETERMINERS = frozenset({"le", "la", "l'", "l’", "les", "son", "sa", "leur", "leurs"})


def period_starts(words: list[str], k: int, start_nouns: frozenset[str]) -> bool:
    """A period's start after words[k] ('depuis'): a year or a month ('depuis 2015'), a
    noun of what started it ('depuis l'entrée en vigueur de la trêve', 'depuis l'invasion',
    `start_nouns`), or then ('Depuis, ...', 'depuis lors', 'depuis cette date')."""
    if period_follows(words, k):
        return True
    after = words[k + 1 : k + 3]
    if after[:1] in ([","], ["lors"]) or after in (["cette", "date"], ["ce", "jour"]):
        return True
    return len(after) == 2 and after[0] in _PERIOD_DETERMINERS and after[1] in start_nouns
