import type { Organization, Person, Place } from '../types';
import type { NameMention } from '../names/nameMention';
import type { AnalyzedText } from '../text/analyzedText';
import type { Memo } from '../incremental/memo';
import { buildProfiles, emptyProfile, type PersonProfile } from './personProfiles';
import { groupAfresh, groupReusing, type GroupingPlan } from './groupingPlan';
import { profilesReusing, type LastProfiles } from './lastProfileRun';
import type { LastPlaces } from '../places/lastPlaceRun';

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
 * of roles and gender from the words around the mentions (personProfiles.ts). With a memo
 * (the incremental annotator's), a grouping is reused while the mentions read the same
 * (groupingPlan.ts), and the profiles of the people whose mentions an edit did not reach are
 * kept (lastProfileRun.ts).
 */
export function groupEntities(tagged: NameMention[], doc?: AnalyzedText, memo?: Memo<GroupingPlan>, lastProfiles?: LastProfiles, lastPlaces?: LastPlaces): GroupedEntities {
  const groups = memo && doc ? groupReusing(tagged, doc, memo, lastPlaces) : groupAfresh(tagged, undefined, undefined, doc?.text);
  const { mentions, people, personIdAt, genderOf, organizations, organizationIdAt, places } = groups;
  const personMentions = groups.personMentions ?? mentions.filter((m) => m.type === 'PER').sort((a, b) => a.start - b.start);
  const profiles = doc
    ? doc.paragraphTokens && lastProfiles
      ? profilesReusing(doc, people, personMentions, personIdAt, genderOf, lastProfiles)
      : buildProfiles(doc, people, personMentions, personIdAt, genderOf)
    : new Map(people.map((p) => [p.id, emptyProfile(genderOf.get(p.id) ?? null)]));
  return { people, organizations, places, personIdAt, organizationIdAt, profiles };
}
