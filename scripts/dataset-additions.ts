/**
 * Hand-written additions that `scripts/build-dataset.ts` merges into the researched fact sheet
 * (shared/reference/commitments.json) to produce prisma/seed/dataset.json: frameworks, aliases,
 * official agreement titles, Ukrainian translations, pledge classifications and membership notes.
 *
 * Everything here is keyed so the build script can check it is complete and not stale: a partner,
 * agreement or pledge in the sheet without an entry here (or an entry here without a match in the
 * sheet) stops the build.
 */

import type { Framework } from '../src/domain/catalog.js';

/** The latest fact date the sources cover (SOURCES.md: "nothing later than 2026-02-13 is covered"). */
export const DATA_AS_OF = '2026-02-13';

// ---------------------------------------------------------------------------------------------
// Frameworks
// ---------------------------------------------------------------------------------------------

/** A framework as the catalog has it; its date and source come from its adoption event, its order from this list. */
export interface FrameworkAddition extends Omit<Framework, 'adoptedOn' | 'sourceUrl' | 'sortOrder'> {
  /** The sheet event that marks the framework's adoption: gives adoptedOn and sourceUrl. */
  adoptedBy: { date: string; kind: string };
}

export const FRAMEWORKS: FrameworkAddition[] = [
  {
    id: 'joint-declaration',
    nameEn: 'Joint Declaration of Support for Ukraine',
    nameUk: 'Спільна декларація на підтримку України',
    shortNameEn: 'G7 Declaration',
    shortNameUk: 'Декларація G7',
    descriptionEn:
      'Issued by the G7 leaders together with the Presidents of the European Council and the European Commission at the NATO summit in Vilnius, the declaration commits its signatories to work with Ukraine on specific, long-term bilateral security commitments and arrangements. Other countries joined it later, and the bilateral security agreements signed from 2024 onwards were concluded under it.',
    descriptionUk:
      'Декларацію ухвалили лідери G7 разом із президентом Європейської ради та головою Європейської комісії під час саміту НАТО у Вільнюсі; її підписанти зобов\'язалися напрацювати з Україною конкретні довгострокові двосторонні безпекові зобов\'язання та домовленості. Згодом до декларації приєдналися інші країни, а двосторонні безпекові угоди, підписані починаючи з 2024 року, укладено на її основі.',
    adoptedBy: { date: '2023-07-12', kind: 'declaration' },
  },
  {
    id: 'ukraine-compact',
    nameEn: 'Ukraine Compact',
    nameUk: 'Український компакт (Ukraine Compact)',
    shortNameEn: 'Ukraine Compact',
    shortNameUk: 'Український компакт',
    descriptionEn:
      "Launched by the EU and Ukraine's partners at the NATO summit in Washington to coordinate their bilateral security commitments and jointly meet Ukraine's security needs, now and in the future.",
    descriptionUk:
      'Компакт започаткували ЄС і партнери України на саміті НАТО у Вашингтоні, щоб координувати їхні двосторонні безпекові зобов\'язання та спільно задовольняти безпекові потреби України — нині й у майбутньому.',
    adoptedBy: { date: '2024-07-11', kind: 'compact' },
  },
  {
    id: 'recovery-declaration',
    nameEn: "Joint Declaration of Support for Ukraine's Recovery and Reconstruction",
    nameUk: 'Спільна декларація про підтримку відновлення та відбудови України',
    shortNameEn: 'Recovery Declaration',
    shortNameUk: 'Декларація про відновлення',
    descriptionEn:
      "Adopted by more than 30 countries and the EU at a G7+ meeting in New York, it sets out the partners' support for Ukraine's recovery and reconstruction.",
    descriptionUk:
      'Декларацію ухвалили понад 30 країн і ЄС на зустрічі G7+ у Нью-Йорку; у ній партнери визначили свою підтримку відновлення та відбудови України.',
    adoptedBy: { date: '2024-09-25', kind: 'declaration' },
  },
  {
    id: 'coalition-of-the-willing',
    nameEn: 'Coalition of the Willing',
    nameUk: 'Коаліція охочих',
    shortNameEn: 'Coalition of the Willing',
    shortNameUk: 'Коаліція охочих',
    descriptionEn:
      "A group of mostly European countries, led by the UK and France and launched at the London summit of 2 March 2025, that plans security guarantees for Ukraine after a ceasefire, including a multinational reassurance force. Its Paris Declaration of 6 January 2026, agreed with Ukraine and the US, sets out a system of guarantees to take effect after a ceasefire.",
    descriptionUk:
      'Група переважно європейських країн на чолі з Великою Британією та Францією, започаткована на Лондонському саміті 2 березня 2025 року, яка планує гарантії безпеки для України після припинення вогню, зокрема багатонаціональні сили заспокоєння. Паризька декларація коаліції від 6 січня 2026 року, погоджена з Україною та США, визначає систему гарантій, що має діяти після припинення вогню.',
    adoptedBy: { date: '2025-03-02', kind: 'coalition' },
  },
];

