import type pg from 'pg';

/** pg.Pool or pg.Client: what a repository reads through. */
export type Queryable = Pick<pg.Pool, 'query'>;
