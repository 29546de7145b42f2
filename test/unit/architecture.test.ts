/**
 * Dependencies point one way: bot → services → domain and db. The bot never reaches a repository,
 * the domain imports none of the other rooms, services know nothing of Telegraf.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The rooms (top folders of src/) a file imports from. */
function importedRooms(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const rooms = new Set<string>();
  for (const m of text.matchAll(/from\s+'(\.[^']+)'/g)) {
    const target = path.relative(SRC, path.resolve(path.dirname(file), m[1]!));
    rooms.add(target.split(path.sep)[0]!);
  }
  for (const m of text.matchAll(/from\s+'([^.'][^']*)'/g)) rooms.add(`pkg:${m[1]!.split('/')[0]}`);
  return [...rooms];
}

function offenders(room: string, forbidden: string[]): string[] {
  return files(path.join(SRC, room)).flatMap((f) =>
    importedRooms(f)
      .filter((r) => forbidden.includes(r))
      .map((r) => `${path.relative(SRC, f)} → ${r}`),
  );
}

describe('architecture', () => {
  it('the bot never imports the database layer nor touches repositories', () => {
    expect(offenders('bot', ['db', 'generated'])).toEqual([]);
    const touching = files(path.join(SRC, 'bot')).filter((f) => /\brepos\b/.test(readFileSync(f, 'utf8')));
    expect(touching.map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it('the domain imports none of the other rooms', () => {
    expect(offenders('domain', ['bot', 'db', 'services', 'delivery', 'scheduler', 'generated', 'app.ts', 'pkg:telegraf', 'pkg:@prisma'])).toEqual([]);
  });

  it('services know nothing of Telegraf nor of the bot', () => {
    expect(offenders('services', ['bot', 'pkg:telegraf'])).toEqual([]);
  });
});
