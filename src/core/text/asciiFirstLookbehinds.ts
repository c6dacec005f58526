// Lookbehinds that open patterns run over whole windows or paragraphs: tried at every
// character, where Unicode's classes of letters and digits cost far more per character than
// the ASCII ones, which decide for nearly every character of English news. Each is exactly
// the plain lookbehind named in its comment (test/unit/asciiFirstLookbehinds.test.ts), with
// the ASCII characters asked first and Unicode's class looked up only for a character outside
// ASCII. A lookbehind reads its terms from right to left: in `(?=X)[\u{80}-\u{10FFFF}]` the
// range is asked first, then the lookahead reads the character the range took.

/** Exactly `(?<![\p{L}\p{N}'’.-])`: no letter, digit, apostrophe, full stop or hyphen before. */
export const NOT_AFTER_WORD_CHARACTER = String.raw`(?<![A-Za-z0-9'.\-]|(?=[\p{L}\p{N}’])[\u{80}-\u{10FFFF}])`;

/** Exactly `(?<!\p{L})`: no letter before. */
export const NOT_AFTER_LETTER = String.raw`(?<![A-Za-z]|(?=\p{L})[\u{80}-\u{10FFFF}])`;
