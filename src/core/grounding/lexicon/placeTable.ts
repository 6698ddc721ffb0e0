/**
 * Countries (and a few regions that labels name as origins), each with its other names and
 * demonyms: "Country|other name|…|demonym|…". Matched with case, so "Turkey" the country and
 * "turkey" the meat stay apart.
 */
export const placeLines: readonly string[] = [
  "Afghanistan|Afghan", "Albania|Albanian", "Algeria|Algerian", "Andorra|Andorran", "Angola|Angolan", "Antigua and Barbuda|Antiguan",
  "Argentina|Argentine|Argentinian", "Armenia|Armenian", "Australia|Australian|Aussie", "Austria|Austrian", "Azerbaijan|Azerbaijani",
  "Bahamas|the Bahamas|Bahamian", "Bahrain|Bahraini", "Bangladesh|Bangladeshi", "Barbados|Barbadian|Bajan", "Belarus|Belarusian", "Belgium|Belgian",
  "Belize|Belizean", "Benin|Beninese", "Bhutan|Bhutanese", "Bolivia|Bolivian", "Bosnia and Herzegovina|Bosnia|Bosnian", "Botswana|Botswanan|Motswana",
  "Brazil|Brazilian", "Brunei|Bruneian", "Bulgaria|Bulgarian", "Burkina Faso|Burkinabe", "Burundi|Burundian", "Cabo Verde|Cape Verde|Cape Verdean",
  "Cambodia|Cambodian", "Cameroon|Cameroonian", "Canada|Canadian", "Central African Republic", "Chad|Chadian", "Chile|Chilean", "China|Chinese|PRC",
  "Colombia|Colombian", "Comoros|Comorian", "Congo|Congolese|Democratic Republic of the Congo|DRC", "Costa Rica|Costa Rican", "Côte d'Ivoire|Ivory Coast|Ivorian",
  "Croatia|Croatian", "Cuba|Cuban", "Cyprus|Cypriot", "Czech Republic|Czechia|Czech", "Denmark|Danish|Dane", "Djibouti|Djiboutian", "Dominica|Dominican Republic",
  "Ecuador|Ecuadorian", "Egypt|Egyptian", "El Salvador|Salvadoran", "Equatorial Guinea", "Eritrea|Eritrean", "Estonia|Estonian", "Eswatini|Swaziland|Swazi",
  "Ethiopia|Ethiopian", "Fiji|Fijian", "Finland|Finnish|Finn", "France|French", "Gabon|Gabonese", "Gambia|the Gambia|Gambian", "Georgia|Georgian",
  "Germany|German", "Ghana|Ghanaian", "Greece|Greek", "Grenada|Grenadian", "Guatemala|Guatemalan", "Guinea|Guinean", "Guinea-Bissau", "Guyana|Guyanese",
  "Haiti|Haitian", "Honduras|Honduran", "Hungary|Hungarian", "Iceland|Icelandic", "India|Indian", "Indonesia|Indonesian", "Iran|Iranian|Persian",
  "Iraq|Iraqi", "Ireland|Irish", "Israel|Israeli", "Italy|Italian", "Jamaica|Jamaican", "Japan|Japanese", "Jordan|Jordanian", "Kazakhstan|Kazakh",
  "Kenya|Kenyan", "Kiribati", "Kosovo|Kosovar", "Kuwait|Kuwaiti", "Kyrgyzstan|Kyrgyz", "Laos|Lao|Laotian", "Latvia|Latvian", "Lebanon|Lebanese",
  "Lesotho|Basotho", "Liberia|Liberian", "Libya|Libyan", "Liechtenstein", "Lithuania|Lithuanian", "Luxembourg|Luxembourgish", "Madagascar|Malagasy",
  "Malawi|Malawian", "Malaysia|Malaysian", "Maldives|Maldivian", "Mali|Malian", "Malta|Maltese", "Marshall Islands", "Mauritania|Mauritanian",
  "Mauritius|Mauritian", "Mexico|Mexican", "Micronesia|Micronesian", "Moldova|Moldovan", "Monaco|Monegasque", "Mongolia|Mongolian", "Montenegro|Montenegrin",
  "Morocco|Moroccan", "Mozambique|Mozambican", "Myanmar|Burma|Burmese", "Namibia|Namibian", "Nauru|Nauruan", "Nepal|Nepalese|Nepali",
  "Netherlands|the Netherlands|Holland|Dutch", "New Zealand|Kiwi", "Nicaragua|Nicaraguan", "Niger|Nigerien", "Nigeria|Nigerian", "North Korea|North Korean",
  "North Macedonia|Macedonia|Macedonian", "Norway|Norwegian", "Oman|Omani", "Pakistan|Pakistani", "Palau|Palauan", "Palestine|Palestinian", "Panama|Panamanian",
  "Papua New Guinea", "Paraguay|Paraguayan", "Peru|Peruvian", "Philippines|the Philippines|Filipino|Philippine", "Poland|Polish", "Portugal|Portuguese",
  "Qatar|Qatari", "Romania|Romanian", "Russia|Russian", "Rwanda|Rwandan", "Saint Lucia", "Samoa|Samoan", "San Marino", "Saudi Arabia|Saudi",
  "Senegal|Senegalese", "Serbia|Serbian", "Seychelles", "Sierra Leone", "Singapore|Singaporean", "Slovakia|Slovak", "Slovenia|Slovenian", "Solomon Islands",
  "Somalia|Somali", "South Africa|South African", "South Korea|Korea|Korean|South Korean", "South Sudan", "Spain|Spanish", "Sri Lanka|Sri Lankan|Ceylon",
  "Sudan|Sudanese", "Suriname|Surinamese", "Sweden|Swedish|Swede", "Switzerland|Swiss|Swiss-made|Swiss made", "Syria|Syrian", "Taiwan|Taiwanese",
  "Tajikistan|Tajik", "Tanzania|Tanzanian", "Thailand|Thai", "Timor-Leste|East Timor", "Togo|Togolese", "Tonga|Tongan", "Trinidad and Tobago|Trinidadian",
  "Tunisia|Tunisian", "Turkey|Türkiye|Turkish", "Turkmenistan|Turkmen", "Tuvalu", "Uganda|Ugandan", "Ukraine|Ukrainian", "United Arab Emirates|UAE|Emirati",
  "United Kingdom|UK|U.K.|Great Britain|Britain|British", "England|English", "Scotland|Scottish|Scots", "Wales|Welsh", "Northern Ireland",
  "United States|United States of America|USA|U.S.A.|US|U.S.|America|American", "Uruguay|Uruguayan", "Uzbekistan|Uzbek", "Vanuatu", "Vatican",
  "Venezuela|Venezuelan", "Vietnam|Viet Nam|Vietnamese", "Yemen|Yemeni", "Zambia|Zambian", "Zimbabwe|Zimbabwean", "Hong Kong", "Puerto Rico|Puerto Rican",
  "Greenland", "Tibet|Tibetan", "Kashmir|Kashmiri", "Patagonia|Patagonian", "Bali|Balinese", "Sicily|Sicilian", "Sardinia", "Tuscany|Tuscan", "Provence",
  "Normandy", "Burgundy", "Champagne", "Bordeaux", "Crete|Cretan", "Catalonia|Catalan", "Andalusia|Andalusian", "Bavaria|Bavarian", "Flanders|Flemish",
  "Hawaii|Hawaiian", "California|Californian", "Vermont", "Kentucky", "Texas|Texan", "Alaska|Alaskan", "Tasmania|Tasmanian",
  "Europe|European|EU|European Union", "Scandinavia|Scandinavian|Nordic", "Asia|Asian", "Africa|African", "South America|South American", "Latin America|Latin American",
  "Mediterranean", "Himalaya|Himalayas|Himalayan",
];

