"""Word lists for the entity recogniser: places, nationalities, titles and organisation words.

General knowledge only (countries, capitals, large cities, common titles), never
words picked from one article. All entries are lower case.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """Return the lower-case entries of a list written as "one|two|three" (spaces allowed)."""
    return frozenset(line.strip().lower() for line in text.split("|") if line.strip())


COUNTRIES = word_set("""
afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|australia|
austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|
bolivia|bosnia|bosnia and herzegovina|botswana|brazil|brunei|bulgaria|burkina faso|burundi|
cambodia|cameroon|canada|cape verde|chad|chile|china|colombia|comoros|congo|costa rica|
croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominica|dominican republic|
east timor|ecuador|egypt|el salvador|england|equatorial guinea|eritrea|estonia|eswatini|
ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|
guinea|guinea-bissau|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|
ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kiribati|kosovo|
kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|
luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|
micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|burma|namibia|
nauru|nepal|netherlands|holland|new zealand|nicaragua|niger|nigeria|north korea|
north macedonia|macedonia|norway|oman|pakistan|palau|palestine|panama|papua new guinea|
paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|samoa|san marino|
saudi arabia|scotland|senegal|serbia|seychelles|sierra leone|singapore|slovakia|slovenia|
solomon islands|somalia|south africa|south korea|korea|south sudan|spain|sri lanka|sudan|
suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|
trinidad and tobago|tunisia|turkey|turkiye|turkmenistan|tuvalu|uganda|ukraine|
united arab emirates|uae|united kingdom|uk|britain|great britain|united states|
united states of america|usa|us|u.s.|u.s.a.|america|uruguay|uzbekistan|vanuatu|
vatican|venezuela|vietnam|wales|yemen|zambia|zimbabwe|northern ireland|greenland|
hong kong|puerto rico|crimea|soviet union|ussr|yugoslavia|czechoslovakia|prussia|
russian federation|
""")

# Countries' names in their own languages, which English text meets inside the names of
# firms and titles ("Vogue Italia", "Telecom Italia", "Radio Polska"), not alone.
ENDONYMS = word_set("""
italia|deutschland|españa|espana|brasil|polska|nippon|suomi|sverige|norge|danmark|éire|eire|
hellas|ellada|österreich|osterreich|schweiz|suisse|svizzera|nederland|magyarország|
magyarorszag|česko|cesko|hrvatska|srbija|россия|rossiya|méxico|perú|türkiye|belgië|belgique|
""")

# US states, Canadian provinces, British counties, the regions of large European and
# Asian countries, and other large regions that news names as places.
REGIONS = word_set("""
alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|
idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|
michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|
new mexico|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|
south carolina|south dakota|tennessee|texas|utah|vermont|virginia|west virginia|
wisconsin|wyoming|ontario|quebec|british columbia|alberta|bavaria|catalonia|siberia|
tibet|xinjiang|kashmir|gaza|west bank|donbas|donbass|chechnya|tatarstan|dagestan|
crimea|sicily|sardinia|corsica|tuscany|lombardy|flanders|wallonia|normandy|brittany|
provence|andalusia|galicia|basque country|kurdistan|punjab|bengal|kerala|tamil nadu|
queensland|victoria|new south wales|tasmania|patagonia|lapland|silicon valley|
new england|midwest|guangdong|sichuan|hokkaido|okinawa|kaliningrad|transnistria|
kent|essex|surrey|sussex|east sussex|west sussex|devon|cornwall|dorset|somerset|norfolk|
suffolk|cumbria|northumberland|merseyside|middlesex|rutland|county durham|greater london|
greater manchester|tyne and wear|west midlands|east anglia|yorkshire|north yorkshire|
west yorkshire|south yorkshire|lancashire|hampshire|cheshire|fife|lothian|ulster|munster|
leinster|connacht|galway|donegal|île-de-france|ile-de-france|hauts-de-france|
pas-de-calais|bouches-du-rhône|burgundy|alsace|picardy|aquitaine|occitanie|auvergne|
languedoc|gascony|savoy|dordogne|saxony|lower saxony|thuringia|hesse|
north rhine-westphalia|baden-württemberg|rhineland-palatinate|saarland|
schleswig-holstein|mecklenburg-vorpommern|piedmont|veneto|liguria|umbria|calabria|
apulia|campania|emilia-romagna|abruzzo|castile|aragon|navarre|asturias|cantabria|
extremadura|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|yukon|nunavut|
western australia|south australia|northern territory|maharashtra|gujarat|rajasthan|
uttar pradesh|bihar|karnataka|assam|goa|andhra pradesh|telangana|west bengal|yunnan|
hubei|hunan|henan|hebei|shandong|jiangsu|zhejiang|fujian|inner mongolia|manchuria|
yakutia|kamchatka|chiapas|oaxaca|sonora|yucatan|minas gerais|bahia|
""")

CITIES = word_set("""
london|paris|berlin|madrid|rome|moscow|minsk|kyiv|kiev|warsaw|prague|vienna|budapest|
bucharest|sofia|athens|lisbon|dublin|edinburgh|brussels|amsterdam|the hague|copenhagen|
stockholm|oslo|helsinki|tallinn|riga|vilnius|bern|geneva|zurich|munich|hamburg|frankfurt|
cologne|milan|naples|turin|venice|florence|barcelona|valencia|seville|porto|marseille|
lyon|nice|manchester|liverpool|birmingham|glasgow|belfast|cardiff|oxford|cambridge|
istanbul|ankara|tbilisi|yerevan|baku|astana|almaty|tashkent|bishkek|dushanbe|ashgabat|
st petersburg|st. petersburg|saint petersburg|sochi|kazan|novosibirsk|yekaterinburg|
vladivostok|murmansk|sevastopol|odesa|odessa|kharkiv|lviv|donetsk|luhansk|mariupol|
brest|gomel|grodno|vitebsk|mogilev|chisinau|belgrade|zagreb|ljubljana|sarajevo|skopje|
tirana|podgorica|pristina|bratislava|valletta|nicosia|reykjavik|luxembourg|monaco|
washington|new york|new york city|los angeles|chicago|houston|philadelphia|phoenix|
san francisco|seattle|boston|miami|atlanta|dallas|detroit|denver|las vegas|san diego|
new orleans|baltimore|pittsburgh|cleveland|minneapolis|austin|nashville|portland|
toronto|montreal|vancouver|ottawa|calgary|mexico city|havana|bogota|lima|caracas|quito|
santiago|buenos aires|montevideo|sao paulo|são paulo|rio de janeiro|brasilia|brasília|
beijing|shanghai|hong kong|shenzhen|guangzhou|wuhan|chengdu|tianjin|taipei|tokyo|osaka|
kyoto|hiroshima|nagasaki|seoul|pyongyang|busan|delhi|new delhi|mumbai|bombay|kolkata|
calcutta|chennai|bangalore|bengaluru|hyderabad|karachi|lahore|islamabad|kabul|dhaka|
kathmandu|colombo|bangkok|hanoi|ho chi minh city|saigon|phnom penh|vientiane|yangon|
kuala lumpur|jakarta|manila|singapore|sydney|melbourne|brisbane|perth|auckland|
wellington|tehran|baghdad|damascus|beirut|amman|jerusalem|tel aviv|riyadh|jeddah|mecca|
medina|doha|dubai|abu dhabi|muscat|kuwait city|sanaa|aden|cairo|alexandria|tripoli|
tunis|algiers|rabat|casablanca|khartoum|addis ababa|nairobi|mogadishu|kampala|kigali|
dar es salaam|lagos|abuja|accra|dakar|kinshasa|luanda|harare|lusaka|johannesburg|
cape town|pretoria|durban|davos|strasbourg|the vatican|gdansk|krakow|kraków|wroclaw|
salzburg|dresden|leipzig|stuttgart|dusseldorf|rotterdam|antwerp|gothenburg|bergen|
canberra|anchorage|honolulu|kaliningrad|murmansk|irkutsk|omsk|samara|volgograd|
stalingrad|leningrad|nizhny novgorod|rostov|krasnodar|grozny|vitebsk|bobruisk|
""")

# Continents and large regions named inside a body's name ("Facebook Europe") but rarely
# as a surname (unlike "Mars" or "Mercury").
CONTINENTS = word_set("""
europe|asia|africa|antarctica|oceania|eurasia|scandinavia|latin america|north america|
south america|middle east|the middle east|southeast asia|central asia|east asia|
""")
# Compass words before a continent that name a part of it: "Northeast Asia".
COMPASS_WORDS = word_set("""
north|south|east|west|northeast|northwest|southeast|southwest|central|eastern|western|
northern|southern|north-east|north-west|south-east|south-west|northeastern|northwestern|
southeastern|southwestern|
""")
# Articles and saints' words that open a Spanish or Portuguese place name: "Los Gatos",
# "El Centro", "San Mateo", "Santa Clara", "São José".
PLACE_NAME_OPENERS = word_set("los|las|el|san|santa|santo|são|sao")
# Articles of other languages that open the name of a title, hotel or paper, never of a
# person: "Der Spiegel", "Il Sole", "Le Royal Monceau" ("Le"/"La" only before two more
# words, since "Le Pen" is a surname).
FOREIGN_ARTICLES = word_set("il|lo|les|der|die|das|le|la")
# Ordinal words: a name that starts with one ("Twentieth Century Fox") is no person's.
ORDINAL_WORDS = word_set("""
first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|
thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|
twenty-first|hundredth|thousandth|
""")
# Words before a number that belongs to a name: "Union Local 1021", "Engine No. 9".
NUMBERED_NAME_WORDS = word_set("local|no.|no|number|nr.|unit|precinct")

# Named natural features. Capitalised runs ending in a feature word are LOC too.
LANDMARKS = word_set("""
europe|asia|africa|north america|south america|latin america|antarctica|oceania|
the arctic|arctic|antarctic|the middle east|middle east|the balkans|balkans|scandinavia|
the caucasus|caucasus|central asia|southeast asia|east asia|the sahara|sahara|
the alps|alps|the andes|andes|the himalayas|himalayas|the urals|urals|the amazon|
the nile|nile|the danube|danube|the rhine|rhine|the volga|volga|the thames|thames|
the mississippi|the atlantic|atlantic|the pacific|pacific|mediterranean|
the mediterranean|the baltic|baltic|the black sea|black sea|the caspian|caspian|
everest|mount everest|kilimanjaro|the north pole|the south pole|gulf stream|
eurasia|asia minor|the gulf|the persian gulf|the red sea|the dead sea|the english channel|
the sahel|sahel|the pyrenees|pyrenees|the carpathians|carpathians|the outback|
earth|the moon|mars|venus|jupiter|saturn|mercury|the solar system|milky way|
""")
FEATURE_WORDS = word_set("""
area|river|mountains|mountain|mount|mt|sea|ocean|lake|gulf|bay|island|islands|valley|desert|
peninsula|strait|straits|passage|canal|coast|glacier|forest|plateau|basin|cape|channel|falls|
range|hills|volcano|reef|delta|park|square|street|avenue|boulevard|road|plaza|piazza|
bridge|airport|station|stadium|arena|cathedral|palace|tower|castle|manor|abbey|priory|mansion|harbour|harbor|port|region|province|
oblast|krai|district|county|state|territory|republic|kingdom|emirate|moor|moors|moorland|
fens|marshes|wolds|dales|heights|
""")

# First words that make a capitalised run a natural feature: "Mount Kilimanjaro".
FEATURE_PREFIXES = word_set(
    "mount|mt|mt.|lake|cape|river|gulf|bay|isle|isla|sierra|lac|monte|boulevard|rue|avenida|piazza"
)
# First words that, before "of", make a run a place: "Strait of Hormuz", "Kingdom of Fife".
NATURAL_HEADS_OF = word_set("""
strait|straits|sea|isle|island|islands|gulf|bay|bight|firth|cape|lake|mount|river|
mouth|valley|vale|plain|plains|gorge|pass|
""")
POLITICAL_HEADS_OF = word_set("""
republic|kingdom|principality|duchy|archduchy|emirate|sultanate|caliphate|khanate|
empire|electorate|margraviate|viceroyalty|governorate|county|province|canton|prefecture|
city|borough|
""")
# Lower-case nouns before "of" that make the name after it a place: "the county of Antrim",
# "the island of Hvar". ("state of" is left out: "the state of Tesla's finances".)
POLITICAL_NOUNS_OF = word_set("""
county|region|province|district|city|town|village|port|harbour|harbor|municipality|commune|
canton|prefecture|borough|parish|oblast|krai|kingdom|republic|emirate|duchy|capital|suburb|
""")
NATURAL_NOUNS_OF = word_set("island|isle|islands|peninsula|archipelago")
# Capitalised feature words that name one place when used alone: "the Channel", "the Straits".
FEATURE_NAMES_ALONE = word_set("channel|strait|straits|gulf|isthmus|peninsula")
# Lower-case particles inside a hyphenated place name: "Aix-en-Provence", "Hay-on-Wye".
PLACE_NAME_PARTICLES = word_set("""
de|du|des|la|le|les|en|et|sur|sous|lès|upon|on|under|am|an|im|bei|di|del|della|da|do|dos|das
""")
# Given names that monarchs and popes reign under: with a numeral, "Henry VIII", they name a
# person, where "Saturn V" or "Rocky II" names a thing.
REGNAL_NAMES = word_set("""
henry|edward|george|william|elizabeth|charles|louis|james|richard|john|mary|anne|philip|
frederick|ferdinand|nicholas|alexander|peter|catherine|ivan|pius|benedict|leo|gregory|
innocent|clement|paul|urban|boniface|sixtus|julius|alfonso|felipe|carlos|juan|pedro|
manuel|sancho|wilhelm|friedrich|ludwig|otto|rudolf|conrad|francis|franz|leopold|joseph|
maximilian|gustav|gustavus|christian|frederik|harald|haakon|olaf|olav|carl|oscar|
umberto|victor|emmanuel|ramesses|ramses|thutmose|amenhotep|ptolemy|cleopatra|mehmed|
mehmet|suleiman|selim|murad|mahmud|ahmed|roger|baldwin|bohemond|robert|malcolm|david|
duncan|casimir|sigismund|boleslaw|stephen|stefan|bela|ladislaus|matthias|constantine|
justinian|basil|michael|alexios|andronikos|rama|darius|xerxes|artaxerxes|cyrus|shapur|
khosrow|sargon|nebuchadnezzar|kamehameha|hussein|abdullah|faisal|fuad|hassan|mohammed|
baudouin|albert|willem|margrethe|juliana|beatrix|alexandra|christina|isabella|joanna|
""")

# Nationality and group words: adjectives, not places ("Belarusian" is not Belarus).
DEMONYMS = word_set("""
dutchman|dutchwoman|frenchman|frenchwoman|englishman|englishwoman|irishman|irishwoman|
scotsman|scotswoman|welshman|welshwoman|spaniard|
afghan|albanian|algerian|american|angolan|argentine|argentinian|armenian|australian|
austrian|azerbaijani|azeri|bangladeshi|belarusian|belarussian|byelorussian|belgian|
bolivian|bosnian|brazilian|british|briton|bulgarian|burmese|cambodian|cameroonian|
canadian|chilean|chinese|colombian|congolese|croatian|cuban|cypriot|czech|danish|dutch|
ecuadorian|egyptian|emirati|english|eritrean|estonian|ethiopian|european|filipino|
finnish|french|georgian|german|ghanaian|greek|guatemalan|haitian|honduran|hungarian|
icelandic|indian|indonesian|iranian|iraqi|irish|israeli|italian|ivorian|jamaican|
japanese|jordanian|kazakh|kazakhstani|kenyan|korean|kosovar|kurdish|kuwaiti|kyrgyz|
lao|latvian|lebanese|libyan|lithuanian|luxembourgish|macedonian|malaysian|maltese|
mexican|moldovan|mongolian|montenegrin|moroccan|namibian|nepali|nepalese|new zealander|
nicaraguan|nigerian|nigerien|norwegian|omani|pakistani|palestinian|panamanian|
paraguayan|persian|peruvian|polish|portuguese|qatari|romanian|russian|rwandan|saudi|
scottish|senegalese|serbian|serb|singaporean|slovak|slovakian|slovenian|somali|
south african|spanish|sri lankan|sudanese|swedish|swiss|syrian|taiwanese|tajik|
tanzanian|thai|tibetan|tunisian|turkish|turkmen|ugandan|ukrainian|uruguayan|uzbek|
venezuelan|vietnamese|welsh|yemeni|zambian|zimbabwean|soviet|arab|arabic|african|asian|
western|eastern|northern|southern|latin|nordic|baltic|slavic|muslim|christian|catholic|
jewish|hindu|buddhist|sunni|shia|shiite|orthodox|protestant|islamic|americans|russians|
germans|europeans|chinese|belarusians|ukrainians|israelis|palestinians|kurds|britons|
democrat|democrats|republican|republicans|conservative|conservatives|liberal|liberals|
socialist|socialists|communist|communists|prussian|ottoman|byzantine|roman|anglo|
tory|tories|whig|whigs|

