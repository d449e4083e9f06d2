/** A phrase's text as an agent types it without a Chinese input method. */
export interface PinyinKeys {
  /** First letters of each Han character's pinyin, other letters and digits as they are: "qhygl". */
  initials: string;
  /** Full toneless pinyin run together: "qinhuanyingguanglin". */
  full: string;
}

const KEPT = /[a-z0-9]/;
/** `{买家}` is not what the agent reads in the phrase: "{买家}您好" is typed as /nh, not /mjnh. */
const PLACEHOLDER = /\{[^{}]*\}/g;

type Pinyin = (typeof import('pinyin-pro'))['pinyin'];

let pinyinModule: Promise<Pinyin> | undefined;

/**
 * How phrases are typed without an input method, once pinyin-pro has run. Runs in the background
 * only: pinyin-pro carries a dictionary of several hundred kilobytes, which the content script
 * (injected into every seller client frame) must not. And it runs there on the picker's first
 * request, not when the worker starts: running it took some 19 ms of every cold start (README,
 * *sw_cold*), and a woken worker's first request is a suggestion.
 * The `import()` stays inside the worker's one bundle (Rolldown wraps the module in an
 * initialiser run on first use), so nothing is fetched: an MV3 worker may not load code later.
 */
export async function loadPinyinKeys(): Promise<(phraseText: string) => PinyinKeys> {
  pinyinModule ??= import('pinyin-pro').then((loaded) => loaded.pinyin);
  const pinyin = await pinyinModule;
  return (phraseText) => pinyinKeysWith(pinyin, phraseText);
}

/** Punctuation and placeholders are dropped, so "亲，欢迎" gives "qhy", not "q，hy". */
function pinyinKeysWith(pinyin: Pinyin, phraseText: string): PinyinKeys {
  const text = phraseText.replace(PLACEHOLDER, '');
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' });
  const full: string[] = [];
  const initials: string[] = [];
  let syllableIndex = 0;
  for (const character of text.toLowerCase()) {
    if (KEPT.test(character)) {
      full.push(character);
      initials.push(character);
    } else if (/[\u3400-\u9fff]/.test(character)) {
      const syllable = (syllables[syllableIndex] ?? '').toLowerCase().replace(/ü/g, 'v');
      syllableIndex += 1;
      full.push(syllable);
      initials.push(syllable.charAt(0));
    }
  }
  return { initials: initials.join(''), full: full.join('') };
}
