/**
 * Fetches one data file and parses it with its schema (geo/schema.ts): the items that pass, and a
 * problem naming the file, the item and the field for each one that does not. A file that cannot be
 * fetched or read as JSON at all throws a DataFileError naming it.
 */
import type * as v from 'valibot';
import { parseFile, type Parsed } from '../../geo/parse.ts';
import type { CollectionFile, ListFile } from '../../geo/schema.ts';
import { fetchJSON } from './fetchJSON.ts';

export async function loadFile<S extends v.GenericSchema>(spec: CollectionFile<S> | ListFile<S>, url: string): Promise<Parsed<v.InferOutput<S>>> {
  return parseFile(spec, await fetchJSON(url, spec.file));
}
