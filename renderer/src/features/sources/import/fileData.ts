import { MAX_REQUEST_BYTES } from '../../../../../shared/contract/wire';
import { MAX_SOURCE_BYTES } from '../../../../../shared/domain/source';
import type { DoorKind } from '../../../api/transport';

/** One `sources.import` call carries at most this many files … */
export const BATCH_MAX_FILES = 8;
/** … and at most this many bytes (before base64), unless a single file is bigger. */
export const BATCH_MAX_BYTES = 32 * 1024 * 1024;

/** Room for the JSON around the base64 data (names, media types, brackets). */
const REQUEST_OVERHEAD = 64 * 1024;

/**
 * The largest file this door can carry. The core takes MAX_SOURCE_BYTES; the browser
 * door's request cap (MAX_REQUEST_BYTES of JSON, and base64 is 4/3 of the bytes) is lower.
 */
export function maxFileBytes(door: DoorKind): number {
  if (door === 'electron') return MAX_SOURCE_BYTES;
  return Math.min(MAX_SOURCE_BYTES, Math.floor(((MAX_REQUEST_BYTES - REQUEST_OVERHEAD) * 3) / 4));
}

/** The first files of the queue that go together in one call (always at least one). */
export function takeBatch<T extends { sizeBytes: number }>(queue: T[]): T[] {
  const batch: T[] = [];
  let bytes = 0;
  while (queue.length && batch.length < BATCH_MAX_FILES) {
    const next = queue[0]!;
    if (batch.length && bytes + next.sizeBytes > BATCH_MAX_BYTES) break;
    batch.push(queue.shift()!);
    bytes += next.sizeBytes;
  }
  return batch;
}

/** 3 × 32 KiB: a multiple of 3, so chunks encode without padding between them. */
const CHUNK_BYTES = 3 * 32 * 1024;
const ARG_SLICE = 0x2000;

type WithToBase64 = Uint8Array & { toBase64?: () => string };

/**
 * A file's bytes as base64. Chromium ≥ 140 encodes natively; otherwise chunk by chunk
 * with btoa, joining the encoded chunks once (no per-byte string building).
 */
export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes: WithToBase64 = new Uint8Array(await blob.arrayBuffer());
  if (typeof bytes.toBase64 === 'function') return bytes.toBase64();
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) {
    const chunk = bytes.subarray(i, i + CHUNK_BYTES);
    let binary = '';
    for (let j = 0; j < chunk.length; j += ARG_SLICE) {
      binary += String.fromCharCode(...chunk.subarray(j, j + ARG_SLICE));
    }
    parts.push(btoa(binary));
  }
  return parts.join('');
}

// eslint-disable-next-line no-control-regex -- control characters are among what file systems reject.
const FORBIDDEN_IN_NAMES = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** A file name for pasted text: the title without characters file systems reject, ending in .txt. */
export function textFileName(title: string): string {
  const base = title.replace(FORBIDDEN_IN_NAMES, ' ').replace(/\s+/g, ' ').trim().slice(0, 200) || 'text';
  return /\.txt$/i.test(base) ? base : `${base}.txt`;
}
