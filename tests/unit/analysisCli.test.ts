/** `workbench check` and `workbench call` driving the analysis methods on a real case file. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalyticCheck } from '../../shared/domain/analyticChecks';
import type { Evidence } from '../../shared/domain/analysis';
import { workbench } from '../helpers/cli';
import { ok, tempDir } from '../helpers/tempDirs';
import { addEvidence, analysisCase, create } from './analysisFixtures';

describe('workbench check', () => {
  it('lists the checks as text and JSON; a credibility 1 on one origin is flagged until lowered through call', async () => {
    // The case is prepared in process (each CLI run is a child process, slow on a loaded machine), then closed.
    const { core, path, excerpts } = await analysisCase();
    const claim = await create(core, 'claim', 'six North Korean officers were killed');
    const ev: Evidence = await addEvidence(core, {
      excerptId: excerpts.agency.id,
      targetId: claim.id,
      credibility: '1',
      reason: 'Agentur',
    });
    await ok(core, 'case.close');

    const human = workbench(['check', path]);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toContain('credibilityOneSingleOrigin');
    expect(human.stdout).toContain('six North Korean officers were killed');
    expect(human.stdout).toContain('1 check(s): 1 open, 0 acknowledged.');
    const listed = JSON.parse(workbench(['check', path, '--json']).stdout) as AnalyticCheck[];
    expect(listed.map((c) => c.type)).toEqual(['credibilityOneSingleOrigin']);

    const noReason = workbench([
      'call',
      path,
      'evidence.rate',
      JSON.stringify({ evidenceId: ev.id, credibility: '3' }),
    ]);
    expect(noReason.code).toBe(1);
    expect(noReason.stdout).toContain('INVALID_INPUT');
    const rated = workbench([
      'call',
      path,
      'evidence.rate',
      JSON.stringify({ evidenceId: ev.id, credibility: '3', reason: 'nur eine Quelle' }),
    ]);
    expect(rated.code, rated.stderr).toBe(0);
    expect(workbench(['check', path]).stdout).toContain('No analytic checks fire in this case.');
    expect(workbench(['check', join(tempDir(), 'fehlt.wbcase')]).code).toBe(1);
    expect(workbench(['check']).code).toBe(2);
  });
});
