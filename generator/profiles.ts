/**
 * Store sizes. small..xlarge follow Magento's performance-toolkit profiles
 * (setup/performance-toolkit/profiles/ce/*.xml); tiny is ours, for tests.
 * Configurable children are extra simple products (large = 300k simple + 8k configurable + 192k children).
 * Virtual, bundle, grouped and downloadable products are extras on top of the toolkit's counts.
 */
export type ProfileName = 'tiny' | 'small' | 'medium' | 'large' | 'xlarge';
export type Edition = 'opensource' | 'commerce';

export interface Profile {
  name: ProfileName;
  websites: number;
  storeViews: number;
  simple: number;
  configurable: number;
  childrenPerConfigurable: number;
  categories: number;
  customers: number;
  orders: number;
  attributeSets: number;
  attributesPerSet: number;
  valuesPerAttribute: number;
  virtual: number;
  bundle: number;
  grouped: number;
  downloadable: number;
}

function profile(
  name: ProfileName,
  websites: number,
  storeViews: number,
  simple: number,
  configurable: number,
  categories: number,
  customers: number,
  orders: number,
  [attributeSets, attributesPerSet, valuesPerAttribute]: [number, number, number],
  childrenPerConfigurable = 24,
): Profile {
  const extra = (div: number) => Math.max(2, Math.floor(simple / div));
  return {
    name, websites, storeViews, simple, configurable, childrenPerConfigurable, categories, customers, orders,
    attributeSets, attributesPerSet, valuesPerAttribute,
    virtual: extra(100), bundle: extra(200), grouped: extra(200), downloadable: extra(200),
  };
}

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  tiny: profile('tiny', 2, 3, 30, 3, 10, 20, 25, [3, 4, 4], 4),
  small: profile('small', 1, 1, 800, 16, 30, 200, 80, [10, 5, 5]),
  medium: profile('medium', 3, 3, 24_000, 640, 300, 2_000, 50_000, [30, 10, 8]),
  large: profile('large', 5, 5, 300_000, 8_000, 3_000, 5_000, 100_000, [50, 20, 15]),
  xlarge: profile('xlarge', 5, 5, 600_000, 16_000, 6_000, 10_000, 150_000, [100, 30, 15]),
};

export function isProfileName(name: string): name is ProfileName {
  return Object.hasOwn(PROFILES, name);
}

export interface IdRange {
  first: number;
  count: number;
  /** last id (first + count - 1); first - 1 when empty */
  last: number;
}

function range(first: number, count: number): IdRange {
  return { first, count, last: first + count - 1 };
}

/** Product entity_id ranges per type, in this order (ids are contiguous per type). */
export interface ProductLayout {
  simple: IdRange;
  configurable: IdRange;
  children: IdRange;
  virtual: IdRange;
  bundle: IdRange;
  grouped: IdRange;
  downloadable: IdRange;
  total: number;
}

export function productLayout(p: Profile): ProductLayout {
  let next = 1;
  const take = (count: number) => {
    const r = range(next, count);
    next += count;
    return r;
  };
  const simple = take(p.simple);
  const configurable = take(p.configurable);
  const children = take(p.configurable * p.childrenPerConfigurable);
  const virtual = take(p.virtual);
  const bundle = take(p.bundle);
  const grouped = take(p.grouped);
  const downloadable = take(p.downloadable);
  return { simple, configurable, children, virtual, bundle, grouped, downloadable, total: next - 1 };
}

/** Store views per website: the first websites get the remainder (tiny: website 1 has stores 1 and 2, website 2 has store 3). */
export function storesByWebsite(p: Profile): number[][] {
  const out: number[][] = [];
  const base = Math.floor(p.storeViews / p.websites);
  let rest = p.storeViews % p.websites;
  let store = 1;
  for (let w = 0; w < p.websites; w++) {
    const n = base + (rest > 0 ? 1 : 0);
    if (rest > 0) rest--;
    const ids: number[] = [];
    for (let i = 0; i < n; i++) ids.push(store++);
    out.push(ids);
  }
  return out;
}
