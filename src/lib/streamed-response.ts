/**
 * The open-data files are the largest a build writes (about 130 MB for everything at 20,000 entries). Astro
 * reads a response's whole body into memory before writing it, and renders four pages at a time
 * (astro.config.mjs), so the seven files, which come one after another in its page order, were held four at a
 * time: about 1.1 GB at the start of the page loop, the page build's peak at 20,000 entries. Their bodies are
 * therefore written one at a time: a body starts only when the one before it has ended (or failed).
 */
let previous: Promise<void> = Promise.resolve();

/** A response written from pieces of text as the reader asks for them, after the previous one's. */
export function streamedResponse(chunks: Iterable<string>, contentType: string): Response {
  const encoder = new TextEncoder();
  const pieces = chunks[Symbol.iterator]();
  const turn = previous;
  let done!: () => void;
  previous = new Promise((resolve) => (done = resolve));
  const body = new ReadableStream<Uint8Array>({
    start: () => turn,
    pull(controller) {
      try {
        const next = pieces.next();
        if (next.done) {
          controller.close();
          done();
        } else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        done();
        throw error;
      }
    },
    cancel: () => done(),
  });
  return new Response(body, { headers: { 'Content-Type': contentType } });
}
