// Public surface of the analysis core. Hosts (LSP server, CLI, a browser worker) import only from here.
export { createAnalyzer, type AnalyzeOptions, type Analyzer, type AnalyzerResources, type Check, type CheckContext } from './analyze';
export { ContextModel } from './context/model';
export { Lexicon } from './lexicon';
export { hasPersian, tokenize, splitSentences, type Token, type Sentence } from './text';
export { normalizeWord, dotSkeleton, toPersianDigits, isolate } from './persian';
export type * from './types';
export { parseNamesList, type NamesList, type NamesListEntry, type NamesListProblem } from './names-list';
export { mentionsToRespell, spellingForms } from './spelling-forms';
export { checkDesk, ACROSS_FILES_CODE, type DeskText, type DeskOptions } from './desk';
export { mergeReasons } from './merge';
