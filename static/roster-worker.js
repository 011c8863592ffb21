// The roster worker (a module worker): runs the staff bundle's wasm off the main thread, so a
// roster of tens of thousands of households never blocks typing or scrolling. Messages:
//   in:  { text | bytes: ArrayBuffer, base: Float64Array, part, parts, criterion, from? } (one
//        run per worker; a file's bytes are decoded here, UTF-8 or GBK; `from`: a retry goes
//        on from that household, after a worker failed)
//   out: { kind: "roster", ... } from part 0: the households read and every problem found;
//        { kind: "chunk", part, data: Float64Array } results, RESULT_WIDTH numbers per household;
//        { kind: "done", part, memory } (the wasm memory's size in bytes: it only grows, so
//        this is the worker's peak) or { kind: "failed", part, message }.
//   in:  { kind: "export", results: Float64Array, lang } after a run, to part 0;
//   out: { kind: "csv", text }.
// Cancelling is the page's worker.terminate(): nothing here needs to notice.
import init, { RosterJob } from './staff.js';

const ready = init({ module_or_path: './staff_bg.wasm' });
let job = null;

self.onmessage = async (event) => {
  const m = event.data;
  try {
    const wasm = await ready;
    if (m.kind === 'export') {
      self.postMessage({ kind: 'csv', text: job.export(m.results, m.lang) });
      return;
    }
    job = m.bytes
      ? RosterJob.fromBytes(new Uint8Array(m.bytes), m.base, m.part, m.parts, m.criterion)
      : new RosterJob(m.text, m.base, m.part, m.parts, m.criterion);
    if (m.part === 0 && m.from === undefined) self.postMessage(job.roster());
    if (m.from !== undefined) job.resumeAt(m.from);
    while (!job.finished()) {
      const data = job.step(64);
      self.postMessage({ kind: 'chunk', part: m.part, data }, [data.buffer]);
    }
    self.postMessage({ kind: 'done', part: m.part, memory: wasm.memory.buffer.byteLength });
  } catch (e) {
    self.postMessage({ kind: 'failed', part: m.part, message: String(e) });
  }
};
