import type { NameMention } from './nameMention';

// Public bodies news names by their initials alone, with "the" ("the NHS", "waiting lists at the
// NHS"), that the tagger, which learned its acronyms from other years' news, reads as a thing's
// name (MISC) or a place's. A look-up only, read after tagging: the tagger's own list of known
// organizations is one of its features and stays as trained.

/** Bodies known by their initials: health services, tax, prosecution and transport bodies, regulators (not "RBI", runs batted in as often as India's central bank). */
const BODIES_BY_INITIALS = new Set([
  'NHS', 'HSE', 'HMRC', 'DVLA', 'DWP', 'CPS', 'TfL', 'RSPCA', 'NSPCC', 'RNLI', 'Ofsted', 'Ofcom', 'Ofgem', 'Ofwat', 'CQC', 'FCA', 'CMA', 'ONS', 'OBR',
  'IPCC', 'IAEA', 'UNHCR', 'UNRWA', 'WFP', 'ICC', 'ICJ', 'ECHR', 'NTSB', 'FAA', 'FEMA', 'ISRO', 'JAXA', 'ESA', 'CSIRO', 'SEBI', 'ECB', 'BoE', 'BoJ',
]);

/** The mentions of a sentence (from `first` in `out`) that are a body known by its initials, read as a thing or a place, retyped as the body. */
export function bodiesByInitials(first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if ((m.type === 'MISC' || m.type === 'LOC') && BODIES_BY_INITIALS.has(m.text)) out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
}
