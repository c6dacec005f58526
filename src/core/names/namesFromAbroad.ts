import type { NameMention } from './nameMention';
import { firmWordsAfterNames } from './firmWordsAfterNames';
import { irishNameParticles } from './irishNameParticles';
import { arabicNameChains } from './arabicNameChains';
import { apostropheEndedNames } from './apostropheEndedNames';
import { vietnameseMiddleNames } from './vietnameseMiddleNames';

// Names written by conventions the training corpora (1996 Reuters, 2016 US politics) hold few
// of, read sentence by sentence after tagging, each rule in a file of its own: a firm named
// after a family and its kind of business ("Shaw Communications"), Irish surnames' particles
// ("Ó Broin"), Arabic names chained by "bin" ("Hamdan bin Mohammed bin Rashid"), Luo names
// ending in an apostrophe ("Anyang' Nyong'o"), Vietnamese family names before "Thị" or "Văn".

/** Takes the sentence's mentions from `first` in `out` and changes them in place. */
export function namesFromAbroad(text: string, first: number, out: NameMention[]): void {
  firmWordsAfterNames(text, first, out);
  irishNameParticles(text, first, out);
  arabicNameChains(text, first, out);
  apostropheEndedNames(text, first, out);
  vietnameseMiddleNames(text, first, out);
}
