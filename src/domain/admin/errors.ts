/** Why an admin's change cannot be applied; each code has a message `admin-error-<code>` in the locales. */
export const ADMIN_ERROR_CODES = ['exists', 'not-found', 'nothing-to-undo', 'no-agreement'] as const;
export type AdminErrorCode = (typeof ADMIN_ERROR_CODES)[number];

export class AdminError extends Error {
  constructor(readonly code: AdminErrorCode) {
    super(code);
    this.name = 'AdminError';
  }
}
