from importlib.metadata import entry_points

import spacy

from conflict_extract.pipeline import build_pipeline, load_config

OUR_FACTORIES = {
    "conflict_paragraphs",
    "conflict_names",
    "conflict_places",
    "conflict_generic_actors",
    "conflict_casualties",
    "conflict_dates",
    "conflict_events",
}


def test_factories_are_exposed_through_spacy_entry_points() -> None:
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert names >= OUR_FACTORIES


def test_config_names_only_our_factories_in_order() -> None:
    config = load_config()
    components = config["pipeline"]["components"]
    assert {config["components"][c]["factory"] for c in components} == OUR_FACTORIES
    assert components[-1] == "event_extractor"


def test_full_pipeline_appends_components_after_the_base_model(nlp) -> None:  # type: ignore[no-untyped-def]
    assert nlp.pipe_names[:2] == ["tok2vec", "paragraphs"] or "parser" in nlp.pipe_names
    assert nlp.pipe_names.index("paragraphs") < nlp.pipe_names.index("parser")
    assert nlp.pipe_names[-1] == "event_extractor"


def test_components_run_on_a_blank_pipeline() -> None:
    nlp = build_pipeline(base=spacy.blank("fr"))
    doc = nlp("Les FDS ont repris Raqqa à l'EI, selon l'OSDH.\nVingt civils ont été tués.")
    assert [s.text for s in doc.spans["factions"]] == ["FDS", "EI"]
    assert [s.text for s in doc.spans["sources"]] == ["OSDH"]
    assert [s.text for s in doc.spans["places"]] == ["Raqqa"]
