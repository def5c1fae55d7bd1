import { pinyin } from 'pinyin-pro';

/**
 * Toneless, lowercase pinyin of a name, syllables spaced (le shan shi), plus the compact
 * form (leshanshi) people type into a search box. ü is written v, as pinyin keyboards do.
 * Latin letters and digits in the name are kept; punctuation is dropped.
 */
export function pinyinOf(name: string): { pinyin: string; pinyinCompact: string } {
  const spaced = pinyin(name, { toneType: 'none', nonZh: 'consecutive', v: true })
    .toLowerCase()
    .replace(/[^a-z0-9\s]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { pinyin: spaced, pinyinCompact: spaced.replace(/ /g, '') };
}
