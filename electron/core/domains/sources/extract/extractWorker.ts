/**
 * Worker-thread entry for parsing imported files. Parsing a large saved web
 * page with jsdom takes seconds of pure CPU; here it cannot block the core's
 * event loop, so the app keeps answering while a file is read.
 */
import { parentPort } from 'node:worker_threads';
import { WorkbenchError } from '../../../../../shared/contract/errors';
import { analyseForImport } from './analyse';
import type { WorkerReply, WorkerRequest } from './extractor';

const port = parentPort;
if (!port) throw new Error('extractWorker must run in a worker thread');

// One file at a time, in the order they came (parsers such as pdf.js await inside): the sender
// times only the file at the head of its line, and a crash is that file's.
let line: Promise<void> = Promise.resolve();

port.on('message', (request: WorkerRequest) => {
  const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
  line = line.then(() =>
    analyseForImport({ name: request.name, bytes, mediaType: request.mediaType }).then(
      (result) => port.postMessage({ id: request.id, ok: true, result } satisfies WorkerReply),
      (err: unknown) => {
        const error =
          err instanceof WorkbenchError
            ? err.toWire()
            : { code: 'INTERNAL' as const, message: `“${request.name}”: ${(err as Error)?.message ?? String(err)}` };
        port.postMessage({ id: request.id, ok: false, error } satisfies WorkerReply);
      },
    ),
  );
});
