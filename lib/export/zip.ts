import { Zip, ZipDeflate, ZipPassThrough } from "fflate";

export type ZipMember = { name: string; content: Uint8Array | AsyncIterable<Uint8Array>; compress: boolean };

/**
 * A ZIP archive written as its members arrive: each member's bytes are pushed through and flushed
 * before the next is read, so the archive never holds more than the member chunk in hand. Files
 * already compressed (PDF, PNG, JPEG evidence) are stored as they are; text is deflated.
 */
export function zipStream(members: AsyncIterable<ZipMember>, modified: Date): ReadableStream<Uint8Array> {
  const ready: Uint8Array[] = [];
  let ended = false;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else if (chunk.length > 0) ready.push(chunk);
    if (final) ended = true;
  });

  async function* steps(): AsyncGenerator<void> {
    for await (const member of members) {
      const file = member.compress ? new ZipDeflate(member.name, { level: 6 }) : new ZipPassThrough(member.name);
      file.mtime = modified;
      zip.add(file);
      if (member.content instanceof Uint8Array) file.push(member.content, true);
      else {
        for await (const chunk of member.content) {
          file.push(chunk);
          yield;
        }
        file.push(new Uint8Array(0), true);
      }
      yield;
    }
    zip.end();
  }
  const producer = steps();

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (ready.length === 0 && !ended) {
        if (failure) throw failure;
        if ((await producer.next()).done && ready.length === 0 && !ended) throw new Error("ZIP ended without its directory");
      }
      if (failure) throw failure;
      if (ready.length > 0) controller.enqueue(concat(ready.splice(0)));
      if (ended && ready.length === 0) controller.close();
    },
    async cancel() {
      await producer.return(undefined);
    },
  });
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
