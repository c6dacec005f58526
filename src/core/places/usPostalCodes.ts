/**
 * The two-letter postal codes of the US states and DC, as datelines and bylines write them
 * after a town ("BEREA, OH", "Tulsa, OK"). Kept apart from the gazetteer: looked up on
 * their own, "OK", "OR", "IN" and "ME" are ordinary words.
 */
export const US_POSTAL_CODES = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME',
  'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI',
  'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
]);
