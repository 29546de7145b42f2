/**
 * Facts: the catalog read model every answer and picture is built from, and (growing here) the use
 * cases that record, preview, publish, undo, import and export facts through one writer.
 */
import type { Repositories } from '../db/repositories/index.js';
import type { Catalog } from '../domain/catalog.js';

export function createFactsService(deps: { repos: Pick<Repositories, 'catalog'> }) {
  const { repos } = deps;
  return {
    /** The current snapshot of the facts (cached; rebuilt after a write). */
    catalog: (): Promise<Catalog> => repos.catalog.get(),
  };
}

export type FactsService = ReturnType<typeof createFactsService>;
