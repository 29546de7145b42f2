/**
 * `sub:…` — the /settings panel: frequency, hour, weekday, quiet hours, topics (partners, pillars,
 * kinds), silent delivery, link previews, pause/resume, unsubscribe.
 */
import { z } from 'zod';
import { KIND_GROUPS, type KindGroup } from '../../domain/digest.js';
import { COMMON_ZONES } from '../../domain/timezone.js';
import { defineCodec, intPart, oneOf, partnerCode, pillarId } from './codec.js';

export type SubAction =
  | { a: 'main' }
  | { a: 'freq'; v: 'instant' | 'daily' | 'weekly' }
  | { a: 'hourMenu' }
  | { a: 'hour'; v: number }
  | { a: 'weekdayMenu' }
  | { a: 'weekday'; v: number }
  | { a: 'quietMenu' }
  | { a: 'quiet'; from: number; to: number }
  | { a: 'quietOff' }
  | { a: 'zoneMenu' }
  | { a: 'zone'; zone: (typeof COMMON_ZONES)[number] }
  | { a: 'topics' }
  | { a: 'everything' }
  | { a: 'partners'; page: number }
  | { a: 'partner'; code: string; page: number }
  | { a: 'pillars' }
  | { a: 'pillar'; id: string }
  | { a: 'kinds' }
  | { a: 'kind'; v: KindGroup }
  | { a: 'silent' }
  | { a: 'previews' }
  | { a: 'pause' }
  | { a: 'resumeMenu' }
  | { a: 'resume'; mode: 'catchup' | 'now' }
  | { a: 'off' }
  | { a: 'on' };

/** Screens that only show something (no change is saved). */
export const SETTINGS_MENUS = ['main', 'hourMenu', 'weekdayMenu', 'quietMenu', 'zoneMenu', 'topics', 'partners', 'pillars', 'kinds', 'resumeMenu'] as const;

const FREQ = { i: 'instant', d: 'daily', w: 'weekly' } as const;
const MAX_PARTNER_PAGE = 99;

/** The parameterless actions, by their wire word. */
const SIMPLE = {
  m: 'main',
  hm: 'hourMenu',
  wm: 'weekdayMenu',
  qm: 'quietMenu',
  zm: 'zoneMenu',
  t: 'topics',
  all: 'everything',
  lm: 'pillars',
  km: 'kinds',
  s: 'silent',
  lp: 'previews',
  pause: 'pause',
  resume: 'resumeMenu',
  off: 'off',
  on: 'on',
} as const satisfies Record<string, SubAction['a']>;
type SimpleWord = keyof typeof SIMPLE;
type SimpleAction = (typeof SIMPLE)[SimpleWord];
const SIMPLE_WORDS = Object.keys(SIMPLE) as [SimpleWord, ...SimpleWord[]];
const WORD_OF = Object.fromEntries(Object.entries(SIMPLE).map(([w, a]) => [a, w])) as Record<SimpleAction, SimpleWord>;

const hour = intPart(0, 23);
const quietRange = z
  .string()
  .regex(/^(0|[1-9][0-9]?)-(0|[1-9][0-9]?)$/)
  .transform((s) => s.split('-').map(Number) as [number, number])
  .refine(([from, to]) => from <= 23 && to <= 23 && from !== to);

const schema: z.ZodType<SubAction> = z.union([
  z.tuple([oneOf(SIMPLE_WORDS)]).transform(([w]): SubAction => ({ a: SIMPLE[w] })),
  z.tuple([z.literal('f'), oneOf(['i', 'd', 'w'])]).transform(([, v]): SubAction => ({ a: 'freq', v: FREQ[v] })),
  z.tuple([z.literal('h'), hour]).transform(([, v]): SubAction => ({ a: 'hour', v })),
  z.tuple([z.literal('w'), intPart(1, 7)]).transform(([, v]): SubAction => ({ a: 'weekday', v })),
  z.tuple([z.literal('q'), z.literal('off')]).transform((): SubAction => ({ a: 'quietOff' })),
  z.tuple([z.literal('q'), quietRange]).transform(([, [from, to]]): SubAction => ({ a: 'quiet', from, to })),
  z.tuple([z.literal('pp'), intPart(0, MAX_PARTNER_PAGE)]).transform(([, page]): SubAction => ({ a: 'partners', page })),
  z.tuple([z.literal('p'), partnerCode, intPart(0, MAX_PARTNER_PAGE)]).transform(([, code, page]): SubAction => ({ a: 'partner', code, page })),
  z.tuple([z.literal('l'), pillarId]).transform(([, id]): SubAction => ({ a: 'pillar', id })),
  z.tuple([z.literal('k'), oneOf(KIND_GROUPS)]).transform(([, v]): SubAction => ({ a: 'kind', v })),
  z.tuple([z.literal('z'), oneOf(COMMON_ZONES)]).transform(([, zone]): SubAction => ({ a: 'zone', zone })),
  z.tuple([z.literal('r'), oneOf(['c', 'n'])]).transform(([, m]): SubAction => ({ a: 'resume', mode: m === 'c' ? 'catchup' : 'now' })),
]);

function parts(x: SubAction): (string | number)[] {
  switch (x.a) {
    case 'freq':
      return ['f', x.v[0]!];
    case 'hour':
      return ['h', x.v];
    case 'weekday':
      return ['w', x.v];
    case 'quiet':
      return ['q', `${x.from}-${x.to}`];
    case 'quietOff':
      return ['q', 'off'];
    case 'partners':
      return ['pp', x.page];
    case 'partner':
      return ['p', x.code, x.page];
    case 'pillar':
      return ['l', x.id];
    case 'kind':
      return ['k', x.v];
    case 'zone':
      return ['z', x.zone];
    case 'resume':
      return ['r', x.mode === 'catchup' ? 'c' : 'n'];
    default:
      return [WORD_OF[x.a]];
  }
}

export const settingsCodec = defineCodec<SubAction>('sub', {
  schema,
  parts,
  longest: [
    { a: 'partner', code: 'ZZ', page: MAX_PARTNER_PAGE },
    { a: 'pillar', id: `p${'x'.repeat(40)}` },
    { a: 'quiet', from: 23, to: 22 },
    ...KIND_GROUPS.map((v): SubAction => ({ a: 'kind', v })),
    { a: 'resumeMenu' },
    ...COMMON_ZONES.map((zone): SubAction => ({ a: 'zone', zone })),
  ],
});
