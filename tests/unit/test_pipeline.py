"""The pipeline as spaCy users take it: saved and loaded, each component added by name."""

from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from conflict_extract.api import extract
from conflict_extract.components.data import TABLES_FILE
from conflict_extract.dispatches import read_inputs
from conflict_extract.pipeline import _save_in_cache, build_pipeline, load_config, load_pipeline

OUR_FACTORIES = {
    "conflict_paragraphs",
    "conflict_parse_repairs",
    "conflict_names",
    "conflict_places",
    "conflict_generic_actors",
    "conflict_casualties",
    "conflict_dates",
    "conflict_events",
}
# The base model's components that give what ours require (parse, lemmas, POS, sentences).
PARSE = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer")


def test_factories_are_exposed_through_spacy_entry_points() -> None:
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert names >= OUR_FACTORIES


def test_config_names_only_our_factories_in_order() -> None:
    config = load_config()
    components = config["pipeline"]["components"]
    assert {config["components"][c]["factory"] for c in components} == OUR_FACTORIES
    assert components[-1] == "event_extractor"


def test_config_sets_every_setting_of_every_component(nlp: Language) -> None:
    """A saved pipeline keeps the settings it was built with: none may come from a factory
    default that a later version of the code could change."""
    config = load_config()
    for name in config["pipeline"]["components"]:
        defaults = nlp.get_pipe_meta(name).default_config or {}
        assert set(defaults) <= set(config["components"][name]), name


def test_full_pipeline_appends_components_after_the_base_model(nlp: Language) -> None:
    assert nlp.pipe_names.index("paragraphs") < nlp.pipe_names.index("parser")
    assert nlp.pipe_names[-1] == "event_extractor"


def test_declared_requirements_are_met_in_the_full_pipeline(nlp: Language) -> None:
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    assert problems == {name: [] for name in nlp.pipe_names}


def test_saved_then_loaded_pipeline_gives_identical_documents(saved_pipeline, nlp) -> None:  # type: ignore[no-untyped-def]
    """nlp.to_disk then spacy.load: the same records, ids and provenance, field for field."""
    loaded = [
        d.model_dump(mode="json")
        for d in extract(list(read_inputs(map(str, saved_pipeline.inputs))), nlp)
    ]
    assert len(loaded) == len(saved_pipeline.outputs) == 3
    assert all(document["events"] for document in loaded)
    assert loaded == saved_pipeline.outputs


def test_saved_pipeline_carries_its_data_and_versions(saved_pipeline) -> None:  # type: ignore[no-untyped-def]
    folder: Path = saved_pipeline.folder
    assert (folder / "event_extractor" / "triggers.jsonl").is_file()
    assert (folder / "place_finder" / "places.tsv").is_file()
    assert (folder / "place_finder" / TABLES_FILE).is_file()  # the gazetteer's index, built
    meta = spacy.util.load_meta(folder / "meta.json")
    assert meta["name"] == "conflict_extract" and "+" in meta["version"]
    assert meta["sources"][0]["name"] == "fr_core_news_md"
    assert set(meta["conflict_extract"]) == {"tool_version", "knowledge_version"}


def test_components_run_on_a_blank_pipeline() -> None:
    nlp = build_pipeline(base=spacy.blank("fr"))
    doc = nlp("Les FDS ont repris Raqqa à l'EI, selon l'OSDH.\nVingt civils ont été tués.")
    assert [s.text for s in doc.spans["factions"]] == ["FDS", "EI"]
    assert [s.text for s in doc.spans["sources"]] == ["OSDH"]
    assert [s.text for s in doc.spans["places"]] == ["Raqqa"]


# -- each component added by name to spacy.blank("fr"), with what it requires -----------------


def _blank(full: Language, *base: str) -> Language:
    """spacy.blank("fr") sharing the full pipeline's vocabulary (vectors), with `base`
    components of the base model taken from it."""
    nlp = spacy.blank("fr", vocab=full.vocab)
    for name in base:
        nlp.add_pipe(name, source=full)
    return nlp


def _add(nlp: Language, factory: str, name: str | None = None, **config: object) -> None:
    component = nlp.add_pipe(factory, name=name, config=config)
    if hasattr(component, "initialize"):
        component.initialize(nlp=nlp)


def test_paragraphs_alone_break_sentences_at_line_ends() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("conflict_paragraphs")
    doc = nlp("Titre sans point\nLe corps de la dépêche, dit-il.")
    assert [s.text.strip() for s in doc.sents] == [
        "Titre sans point",
        "Le corps de la dépêche, dit-il.",
    ]


def test_names_alone_find_actors_and_sources() -> None:
    nlp = spacy.blank("fr")
    _add(nlp, "conflict_names")
    _add(nlp, "conflict_names", "sources", knowledge="sources", spans_key="sources", label="SOURCE")
    doc = nlp("Les FDS ont attaqué l'EI, selon l'OSDH.")
    assert [(s.text, s.id_) for s in doc.spans["factions"]] == [
        ("FDS", "sy.sdf"),
        ("EI", "intl.is"),
    ]
    assert [s.text for s in doc.spans["sources"]] == ["OSDH"]


