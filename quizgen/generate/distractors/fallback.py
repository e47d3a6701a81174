"""Small curated pools of names for each answer kind, used last when the article has too few."""

from __future__ import annotations

COUNTRIES = (
    "Argentina", "Australia", "Austria", "Belarus", "Belgium", "Brazil", "Bulgaria", "Canada",
    "Chile", "China", "Colombia", "Croatia", "Cuba", "Czech Republic", "Denmark", "Egypt",
    "Estonia", "Ethiopia", "Finland", "France", "Georgia", "Germany", "Ghana", "Greece",
    "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy",
    "Japan", "Kazakhstan", "Kenya", "Latvia", "Lithuania", "Mexico", "Moldova", "Mongolia",
    "Morocco", "Netherlands", "New Zealand", "Nigeria", "Norway", "Pakistan", "Peru",
    "Philippines", "Poland", "Portugal", "Romania", "Russia", "Saudi Arabia", "Serbia",
    "Slovakia", "South Africa", "South Korea", "Spain", "Sweden", "Switzerland", "Thailand",
    "Turkey", "Ukraine", "United Kingdom", "United States", "Uzbekistan", "Vietnam",
)
CITIES = (
    "Amsterdam", "Athens", "Barcelona", "Beijing", "Berlin", "Boston", "Brussels", "Budapest",
    "Cairo", "Chicago", "Copenhagen", "Delhi", "Dublin", "Geneva", "Hamburg", "Helsinki",
    "Istanbul", "Kazan", "Kyiv", "Lisbon", "London", "Los Angeles", "Lyon", "Madrid",
    "Manchester", "Melbourne", "Milan", "Minsk", "Moscow", "Mumbai", "Munich", "Nairobi",
    "Naples", "New York", "Novosibirsk", "Oslo", "Paris", "Prague", "Riga", "Rome",
    "Saint Petersburg", "San Francisco", "Seoul", "Shanghai", "Sochi", "Stockholm", "Sydney",
    "Tallinn", "Tokyo", "Toronto", "Vienna", "Vilnius", "Warsaw", "Yekaterinburg", "Zurich",
)
ORGANISATIONS = (
    "the United Nations", "the European Union", "NATO", "the World Bank",
    "the International Monetary Fund", "the World Health Organization", "UNESCO",
    "the Red Cross", "the African Union", "the World Trade Organization", "Interpol",
    "the International Olympic Committee", "Greenpeace", "Amnesty International",
)
PEOPLE = (
    "Angela Merkel", "Emmanuel Macron", "Xi Jinping", "Narendra Modi", "Justin Trudeau",
    "Boris Johnson", "Shinzo Abe", "Nelson Mandela", "Marie Curie", "Albert Einstein",
    "Isaac Newton", "Charles Darwin", "Ada Lovelace", "Winston Churchill", "Jacinda Ardern",
    "Luiz Inacio Lula da Silva", "Nursultan Nazarbayev", "Volodymyr Zelensky",
    "Recep Tayyip Erdogan", "Antonio Guterres",
)

_POOLS: dict[str, tuple[str, ...]] = {
    "country": COUNTRIES,
    "city": CITIES,
    "place": COUNTRIES + CITIES,
    "organisation": ORGANISATIONS,
    "person": PEOPLE,
}
_COUNTRY_KEYS = {name.casefold() for name in COUNTRIES}
_CITY_KEYS = {name.casefold() for name in CITIES}


def fallback_pool(kind: str) -> tuple[str, ...]:
    """Return the curated names for an answer kind ("person", "country", ...), or ()."""
    return _POOLS.get(kind, ())


def known_place_kind(name: str) -> str:
    """Return "country" or "city" when the pools know `name`, else ""."""
    key = name.casefold().removeprefix("the ")
    if key in _COUNTRY_KEYS:
        return "country"
    if key in _CITY_KEYS:
        return "city"
    return ""