/** Places that brief writers name instead of their country: "City|Country". A brief that names the city backs a copy that names the country. */
export const cityLines: readonly string[] = [
  "London|United Kingdom", "Manchester|United Kingdom", "Sheffield|United Kingdom", "Birmingham|United Kingdom", "Edinburgh|Scotland", "Glasgow|Scotland",
  "Cardiff|Wales", "Dublin|Ireland", "Paris|France", "Lyon|France", "Marseille|France", "Berlin|Germany", "Munich|Germany", "Hamburg|Germany",
  "Frankfurt|Germany", "Solingen|Germany", "Vienna|Austria", "Zurich|Switzerland", "Geneva|Switzerland", "Rome|Italy", "Milan|Italy", "Florence|Italy",
  "Venice|Italy", "Naples|Italy", "Como|Italy", "Biella|Italy", "Madrid|Spain", "Barcelona|Spain", "Seville|Spain", "Valencia|Spain", "Lisbon|Portugal",
  "Porto|Portugal", "Douro Valley|Portugal", "Algarve|Portugal", "Amsterdam|Netherlands", "Rotterdam|Netherlands", "Brussels|Belgium", "Antwerp|Belgium",
  "Copenhagen|Denmark", "Stockholm|Sweden", "Oslo|Norway", "Helsinki|Finland", "Reykjavik|Iceland", "Athens|Greece", "Santorini|Greece", "Mykonos|Greece",
  "Istanbul|Turkey", "Prague|Czech Republic", "Budapest|Hungary", "Warsaw|Poland", "Krakow|Poland", "Tokyo|Japan", "Kyoto|Japan", "Osaka|Japan", "Uji|Japan",
  "Seki|Japan", "Okinawa|Japan", "Hokkaido|Japan", "Seoul|South Korea", "Beijing|China", "Shanghai|China", "Shenzhen|China", "Yunnan|China", "Taipei|Taiwan",
  "Bangkok|Thailand", "Phuket|Thailand", "Chiang Mai|Thailand", "Hanoi|Vietnam", "Ho Chi Minh City|Vietnam", "Singapore|Singapore", "Kuala Lumpur|Malaysia",
  "Jakarta|Indonesia", "Ubud|Indonesia", "Manila|Philippines", "Mumbai|India", "Delhi|India", "Jaipur|India", "Goa|India", "Kerala|India", "Darjeeling|India",
  "Assam|India", "Sydney|Australia", "Melbourne|Australia", "Auckland|New Zealand", "Queenstown|New Zealand", "New York|United States", "Brooklyn|United States",
  "Los Angeles|United States", "San Francisco|United States", "Seattle|United States", "Portland|United States", "Chicago|United States", "Boston|United States",
  "Miami|United States", "Napa Valley|United States", "Toronto|Canada", "Vancouver|Canada", "Montreal|Canada", "Mexico City|Mexico", "Oaxaca|Mexico",
  "Cancún|Mexico", "Cancun|Mexico", "Tulum|Mexico", "Rio de Janeiro|Brazil", "São Paulo|Brazil", "Buenos Aires|Argentina", "Mendoza|Argentina", "Cusco|Peru",
  "Lima|Peru", "Cape Town|South Africa", "Marrakech|Morocco", "Cairo|Egypt", "Nairobi|Kenya", "Maasai Mara|Kenya", "Serengeti|Tanzania", "Zanzibar|Tanzania",
  "Dubai|United Arab Emirates", "Abu Dhabi|United Arab Emirates", "Maldives|Maldives", "Jeju|South Korea", "Colombo|Sri Lanka", "Kathmandu|Nepal",
];

