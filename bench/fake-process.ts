/**
 * The fake Bot API in its own process for the end-to-end benchmark, so that the bot under test does
 * not share its event loop (and core) with the server, as with the real Telegram. Driven over IPC:
 *   parent → { type: 'inject', count, users, names, firstUser } ; child → { type: 'done', elapsedMs, sent, failed, fakeCpuMs }
 */
import { startFakeTelegram } from '../test/support/fake-telegram.js';

interface InjectMsg {
  type: 'inject';
  count: number;
  users: number;
  firstUser: number;
  names: string[];
}
interface CloseMsg {
  type: 'close';
}

const fake = await startFakeTelegram();
process.send!({ type: 'ready', apiRoot: fake.apiRoot, token: fake.token });

process.on('message', (raw: InjectMsg | CloseMsg) => {
  if (raw.type === 'close') {
    void fake.close().then(() => process.exit(0));
    return;
  }
  const msg = raw;
  void (async () => {
    await fake.waitForPolling(30_000);
    const since = fake.mark();
    const startedAt = Date.now();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < msg.count; i++) {
      const id = msg.firstUser + (i % msg.users);
      fake.sendText({ id, first_name: 'U', language_code: id % 2 ? 'en' : 'uk' }, `/country ${msg.names[i % msg.names.length]}`);
    }
    const calls = await fake.waitForCalls('sendMessage', msg.count, 300_000, { since });
    const last = Math.max(...calls.map((c) => c.at));
    const cpu = process.cpuUsage(cpu0);
    process.send!({
      type: 'done',
      elapsedMs: Math.max(1, last - startedAt),
      sent: calls.length,
      failed: calls.filter((c) => !c.ok).length,
      fakeCpuMs: (cpu.user + cpu.system) / 1000,
    });
  })();
});
