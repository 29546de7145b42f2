/**
 * `adm:<verb>:<id>` — the admin features: decisions on a pending preview (publish, publish urgently,
 * cancel, apply an import, send an announcement) and the guided dialogs' buttons (cancel, skip, a
 * choice among the question's options, which dialog to open from /new).
 */
import { z } from 'zod';
import { defineCodec, intPart, oneOf } from './codec.js';

/** Decisions on a pending preview. */
export const ADMIN_ACTIONS = ['pub', 'urg', 'no', 'imp', 'ann'] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];

/** The guided dialogs that /new offers (the id of the form without its `admin-form-` prefix). */
export const DIALOG_NAMES = ['event', 'partner', 'join', 'agreement', 'ratify', 'extend', 'pledge'] as const;
export type DialogName = (typeof DIALOG_NAMES)[number];

export const MAX_CHOICE = 99;

export type AdminButton =
  { verb: AdminAction; id: string } | { verb: 'cancel' } | { verb: 'skip' } | { verb: 'choice'; index: number } | { verb: 'new'; dialog: DialogName };

const pendingId = z.string().regex(/^[a-z0-9]{10}$/);

const schema: z.ZodType<AdminButton> = z.union([
  z.tuple([oneOf(ADMIN_ACTIONS), pendingId]).transform(([verb, id]): AdminButton => ({ verb, id })),
  z.tuple([z.literal('wc')]).transform((): AdminButton => ({ verb: 'cancel' })),
  z.tuple([z.literal('ws')]).transform((): AdminButton => ({ verb: 'skip' })),
  z.tuple([z.literal('wf'), intPart(0, MAX_CHOICE)]).transform(([, index]): AdminButton => ({ verb: 'choice', index })),
  z.tuple([z.literal('wn'), oneOf(DIALOG_NAMES)]).transform(([, dialog]): AdminButton => ({ verb: 'new', dialog })),
]);

export const adminCodec = defineCodec<AdminButton>('adm', {
  schema,
  parts: (b) => {
    switch (b.verb) {
      case 'cancel':
        return ['wc'];
      case 'skip':
        return ['ws'];
      case 'choice':
        return ['wf', b.index];
      case 'new':
        return ['wn', b.dialog];
      default:
        return [b.verb, b.id];
    }
  },
  longest: [
    { verb: 'ann', id: 'z'.repeat(10) },
    { verb: 'choice', index: MAX_CHOICE },
    ...DIALOG_NAMES.map((dialog): AdminButton => ({ verb: 'new', dialog })),
  ],
});

/** The decision buttons of a pending preview: `adm:pub:<id>`. */
export function encodeAdminCallback(action: AdminAction, id: string): string {
  return adminCodec.encode({ verb: action, id });
}

export function decodeAdminCallback(data: string): { action: AdminAction; id: string } | undefined {
  const b = adminCodec.decode(data);
  return b && 'id' in b ? { action: b.verb, id: b.id } : undefined;
}
