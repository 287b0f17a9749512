/** Ratings with their options, titles per store view and store views, onto the review service's rows. Pure. */
import type { Mapped } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { reviewContract as c } from '../../services/review/index.ts';
import type { SourceRating, SourceRatingOption, SourceRatingStore, SourceRatingTitle } from '../../sql/source/review/index.ts';
import { bool } from '../values.ts';

export interface RatingChildren { options: SourceRatingOption[]; titles: SourceRatingTitle[]; stores: SourceRatingStore[] }

export function mapRatings(rows: readonly SourceRating[], ch: RatingChildren): Mapped {
  const ratings = rows.map((r) => [entityUuid('rating', r.rating_id), Number(r.rating_id), r.rating_code, r.entity_code, Number(r.position), bool(r.is_active)]);
  const known = new Set(rows.map((r) => Number(r.rating_id)));
  const mine = <T extends { rating_id: number }>(list: T[]) => list.filter((x) => known.has(Number(x.rating_id)));
  return {
    loadedRows: ratings.length,
    tables: {
      [c.rating.table]: { columns: c.rating.columns, rows: ratings },
      [c.rating_option.table]: { columns: c.rating_option.columns, rows: mine(ch.options).map((o) => [entityUuid('rating_option', o.option_id), Number(o.option_id), entityUuid('rating', o.rating_id), o.code, Number(o.value), Number(o.position)]) },
      [c.rating_title.table]: { columns: c.rating_title.columns, rows: mine(ch.titles).map((t) => [entityUuid('rating', t.rating_id), Number(t.store_id), t.value]) },
      [c.rating_store.table]: { columns: c.rating_store.columns, rows: mine(ch.stores).map((s) => [entityUuid('rating', s.rating_id), Number(s.store_id)]) },
    },
    rejects: [],
    ids: ratings.map((r) => ['rating', r[1] as number, r[0] as string]),
  };
}
