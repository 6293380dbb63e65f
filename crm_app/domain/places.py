"""A small gazetteer: the cities releases are datelined from, and provinces and states.

A number written without its "+" is read in the country its release or its contact names;
country names come from pycountry (English, French and Spanish), the rest is here. Names are
as written in English, French and Spanish, comma-separated; a name shared by two countries
goes to the one releases most often mean ("London": GB), and a city whose name is also a
common word or a first name ("Nice", "Mobile", "Florence") is left out.
"""

from __future__ import annotations

# Capitals, duty stations and major cities, by ISO 3166 code.
CITIES: dict[str, str] = {
    "AE": "Dubai, Dubaï, Abu Dhabi, Abou Dabi, Abu Dabi, Sharjah",
    "AF": "Kabul, Kaboul, Herat, Hérat, Kandahar, Mazar-i-Sharif",
    "AM": "Yerevan, Erevan, Ereván",
    "AO": "Luanda",
    "AR": "Buenos Aires, Rosario, Mendoza, La Plata, Mar del Plata, Tucumán,"
    " Bahía Blanca, Neuquén, Salta, San Miguel de Tucumán",
    "AT": "Vienna, Vienne, Viena, Salzburg, Salzbourg, Salzburgo, Innsbruck, Graz",
    "AU": "Sydney, Canberra, Melbourne, Brisbane, Perth, Adelaide, Hobart, Darwin, Gold Coast,"
    " Newcastle NSW, Wollongong, Geelong, Townsville, Cairns, Parramatta",
    "AZ": "Baku, Bakou, Bakú",
    "BA": "Sarajevo",
    "BD": "Dhaka, Dacca, Cox's Bazar, Chittagong, Chattogram",
    "BE": "Brussels, Bruxelles, Bruselas, Antwerp, Anvers, Amberes, Ghent, Gand, Liège",
    "BF": "Ouagadougou, Bobo-Dioulasso",
    "BG": "Sofia, Sofía",
    "BI": "Bujumbura, Gitega",
    "BJ": "Cotonou, Porto-Novo",
    "BO": "La Paz, Cochabamba, Sucre",
    "BR": "Brasília, Brasilia, São Paulo, Sao Paulo, Rio de Janeiro, Salvador de Bahia, Recife,"
    " Manaus, Belo Horizonte, Porto Alegre, Fortaleza, Boa Vista",
    "BY": "Minsk",
    "CA": "Ottawa, Toronto, Montreal, Montréal, Vancouver, Québec, Quebec, Calgary, Edmonton,"
    " Winnipeg, Gatineau, Halifax, Saskatoon, Fredericton, Charlottetown, Iqaluit,"
    " Whitehorse, Yellowknife, Mississauga, Sherbrooke, Trois-Rivières",
    "CD": "Kinshasa, Goma, Bukavu, Lubumbashi, Kisangani, Bunia, Kananga, Mbuji-Mayi",
    "CF": "Bangui",
    "CG": "Brazzaville, Pointe-Noire",
    "CH": "Geneva, Genève, Ginebra, Bern, Berne, Berna, Zurich, Zürich, Lausanne, Basel, Bâle,"
    " Basilea, Lugano",
    "CI": "Abidjan, Yamoussoukro, Bouaké",
    "CL": "Santiago, Valparaíso, Valparaiso, Antofagasta",
    "CM": "Yaoundé, Yaounde, Douala, Maroua, Bamenda",
    "CN": "Beijing, Pékin, Pekín, Pekin, Shanghai, Guangzhou, Shenzhen, Hong Kong,"
    " Wuhan, Chengdu, Tianjin, Chongqing",
    "CO": "Bogotá, Bogota, Cúcuta, Cucuta, Medellín, Medellin, Cali, Barranquilla, Cartagena,"
    " Pasto, Riohacha",
    "CR": "San José, San Jose",
    "CU": "Havana, La Havane, La Habana",
    "CZ": "Prague, Praha, Praga, Brno",
    "DE": "Berlin, Berlín, Bonn, Hamburg, Hambourg, Hamburgo, Munich, München, Múnich, Frankfurt,"
    " Francfort, Fráncfort, Cologne, Köln, Colonia, Stuttgart, Düsseldorf, Leipzig, Dresden",
    "DK": "Copenhagen, Copenhague, Aarhus",
    "DO": "Santo Domingo, Saint-Domingue, Santiago de los Caballeros",
    "DZ": "Algiers, Alger, Argel, Oran, Orán",
    "EC": "Quito, Guayaquil, Cuenca",
    "EG": "Cairo, Le Caire, El Cairo, Alexandria, Alexandrie, Alejandría",
    "ER": "Asmara",
    "ES": "Madrid, Barcelona, Barcelone, Valencia, Sevilla, Séville, Seville, Bilbao,"
    " Málaga, Malaga, Zaragoza, Saragosse, Palma de Mallorca, Las Palmas, Santiago de"
    " Compostela, Valladolid, Pamplona, Alicante, Vitoria-Gasteiz, Vitoria, Gasteiz,"
    " Donostia-San Sebastián, Donostia, San Sebastián, Saint-Sébastien, Logroño, Santander,"
    " Oviedo, Gijón, Murcia, Almería, Cádiz, Huelva,"
    " Jaén, Santa Cruz de Tenerife, Las Palmas de Gran Canaria, A Coruña, La Coruña, Vigo,"
    " Salamanca, Burgos, Iruña, Ceuta, Melilla, Badajoz, Cáceres, Castellón, Tarragona,"
    " Lleida, Lérida, Girona, Gerona, Huesca, Teruel, Albacete",
    "ET": "Addis Ababa, Addis-Abeba, Adís Abeba, Gambella, Mekelle",
    "FI": "Helsinki, Helsingfors",
    "FJ": "Suva",
    "FR": "Paris, París, Lyon, Lyons, Marseille, Marsella, Strasbourg, Estrasburgo,"
    " Toulouse, Bordeaux, Burdeos, Lille, Nantes, Montpellier, Rennes, Grenoble",
    "GB": "London, Londres, Edinburgh, Édimbourg, Edimburgo, Manchester, Birmingham, Glasgow,"
    " Liverpool, Leeds, Bristol, Cardiff, Belfast, Oxford, Cambridge, Newcastle, Sheffield,"
    " Nottingham, Southampton, Aberdeen, Leicester",
    "GE": "Tbilisi, Tbilissi",
    "GH": "Accra, Kumasi, Tamale",
    "GN": "Conakry",
    "GR": "Athens, Athènes, Atenas, Thessaloniki, Thessalonique, Tesalónica, Lesbos, Lesvos",
    "GT": "Guatemala City, Ciudad de Guatemala, Guatemala Ciudad, Quetzaltenango",
    "HN": "Tegucigalpa, San Pedro Sula",
    "HR": "Zagreb",
    "HT": "Port-au-Prince, Puerto Príncipe, Cap-Haïtien, Cap-Haitien, Les Cayes, Jacmel",
    "HU": "Budapest",
    "ID": "Jakarta, Djakarta, Yakarta, Surabaya, Bandung, Medan, Denpasar",
    "IE": "Dublin, Dublín, Cork, Galway, Limerick, Waterford",
    "IL": "Jerusalem, Jérusalem, Jerusalén, Tel Aviv",
    "IN": "New Delhi, Delhi, New Dehli, Nueva Delhi, Mumbai, Bombay, Kolkata, Calcutta, Chennai,"
    " Bangalore, Bengaluru, Hyderabad, Ahmedabad, Pune",
    "IQ": "Baghdad, Bagdad, Erbil, Mosul, Mossoul, Basra, Bassora, Duhok, Dohuk",
    "IR": "Tehran, Téhéran, Teherán",
    "IT": "Rome, Roma, Milan, Milano, Milán, Naples, Napoli, Nápoles, Turin, Torino, Turín,"
    " Venice, Venise, Venecia, Bologna, Bologne, Bolonia, Palermo, Palerme, Lampedusa, Genoa,"
    " Gênes, Génova",
    "JO": "Amman, Ammán, Zarqa, Irbid, Mafraq",
    "JP": "Tokyo, Tokio, Osaka, Kyoto, Kioto, Yokohama, Hiroshima, Nagoya",
    "KE": "Nairobi, Mombasa, Kisumu, Dadaab, Kakuma",
    "KG": "Bishkek, Bichkek, Biskek",
    "KH": "Phnom Penh",
    "KR": "Seoul, Séoul, Seúl, Busan",
    "KZ": "Astana, Almaty",
    "LB": "Beirut, Beyrouth, Sidon, Saïda",
    "LK": "Colombo",
    "LR": "Monrovia",
    "LY": "Tripoli, Trípoli, Benghazi, Bengasi",
    "MA": "Rabat, Casablanca, Marrakech, Marrakesh, Tangier, Tanger, Fès, Fez",
    "MD": "Chisinau, Chișinău, Kichinev, Chisináu",
    "MG": "Antananarivo, Tananarive",
    "ML": "Bamako, Mopti, Gao, Tombouctou, Timbuktu, Tombuctú",
    "MM": "Yangon, Rangoon, Naypyidaw, Naypyitaw, Sittwe, Mandalay",
    "MR": "Nouakchott, Bassikounou",
    "MW": "Lilongwe, Blantyre",
    "MX": "Mexico City, Ciudad de México, Ciudad de Mexico, Mexico, Guadalajara, Monterrey,"
    " Tijuana, Tapachula, Puebla, Cancún, Ciudad Juárez, Oaxaca",
    "MY": "Kuala Lumpur",
    "MZ": "Maputo, Beira, Pemba",
    "NE": "Niamey, Agadez, Diffa, Zinder",
    "NG": "Abuja, Lagos, Maiduguri, Kano, Ibadan, Port Harcourt",
    "NI": "Managua",
    "NL": "Amsterdam, Ámsterdam, The Hague, La Haye, La Haya, Den Haag, Rotterdam",
    "NO": "Oslo, Bergen",
    "NP": "Kathmandu, Katmandou, Katmandú",
    "NZ": "Wellington, Auckland",
    "PA": "Panama City, Ciudad de Panamá, Ciudad de Panama, Panamá City",
    "PE": "Lima, Cusco, Cuzco, Arequipa, Tumbes",
    "PG": "Port Moresby",
    "PH": "Manila, Manille, Cebu, Davao, Quezon City",
    "PK": "Islamabad, Karachi, Lahore, Peshawar, Quetta",
    "PL": "Warsaw, Varsovie, Varsovia, Krakow, Kraków, Cracovie, Cracovia, Rzeszów, Rzeszow",
    "PS": "Gaza City, Ville de Gaza, Ciudad de Gaza, Ramallah, Ramala",
    "PT": "Lisbon, Lisbonne, Lisboa, Porto, Oporto",
    "PY": "Asunción, Asuncion",
    "QA": "Doha",
    "RO": "Bucharest, Bucarest",
    "RS": "Belgrade, Belgrado",
    "RU": "Moscow, Moscou, Moscú, Saint Petersburg, Saint-Pétersbourg, San Petersburgo",
    "RW": "Kigali",
    "SA": "Riyadh, Riyad, Jeddah, Djeddah, Yeda",
    "SD": "Khartoum, Jartum, Port Sudan, Port-Soudan, Puerto Sudán, El Fasher, El-Fasher,"
    " Nyala, Geneina",
    "SE": "Stockholm, Estocolmo, Gothenburg, Göteborg",
    "SL": "Freetown",
    "SN": "Dakar, Saint-Louis, Ziguinchor, Thiès",
    "SO": "Mogadishu, Mogadiscio, Hargeisa, Baidoa, Kismayo",
    "SS": "Juba, Djouba, Malakal, Bentiu, Wau",
    "SV": "San Salvador",
    "SY": "Damascus, Damas, Damasco, Aleppo, Alep, Alepo, Idlib, Homs, Deir ez-Zor",
    "TD": "N'Djamena, Ndjamena, N'Djaména, Abéché, Abeche",
    "TG": "Lomé, Lome",
    "TH": "Bangkok, Chiang Mai, Mae Sot",
    "TJ": "Dushanbe, Douchanbé",
    "TN": "Tunis, Túnez, Sfax",
    "TR": "Ankara, Istanbul, Estambul, Gaziantep, Izmir, Antakya, Hatay",
    "TZ": "Dar es Salaam, Dodoma, Arusha, Kigoma",
    "UA": "Kyiv, Kiev, Kharkiv, Kharkov, Járkov, Odesa, Odessa, Lviv, Dnipro, Zaporizhzhia",
    "UG": "Kampala, Gulu, Arua",
    "US": "New York, Nueva York, Washington, Washington D.C., Los Angeles, San Francisco,"
    " Chicago, Boston, Atlanta, Houston, Seattle, Miami, Dallas, Philadelphia, Philadelphie,"
    " Filadelfia, San Diego, San Antonio, Denver, Detroit, Minneapolis,"
    " Las Vegas, New Orleans, La Nouvelle-Orléans, Nueva Orleans, Nashville, Baltimore,"
    " Pittsburgh, Cleveland, Cincinnati, St. Louis, Kansas City, Salt Lake City, Sacramento,"
    " Silicon Valley, Palo Alto, Menlo Park, Mountain View, Cupertino,"
    " Redmond, Honolulu, Anchorage, Indianapolis, Milwaukee, Tampa, Orlando, Raleigh,"
    " Newark, Princeton, Stamford, Hartford, Albuquerque, Tucson, El Paso",
    "UY": "Montevideo",
    "UZ": "Tashkent, Tachkent, Taskent",
    "VE": "Caracas, Maracaibo, Barquisimeto",
    "VN": "Hanoi, Hanoï, Hanói, Ho Chi Minh City, Ho Chi Minh-Ville, Ciudad Ho Chi Minh",
    "YE": "Sanaa, Sana'a, Sanaá, Aden, Adén, Hodeidah, Hodeïda, Marib, Taiz",
    "ZA": "Pretoria, Johannesburg, Johannesbourg, Cape Town, Le Cap, Ciudad del Cabo, Durban",
    "ZM": "Lusaka",
    "ZW": "Harare, Bulawayo",
}

