/**
 * The check's geometry rules are pure and costly (intersections, self-intersections, sampling lines
 * against borders), and the same geometry is checked again and again: by the tests, by the property
 * test's 1,000 runs where only one file changes at a time, by the build's accuracy table. Each rule
 * remembers its last results by the text of its inputs, so a changed geometry is always measured anew.
 */
export function memoByText<T>(size = 128): (key: string, compute: () => T) => T {
  const memo = new Map<string, T>();
  return (key, compute) => {
    if (memo.has(key)) return memo.get(key)!;
    const value = compute();
    if (memo.size >= size) memo.delete(memo.keys().next().value!);
    memo.set(key, value);
    return value;
  };
}

/**
 * A memoByText for each `owner` (a set of territories): results measured against one owner are never
 * returned for another, and go when the owner does.
 */
export function memoByTextPer<O extends object, T>(size = 128): (owner: O) => (key: string, compute: () => T) => T {
  const memos = new WeakMap<O, (key: string, compute: () => T) => T>();
  return (owner) => {
    if (!memos.has(owner)) memos.set(owner, memoByText<T>(size));
    return memos.get(owner)!;
  };
}

/**
 * memoByText with a shortcut for an object seen before: its result is found without serialising it.
 * Sound because the check never changes its input in place.
 */
export function memoByValue<K extends object, T>(size = 128): (key: K, compute: () => T) => T {
  const byText = memoByText<T>(size);
  const byObject = new WeakMap<K, T>();
  return (key, compute) => {
    if (byObject.has(key)) return byObject.get(key)!;
    const value = byText(JSON.stringify(key), compute);
    byObject.set(key, value);
    return value;
  };
}
