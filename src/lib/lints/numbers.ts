/**
 * Figures in prose: numbers in digits (2022, 102, 1,000, 40%) and number words from "two"
 * upward (seven, twenty-five, dozens, hundreds), each reduced to a value so that "7" and
 * "seven" match. Not figures: "one" and "a", ordinals (first, 19th), and "two" after "the",
 * "these", "those", "its" or "their" ("the two governments" counts nothing new), and two to
 * five of our own discourse ("two kinds of talks", "three linked problems").
 */
import { normalise } from '../provenance';

const UNITS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
  dozen: 12,
  one: 1,
};
/** Vague plurals match themselves or their singular ("dozens" and "dozen"). */
const VAGUE = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'scores']);
const DEFINITE = /^(?:the|these|those|its|their|our)$/;
/** Nouns that count our own discourse, not the world: "two kinds of talks", "in two ways". */
const DISCOURSE =
  /^(?:kinds?|ways?|types?|sorts?|reasons?|arguments?|points?|problems?|challenges?|questions?|sides?|things?|parts?|sections?|themes?|views?|accounts?|readings?|stories|strands?|threads?)$/;

export interface Figure {
  /** As written in the text. */
  text: string;
  /** What it is compared by: "7" for "seven" and "7"; "dozens" for "dozens" and "dozen". */
  value: string;
}

function wordValue(word: string): string | undefined {
  const parts = word.split('-');
  const [first = '', second] = parts;
  if (VAGUE.has(word)) return word;
  if (
    second !== undefined &&
    UNITS[first] !== undefined &&
    UNITS[first] >= 20 &&
    UNITS[second] !== undefined &&
    UNITS[second] < 10
  ) {
    return String(UNITS[first] + UNITS[second]);
  }
  const v = UNITS[first];
  return v === undefined || v === 1 ? undefined : String(v);
}

/** The figures a text states, in order. */
export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  const tokens =
    normalise(text).match(/\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th|s)?|\p{L}+(?:-\p{L}+)*/gu) ?? [];
  tokens.forEach((t, i) => {
    if (/^\d/.test(t)) {
      if (/\d(?:st|nd|rd|th)$/.test(t)) return;
      const value = t
        .replace(/,(?=\d{3})/g, '')
        .replace(/s$/, '')
        .replace(/,$/, '');
      out.push({ text: t.replace(/,$/, ''), value: String(Number(value)) });
      return;
    }
    const word = t.toLowerCase();
    const value = wordValue(word);
    if (value === undefined) return;
    if (word.startsWith('two') && DEFINITE.test(tokens[i - 1]?.toLowerCase() ?? '')) return;
    const next = [tokens[i + 1], tokens[i + 2]].map((x) => x?.toLowerCase() ?? '');
    if (Number(value) <= 5 && next.some((x) => DISCOURSE.test(x))) return;
    out.push({ text: t, value });
  });
  return out;
}

/** Every value a text states; "dozen" or "dozens" in it supports "dozens" in ours. */
export function figureValues(text: string): Set<string> {
  const set = new Set(figuresIn(text).map((f) => f.value));
  for (const w of normalise(text)
    .toLowerCase()
    .match(/\p{L}+/gu) ?? []) {
    if (VAGUE.has(`${w}s`)) set.add(`${w}s`);
  }
  return set;
}
