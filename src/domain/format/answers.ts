/**
 * Replies to plain-language questions: a parsed Question + the Catalog → Telegram HTML in the
 * translator's language. Every reply ends with its source link(s) and the "data as of" line; all
 * data text goes through esc()/link().
 */
import type { Agreement, Catalog, Partner, Pledge } from '../catalog.js';
import { inLang as inLangRecord } from '../catalog.js';
import type { Translator } from '../../i18n/index.js';
import { esc, link } from '../html.js';
import type { Period, Question } from '../questions.js';
import { codeToFlag } from '../resolve.js';

const MAX_LIST = 40;

/** The bilingual field of a catalog row (nameEn/nameUk, …) in the translator's language. */
function inLang(obj: object, field: string, lang: Translator['lang']): string {
  return inLangRecord(obj as Record<string, unknown>, field, lang);
}

function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y + years}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function expiryOf(a: Agreement): string | null {
  return a.expiresOn ?? (a.durationYears ? addYears(a.signedOn, a.durationYears) : null);
}

function name(p: Partner, tr: Translator): string {
  const flag = p.code === 'EU' ? '🇪🇺' : codeToFlag(p.code);
  return `${flag ? `${flag} ` : ''}<b>${esc(inLang(p, 'name', tr.lang))}</b>`;
}

function plainName(p: Partner, tr: Translator): string {
  return esc(inLang(p, 'name', tr.lang));
}

