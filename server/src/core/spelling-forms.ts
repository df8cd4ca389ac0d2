// An entity's spellings fall into forms: the full name and its short forms («امانوئل ماکرون», «ماکرون») are
// different forms, while «ماکرون» and «مکرون» are two spellings of one form. Respelling an entity must only
// rewrite the spellings of the chosen form: turning «امانوئل ماکرون» into «ماکرون» would delete a word.
import { nameKey, sameNameKeys } from './name-match';
import type { Entity, Mention } from './types';

/** The form number of each spelling: spellings that are one name written two ways share a number. */
export function spellingForms(spellings: readonly string[]): Map<string, number> {
  const keys = spellings.map(nameKey);
  const parent = spellings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) if (sameNameKeys(keys[i], keys[j])) parent[find(j)] = find(i);
  }
  const forms = new Map<string, number>();
  spellings.forEach((s, i) => forms.set(s, find(i)));
  return forms;
}

/** The mentions to rewrite so that the entity is spelled `target` everywhere: those of the same form, spelled otherwise. */
export function mentionsToRespell(entity: Pick<Entity, 'mentions'>, target: string): Mention[] {
  const targetKey = nameKey(target);
  return entity.mentions.filter((m) => m.text !== target && sameNameKeys(nameKey(m.text), targetKey));
}
