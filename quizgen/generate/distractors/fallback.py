"""Small curated pools of names for each answer kind, used last when the article has too few."""

from __future__ import annotations

from typing import NamedTuple

COUNTRIES = (
    "Argentina",
    "Australia",
    "Austria",
    "Belarus",
    "Belgium",
    "Brazil",
    "Bulgaria",
    "Canada",
    "Chile",
    "China",
    "Colombia",
    "Croatia",
    "Cuba",
    "Czech Republic",
    "Denmark",
    "Egypt",
    "Estonia",
    "Ethiopia",
    "Finland",
    "France",
    "Georgia",
    "Germany",
    "Ghana",
    "Greece",
    "Hungary",
    "Iceland",
    "India",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Israel",
    "Italy",
    "Japan",
    "Kazakhstan",
    "Kenya",
    "Latvia",
    "Lithuania",
    "Mexico",
    "Moldova",
    "Mongolia",
    "Morocco",
    "Netherlands",
    "New Zealand",
    "Nigeria",
    "Norway",
    "Pakistan",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Romania",
    "Russia",
    "Saudi Arabia",
    "Serbia",
    "Slovakia",
    "South Africa",
    "South Korea",
    "Spain",
    "Sweden",
    "Switzerland",
    "Thailand",
    "Turkey",
    "Ukraine",
    "United Kingdom",
    "United States",
    "Uzbekistan",
    "Vietnam",
)
CITIES = (
    "Amsterdam",
    "Athens",
    "Barcelona",
    "Beijing",
    "Berlin",
    "Boston",
    "Brussels",
    "Budapest",
    "Cairo",
    "Chicago",
    "Copenhagen",
    "Delhi",
    "Dublin",
    "Geneva",
    "Hamburg",
    "Helsinki",
    "Istanbul",
    "Kazan",
    "Kyiv",
    "Lisbon",
    "London",
    "Los Angeles",
    "Lyon",
    "Madrid",
    "Manchester",
    "Melbourne",
    "Milan",
    "Minsk",
    "Moscow",
    "Mumbai",
    "Munich",
    "Nairobi",
    "Naples",
    "New York",
    "Novosibirsk",
    "Oslo",
    "Paris",
    "Prague",
    "Riga",
    "Rome",
    "Saint Petersburg",
    "San Francisco",
    "Seoul",
    "Shanghai",
    "Sochi",
    "Stockholm",
    "Sydney",
    "Tallinn",
    "Tokyo",
    "Toronto",
    "Vienna",
    "Vilnius",
    "Warsaw",
    "Yekaterinburg",
    "Zurich",
)
ORGANISATIONS = (
    "the United Nations",
    "the European Union",
    "NATO",
    "the World Bank",
    "the International Monetary Fund",
    "the World Health Organization",
    "UNESCO",
    "the Red Cross",
    "the African Union",
    "the World Trade Organization",
    "Interpol",
    "the International Olympic Committee",
    "Greenpeace",
    "Amnesty International",
)
# Heads of state and government of the last decades, and a few of the century before, with
# the name used alone and the country: a politician's wrong options, nearest country first.
# The best known countries first, and in each its best known statesman: an article that
# names no country gets the world's best known.
# Not people of the commonest surnames ("Lee", "Khan", "Li"): one of them in an article is
# seldom the statesman.
_STATESMEN = """
Barack Obama|Obama|United States; Donald Trump|Trump|United States;
Joe Biden|Biden|United States; George W. Bush|Bush|United States;
Bill Clinton|Clinton|United States; Boris Johnson|Johnson|United Kingdom;
Tony Blair|Blair|United Kingdom; David Cameron|Cameron|United Kingdom;
Margaret Thatcher|Thatcher|United Kingdom; Winston Churchill|Churchill|United Kingdom;
Rishi Sunak|Sunak|United Kingdom; Keir Starmer|Starmer|United Kingdom;
Emmanuel Macron|Macron|France; Nicolas Sarkozy|Sarkozy|France;
Francois Hollande|Hollande|France; Charles de Gaulle|de Gaulle|France;
Angela Merkel|Merkel|Germany; Olaf Scholz|Scholz|Germany; Helmut Kohl|Kohl|Germany;
Ursula von der Leyen|von der Leyen|Germany; Vladimir Putin|Putin|Russia;
Dmitry Medvedev|Medvedev|Russia; Mikhail Gorbachev|Gorbachev|Russia;
Boris Yeltsin|Yeltsin|Russia; Xi Jinping|Xi|China; Hu Jintao|Hu|China;
Deng Xiaoping|Deng|China; Mao Zedong|Mao|China; Shinzo Abe|Abe|Japan;
Fumio Kishida|Kishida|Japan; Junichiro Koizumi|Koizumi|Japan; Narendra Modi|Modi|India;
Indira Gandhi|Gandhi|India; Jawaharlal Nehru|Nehru|India; Justin Trudeau|Trudeau|Canada;
Stephen Harper|Harper|Canada; Silvio Berlusconi|Berlusconi|Italy; Mario Draghi|Draghi|Italy;
Giorgia Meloni|Meloni|Italy; Luiz Inacio Lula da Silva|Lula|Brazil;
Jair Bolsonaro|Bolsonaro|Brazil; Scott Morrison|Morrison|Australia;
Anthony Albanese|Albanese|Australia; Malcolm Turnbull|Turnbull|Australia;
John Howard|Howard|Australia; Recep Tayyip Erdogan|Erdogan|Turkey;
Volodymyr Zelensky|Zelensky|Ukraine; Petro Poroshenko|Poroshenko|Ukraine;
Nelson Mandela|Mandela|South Africa; Cyril Ramaphosa|Ramaphosa|South Africa;
Jacob Zuma|Zuma|South Africa; Benjamin Netanyahu|Netanyahu|Israel; Pedro Sanchez|Sanchez|Spain;
Andres Manuel Lopez Obrador|Lopez Obrador|Mexico; Moon Jae-in|Moon|South Korea;
Ban Ki-moon|Ban|South Korea; Joko Widodo|Widodo|Indonesia;
Susilo Bambang Yudhoyono|Yudhoyono|Indonesia; Hosni Mubarak|Mubarak|Egypt;
Abdel Fattah el-Sisi|Sisi|Egypt; Hassan Rouhani|Rouhani|Iran; Andrzej Duda|Duda|Poland;
Donald Tusk|Tusk|Poland; Mark Rutte|Rutte|Netherlands; Alexander Lukashenko|Lukashenko|Belarus;
Nursultan Nazarbayev|Nazarbayev|Kazakhstan; Kassym-Jomart Tokayev|Tokayev|Kazakhstan;
Viktor Orban|Orban|Hungary; Alexis Tsipras|Tsipras|Greece; Aleksandar Vucic|Vucic|Serbia;
Jens Stoltenberg|Stoltenberg|Norway; Bashar al-Assad|Assad|Syria; Saddam Hussein|Hussein|Iraq;
Mohammed bin Salman|bin Salman|Saudi Arabia; Muammar Gaddafi|Gaddafi|Libya;
Robert Mugabe|Mugabe|Zimbabwe; Muhammadu Buhari|Buhari|Nigeria; Uhuru Kenyatta|Kenyatta|Kenya;
Abiy Ahmed|Abiy|Ethiopia; Kofi Annan|Annan|Ghana; Javier Milei|Milei|Argentina;
Hugo Chavez|Chavez|Venezuela; Nicolas Maduro|Maduro|Venezuela; Fidel Castro|Castro|Cuba;
Kim Jong-un|Kim|North Korea; Benazir Bhutto|Bhutto|Pakistan; Nawaz Sharif|Sharif|Pakistan;
Rodrigo Duterte|Duterte|Philippines; Jacinda Ardern|Ardern|New Zealand;
Antonio Guterres|Guterres|Portugal
"""


