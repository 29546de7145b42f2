/** `pillar:cyber` — opens a pillar's card. */
import { z } from 'zod';
import { defineCodec, pillarId } from './codec.js';

export interface PillarButton {
  id: string;
}

export const pillarCodec = defineCodec<PillarButton>('pillar', {
  schema: z.tuple([pillarId]).transform(([id]) => ({ id })),
  parts: (v) => [v.id],
  longest: [{ id: `p${'x'.repeat(40)}` }],
});
