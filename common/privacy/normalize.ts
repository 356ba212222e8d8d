/*
 * One folding for the name data and the text: lower case, no diacritics, Arabic letter variants unified, so that
 * "Yılmaz", "YILMAZ", "Yilmaz", "Артём"/"Артем" and "أحمد"/"احمد" meet. Folding never changes where a token is:
 * it runs on a token's text, and findings keep the token's original offsets.
 */
const arabicUnify: Record<string, string> = { 'ة': 'ه', 'ى': 'ي', 'ی': 'ي', 'ک': 'ك', 'ۀ': 'ه', 'ھ': 'ه', 'ې': 'ي', 'ێ': 'ي', 'ۆ': 'و', 'ە': 'ه', 'ئ': 'ي', 'ؤ': 'و' };
const latinSpecial: Record<string, string> = { 'ß': 'ss', 'ı': 'i', 'ł': 'l', 'đ': 'd', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ð': 'd', 'þ': 'th', 'ə': 'e', 'ŋ': 'n', 'ɛ': 'e', 'ɔ': 'o', 'ʼ': '', '’': '', "'": '', 'ʻ': '' };

const specialPattern = new RegExp(`[${Object.keys({ ...arabicUnify, ...latinSpecial }).join('')}]`, 'gu');

export function foldName(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII; they need no decomposition.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower.replace(/'/g, '');
  return lower
    .normalize('NFD')
    .replace(/[\p{M}\u0640\u200c\u200d]/gu, '')
    .replace(specialPattern, (ch) => arabicUnify[ch] ?? latinSpecial[ch] ?? ch)
    .normalize('NFC');
}

export type Script = 'latin' | 'arabic' | 'cyrillic' | 'other';

export function scriptOf(word: string): Script {
  const code = word.charCodeAt(0);
  if (code < 0x250 || (code >= 0x1e00 && code < 0x1f00)) return 'latin';
  if ((code >= 0x600 && code < 0x780) || (code >= 0xfb50 && code < 0xff00)) return 'arabic';
  if (code >= 0x400 && code < 0x530) return 'cyrillic';
  return 'other';
}