// ---------------------------------------------------------------------------------------------
// Pillars: extra words people type (lower-case).
// ---------------------------------------------------------------------------------------------

export const PILLAR_ALIASES: Record<string, { en: string[]; uk: string[] }> = {
  military: {
    en: ['defence', 'defense', 'military', 'military aid', 'weapons', 'arms', 'army', 'deterrence'],
    uk: ['військова', 'військова допомога', 'оборона', 'зброя', 'озброєння', 'армія', 'стримування'],
  },
  consultations: {
    en: ['consultation', 'consultations', 'new attack', '24 hours', 'response'],
    uk: ['консультації', 'консультація', 'новий напад', '24 години', 'реагування'],
  },
  economic: {
    en: ['economy', 'economic', 'recovery', 'reconstruction', 'energy'],
    uk: ['економіка', 'економічна', 'відновлення', 'відбудова', 'енергетика'],
  },
  financial: {
    en: ['finance', 'financial', 'money', 'budget support', 'macro-financial'],
    uk: ['фінанси', 'фінансова', 'гроші', 'бюджетна підтримка', 'макрофінансова'],
  },
  accountability: {
    en: ['justice', 'sanctions', 'tribunal', 'compensation', 'reparations', 'frozen assets'],
    uk: ['відповідальність', 'санкції', 'правосуддя', 'трибунал', 'компенсація', 'репарації', 'заморожені активи'],
  },
  reforms: {
    en: ['reform', 'reforms', 'anti-corruption', 'corruption'],
    uk: ['реформи', 'реформа', 'антикорупція', 'корупція'],
  },
  intelligence: {
    en: ['intel', 'intelligence sharing'],
    uk: ['розвідка', 'розвіддані', 'обмін розвідданими'],
  },
  cyber: {
    en: ['cybersecurity', 'cyber security', 'cyber defence', 'cyber defense', 'hybrid threats', 'disinformation'],
    uk: ['кібер', 'кібербезпека', 'кіберзахист', 'гібридні загрози', 'дезінформація'],
  },
};

// ---------------------------------------------------------------------------------------------
// Partners: common aliases people type (real ones only; matching is case-insensitive).
// ---------------------------------------------------------------------------------------------

export const PARTNER_ALIASES: Record<string, { en: string[]; uk: string[] }> = {
  GB: {
    en: ['UK', 'Britain', 'Great Britain', 'England'],
    uk: ['Британія', 'Великобританія', 'Англія', "Об'єднане Королівство", 'Сполучене Королівство'],
  },
  DE: { en: ['Federal Republic of Germany'], uk: ['ФРН'] },
  FR: { en: [], uk: [] },
  IT: { en: [], uk: [] },
  CA: { en: [], uk: [] },
  JP: { en: [], uk: [] },
  US: {
    en: ['USA', 'U.S.', 'America', 'United States of America', 'the States'],
    uk: ['США', 'Америка', 'Штати', 'Сполучені Штати'],
  },
  EU: { en: ['EU'], uk: ['ЄС', 'Євросоюз'] },
  DK: { en: [], uk: [] },
  FI: { en: [], uk: [] },
  IS: { en: [], uk: [] },
  NO: { en: [], uk: [] },
  SE: { en: [], uk: [] },
  CZ: { en: ['Czech Republic'], uk: ['Чеська Республіка'] },
  NL: { en: ['Holland'], uk: ['Голландія'] },
  ES: { en: [], uk: [] },
  BE: { en: [], uk: [] },
  PT: { en: [], uk: [] },
  RO: { en: [], uk: [] },
  IE: { en: ['Republic of Ireland'], uk: [] },
  LV: { en: [], uk: [] },
  GR: { en: ['Hellas', 'Hellenic Republic'], uk: ['Еллада'] },
  MK: { en: ['Macedonia'], uk: ['Македонія'] },
  BG: { en: [], uk: [] },
  EE: { en: [], uk: [] },
  LT: { en: [], uk: [] },
  XK: { en: ['Kosova'], uk: [] },
  ME: { en: [], uk: [] },
  LU: { en: [], uk: [] },
  SI: { en: [], uk: [] },
  AL: { en: [], uk: [] },
  CY: { en: [], uk: [] },
  PL: { en: [], uk: [] },
  HR: { en: [], uk: [] },
};

