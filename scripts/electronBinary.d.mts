/** Types for electronBinary.mjs (plain JavaScript so `npm start` needs no TypeScript). */
export function platformExecutable(platform?: string): string;
export function electronPackageDir(fromDir?: string): string | null;
export function resolveElectronBinary(options?: {
  packageDir?: string | null;
  env?: Record<string, string | undefined>;
  platform?: string;
}): { ok: true; path: string } | { ok: false; reason: string };
export function displayProblem(env?: Record<string, string | undefined>, platform?: string): string | null;
