// The server's own user-facing strings (code-action titles, outline groups, notices), in Persian and English.
// Findings carry their own {fa, en} messages; these are only the words the LSP host adds around them.
import type { EntityKind } from '../core';

export type Lang = 'fa' | 'en';

/** Wraps inserted text in a first-strong isolate so «…» around Persian is not reordered inside English text. */
const iso = (s: string) => `\u2068${s}\u2069`;

export const MESSAGES = {
  fa: {
    replaceWith: (s: string) => `جایگزینی با «${s}»`,
    removeRepeat: 'حذف نسخهٔ تکراری',
    useEverywhere: (s: string, n: number) => `نوشتن «${s}» در همهٔ موارد (${n} مورد)`,
    fixAll: 'اصلاح همهٔ خطاهای مطمئن دبیر',
    tooLarge: (kb: number, limit: number) =>
      `دبیر این پرونده را بررسی نکرد: حجم آن ${kb} کیلوبایت است و بیشتر از سقف ${limit} کیلوبایت (تنظیم dabir.maxFileSizeKB).`,
    lexiconMissing: (p: string) =>
      `دبیر واژه‌نامه را نتوانست بخواند (${p}). بررسی واژه‌های مخدوش و نیم‌فاصله‌ها خاموش است؛ بقیهٔ بررسی‌ها کار می‌کنند.`,
    mentions: (n: number) => `${n} بار`,
    groups: { person: 'اشخاص', place: 'مکان‌ها', organization: 'سازمان‌ها', other: 'دیگر نام‌ها' } as Record<EntityKind, string>,
  },
  en: {
    replaceWith: (s: string) => `Replace with «${iso(s)}»`,
    removeRepeat: 'Remove the repeated copy',
    useEverywhere: (s: string, n: number) => `Use «${iso(s)}» for every mention (${n})`,
    fixAll: 'Fix all safe Dabir issues',
    tooLarge: (kb: number, limit: number) =>
      `Dabir skipped this file: it is ${kb} KB, above the ${limit} KB limit (setting dabir.maxFileSizeKB).`,
    lexiconMissing: (p: string) =>
      `Dabir could not read its lexicon (${p}). Garbled-word and half-space checks are off; the other checks still run.`,
    mentions: (n: number) => `${n} mention${n === 1 ? '' : 's'}`,
    groups: { person: 'People', place: 'Places', organization: 'Organisations', other: 'Other names' } as Record<EntityKind, string>,
  },
} satisfies Record<Lang, unknown>;

export type Messages = (typeof MESSAGES)[Lang];

/** Persian unless the user asked for English, or asked for nothing and runs an English UI. */
export function pickLanguage(setting: 'auto' | Lang, clientLocale: string | undefined): Lang {
  if (setting !== 'auto') return setting;
  return clientLocale?.toLowerCase().startsWith('en') ? 'en' : 'fa';
}