// ---------------------------------------------------------------------------------------------
// Agreements
// ---------------------------------------------------------------------------------------------

/**
 * Where the title comes from:
 * - 'quoted': the sheet's note quotes or states the official title;
 * - 'note-form': the note names the kind of agreement ("Agreement on security cooperation and
 *   long-term support"); the parties were added in the common form;
 * - 'inferred': the note does not say; the common form "Agreement on Security Cooperation and
 *   Long-Term Support between Ukraine and <X>" is used.
 */
export type TitleOrigin = 'quoted' | 'note-form' | 'inferred';

export interface AgreementAddition {
  titleEn: string;
  titleUk: string;
  titleOrigin: TitleOrigin;
  signedByUk: string;
  /** Defaults to 'unknown' (SOURCES.md item 8: none is confirmed ratified). */
  ratification?: 'not-required' | 'pending' | 'ratified' | 'in-force' | 'unknown';
  /** Defaults to true; false for agreements related to, but not part of, the declaration's series. */
  inDeclarationSeries?: boolean;
}

const ZELENSKY = 'Володимир Зеленський';
const common = (en: string, uk: string) => ({
  titleEn: `Agreement on Security Cooperation and Long-Term Support between Ukraine and ${en}`,
  titleUk: `Угода про співробітництво у сфері безпеки та довгострокову підтримку між Україною та ${uk}`,
});

