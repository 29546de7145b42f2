/** What one outbox row carries: the messages to send to one chat, composed in its language. */
export interface DeliveryPayload {
  kind: 'digest' | 'instant' | 'announcement';
  lang: 'en' | 'uk';
  /** The events in it (digests): re-checked before the first part goes, so withdrawn ones drop out. */
  eventIds?: number[];
  /**
   * The messages. Digests are stored without them (many subscribers share one text, rendered at
   * send time from the event ids); a multi-part digest's parts are frozen into the row before its
   * first part goes, so a resumed row sends exactly the parts not yet confirmed.
   */
  parts?: string[];
  silent: boolean;
  linkPreviews: boolean;
  /** A weekly digest (it ends with an "in numbers" line). */
  weekly?: boolean;
}

export function parsePayload(json: string): DeliveryPayload | null {
  try {
    const v = JSON.parse(json) as Partial<DeliveryPayload>;
    if (!v || typeof v !== 'object') return null;
    if (v.parts !== undefined && (!Array.isArray(v.parts) || !v.parts.every((p) => typeof p === 'string'))) return null;
    if (v.parts === undefined && !Array.isArray(v.eventIds)) return null;
    return {
      kind: v.kind === 'instant' || v.kind === 'announcement' ? v.kind : 'digest',
      lang: v.lang === 'en' ? 'en' : 'uk',
      ...(Array.isArray(v.eventIds) ? { eventIds: v.eventIds.filter((x): x is number => typeof x === 'number') } : {}),
      ...(v.parts ? { parts: v.parts } : {}),
      silent: v.silent === true,
      linkPreviews: v.linkPreviews === true,
      ...(v.weekly === true ? { weekly: true } : {}),
    };
  } catch {
    return null;
  }
}
