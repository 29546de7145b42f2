/** Callback data of the admin decision buttons: `adm:<verb>:<id>` (Publish, urgently, Cancel, Apply, Send). */

export const ADMIN_ACTIONS = ['pub', 'urg', 'no', 'imp', 'ann'] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];
const CALLBACK = /^adm:(pub|urg|no|imp|ann):([a-z0-9]{10})$/;

export function encodeAdminCallback(action: AdminAction, id: string): string {
  return `adm:${action}:${id}`;
}

export function decodeAdminCallback(data: string): { action: AdminAction; id: string } | undefined {
  const m = CALLBACK.exec(data);
  return m ? { action: m[1] as AdminAction, id: m[2]! } : undefined;
}

