import type { NameMention } from './nameMention';

// "Acme's chief executive", "Chelsea's manager", "Uranium One's chairman": a name in the
// possessive before a firm's or a club's staff, board or owners. Marks each such person or place
// mention with the kind of staff, for the retyping (mentionTypes.ts) to weigh with what the
// article says of the name: the text after a name is read here, where the grouping memo sees it.

/**
 * A firm's or a club's staff, board or owners after a possessive: "'s chief executive", "'s new
 * manager", "'s board", "'s head coach". Not a person's staff ("'s campaign manager", "'s
 * spokesman", "'s lawyer"), which no word here names.
 */
const STAFF_AFTER = /^['’]s? (?:(?:new|former|interim|acting|outgoing|incoming|longtime|current|deputy|assistant|senior|top|founding|executive|managing|general|head|chief|group|global|financial|operating|technology)\s+){0,3}(chief executive|executive director|managing director|director-general|director general|ceo|cfo|coo|cto|chairman|chairwoman|chairperson|president|director|manager|coach|boss|owners?|founder|co-founder|board|shareholders|investors|employees|workforce|executives|captain|striker|goalkeeper|midfielder|defender)\b/iu;

/** Of STAFF_AFTER, a team's ("Chelsea's manager", "England's captain"); a player or a performer has a coach and a manager too. */
const TEAM_STAFF = new Set(['manager', 'coach', 'captain', 'striker', 'goalkeeper', 'midfielder', 'defender']);

/** The mentions, each person or place mention with no title right before STAFF_AFTER marked with the kind of staff. */
export function withStaffOwnersMarked(text: string, mentions: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const c = text.charCodeAt(m.end);
    // Asked of every name on every keystroke: only one right before an apostrophe is read further.
    if ((c !== 39 && c !== 0x2019) || (m.type !== 'PER' && m.type !== 'LOC') || m.title !== undefined || m.staff !== undefined) continue;
    const staff = STAFF_AFTER.exec(text.slice(m.end, m.end + 48))?.[1];
    if (staff === undefined) continue;
    out ??= mentions.slice();
    out[i] = { ...m, staff: TEAM_STAFF.has(staff.toLowerCase()) ? 'team' : 'body' };
  }
  return out ?? mentions;
}
