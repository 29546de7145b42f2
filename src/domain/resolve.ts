/** Kept for callers: name resolution lives in src/domain/names/. */
export * from './names/index.js';