# Provinces and states, by the country whose numbers they share.
SUBDIVISIONS: dict[str, str] = {
    "CA": "Ontario, Quebec, Québec, British Columbia, Colombie-Britannique, Columbia Británica,"
    " Alberta, Manitoba, Saskatchewan, Nova Scotia, Nouvelle-Écosse, Nueva Escocia,"
    " New Brunswick, Nouveau-Brunswick, Nuevo Brunswick, Newfoundland and Labrador,"
    " Terre-Neuve-et-Labrador, Terranova y Labrador, Prince Edward Island,"
    " Île-du-Prince-Édouard, Isla del Príncipe Eduardo, Yukon, Northwest Territories,"
    " Territoires du Nord-Ouest, Territorios del Noroeste, Nunavut",
    "AU": "New South Wales, NSW, Victoria, Queensland, QLD, Western Australia,"
    " South Australia, Tasmania, Australian Capital Territory, Northern Territory,"
    " Nouvelle-Galles du Sud, Nueva Gales del Sur",
    "ES": "Euskadi, País Vasco, Pays basque, Basque Country, Cataluña, Catalunya, Catalogne,"
    " Catalonia, Andalucía, Andalousie, Andalusia, Galicia, Galice, Comunidad de Madrid,"
    " Comunitat Valenciana, Comunidad Valenciana, Castilla y León, Castilla-La Mancha,"
    " Aragón, Asturias, Cantabria, La Rioja, Navarra, Nafarroa, Extremadura,"
    " Región de Murcia, Illes Balears, Islas Baleares, Canarias, Islas Canarias",
    "US": "Alabama, Alaska, Arizona, Arkansas, California, Californie, Colorado, Connecticut,"
    " Delaware, Florida, Floride, Hawaii, Hawaï, Hawái, Idaho, Illinois, Indiana, Iowa, Kansas,"
    " Kentucky, Louisiana, Louisiane, Luisiana, Maine, Maryland, Massachusetts, Michigan,"
    " Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey,"
    " New Mexico, Nouveau-Mexique, Nuevo México, North Carolina, Caroline du Nord,"
    " Carolina del Norte, North Dakota, Dakota du Nord, Dakota del Norte, Ohio, Oklahoma,"
    " Oregon, Pennsylvania, Pennsylvanie, Pensilvania, Rhode Island, South Carolina,"
    " Caroline du Sud, Carolina del Sur, South Dakota, Dakota du Sud, Dakota del Sur,"
    " Tennessee, Texas, Utah, Vermont, Virginia, Virginie, West Virginia, Virginie-Occidentale,"
    " Virginia Occidental, Wisconsin, Wyoming",
}


def place_names() -> dict[str, str]:
    """Every name above → its ISO 3166 code (cities after subdivisions: "Québec" is both)."""
    table: dict[str, str] = {}
    for source in (SUBDIVISIONS, CITIES):
        for code, names in source.items():
            for written in names.split(","):
                if written.strip():
                    table[written.strip()] = code
    return table
