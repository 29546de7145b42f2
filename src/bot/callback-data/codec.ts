/**
 * The one way callback data is made and read: a codec per feature, `<prefix>:<part>:<part>…`.
 * Encoding refuses anything over Telegram's 64-byte limit. Decoding is strict: the parts are parsed
 * by the feature's zod schema and the result must encode back to exactly the same string (so
 * `page:timeline:01`, stray parts or another prefix are rejected). Whether the value still names
 * something that exists (a partner, a page) is the handler's business; a handler that finds it stale
 * passes the update on, and `unhandled.ts` answers it — one polite answer, from one place.
 */
import { z } from 'zod';

export const CALLBACK_DATA_LIMIT = 64;

export type Part = string | number;

export interface Codec<T> {
  readonly prefix: string;
  /** Matches every payload in this codec's namespace (for Composer.action). */
  readonly pattern: RegExp;
  encode(value: T): string;
  /** The value, or null when the payload is not one this codec makes. */
  decode(raw: unknown): T | null;
  /** Values with the longest encodings this codec can make (checked against the limit by a test). */
  readonly longest: readonly T[];
}

export function defineCodec<T>(
  prefix: string,
  def: {
    /** Parses the parts after the prefix (strings, split at ':'). */
    schema: z.ZodType<T>;
    parts(value: T): readonly Part[];
    longest: readonly T[];
  },
): Codec<T> {
  if (!/^[a-z]+$/.test(prefix)) throw new Error(`bad callback prefix ${prefix}`);
  const encode = (value: T): string => {
    const out = [prefix, ...def.parts(value).map(String)].join(':');
    if (Buffer.byteLength(out, 'utf8') > CALLBACK_DATA_LIMIT) throw new Error(`callback data over ${CALLBACK_DATA_LIMIT} bytes: ${out}`);
    return out;
  };
  return {
    prefix,
    pattern: new RegExp(`^${prefix}:`),
    encode,
    decode(raw) {
      if (typeof raw !== 'string' || Buffer.byteLength(raw, 'utf8') > CALLBACK_DATA_LIMIT || !raw.startsWith(`${prefix}:`)) return null;
      const parsed = def.schema.safeParse(raw.slice(prefix.length + 1).split(':'));
      if (!parsed.success) return null;
      try {
        return encode(parsed.data) === raw ? parsed.data : null;
      } catch {
        return null;
      }
    },
    longest: def.longest,
  };
}

/** A non-negative integer part written without leading zeros, within [min, max]. */
export const intPart = (min: number, max: number) =>
  z
    .string()
    .regex(/^(0|[1-9][0-9]{0,5})$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** One of a fixed list of words. */
export const oneOf = <const W extends readonly [string, ...string[]]>(words: W) => z.enum(words);

/** An ISO-style partner code (DE, EU). */
export const partnerCode = z.string().regex(/^[A-Z]{2}$/);

/** A pillar id (military, cyber, …). */
export const pillarId = z.string().regex(/^[a-z][a-z0-9-]{0,40}$/);
