/**
 * Transactions that own the connection. Prisma's better-sqlite3 adapter serialises transactions
 * among themselves, but runs every ordinary query at once on the same connection — inside
 * whatever transaction is open at that moment: the query then sees (and, for a write, joins) the
 * other operation's uncommitted work, which a rollback or a crash undoes, although its caller was
 * told it succeeded. Here an ordinary query waits until no transaction is open; queries of the
 * transaction itself (made through its own object) run as before. Transactions are kept short
 * (a page of a digest run, a chunk of an import), so the wait is a few milliseconds.
 */
import type { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';

type Factory = PrismaBetterSqlite3;
type Adapter = Awaited<ReturnType<Factory['connect']>>;
type Transaction = Awaited<ReturnType<Adapter['startTransaction']>>;

export function exclusiveTransactions(factory: Factory): Factory {
  const wrap = (adapter: Adapter): Adapter => {
    let open = 0;
    let waiters: Array<() => void> = [];
    const idle = async () => {
      while (open > 0) await new Promise<void>((resolve) => waiters.push(resolve));
    };
    const closed = () => {
      open--;
      if (open === 0) {
        const w = waiters;
        waiters = [];
        for (const f of w) f();
      }
    };
    return new Proxy(adapter, {
      get(target, prop, receiver) {
        if (prop === 'queryRaw' || prop === 'executeRaw') {
          const fn = target[prop].bind(target) as (q: unknown) => Promise<unknown>;
          return async (q: unknown) => {
            if (open > 0) await idle();
            // better-sqlite3 runs the statement synchronously in this call: nothing can start a
            // transaction between the check above and the statement.
            return fn(q);
          };
        }
        if (prop === 'startTransaction') {
          return async (...args: Parameters<Adapter['startTransaction']>): Promise<Transaction> => {
            // Counted from the request on: BEGIN runs inside startTransaction, and no ordinary
            // query may slip in between it and the moment the transaction is handed back.
            open++;
            let tx: Transaction;
            try {
              tx = await target.startTransaction(...args);
            } catch (err) {
              closed();
              throw err;
            }
            let done = false;
            const end = () => {
              if (!done) ((done = true), closed());
            };
            return new Proxy(tx, {
              get(t, p, r) {
                if (p === 'commit' || p === 'rollback') {
                  const f = t[p].bind(t);
                  return async () => {
                    try {
                      return await f();
                    } finally {
                      end();
                    }
                  };
                }
                const v = Reflect.get(t, p, r) as unknown;
                return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
              },
            });
          };
        }
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
  };
  return new Proxy(factory, {
    get(target, prop, receiver) {
      if (prop === 'connect') return async () => wrap(await target.connect());
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