/** Set phrases that contain a place's name but name a style, a dish or a kind of thing, not where a product comes from. */
export const placeStylePhrases: readonly string[] = [
  "French press", "French roast", "French door", "French doors", "French fries", "French seam", "French seams", "French cuff", "French cuffs", "French terry",
  "French braid", "French tip", "French manicure", "French toast", "French drain", "French cleat", "Italian roast", "Vienna roast", "Turkish coffee",
  "Turkish delight", "Greek yogurt", "Greek yoghurt", "Dutch oven", "Dutch ovens", "Dutch braid", "English breakfast", "Irish breakfast", "English muffin",
  "Swedish massage", "Thai massage", "Persian rug", "Persian rugs", "Persian cat", "Roman shade", "Roman shades", "Roman blind", "Roman blinds",
  "Venetian blind", "Venetian blinds", "Chinese lantern", "Mexican blanket", "Brazilian blowout", "Panama hat", "Bermuda shorts", "Hawaiian shirt",
  "Cuban link", "Cuban chain", "Cuban heel", "Cuban collar", "Swiss dot", "Swiss army", "Swiss cheese", "Danish pastry", "Belgian waffle", "Scotch egg",
  "Scots pine", "German shepherd", "Great Dane", "Siamese cat", "Turkish Van", "Russian Blue", "Russian doll", "Champagne gold", "Irish coffee",
  "Guinea pig", "Guinea pigs", "Turkey breast", "India ink", "Indian summer", "American Express", "American Airlines", "Moscow mule", "New York strip",
  "Bordeaux red", "Burgundy red", "Cuban cigar", "Chinese checkers", "Indian Ocean", "American football", "Canadian bacon", "Mexican hat", "Egyptian blue",
];

/** Regions that belong to a country: a brief that names the region backs copy that names the country. "Region|Country". */
export const regionLines: readonly string[] = [
  "England|United Kingdom", "Scotland|United Kingdom", "Wales|United Kingdom", "Northern Ireland|United Kingdom", "Quebec|Canada", "Québec|Canada",
  "Ontario|Canada", "British Columbia|Canada", "Nova Scotia|Canada", "California|United States", "Vermont|United States", "Kentucky|United States",
  "Texas|United States", "Hawaii|United States", "Alaska|United States", "Oregon|United States", "Florida|United States", "New England|United States",
  "Tuscany|Italy", "Sicily|Italy", "Sardinia|Italy", "Piedmont|Italy", "Provence|France", "Normandy|France", "Burgundy|France", "Champagne|France",
  "Bordeaux|France", "Bavaria|Germany", "Catalonia|Spain", "Andalusia|Spain", "Crete|Greece", "Bali|Indonesia", "Kashmir|India", "Tasmania|Australia",
  "Patagonia|Argentina", "Flanders|Belgium", "Hong Kong|China", "Tibet|China", "Madeira|Portugal", "Azores|Portugal", "Canary Islands|Spain", "Corsica|France",
];
