/**
 * The one dialog engine. Guided dialogs for events, partners, joining, agreements, ratifications and pledges: one question per
 * field of the matching one-line command, in its order. Each answer is checked at once by running
 * that command's own parser (answers so far, valid stand-ins for the rest) and keeping the errors
 * about this field; when all are in, the one-line handler previews the result. Same validation,
 * same preview, one code path.
 */
import { Markup, Scenes } from 'telegraf';
import type { Middleware } from 'telegraf';
import type { Catalog } from '../../../domain/catalog.js';
import { pick } from '../../../domain/bilingual.js';
import { EVENT_KINDS } from '../../../domain/dataset.js';
import {
  type FieldError,
  type Parsed,
  parseAddAgreement,
  parseAddEvent,
  parseAddPartner,
  parseAddPledge,
  parseExtend,
  parseJoin,
  parseRatify,
} from '../../../domain/admin/input.js';
import { type DialogName, adminCodec } from '../../callback-data/admin.js';
import type { BotContext } from '../../context.js';
import { KEY_FAMILIES } from '../../../i18n/families.js';
import { formatErrors, removeButtons, replyLong } from './replies.js';
import { oneLineHandlers } from './facts.js';

/** The one dialog context: the bot's context with the session and the scene (Telegraf's wizard). */
export type DialogCtx = BotContext & {
  session: Scenes.WizardSession;
  scene: Scenes.SceneContextScene<DialogCtx, Scenes.WizardSessionData>;
  wizard: Scenes.WizardContextWizard<DialogCtx>;
};
/** @deprecated the same type as DialogCtx. */
export type FormCtx = DialogCtx;

interface Choice {
  label: (ctx: BotContext, catalog: Catalog) => string;
  value: string;
}

export interface FormField {
  name: string;
  /** The field name the parser reports errors under (default: name). */
  errorField?: string;
  optional?: boolean;
  /** A valid value used for fields not answered yet, so only this field's errors count. */
  standIn: string;
  choices?: (catalog: Catalog) => Choice[];
  /** Skip this question (leave it empty) given the answers so far. */
  skipIf?: (answers: Record<string, string>) => boolean;
  /** The question's message key when it is not `admin-ask-<field>`. */
  question?: string;
}

export interface FormSpec {
  /** The name /new offers it under (`adm:wn:<name>`). */
  name: DialogName;
  id: string;
  command: string;
  fields: FormField[];
  parse: (catalog: Catalog, args: string) => Parsed<unknown>;
}

const text = (name: string, optional = false): FormField => ({ name, standIn: optional ? '' : 'x', optional });
const date: FormField = { name: 'date', standIn: '2026-01-01' };
const source: FormField = { name: 'sourceUrl', standIn: 'https://example.org' };
const partner: FormField = { name: 'partner', standIn: 'DE' };

export const FORMS: FormSpec[] = [
  {
    name: 'event',
    id: 'admin-form-event',
    command: 'addevent',
    parse: parseAddEvent,
    fields: [
      { ...date, question: 'admin-ask-event-date' },
      {
        name: 'kind',
        standIn: 'other',
        choices: () => EVENT_KINDS.map((k) => ({ label: (ctx) => ctx.t(KEY_FAMILIES.eventKind.key(k)), value: k })),
        question: 'admin-ask-event-kind',
      },
      { name: 'partners', standIn: '', optional: true, question: 'admin-ask-event-partners' },
      { ...text('titleEn'), question: 'admin-ask-event-title-en' },
      { ...text('titleUk'), question: 'admin-ask-event-title-uk' },
      source,
      { ...text('bodyEn', true), question: 'admin-ask-event-body-en' },
      // Both texts or neither: the stand-in is empty so that a skipped English text is not an error.
      { ...text('bodyUk'), standIn: '', skipIf: (a) => !a.bodyEn, question: 'admin-ask-event-body-uk' },
    ],
  },
  {
    name: 'partner',
    id: 'admin-form-partner',
    command: 'addpartner',
    parse: (_c, args) => parseAddPartner(args),
    fields: [
      { name: 'code', standIn: 'ZZ' },
      {
        name: 'kindPartner',
        errorField: 'kind_partner',
        standIn: 'country',
        choices: () => [
          { label: (ctx) => ctx.t('admin-partner-kind-country'), value: 'country' },
          { label: (ctx) => ctx.t('admin-partner-kind-organisation'), value: 'organisation' },
        ],
      },
      text('nameEn'),
      text('nameUk'),
      text('aliasesEn', true),
      text('aliasesUk', true),
    ],
  },
  {
    name: 'join',
    id: 'admin-form-join',
    command: 'join',
    parse: parseJoin,
    fields: [
      partner,
      {
        name: 'framework',
        standIn: 'joint-declaration',
        choices: (catalog) => catalog.frameworks.map((f) => ({ label: (ctx) => pick(f, 'shortName', ctx.lang), value: f.id })),
      },
      date,
      source,
    ],
  },
  {
    name: 'agreement',
    id: 'admin-form-agreement',
    command: 'addagreement',
    parse: parseAddAgreement,
    fields: [
      partner,
      date,
      text('placeEn'),
      text('placeUk'),
      text('signedByEn'),
      text('signedByUk'),
      { name: 'durationYears', standIn: '', optional: true },
      { name: 'pillars', standIn: '', optional: true },
      source,
      text('titleEn', true),
      { ...text('titleUk', true), optional: false, skipIf: (a) => !a.titleEn },
    ],
  },
  {
    name: 'ratify',
    id: 'admin-form-ratify',
    command: 'ratify',
    parse: parseRatify,
    fields: [
      partner,
      date,
      {
        name: 'status',
        standIn: 'ratified',
        choices: () => [
          { label: (ctx) => ctx.t('admin-status-ratified'), value: 'ratified' },
          { label: (ctx) => ctx.t('admin-status-in-force'), value: 'in-force' },
        ],
      },
      source,
    ],
  },
  {
    name: 'extend',
    id: 'admin-form-extend',
    command: 'extend',
    parse: parseExtend,
    fields: [partner, date, { name: 'until', standIn: '2099-01-01' }, source],
  },
  {
    name: 'pledge',
    id: 'admin-form-pledge',
    command: 'addpledge',
    parse: parseAddPledge,
    fields: [
      partner,
      { name: 'amount', standIn: '-', optional: true },
      { name: 'years', standIn: '-', optional: true },
      text('textEn'),
      text('textUk'),
      source,
    ],
  },
];

