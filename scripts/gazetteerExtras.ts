// Names the packages lack: US states, widely reported regions, and the short names news
// uses for some cities (lat, lon rounded).

/** US states: name, postal code (GeoNames' admin code for US cities), lat, lon. */
export const US_STATES: Array<[string, string, number, number]> = [
  ['Alabama', 'AL', 32.8, -86.8], ['Alaska', 'AK', 64.2, -149.5], ['Arizona', 'AZ', 34.3, -111.7],
  ['Arkansas', 'AR', 34.9, -92.4], ['California', 'CA', 37.2, -119.4], ['Colorado', 'CO', 39.0, -105.5],
  ['Connecticut', 'CT', 41.6, -72.7], ['Delaware', 'DE', 39.0, -75.5], ['Florida', 'FL', 28.6, -82.4],
  ['Georgia', 'GA', 32.7, -83.4], ['Hawaii', 'HI', 20.3, -156.4], ['Idaho', 'ID', 44.4, -114.6],
  ['Illinois', 'IL', 40.0, -89.2], ['Indiana', 'IN', 39.9, -86.3], ['Iowa', 'IA', 42.1, -93.5],
  ['Kansas', 'KS', 38.5, -98.4], ['Kentucky', 'KY', 37.5, -85.3], ['Louisiana', 'LA', 31.1, -92.0],
  ['Maine', 'ME', 45.4, -69.2], ['Maryland', 'MD', 39.0, -76.8], ['Massachusetts', 'MA', 42.3, -71.8],
  ['Michigan', 'MI', 44.3, -85.4], ['Minnesota', 'MN', 46.3, -94.3], ['Mississippi', 'MS', 32.7, -89.7],
  ['Missouri', 'MO', 38.4, -92.5], ['Montana', 'MT', 47.0, -109.6], ['Nebraska', 'NE', 41.5, -99.8],
  ['Nevada', 'NV', 39.3, -116.6], ['New Hampshire', 'NH', 43.7, -71.6], ['New Jersey', 'NJ', 40.2, -74.7],
  ['New Mexico', 'NM', 34.4, -106.1], ['New York', 'NY', 42.9, -75.5], ['North Carolina', 'NC', 35.6, -79.4],
  ['North Dakota', 'ND', 47.5, -100.5], ['Ohio', 'OH', 40.3, -82.8], ['Oklahoma', 'OK', 35.6, -97.5],
  ['Oregon', 'OR', 43.9, -120.6], ['Pennsylvania', 'PA', 40.9, -77.8], ['Rhode Island', 'RI', 41.7, -71.5],
  ['South Carolina', 'SC', 33.9, -80.9], ['South Dakota', 'SD', 44.4, -100.2], ['Tennessee', 'TN', 35.9, -86.4],
  ['Texas', 'TX', 31.5, -99.3], ['Utah', 'UT', 39.3, -111.7], ['Vermont', 'VT', 44.1, -72.7],
  ['Virginia', 'VA', 37.5, -78.9], ['Washington', 'WA', 47.4, -120.5], ['West Virginia', 'WV', 38.6, -80.6],
  ['Wisconsin', 'WI', 44.6, -89.9], ['Wyoming', 'WY', 43.0, -107.6],
];