class Statesman(NamedTuple):
    """A statesman of the pool: full name, the name used alone, and country."""

    name: str
    surname: str
    country: str


STATESMEN = tuple(
    Statesman(*(part.strip() for part in entry.split("|")))
    for entry in _STATESMEN.replace("\n", " ").split(";")
)
PEOPLE = tuple(statesman.name for statesman in STATESMEN)
# Each statesman's place among those of the country: 0 for the first listed, the best known.
STATESMAN_RANKS = {
    person.name: [other.country for other in STATESMEN[:number]].count(person.country)
    for number, person in enumerate(STATESMEN)
}

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


_BY_SURNAME = {statesman.surname.casefold(): statesman for statesman in STATESMEN}
_BY_NAME = {statesman.name.casefold(): statesman for statesman in STATESMEN}


def statesman(name: str, full_names: tuple[str, ...] = ()) -> Statesman | None:
    """Return the pool's statesman a name is, or None.

    A full name must be the pool's ("Vladimir Putin"); a name used alone
    ("Putin") must be a pool statesman's, and no other full name the article
    gives for it (`full_names`, "Ed Lee" beside "Lee") may differ from the pool's.
    """
    key = " ".join(name.split()).casefold()
    found = _BY_NAME.get(key)
    if found is not None:
        return found
    found = _BY_SURNAME.get(key)
    if found is None or any(_BY_NAME.get(full.casefold()) != found for full in full_names):
        return None
    return found
