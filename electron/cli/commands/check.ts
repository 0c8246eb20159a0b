import type { Core } from '../../core';
import type { AnalyticCheck } from '../../../shared/domain/analyticChecks';

/**
 * `workbench check CASE [--json]`: the case's analytic checks, each with its
 * reason and the objects involved. Checks are advice, not errors: the command
 * exits 0 whenever it could run them (1 only when the case cannot be opened).
 */
export async function checkCommand(core: Core, casePath: string, json: boolean): Promise<number> {
  const opened = await core.dispatch('case.open', { path: casePath });
  if (!opened.ok) {
    if (json) console.log(JSON.stringify({ ok: false, error: opened.error }, null, 2));
    else console.error(`workbench: ${opened.error.code}: ${opened.error.message}`);
    return 1;
  }
  const result = await core.dispatch('checks.list', {});
  if (!result.ok) {
    console.error(`workbench: ${result.error.code}: ${result.error.message}`);
    return 1;
  }
  const checks = result.value as AnalyticCheck[];
  if (json) {
    console.log(JSON.stringify(checks, null, 2));
    return 0;
  }
  for (const c of checks) console.log(formatCheck(c));
  const open = checks.filter((c) => !c.acknowledged).length;
  console.log(
    checks.length
      ? `${checks.length} check(s): ${open} open, ${checks.length - open} acknowledged.`
      : 'No analytic checks fire in this case.',
  );
  return 0;
}

function formatCheck(c: AnalyticCheck): string {
  const mark = c.acknowledged ? `acknowledged: ${c.acknowledged.reason}` : c.severity;
  const involved = c.involved.map((i) => `    - ${i.kind} ${i.id}: ${i.label}`).join('\n');
  return `[${mark}] ${c.type}\n  ${c.message}\n${involved}`;
}
