// Types of the build's word-list readers (the module itself is plain ESM run by node).
export function sourceFiles(): string[];
export function readTesseractWords(path?: string): string[];
export function readStopwords(): string[];
