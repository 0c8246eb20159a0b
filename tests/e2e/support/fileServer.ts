import { createServer } from 'node:http';
import { listenOnLoopback } from './loopback';

export interface FileServer {
  origin: string;
  /** Paths asked for besides the document itself: an exported report should ask for nothing. */
  otherRequests: string[];
  close(): Promise<void>;
}

/**
 * Serves one document at /report.html on 127.0.0.1, with no headers of its own
 * beyond the content type, so only the document's own defences (its CSP meta
 * element, the absence of script) stand between its content and the browser,
 * as when an analyst opens the exported file.
 */
export async function serveOneFile(body: Buffer, contentType: string): Promise<FileServer> {
  const otherRequests: string[] = [];
  const server = createServer((req, res) => {
    if (req.url === '/report.html') {
      res.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' }).end(body);
      return;
    }
    otherRequests.push(req.url ?? '');
    res.writeHead(404).end();
  });
  return { ...(await listenOnLoopback(server)), otherRequests };
}
