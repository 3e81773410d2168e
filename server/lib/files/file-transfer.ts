/**
 * Files over HTTP, the same way for every feature: reading the one uploaded file of a
 * multipart request (413 past the size limit), and sending a download — whole or
 * streamed — as an attachment with its Vietnamese name and an ASCII fallback.
 */
import { PassThrough, type Writable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toSearchKey } from '../../../common/text/vietnamese.ts';
import { AppError } from '../errors.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

export interface FileName {
  /** The name in Vietnamese, for filename*=UTF-8''… */
  fileName: string;
  /** A safe ASCII fallback for old clients. */
  asciiFileName: string;
}

export interface FileDownload extends FileName {
  contentType: string;
  body: Buffer;
}

/** A download written as it is produced: `write` fills the stream and resolves when it is done (it does not end it). */
export interface StreamedDownload extends FileName {
  contentType: string;
  write(output: Writable): Promise<void>;
}

/** "Sở GD&ĐT Hà Nội" → "so-gd-dt-ha-noi": for ASCII file names. */
export function asciiSlug(value: string): string {
  return toSearchKey(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** A unit or campaign name made fit for a file name on Windows. */
export function safeDisplayName(value: string): string {
  return value.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
}

/** attachment; an ASCII name for old clients, the Vietnamese one as RFC 5987 filename*. */
export function contentDisposition(file: FileName): string {
  const encoded = encodeURIComponent(file.fileName).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${file.asciiFileName}"; filename*=UTF-8''${encoded}`;
}

/** The one uploaded file, whole, or 413 when it passed the size limit. */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<{ fileName: string; content: Buffer }> {
  if (!request.isMultipart()) throw new AppError('BAD_FILE', 'Hãy gửi tệp trong trường "file" của biểu mẫu (multipart/form-data).');
  const part = await request.file();
  if (!part) throw new AppError('BAD_FILE', 'Chưa chọn tệp để tải lên.');
  if (part.fieldname !== 'file') {
    part.file.resume(); // drain it, so the connection is not left waiting
    throw new AppError('BAD_FILE', 'Hãy gửi tệp trong trường "file" của biểu mẫu.');
  }
  // toBuffer() throws FST_REQ_FILE_TOO_LARGE (413) when the stream was cut at the limit.
  const content = await part.toBuffer();
  if (part.file.truncated) throw new AppError('FILE_TOO_LARGE', `Tệp quá lớn (tối đa ${Math.round(maxBytes / 1048576)} MB)`);
  return { fileName: part.filename ?? '', content };
}

function attachmentHeaders(reply: FastifyReply, file: FileName & { contentType: string }) {
  return reply.header('content-type', file.contentType).header('content-disposition', contentDisposition(file)).header('cache-control', 'no-store');
}

export function sendFile(reply: FastifyReply, file: FileDownload) {
  return attachmentHeaders(reply, file).send(file.body);
}

/**
 * Starts sending a streamed download. Everything that can refuse the request (policy,
 * 404) has run before: once the first byte leaves, a failure can only cut the download
 * short, so it is logged and the stream destroyed (the client sees a broken file, never
 * a half file that looks whole).
 */
export function sendStream(reply: FastifyReply, file: StreamedDownload) {
  const output = new PassThrough();
  file.write(output).then(
    () => {
      if (!output.writableEnded) output.end();
    },
    (error: unknown) => {
      reply.log.error({ err: error }, 'streamed download failed');
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return attachmentHeaders(reply, file).send(output);
}
