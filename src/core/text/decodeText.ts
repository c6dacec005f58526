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
  // UTF-16 is full of NUL bytes too; its byte order mark tells it from a binary file.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: null, warning: 'UTF-16 text (byte order mark), not UTF-8; save it as UTF-8' };
  }
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