export const AGREEMENTS: Record<string, AgreementAddition> = {
  GB: {
    titleEn: 'UK-Ukraine Agreement on Security Co-operation',
    titleUk: 'Угода про співробітництво у сфері безпеки між Україною та Великою Британією',
    titleOrigin: 'quoted',
    signedByUk: `${ZELENSKY} (Президент України); Ріші Сунак (прем'єр-міністр Великої Британії)`,
  },
  DE: {
    ...common('Germany', 'Німеччиною'),
    titleOrigin: 'note-form',
    signedByUk: `${ZELENSKY}; Олаф Шольц (федеральний канцлер Німеччини)`,
  },
  FR: {
    ...common('France', 'Францією'),
    titleOrigin: 'inferred',
    signedByUk: `${ZELENSKY}; Емманюель Макрон (президент Франції)`,
  },
  IT: {
    ...common('Italy', 'Італією'),
    titleOrigin: 'inferred',
    signedByUk: `${ZELENSKY}; Джорджа Мелоні (голова Ради міністрів Італії)`,
  },
  CA: {
    ...common('Canada', 'Канадою'),
    titleOrigin: 'inferred',
    signedByUk: `${ZELENSKY}; Джастін Трюдо (прем'єр-міністр Канади)`,
  },
  JP: {
    titleEn: 'Accord on Support for Ukraine and Cooperation between the Government of Japan and Ukraine',
    titleUk: 'Угода про підтримку України та співробітництво між Урядом Японії та Україною',
    titleOrigin: 'quoted',
    signedByUk: `${ZELENSKY}; Фуміо Кісіда (прем'єр-міністр Японії)`,
  },
  US: {
    // The note calls it the "US-Ukraine Bilateral Security Agreement"; the full form names both parties.
    titleEn: 'Bilateral Security Agreement between the United States of America and Ukraine',
    titleUk: 'Двостороння безпекова угода між Сполученими Штатами Америки та Україною',
    titleOrigin: 'quoted',
    signedByUk: `${ZELENSKY}; Джо Байден (президент США)`,
  },
  EU: {
    titleEn: 'Joint Security Commitments between the European Union and Ukraine',
    titleUk: "Спільні безпекові зобов'язання між Європейським Союзом та Україною",
    titleOrigin: 'quoted',
    signedByUk: `${ZELENSKY}; Шарль Мішель (президент Європейської ради); Урсула фон дер Ляєн (голова Європейської комісії)`,
  },
  DK: {
    ...common('Denmark', 'Данією'),
    titleOrigin: 'inferred',
    signedByUk: `${ZELENSKY}; Метте Фредеріксен (прем'єр-міністерка Данії)`,
  },
  FI: {
    ...common('Finland', 'Фінляндією'),
    titleOrigin: 'note-form',
    signedByUk: `${ZELENSKY}; Александр Стубб (президент Фінляндії)`,
  },
  IS: {
    ...common('Iceland', 'Ісландією'),
    titleOrigin: 'inferred',
    signedByUk: `${ZELENSKY}; Б'ярні Бенедиктссон (прем'єр-міністр Ісландії)`,
  },
  NO: {
    ...common('Norway', 'Норвегією'),
    titleOrigin: 'inferred',
    signedByUk: `${ZELENSKY}; Йонас Гар Стере (прем'єр-міністр Норвегії)`,
  },
  SE: {
    ...common('Sweden', 'Швецією'),
    titleOrigin: 'inferred',
    signedByUk: `${ZELENSKY}; Ульф Крістерссон (прем'єр-міністр Швеції)`,
  },
  CZ: {
    ...common('Czechia', 'Чехією'),
    titleOrigin: 'note-form',
    signedByUk: `${ZELENSKY}; Петр Фіала (прем'єр-міністр Чехії)`,
  },
  NL: {
    ...common('the Netherlands', 'Нідерландами'),
    titleOrigin: 'inferred',
    signedByUk: `${ZELENSKY}; Марк Рютте (прем'єр-міністр Нідерландів)`,
  },
  ES: {
    ...common('Spain', 'Іспанією'),
    titleOrigin: 'inferred',
    signedByUk: `${ZELENSKY}; Педро Санчес (прем'єр-міністр Іспанії)`,
  },
  BE: {
    ...common('Belgium', 'Бельгією'),
    titleOrigin: 'inferred',
    signedByUk: `${ZELENSKY}; Александр Де Кроо (прем'єр-міністр Бельгії)`,
  },
  PT: {
    ...common('Portugal', 'Португалією'),
    titleOrigin: 'inferred',
    signedByUk: `${ZELENSKY}; Луїш Монтенегру (прем'єр-міністр Португалії)`,
  },
  RO: {
    ...common('Romania', 'Румунією'),
    titleOrigin: 'inferred',
    signedByUk: `${ZELENSKY}; Клаус Йоганніс (президент Румунії)`,
  },
  IE: {
    titleEn: 'Agreement on Support for Ukraine and Cooperation',
    titleUk: 'Угода про підтримку України та співробітництво',
    titleOrigin: 'quoted',
    signedByUk: `${ZELENSKY}; Саймон Гарріс (Тишах — прем'єр-міністр Ірландії)`,
  },
  LV: {
    titleEn: 'Agreement on 10-year support and security commitments',
    titleUk: "Угода про десятирічну підтримку та безпекові зобов'язання",
    titleOrigin: 'quoted',
    signedByUk: `${ZELENSKY}; Едгарс Рінкевичс (президент Латвії)`,
  },
  GR: {
    titleEn: 'Agreement on Security Cooperation',
    titleUk: 'Угода про співробітництво у сфері безпеки',
    titleOrigin: 'quoted',
    signedByUk: `${ZELENSKY}; Кіріакос Міцотакіс (прем'єр-міністр Греції)`,
    // SOURCES.md item 8: Greece's agreement still needed ratification as of Nov 2025.
    ratification: 'pending',
  },
  EE: {
    titleEn: 'Agreement on security assistance and long-term support',
    titleUk: 'Угода про безпекову допомогу та довгострокову підтримку',
    titleOrigin: 'quoted',
    signedByUk: `${ZELENSKY}; Кая Каллас (прем'єр-міністерка Естонії)`,
  },
  LT: {
    // The note opens with "Agreement on Security Cooperation." (not in quotation marks).
    titleEn: 'Agreement on Security Cooperation',
    titleUk: 'Угода про співробітництво у сфері безпеки',
    titleOrigin: 'quoted',
    signedByUk: `${ZELENSKY}; Гітанас Науседа (президент Литви)`,
  },
  LU: {
    // The source URL's slug is the common Ukrainian title ("ugoda-pro-spivrobitnictvo-u-sferi-bezpeki-ta-dovgostrokovu-p…").
    ...common('Luxembourg', 'Люксембургом'),
    titleOrigin: 'inferred',
    signedByUk: `${ZELENSKY}; Люк Фріден (прем'єр-міністр Люксембургу)`,
  },
  SI: {
    titleEn: 'Agreement on Cooperation in the Field of Security and Long-Term Support between Ukraine and Slovenia',
    titleUk: 'Угода про співробітництво у сфері безпеки та довгострокову підтримку між Україною та Словенією',
    titleOrigin: 'note-form',
    signedByUk: `${ZELENSKY}; Роберт Голоб (прем'єр-міністр Словенії)`,
  },
  AL: {
    titleEn: 'Agreement on long-term cooperation and support',
    titleUk: 'Угода про довгострокову співпрацю та підтримку',
    titleOrigin: 'quoted',
    signedByUk: `${ZELENSKY}; Еді Рама (прем'єр-міністр Албанії)`,
  },
  PL: {
    ...common('Poland', 'Польщею'),
    titleOrigin: 'inferred',
    signedByUk: `${ZELENSKY}; Дональд Туск (прем'єр-міністр Польщі)`,
  },
  HR: {
    titleEn: 'Agreement on long-term cooperation and support',
    titleUk: 'Угода про довгострокову співпрацю та підтримку',
    titleOrigin: 'quoted',
    signedByUk: `${ZELENSKY}; Андрей Пленкович (прем'єр-міністр Хорватії)`,
    // SOURCES.md item 4 and the independent check: a related agreement, not one of the declaration's series.
    inDeclarationSeries: false,
  },
};

