// Seasons are the other way round south of the equator: an Australian "last summer" written
// in December is the summer that began a year before (December to February), and "this
// winter" runs from June. Which half of the world the story is told from is read from its
// dateline: a city of Australia, New Zealand, southern Africa or South America, or the
// Australian Associated Press's "(AAP)".

/** How far into the text the dateline is looked for. */
const DATELINE_HEAD = 300;

const SOUTHERN_CITY = 'SYDNEY|MELBOURNE|BRISBANE|PERTH|ADELAIDE|CANBERRA|HOBART|DARWIN|GOLD COAST|AUCKLAND|WELLINGTON|CHRISTCHURCH|DUNEDIN|JOHANNESBURG|CAPE TOWN|PRETORIA|DURBAN|HARARE|LUSAKA|WINDHOEK|GABORONE|MAPUTO|BUENOS AIRES|SANTIAGO|MONTEVIDEO|SAO PAULO|SÃO PAULO|RIO DE JANEIRO|BRASILIA|BRASÍLIA';
/** "SYDNEY, 3 December 2025 (AAP) -", "MELBOURNE (Reuters) -": the city in capitals opening a line, before a comma or the agency. */
const SOUTHERN_DATELINE = new RegExp(`(?:^|\\n)[ \\t]*(?:${SOUTHERN_CITY})(?:,|[ \\t]+\\(|[ \\t]+[–—-])|\\(AAP\\)|\\bAAP[ \\t]+[–—-]`, 'u');

/** The story is told from the southern hemisphere, as its dateline says. */
export function toldFromTheSouth(text: string): boolean {
  return SOUTHERN_DATELINE.test(text.slice(0, DATELINE_HEAD));
}
