// The server's own user-facing strings (code-action titles, outline groups, notices), in Persian and English.
// Findings carry their own {fa, en} messages; these are only the words the LSP host adds around them.
import { isolate, type EntityKind } from '../core';

export type Lang = 'fa' | 'en';


/** A run of right-to-left text: Arabic-script letters, with the spaces, ZWNJs, marks and «،» between them. */
const RTL_RUN = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc](?:[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc\u200c ]*[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc])?/g;

/** Any right-to-left letter. */
const HAS_RTL = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]/;

/** A “quoted” phrase; the capture group is its inside. */
const QUOTED = /“([^”]*)”/;

/**
 * An English message with each Persian run isolated, so the quotes and the full stop around a quoted Persian phrase
 * stay where they are written («“اصول، حقو،”.» would otherwise show as «“.اصول، حقو،”»). Persian messages are
 * returned as they are. Already isolated text is left alone.
 */
export function isolatePersian(message: string, lang: Lang): string {
  if (lang !== 'en' || message.includes('\u2068')) return message;
  // A quoted phrase is isolated whole: split into runs, «فنی-نظامی» or «حقو، س،» would come apart at the
  // hyphen or comma. Persian outside quotes is isolated run by run.
  return message
    .split(QUOTED)
    .map((part, i) => (i % 2 ? `“${HAS_RTL.test(part) ? isolate(part) : part}”` : part.replace(RTL_RUN, (run) => isolate(run))))
    .join('');
}

export const MESSAGES = {
  fa: {
    replaceWith: (s: string) => `جایگزینی با «${s}»`,
    insertHalfSpace: (s: string) => `نیم‌فاصله: «${s}»`,
    persianLetters: (s: string) => `حروف فارسی: «${s}»`,
    removeRepeat: 'حذف نسخهٔ تکراری',
    addToWorkspaceWords: (w: string) => `افزودن «${w}» به واژه‌نامهٔ این پروژه`,
    addToUserWords: (w: string) => `افزودن «${w}» به واژه‌نامهٔ کاربر`,
    ignoreHere: 'نادیده گرفتن این مورد در همین‌جا',
    notAName: (w: string) => `«${w}» نام نیست`,
    listFileError: (file: string, reason: string) => `دبیر نتوانست ${file} را بخواند: ${reason}`,
    useEverywhere: (s: string, n: number) => `نوشتن «${s}» در همهٔ موارد (${n} مورد)`,
    fixAll: 'اصلاح همهٔ خطاهای مطمئن دبیر',
    tooLarge: (kb: number, limit: number) =>
      `دبیر این پرونده را بررسی نکرد: حجم آن ${kb} کیلوبایت است و بیشتر از سقف ${limit} کیلوبایت (تنظیم dabir.maxFileSizeKB).`,
    overBudget: (ms: number) =>
      `دبیر بررسی این پرونده را نیمه‌کاره گذاشت: حتی بی جست‌وجوی پیشنهادها بیش از ${Math.round(ms / 1000)} ثانیه طول کشید (تنظیم dabir.timeBudgetMs).`,
    lexiconMissing: (p: string) =>
      `دبیر واژه‌نامه را نتوانست بخواند (${p}). بررسی واژه‌های مخدوش و نیم‌فاصله‌ها خاموش است؛ بقیهٔ بررسی‌ها کار می‌کنند.`,
    mentions: (n: number) => `${n} بار`,
    groups: { person: 'اشخاص', place: 'مکان‌ها', organization: 'سازمان‌ها', other: 'دیگر نام‌ها' } as Record<EntityKind, string>,
  },
  en: {
    replaceWith: (s: string) => `Replace with «${isolate(s)}»`,
    insertHalfSpace: (s: string) => `Insert the half-space: «${isolate(s)}»`,
    persianLetters: (s: string) => `Use Persian letters: «${isolate(s)}»`,
    removeRepeat: 'Remove the repeated copy',
    addToWorkspaceWords: (w: string) => `Add «${isolate(w)}» to the workspace dictionary`,
    addToUserWords: (w: string) => `Add «${isolate(w)}» to the user dictionary`,
    ignoreHere: 'Ignore here',
    notAName: (w: string) => `«${isolate(w)}» is not a name`,
    listFileError: (file: string, reason: string) => `Dabir could not read ${file}: ${reason}`,
    useEverywhere: (s: string, n: number) => `Use «${isolate(s)}» for every mention (${n})`,
    fixAll: 'Fix all safe Dabir issues',
    tooLarge: (kb: number, limit: number) =>
      `Dabir skipped this file: it is ${kb} KB, above the ${limit} KB limit (setting dabir.maxFileSizeKB).`,
    overBudget: (ms: number) =>
      `Dabir stopped checking this file: even without suggestion searches it took more than ${Math.round(ms / 1000)} s (setting dabir.timeBudgetMs).`,
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
