import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_COMMANDS, OWNER_COMMANDS } from '../../src/bot/features/admin/menu.js';
import { type Harness, startHarness } from '../support/harness.js';
import { EDITOR, OWNER, type RecordingBroadcast, STRANGER, STRANGER_UK, ask, button, counts, press, recordingBroadcast, text } from './admin-support.js';

let h: Harness;
let broadcast: RecordingBroadcast;
beforeAll(async () => {
  broadcast = recordingBroadcast(7);
  h = await startHarness({ ADMIN_IDS: `${OWNER.id}, 9999` }, { broadcast });
  await h.fake.waitForPolling();
});
afterAll(() => h.close());

const ADMIN_ONLY = OWNER_COMMANDS.filter((c) => c !== 'export');
const OWNER_ONLY = OWNER_COMMANDS.filter((c) => !(EDITOR_COMMANDS as readonly string[]).includes(c));
const REFUSED_EN = '⛔ This command is for admins.';
const REFUSED_UK = '⛔ Ця команда лише для адміністраторів.';
const OWNERS_ONLY_EN = '⛔ Only owners can do this.';
const OWNERS_ONLY_UK = '⛔ Це може зробити лише власник.';

describe('a stranger', () => {
  it('is refused every admin command, in their language, and nothing changes', async () => {
    const before = await counts(h);
    for (const cmd of ADMIN_ONLY) {
      const args = cmd === 'grant' || cmd === 'revoke' ? ` ${STRANGER.id}` : cmd === 'addevent' ? ' 2026-03-01 | other | - | T | Т | https://example.org' : '';
      expect(text(await ask(h, STRANGER, `/${cmd}${args}`)), cmd).toBe(REFUSED_EN);
      expect(text(await ask(h, STRANGER_UK, `/${cmd}${args}`)), cmd).toBe(REFUSED_UK);
    }
    expect(await counts(h)).toEqual(before);
    expect(await h.app.db.admin.count()).toBe(0);
  });

  it('cannot press an admin button either', async () => {
    const since = h.fake.mark();
    h.fake.pressButton(STRANGER, { chat: { id: STRANGER.id }, message_id: 1 }, 'adm:pub:abcdefghij');
    const a = await h.fake.waitForCall('answerCallbackQuery', undefined, 5000, { since });
    expect(a.params.text).toBe(REFUSED_EN);
  });

  it('may export the open data', async () => {
    const since = h.fake.mark();
    h.fake.sendText(STRANGER, '/export');
    const docs = await h.fake.waitForCalls('sendDocument', 2, 5000, { since });
    expect(docs.map((d) => d.files[0]?.file_name)).toEqual(['guarantor-data.json', 'guarantor-data.csv']);
  });
});