/** Ukrainian renderings of the sheet's `place` values. */
export const PLACES_UK: Record<string, string> = {
  'Kyiv, Ukraine': 'Київ, Україна',
  'Berlin, Germany': 'Берлін, Німеччина',
  'Paris, France': 'Париж, Франція',
  'Lviv, Ukraine': 'Львів, Україна',
  'Kharkiv, Ukraine': 'Харків, Україна',
  'Madrid, Spain': 'Мадрид, Іспанія',
  'Brussels, Belgium': 'Брюссель, Бельгія',
  'Lisbon, Portugal': 'Лісабон, Португалія',
  'Warsaw, Poland': 'Варшава, Польща',
  'Fasano (Apulia), Italy — G7 summit': 'Фазано (Апулія), Італія — саміт G7',
  'Apulia (Puglia), Italy — G7 summit': 'Апулія (Пулья), Італія — саміт G7',
  'Brussels, Belgium — European Council': 'Брюссель, Бельгія — засідання Європейської ради',
  'Stockholm, Sweden — Nordic–Ukrainian summit': 'Стокгольм, Швеція — саміт «Україна — Північна Європа»',
  'Blenheim Palace (near Oxford), United Kingdom — European Political Community summit':
    'Бленгеймський палац (поблизу Оксфорда), Велика Британія — саміт Європейської політичної спільноти',
  'Washington, D.C., USA — NATO summit': 'Вашингтон, США — саміт НАТО',
  'Vilnius, Lithuania — Three Seas Initiative summit': 'Вільнюс, Литва — саміт Ініціативи трьох морів',
  'Dubrovnik, Croatia — Ukraine–South East Europe summit': 'Дубровник, Хорватія — саміт «Україна — Південно-Східна Європа»',
  'Davos, Switzerland — World Economic Forum': 'Давос, Швейцарія — Всесвітній економічний форум',
};

// ---------------------------------------------------------------------------------------------
// Pledges: per partner, in the sheet's order. `en` must equal the sheet's textEn.
// pillar: 'military' where plainly military aid, 'financial' where plainly financial or
// macro-financial, else null. level: 'promised' unless the text says allocated.
// ---------------------------------------------------------------------------------------------

export interface PledgeAddition {
  en: string;
  uk: string;
  pillar: 'military' | 'financial' | null;
  level?: 'promised' | 'allocated' | 'delivered';
  /** Overrides the rule "a year / every year / annually in the text → annual". */
  annual?: boolean;
  /** Overrides the rule "(part of the …) in the text → not counted in totals". */
  countInTotals?: boolean;
  /** Added where the sheet's pledge has no note but SOURCES.md flags the figure. */
  note?: string;
}