export const REGIONS: Array<[string, string | null, number | null, number | null]> = [
  ['Middle East', null, 29.3, 42.5], ['Europe', null, 54.5, 15.3], ['Asia', null, 34.0, 100.6], ['Africa', null, 8.8, 34.5],
  ['Latin America', null, -14.2, -60.0], ['South America', null, -8.8, -55.5], ['North America', null, 54.5, -105.3],
  ['Central America', null, 12.8, -85.6], ['Caribbean', null, 18.0, -72.0], ['Southeast Asia', null, 2.5, 112.5],
  ['East Asia', null, 35.0, 115.0], ['South Asia', null, 20.0, 78.0], ['Central Asia', null, 45.0, 68.0],
  ['Western Europe', null, 48.7, 4.8], ['Eastern Europe', null, 52.0, 27.0], ['Balkans', null, 43.0, 21.0],
  ['Scandinavia', null, 62.0, 15.0], ['Pacific', null, 0.0, -160.0], ['Atlantic', null, 14.6, -28.7],
  ['Gulf', null, 26.0, 52.0], ['Persian Gulf', null, 26.0, 52.0], ['Arctic', null, 76.0, 100.0], ['Antarctica', 'AQ', -82.9, 135.0],
  ['Taiwan Strait', null, 24.0, 119.5], ['South China Sea', null, 12.0, 113.0], ['Gaza', 'PS', 31.4, 34.4],
  ['Gaza Strip', 'PS', 31.4, 34.4], ['West Bank', 'PS', 31.9, 35.2], ['Crimea', 'UA', 45.3, 34.2], ['Donbas', 'UA', 48.0, 38.0],
  ['Kashmir', null, 34.1, 74.8], ['Tibet', 'CN', 31.7, 88.0], ['Xinjiang', 'CN', 41.1, 85.3], ['Hong Kong', 'HK', 22.3, 114.2],
  ['Macau', 'MO', 22.2, 113.5], ['Silicon Valley', 'US', 37.4, -122.1], ['Midwest', 'US', 41.5, -93.0],
  ['New England', 'US', 43.0, -71.5], ['Sahel', null, 15.0, 5.0], ['Horn of Africa', null, 8.0, 45.0],
  ['Kurdistan', null, 36.4, 44.4], ['Siberia', 'RU', 60.0, 105.0], ['Bavaria', 'DE', 48.8, 11.5],
  ['Scotland', 'GB', 56.5, -4.2], ['Wales', 'GB', 52.1, -3.8], ['England', 'GB', 52.4, -1.5], ['Northern Ireland', 'GB', 54.6, -6.7],
  ['Quebec', 'CA', 52.9, -73.5], ['Ontario', 'CA', 51.3, -85.3], ['British Columbia', 'CA', 53.7, -127.6],
  ['Alberta', 'CA', 53.9, -116.6], ['Catalonia', 'ES', 41.6, 1.5], ['Chechnya', 'RU', 43.4, 45.7],
];

/**
 * First-level divisions outside the US that news names on their own ("in Nova Scotia", "Anambra
 * State", "the Tigray region"): provinces, states, counties and regions, with rough centres.
 * Written for this project (the packages above hold cities and countries only). A name that is
 * also a city of 100,000 people or more in the same country ("Lagos", "Berlin") is left to the
 * city: news means the city more often. They are known to look-ups, not to the tagger's
 * gazetteer feature (gazetteer.ts: the model was trained without them).
 */
