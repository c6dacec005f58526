/** The outcome of turning a file's bytes into text. */
export interface DecodedText {
  /** null when the bytes are not text at all (binary). */
  text: string | null;
  warning?: string;
}

const BINARY_SAMPLE = 8000;

/**
 * Decodes UTF-8; a BOM stays in the text because the schema counts offsets in the text as read. Binary files (NUL bytes in the first 8 KB) are refused; invalid UTF-8
 * is decoded with U+FFFD and a warning, so nothing is lost silently.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const sample = bytes.subarray(0, BINARY_SAMPLE);
  if (sample.includes(0)) return { text: null, warning: 'looks like a binary file (NUL bytes)' };
  try {
    // ignoreBOM: true keeps the BOM (TextDecoder drops it by default).
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
      warning: 'not valid UTF-8; invalid bytes were read as U+FFFD',
    };
  }
}
