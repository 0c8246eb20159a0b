#!/usr/bin/env node
import { runCli } from './run';

runCli(process.argv.slice(2)).then(
  (code) => {
    // `serve` keeps running; every other command ends here.
    if (code !== null) process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`workbench: ${(err as Error).message}`);
    process.exitCode = 1;
  },
);