def test_places_alone_find_and_geocode_places() -> None:
    nlp = spacy.blank("fr")
    _add(nlp, "conflict_places", use_ner=False)
    doc = nlp("Des raids ont frappé Alep et le village de Zoubeidiyé.")
    assert [(s.text, s._.kb["admin1"]) for s in doc.spans["places"]] == [
        ("Alep", "Aleppo"),
        ("Zoubeidiyé", "Aleppo"),
    ]
    assert doc._.conflict_country == "SY"


def test_places_read_loc_entities_of_any_entity_recognizer() -> None:
    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "LOC", "pattern": "Tessit"}])  # type: ignore[attr-defined]
    _add(nlp, "conflict_places")
    doc = nlp("Des jihadistes ont attaqué Tessit, au Mali.")
    assert [s.text for s in doc.spans["places"]] == ["Tessit", "Mali"]


def test_generic_actors_alone_name_the_state_forces_of_the_country() -> None:
    nlp = spacy.blank("fr")
    _add(nlp, "conflict_names")
    _add(nlp, "conflict_places", use_ner=False)
    _add(nlp, "conflict_generic_actors")
    doc = nlp("L'armée a bombardé Alep.")
    assert [(s.text, s.id_) for s in doc.spans["factions"]] == [("armée", "sy.army")]


def test_casualties_alone_with_the_parse_they_require(nlp: Language) -> None:
    blank = _blank(nlp, *PARSE)
    _add(blank, "conflict_casualties")
    doc = blank("Au moins vingt civils ont été tués dimanche.")
    assert [(s._.casualty["count"], s._.casualty["status"]) for s in doc.spans["casualties"]] == [
        (20, "killed")
    ]


def test_dates_alone_resolve_against_the_publication_date() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("conflict_dates")
    doc = nlp.make_doc("Des raids ont frappé Alep dimanche.")
    doc._.published = "2016-03-29"
    doc = nlp(doc)
    assert [(s.text, s._.when["date"]) for s in doc.spans["dates"]] == [("dimanche", "2016-03-27")]


def test_events_alone_with_the_parse_and_spans_they_require(nlp: Language) -> None:
    blank = _blank(nlp, *PARSE)
    _add(blank, "conflict_names")
    _add(blank, "conflict_places", use_ner=False)
    _add(blank, "conflict_casualties")
    blank.add_pipe("conflict_dates")
    _add(blank, "conflict_events")
    doc = blank.make_doc("L'Etat islamique a attaqué Palmyre dimanche. Vingt soldats ont été tués.")
    doc._.published = "2016-03-28"
    (event,) = blank(doc)._.conflict_events
    assert event.actor1 is not None and event.location is not None and event.date is not None
    assert (event.event_type, event.actor1.kb["kb_id"]) == ("Battles", "intl.is")
    assert (event.location.kb["name"], event.fatalities) == ("Tadmur", 20)
    assert event.date.date == "2016-03-27"


@pytest.mark.parametrize(
    "factory", ["conflict_names", "conflict_casualties", "conflict_events", "conflict_places"]
)
def test_a_component_run_before_initialize_says_so(factory: str) -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe(factory)
    with pytest.raises(ValueError, match=r"initialize\(\)"):
        nlp("Des raids ont frappé Alep.")


def test_nlp_initialize_reads_initialize_settings_from_the_config(tmp_path: Path) -> None:
    """[initialize.components.NAME] data = folder: the spaCy way to point at other data."""
    (tmp_path / "sources.jsonl").write_text(
        '{"id": "x.agency", "name": "Agence X", "acronyms": ["AX"]}\n', encoding="utf-8"
    )
    nlp = spacy.blank("fr")
    nlp.add_pipe("conflict_names", config={"knowledge": "sources", "spans_key": "sources"})
    nlp.config["initialize"]["components"]["conflict_names"] = {"data": str(tmp_path)}
    nlp.initialize()
    doc = nlp("Selon AX et l'OSDH, Alep a été bombardée.")
    assert [s.id_ for s in doc.spans["sources"]] == ["x.agency"]


# -- the cache of built pipelines -----------------------------------------------------------


def test_cache_entry_is_written_whole_and_loads_with_spacy(tmp_path: Path) -> None:
    nlp = build_pipeline(base=spacy.blank("fr"))
    entry = tmp_path / "conflict_extract-0-0"
    _save_in_cache(nlp, entry)
    _save_in_cache(nlp, entry)  # a second writer finds it there: no error, nothing left over
    assert [p.name for p in tmp_path.iterdir()] == [entry.name]
    doc = spacy.load(entry)("Les FDS ont repris Raqqa.")
    assert [s.id_ for s in doc.spans["factions"]] == ["sy.sdf"]


def test_cache_keeps_the_most_recently_used_entries(tmp_path: Path) -> None:
    nlp = build_pipeline(base=spacy.blank("fr"))
    for n in range(5):
        _save_in_cache(nlp, tmp_path / f"conflict_extract-{n}")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "conflict_extract-2",
        "conflict_extract-3",
        "conflict_extract-4",
    ]


def test_load_pipeline_refuses_what_is_not_a_pipeline(tmp_path: Path) -> None:
    from conflict_extract.errors import DataError

    with pytest.raises(DataError, match="neither a pipeline folder"):
        load_pipeline(tmp_path / "missing")
    with pytest.raises(DataError, match="cannot load the pipeline"):
        load_pipeline(tmp_path)