export const PROVINCES: Array<[string, string, number, number]> = [
  // Canada
  ['Manitoba', 'CA', 55.0, -97.0], ['Saskatchewan', 'CA', 55.0, -106.0], ['Nova Scotia', 'CA', 45.0, -63.0], ['New Brunswick', 'CA', 46.5, -66.2],
  ['Newfoundland and Labrador', 'CA', 53.1, -57.7], ['Newfoundland', 'CA', 48.9, -55.7], ['Prince Edward Island', 'CA', 46.3, -63.2], ['Yukon', 'CA', 64.3, -135.0],
  ['Northwest Territories', 'CA', 64.8, -124.8], ['Nunavut', 'CA', 70.3, -83.1],
  // Australia
  ['New South Wales', 'AU', -32.0, 147.0], ['Queensland', 'AU', -22.0, 144.0], ['South Australia', 'AU', -30.0, 135.0], ['Western Australia', 'AU', -25.0, 122.0],
  ['Victoria', 'AU', -37.0, 144.5], ['Tasmania', 'AU', -42.0, 146.6], ['Northern Territory', 'AU', -19.5, 133.0], ['Australian Capital Territory', 'AU', -35.5, 149.0],
  // India
  ['Uttar Pradesh', 'IN', 26.8, 80.9], ['Maharashtra', 'IN', 19.7, 75.7], ['Bihar', 'IN', 25.1, 85.3], ['West Bengal', 'IN', 22.9, 87.9], ['Madhya Pradesh', 'IN', 22.9, 78.7],
  ['Tamil Nadu', 'IN', 11.1, 78.7], ['Rajasthan', 'IN', 27.0, 74.2], ['Karnataka', 'IN', 15.3, 75.7], ['Gujarat', 'IN', 22.3, 71.2], ['Andhra Pradesh', 'IN', 15.9, 79.7],
  ['Odisha', 'IN', 20.9, 84.8], ['Telangana', 'IN', 18.1, 79.0], ['Kerala', 'IN', 10.9, 76.3], ['Jharkhand', 'IN', 23.6, 85.3], ['Assam', 'IN', 26.2, 92.9],
  ['Punjab', 'IN', 31.1, 75.3], ['Chhattisgarh', 'IN', 21.3, 81.9], ['Haryana', 'IN', 29.1, 76.1], ['Uttarakhand', 'IN', 30.1, 79.0], ['Himachal Pradesh', 'IN', 31.9, 77.1],
  ['Jammu and Kashmir', 'IN', 33.8, 75.0], ['Ladakh', 'IN', 34.2, 77.6], ['Manipur', 'IN', 24.7, 93.9], ['Meghalaya', 'IN', 25.5, 91.4], ['Tripura', 'IN', 23.9, 91.9],
  ['Nagaland', 'IN', 26.2, 94.6], ['Mizoram', 'IN', 23.2, 92.9], ['Arunachal Pradesh', 'IN', 28.2, 94.7], ['Sikkim', 'IN', 27.5, 88.5], ['Goa', 'IN', 15.3, 74.1],
  // Pakistan
  ['Punjab', 'PK', 31.2, 72.7], ['Sindh', 'PK', 26.0, 68.8], ['Khyber Pakhtunkhwa', 'PK', 34.9, 72.3], ['Balochistan', 'PK', 28.5, 65.1], ['Gilgit-Baltistan', 'PK', 35.8, 74.9],
  // Nigeria
  ['Anambra', 'NG', 6.2, 6.9], ['Anambra State', 'NG', 6.2, 6.9], ['Lagos State', 'NG', 6.6, 3.6], ['Kano State', 'NG', 11.7, 8.5], ['Rivers State', 'NG', 4.8, 6.9],
  ['Borno', 'NG', 11.9, 13.2], ['Borno State', 'NG', 11.9, 13.2], ['Plateau State', 'NG', 9.2, 9.5], ['Benue', 'NG', 7.3, 8.7], ['Benue State', 'NG', 7.3, 8.7],
  ['Zamfara', 'NG', 12.1, 6.2], ['Zamfara State', 'NG', 12.1, 6.2], ['Katsina State', 'NG', 12.4, 7.6], ['Kaduna State', 'NG', 10.4, 7.7], ['Imo State', 'NG', 5.5, 7.0],
  ['Delta State', 'NG', 5.5, 6.0], ['Ogun State', 'NG', 7.0, 3.4], ['Oyo State', 'NG', 8.1, 3.6], ['Edo State', 'NG', 6.6, 5.9], ['Enugu State', 'NG', 6.5, 7.4],
  ['Bayelsa', 'NG', 4.8, 6.1], ['Bayelsa State', 'NG', 4.8, 6.1], ['Niger Delta', 'NG', 5.0, 6.0], ['Adamawa', 'NG', 9.3, 12.4], ['Yobe', 'NG', 12.3, 11.4], ['Sokoto State', 'NG', 13.0, 5.2],
  // South Africa
  ['Gauteng', 'ZA', -26.3, 28.1], ['KwaZulu-Natal', 'ZA', -28.5, 30.9], ['Western Cape', 'ZA', -33.2, 21.9], ['Eastern Cape', 'ZA', -32.3, 26.4], ['Limpopo', 'ZA', -23.4, 29.4],
  ['Mpumalanga', 'ZA', -25.6, 30.3], ['Free State', 'ZA', -28.5, 26.8], ['Northern Cape', 'ZA', -29.0, 21.9],
  // Africa's regions in the news
  ['Tigray', 'ET', 14.0, 38.5], ['Amhara', 'ET', 11.7, 38.0], ['Oromia', 'ET', 7.5, 39.5], ['Darfur', 'SD', 13.5, 24.0], ['Kordofan', 'SD', 12.5, 29.5], ['Puntland', 'SO', 8.5, 49.0],
  ['Somaliland', 'SO', 9.5, 45.5], ['Rift Valley', 'KE', 0.5, 36.0], ['Turkana', 'KE', 3.3, 35.6], ['Marsabit', 'KE', 2.3, 37.9], ['Maasai Mara', 'KE', -1.5, 35.1], ['Cabo Delgado', 'MZ', -12.3, 39.3], ['North Kivu', 'CD', -0.8, 29.0], ['South Kivu', 'CD', -3.0, 28.3], ['Ituri', 'CD', 1.6, 29.4], ['Katanga', 'CD', -8.9, 26.4],
  // Germany, Spain, Italy, France, Belgium
  ['Saxony', 'DE', 51.1, 13.2], ['Lower Saxony', 'DE', 52.6, 9.8], ['Hesse', 'DE', 50.6, 9.0], ['Thuringia', 'DE', 50.9, 11.0], ['Baden-Württemberg', 'DE', 48.5, 9.0],
  ['North Rhine-Westphalia', 'DE', 51.4, 7.7], ['Rhineland-Palatinate', 'DE', 50.0, 7.3], ['Saxony-Anhalt', 'DE', 51.9, 11.7], ['Brandenburg', 'DE', 52.4, 13.0],
  ['Schleswig-Holstein', 'DE', 54.2, 9.7], ['Mecklenburg-Vorpommern', 'DE', 53.6, 12.7], ['Saarland', 'DE', 49.4, 6.9],
  ['Andalusia', 'ES', 37.5, -4.7], ['Galicia', 'ES', 42.8, -7.9], ['Basque Country', 'ES', 43.0, -2.6], ['Aragon', 'ES', 41.5, -0.7], ['Castile and León', 'ES', 41.8, -4.6], ['Canary Islands', 'ES', 28.3, -15.6], ['Balearic Islands', 'ES', 39.6, 2.9],
  ['Lombardy', 'IT', 45.6, 9.8], ['Tuscany', 'IT', 43.4, 11.0], ['Sicily', 'IT', 37.6, 14.0], ['Sardinia', 'IT', 40.1, 9.0], ['Veneto', 'IT', 45.7, 11.8], ['Piedmont', 'IT', 45.1, 7.9],
  ['Emilia-Romagna', 'IT', 44.5, 11.0], ['Lazio', 'IT', 41.9, 12.8], ['Campania', 'IT', 40.9, 14.8], ['Calabria', 'IT', 39.0, 16.5], ['Puglia', 'IT', 41.0, 16.5], ['Apulia', 'IT', 41.0, 16.5],
  ['Île-de-France', 'FR', 48.7, 2.5], ['Hauts-de-France', 'FR', 50.0, 2.8], ['Grand Est', 'FR', 48.7, 5.6], ['Bourgogne-Franche-Comté', 'FR', 47.2, 4.8],
  ['Nouvelle-Aquitaine', 'FR', 45.2, 0.2], ['Auvergne-Rhône-Alpes', 'FR', 45.4, 4.4], ["Provence-Alpes-Côte d'Azur", 'FR', 43.9, 6.1], ['Pays de la Loire', 'FR', 47.5, -0.8],
  ['Centre-Val de Loire', 'FR', 47.5, 1.7], ['Burgundy', 'FR', 47.0, 4.5], ['Côte d’Azur', 'FR', 43.6, 7.0], ["Côte d'Azur", 'FR', 43.6, 7.0],
  ['Brittany', 'FR', 48.2, -2.9], ['Normandy', 'FR', 49.1, 0.2], ['Provence', 'FR', 43.9, 6.1], ['Alsace', 'FR', 48.3, 7.4], ['Corsica', 'FR', 42.1, 9.0], ['Occitanie', 'FR', 43.7, 2.2],
  ['Flanders', 'BE', 51.0, 4.0], ['Wallonia', 'BE', 50.4, 4.8],
  // United Kingdom and Ireland
  ['Yorkshire', 'GB', 54.0, -1.5], ['Lancashire', 'GB', 53.8, -2.6], ['Merseyside', 'GB', 53.4, -2.9], ['Cumbria', 'GB', 54.6, -2.9], ['Northumberland', 'GB', 55.2, -2.0],
  ['Kent', 'GB', 51.2, 0.7], ['Essex', 'GB', 51.8, 0.6], ['Sussex', 'GB', 50.9, -0.3], ['East Sussex', 'GB', 50.9, 0.3], ['West Sussex', 'GB', 50.9, -0.5], ['Hampshire', 'GB', 51.1, -1.3],
  ['Devon', 'GB', 50.7, -3.8], ['Cornwall', 'GB', 50.4, -4.9], ['Dorset', 'GB', 50.8, -2.3], ['Somerset', 'GB', 51.1, -3.0], ['Norfolk', 'GB', 52.6, 1.0], ['Suffolk', 'GB', 52.2, 1.0],
  ['Cambridgeshire', 'GB', 52.4, 0.0], ['Oxfordshire', 'GB', 51.8, -1.3], ['Gloucestershire', 'GB', 51.8, -2.2], ['Wiltshire', 'GB', 51.3, -1.9], ['Derbyshire', 'GB', 53.1, -1.6],
  ['Nottinghamshire', 'GB', 53.1, -1.0], ['Lincolnshire', 'GB', 53.1, -0.2], ['Leicestershire', 'GB', 52.7, -1.1], ['Staffordshire', 'GB', 52.8, -2.0], ['Shropshire', 'GB', 52.7, -2.7],
  ['Cheshire', 'GB', 53.2, -2.5], ['Greater Manchester', 'GB', 53.5, -2.3], ['West Midlands', 'GB', 52.5, -1.9], ['Hertfordshire', 'GB', 51.8, -0.2], ['Buckinghamshire', 'GB', 51.8, -0.8],
  ['Berkshire', 'GB', 51.5, -1.1], ['Greater London', 'GB', 51.5, -0.1], ['Teesside', 'GB', 54.6, -1.2], ['Fife', 'GB', 56.2, -3.1], ['Aberdeenshire', 'GB', 57.3, -2.6],
  ['Herefordshire', 'GB', 52.1, -2.8], ['Worcestershire', 'GB', 52.2, -2.2], ['Warwickshire', 'GB', 52.3, -1.6], ['Northamptonshire', 'GB', 52.3, -0.9],
  ['Bedfordshire', 'GB', 52.1, -0.5], ['Isle of Wight', 'GB', 50.7, -1.3], ['Tyneside', 'GB', 55.0, -1.6], ['South Yorkshire', 'GB', 53.5, -1.3],
  // Wales's principal areas that are no city of their own name
  ['Blaenau Gwent', 'GB', 51.8, -3.2], ['Rhondda Cynon Taf', 'GB', 51.6, -3.4], ['Torfaen', 'GB', 51.7, -3.1], ['Vale of Glamorgan', 'GB', 51.4, -3.4],
  ['Neath Port Talbot', 'GB', 51.7, -3.8], ['Powys', 'GB', 52.3, -3.4], ['Gwynedd', 'GB', 52.9, -4.0], ['Conwy', 'GB', 53.1, -3.8], ['Denbighshire', 'GB', 53.1, -3.4],
  ['Flintshire', 'GB', 53.2, -3.2], ['Ceredigion', 'GB', 52.3, -4.0], ['Pembrokeshire', 'GB', 51.9, -4.9], ['Carmarthenshire', 'GB', 51.9, -4.2],
  ['Monmouthshire', 'GB', 51.8, -2.9], ['Anglesey', 'GB', 53.3, -4.4],
  // Scotland's areas news names (not "Angus" or "Moray", given names as well)
  ['Lanarkshire', 'GB', 55.7, -3.8], ['Ayrshire', 'GB', 55.5, -4.6], ['Lothian', 'GB', 55.9, -3.2], ['Perthshire', 'GB', 56.6, -3.7], ['Argyll', 'GB', 56.3, -5.3],
  ['Dumfries and Galloway', 'GB', 55.1, -4.0], ['Scottish Borders', 'GB', 55.6, -2.8], ['Shetland', 'GB', 60.3, -1.3],
  // Northern Ireland's counties ("Tyrone" alone is a given name too)
  ['County Tyrone', 'GB', 54.6, -7.1], ['Fermanagh', 'GB', 54.4, -7.6], ['County Fermanagh', 'GB', 54.4, -7.6], ['Armagh', 'GB', 54.3, -6.6], ['County Armagh', 'GB', 54.3, -6.6],
  ['County Antrim', 'GB', 54.8, -6.2], ['County Down', 'GB', 54.3, -5.9], ['County Cork', 'IE', 51.9, -8.7], ['County Kerry', 'IE', 52.1, -9.6], ['County Donegal', 'IE', 54.9, -7.9],
  ['County Galway', 'IE', 53.3, -8.9], ['County Mayo', 'IE', 53.9, -9.3], ['County Clare', 'IE', 52.9, -9.0], ['County Limerick', 'IE', 52.5, -8.8],
  ['County Kildare', 'IE', 53.2, -6.8], ['County Wicklow', 'IE', 53.0, -6.4], ['County Meath', 'IE', 53.6, -6.7], ['County Tipperary', 'IE', 52.7, -7.8],
  ['County Wexford', 'IE', 52.5, -6.6], ['County Sligo', 'IE', 54.2, -8.6], ['County Louth', 'IE', 53.9, -6.5], ['County Dublin', 'IE', 53.4, -6.3],
  ['Donegal', 'IE', 54.9, -7.9], ['Tipperary', 'IE', 52.7, -7.8], ['Wicklow', 'IE', 53.0, -6.4], ['Kildare', 'IE', 53.2, -6.8], ['Connemara', 'IE', 53.5, -9.8],
  // The Republic's counties news names alone ("deliver for Kerry", "in Mayo"; not "Clare", a given name, nor "Down"): a county
  // named like a given name or a surname is the county where no one of the article bears it (personGrouper.ts).
  ['Kerry', 'IE', 52.1, -9.6], ['Mayo', 'IE', 53.9, -9.3], ['Meath', 'IE', 53.6, -6.7], ['Cavan', 'IE', 54.0, -7.4], ['Monaghan', 'IE', 54.2, -6.9],
  ['Leitrim', 'IE', 54.1, -8.0], ['Roscommon', 'IE', 53.8, -8.3], ['Longford', 'IE', 53.7, -7.8], ['Westmeath', 'IE', 53.5, -7.5], ['Offaly', 'IE', 53.2, -7.6],
  ['Laois', 'IE', 53.0, -7.4],
  // New Zealand (not Canterbury, Northland, Marlborough: English places and words first)
  ['Otago', 'NZ', -45.5, 169.9], ['Southland', 'NZ', -45.8, 168.0], ['Waikato', 'NZ', -37.8, 175.3], ["Hawke's Bay", 'NZ', -39.5, 176.8], ['Bay of Plenty', 'NZ', -38.0, 176.8],
  ['Taranaki', 'NZ', -39.3, 174.3], ['South Island', 'NZ', -43.5, 171.0], ['North Island', 'NZ', -38.5, 175.5],
  // Asia
  ['Guangdong', 'CN', 23.4, 113.4], ['Sichuan', 'CN', 30.6, 102.7], ['Hubei', 'CN', 31.0, 112.3], ['Henan', 'CN', 33.9, 113.5], ['Hebei', 'CN', 38.0, 114.5], ['Shandong', 'CN', 36.3, 118.2],
  ['Jiangsu', 'CN', 32.9, 119.5], ['Zhejiang', 'CN', 29.2, 120.1], ['Fujian', 'CN', 26.1, 118.0], ['Yunnan', 'CN', 25.0, 101.5], ['Guangxi', 'CN', 23.8, 108.8], ['Hunan', 'CN', 27.6, 111.7],
  ['Anhui', 'CN', 31.8, 117.2], ['Jiangxi', 'CN', 27.6, 115.7], ['Shaanxi', 'CN', 35.2, 108.9], ['Shanxi', 'CN', 37.6, 112.3], ['Inner Mongolia', 'CN', 44.1, 113.9], ['Heilongjiang', 'CN', 47.9, 127.8],
  ['Jilin', 'CN', 43.7, 126.2], ['Liaoning', 'CN', 41.3, 122.6], ['Gansu', 'CN', 37.8, 101.1], ['Qinghai', 'CN', 35.7, 96.0], ['Guizhou', 'CN', 26.8, 106.9], ['Hainan', 'CN', 19.2, 109.7], ['Ningxia', 'CN', 37.3, 106.2],
  ['Hokkaido', 'JP', 43.2, 142.8], ['Okinawa', 'JP', 26.3, 127.8], ['Kyushu', 'JP', 33.0, 131.0], ['Honshu', 'JP', 36.0, 138.0], ['Shikoku', 'JP', 33.7, 133.5],
  ['Kansai', 'JP', 34.8, 135.5], ['Kanto', 'JP', 36.0, 139.5], ['Tohoku', 'JP', 39.0, 140.5], ['Fukushima Prefecture', 'JP', 37.4, 140.5],
  ['Gyeonggi', 'KR', 37.4, 127.5], ['Jeju', 'KR', 33.4, 126.5],
  ['Rakhine', 'MM', 19.8, 93.9], ['Kachin', 'MM', 26.0, 97.5], ['Shan State', 'MM', 21.5, 98.0], ['Sagaing', 'MM', 24.5, 95.0],
  ['Metro Manila', 'PH', 14.6, 121.0], ['Visayas', 'PH', 11.0, 123.5], ['Cagayan', 'PH', 18.0, 121.8], ['Mindanao', 'PH', 7.5, 125.0], ['Luzon', 'PH', 16.5, 121.0], ['Aceh', 'ID', 4.7, 96.7], ['Papua', 'ID', -4.3, 138.1], ['Sumatra', 'ID', 0.0, 102.0],
  ['Sabah', 'MY', 5.4, 117.0], ['Sarawak', 'MY', 2.5, 113.0],
  ['Helmand', 'AF', 31.0, 64.0], ['Anbar', 'IQ', 33.4, 42.0], ['Nineveh', 'IQ', 36.2, 42.8], ['Galilee', 'IL', 32.9, 35.4], ['Negev', 'IL', 30.8, 34.8], ['Sinai', 'EG', 29.5, 33.8],
  // The Americas
  ['Sinaloa', 'MX', 25.0, -107.5], ['Jalisco', 'MX', 20.7, -103.3], ['Michoacán', 'MX', 19.6, -101.7], ['Guerrero', 'MX', 17.4, -99.5],
  ['Oaxaca', 'MX', 17.1, -96.7], ['Sonora', 'MX', 29.3, -110.3], ['Tamaulipas', 'MX', 24.3, -98.8], ['Baja California', 'MX', 30.8, -115.3], ['Yucatán', 'MX', 20.7, -89.1], ['Chiapas', 'MX', 16.8, -93.1],
  ['Nuevo León', 'MX', 25.6, -99.9], ['Nuevo Leon', 'MX', 25.6, -99.9], ['Coahuila', 'MX', 27.3, -102.0], ['Quintana Roo', 'MX', 19.6, -88.0], ['Tabasco', 'MX', 17.9, -92.6],
  ['Hidalgo', 'MX', 20.5, -98.9], ['Morelos', 'MX', 18.7, -99.1], ['Nayarit', 'MX', 21.8, -104.8], ['Tlaxcala', 'MX', 19.4, -98.2], ['Baja California Sur', 'MX', 26.0, -111.7],
  ['Zacatecas', 'MX', 23.3, -102.7], ['Veracruz', 'MX', 19.2, -96.7], ['Guanajuato', 'MX', 21.0, -101.3], ['State of Mexico', 'MX', 19.4, -99.6],
  ['São Paulo state', 'BR', -22.3, -48.6], ['Goiás', 'BR', -15.9, -49.8], ['Espírito Santo', 'BR', -19.6, -40.7], ['Ceará', 'BR', -5.2, -39.5], ['Maranhão', 'BR', -5.0, -45.3],
  ['Piauí', 'BR', -7.7, -42.7], ['Rio Grande do Norte', 'BR', -5.8, -36.6], ['Paraíba', 'BR', -7.2, -36.8], ['Alagoas', 'BR', -9.6, -36.8], ['Sergipe', 'BR', -10.6, -37.4],
  ['Tocantins', 'BR', -10.2, -48.3], ['Rondônia', 'BR', -10.9, -62.8], ['Amapá', 'BR', 1.4, -51.8], ['Mato Grosso do Sul', 'BR', -20.5, -54.5],
  ['Rio Grande do Sul', 'BR', -30.0, -53.5], ['Minas Gerais', 'BR', -18.5, -44.6], ['Bahia', 'BR', -12.6, -41.7], ['Amazonas', 'BR', -3.4, -65.9], ['Pará', 'BR', -3.4, -52.3],
  ['Paraná', 'BR', -24.9, -51.5], ['Santa Catarina', 'BR', -27.2, -50.2], ['Pernambuco', 'BR', -8.3, -37.9], ['Mato Grosso', 'BR', -12.6, -55.9], ['Roraima', 'BR', 2.7, -61.4],
  ['Patagonia', 'AR', -41.8, -68.9], ['Antioquia', 'CO', 7.0, -75.5],
  // Britain's counties and islands the regions above leave out ("Harrogate, North Yorkshire", "the Outer Hebrides"); not "Surrey" or "Durham", cities elsewhere too
  ['North Yorkshire', 'GB', 54.2, -1.5], ['West Yorkshire', 'GB', 53.7, -1.7], ['East Riding of Yorkshire', 'GB', 53.9, -0.6], ['East Yorkshire', 'GB', 53.9, -0.6],
  ['Tyne and Wear', 'GB', 54.9, -1.5], ['County Durham', 'GB', 54.7, -1.8], ['Rutland', 'GB', 52.6, -0.6], ['Outer Hebrides', 'GB', 57.8, -7.0],
  ['Inner Hebrides', 'GB', 56.5, -6.3], ['Orkney', 'GB', 59.0, -3.0], ['Isle of Skye', 'GB', 57.3, -6.2], ['West Lothian', 'GB', 55.9, -3.6],
  ['East Lothian', 'GB', 55.9, -2.7], ['Midlothian', 'GB', 55.8, -3.1], ['Renfrewshire', 'GB', 55.8, -4.5], ['Stirlingshire', 'GB', 56.1, -4.2],
];

