/** An error that names the data file it came from, so a person can find and fix it. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DataFileError';
  }
}

/** The parsed JSON of a data file, not yet trusted: parseFile (geo/parse.ts) says what it is. */
export async function fetchJSON(url: string, file: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new DataFileError(file, `could not be loaded (HTTP ${res.status})`);
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataFileError(file, `is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}
