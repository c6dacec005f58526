import type { NameMention } from './nameMention';

/** Nouns of kinship after "his", "her", "their" or "whose", an adjective of age or death allowed between. */
const KIN_BEFORE = /\b(?:his|her|their|whose)\s+(?:(?:late|younger|elder|older|eldest|youngest|twin|estranged|former)\s+)?(?:wife|husband|son|daughter|father|mother|brother|sister|widow|widower|stepson|stepdaughter|stepfather|stepmother|nephew|niece|grandson|granddaughter|grandfather|grandmother|cousin|uncle|aunt|partner|fiancée?)\s*,?\s*$/iu;

/**
 * "Dame Karen Hollis … Her family said … her son, Tom Hollis, said. … Hollis took up rowing":
 * news calls the relative who shares a surname by the full name or the given name; the bare
 * surname stays with the one the story is about. Marks a full name introduced as someone's
 * relative (`kin`), for the person grouper. A look at the few words before each full name.
 */
export function withKinMarked(text: string, mentions: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'PER' || m.kin || !m.text.includes(' ') || !KIN_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    out ??= mentions.slice();
    out[i] = { ...m, kin: true };
  }
  return out ?? mentions;
}