describe('owners and editors', () => {
  it('owners see their own command menu; ordinary users never see admin commands', async () => {
    const menu = await h.fake.waitForCall('setMyCommands', (c) => (c.params.scope as { chat_id?: number } | undefined)?.chat_id === OWNER.id);
    const names = (menu.params.commands as Array<{ command: string }>).map((c) => c.command);
    expect(names).toEqual(expect.arrayContaining(['adminhelp', 'addevent', 'newevent', 'grant', 'announce', 'undo']));
    const publicMenus = h.fake.callsTo('setMyCommands').filter((c) => !c.params.scope);
    for (const m of publicMenus) expect((m.params.commands as Array<{ command: string }>).map((c) => c.command)).not.toContain('addevent');
  });

  it('an owner grants editor rights by id; the editor gets a menu without owner commands', async () => {
    const since = h.fake.mark();
    expect(text(await ask(h, OWNER, `/grant ${EDITOR.id}`))).toBe(`✅ User ${EDITOR.id} is now an editor.`);
    const menu = await h.fake.waitForCall('setMyCommands', (c) => (c.params.scope as { chat_id?: number } | undefined)?.chat_id === EDITOR.id, 5000, { since });
    const names = (menu.params.commands as Array<{ command: string }>).map((c) => c.command);
    expect(names).toContain('addevent');
    expect(names).not.toContain('grant');
    expect(text(await ask(h, OWNER, `/grant ${EDITOR.id}`))).toContain('already an editor');
    expect(text(await ask(h, OWNER, '/grant 9999'))).toContain('is an owner');
    expect(text(await ask(h, OWNER, '/grant'))).toContain('/grant</b> USER ID');
    const admins = text(await ask(h, OWNER, '/admins'));
    expect(admins).toContain(`<code>${OWNER.id}</code> — owner`);
    expect(admins).toContain(`<code>${EDITOR.id}</code> — editor`);
  });

  it('an editor may use editor commands but is refused owner-only ones, in Ukrainian', async () => {
    const before = await counts(h);
    for (const cmd of OWNER_ONLY) {
      expect(text(await ask(h, EDITOR, `/${cmd} ${STRANGER.id}`)), cmd).toBe(OWNERS_ONLY_UK);
    }
    expect(await counts(h)).toEqual(before);
    for (const cmd of ADMIN_ONLY.filter((c) => !OWNER_ONLY.includes(c) && c !== 'newevent' && c !== 'undo')) {
      const reply = text(await ask(h, EDITOR, `/${cmd}`));
      expect(reply, cmd).not.toBe(REFUSED_UK);
      expect(reply, cmd).not.toBe(OWNERS_ONLY_UK);
    }
    expect(text(await ask(h, EDITOR, '/adminhelp'))).toContain('Команди адміністратора');
    expect(text(await ask(h, EDITOR, '/adminhelp'))).not.toContain('Лише для власників');
  });

  it('an owner gets every command, with the owners-only help', async () => {
    for (const cmd of ADMIN_ONLY.filter((c) => c !== 'newevent' && c !== 'grant' && c !== 'revoke' && c !== 'undo')) {
      const reply = text(await ask(h, OWNER, `/${cmd}`));
      expect(reply, cmd).not.toBe(REFUSED_EN);
      expect(reply, cmd).not.toBe(OWNERS_ONLY_EN);
    }
    expect(text(await ask(h, OWNER, '/adminhelp'))).toContain('Owners only');
  });

  it('/announce: preview with the number of recipients, then it goes to the broadcaster', async () => {
    const preview = await ask(h, OWNER, '/announce New data <b>soon</b> | Нові дані <b>незабаром</b>');
    expect(text(preview)).toContain('it will go to 7 chats');
    expect(text(preview)).toContain('New data &lt;b&gt;soon&lt;/b&gt;');
    expect(text(preview)).toContain('Нові дані &lt;b&gt;незабаром&lt;/b&gt;');
    expect(broadcast.announcements).toHaveLength(0);
    const done = await press(h, OWNER, preview, button(preview, 'adm:pub:'));
    expect(text(done)).toBe('📣 Announcement queued for 7 chats.');
    expect(broadcast.announcements).toEqual([{ text: { en: 'New data <b>soon</b>', uk: 'Нові дані <b>незабаром</b>' }, by: BigInt(OWNER.id) }]);
    const missing = text(await ask(h, OWNER, '/announce Only English'));
    expect(missing).toContain('Text (Ukrainian)');
    expect(broadcast.announcements).toHaveLength(1);
  });

  it('an owner revokes editor rights by replying to the editor; the editor is refused from then on', async () => {
    const editorMessage = h.fake.sendText(EDITOR, 'hello').message;
    await h.fake.waitForMessage(EDITOR.id, (t) => t.includes('не зрозумів') || t.length > 0);
    const since = h.fake.mark();
    h.fake.sendText(OWNER, '/revoke', { replyTo: editorMessage });
    expect(text(await h.fake.waitForMessage(OWNER.id, undefined, 5000, { since }))).toBe(`✅ User ${EDITOR.id} is no longer an editor.`);
    const menu = await h.fake.waitForCall('setMyCommands', (c) => (c.params.scope as { chat_id?: number } | undefined)?.chat_id === EDITOR.id, 5000, { since });
    expect((menu.params.commands as Array<{ command: string }>).map((c) => c.command)).not.toContain('addevent');
    expect(text(await ask(h, EDITOR, '/addevent 2026-03-01 | other | - | T | Т | https://example.org'))).toBe(REFUSED_UK);
    expect(text(await ask(h, OWNER, `/revoke ${EDITOR.id}`))).toContain('is not an editor');
    const audit = await h.app.db.auditLog.findMany({ where: { entity: 'admin' } });
    expect(audit.map((a) => a.action)).toEqual(['admin.grant', 'admin.revoke']);
  });
});
