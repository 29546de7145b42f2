/**
 * Ukrainian declension by forward generation: the declined forms of every Ukrainian name are
 * generated once ("Німеччина" → "Німеччини", "Німеччині", …) rather than stemming what people type
 * (a stemmer would turn the everyday word "дані" into "Данія"; generation never produces it).
 */
import { normalize } from './normalise.js';

/** Prepositions (both languages) that may precede a name: "з Францією", "у Польщі", "for Japan". */
export const PREPOSITIONS = new Set([
  'з',
  'із',
  'зі',
  'зо',
  'у',
  'в',
  'до',
  'для',
  'від',
  'на',
  'про',
  'між',
  'по',
  'за',
  'та',
  'і',
  'й',
  'and',
  'with',
  'for',
  'in',
  'of',
  'by',
  'the',
  'to',
  'from',
]);

const ALTERNATION: Record<string, string> = { к: 'ц', г: 'з', х: 'с' };
const CONSONANT = /[бвгґджзклмнпрстфхцчшщ]$/;

/**
 * The declined forms (all seven cases, singular; plural where the name is plural) of one lower-case
 * Ukrainian word, the word itself first. Over-generation is harmless: the forms only ever map back
 * to the same name. `adjective` marks words that agree with a following noun ("Велика", "Північна").
 */
export function ukrainianWordForms(word: string, adjective = false): string[] {
  const w = word;
  if (w.length < 3 || !/[а-щьюяєіїґ']$/.test(w)) return [w];
  const forms = new Set([w]);
  const add = (base: string, ...ends: string[]) => ends.forEach((e) => forms.add(base + e));
  const alt = (base: string) => {
    const last = base.slice(-1);
    const to = ALTERNATION[last];
    if (to) forms.add(base.slice(0, -1) + to + 'і');
  };
  if (adjective) {
    if (w.endsWith('а'))
      add(w.slice(0, -1), 'ої', 'ій', 'у', 'ою'); // Велика, Північна
    else if (w.endsWith('ий') || w.endsWith('ій'))
      add(w.slice(0, -2), 'ого', 'ому', 'им', 'ім', 'ий'); // Європейський
    else if (w.endsWith('і'))
      add(w.slice(0, -1), 'их', 'им', 'ими', 'і'); // Сполучені
    else if (w.endsWith('е')) add(w.slice(0, -1), 'ого', 'ому', 'им', 'ім'); // Об'єднане
    return [...forms];
  }
  if (w.endsWith('ія')) add(w.slice(0, -2), 'ії', 'ію', 'ією', 'іє');
  else if (w.endsWith('я')) add(w.slice(0, -1), 'і', 'ї', 'ю', 'ею', 'єю');
  else if (w.endsWith('а')) {
    const base = w.slice(0, -1);
    add(base, 'и', 'і', 'у', 'ою', 'ею', 'о');
    alt(base);
  } else if (w.endsWith('о')) add(w.slice(0, -1), 'а', 'у', 'ові', 'і', 'ом');
  else if (w.endsWith('и'))
    add(w.slice(0, -1), 'ів', 'ам', 'ами', 'ах'); // Нідерланди, Штати
  else if (w.endsWith('й')) add(w.slice(0, -1), 'ю', 'ї', 'єм', 'я');
  else if (w.endsWith('ь')) add(w.slice(0, -1), 'і', 'ю', 'я', 'ем');
  else if (CONSONANT.test(w)) {
    add(w, 'у', 'а', 'ові', 'і', 'ом', 'е');
    alt(w);
  }
  return [...forms];
}

const ADJECTIVE_ENDINGS = /(?:ий|ій|ська|цька|на|ка|а|і|е)$/;

/** Every declined form of a (possibly multi-word) Ukrainian name, normalised. */
export function ukrainianNameForms(name: string): string[] {
  if (/^[\p{Lu}\d]+$/u.test(name.trim())) return [normalize(name)]; // abbreviations: США, ФРН, ЄС
  const words = normalize(name).split(' ').filter(Boolean);
  if (!words.length) return [];
  // A word followed by another that starts like a noun is treated as an agreeing adjective; a word in
  // the genitive after the head noun ("Америки" in "Сполучені Штати Америки") stays as it is.
  const perWord = words.map((w, i) => {
    if (i < words.length - 1 && ADJECTIVE_ENDINGS.test(w) && words.length > 1 && i === 0) return ukrainianWordForms(w, true);
    if (i > 0 && words.length > 2 && i === words.length - 1) return [w];
    return ukrainianWordForms(w);
  });
  let combos: string[] = [''];
  for (const forms of perWord) {
    const next: string[] = [];
    for (const c of combos) for (const f of forms) next.push(c ? `${c} ${f}` : f);
    combos = next.length > 600 ? next.slice(0, 600) : next;
  }
  return combos;
}
