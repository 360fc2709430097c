"""Short French dispatches written for these tests and the archive benchmarks, generated from
a few templates varied by place, toll, day and actor: realistic wire copy, deterministic."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
WEEKDAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
NUMBERS = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit"}
# (dateline city, country, place of the attack, its region, army, attackers)
SCENES = (
    ("BAMAKO", "Mali", "Gao", "la région de Gao", "l'armée malienne", "jihadistes"),
    ("BAMAKO", "Mali", "Tombouctou", "la région de Tombouctou", "l'armée malienne", "jihadistes"),
    ("NIAMEY", "Niger", "Tillabéri", "l'ouest du pays", "l'armée nigérienne", "jihadistes"),
    ("OUAGADOUGOU", "Burkina Faso", "Djibo", "le nord du pays", "l'armée burkinabè", "jihadistes"),
    (
        "LAGOS",
        "Nigeria",
        "Maiduguri",
        "l'Etat de Borno",
        "l'armée nigériane",
        "jihadistes de Boko Haram",
    ),
    ("BEYROUTH", "Syrie", "Alep", "le nord du pays", "l'armée syrienne", "rebelles"),
    (
        "BAGDAD",
        "Irak",
        "Mossoul",
        "le nord du pays",
        "l'armée irakienne",
        "jihadistes du groupe Etat islamique",
    ),
)
TEMPLATES = (
    "{CITY}, {day} {month} {year} (AFP) - Au moins {n} soldats ont été tués {weekday} à "
    "{place}, au {country}, dans une attaque de {attackers}, selon {army}.",
    "{CITY}, {day} {month} {year} (AFP) - {N} civils ont été tués {weekday} par l'explosion "
    "d'un engin piégé au passage de leur véhicule près de {place}, dans {region}, a indiqué un "
    "responsable local.",
    "{CITY}, {day} {month} {year} (AFP) - Des {attackers} ont attaqué {weekday} un poste de "
    "l'armée à {place}, dans {region}, tuant {n} militaires, a annoncé {army}.",
    "{CITY}, {day} {month} {year} (AFP) - {N} personnes ont été enlevées {weekday} par des "
    "hommes armés à {place}, dans {region}, selon des sources locales.",
)


def dispatch_text(i: int) -> str:
    """The i-th generated dispatch: a different text for every i (its reference number)."""
    city, country, place, region, army, attackers = SCENES[i % len(SCENES)]
    template = TEMPLATES[(i // len(SCENES)) % len(TEMPLATES)]
    published = date(2021, 1, 4) + timedelta(days=(i * 5) % 360)
    happened = published - timedelta(days=1)
    n = 2 + (i // (len(SCENES) * len(TEMPLATES))) % 7
    return f"Réf. {i:05d}\n\n" + (
        template.format(
            CITY=city,
            day=published.day,
            month=MONTHS[published.month - 1],
            year=published.year,
            weekday=WEEKDAYS[happened.weekday()],
            place=place,
            country=country,
            region=region,
            army=army,
            attackers=attackers,
            n=n,
            N=NUMBERS[n].capitalize(),
        )
    )


def write_text_files(folder: Path, start: int, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = folder / f"depeche-{i:05d}.txt"
        path.write_text(dispatch_text(i), encoding="utf-8")
        paths.append(path)
    return paths


def write_jsonl(path: Path, start: int, count: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for i in range(start, start + count):
            record = {"id": f"fil-{i:05d}", "text": dispatch_text(i)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
