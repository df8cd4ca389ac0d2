// Word lists that rate how common a word is, read from openly licensed npm packages at build time (only the
// compiled lexicon ships; see THIRD_PARTY_NOTICES.md):
// - the word list of Tesseract's Persian model (@tesseract.js-data/fas, Apache-2.0 tessdata packaged under MIT):
//   ~14k words frequent on the web, stored as a "squished DAWG" inside the traineddata container;
// - the Persian stop words of stopwords-iso (MIT): function words.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** Files the lists are read from (for the build's freshness check). */
export const sourceFiles = () => [tesseractPath(), require.resolve('stopwords-iso/stopwords-iso.json')];

const tesseractPath = () => require.resolve('@tesseract.js-data/fas/4.0.0/fas.traineddata.gz');

// tessdata container entries (tesseract's TessdataType)
const LSTM_SYSTEM_DAWG = 19;
const LSTM_UNICHARSET = 21;
const DAWG_MAGIC = 42;
// edge record flags (tesseract's dawg.h)
const MARKER_FLAG = 1n;
const DIRECTION_FLAG = 2n;
const WERD_END_FLAG = 4n;
const NUM_FLAG_BITS = 3n;

/** The words of the word DAWG of a gzipped .traineddata file, in logical (reading) order. */
export function readTesseractWords(path = tesseractPath()) {
  const data = gunzipSync(readFileSync(path));
  const count = data.readInt32LE(0);
  const offsets = [];
  for (let i = 0; i < count; i++) offsets.push(Number(data.readBigInt64LE(4 + 8 * i)));
  const entry = (type) => {
    if (type >= count || offsets[type] < 0) throw new Error(`traineddata has no entry ${type}`);
    let end = data.length;
    for (let j = type + 1; j < count; j++) {
      if (offsets[j] >= 0) {
        end = offsets[j];
        break;
      }
    }
    return data.subarray(offsets[type], end);
  };
  // unicharset: a count line, then one line per unichar id: "<text> <properties…>"
  const lines = entry(LSTM_UNICHARSET).toString('utf8').split('\n');
  const chars = lines.slice(1, Number(lines[0]) + 1).map((l) => l.split(' ')[0]);

  const dawg = entry(LSTM_SYSTEM_DAWG);
  if (dawg.readInt16LE(0) !== DAWG_MAGIC) throw new Error('not a tesseract DAWG');
  const unicharsetSize = dawg.readInt32LE(2);
  const edgeCount = dawg.readInt32LE(6);
  const letterBits = BigInt(Math.ceil(Math.log2(unicharsetSize)));
  const letterMask = (1n << letterBits) - 1n;
  const edges = new Array(edgeCount);
  for (let i = 0; i < edgeCount; i++) edges[i] = dawg.readBigUInt64LE(10 + 8 * i);

  // a node is the index of its first edge; its edges run up to the one carrying MARKER_FLAG
  const words = [];
  const stack = [[0, '']];
  while (stack.length) {
    const [node, prefix] = stack.pop();
    for (let e = node; e < edgeCount; e++) {
      const rec = edges[e];
      const flags = (rec >> letterBits) & ((1n << NUM_FLAG_BITS) - 1n);
      if (!(flags & DIRECTION_FLAG)) {
        const word = prefix + chars[Number(rec & letterMask)];
        if (flags & WERD_END_FLAG) words.push(word);
        const next = Number(rec >> (letterBits + NUM_FLAG_BITS));
        if (next !== 0 && word.length < 64) stack.push([next, word]);
      }
      if (flags & MARKER_FLAG) break;
    }
  }
  return words;
}

/** Persian stop words (function words). */
export function readStopwords() {
  const all = JSON.parse(readFileSync(require.resolve('stopwords-iso/stopwords-iso.json'), 'utf8'));
  return all.fa.filter((w) => /^[\u0600-\u06ff\u200c]+$/.test(w));
}
