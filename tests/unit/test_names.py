"""The NameMatcher on a blank tokenizer, initialized from a tiny hand-made data folder."""

import json
from pathlib import Path

import pytest
import spacy

from conflict_extract.components.data import TABLES_FILE
from conflict_extract.components.names import NameMatcher, _Tokens
from conflict_extract.errors import DataError

NLP = spacy.blank("fr")
ACTORS = [
    {"id": "sy.nusra", "name": "Front al-Nosra", "aliases": ["al-Nosra", "Jabhat al-Nusra"]},
    {"id": "sy.ahrar", "name": "Ahrar al-Cham"},
    {"id": "intl.is", "name": "Etat islamique", "aliases": ["Daech"], "acronyms": ["EI"]},
    {"id": "sy.army", "name": "armée syrienne"},
    {"id": "sy.air", "name": "armée de l'air"},
    {"id": "ly.army", "name": "Armée", "aliases": ["armée"]},
    {"id": "so.shabaab", "name": "Chebab", "aliases": ["chebab"]},
]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    lines = [json.dumps(actor, ensure_ascii=False) for actor in ACTORS]
    (folder / "actors.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "generic_actors.jsonl").write_text("", encoding="utf-8")
    return folder


def _matcher(data: Path, require_title: bool = False) -> NameMatcher:
    matcher = NameMatcher(
        name="t",
        knowledge="actors",
        spans_key="factions",
        label="FACTION",
        require_title=require_title,
    )
    matcher.initialize(data=data)
    return matcher


def _found(data: Path, text: str, **kwargs) -> list[tuple[str, str]]:
    doc = _matcher(data, **kwargs)(NLP.make_doc(text))
    return [(span.text, span.id_) for span in doc.spans["factions"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Nosra et Ahrar esh-Cham ont pris la base.",
            [("Al-Nosra", "sy.nusra"), ("Ahrar esh-Cham", "sy.ahrar")],
        ),
        ("le front al-Nosra avance", [("front al-Nosra", "sy.nusra")]),
        ("Jabhat al Nusra", [("Jabhat al Nusra", "sy.nusra")]),
        (
            "la milice takfiriste Daesh (Etat Islamique-EI)",
            [("Daesh", "intl.is"), ("Etat Islamique", "intl.is"), ("EI", "intl.is")],
        ),
        (
            "l’armée syrienne et l'armée de l’air",
            [("armée syrienne", "sy.army"), ("armée de l’air", "sy.air")],
        ),
    ],
)
def test_aliases_and_variants_are_found(
    data: Path, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(data, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("des tirs à l'arme lourde", []),  # a common noun whose key is that of "armée"
        ("les armes saisies par l'armée", [("armée", "ly.army")]),
        ("une attaque de l'armee", [("armee", "ly.army")]),  # accents dropped
        ("les shebab ont attaqué", [("shebab", "so.shabaab")]),  # a transliteration
        ("l'ARMEE a tiré", [("ARMEE", "ly.army")]),  # capitals: a name, however spelled
    ],
)
def test_a_lowercase_word_is_a_name_only_as_spelled(
    data: Path, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(data, text) == expected


@pytest.mark.parametrize("text", ["Ei", "ei", "Le mot EIGS n'est pas EI-x", "l'armée syrienne à"])
def test_acronyms_fire_only_as_exact_tokens(data: Path, text: str) -> None:
    found = [t for t, _ in _found(data, text)]
    assert "Ei" not in found and "ei" not in found and "EIGS" not in found
    assert all(not t.endswith(" à") for t in found)


def test_titled_names_only_when_required(data: Path) -> None:
    assert _found(data, "daech", require_title=True) == []
    assert _found(data, "Daech", require_title=True) == [("Daech", "intl.is")]


def test_blocked_spans_are_left_to_the_blocking_group(data: Path) -> None:
    matcher = _matcher(data)
    matcher.blocked_by = ["sources"]
    doc = NLP.make_doc("selon Daech")
    doc.spans["sources"] = [doc[1:2]]
    assert list(matcher(doc).spans["factions"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "En Syrie, al-Nosra et l'EI ont attaqué Ed Daein et N'Djamena à l'aube.",
        "N'importe qui, à Rabia ou Le Caire, et Ahrar esh-Cham -- 12 morts.",
        "El Fasher : les Forces de soutien rapide (FSR) d'Al Arabiya.",
    ],
)
def test_the_startable_tokens_are_those_can_start_accepts(text: str) -> None:
    tokens = _Tokens(NLP.make_doc(text))
    assert tokens.startable == [i for i in range(len(tokens.texts)) if tokens.can_start(i)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Etat islamique", ["intl.is"]),
        ("Ahrar - al-Cham", ["sy.ahrar"]),
        ("Etat, islamique", []),
        ("Etat\nislamique", []),
        ("Etat (islamique)", []),
    ],
)
def test_a_name_runs_across_spaces_and_hyphens_not_punctuation_or_lines(
    data: Path, text: str, expected: list[str]
) -> None:
    assert [kb_id for _, kb_id in _found(data, text)] == expected


