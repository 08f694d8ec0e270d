/** Hands a file the page made to the browser as a download (a same-origin blob: link with a file name). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the next task; the address is then no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