export const CANCEL = adminCodec.encode({ verb: 'cancel' });
const SKIP = adminCodec.encode({ verb: 'skip' });

const kebab = (s: string) => s.replace(/([A-Z])/g, '-$1').toLowerCase();
const answersOf = (ctx: DialogCtx) => ((ctx.wizard.state as { answers?: Record<string, string> }).answers ??= {});

async function ask(ctx: DialogCtx, spec: FormSpec, index: number): Promise<void> {
  const field = spec.fields[index]!;
  const catalog = await ctx.services.facts.catalog();
  const rows: ReturnType<typeof Markup.button.callback>[][] = [];
  const choices = field.choices?.(catalog) ?? [];
  for (let i = 0; i < choices.length; i += 2) {
    rows.push(choices.slice(i, i + 2).map((c, j) => Markup.button.callback(c.label(ctx, catalog), adminCodec.encode({ verb: 'choice', index: i + j }))));
  }
  if (field.optional) rows.push([Markup.button.callback(ctx.t('admin-btn-skip'), SKIP)]);
  rows.push([Markup.button.callback(ctx.t('admin-btn-cancel'), CANCEL)]);
  const question = ctx.t(field.question ?? `admin-ask-${kebab(field.name)}`);
  await ctx.replyWithHTML(ctx.t('admin-form-step', { step: String(index + 1), total: String(spec.fields.length), question }), Markup.inlineKeyboard(rows));
}

function argsOf(spec: FormSpec, answers: Record<string, string>, standIns: boolean): string {
  return spec.fields.map((f) => answers[f.name] ?? (standIns ? f.standIn : '')).join(' | ');
}

/** The errors about one field when the answers so far are parsed. */
export function fieldErrors(spec: FormSpec, catalog: Catalog, answers: Record<string, string>, field: FormField): FieldError[] {
  const r = spec.parse(catalog, argsOf(spec, answers, true));
  if (r.ok) return [];
  const name = field.errorField ?? field.name;
  return r.errors.filter((e) => e.field === name || (name === 'date' && e.field === 'date'));
}

function step(spec: FormSpec, index: number): Middleware<DialogCtx> {
  const field = spec.fields[index]!;
  return async (ctx) => {
    const catalog = await ctx.services.facts.catalog();
    let value: string | undefined;
    if (ctx.callbackQuery && 'data' in ctx.callbackQuery) {
      // Buttons of an earlier question, or forged ones, are answered and otherwise ignored.
      await ctx.answerCbQuery();
      const pressed = adminCodec.decode(ctx.callbackQuery.data);
      if (pressed?.verb === 'skip' && field.optional) value = '';
      if (pressed?.verb === 'choice') value = field.choices?.(catalog)[pressed.index]?.value;
      if (value === undefined) return;
    } else if (ctx.message && 'text' in ctx.message) {
      if (ctx.message.text.startsWith('/')) return ctx.replyWithHTML(ctx.t('admin-wizard-busy'));
      value = ctx.message.text.trim();
    } else {
      if (ctx.message) await ctx.replyWithHTML(ctx.t('admin-wizard-text-please'));
      return;
    }
    if (value.includes('|')) {
      return replyLong(
        ctx,
        `${formatErrors(ctx, [{ field: field.errorField ?? field.name, code: 'pipe' }]).replace(/\n[^\n]*$/, '')}\n${ctx.t('admin-wizard-try-again')}`,
      );
    }
    const answers = answersOf(ctx);
    answers[field.name] = value;
    const errors = fieldErrors(spec, catalog, answers, field);
    if (errors.length) {
      delete answers[field.name];
      return replyLong(ctx, `${formatErrors(ctx, errors).replace(/\n[^\n]*$/, '')}\n${ctx.t('admin-wizard-try-again')}`);
    }
    // Next unanswered question, skipping those that do not apply.
    let next = index + 1;
    while (next < spec.fields.length && spec.fields[next]!.skipIf?.(answers)) {
      answers[spec.fields[next]!.name] = '';
      next++;
    }
    if (next < spec.fields.length) {
      ctx.wizard.selectStep(next);
      return ask(ctx, spec, next);
    }
    const args = argsOf(spec, answers, false);
    await ctx.scene.leave();
    await oneLineHandlers[spec.command]!(ctx, args);
  };
}

export function formScene(spec: FormSpec): Scenes.WizardScene<DialogCtx> {
  const scene = new Scenes.WizardScene<DialogCtx>(spec.id, ...spec.fields.map((_f, i) => step(spec, i)));
  scene.enter((ctx) => ask(ctx, spec, 0));
  scene.command('cancel', async (ctx) => {
    await ctx.scene.leave();
    await ctx.replyWithHTML(ctx.t('admin-wizard-cancelled'));
  });
  scene.action(CANCEL, async (ctx) => {
    await ctx.answerCbQuery();
    await removeButtons(ctx);
    await ctx.scene.leave();
    await ctx.replyWithHTML(ctx.t('admin-wizard-cancelled'));
  });
  return scene;
}

export const formScenes = FORMS.map(formScene);
