// Turning file bytes into text for the Node hosts, with clear errors for input that is not text.

/** Decodes UTF-8 (a BOM is dropped, as editors do). Throws on binary data or invalid UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
