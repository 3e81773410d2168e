/** A multipart/form-data body holding one file and any text fields after it, for upload tests through `app.inject`. */
import { randomBytes } from 'node:crypto';

export function multipartBody(fileName: string, content: Buffer | string, options: { field?: string; fields?: Record<string, string> } = {}): { payload: Buffer; contentType: string } {
  const boundary = `----binhdang${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${options.field ?? 'file'}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
    Buffer.from('\r\n'),
  ];
  // After the file: the routes read the parts in any order.
  for (const [name, value] of Object.entries(options.fields ?? {})) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
