"""conflict_parse_repairs: mend attachments the French parser gets wrong in wire copy, in
the Doc itself, so that every component reads the same parse.

One repair today. In "Le M23 a affirmé dimanche avoir pris le contrôle de Masisi" the parser
often hangs the perfect infinitive ("avoir pris") on the day ("dimanche") as a clause
describing it, instead of on the verb of saying; the deed then has no subject and no link to
its claimant. A verb whose auxiliary is the infinitive "avoir" or "être", hung as `acl` on a
day or time word that itself modifies a verb, is that verb's complement (`xcomp`), as it is
when no day stands between them ("Le M23 a affirmé avoir pris ...").

Runs after the parser (and the lemmatizer); a head is moved with `Token.head`, which spaCy
keeps consistent (children, edges, sentence starts of the moved subtree's sentence).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.doc_views import doc_tokens
from conflict_extract.timewords import MONTH_BY_WORD, TIMES_OF_DAY, WEEKDAY_BY_WORD

# Words a perfect infinitive is wrongly hung on: days, months and the times of a day told.
_TIME_WORDS = frozenset(WEEKDAY_BY_WORD) | frozenset(MONTH_BY_WORD) | TIMES_OF_DAY | {"hier"}
_INFINITIVE_AUXILIARIES = frozenset({"avoir", "etre"})


@Language.component(
    "conflict_parse_repairs",
    requires=["token.dep", "token.head"],
    assigns=["token.head", "token.dep"],
)
def parse_repairs(doc: Doc) -> Doc:
    folded = doc_tokens(doc).folded  # read once, without a Token per token
    for i in [k for k, word in enumerate(folded) if word in _INFINITIVE_AUXILIARIES]:
        token = doc[i]
        if not token.dep_.startswith("aux"):
            continue
        verb = token.head
        day = verb.head
        if (
            verb.dep_ == "acl"
            and verb.i > day.i
            and folded[day.i] in _TIME_WORDS
            and day.dep_.startswith("obl")
            and day.head.i != day.i
            and day.head.pos_ in {"VERB", "AUX"}
        ):
            verb.head = day.head
            verb.dep_ = "xcomp"
    return doc
