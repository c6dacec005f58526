import type { Check, CheckFinding } from './checkTypes';

// AP style names the day rather than "yesterday" or "tomorrow" ("said Monday"), except in
// direct quotations: a reader may see the story on another day than it was written. The
// annotator has already placed each date on the calendar, so the fix is the weekday itself.
// A house rule not every newsroom keeps: off unless switched on.

const RELATIVE_DAY = /\b(?:yesterday|tomorrow)\b/iu;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const apDayNames: Check = {
  id: 'ap-day-names',
  setting: 'apDayNames',
  optIn: true,
  description: 'AP style: "yesterday" and "tomorrow" outside quotations, with a fix to name the day ("Monday"). Off unless switched on.',
  run({ annotations }) {
    const quoted = annotations.quotes.filter((q) => q.kind !== 'indirect');
    const out: CheckFinding[] = [];
    for (const d of annotations.dates) {
      const word = RELATIVE_DAY.exec(d.text);
      const day = d.value === null ? null : /^(\d{4})-(\d{2})-(\d{2})/u.exec(d.value);
      if (word === null || day === null) continue;
      const start = d.start + word.index;
      const end = start + word[0].length;
      if (quoted.some((q) => start >= q.start && end <= q.end)) continue;
      const weekday = WEEKDAYS[new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))).getUTCDay()];
      out.push({
        checkId: this.id,
        start,
        end,
        message: `AP style names the day: "${word[0]}" is ${weekday} (${day[0]}).`,
        fixes: [{ title: `Replace with “${weekday}”`, edits: [{ start, end, newText: weekday }], preferred: true }],
      });
    }
    return out;
  },
};
