/**
 * Replies to plain-language questions: an Answer (src/domain/questions.ts) → Telegram HTML in the
 * translator's language. Every reply to a question about the data ends with its source link(s) and
 * the "data as of" line; all data text goes through esc()/link().
 */
import type { Agreement, Framework, Partner, Pledge } from '../catalog.js';
import { inLang as inLangRecord } from '../catalog.js';
import type { Translator } from '../../i18n/index.js';
import { esc, link } from '../html.js';
import type { Answer } from '../questions/answer.js';
import type { Filter, Period } from '../questions/types.js';
import { codeToFlag } from '../resolve.js';
import { hostOf, membershipDate, partialMembersLine, pledgeLine } from './common.js';
import { type UkGender, capitalizeLines, englishInSentence, listOf, ukrainianCase, ukrainianFrameworkGenitive, ukrainianGender } from '../names.js';

const MAX_LIST = 40;

/** The bilingual field of a catalog row (nameEn/nameUk, …) in the translator's language. */
function inLang(obj: object, field: string, lang: Translator['lang']): string {
  return inLangRecord(obj as Record<string, unknown>, field, lang);
}

/** A partner as a list item: "🇺🇸 <b>United States</b>". */
function name(p: Partner, tr: Translator): string {
  return named(p, inLang(p, 'name', tr.lang));
}

function named(p: Partner, text: string): string {
  const flag = p.code === 'EU' ? '🇪🇺' : codeToFlag(p.code);
  return `${flag ? `${flag} ` : ''}<b>${esc(text)}</b>`;
}

/**
 * A partner as templates use it in a sentence: `partner` ("the United States" in English, the
 * nominative in Ukrainian), `partnerGen` and `partnerIns` (Ukrainian genitive and instrumental:
 * «Німеччини», «з Великою Британією»; a name the rules cannot decline keeps a construction with
 * «партнера»/«партнером», which needs no case).
 */
function names(p: Partner, tr: Translator): { partner: string; partnerGen: string; partnerIns: string; gender: UkGender } {
  if (tr.lang === 'en') {
    const n = named(p, englishInSentence(p.nameEn));
    return { partner: n, partnerGen: n, partnerIns: n, gender: 'n' };
  }
  const gen = ukrainianCase(p.nameUk, 'gen');
  const ins = ukrainianCase(p.nameUk, 'ins');
  return {
    partner: name(p, tr),
    partnerGen: gen ? named(p, gen) : `партнера ${name(p, tr)}`,
    partnerIns: ins ? named(p, ins) : `партнером ${name(p, tr)}`,
    gender: ukrainianGender(p.nameUk),
  };
}

function frameworkName(f: Framework | undefined, id: string, tr: Translator): string {
  return f ? esc(inLang(f, 'name', tr.lang)) : esc(id);
}

/** The framework after «до»: the Ukrainian genitive («до Спільної декларації…»); in English the name itself. */
function frameworkAfterTo(f: Framework | undefined, id: string, tr: Translator): string {
  return f && tr.lang === 'uk' ? esc(ukrainianFrameworkGenitive(f.nameUk)) : frameworkName(f, id, tr);
}

/** "Volodymyr Zelensky, Rishi Sunak and …" from the stored "A; B" list. */
function signatories(a: Agreement, tr: Translator): string {
  return esc(listOf(inLang(a, 'signedBy', tr.lang).split(/;\s*/).filter(Boolean), tr.lang));
}

function asOfLine(tr: Translator, dataAsOf: string): string {
  return `<i>${tr.t('data-as-of', { date: tr.date(dataAsOf) })}</i>`;
}

