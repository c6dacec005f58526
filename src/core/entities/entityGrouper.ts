import type { Organization, Person, Place } from '../types';
import type { NameMention } from '../names/nameMention';
import type { AnalyzedText } from '../text/analyzedText';
import { resolvePlaces } from '../places/placeResolver';
import { groupPeople } from './personGrouper';
import { groupOrganizations } from './organizationGrouper';
import { buildProfiles, emptyProfile, type PersonProfile } from './personProfiles';
import { retypeMentions } from './mentionTypes';

export interface GroupedEntities {
  people: Person[];
  organizations: Organization[];
  places: Place[];
  /** For each PER mention (by start offset), the id of its person. */
  personIdAt: Map<number, string>;
  /** For each ORG mention (by start offset), the id of its organization. */
  organizationIdAt: Map<number, string>;
  /** Roles and gender the text gives each person, for resolving "he" and "the minister". */
  profiles: Map<string, PersonProfile>;
}

/**
 * Groups mentions into entities: people (personGrouper.ts), organizations
 * (organizationGrouper.ts), places (places/placeResolver.ts). With the analyzed text, each person also gets a profile
 * of roles and gender from the words around the mentions (personProfiles.ts).
 */
export function groupEntities(tagged: NameMention[], doc?: AnalyzedText): GroupedEntities {
  const mentions = retypeMentions(tagged);
  const { people, personIdAt, genderOf } = groupPeople(mentions);
  const { organizations, organizationIdAt } = groupOrganizations(mentions);
  const personMentions = mentions.filter((m) => m.type === 'PER').sort((a, b) => a.start - b.start);
  const profiles = doc
    ? buildProfiles(doc, people, personMentions, personIdAt, genderOf)
    : new Map(people.map((p) => [p.id, emptyProfile(genderOf.get(p.id) ?? null)]));

  const places = resolvePlaces(mentions);
  return { people, organizations, places, personIdAt, organizationIdAt, profiles };
}
