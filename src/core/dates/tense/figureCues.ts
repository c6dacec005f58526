// Figures a new one is compared with, in business and economic copy: the date of a figure
// "up from", "after a gain of" or a market's close has gone by, whatever the tense of the sentence.

import { leadCue } from './leadCue';

/** "a premium over Thursday's closing price", "up from Friday's close": a market's close that is quoted has been. */
export const MARKET_CLOSE_AFTER = /^['’]s\s+(?:close|closing)\b/i;

/**
 * "growth will be 1.2%, down from its forecast of 1.5% in March", "up from 4.1% in June",
 * "compared with 3% on Monday": the figure a change is measured from was seen before, whatever
 * the tense of the sentence that gives the new one.
 */
export const EARLIER_FIGURE = leadCue(
  String.raw`\b(?:(?:up|down|higher|lower|rising|falling|unchanged)\s+from|compared\s+(?:with|to)|versus|vs\.?)\s+[^,;()\n]{0,60}?\d[^,;()\n]{0,40}?\s`,
  String.raw`(?:in|on|at)\s+$`, 'i', 1);

/**
 * "payrolls are expected to rise by 150,000, after a gain of 254,000 in September", "growth
 * will slow, following a 0.4% rise in the third quarter": a change with its figure that a new
 * one comes after was seen before, as EARLIER_FIGURE's (a figure must be part of it).
 */
export const AFTER_CHANGE = leadCue(
  String.raw`\b(?:after|following)\s+(?:an?\s+)?(?:[\w.,%$£€-]+\s+){0,3}?(?:gains?|rises?|increases?|jumps?|falls?|drops?|declines?|loss(?:es)?|slumps?|contraction|expansion|growth|(?:ris|fall|gain|increas|declin|dropp|grow|contract|jump)(?:ing|ed))(?:\s+[^;()\n]{0,40}?)?\s`,
  String.raw`(?:in|on|at|during)\s+(?:the\s+)?$`, 'i', 2);
