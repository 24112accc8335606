// A long text's UTF-8 bytes, encoded a batch of its pieces at a time: the text is never one string
// as well as its bytes, and a batch is large enough that the pieces cost no more than one string.
const BATCH_CHARS = 64 * 1024;

export function utf8Bytes(pieces: Iterable<string>): Buffer<ArrayBuffer> {
  const chunks: Buffer[] = [];
  let batch = "";
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= BATCH_CHARS) {
      chunks.push(Buffer.from(batch, "utf8"));
      batch = "";
    }
  }
  chunks.push(Buffer.from(batch, "utf8"));
  return Buffer.concat(chunks);
}
