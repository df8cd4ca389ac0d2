// The registry of checks, in the order they run.
import type { Check } from '../analyze';
import { duplicateCheck } from './duplicates';
import { garbledCheck } from '../garbled';
import { nameCheck } from './names';
import { styleCheck } from './style';

export const CHECKS: readonly Check[] = [garbledCheck, nameCheck, duplicateCheck, styleCheck];
