// Bodies over the limit are a 413. The answer goes before the body is read; the rest of the body is
// read and dropped (up to a bound) so that a kept-alive connection stays usable for the client's
// next request, and beyond the bound the answer says the connection closes, as HTTP/1.1 asks of a
// server that leaves a body unread.
import { bodyLimit } from "hono/body-limit";

/** How much of an oversized body is read away to keep its connection: beyond, it is closed. */
const DRAIN_BYTES = 4 * 1024 * 1024;

export function limitBody(maxBytes: number) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: async (c) => {
      if (!(await discard(c.req.raw.body, DRAIN_BYTES))) c.header("Connection", "close");
      return c.json(
        { error: "payload_too_large", message: `The request body is over the limit of ${maxBytes} bytes` },
        413,
      );
    },
  });
}

/** Reads a body to its end and drops it; false if it is longer than `bound` or cannot be read. */
async function discard(body: ReadableStream<Uint8Array> | null, bound: number): Promise<boolean> {
  if (!body) return true;
  if (body.locked) return false;
  const reader = body.getReader();
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      read += value.byteLength;
      if (read > bound) {
        await reader.cancel();
        return false;
      }
    }
  } catch {
    return false;
  }
}
