/** `page:countries:3`, `page:timeline:2` — a page of a paged list (numbered from 1). */
import { z } from 'zod';
import { defineCodec, intPart, oneOf } from './codec.js';

/** Lists that page with buttons. */
export const PAGED_LISTS = ['countries', 'timeline'] as const;
export type PagedList = (typeof PAGED_LISTS)[number];

export interface PageButton {
  list: PagedList;
  page: number;
}

export const MAX_PAGE = 99_999;

export const pageCodec = defineCodec<PageButton>('page', {
  schema: z.tuple([oneOf(PAGED_LISTS), intPart(1, MAX_PAGE)]).transform(([list, page]) => ({ list, page })),
  parts: (v) => [v.list, v.page],
  longest: PAGED_LISTS.map((list) => ({ list, page: MAX_PAGE })),
});
