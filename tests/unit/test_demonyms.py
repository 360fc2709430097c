import json
from pathlib import Path

import pytest

from conflict_extract.errors import DataError
from conflict_extract.knowledge.demonyms import load_demonyms
from conflict_extract.knowledge.normalize import fold
from conflict_extract.paths import data_dir


@pytest.fixture(scope="module")
def demonyms() -> dict[str, str]:
    return load_demonyms(data_dir())


@pytest.mark.parametrize(
    ("form", "country"),
    [
        ("maliens", "ML"),
        ("malienne", "ML"),
        ("Maliennes", "ML"),
        ("burkinabè", "BF"),
        ("Burkinabé", "BF"),
        ("burkinabe", "BF"),
        ("nigérien", "NE"),
        ("nigérians", "NG"),
        ("soudanaises", "SD"),
        ("sud-soudanais", "SS"),
        ("congolais", "CD"),
        ("centrafricaine", "CF"),
        ("birmans", "MM"),
        ("haïtiens", "HT"),
        ("israélienne", "IL"),
        ("russes", "RU"),
        ("kényans", "KE"),
        ("kenyans", "KE"),
        ("turque", "TR"),
        ("grecques", "GR"),
        ("nord-coréens", "KP"),
        ("Azéris", "AZ"),
        ("ÉMIRATIS", "AE"),
    ],
)
def test_every_form_of_a_demonym_names_its_country(
    demonyms: dict[str, str], form: str, country: str
) -> None:
    assert demonyms[fold(form)] == country


def test_the_noun_rows_can_be_loaded_alone(demonyms: dict[str, str]) -> None:
    nouns = load_demonyms(data_dir(), kinds=frozenset({"noun"}))
    assert nouns["maliens"] == "ML"
    assert set(nouns.items()) <= set(demonyms.items())


def test_every_country_with_state_forces_has_a_demonym(demonyms: dict[str, str]) -> None:
    table = json.loads((data_dir() / "state_forces.json").read_text(encoding="utf-8"))
    countries = {cc for role, rows in table.items() if not role.startswith("_") for cc in rows}
    assert countries - set(demonyms.values()) == set()


def test_a_form_naming_two_countries_is_refused(tmp_path: Path) -> None:
    (tmp_path / "demonyms.csv").write_text(
        "# test\nform,country,kind\ncongolais,CD,adjective\nCongolais,CG,noun\n", encoding="utf-8"
    )
    with pytest.raises(DataError, match="names both CD and CG"):
        load_demonyms(tmp_path)


@pytest.mark.parametrize(
    "text",
    ["form,country\nmalien,ML\n", "form,country,kind\nmalien,Mali,adjective\n"],
)
def test_malformed_tables_are_refused(tmp_path: Path, text: str) -> None:
    (tmp_path / "demonyms.csv").write_text(text, encoding="utf-8")
    with pytest.raises(DataError):
        load_demonyms(tmp_path)