function footer(tr: Translator, dataAsOf: string, urls: Array<string | undefined>, inline = false): string {
  const unique = [...new Set(urls.filter((u): u is string => !!u && /^https?:\/\//i.test(u)))].slice(0, 5);
  // One source is named by its publisher ("Source: gov.uk"), never "Source: source".
  const links = unique.map((u, i) => link(u, unique.length === 1 ? (hostOf(u) ?? tr.t('ask-source-word')) : `[${i + 1}]`)).join(' ');
  const lines = [];
  if (inline) lines.push(tr.t('ask-sources-inline'));
  else if (unique.length) lines.push(tr.t('ask-sources', { count: unique.length, links }));
  lines.push(asOfLine(tr, dataAsOf));
  return `\n\n${lines.join('\n')}`;
}

function seriesNote(a: Agreement, tr: Translator): string {
  return a.inDeclarationSeries ? '' : `\n\n${tr.t('ask-not-in-series')}`;
}

/** One pledge, as on the country card: amount, period and level said once, then its source. */
function pledgeItem(pl: Pledge, tr: Translator): string {
  return `• ${pledgeLine(pl, tr)} ${link(pl.sourceUrl, '↗')}`;
}

function periodLabel(p: Period, tr: Translator): string {
  if (p.label.kind === 'month') return tr.month(p.label.month);
  if (p.label.kind === 'year') return String(p.label.year);
  return tr.t('ask-range', { from: tr.date(p.label.from), to: tr.date(p.label.to) });
}

function agreementLine(a: Agreement, p: Partner | undefined, tr: Translator): string {
  const who = p ? name(p, tr) : esc(a.partnerCode);
  const mark = a.inDeclarationSeries ? '' : ` <i>(${tr.t('ask-related-short')})</i>`;
  return `• ${who} — ${link(a.sourceUrl, tr.date(a.signedOn))}, ${esc(inLang(a, 'place', tr.lang))}${mark}`;
}

/** "G7 countries, 2024": the restriction a list or count answers for. */
function scopeLabel(filter: Filter | undefined, tr: Translator): string {
  const parts: string[] = [];
  if (filter?.group) parts.push(tr.t(`ask-group-${filter.group}`));
  if (filter?.period) parts.push(periodLabel(filter.period, tr));
  return parts.join(', ');
}

function years(pl: Pledge): string {
  return pl.yearFrom ? (pl.yearTo && pl.yearTo !== pl.yearFrom ? `${pl.yearFrom}–${pl.yearTo}` : String(pl.yearFrom)) : '';
}

/** The reply to an answer, in the translator's language; `dataAsOf` is the catalog's data date. */
export function formatAnswer(answer: Answer, tr: Translator, dataAsOf: string): string {
  // Ukrainian dates end in "р.": never follow them with a second full stop.
  // Every line starts with a capital ("The United States …"), whatever the name form put first.
  return capitalizeLines(compose(answer, tr, dataAsOf).replace(/ р\.((?:<\/[bi]>)*)\./g, ' р.$1'));
}

function compose(ans: Answer, tr: Translator, dataAsOf: string): string {
  const t = tr.t;
  const end = (urls: Array<string | undefined>, inline = false) => footer(tr, dataAsOf, urls, inline);
  switch (ans.kind) {
    case 'agreement': {
      const a = ans.agreement;
      const who = names(ans.partner, tr);
      const date = tr.date(a.signedOn);
      const place = esc(inLang(a, 'place', tr.lang));
      let body: string;
      switch (ans.view) {
        case 'signed':
        case 'overview': {
          const title = inLang(a, 'title', tr.lang);
          body = t('ask-signed', { ...who, date, place });
          body += `\n${t('ask-signed-by-line', { signers: signatories(a, tr) })}`;
          body += `\n${t('ask-title-line', { title: a.textUrl ? link(a.textUrl, title) : esc(title) })}`;
          if (ans.view === 'overview' && ans.frameworks.length) {
            body += `\n${t('ask-frameworks-line', { list: ans.frameworks.map((f) => frameworkName(f, f.id, tr)).join('; ') })}`;
          }
          break;
        }
        case 'signed-by':
          body = t('ask-signed-by', { ...who, signers: signatories(a, tr), date, place });
          break;
        case 'duration':
          body =
            a.durationYears && ans.expiresOn
              ? t('ask-duration', { ...who, years: a.durationYears, date, expires: tr.date(ans.expiresOn) })
              : t('ask-duration-unknown', { ...who, date });
          break;
        case 'ratified':
          // Only what is known: the status with its own source — the ratification event's, where one is recorded.
          body = ans.ratifiedBy
            ? t(`ask-ratification-${a.ratification}-dated`, { ...who, date, on: tr.date(ans.ratifiedBy.occurredOn) })
            : ans.executive
              ? t('ask-ratification-executive', { ...who, date })
              : t(`ask-ratification-${a.ratification}`, { ...who, date });
          if (ans.ratifiedBy) return body + seriesNote(a, tr) + end([ans.ratifiedBy.sourceUrl]);
          break;
        case 'pillars':
          body = `${t('ask-pillars', { ...who, count: ans.pillars.length })}\n${ans.pillars.map((p) => `• ${esc(inLang(p, 'name', tr.lang))}`).join('\n')}`;
          break;
      }
      return body + seriesNote(a, tr) + end([a.sourceUrl]);
    }
    case 'no-agreement': {
      // A declaration member without an agreement is answered with its join date, not only "no agreement".
      const jd = ans.memberships.find((m) => m.frameworkId === 'joint-declaration');
      const asOf = tr.date(dataAsOf);
      const body = jd
        ? t('ask-no-agreement-member', { ...names(ans.partner, tr), joined: membershipDate(jd, tr), asOf })
        : t('ask-no-agreement', { ...names(ans.partner, tr), asOf });
      return body + end(ans.memberships.map((m) => m.sourceUrl));
    }
    case 'covers-pillar':
      return (
        t(ans.covered ? 'ask-covers-yes' : 'ask-covers-no', { ...names(ans.partner, tr), pillar: esc(inLang(ans.pillar, 'name', tr.lang)) }) +
        seriesNote(ans.agreement, tr) +
        end([ans.agreement.sourceUrl, ans.pillar.sourceUrl])
      );
    case 'membership': {
      const fw = frameworkName(ans.framework, ans.frameworkId, tr);
      const who = names(ans.partner, tr);
      const m = ans.membership;
      if (m) {
        const args = {
          ...who,
          framework: fw,
          frameworkGen: frameworkAfterTo(ans.framework, ans.frameworkId, tr),
          date: membershipDate(m, tr),
          asked: ans.when ? 'when' : 'yes-no',
        };
        const body = t(m.joinedOn ? 'ask-joined-yes' : 'ask-joined-yes-undated', args);
        return body + end([m.sourceUrl]);
      }
      let body = t('ask-joined-no', { ...who, framework: fw, frameworkGen: frameworkAfterTo(ans.framework, ans.frameworkId, tr) });
      if (ans.related) {
        body += `\n\n${t('ask-related-agreement', { date: tr.date(ans.related.signedOn), place: esc(inLang(ans.related, 'place', tr.lang)) })}`;
      }
      return body + end([ans.framework?.sourceUrl, ans.related?.sourceUrl]);
    }
    case 'frameworks-of': {
      if (!ans.memberships.length) return t('ask-frameworks-none', { ...names(ans.partner, tr) }) + end([]);
      const lines = ans.memberships.map(({ membership: m, framework: f }) => `• ${frameworkName(f, m.frameworkId, tr)} — ${membershipDate(m, tr)}`);
      return `${t('ask-frameworks', { ...names(ans.partner, tr) })}\n${lines.join('\n')}` + end(ans.memberships.map((m) => m.membership.sourceUrl));
    }
    case 'pledges': {
      const who = names(ans.partner, tr);
      const year = ans.year === null ? '' : String(ans.year);
      if (!ans.pledges.length) return t(year ? 'ask-pledges-none-year' : 'ask-pledges-none', { ...who, year }) + end(ans.sourceUrls);
      const header = year ? t('ask-pledges-year', { ...who, year }) : t('ask-pledges', { ...who });
      return (
        `${header}\n${ans.pledges
          .slice(0, MAX_LIST)
          .map((p) => pledgeItem(p, tr))
          .join('\n')}` + end(ans.sourceUrls)
      );
    }
    case 'non-partner': {
      const country = esc(tr.lang === 'uk' ? ans.country.nameUk : ans.country.nameEn);
      return (
        t('ask-non-partner', {
          country,
          framework: frameworkName(ans.framework, ans.frameworkId, tr),
          frameworkGen: frameworkAfterTo(ans.framework, ans.frameworkId, tr),
          date: tr.date(dataAsOf),
        }) + end([ans.framework?.sourceUrl])
      );
    }
    case 'aggressor':
      return t('aggressor-state', { code: ans.country.code });
    case 'signed-in-period': {
      const period = periodLabel(ans.period, tr);
      if (!ans.agreements.length) return t('ask-period-none', { period }) + end([]);
      const lines = ans.agreements.slice(0, MAX_LIST).map(({ agreement, partner }) => agreementLine(agreement, partner, tr));
      return `${t('ask-period', { period, count: ans.countries })}\n${lines.join('\n')}` + end([], true);
    }
    case 'count-agreements': {
      let body = t('ask-count-agreements', { count: ans.partners, series: ans.inSeries });
      if (ans.related.length) {
        body += `\n${t('ask-count-related', { list: ans.related.map((p) => esc(inLang(p, 'name', tr.lang))).join(', '), count: ans.related.length })}`;
      }
      return body + end([ans.sourceUrl]);
    }
    case 'count-members': {
      // Where the sources name only some members, the count is "at least N", beside what the framework's own sources say.
      const fw = frameworkName(ans.framework, ans.frameworkId, tr);
      const partial = partialMembersLine(ans.framework, ans.count, tr);
      const body = partial ? `<i>${fw}</i>\n${partial}` : t('ask-count-members', { count: ans.count, framework: fw });
      return body + end([ans.framework?.sourceUrl]);
    }
    case 'members-of': {
      const lines = ans.members.map(({ membership: m, partner: p }) => `• ${name(p, tr)} — ${membershipDate(m, tr)}`);
      const fw = frameworkName(ans.framework, ans.frameworkId, tr);
      const partial = partialMembersLine(ans.framework, ans.members.length, tr);
      const heading = partial ? `<i>${fw}</i>\n${partial}` : t('ask-members', { framework: fw, count: ans.members.length });
      return `${heading}\n${lines.join('\n')}` + end([ans.framework?.sourceUrl, ...ans.members.map((m) => m.membership.sourceUrl)]);
    }
    case 'first-last': {
      const first = ans.agreements[0];
      const scope = scopeLabel(ans.filter, tr);
      if (!first) return t('ask-filtered-none', { scope: scope || '—' }) + end([]);
      return (
        (scope ? `${t('ask-scope', { scope })}\n` : '') +
        t(ans.which === 'first' ? 'ask-first' : 'ask-last', {
          partners: listOf(
            ans.agreements.map((x) => names(x.partner, tr).partner),
            tr.lang,
          ),
          count: ans.agreements.length,
          date: tr.date(first.agreement.signedOn),
          place: esc(inLang(first.agreement, 'place', tr.lang)),
        }) +
        end(ans.agreements.map((x) => x.agreement.sourceUrl))
      );
    }
    case 'unknown-country':
      return (
        t('ask-unknown-country', {
          name: esc(ans.name),
          count: ans.suggestions.length,
          suggestions: listOf(
            ans.suggestions.map((p) => name(p, tr)),
            tr.lang,
          ),
        }) + end([])
      );
    case 'ambiguous-country':
      return t('ask-ambiguous-country', { candidates: ans.candidates.map((p) => name(p, tr)).join(', ') });
    case 'several': {
      // One answer per partner; the "data as of" line once, at the end.
      const asOf = asOfLine(tr, dataAsOf);
      const parts = ans.answers.map((sub) => compose(sub, tr, dataAsOf));
      return parts.map((part, i) => (i < parts.length - 1 ? part.replace(`\n${asOf}`, '') : part)).join('\n\n');
    }
    case 'filtered': {
      const scope = scopeLabel(ans.filter, tr);
      if (!ans.agreements.length) return t('ask-filtered-none', { scope }) + end([]);
      const lines = ans.agreements.slice(0, MAX_LIST).map(({ agreement, partner }) => agreementLine(agreement, partner, tr));
      const related = ans.agreements.filter((x) => !x.agreement.inDeclarationSeries).length;
      return (
        `${t('ask-filtered', { scope, count: ans.agreements.length })}\n${lines.join('\n')}` +
        (related ? `\n${t('ask-filtered-related', { count: related })}` : '') +
        end([], true)
      );
    }
    case 'signed-at': {
      const place = esc(tr.lang === 'uk' ? ans.place.uk : ans.place.en);
      const lines = ans.agreements.slice(0, MAX_LIST).map(({ agreement, partner }) => agreementLine(agreement, partner, tr));
      return `${t('ask-signed-at', { place, count: ans.agreements.length })}\n${lines.join('\n')}` + end([], true);
    }
    case 'pillar-list': {
      const pillar = esc(inLang(ans.pillar, 'name', tr.lang));
      if (!ans.agreements.length) return t('ask-pillar-list-none', { pillar }) + end([ans.pillar.sourceUrl]);
      const lines = ans.agreements.slice(0, MAX_LIST).map(({ agreement, partner }) => agreementLine(agreement, partner, tr));
      return `${t('ask-pillar-list', { pillar, count: ans.agreements.length })}\n${lines.join('\n')}` + end([], true);
    }
    case 'not-signed': {
      if (!ans.members.length) return t('ask-not-signed-none') + end([ans.framework?.sourceUrl]);
      const lines = ans.members.map(({ membership: m, partner: p }) => `• ${name(p, tr)} — ${t('ask-joined-on', { date: membershipDate(m, tr) })}`);
      return `${t('ask-not-signed', { count: ans.members.length })}\n${lines.join('\n')}` + end(ans.members.map((m) => m.membership.sourceUrl));
    }
    case 'supporters': {
      const declared = ans.partners.filter((x) => x.declaration).length;
      const signed = ans.partners.filter((x) => x.agreement).length;
      const lines = ans.partners.map(({ partner, declaration, agreement }) => {
        const bits: string[] = [];
        if (declaration) bits.push(t('ask-supporter-declaration', { date: membershipDate(declaration, tr) }));
        if (agreement) bits.push(t('ask-supporter-agreement', { date: tr.date(agreement.signedOn) }));
        return `• ${name(partner, tr)}${bits.length ? ` — ${bits.join('; ')}` : ''}`;
      });
      return `${t('ask-supporters', { count: ans.partners.length, declared, signed })}\n${lines.join('\n')}` + end([]);
    }
    case 'ratified-list': {
      const list = (xs: Array<{ partner: Partner }>) => (xs.length ? xs.map((x) => name(x.partner, tr)).join(', ') : t('ask-none'));
      const lines = [
        t('ask-ratified-list-ratified', { list: list(ans.ratified) }),
        t('ask-ratified-list-pending', { list: list(ans.pending) }),
        ...(ans.notRequired.length ? [t('ask-ratified-list-not-required', { list: list(ans.notRequired) })] : []),
        ...(ans.executive.length ? [t('ask-ratified-list-executive', { list: list(ans.executive) })] : []),
        t('ask-ratified-list-unknown', { count: ans.unknown }),
      ];
      return (
        `${t('ask-ratified-list')}\n${lines.map((l) => `• ${l}`).join('\n')}` +
        end([...ans.pending, ...ans.ratified, ...ans.executive].map((x) => x.agreement.sourceUrl))
      );
    }
    case 'pledged-in-year': {
      if (!ans.partners.length) return t('ask-pledged-in-year-none', { year: String(ans.year) }) + end([]);
      const lines = ans.partners.map(({ partner, pledges }) => {
        const amounts = pledges.map((pl) => (pl.amount && pl.currency ? `${esc(tr.money(pl.amount, pl.currency))} (${years(pl)})` : '')).filter(Boolean);
        return `• ${name(partner, tr)}${amounts.length ? ` — ${amounts.join('; ')}` : ''}`;
      });
      return (
        `${t('ask-pledged-in-year', { year: String(ans.year), count: ans.partners.length })}\n${lines.join('\n')}` +
        end(ans.partners.flatMap((x) => x.pledges.map((p) => p.sourceUrl)))
      );
    }
    case 'compare': {
      const [x, y] = ans.items as [(typeof ans.items)[0], (typeof ans.items)[0]];
      if (!x.agreement || !y.agreement) {
        const missing = !x.agreement ? x : y;
        return t('ask-no-agreement', { partner: name(missing.partner, tr) }) + end([]);
      }
      if (x.agreement.signedOn === y.agreement.signedOn) {
        return (
          t('ask-compare-same', { a: name(x.partner, tr), b: name(y.partner, tr), date: tr.date(x.agreement.signedOn) }) +
          end([x.agreement.sourceUrl, y.agreement.sourceUrl])
        );
      }
      const [early, late] = x.agreement.signedOn < y.agreement.signedOn ? [x, y] : [y, x];
      return (
        t('ask-compare', {
          first: name(early.partner, tr),
          firstDate: tr.date(early.agreement!.signedOn),
          second: name(late.partner, tr),
          secondDate: tr.date(late.agreement!.signedOn),
        }) + end([early.agreement!.sourceUrl, late.agreement!.sourceUrl])
      );
    }
    case 'same-day': {
      if (!ans.agreement) return t('ask-no-agreement', { partner: name(ans.partner, tr) }) + end([]);
      const date = tr.date(ans.agreement.signedOn);
      if (!ans.others.length) return t('ask-same-day-none', { partner: name(ans.partner, tr), date }) + end([ans.agreement.sourceUrl]);
      const lines = ans.others.map(({ agreement, partner }) => agreementLine(agreement, partner, tr));
      return `${t('ask-same-day', { partner: name(ans.partner, tr), date, count: ans.others.length })}\n${lines.join('\n')}` + end([], true);
    }
    case 'largest-pledge': {
      if (!ans.top.length) return t('ask-largest-none') + end([]);
      const lines = ans.top.map(({ pledge, partner }) => {
        const y = years(pledge);
        return `• ${name(partner, tr)} — <b>${esc(tr.money(pledge.amount!, pledge.currency!))}</b>${y ? ` (${y})` : ''}: ${esc(inLang(pledge, 'text', tr.lang))} ${link(pledge.sourceUrl, '↗')}`;
      });
      return `${t(ans.currency ? 'ask-largest-currency' : 'ask-largest', { currency: ans.currency ?? '' })}\n${lines.join('\n')}` + end([]);
    }
    case 'count-currency':
      return t('ask-count-currency', { count: ans.partners.length, currency: ans.currency, list: ans.partners.map((p) => name(p, tr)).join(', ') }) + end([]);
    case 'document': {
      if (ans.framework) {
        const f = ans.framework;
        const description = inLang(f, 'description', tr.lang).split(/(?<=\.)\s/)[0] ?? '';
        // Where the sources name only some members, "at least N" beside what the framework's own sources say.
        const partial = partialMembersLine(f, ans.members, tr);
        const body = t('ask-document-framework', {
          name: esc(inLang(f, 'name', tr.lang)),
          date: tr.date(f.adoptedOn),
          description: esc(description),
          count: ans.members,
        });
        const head = partial
          ? t('ask-document-framework-partial', { name: esc(inLang(f, 'name', tr.lang)), date: tr.date(f.adoptedOn), description: esc(description) })
          : body;
        return (partial ? `${head}\n${partial}` : head) + end([f.sourceUrl]);
      }
      if (ans.event) {
        const e = ans.event;
        return (
          t('ask-document-event', { name: t(`ask-document-${ans.documentId}`), date: tr.date(e.occurredOn), title: esc(inLang(e, 'title', tr.lang)) }) +
          end([e.sourceUrl])
        );
      }
      return t('ask-help');
    }
    case 'small-talk':
      return t(ans.which === 'thanks' ? 'ask-thanks' : 'ask-greeting');
    case 'need-subject':
      return t('ask-need-subject');
    case 'about-ukraine':
      return t('ask-about-ukraine');
    case 'unrecognised':
      return t('ask-help');
  }
}