""")

# Words before a name that make it a person; they stay outside the entity.
TITLES = word_set("""
mr|mr.|mrs|mrs.|ms|ms.|miss|dr|dr.|prof|prof.|professor|sir|dame|lord|lady|
president|vice-president|vice|prime|minister|premier|chancellor|ambassador|senator|
sen.|rep.|representative|congressman|congresswoman|governor|gov.|mayor|king|queen|
prince|princess|emperor|empress|pope|cardinal|bishop|archbishop|rabbi|imam|sheikh|
general|gen.|colonel|col.|captain|capt.|lieutenant|lt.|major|maj.|sergeant|sgt.|
admiral|commander|marshal|chairman|chairwoman|chair|ceo|secretary|secretary-general|
attorney-general|solicitor-general|governor-general|surgeon-general|inspector-general|
judge|justice|attorney|detective|officer|inspector|coach|manager|striker|
midfielder|defender|goalkeeper|spokesman|spokeswoman|spokesperson|deputy|
foreign|defence|defense|finance|interior|health|economy|state|head|leader|founder|
director|patriarch|metropolitan|st|saint|father|brother|sister|uncle|aunt|tsar|czar|
count|countess|duke|duchess|baron|baroness|chief|executive|economist|analyst|
herr|frau|fräulein|monsieur|madame|mademoiselle|mme|mme.|mlle|mlle.|señor|senor|señora|
senora|señorita|senorita|signor|signora|signore|mp|mep|msp|
""")
# Of the titles, the ones that say how to address a person, not what the person does: after one,
# even a common word ("Mr Brown", "Dr Frost") is a surname.
HONORIFICS = word_set("""
mr|mr.|mrs|mrs.|ms|ms.|miss|mx|dr|dr.|sir|dame|lord|lady|herr|frau|fräulein|monsieur|
madame|mademoiselle|mme|mme.|mlle|mlle.|señor|senor|señora|senora|señorita|senorita|
signor|signora|signore|st|saint|father|brother|sister|uncle|aunt|
""")
# Titles that may stand inside a capitalised run before a name.
RUN_TITLES = word_set("""
mr|mr.|mrs|mrs.|ms|ms.|miss|dr|dr.|prof|prof.|professor|sir|dame|lord|lady|president|
vice-president|vice|prime|minister|premier|chancellor|ambassador|senator|sen.|rep.|
representative|congressman|congresswoman|governor|gov.|mayor|king|queen|prince|
princess|emperor|empress|pope|cardinal|bishop|archbishop|rabbi|imam|sheikh|general|
gen.|colonel|col.|captain|capt.|lieutenant|lt.|major|maj.|sergeant|sgt.|admiral|senior|
superintendent|supt|supt.|cmdr.|insp.|atty.|rev.|
commander|marshal|chairman|chairwoman|secretary|secretary-general|judge|justice|
attorney-general|solicitor-general|governor-general|surgeon-general|inspector-general|
attorney|detective|inspector|coach|deputy|foreign|defence|defense|finance|interior|
chief|executive|director|ceo|cfo|coo|cto|patriarch|tsar|czar|duke|duchess|baron|baroness|count|
countess|saint|st|st.|father|state|adviser|advisor|spokesman|spokeswoman|envoy|
commissioner|engineer|scientist|researcher|professor|doctor|nurse|teacher|lawyer|
activist|journalist|author|writer|novelist|poet|artist|painter|singer|actor|actress|
director|producer|composer|architect|explorer|astronaut|pilot|farmer|economist|
analyst|historian|philosopher|physicist|chemist|biologist|mathematician|
herr|frau|fräulein|monsieur|madame|mademoiselle|mme|mme.|mlle|mlle.|señor|senor|señora|
senora|señorita|senorita|signor|signora|signore|mp|mep|msp|
""")
# Lower-case nouns after a name that make it a place: "the Kariba dam", "the Donetsk region".
NATURAL_FEATURES_AFTER = word_set("""
river|dam|lake|valley|mountains|mountain|range|island|islands|peninsula|desert|sea|
glacier|canal|basin|coast|strait|gulf|bay|volcano|plateau|forest|delta|reservoir|
""")
ADMINISTRATIVE_AFTER = word_set("region|province|oblast|district|county|state|prefecture|krai")
# Nouns a settlement or a division is named after: "the state of Nuevo Leon", "Jiangsu
# Province", "the city of Graz".
SETTLEMENT_HEADS = ADMINISTRATIVE_AFTER | {"city", "town", "village", "municipality"}
# Acronyms that name a measure or a thing, not an organisation.
NON_ORG_ACRONYMS = word_set("""
gdp|gnp|ceo|cfo|cto|vat|ai|gmt|utc|co2|hiv|aids|dna|rna|tv|pm|am|mp|mps|ipo|ppe|
covid|sars|mers|ev|evs|lng|lgbt|lgbtq|usd|eur|gbp|api|ok|id|pc|uk-based|faq|
""")
# Titles of nobility and office that, with "of", name a person: "the Duke of Wellington".
NOBLE_TITLES = word_set("""
duke|duchess|prince|princess|earl|count|countess|baron|baroness|king|queen|emperor|
empress|archbishop|bishop|marquess|viscount|lord|lady|sultan|emir|tsar|czar|
""")

# Last words of the name of a place of business or a hall: "Harbour Grill", "Town Hall".
VENUE_WORDS = word_set("""
cafe|café|cafes|grill|restaurant|hotel|motel|inn|bar|pub|diner|bistro|brasserie|tavern|
pizzeria|bakery|deli|steakhouse|cafeteria|canteen|cantina|trattoria|lounge|saloon|
zoo|aquarium|hall|cinema|casino|mall|boutique|emporium|supermarket|brewery|winery|
distillery|
""")

# News agencies as datelines credit them ("OSLO (Reuters) -"), written as they are.
WIRE_AGENCIES = (
    "AP", "Reuters", "AFP", "UPI", "Xinhua", "Bloomberg", "CNN", "BBC", "PA", "DPA", "dpa",
    "EFE", "ANSA", "AAP", "CP", "IANS", "PTI", "ANI", "Kyodo", "Yonhap", "TASS", "Interfax",
    "RIA Novosti", "Sputnik", "Anadolu", "IRNA", "Bernama", "BERNAMA", "KUNA", "WAM", "NYT",
    "WSJ", "HealthDay", "Reuters Health", "MarketWatch", "Dow Jones",
)  # fmt: skip
# News agencies by any name: sources of a story, never people, never its facts.
NEWS_AGENCIES = frozenset(name.lower() for name in WIRE_AGENCIES) | word_set("""
associated press|the associated press|agence france-presse|agence france presse|
press association|united press international|reuters news agency|xinhua news agency|
kyodo news|itar-tass|ria novosti|interfax news agency|bloomberg news|
al jazeera|al-jazeera|al arabiya|
""")

# Firms named after their founders, which the news names far more often than the people
# (not "Walt Disney" or "Calvin Klein", who are often meant).
# Awards known by a name alone, shaped like a person's or a firm's ("a Golden Globe"). Not
# "Oscar" or "Tony" alone: those are first names as often.
AWARD_NAMES = word_set("""
golden globe|golden globes|oscars|academy award|academy awards|emmy|emmys|grammy|grammys|
bafta|baftas|tony award|tony awards|golden bear|golden lion|ballon d'or|palme d'or|
""")
FIRMS_NAMED_LIKE_PEOPLE = word_set("""
goldman sachs|morgan stanley|merrill lynch|lehman brothers|wells fargo|dow jones|
ernst & young|johnson & johnson|procter & gamble|marks & spencer|mercedes benz|
mercedes-benz|rolls-royce|rolls royce|harley-davidson|hewlett-packard|bain capital|
warner bros|warner brothers|
""")
# Organisations that news names with one capitalised word of their own.
STANDALONE_ORGS = word_set("""
kremlin|pentagon|congress|parliament|senate|duma|knesset|bundestag|cabinet|treasury|
interpol|europol|eurostat|opec|fifa|uefa|nato|unesco|unicef|gazprom|rosneft|rosatom|
""")

# Companies and brands known the world over, whose name before another capitalised word
# makes a product or a part of the company, never a person: "Nintendo Wii", "Samsung
# Galaxy". Brands that are also first names ("Mercedes", "Dell", "Chanel", "Ford") or a
# person's own name ("Virgin Mary") are left out.
BRANDS = word_set("""
nintendo|sony|samsung|microsoft|google|amazon|facebook|twitter|netflix|intel|ibm|nokia|
motorola|toyota|honda|nissan|hyundai|kia|volkswagen|bmw|audi|porsche|ferrari|lamborghini|
boeing|airbus|canon|nikon|panasonic|philips|siemens|huawei|xiaomi|lenovo|acer|asus|
oracle|cisco|adobe|yahoo|ebay|paypal|uber|lyft|spotify|disney|pixar|nike|adidas|reebok|
coca-cola|pepsi|starbucks|ikea|lego|gucci|prada|rolex|mastercard|walmart|tesco|sega|
atari|blackberry|htc|verizon|vodafone|airbnb|instagram|youtube|tiktok|whatsapp|snapchat|
linkedin|dropbox|salesforce|nvidia|qualcomm|toshiba|hitachi|fujitsu|casio|yamaha|suzuki|
mazda|subaru|renault|peugeot|citroen|citroën|fiat|volvo|saab|skoda|ericsson|garmin|
fitbit|kodak|xerox|polaroid|dyson|gillette|colgate|nestle|nestlé|kellogg's|heinz|
mcdonald's|kfc|tesla|spacex|alibaba|tencent|baidu|bytedance|sharp|lexus|infiniti|
chevrolet|chevy|cadillac|buick|chrysler|dodge|jeep|mitsubishi|bose|logitech|zoom|
""")

# A capitalised run that contains one of these names an organisation.
ORG_WORDS = word_set("""
inc|inc.|corp|corp.|corporation|co|co.|company|ltd|ltd.|llc|plc|ag|gmbh|sa|nv|bv|
group|panel|holding|holdings|bank|banks|ministry|department|agency|office|bureau|service|
services|council|committee|commission|parliament|assembly|congress|senate|duma|
party|union|federation|association|institute|institution|university|college|school|
academy|foundation|fund|trust|society|league|club|fc|team|united|rovers|airlines|
airways|air|motors|motor|automotive|industries|industry|systems|technologies|
technology|tech|pharmaceuticals|pharma|laboratories|labs|energy|oil|gas|petroleum|
electric|telecom|communications|media|news|times|post|journal|gazette|tribune|herald|
press|radio|television|tv|broadcasting|network|networks|studios|records|publishing|
court|tribunal|police|army|navy|forces|force|guard|command|authority|board|exchange|
organization|organisation|alliance|coalition|movement|front|church|mission|centre|
center|hospital|clinic|museum|gallery|library|orchestra|theatre|theater|capital|
partners|ventures|investments|securities|insurance|financial|finance|bancorp|
reserve|treasury|cabinet|government|administration|kremlin|pentagon|commonwealth|
secretariat|observatory|laboratory|nasa|railways|railway|shipping|logistics|mining|
steel|chemicals|foods|brands|stores|retail|solutions|software|games|entertainment|
pictures|robotics|aerospace|dynamics|defence|defense|armaments|semiconductor|
semiconductors|bancorp|caucus|cartel|brigade|battalion|regiment|division|nations|
consortium|syndicate|partnership|enterprises|associates|limited|cooperative|polling|
pollsters|consulting|consultancy|consultants|marketing|advertising|engineering|research|
analytics|management|chamber|guild|confederation|directorate|
co-operative|conglomerate|index|average|animation|films|publications|magazines|brotherhood|
""")

# Names of awards, events, laws, wars and the like: capitalised, but none of our types.
MISC_WORDS = word_set("""
prize|award|awards|medal|cup|olympics|olympic|games|championship|championships|
tournament|contest|contests|festival|carnival|parade|fiesta|gala|jubilee|pageant|regatta|war|revolution|treaty|accord|act|bill|agreement|convention|
memorandum|directive|protocol|pact|covenant|statute|
declaration|constitution|doctrine|plan|summit|conference|expo|biennale|grand prix|
open|marathon|derby|fair|battle|siege|uprising|massacre|invasion|rebellion|crusade|
election|elections|referendum|crisis|pandemic|epidemic|day|
christmas|easter|ramadan|hanukkah|diwali|eid|thanksgiving|
prizes|medals|cups|festivals|carnivals|parades|tournaments|wars|revolutions|treaties|accords|battles|
""")

# Holidays: capitalised, but "Christmas Day" or "Easter Sunday" is no fact of an article.
MISC_HOLIDAYS = word_set("""
christmas|easter|ramadan|hanukkah|diwali|eid|thanksgiving|new|year|years|eve|sunday|monday|
tuesday|wednesday|thursday|friday|saturday|boxing|labour|labor|memorial|independence|
""")

# Two words before a name that make it a company: "shares in Samsung", "works at Google".
ORG_CUE_PHRASES = word_set("""
shares in|stake in|stakes in|investment in|invested in|invest in|job at|jobs at|works at|
worked at|working at|employees at|executives at|engineers at|analysts at|shares of|
""")

# Nouns that, right after a capitalised name, say the name is a product.
PRODUCT_NOUNS = word_set("""
vaccine|vaccines|drug|drugs|smartphone|smartphones|phone|phones|tablet|laptop|car|cars|
aircraft|airliner|jet|jets|plane|planes|helicopter|rocket|rockets|missile|missiles|
satellite|satellites|spacecraft|probe|rover|telescope|tank|tanks|submarine|console|
app|browser|chip|chips|processor|engine|engines|model|truck|ship|vessel|reactor|
software|system|platform|pipeline|
""")

# Nouns that, before "called X", "named X" or "known as X", say what kind of name X is:
# "a consortium called ...", "a group of firms, known as ...", "a village named ...".
NAMED_ORG_NOUNS = word_set("""
consortium|consortia|company|companies|firm|firms|group|groups|bank|banks|business|
businesses|enterprise|venture|partnership|alliance|coalition|movement|union|syndicate|
association|organisation|organization|charity|party|band|label|agency|startup|start-up|
conglomerate|cartel|gang|club|team|outfit|network|publisher|broadcaster|carrier|airline|
""")
NAMED_PLACE_NOUNS = word_set("""
town|city|village|hamlet|settlement|port|resort|suburb|county|region|province|district|
state|country|kingdom|republic|colony|municipality|commune|parish|
""")
NAMED_FEATURE_NOUNS = word_set("""
island|islands|river|lake|mountain|mountains|range|peninsula|bay|valley|desert|forest|
strait|sea|reef|glacier|volcano|
""")
NAMED_PERSON_NOUNS = word_set("""
man|woman|boy|girl|child|baby|son|daughter|person|wife|husband|brother|sister|friend|
""")

# Verbs and nouns after a single capitalised word that suggest a company, not a person.
ORG_CUES_AFTER = word_set("""
shares|stock|inc|corp|employees|workers|customers|shareholders|investors|subscribers|
headquarters|factory|factories|plant|plants|stores|products|brand|profits|profit|
revenue|revenues|sales|earnings|shipped|manufactures|manufactured|sells|
officials|executives|bosses|staffers|group|members|mps|councillors|activists|candidate|candidates|
""")
ORG_CUES_BEFORE = word_set("""
company|firm|carrier|maker|makers|giant|group|rival|rivals|retailer|lender|bank|
insurer|startup|start-up|conglomerate|manufacturer|automaker|carmaker|chipmaker|
broadcaster|newspaper|agency|airline|operator|supplier|brand|network|outlet|
publisher|developer|producer|exporter|regulator|club|side|team|party|
website|site|blog|magazine|portal|
""")

# What a company owns or reports, after a possessive: "X's stake", "X's service revenue".
# (Not "spokesman" or "chief": a politician has those too.)
COMPANY_POSSESSIONS = word_set("""
stake|stakes|shares|stock|unit|units|subsidiary|subsidiaries|venture|ventures|
shareholders|shareholder|investors|revenue|revenues|profit|profits|earnings|sales|
turnover|headquarters|factory|factories|plant|plants|stores|outlets|products|brand|
brands|website|site|forum|customers|subscribers|employees|workforce|acquisition|
takeover|board|debt|assets|operations|division|divisions|platform|servers|logo|
""")
# Lower-case roles between a body's name and a person's: "X chief executive Y", "X analyst Y".
COMPANY_ROLES = word_set("""
chief|executive|executives|ceo|cfo|coo|cto|spokesman|spokeswoman|spokesperson|
spokesmen|spokeswomen|analyst|analysts|economist|economists|strategist|strategists|
chairman|chairwoman|founder|co-founder|boss|president|
""")
PERSON_CUES_AFTER = word_set("""
said|says|told|added|argued|wrote|explained|noted|recalled|believes|thinks|insisted|
warned|admitted|replied|asked|stressed|claimed|denied|urged|suggested|emphasised|
emphasized|smiled|laughed|died|was born|born|married|resigned|himself|herself|
""")
# Words after "Mr X"-like name that mark a person as the subject of "who".
PLACE_CUES_BEFORE = word_set("in|at|from|to|near|outside|across|throughout|into|via|toward|towards")
