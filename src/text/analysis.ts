/**
 * data/analysis.md read into plain blocks the reader renders as React text: its front matter (the
 * publisher's attribution, kept with the text), headings, paragraphs and footnotes. Nothing here
 * produces HTML; a missing attribution field is an error naming the file.
 */
export interface FrontMatter {
  title: string;
  author: string;
  publisher: string;
  series: string;
  date: string;
  url: string;
  copyright: string;
  note?: string;
}

export type Block = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string } | { kind: 'footnote'; n: number; text: string };

export interface Analysis {
  front: FrontMatter;
  blocks: Block[];
}

const FILE = 'data/analysis.md';
const REQUIRED = ['title', 'author', 'publisher', 'series', 'date', 'url', 'copyright'] as const;

function readFront(yaml: string): FrontMatter {
  const fields = new Map<string, string>();
  for (const line of yaml.split('\n')) {
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (m) fields.set(m[1]!, m[2]!.replace(/^"(.*)"$/, '$1'));
  }
  const missing = REQUIRED.filter((k) => !fields.get(k));
  if (missing.length) throw new Error(`${FILE}: front matter lacks ${missing.join(', ')}`);
  const get = (k: (typeof REQUIRED)[number]) => fields.get(k)!;
  const note = fields.get('note');
  return { title: get('title'), author: get('author'), publisher: get('publisher'), series: get('series'), date: get('date'), url: get('url'), copyright: get('copyright'), ...(note ? { note } : {}) };
}

/** The footnote text without the address the published text prints at its end (the reader links sources.json's). */
export function footnoteWithoutAddress(text: string): string {
  return text
    .replace(/,?\s*<https?:\/\/[^>]*>\.?$/, '')
    .replace(/,?\s*\[[^\]]*\]\(https?:\/\/[^)]*\)\.?$/, '')
    .trim();
}

export function parseAnalysis(markdown: string): Analysis {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!m) throw new Error(`${FILE}: no front matter (the attribution must travel with the text)`);
  const blocks: Block[] = [];
  for (const raw of markdown.slice(m[0].length).split(/\n\s*\n/)) {
    const text = raw.trim();
    if (!text) continue;
    const heading = /^#{1,6}\s+(.*)$/.exec(text);
    const footnote = /^\[(\d+)\]\s+([\s\S]*)$/.exec(text);
    if (heading) blocks.push({ kind: 'heading', text: heading[1]! });
    else if (footnote) blocks.push({ kind: 'footnote', n: Number(footnote[1]), text: footnote[2]! });
    else blocks.push({ kind: 'paragraph', text });
  }
  return { front: readFront(m[1]!), blocks };
}
