/**
 * The name a browser-mode download gets: project, scope and date (`sample-verified-2026-11-29.csv`), so two
 * exports of two projects, or of one project a week apart, never overwrite or pass for each other.
 */
export function downloadName(projectName: string | null, all: boolean, extension: string, now: Date): string {
  // Letters of any script (Chinese project names stay readable), digits, dot, dash and underscore.
  const project = (projectName ?? '').normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '') || 'dataset';
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `${project}-${all ? 'all' : 'verified'}-${day}.${extension}`;
}
