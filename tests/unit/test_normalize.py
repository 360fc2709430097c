import pytest

from conflict_extract.knowledge.normalize import name_key
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
