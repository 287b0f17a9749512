/** The catalog's verification: what `magemig verify` compares for it, entity by entity. */
import type { ContextVerify } from '../types.ts';
import { categoriesVerifier } from './categories.ts';
import { productsVerifier } from './products.ts';
import { relationsVerifier } from './relations.ts';
import { storeViewsVerifier } from './stores.ts';

export const catalogVerify: ContextVerify = {
  entities: [storeViewsVerifier, categoriesVerifier, productsVerifier, relationsVerifier],
};