export const EXTRA_COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['America', 'United States'],
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.'],
  KR: ['South Korea'],
  KP: ['North Korea'],
  RU: ['Russia'],
  TW: ['Taiwan'],
  IR: ['Iran'],
  SY: ['Syria'],
  VN: ['Vietnam'],
  LA: ['Laos'],
  CZ: ['Czech Republic', 'Czechia'],
  AE: ['UAE', 'United Arab Emirates'],
  CD: ['Congo', 'DR Congo'],
  VA: ['Vatican', 'Vatican City'],
  PS: ['Palestine', 'Palestinian Territories'],
};

/** Short names news uses for cities that GeoNames lists under a longer one. */
export const CITY_ALIASES: Array<[alias: string, geonamesName: string, country: string]> = [
  ['Washington', 'Washington, D.C.', 'US'], ['Washington D.C.', 'Washington, D.C.', 'US'], ['D.C.', 'Washington, D.C.', 'US'],
  ['New York', 'New York City', 'US'], ['NYC', 'New York City', 'US'], ['Kiev', 'Kyiv', 'UA'],
  // Ukraine's cities as its government and, since 2022, news in English spell them ("Odesa", not "Odessa").
  ['Odesa', 'Odessa', 'UA'], ['Mykolaiv', 'Mykolayiv', 'UA'], ['Zaporizhzhia', 'Zaporizhia', 'UA'], ['Kramatorsk', 'Kramators’k', 'UA'],
  ['Uzhhorod', 'Uzhgorod', 'UA'], ['Berdiansk', 'Berdyansk', 'UA'], ['Sievierodonetsk', 'Syevyerodonets’k', 'UA'], ['Lysychansk', 'Lysychans’k', 'UA'],
  // British news calls the city "Newcastle" (its namesakes in South Africa and Australia are in the list under that name already).
  ['Newcastle', 'Newcastle upon Tyne', 'GB'],
  // Capitals as their own press names them, in copy in Spanish: "la Ciudad de México".
  ['Ciudad de México', 'Mexico City', 'MX'], ['Ciudad de Mexico', 'Mexico City', 'MX'],
];

