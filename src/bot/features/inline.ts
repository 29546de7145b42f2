import { Composer } from 'telegraf';
import type { InlineQueryResultArticle } from 'telegraf/types';
import type { Catalog, Partner } from '../../domain/catalog.js';
import { partnerLabel } from '../../domain/format/common.js';
import { countryCard, countrySummary } from '../../domain/format/country.js';
import { type NonPartnerCountry, flagToCode, normalize, resolveCountry, resolvePartner } from '../../domain/resolve.js';
import type { Translator } from '../../i18n/index.js';
import type { BotContext } from '../context.js';
import { inlineMapResults } from './map.js';

/** Inline mode: `@bot Germany` in any chat offers the country card; the language is the inline user's. */
export const inlineFeature = new Composer<BotContext>();

const MAX_RESULTS = 10;

/** Partners for an inline query: exact resolution, else names starting with the query, else the latest signers. */
export function inlinePartners(catalog: Catalog, query: string): Partner[] {
  // A flag is a partner (🇯🇵); normalising would strip it to nothing.
  const flag = flagToCode(query);
  if (flag) {
    const p = catalog.partner(flag);
    return p ? [p] : [];
  }
  const q = normalize(query);
  if (!q) {
    const latest = [...catalog.agreements].sort((a, b) => b.signedOn.localeCompare(a.signedOn));
    const seen = new Set<string>();
    const out: Partner[] = [];
    for (const a of latest) {
      const p = catalog.partner(a.partnerCode);
      if (p && !seen.has(p.code)) (seen.add(p.code), out.push(p));
    }
    return out.slice(0, MAX_RESULTS);
  }
  const r = resolvePartner(catalog, query);
  if (r.status === 'found') return [r.item];
  if (r.status === 'ambiguous') return r.candidates.slice(0, MAX_RESULTS);
  const prefix = catalog.partners.filter((p) => normalize(p.nameEn).startsWith(q) || normalize(p.nameUk).startsWith(q));
  return (prefix.length ? prefix : r.suggestions).slice(0, MAX_RESULTS);
}

function article(catalog: Catalog, p: Partner, tr: Translator): InlineQueryResultArticle {
  return {
    type: 'article',
    id: `country-${p.code}-${tr.lang}`,
    title: partnerLabel(p, tr.lang),
    description: countrySummary(catalog, p, tr),
    input_message_content: { message_text: countryCard(catalog, p, tr), parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
  };
}

/**
 * The deep link of the "nothing found — open the bot" button (?start=inline_search): a welcome that
 * says what inline mode does and how to ask here instead of "I did not recognise the link".
 */
export const inlineDeepLink = async (ctx: BotContext, arg: string): Promise<boolean> => {
  if (arg !== 'search') return false;
  await ctx.replyWithHTML(ctx.t('inline-welcome', { username: ctx.botInfo.username }), { link_preview_options: { is_disabled: true } });
  return true;
};
/** Russia or Belarus: the same one line as /country and the questions give. */
function aggressorArticle(c: NonPartnerCountry, tr: Translator): InlineQueryResultArticle {
  const line = tr.t('aggressor-state', { code: c.code });
  return {
    type: 'article',
    id: `aggressor-${c.code}-${tr.lang}`,
    title: tr.lang === 'uk' ? c.nameUk : c.nameEn,
    description: line,
    input_message_content: { message_text: line, parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
  };
}

inlineFeature.on('inline_query', async (ctx) => {
  const catalog = await ctx.services.facts.catalog();
  const query = ctx.inlineQuery.query.slice(0, 100);
  const country = query.trim() ? resolveCountry(catalog, query) : undefined;
  const results =
    country?.status === 'aggressor'
      ? [aggressorArticle(country, ctx.tr)]
      : [...(await inlineMapResults(ctx, query)), ...inlinePartners(catalog, query).map((p) => article(catalog, p, ctx.tr))];
  await ctx.answerInlineQuery(results, {
    cache_time: 30,
    is_personal: true,
    ...(results.length ? {} : { button: { text: ctx.t('inline-not-found'), start_parameter: 'inline_search' } }),
  });
});
