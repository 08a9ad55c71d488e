/** Saves text, bytes or a Blob as a file through a temporary link: no downloads permission needed. */
export function downloadFile(fileName: string, data: string | Uint8Array | Blob, mimeType: string): void {
  const part: BlobPart = typeof data === 'string' || data instanceof Blob ? data : new Uint8Array(data);
  const url = URL.createObjectURL(data instanceof Blob && data.type ? data : new Blob([part], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
