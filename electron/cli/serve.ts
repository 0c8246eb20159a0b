import { createCore } from '../core';
import { startWebHost } from '../webhost/server';
import { openInBrowser } from './openBrowser';
import { findExtractWorker, findRendererDir } from './paths';

export interface ServeOptions {
  casePath?: string | undefined;
  port: number;
  open: boolean;
}

/**
 * Browser mode: the core behind the loopback web host. Prints the URL (with
 * its one-time token) and runs until interrupted, releasing the case lock on
 * the way out.
 */
export async function serve(options: ServeOptions): Promise<number | null> {
  const rendererDir = findRendererDir();
  if (!rendererDir) {
    console.error('workbench: the user interface is not built yet. Run `npm run build` first.');
    return 1;
  }
  const core = createCore({ door: 'browser', extractWorker: findExtractWorker() });
  if (options.casePath) {
    const opened = await core.dispatch('case.open', { path: options.casePath });
    if (!opened.ok) {
      console.error(`workbench: ${opened.error.code}: ${opened.error.message}`);
      core.close();
      return 1;
    }
  }
  const host = await startWebHost({ core, rendererDir, port: options.port });
  console.log(`Analyst Workbench is running in browser mode. Open this address (it contains the access token):`);
  console.log(host.url);
  if (options.open && openInBrowser(host.url)) console.log('Opening it in your browser…');
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    core.close();
    host.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  return null;
}