export const PLEDGES: Record<string, PledgeAddition[]> = {
  GB: [
    {
      en: '£2.5bn in military aid to Ukraine for the 2024/25 financial year (up £200m on the previous two years), including at least £200m for drones',
      uk: '2,5 млрд фунтів стерлінгів військової допомоги Україні на 2024/25 фінансовий рік (на 200 млн фунтів стерлінгів більше, ніж у кожному з двох попередніх років), зокрема щонайменше 200 млн фунтів стерлінгів на дрони',
      pillar: 'military',
    },
  ],
  DE: [
    {
      en: "€7.1bn in financial and military assistance for 2024 (Zelensky cited 'EUR 7 billion for this year')",
      uk: '7,1 млрд євро фінансової та військової допомоги на 2024 рік (Зеленський назвав суму «7 млрд євро на цей рік»)',
      pillar: null,
    },
    {
      en: 'Separate €1.1bn military aid package announced at the signing (36 howitzers, 120,000 artillery rounds, two Skynex air-defence systems, IRIS-T missiles)',
      uk: 'Окремий пакет військової допомоги на 1,1 млрд євро, оголошений під час підписання (36 гаубиць, 120 тис. артилерійських снарядів, дві системи ППО Skynex, ракети IRIS-T)',
      pillar: 'military',
    },
  ],
  FR: [
    {
      en: 'Up to €3bn in additional military aid in 2024 (after €1.7bn in 2022 and €2.1bn in 2023)',
      uk: 'До 3 млрд євро додаткової військової допомоги у 2024 році (після 1,7 млрд євро у 2022 році та 2,1 млрд євро у 2023 році)',
      pillar: 'military',
    },
  ],
  IT: [
    {
      en: 'Italy intends to maintain in 2024 the same level of support as before (over €2bn in aid and eight military packages since 2022); no new figure stated',
      uk: 'Італія має намір зберегти у 2024 році попередній рівень підтримки (з 2022 року — понад 2 млрд євро допомоги та вісім пакетів військової допомоги); нової суми не названо',
      pillar: null,
    },
  ],
  CA: [
    {
      en: 'CAD 3.02bn in macro-financial and military support in 2024',
      uk: '3,02 млрд канадських доларів макрофінансової та військової підтримки у 2024 році',
      pillar: null,
    },
    {
      en: 'About CAD 320m in new military funding due by the end of 2024 (part of the CAD 3.02bn)',
      uk: 'Близько 320 млн канадських доларів нового військового фінансування до кінця 2024 року (у межах 3,02 млрд канадських доларів)',
      pillar: 'military',
    },
    {
      en: 'CAD 2.4bn in loans for Ukraine administered through the IMF (part of the CAD 3.02bn)',
      uk: '2,4 млрд канадських доларів у вигляді кредитів для України, що надаються через МВФ (у межах 3,02 млрд канадських доларів)',
      pillar: 'financial',
    },
  ],
  JP: [
    {
      en: 'US$4.5bn for Ukraine in 2024, with support continuing through the 10-year term',
      uk: '4,5 млрд дол. США для України у 2024 році; підтримка триватиме впродовж усього десятирічного строку дії угоди',
      pillar: null,
    },
  ],
  US: [
    {
      en: 'No specific dollar amount in the agreement; an annex sets out plans to work with Congress on long-term funding',
      uk: 'Угода не містить конкретної суми в доларах; у додатку викладено плани співпраці з Конгресом щодо довгострокового фінансування',
      pillar: null,
    },
  ],
  EU: [
    {
      en: 'Ukraine Assistance Fund within the European Peace Facility: an additional €5bn in 2024 for military assistance and training, with possible comparable annual increases until 2027',
      uk: 'Фонд допомоги Україні в межах Європейського фонду миру: додаткові 5 млрд євро у 2024 році на військову допомогу та підготовку військових з можливим щорічним збільшенням на співмірні суми до 2027 року',
      pillar: 'military',
    },
  ],
  DK: [
    {
      en: 'At least €1.8bn in Danish military support in 2024',
      uk: 'Щонайменше 1,8 млрд євро військової підтримки від Данії у 2024 році',
      pillar: 'military',
      countInTotals: false,
      note: "Denmark's 2024 military support is financed largely from its Ukraine Fund (the €8.5bn pledge below), so totals count the fund only.",
    },
    {
      en: "Denmark's Ukraine Fund of €8.5bn covering military and civilian support in 2023–2028",
      uk: 'Фонд Данії для України обсягом 8,5 млрд євро на військову та цивільну підтримку у 2023–2028 роках',
      pillar: null,
    },
  ],
  FI: [
    {
      en: '23rd defence aid package worth €188m announced at the signing (total Finnish defence aid ~€2bn since 2022)',
      uk: '23-й пакет оборонної допомоги на 188 млн євро, оголошений під час підписання (загалом із 2022 року Фінляндія надала оборонної допомоги приблизно на 2 млрд євро)',
      pillar: 'military',
    },
    {
      en: 'Four-year development and reconstruction support plan of €290m being prepared',
      uk: 'Готується чотирирічний план підтримки розвитку та відбудови обсягом 290 млн євро',
      pillar: null,
    },
  ],
  IS: [
    {
      en: 'At least ISK 4bn (about US$30m) every year in 2024–2028',
      uk: 'Щонайменше 4 млрд ісландських крон (близько 30 млн дол. США) щороку у 2024–2028 роках',
      pillar: null,
    },
  ],
  NO: [
    {
      en: 'At least NOK 13.5bn (about €1.2bn) in military aid in 2024',
      uk: 'Щонайменше 13,5 млрд норвезьких крон (близько 1,2 млрд євро) військової допомоги у 2024 році',
      pillar: 'military',
    },
    {
      en: 'Nansen Support Programme for Ukraine: NOK 75bn (about €6.4bn) for 2023–2027',
      uk: 'Програма підтримки України імені Нансена: 75 млрд норвезьких крон (близько 6,4 млрд євро) на 2023–2027 роки',
      pillar: null,
    },
  ],
  SE: [
    {
      en: 'About €6.5bn (SEK 75bn) in military aid over 2024–2026, roughly €2.2bn a year, to increase over the 10-year term',
      uk: 'Близько 6,5 млрд євро (75 млрд шведських крон) військової допомоги у 2024–2026 роках, тобто приблизно 2,2 млрд євро на рік, зі збільшенням упродовж десятирічного строку дії угоди',
      pillar: 'military',
      annual: false, // SEK 75bn is the 2024–2026 total; 'a year' describes the average
    },
  ],
  CZ: [],
  NL: [
    {
      en: '€2bn in military aid in 2024, with further defence aid over the next decade',
      uk: '2 млрд євро військової допомоги у 2024 році та подальша оборонна допомога впродовж наступного десятиліття',
      pillar: 'military',
    },
  ],
  ES: [
    {
      en: '€1bn in military aid in 2024',
      uk: '1 млрд євро військової допомоги у 2024 році',
      pillar: 'military',
    },
    {
      en: '€5bn in 2024–2027 through the Ukraine Assistance Fund of the European Peace Facility',
      uk: '5 млрд євро у 2024–2027 роках через Фонд допомоги Україні Європейського фонду миру',
      pillar: 'military',
      // SOURCES.md item 6.
      note: "Unclear whether this is a national Spanish contribution or refers to the fund as a whole: the EPF Ukraine Assistance Fund's own 2024 total is also €5bn.",
    },
  ],
  BE: [
    {
      en: 'At least €977m in military aid in 2024',
      uk: 'Щонайменше 977 млн євро військової допомоги у 2024 році',
      pillar: 'military',
    },
    {
      en: '30 F-16 fighter jets to be delivered by 2028, the first ones in 2024',
      uk: '30 винищувачів F-16 буде передано до 2028 року, перші з них — у 2024 році',
      pillar: 'military',
    },
  ],
  PT: [
    {
      en: 'At least €126m in military support in 2024',
      uk: 'Щонайменше 126 млн євро військової підтримки у 2024 році',
      pillar: 'military',
    },
  ],
  RO: [
    {
      en: 'Transfer of one Patriot air-defence system; continued support at the same pace as in 2022–2024',
      uk: 'Передача однієї системи ППО Patriot; продовження підтримки в тому ж темпі, що й у 2022–2024 роках',
      pillar: 'military',
    },
  ],
  IE: [
    {
      en: '€128m in non-lethal military support in 2024',
      uk: '128 млн євро нелетальної військової підтримки у 2024 році',
      pillar: 'military',
    },
    {
      en: 'At least €40m in humanitarian aid in 2024',
      uk: 'Щонайменше 40 млн євро гуманітарної допомоги у 2024 році',
      pillar: null,
    },
    {
      en: 'New €36m humanitarian/recovery package announced during the visit',
      uk: 'Новий пакет гуманітарної допомоги та допомоги на відновлення обсягом 36 млн євро, оголошений під час візиту',
      pillar: null,
    },
  ],
  LV: [
    {
      en: "Military support of 0.25% of Latvia's GDP annually in 2024, 2025 and 2026",
      uk: 'Військова підтримка в обсязі 0,25% ВВП Латвії щороку у 2024, 2025 і 2026 роках',
      pillar: 'military',
    },
    {
      en: 'About €112m in military support in 2024',
      uk: 'Близько 112 млн євро військової підтримки у 2024 році',
      pillar: 'military',
    },
    {
      en: "€2m a year to NATO's Comprehensive Assistance Package for Ukraine in 2024 and 2025",
      uk: '2 млн євро на рік до Всеосяжного пакета допомоги НАТО для України у 2024 і 2025 роках',
      pillar: 'military',
    },
  ],
  GR: [
    {
      en: 'Additional resources to accelerate F-16 training for Ukrainian pilots and technicians (no amount stated)',
      uk: 'Додаткові ресурси для прискорення підготовки українських пілотів і техніків на F-16 (суму не зазначено)',
      pillar: 'military',
    },
  ],
  EE: [
    {
      en: "At least 0.25% of Estonia's GDP for military aid to Ukraine every year in 2024–2027",
      uk: 'Щонайменше 0,25% ВВП Естонії на військову допомогу Україні щороку у 2024–2027 роках',
      pillar: 'military',
    },
    {
      en: 'More than €100m in military aid in 2024',
      uk: 'Понад 100 млн євро військової допомоги у 2024 році',
      pillar: 'military',
    },
  ],
  LT: [
    {
      en: 'Lithuania will seek to provide security and defence support of 0.25% of GDP annually',
      uk: 'Литва прагнутиме щороку надавати безпекову та оборонну підтримку в обсязі 0,25% ВВП',
      pillar: 'military',
    },
    {
      en: 'Nearly €80m in military aid already in 2024, incl. €35m for the Czech ammunition initiative',
      uk: 'Майже 80 млн євро військової допомоги вже у 2024 році, зокрема 35 млн євро на чеську ініціативу із закупівлі боєприпасів',
      pillar: 'military',
    },
  ],
  LU: [
    {
      en: '€80m in military support allocated for 2024; support to continue at the same pace for the duration of the agreement, subject to parliamentary approval',
      uk: '80 млн євро військової підтримки, виділені на 2024 рік; підтримка триватиме в тому ж темпі впродовж усього строку дії угоди за умови схвалення парламентом',
      pillar: 'military',
      level: 'allocated',
    },
  ],
  SI: [
    {
      en: 'No additional financial commitments beyond continued humanitarian aid (per RTV Slovenija)',
      uk: "Жодних додаткових фінансових зобов'язань, окрім подальшої гуманітарної допомоги (за даними RTV Slovenija)",
      pillar: null,
    },
  ],
  AL: [
    {
      en: 'Language training for Ukrainian F-16 pilots and technical staff (contribution to the fighter-jet coalition); no amount stated',
      uk: 'Мовна підготовка українських пілотів F-16 і технічного персоналу (внесок у коаліцію винищувачів); суму не зазначено',
      pillar: 'military',
    },
  ],
  PL: [],
  HR: [],
};

