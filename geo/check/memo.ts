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
