import pytest

from conflict_extract.knowledge.normalize import (
    collapse,
    drop_mute,
    glue,
    is_article,
    name_key,
    word_key,
    words,
)
from conflict_extract.text import fold


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hamidiyé", "Hamidiyah"),
        ("Ahrar esh-Cham", "Ahrar al-Sham"),
        ("Ahrar Al-Cham", "ahrar al cham"),
        ("Azzaz", "Aazaz"),
        ("Wadi al-Deif", "Wadi Deif"),
        ("Qalamoune", "Qalamoun"),
        ("Jaïch al-Islam", "Jaysh al-Islam"),
        ("Daech", "Daesh"),
        ("Raqqa", "Rakka"),
        ("Mou-Hassan", "Mou Hassan"),
        ("Djihad", "Jihad"),
        ("l’aviation russe", "l'aviation russe"),
    ],
)
def test_transliteration_variants_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Hama", "Homs"), ("Idleb", "Alep"), ("Nosra", "Daraa")])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_fold_strips_accents_and_case() -> None:
    assert fold("Lattaquié ÉTÉ Œuvre") == "lattaquie ete oeuvre"


@pytest.mark.parametrize(
    ("a", "b"),
    [("aaz", "zor"), ("deir", "rrazek"), ("", "tall"), ("raqa", ""), ("al", "llah"), ("s", "s")],
)
def test_glue_of_collapsed_parts_is_the_collapsed_whole(a: str, b: str) -> None:
    assert glue(collapse(a), collapse(b)) == collapse(a + b)


@pytest.mark.parametrize(
    "name", ["Hamidiyé", "Ahrar esh-Cham", "Deir ez-Zor", "Tall Abyad", "Maaret al-Noomane"]
)
def test_name_key_is_the_glued_words_without_mute_endings(name: str) -> None:
    parts = words(name)
    glued = ""
    for i, part in enumerate(parts):
        glued = glue(glued, "" if is_article(parts, i) else collapse(word_key(part)))
    assert drop_mute(glued) == name_key(name)