/**
 * London's boroughs that the cities list lacks (it holds London as one city, and some boroughs
 * under other names): UK news names them as places in their own right ("a stabbing in
 * Hackney", "told reporters in Westminster"). Population from the 2021 census, rounded.
 */
export const LONDON_BOROUGHS: Array<[name: string, population: number, lat: number, lon: number]> = [
  ['Westminster', 204_000, 51.5, -0.14], ['Camden', 210_000, 51.55, -0.16], ['Hackney', 259_000, 51.55, -0.06], ['Lambeth', 317_000, 51.46, -0.12],
  ['Southwark', 307_000, 51.47, -0.08], ['Tower Hamlets', 310_000, 51.52, -0.03], ['Greenwich', 289_000, 51.48, 0.0], ['Lewisham', 300_000, 51.45, -0.02],
  ['Ealing', 367_000, 51.51, -0.31], ['Haringey', 264_000, 51.59, -0.11], ['Wandsworth', 328_000, 51.45, -0.19], ['Hammersmith', 183_000, 51.49, -0.22],
  ['Newham', 351_000, 51.53, 0.03], ['Redbridge', 310_000, 51.57, 0.07], ['Hillingdon', 305_000, 51.53, -0.45],
  ['Havering', 262_000, 51.58, 0.18], ['Waltham Forest', 278_000, 51.59, -0.01],
];

