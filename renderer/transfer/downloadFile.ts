/** Saves a file through the browser's download (works in Electron too, with its save dialog). */
export function downloadFile(fileName: string, content: string, encoding: 'utf8' | 'base64', mimeType: string): void {
  const body = encoding === 'base64' ? base64ToBytes(content) : content;
  const url = URL.createObjectURL(new Blob([body], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadTextFile(fileName: string, content: string, mimeType: string): void {
  downloadFile(fileName, content, 'utf8', mimeType);
}
