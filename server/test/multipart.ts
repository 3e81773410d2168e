/** A multipart/form-data body holding one file, for upload tests through `app.inject`. */
import { randomBytes } from 'node:crypto';

export function multipartBody(fileName: string, content: Buffer | string, field = 'file') {
  const boundary = `----binhdang${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, typeof content === 'string' ? Buffer.from(content, 'utf8') : content, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}