// ---------------------------------------------------------------------------------------------
// Memberships
// ---------------------------------------------------------------------------------------------

export const MEMBERSHIP_NOTES = {
  /** SOURCES.md item 5. */
  compactRomania:
    'The White House list of Ukraine Compact signatories includes Romania, but the EU press release does not; a Russian-language summary of the European Commission text implies that Romania did not sign.',
  recoveryDeclaration:
    'Over 30 countries and the EU adopted the declaration, but the source names only these; the other adopters are not recorded.',
  coalition:
    'The full list of Coalition of the Willing participants is not in the sources; this partner is named in a coalition event, and the date is that of the first meeting in the dataset that names it, not necessarily when it joined.',
};

/**
 * Partners named in a coalition event who are not members of the coalition. The Paris Declaration
 * of 6 Jan 2026 was agreed by "the Coalition of the Willing, Ukraine and the US": the US is named
 * as a party alongside the coalition, not as one of its members.
 */
export const COALITION_NON_MEMBERS: Record<string, string> = {
  US: 'named in the Paris Declaration (2026-01-06) as a party alongside the coalition, not as a member',
};

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

/**
 * Keys for events naming many partners, where `<date>-<kind>-<codes>` would be unwieldy.
 * Keyed by `<date>|<kind>|<partner codes joined by ','>` as in the sheet.
 */
