/**
 * Remembers generated hours so repeated requests over the same window do not rebuild them.
 * Bounded by simply forgetting everything when full: entries are cheap to regenerate.
 */
export class Memo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly maxEntries: number) {}

  get(key: string, build: () => V): V {
    const known = this.entries.get(key);
    if (known !== undefined) return known;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = build();
    this.entries.set(key, value);
    return value;
  }
}