function footer(catalog: Catalog, tr: Translator, urls: string[], inline = false): string {
  const unique = [...new Set(urls.filter((u) => /^https?:\/\//i.test(u)))].slice(0, 5);
  const links = unique.map((u, i) => link(u, unique.length === 1 ? tr.t('ask-source-word') : `[${i + 1}]`)).join(' ');
  const lines = [];
  if (inline) lines.push(tr.t('ask-sources-inline'));
  else if (unique.length) lines.push(tr.t('ask-sources', { count: unique.length, links }));
  lines.push(`<i>${tr.t('data-as-of', { date: tr.date(catalog.dataAsOf) })}</i>`);
  return `\n\n${lines.join('\n')}`;
}

function mainAgreement(catalog: Catalog, p: Partner): Agreement | undefined {
  const list = catalog.agreementsOf(p.code);
  return list.find((a) => a.inDeclarationSeries) ?? list[0];
}

function seriesNote(a: Agreement, tr: Translator): string {
  return a.inDeclarationSeries ? '' : `\n\n${tr.t('ask-not-in-series')}`;
}

function noAgreement(catalog: Catalog, p: Partner, tr: Translator): string {
  const joined = catalog.membershipsOf(p.code).map((m) => m.sourceUrl);
  return tr.t('ask-no-agreement', { partner: name(p, tr) }) + footer(catalog, tr, joined);
}

function frameworkName(catalog: Catalog, id: string, tr: Translator): string {
  const f = catalog.framework(id);
  return f ? esc(inLang(f, 'name', tr.lang)) : esc(id);
}

function pledgeLine(pl: Pledge, tr: Translator): string {
  const years = pl.yearFrom ? (pl.yearTo && pl.yearTo !== pl.yearFrom ? `${pl.yearFrom}–${pl.yearTo}` : String(pl.yearFrom)) : '';
  const amount = pl.amount && pl.currency ? `<b>${esc(tr.money(pl.amount, pl.currency))}</b> — ` : '';
  const level = tr.t(`ask-level-${pl.level}`);
  return `• ${amount}${esc(inLang(pl, 'text', tr.lang))}${years ? ` (${years})` : ''} — <i>${level}</i> ${link(pl.sourceUrl, '↗')}`;
}

function periodLabel(p: Period, tr: Translator): string {
  if (p.label.kind === 'month') return tr.month(p.label.month);
  if (p.label.kind === 'year') return String(p.label.year);
  return tr.t('ask-range', { from: tr.date(p.label.from), to: tr.date(p.label.to) });
}

function agreementLine(a: Agreement, catalog: Catalog, tr: Translator): string {
  const p = catalog.partner(a.partnerCode);
  const who = p ? name(p, tr) : esc(a.partnerCode);
  const mark = a.inDeclarationSeries ? '' : ` <i>(${tr.t('ask-related-short')})</i>`;
  return `• ${who} — ${link(a.sourceUrl, tr.date(a.signedOn))}, ${esc(inLang(a, 'place', tr.lang))}${mark}`;
}

export function formatAnswer(catalog: Catalog, q: Question, tr: Translator): string {
  // Ukrainian dates end in "р.": never follow them with a second full stop.
  return compose(catalog, q, tr).replace(/ р\.((?:<\/[bi]>)*)\./g, ' р.$1');
}

function compose(catalog: Catalog, q: Question, tr: Translator): string {
  const t = tr.t;
  switch (q.kind) {
    case 'signed-when':
    case 'overview': {
      const a = mainAgreement(catalog, q.partner);
      if (!a) return noAgreement(catalog, q.partner, tr);
      let body = t('ask-signed', {
        partner: name(q.partner, tr),
        date: tr.date(a.signedOn),
        place: esc(inLang(a, 'place', tr.lang)),
      });
      body += `\n${t('ask-signed-by-line', { signers: esc(inLang(a, 'signedBy', tr.lang)) })}`;
      body += `\n${t('ask-title-line', { title: a.textUrl ? link(a.textUrl, inLang(a, 'title', tr.lang)) : esc(inLang(a, 'title', tr.lang)) })}`;
      const urls = [a.sourceUrl];
      if (q.kind === 'overview') {
        const ms = catalog.membershipsOf(q.partner.code);
        if (ms.length) body += `\n${t('ask-frameworks-line', { list: ms.map((m) => frameworkName(catalog, m.frameworkId, tr)).join('; ') })}`;
      }
      return body + seriesNote(a, tr) + footer(catalog, tr, urls);
    }
    case 'signed-by': {
      const a = mainAgreement(catalog, q.partner);
      if (!a) return noAgreement(catalog, q.partner, tr);
      return (
        t('ask-signed-by', {
          partner: name(q.partner, tr),
          signers: esc(inLang(a, 'signedBy', tr.lang)),
          date: tr.date(a.signedOn),
          place: esc(inLang(a, 'place', tr.lang)),
        }) +
        seriesNote(a, tr) +
        footer(catalog, tr, [a.sourceUrl])
      );
    }
    case 'joined': {
      const m = catalog.membershipsOf(q.partner.code).find((x) => x.frameworkId === q.frameworkId);
      const fw = frameworkName(catalog, q.frameworkId, tr);
      if (m) {
        const body = m.joinedOn
          ? t('ask-joined-yes', { partner: name(q.partner, tr), framework: fw, date: tr.date(m.joinedOn) })
          : t('ask-joined-yes-undated', { partner: name(q.partner, tr), framework: fw });
        return body + footer(catalog, tr, [m.sourceUrl]);
      }
      let body = t('ask-joined-no', { partner: name(q.partner, tr), framework: fw });
      const a = mainAgreement(catalog, q.partner);
      const urls = [catalog.framework(q.frameworkId)?.sourceUrl ?? ''];
      if (a && !a.inDeclarationSeries && q.frameworkId === 'joint-declaration') {
        body += `\n\n${t('ask-related-agreement', { date: tr.date(a.signedOn), place: esc(inLang(a, 'place', tr.lang)) })}`;
        urls.push(a.sourceUrl);
      }
      return body + footer(catalog, tr, urls);
    }
    case 'frameworks-of': {
      const ms = catalog.membershipsOf(q.partner.code);
      if (!ms.length) return t('ask-frameworks-none', { partner: name(q.partner, tr) }) + footer(catalog, tr, []);
      const lines = ms.map((m) => `• ${frameworkName(catalog, m.frameworkId, tr)}${m.joinedOn ? ` — ${tr.date(m.joinedOn)}` : ''}`);
      return `${t('ask-frameworks', { partner: name(q.partner, tr) })}\n${lines.join('\n')}` + footer(catalog, tr, ms.map((m) => m.sourceUrl));
    }
    case 'pledges': {
      const all = catalog.agreementsOf(q.partner.code).flatMap((a) => a.pledges);
      const year = q.year;
      const list = year === null ? all : all.filter((p) => p.yearFrom !== null && p.yearFrom <= year && (p.yearTo ?? p.yearFrom) >= year);
      const who = name(q.partner, tr);
      if (!list.length) {
        const key = year === null ? 'ask-pledges-none' : 'ask-pledges-none-year';
        return t(key, { partner: who, year: String(year ?? '') }) + footer(catalog, tr, catalog.agreementsOf(q.partner.code).map((a) => a.sourceUrl));
      }
      const header = year === null ? t('ask-pledges', { partner: who }) : t('ask-pledges-year', { partner: who, year: String(year) });
      return `${header}\n${list.slice(0, MAX_LIST).map((p) => pledgeLine(p, tr)).join('\n')}` + footer(catalog, tr, list.map((p) => p.sourceUrl));
    }
    case 'duration': {
      const a = mainAgreement(catalog, q.partner);
      if (!a) return noAgreement(catalog, q.partner, tr);
      const expires = expiryOf(a);
      const body =
        a.durationYears && expires
          ? t('ask-duration', { partner: name(q.partner, tr), years: a.durationYears, date: tr.date(a.signedOn), expires: tr.date(expires) })
          : t('ask-duration-unknown', { partner: name(q.partner, tr), date: tr.date(a.signedOn) });
      return body + seriesNote(a, tr) + footer(catalog, tr, [a.sourceUrl]);
    }
    case 'ratified': {
      const a = mainAgreement(catalog, q.partner);
      if (!a) return noAgreement(catalog, q.partner, tr);
      return (
        t(`ask-ratification-${a.ratification}`, { partner: name(q.partner, tr), date: tr.date(a.signedOn) }) +
        seriesNote(a, tr) +
        footer(catalog, tr, [a.sourceUrl])
      );
    }
    case 'pillars-of': {
      const a = mainAgreement(catalog, q.partner);
      if (!a) return noAgreement(catalog, q.partner, tr);
      const lines = a.pillarIds.map((id) => catalog.pillar(id)).filter((p) => p !== undefined).map((p) => `• ${esc(inLang(p, 'name', tr.lang))}`);
      return (
        `${t('ask-pillars', { partner: name(q.partner, tr), count: lines.length })}\n${lines.join('\n')}` +
        seriesNote(a, tr) +
        footer(catalog, tr, [a.sourceUrl])
      );
    }
    case 'covers-pillar': {
      const a = mainAgreement(catalog, q.partner);
      if (!a) return noAgreement(catalog, q.partner, tr);
      const key = a.pillarIds.includes(q.pillar.id) ? 'ask-covers-yes' : 'ask-covers-no';
      return (
        t(key, { partner: name(q.partner, tr), pillar: esc(inLang(q.pillar, 'name', tr.lang)) }) + seriesNote(a, tr) + footer(catalog, tr, [a.sourceUrl, q.pillar.sourceUrl])
      );
    }
    case 'non-partner': {
      const country = esc(tr.lang === 'uk' ? q.country.nameUk : q.country.nameEn);
      const fw = catalog.framework(q.frameworkId);
      return (
        t('ask-non-partner', { country, framework: frameworkName(catalog, q.frameworkId, tr), date: tr.date(catalog.dataAsOf) }) +
        footer(catalog, tr, [fw?.sourceUrl ?? ''])
      );
    }
    case 'signed-in-period': {
      const list = catalog.agreements
        .filter((a) => a.signedOn >= q.period.from && a.signedOn <= q.period.to)
        .sort((a, b) => a.signedOn.localeCompare(b.signedOn) || a.partnerCode.localeCompare(b.partnerCode));
      const period = periodLabel(q.period, tr);
      if (!list.length) return t('ask-period-none', { period }) + footer(catalog, tr, []);
      const count = new Set(list.map((a) => a.partnerCode)).size;
      return (
        `${t('ask-period', { period, count })}\n${list.slice(0, MAX_LIST).map((a) => agreementLine(a, catalog, tr)).join('\n')}` +
        footer(catalog, tr, [], true)
      );
    }
    case 'count-agreements': {
      const partners = new Set(catalog.agreements.map((a) => a.partnerCode));
      const inSeries = new Set(catalog.agreements.filter((a) => a.inDeclarationSeries).map((a) => a.partnerCode));
      const related = [...partners].filter((c) => !inSeries.has(c)).map((c) => catalog.partner(c)).filter((p) => p !== undefined);
      let body = t('ask-count-agreements', { count: partners.size, series: inSeries.size });
      if (related.length) body += `\n${t('ask-count-related', { list: related.map((p) => plainName(p, tr)).join(', '), count: related.length })}`;
      return body + footer(catalog, tr, [catalog.framework('joint-declaration')?.sourceUrl ?? '']);
    }
    case 'count-members': {
      const members = catalog.membersOf(q.frameworkId);
      return (
        t('ask-count-members', { count: members.length, framework: frameworkName(catalog, q.frameworkId, tr) }) +
        footer(catalog, tr, [catalog.framework(q.frameworkId)?.sourceUrl ?? ''])
      );
    }
    case 'members-of': {
      const members = catalog.membersOf(q.frameworkId);
      const lines = members
        .map((m) => ({ m, p: catalog.partner(m.partnerCode) }))
        .filter((x) => x.p !== undefined)
        .map(({ m, p }) => `• ${name(p!, tr)}${m.joinedOn ? ` — ${tr.date(m.joinedOn)}` : ''}`);
      return (
        `${t('ask-members', { framework: frameworkName(catalog, q.frameworkId, tr), count: members.length })}\n${lines.join('\n')}` +
        footer(catalog, tr, [catalog.framework(q.frameworkId)?.sourceUrl ?? '', ...members.map((m) => m.sourceUrl)])
      );
    }
    case 'first-last': {
      const sorted = [...catalog.agreements].filter((a) => a.inDeclarationSeries).sort((a, b) => a.signedOn.localeCompare(b.signedOn));
      if (!sorted.length) return t('ask-period-none', { period: '—' }) + footer(catalog, tr, []);
      const edge = q.which === 'first' ? sorted[0]!.signedOn : sorted[sorted.length - 1]!.signedOn;
      const same = sorted.filter((a) => a.signedOn === edge);
      const names = same.map((a) => catalog.partner(a.partnerCode)).filter((p) => p !== undefined).map((p) => name(p, tr));
      return (
        t(q.which === 'first' ? 'ask-first' : 'ask-last', {
          partners: names.join(', '),
          count: names.length,
          date: tr.date(edge),
          place: esc(inLang(same[0]!, 'place', tr.lang)),
        }) + footer(catalog, tr, same.map((a) => a.sourceUrl))
      );
    }
    case 'unknown-country': {
      const list = q.suggestions.map((p) => name(p, tr)).join(', ');
      return t('ask-unknown-country', { name: esc(q.name), suggestions: list }) + footer(catalog, tr, []);
    }
    case 'ambiguous-country': {
      const list = q.candidates.map((p) => name(p, tr)).join(', ');
      return t('ask-ambiguous-country', { candidates: list });
    }
    case 'several': {
      // One answer per partner; the "data as of" line once, at the end.
      const asOf = `<i>${t('data-as-of', { date: tr.date(catalog.dataAsOf) })}</i>`;
      const parts = q.questions.map((sub) => compose(catalog, sub, tr));
      return parts.map((part, i) => (i < parts.length - 1 ? part.replace(`\n${asOf}`, '').replace(`\n\n${asOf}`, '') : part)).join('\n\n');
    }
    case 'unrecognised':
      return t('ask-help');
  }
}
