/**
 * Runs @doyensec/electronegativity on a folder, offline, and prints its
 * findings as JSON. Every outgoing connection is refused before it is made
 * (the tool tries to fetch translations and Electron's release list; both
 * have local fallbacks), and the release-list check is left out because it
 * needs the network by design. The Electron version is given, not looked up.
 *
 * Usage: node electronegativity.mjs FOLDER ELECTRON_VERSION
 */
import net from 'node:net';
import { createRequire } from 'node:module';

let blocked = 0;
net.Socket.prototype.connect = function refuse() {
  blocked++;
  const err = Object.assign(new Error('network disabled for this scan'), { code: 'ENETUNREACH' });
  process.nextTick(() => this.destroy(err));
  return this;
};

// Loaded only now, after the network is cut (it is CommonJS).
const run = createRequire(import.meta.url)('@doyensec/electronegativity');

(async () => {
  const [input, electronVersion] = process.argv.slice(2);
  const log = console.log;
  console.log = () => undefined; // the tool's banner and progress
  try {
    const result = await run({
      input,
      electronVersionOverride: electronVersion,
      isRelative: true,
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    });
    console.log = log;
    const issues = result.issues.map((i) => ({
      id: i.id,
      severity: i.severity.name,
      confidence: i.confidence.name,
      file: i.file,
      line: i.location.line,
      description: i.description,
    }));
    process.stdout.write(
      `${JSON.stringify({ blockedConnections: blocked, checks: result.globalChecks + result.atomicChecks, errors: result.errors, issues })}\n`,
    );
  } catch (err) {
    console.log = log;
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  }
})();