/** Demonyms the country package lacks or spells otherwise. */
export const EXTRA_DEMONYMS: Array<[string, string]> = [
  ['British', 'GB'], ['Palestinian', 'PS'], ['Emirati', 'AE'], ['Congolese', 'CD'], ['Taiwanese', 'TW'],
  // The nations of the United Kingdom and regions whose people news names as it names a country's
  // ("Welsh valleys", "a Scottish court", "the Texan"); none of them is a country of its own.
  ['English', 'GB'], ['Scottish', 'GB'], ['Scot', 'GB'], ['Welsh', 'GB'], ['Cornish', 'GB'], ['Catalan', 'ES'],
  ['Flemish', 'BE'], ['Bavarian', 'DE'], ['Sicilian', 'IT'], ['Sardinian', 'IT'], ['Corsican', 'FR'], ['Quebecois', 'CA'],
  ['Texan', 'US'], ['Californian', 'US'], ['Floridian', 'US'], ['Hawaiian', 'US'], ['Alaskan', 'US'],
];

/** AP style abbreviations of US states ("Arlington, Va."), by postal code. */
export const AP_STATE_ABBREVIATIONS: Record<string, string[]> = {
  AL: ['Ala.'], AZ: ['Ariz.'], AR: ['Ark.'], CA: ['Calif.'], CO: ['Colo.'], CT: ['Conn.'], DE: ['Del.'], FL: ['Fla.'],
  GA: ['Ga.'], IL: ['Ill.'], IN: ['Ind.'], KS: ['Kan.', 'Kans.'], KY: ['Ky.'], LA: ['La.'], MD: ['Md.'], MA: ['Mass.'],
  MI: ['Mich.'], MN: ['Minn.'], MS: ['Miss.'], MO: ['Mo.'], MT: ['Mont.'], NE: ['Neb.', 'Nebr.'], NV: ['Nev.'],
  NH: ['N.H.'], NJ: ['N.J.'], NM: ['N.M.'], NY: ['N.Y.'], NC: ['N.C.'], ND: ['N.D.'], OK: ['Okla.'], OR: ['Ore.'],
  PA: ['Pa.'], RI: ['R.I.'], SC: ['S.C.'], SD: ['S.D.'], TN: ['Tenn.'], TX: ['Tex.'], VT: ['Vt.'], VA: ['Va.'],
  WA: ['Wash.'], WV: ['W.Va.'], WI: ['Wis.'], WY: ['Wyo.'],
};