export const EVENT_KEY_OVERRIDES: Record<string, string> = {
  '2023-07-12|declaration|CA,FR,DE,IT,JP,GB,US,EU': '2023-07-12-declaration-g7-eu',
  '2023-07-12|joined|DK,FI,IS,NO,SE': '2023-07-12-joined-nordic',
  '2023-07-14|joined|DK,ES,NL,NO,SE,CZ,FI,IS,BE,PT': '2023-07-14-joined-first-ten',
  '2024-07-11|compact|US,BE,CA,DK,EE,FI,FR,DE,IS,IT,JP,LV,LT,LU,NL,NO,PL,PT,ES,SE,GB,EU': '2024-07-11-compact-launch',
  '2024-09-25|declaration|US,GB,CA,FR,DE,IT,JP,EU': '2024-09-25-declaration-recovery',
  '2025-08-18|other|US,GB,FR,DE,IT,FI,EU': '2025-08-18-other-white-house-meeting',
  '2025-12-15|coalition|DE,FR,GB,IT,DK,NL,NO,SE,PL,FI,EU': '2025-12-15-coalition-berlin-statement',
};

// ---------------------------------------------------------------------------------------------
// Ukrainian event titles corrected where the sheet's wording disagrees with the names used
// elsewhere in the bot (keyed by the sheet's English title; the English stays verbatim).
// ---------------------------------------------------------------------------------------------
export const EVENT_TITLE_UK_FIXES: Record<string, string> = {
  'Ukraine Compact launched at the NATO summit in Washington to coordinate the partners\' security commitments':
    "На саміті НАТО у Вашингтоні започатковано Український компакт (Ukraine Compact) для координації безпекових зобов'язань партнерів",
};
