/**
 * Partner names as sentences need them. English: the article some names take ("the United States",
 * "the Netherlands", "the EU") and lists joined with commas and "and". Ukrainian: the genitive and
 * instrumental cases, so templates say «з Великою Британією», «зобов’язання Німеччини» instead of
 * «з партнером Велика Британія». Pure functions over a name; templates receive the chosen form as a
 * variable.
 */

/** Names that take "the" in running English text. */
const EN_THE = /^(united |czech republic|republic of )|\b(union|kingdom|states|netherlands|emirates|islands|philippines|bahamas|gambia)$/i;

/** "the United States" in running text; "Germany" unchanged. */
export function englishInSentence(name: string): string {
  return EN_THE.test(name.trim()) ? `the ${name}` : name;
}

export type UkCase = 'gen' | 'ins';

/** Names that are not declined by the rules below (several words, masculine, neuter, plural). */
const UK_TABLE: Record<string, Record<UkCase, string>> = {
  'Велика Британія': { gen: 'Великої Британії', ins: 'Великою Британією' },
  'Північна Македонія': { gen: 'Північної Македонії', ins: 'Північною Македонією' },
  'Сполучені Штати Америки': { gen: 'Сполучених Штатів Америки', ins: 'Сполученими Штатами Америки' },
  'Сполучені Штати': { gen: 'Сполучених Штатів', ins: 'Сполученими Штатами' },
  'Європейський Союз': { gen: 'Європейського Союзу', ins: 'Європейським Союзом' },
  Нідерланди: { gen: 'Нідерландів', ins: 'Нідерландами' },
  Косово: { gen: 'Косова', ins: 'Косовом' },
  Люксембург: { gen: 'Люксембургу', ins: 'Люксембургом' },
  Кіпр: { gen: 'Кіпру', ins: 'Кіпром' },
  Мальта: { gen: 'Мальти', ins: 'Мальтою' },
  Австрія: { gen: 'Австрії', ins: 'Австрією' },
  Туреччина: { gen: 'Туреччини', ins: 'Туреччиною' },
  Австралія: { gen: 'Австралії', ins: 'Австралією' },
  'Нова Зеландія': { gen: 'Нової Зеландії', ins: 'Новою Зеландією' },
  'Південна Корея': { gen: 'Південної Кореї', ins: 'Південною Кореєю' },
  Швейцарія: { gen: 'Швейцарії', ins: 'Швейцарією' },
};

/**
 * A Ukrainian country name in the genitive or instrumental case, or undefined when it is not known
 * (an unusual name an admin added): the caller then uses a construction that needs no case.
 */
export function ukrainianCase(name: string, c: UkCase): string | undefined {
  const n = name.trim();
  const known = UK_TABLE[n];
  if (known) return known[c];
  if (n.includes(' ')) return undefined;
  if (/ія$/.test(n)) return n.replace(/ія$/, c === 'gen' ? 'ії' : 'ією'); // Франція, Японія
  if (/([жчшщ])а$/.test(n)) return n.replace(/а$/, c === 'gen' ? 'і' : 'ею'); // Польща
  if (/[бвгґдзклмнпрстфхц]а$/.test(n)) return n.replace(/а$/, c === 'gen' ? 'и' : 'ою'); // Німеччина, Канада, Литва
  return undefined;
}

/** "Germany, France and Italy" / "Німеччина, Франція та Італія". */
export function listOf(items: string[], lang: 'en' | 'uk'): string {
  return new Intl.ListFormat(lang === 'uk' ? 'uk' : 'en-GB', { style: 'long', type: 'conjunction' }).format(items);
}

/** Upper-cases the first letter of each line, past emoji, bullets and tags: "the United States…" → "The United States…". */
export function capitalizeLines(html: string): string {
  return html.replace(
    /(^|\n)((?:[ \t•]|<[^>]+>|\p{Extended_Pictographic}|\p{Regional_Indicator}|\u200d|\ufe0f)*)(\p{Ll})/gu,
    (_m, start: string, lead: string, ch: string) => `${start}${lead}${ch.toUpperCase()}`,
  );
}

export type UkGender = 'm' | 'f' | 'n' | 'pl';

const UK_GENDER: Record<string, UkGender> = {
  'Сполучені Штати Америки': 'pl',
  'Сполучені Штати': 'pl',
  Нідерланди: 'pl',
  'Європейський Союз': 'm',
  Косово: 'n',
};

/** The grammatical gender of a Ukrainian name, for past-tense verbs: «Німеччина підписала», «Кіпр підписав». */
export function ukrainianGender(name: string): UkGender {
  const n = name.trim();
  const known = UK_GENDER[n];
  if (known) return known;
  const last = n.split(' ').pop() ?? n;
  if (/[ая]$/.test(last)) return 'f';
  if (/[иі]$/.test(last)) return 'pl';
  if (/[ое]$/.test(last)) return 'n';
  return 'm';
}

const UK_FRAMEWORK_GEN: Record<string, string> = {
  'Спільна декларація на підтримку України': 'Спільної декларації на підтримку України',
  'Український компакт (Ukraine Compact)': 'Українського компакту (Ukraine Compact)',
  'Український компакт': 'Українського компакту',
  'Спільна декларація про підтримку відновлення та відбудови України': 'Спільної декларації про підтримку відновлення та відбудови України',
  'Коаліція охочих': 'Коаліції охочих',
  'Декларація G7': 'Декларації G7',
  'Декларація про відновлення': 'Декларації про відновлення',
};

/** A framework's Ukrainian name in the genitive («до Спільної декларації…»), or «документа «…»» when it is not known. */
export function ukrainianFrameworkGenitive(name: string): string {
  return UK_FRAMEWORK_GEN[name.trim()] ?? `документа «${name}»`;
}
