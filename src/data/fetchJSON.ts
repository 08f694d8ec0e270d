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

export async function fetchJSON<T>(url: string, file: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new DataFileError(file, `could not be loaded (HTTP ${res.status})`);
  const text = await res.text();
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new DataFileError(file, `is not valid JSON (${(e as Error).message})`);
  }
}
