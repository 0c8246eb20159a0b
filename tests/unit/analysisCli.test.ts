/** `workbench check` and `workbench call` driving the analysis methods on a real case file. */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnalyticCheck } from '../../shared/domain/analyticChecks';
import { workbench } from '../helpers/cli';
import { tempDir } from '../helpers/tempDirs';

describe('workbench check', () => {
  it('lists the checks as text and JSON; a credibility 1 on one origin is flagged until lowered', () => {
    const dir = tempDir();
    const path = join(dir, 'Fall.wbcase');
    const text = join(dir, 'meldung.txt');
    writeFileSync(text, 'Das wurde bisher nur von einer Geheimdienstquelle bestätigt.');
    expect(workbench(['new', path]).code).toBe(0);
    const imported = JSON.parse(workbench(['import', path, text, '--json']).stdout) as { sourceId: string }[];
    const call = (method: string, input: object) => {
      const r = workbench(['call', path, method, JSON.stringify(input)]);
      expect(r.code, r.stderr + r.stdout).toBe(0);
      return JSON.parse(r.stdout) as { id: string };
    };
    const excerpt = call('excerpts.create', {
      sourceId: imported[0]!.sourceId,
      quote: 'nur von einer Geheimdienstquelle bestätigt',
    });
    const claim = call('analysis.create', { kind: 'claim', text: 'six North Korean officers were killed' });
    const ev = call('evidence.add', { excerptId: excerpt.id, targetId: claim.id, credibility: '1', reason: 'Agentur' });

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
    call('evidence.rate', { evidenceId: ev.id, credibility: '3', reason: 'nur eine Quelle' });
    const after = workbench(['check', path]);
    expect(after.stdout).toContain('No analytic checks fire in this case.');
    expect(workbench(['check', join(dir, 'fehlt.wbcase')]).code).toBe(1);
    expect(workbench(['check']).code).toBe(2);
  });
});
