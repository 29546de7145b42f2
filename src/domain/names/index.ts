/** Names: normalisation, Ukrainian declension and resolution (partners, countries, pillars). */
export * from './normalise.js';
export * from './declension.js';
export * from './resolve.js';
