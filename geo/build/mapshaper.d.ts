/** The one mapshaper entry point the build uses (the package ships no types). */
declare module 'mapshaper' {
  /** Runs a mapshaper command line on in-memory inputs (file name → GeoJSON object); resolves to the outputs by file name. */
  export function applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, Buffer | string>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
