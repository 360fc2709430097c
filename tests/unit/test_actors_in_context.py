"""Armed actors of wars beyond Syria, as the full pipeline finds and resolves them in context."""

from __future__ import annotations

import pytest


def _factions(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(span.text, span.id_) for span in doc.spans["factions"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'Armée d'Arakan (AA) a pris la ville de Paletwa, selon la junte birmane.",
            [("Armée d'Arakan", "mm.aa"), ("AA", "mm.aa"), ("junte birmane", "mm.army")],
        ),
        (
            "Des rebelles du FACT ont attaqué un poste de la GNNT au nord de Mao.",
            [("FACT", "td.fact"), ("GNNT", "td.gnnt")],
        ),
        (
            "Les gangs de la coalition Viv Ansanm ont incendié un commissariat de la PNH.",
            [("coalition Viv Ansanm", "ht.viv_ansanm"), ("PNH", "ht.pnh")],
        ),
        (
            "Le groupe Etat islamique au Grand Sahara a revendiqué l'attaque contre l'armée nigérienne.",
            [("groupe Etat islamique au Grand Sahara", "ml.isgs"), ("armée nigérienne", "ne.army")],
        ),
        (
            "Les talibans pakistanais du TTP ont tué quatre membres du Frontier Corps.",
            [("talibans pakistanais", "pk.ttp"), ("TTP", "pk.ttp"), ("Frontier Corps", "pk.fc")],
        ),
        (
            "Le Clan del Golfo et l'ELN se disputent les routes de la cocaïne dans le Choco.",
            [("Clan del Golfo", "co.clan_golfo"), ("ELN", "co.eln")],
        ),
    ],
)
def test_named_actors_of_other_wars(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _factions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("La police a dispersé les manifestants à Port-au-Prince.", "ht.pnh"),
        ("Les forces de l'ordre ont tiré sur la foule à Nairobi.", "ke.police"),
        ("La gendarmerie a arrêté deux suspects à Niamey.", "ne.police"),
        ("Les forces de défense et de sécurité ont repoussé l'attaque de Djibo.", "bf.army"),
        (
            "Les forces conjointes ont repoussé l'assaut des paramilitaires sur Nyala.",
            "sd.joint_forces",
        ),
        ("L'armée de l'air a frappé des positions rebelles près de Goma.", "cd.fardc"),
    ],
)
def test_generic_mentions_name_the_dispatch_country_forces(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert [span.id_ for span in doc.spans["factions"]] == [actor]


def test_an_army_fighting_abroad_is_external_and_a_state_force_at_home(nlp) -> None:  # type: ignore[no-untyped-def]
    abroad = nlp("L'armée kényane a bombardé des positions shebab près de Kismayo, en Somalie.")
    home = nlp("L'armée kényane a été déployée à Mombasa et à Nairobi, au Kenya.")
    assert abroad.spans["factions"][0]._.kb["inter"] == 8
    assert home.spans["factions"][0]._.kb["inter"] == 1
