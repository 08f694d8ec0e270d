/**
 * Quotation matching. A quotation must stand word for word in the analysis; only white space,
 * quote marks and dashes may differ (typographic variants the PDF and web copies disagree on).
 */
export function normaliseForQuote(s: string): string {
  return s
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The body of data/analysis.md without its front matter. */
export function analysisBody(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
}
