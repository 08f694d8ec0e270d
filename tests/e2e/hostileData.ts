/**
 * The committed data with markup and script planted in every text field a person can read, and
 * javascript: and data: addresses in every link field: what a careless or hostile edit of data/
 * could put there. Ids, kinds, dates and references are left alone so the files still load.
 */

/** What a planted payload does if it ever runs: the spec reads the counter and listens for the dialog. */
const RUN = 'window.__hostile=(window.__hostile||0)+1;alert(1)';

/** Markup that runs RUN if it is parsed as HTML, and a link that runs it if it is followed. */
export const HOSTILE = `<img src=x onerror="${RUN}"><script>${RUN}</script><svg onload="${RUN}"></svg><a href="javascript:${RUN}">link</a><iframe srcdoc="<script>parent.__hostile=1</script>"></iframe>`;

/** Addresses that must never become live links. Those the contract refuses leave their source out. */
const HOSTILE_URLS = [`javascript:${RUN}`, `data:text/html,<script>${RUN}</script>`, ` JaVaScRiPt:${RUN}`, `https://example.org/?q="><img src=x onerror="${RUN}">`];

/** Fields whose text is an id, a kind, a date or a reference into another file, not words. */
const NOT_TEXT = new Set(['type', 'id', 'kind', 'how', 'mode', 'role', 'territory', 'district', 'controlSince', 'since', 'quotes', 'features']);
const ISO_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

function plant(value: unknown, key: string | null, count: { n: number }): unknown {
  if (typeof value === 'string') {
    if (key !== null && NOT_TEXT.has(key)) return value;
    if (key === 'url') return HOSTILE_URLS[count.n++ % HOSTILE_URLS.length];
    if (key === 'date' && ISO_DATE.test(value)) return value;
    return `${value} ${HOSTILE}`;
  }
  // Array items share their parent's key: `altNames`, `notes` and `roadNumbers` hold text, `quotes` ids.
  if (Array.isArray(value)) return value.map((x) => plant(x, key, count));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'coordinates' ? v : plant(v, k, count)]));
  return value;
}

/** A quotation made of nothing but the payload, quoted by `feature`, so the reader marks a hostile passage. Its
 *  footnote is the first source given the https address, which the contract accepts (sources.json runs from n = 1). */
export const HOSTILE_QUOTE = { id: 'q-hostile', text: `Planted passage ${HOSTILE}`, footnotes: [HOSTILE_URLS.length] };

/** A data file (JSON) with the payload planted in it. */
export function hostileJSON(file: string, json: unknown, feature: string): unknown {
  const out = plant(json, null, { n: 0 });
  if (file === 'quotes') return [...(out as unknown[]), HOSTILE_QUOTE];
  if (Array.isArray((out as { features?: unknown[] }).features)) {
    for (const f of (out as { features: { properties: { id: string; quotes?: string[] } }[] }).features) {
      if (f.properties.id === feature) f.properties.quotes = [HOSTILE_QUOTE.id, ...(f.properties.quotes ?? [])];
    }
  }
  return out;
}

/** data/analysis.md with the payload in its front matter (its address javascript:), every block, and the planted passage. */
export function hostileAnalysis(md: string): string {
  const end = md.indexOf('\n---\n', 4);
  const front = md
    .slice(0, end)
    .split('\n')
    .map((line) => {
      const m = /^(\w+):\s*"?(.*?)"?$/.exec(line);
      if (!m || m[1] === 'date') return line;
      return m[1] === 'url' ? `url: "javascript:${RUN}"` : `${m[1]}: "${m[2]} ${HOSTILE}"`;
    })
    .join('\n');
  const body = md
    .slice(end + 5)
    .split(/\n\s*\n/)
    .map((block) => (block.trim() ? `${block.trimEnd()} ${HOSTILE}` : block))
    .join('\n\n');
  return `${front}\n---\n${body}\n\n${HOSTILE_QUOTE.text}\n`;
}
