/**
 * Message keys built at run time (`kind-${group}`, `admin-err-${code}`…), enumerated: each family is
 * a prefix and the typed list of its members, taken from the lists the code itself uses, so the
 * locale tests check that every member has its message in both languages. Families of the bot's
 * admin features (commands, usage, dialog questions) are checked by the test from the bot's own lists.
 */
import { ADMIN_ERROR_CODES } from '../domain/admin/errors.js';
import { ERROR_CODES, EXAMPLE_FIELDS } from '../domain/admin/input.js';
import { EVENT_KINDS, PLEDGE_LEVELS, RATIFICATION_STATUSES } from '../domain/dataset.js';
import { KIND_GROUPS } from '../domain/digest.js';

export interface KeyFamily<M extends string> {
  readonly prefix: string;
  readonly members: readonly M[];
  /** The message key of one member. */
  key(member: M): string;
}

export function keyFamily<const M extends string>(prefix: string, members: readonly M[]): KeyFamily<M> {
  return { prefix, members, key: (member) => `${prefix}${member}` };
}

/** camelCase / snake_case field names as they appear in keys: `titleEn` → `title-en`. */
export const kebabKey = (name: string): string =>
  name
    .replace(/([A-Z])/g, '-$1')
    .toLowerCase()
    .replace(/_/g, '-');

/** Audit log actions and entities (`event.create` → admin-verb-create, admin-entity-event). */
export const AUDIT_VERBS = ['create', 'update', 'delete', 'restore', 'grant', 'revoke'] as const;
export const AUDIT_ENTITIES = ['event', 'partner', 'membership', 'agreement', 'pledge', 'admin'] as const;
/** The parts of an import report. */
export const IMPORT_PARTS = ['partners', 'memberships', 'agreements', 'pledges', 'events'] as const;
/** AdminError codes (src/domain/admin/errors.ts). */
export { ADMIN_ERROR_CODES };
/** Field names that have a label (admin-field-*), as the input parsers report them. */
export const LABELLED_FIELDS = [
  'date',
  'occurredOn',
  'signedOn',
  'joinedOn',
  'kind',
  'partners',
  'partner',
  'titleEn',
  'titleUk',
  'bodyEn',
  'bodyUk',
  'sourceUrl',
  'code',
  'kind_partner',
  'nameEn',
  'nameUk',
  'aliasesEn',
  'aliasesUk',
  'framework',
  'placeEn',
  'placeUk',
  'signedByEn',
  'signedByUk',
  'durationYears',
  'pillars',
  'amount',
  'years',
  'textEn',
  'textUk',
  'id',
  'field',
  'line',
  'entity',
  'file',
  'header',
  'status',
  'until',
] as const;

export const KEY_FAMILIES = {
  kind: keyFamily('kind-', KIND_GROUPS),
  eventKind: keyFamily('event-kind-', EVENT_KINDS),
  ratification: keyFamily('ratification-', RATIFICATION_STATUSES),
  askRatification: keyFamily('ask-ratification-', RATIFICATION_STATUSES),
  pledgeLevel: keyFamily('pledge-level-', PLEDGE_LEVELS),
  askLevel: keyFamily('ask-level-', PLEDGE_LEVELS),
  adminErr: keyFamily('admin-err-', ERROR_CODES),
  adminError: keyFamily('admin-error-', ADMIN_ERROR_CODES),
  adminExample: keyFamily('admin-example-', EXAMPLE_FIELDS.map(kebabKey)),
  adminField: keyFamily('admin-field-', LABELLED_FIELDS.map(kebabKey)),
  adminPartnerKind: keyFamily('admin-partner-kind-', ['country', 'organisation'] as const),
  adminVerb: keyFamily('admin-verb-', AUDIT_VERBS),
  adminEntity: keyFamily('admin-entity-', AUDIT_ENTITIES),
  adminImport: keyFamily('admin-import-', IMPORT_PARTS),
} as const;
