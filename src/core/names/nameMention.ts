export type NameType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A state's body described by its country, field and noun ("foreign ministry" of RU). */
export interface DescribedBody {
  country: string;
  fields: readonly string[];
  head: string;
}

/** A name found in the text, before mentions are grouped into entities. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  type: NameType;
  /** A title seen right before a person's name ("President"), used to resolve role nouns. */
  title?: string;
  /**
   * For a place: the word the text uses to say which kind is meant ("Washington state",
   * "the state of Washington", "New York city"), for the place resolver; 'part' where it is
   * named as a part of the next place ("the Eastleigh district of Nairobi"); 'venue' where a
   * match report names a ground like a country ("at the Emirates"): no country is meant;
   * 'region' where the text names the province the city is named after ("the Donetsk region",
   * "the Kyiv and Sumy regions").
   */
  placeQualifier?: 'state' | 'city' | 'part' | 'venue' | 'region';
  /**
   * For an organization: its name where the words that name it stand apart from the mention, a
   * place's in the possessive before it ("Nigeria's" + "central bank"); the grouper names and
   * groups the mention by it, so that two countries' central banks stay two bodies.
   */
  name?: string;
  /**
   * For an organization named in lower case after its country ("the Russian foreign ministry",
   * "Nigeria's central bank"): the country (ISO code), the field's words and the body's noun, by
   * which the grouper joins it to the body the article names ("the Bank of Japan").
   */
  body?: DescribedBody;
  /** A person introduced as someone's relative ("her son, Tom Hollis"): the grouper gives a bare shared surname to another bearer first (kinIntroduced.ts). */
  kin?: true;
  /**
   * For a person: said to be the younger or the elder of those who share the surname ("his
   * son, Nathan Hale", "her father Tom Hale", "the younger Hale"), for the grouper to tell
   * them apart (kinIntroduced.ts).
   */
  generation?: Generation;
  /**
   * For a one-word person mention: the gender of the pronoun its sentence goes on with ("Trump
   * … refuses to release his tax records"), for the grouper to choose among people who share
   * the surname (pronounsAfterNames.ts).
   */
  pronoun?: 'male' | 'female';
  /**
   * For a person or a place in the possessive before a firm's or a club's staff ("Acme's chief
   * executive": 'body'; "Chelsea's manager": 'team'), for the retyping to read the owner as the
   * body (staffOwners.ts).
   */
  staff?: 'body' | 'team';
}

export type Generation = 'younger' | 'elder';

/**
 * Puts `name` among a sentence's mentions (those from `first` in `out`, in text order) in place
 * of those inside it; nothing changes where a mention runs across its edges.
 */
export function replaceMentionsInside(out: NameMention[], first: number, name: NameMention): void {
  let at = first;
  while (at < out.length && out[at].end <= name.start) at++;
  let past = at;
  while (past < out.length && out[past].start < name.end) {
    if (out[past].start < name.start || out[past].end > name.end) return;
    past++;
  }
  out.splice(at, past - at, name);
}
