/** What one outbox row carries: the messages to send to one chat, composed in its language. */
export interface DeliveryPayload {
  kind: 'digest' | 'instant' | 'announcement';
  lang: 'en' | 'uk';
  /** The events in it (digests): re-checked before the first part goes, so withdrawn ones drop out. */
  eventIds?: number[];
  parts: string[];
  silent: boolean;
  linkPreviews: boolean;
}

export function parsePayload(json: string): DeliveryPayload | null {
  try {
    const v = JSON.parse(json) as Partial<DeliveryPayload>;
    if (!v || !Array.isArray(v.parts) || !v.parts.every((p) => typeof p === 'string')) return null;
    return {
      kind: v.kind === 'instant' || v.kind === 'announcement' ? v.kind : 'digest',
      lang: v.lang === 'en' ? 'en' : 'uk',
      ...(Array.isArray(v.eventIds) ? { eventIds: v.eventIds.filter((x): x is number => typeof x === 'number') } : {}),
      parts: v.parts,
      silent: v.silent === true,
      linkPreviews: v.linkPreviews === true,
    };
  } catch {
    return null;
  }
}
