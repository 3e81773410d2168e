/**
 * For tests and for looking: a .docx laid out by LibreOffice (what most offices without
 * Word open it with) into PDF, its text per page (pdftotext -layout) and PNGs of its pages
 * (pdftoppm). Each call runs its own LibreOffice profile, so parallel test files never
 * share (and lock) one. Needs `soffice` and poppler-utils on the PATH (Debian:
 * libreoffice-writer-nogui poppler-utils fonts-liberation fonts-liberation2).
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface RenderedDocument {
  pdf: Buffer;
  pages: number;
  /** The whole text, pages separated by form feeds as pdftotext writes them. */
  text: string;
  /** The text of each page (pageTexts[0] is page 1). */
  pageTexts: string[];
  /** Paths of the page images, in page order. */
  pngs: string[];
}

export interface RenderOptions {
  /** Where the PNGs go (kept); by default a new directory under the system's temp directory. */
  pngDir?: string;
  /** File name stem of the PDF and PNGs ("plan" → plan-01.png …). */
  name?: string;
  /** Resolution of the PNGs (default 60 dpi); 0 writes none. */
  dpi?: number;
  timeoutMs?: number;
}

function onPath(command: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

/** Null when everything the render needs is installed, otherwise what is missing. */
export function missingRenderTools(): string | null {
  const missing = ['soffice', 'pdftotext', 'pdfinfo', 'pdftoppm'].filter((command) => !onPath(command));
  return missing.length > 0 ? `not installed: ${missing.join(', ')} (Debian: libreoffice-writer-nogui poppler-utils fonts-liberation fonts-liberation2)` : null;
}

export async function renderWithLibreOffice(docx: Buffer, options: RenderOptions = {}): Promise<RenderedDocument> {
  const name = options.name ?? 'document';
  const timeout = options.timeoutMs ?? 60_000;
  const work = await mkdtemp(join(tmpdir(), 'bd-render-'));
  const profile = join(work, 'profile');
  try {
    const input = join(work, `${name}.docx`);
    await writeFile(input, docx);
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', 'pdf', '--outdir', work, input], { timeout, killSignal: 'SIGKILL' });
    const pdfPath = join(work, `${name}.pdf`);
    const pdf = await readFile(pdfPath);
    const info = await run('pdfinfo', [pdfPath], { timeout });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? 0);
    const { stdout: text } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { timeout, maxBuffer: 256 * 1024 * 1024 });
    const pageTexts = text.split('\f').slice(0, pages);
    const pngs: string[] = [];
    const dpi = options.dpi ?? 60;
    if (dpi > 0) {
      const pngDir = options.pngDir ?? (await mkdtemp(join(tmpdir(), 'bd-pages-')));
      await mkdir(pngDir, { recursive: true });
      const stale = (await readdir(pngDir)).filter((file) => file.startsWith(`${name}-`) && /-\d+\.png$/.test(file));
      await Promise.all(stale.map((file) => rm(join(pngDir, file), { force: true })));
      const stem = join(pngDir, name);
      await run('pdftoppm', ['-png', '-r', String(dpi), pdfPath, stem], { timeout });
      const files = (await readdir(pngDir)).filter((file) => file.startsWith(`${name}-`) && /-\d+\.png$/.test(file));
      files.sort((a, b) => Number(/-(\d+)\.png$/.exec(a)![1]) - Number(/-(\d+)\.png$/.exec(b)![1]));
      pngs.push(...files.map((file) => join(pngDir, file)));
    }
    return { pdf, pages, text, pageTexts, pngs };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