def test_a_matcher_without_data_says_to_initialize_it() -> None:
    matcher = NameMatcher(name="t", knowledge="actors", spans_key="factions", label="FACTION")
    with pytest.raises(ValueError, match="initialize"):
        matcher(NLP.make_doc("Daech"))


def test_unknown_knowledge_is_refused() -> None:
    with pytest.raises(ValueError, match="actors, sources, places"):
        NameMatcher(name="t", knowledge="weapons", spans_key="x", label="X")


def test_a_missing_data_file_is_a_data_error(tmp_path: Path) -> None:
    matcher = NameMatcher(name="t", knowledge="sources", spans_key="sources", label="SOURCE")
    with pytest.raises(DataError, match=r"missing data file .*sources\.jsonl"):
        matcher.initialize(data=tmp_path)


def test_a_malformed_line_names_its_file_and_line(data: Path, tmp_path: Path) -> None:
    (tmp_path / "actors.jsonl").write_text('{"id": "a", "name": "A"}\n{"id": \n', encoding="utf-8")
    (tmp_path / "generic_actors.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(DataError, match=r"actors.jsonl:2: malformed JSON"):
        _matcher(tmp_path)


def test_to_bytes_and_from_bytes_restore_the_names(data: Path) -> None:
    restored = NameMatcher(name="t", knowledge="actors", spans_key="factions", label="FACTION")
    restored.from_bytes(_matcher(data).to_bytes())
    doc = restored(NLP.make_doc("Daech et Ahrar al-Cham"))
    assert [s.id_ for s in doc.spans["factions"]] == ["intl.is", "sy.ahrar"]


def _restored(folder: Path) -> NameMatcher:
    restored = NameMatcher(name="t", knowledge="actors", spans_key="factions", label="FACTION")
    return restored.from_disk(folder)


def test_to_disk_saves_the_built_index_and_from_disk_restores_it(
    data: Path, tmp_path: Path
) -> None:
    built = _matcher(data)
    built.to_disk(tmp_path)
    assert (tmp_path / TABLES_FILE).is_file()
    restored = _restored(tmp_path)
    assert restored.index == built.index
    assert list(restored.index.keys) == list(built.index.keys)  # same order
    doc = restored(NLP.make_doc("Daech et Ahrar al-Cham"))
    assert [s.id_ for s in doc.spans["factions"]] == ["intl.is", "sy.ahrar"]


def test_saved_index_of_other_data_files_is_built_again(data: Path, tmp_path: Path) -> None:
    _matcher(data).to_disk(tmp_path)
    with (tmp_path / "actors.jsonl").open("a", encoding="utf-8") as actors:
        actors.write(json.dumps({"id": "ml.jnim", "name": "GSIM"}) + "\n")
    doc = _restored(tmp_path)(NLP.make_doc("Le GSIM a revendiqué l'attaque."))
    assert [s.id_ for s in doc.spans["factions"]] == ["ml.jnim"]


def test_an_unreadable_saved_index_is_built_again(data: Path, tmp_path: Path) -> None:
    _matcher(data).to_disk(tmp_path)
    (tmp_path / TABLES_FILE).write_bytes(b"\xc1 not msgpack")
    doc = _restored(tmp_path)(NLP.make_doc("Daech et Ahrar al-Cham"))
    assert [s.id_ for s in doc.spans["factions"]] == ["intl.is", "sy.ahrar"]
