/**
 * Whole lines that web pages and broadcast transcripts insert between paragraphs and
 * that end up pasted into the article. Matched against the entire trimmed line only, so
 * a sentence that mentions "advertisement" is never flagged.
 */
const BOILERPLATE = new RegExp(
  '^(?:' +
    [
      'advertisement', 'advertising', 'ad', 'sponsored(?: content)?', 'skip advertisement', 'story continues below(?: advertisement)?',
      'scroll to continue reading', 'scroll down to continue reading', 'continue reading(?: below| the main story)?',
      'article continues (?:below|after (?:this )?advertisement)', 'commercial break', '\\(?commercial break\\)?',
      '\\[?(?:commercial break|end video clip|begin video clip|video clip)\\]?', 'read more:?', 'related:?',
      'recommended(?: stories| reading)?:?', 'most read', 'share this article', 'share(?: on)?(?: facebook| twitter| x)?',
      'sign up(?: for (?:our|the) newsletter)?', 'subscribe(?: now| to our newsletter)?', 'click here to (?:subscribe|read more)',
      'follow us on (?:facebook|twitter|x|instagram)', 'this content is not available in your region', 'watch:? .{0,60}video',
      'listen to this article', 'copy link', 'print this page',
    ].join('|') +
    ')[.!:]?$',
  'iu',
);
/** Longer lines are prose; testing them would only cost time. */
export const MAX_BOILERPLATE_LINE = 80;

/** Whether a whole trimmed line is boilerplate pasted from a web page ("ADVERTISEMENT"). */
export function isWebBoilerplateLine(trimmedLine: string): boolean {
  return trimmedLine.length <= MAX_BOILERPLATE_LINE && BOILERPLATE.test(trimmedLine);
}
