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
];

/** Demonyms the country package lacks or spells otherwise. */
export const EXTRA_DEMONYMS: Array<[string, string]> = [
  ['British', 'GB'], ['Palestinian', 'PS'], ['Emirati', 'AE'], ['Congolese', 'CD'], ['Taiwanese', 'TW'],
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
