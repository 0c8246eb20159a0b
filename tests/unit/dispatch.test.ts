import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { WorkbenchEvent } from '../../shared/contract/events';
import { createClient } from '../../shared/client/createClient';
import { WorkbenchError } from '../../shared/contract/errors';
import { fails, ok, testCore } from '../helpers/tempDirs';

describe('dispatch', () => {
  it('answers an unknown method with UNKNOWN_METHOD', async () => {
    const { core } = testCore();
    expect(await core.dispatch('case.explode', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'There is no method “case.explode”.' },
    });
    // Inherited object keys are not methods either.
    expect((await fails(core, 'constructor')).code).toBe('UNKNOWN_METHOD');
    expect((await fails(core, '__proto__')).code).toBe('UNKNOWN_METHOD');
  });

  it('answers bad input with INVALID_INPUT and the path of every problem', async () => {
    const { core } = testCore();
    const error = await fails(core, 'case.create', { path: '', title: 42 });
    expect(error.code).toBe('INVALID_INPUT');
    const paths = (error.details as { path: string }[]).map((d) => d.path).sort();
    expect(paths).toEqual(['path', 'title']);
  });

  it('needs an open case for case-scoped methods', async () => {
    const { core } = testCore();
    expect((await fails(core, 'case.update', { patch: { title: 'x' } })).code).toBe('NO_CASE_OPEN');
  });

  it('emits data.changed with the domains a mutation invalidates, and nothing for queries or failures', async () => {
    const { core, dir } = testCore();
    const events: WorkbenchEvent[] = [];
    core.onEvent((e) => events.push(e));
    await ok(core, 'case.create', { path: join(dir, 'e.wbcase'), title: 'E' });
    await ok(core, 'case.info');
    await fails(core, 'case.update', { patch: { tlp: 'TLP:WHITE' } });
    await ok(core, 'prefs.update', { patch: { theme: 'dark' } });
    expect(events).toEqual([
      { type: 'data.changed', domains: ['case', 'recent'] },
      { type: 'data.changed', domains: ['prefs'] },
    ]);
  });

  it('turns unexpected errors into INTERNAL without leaking a stack trace', async () => {
    const { core, dir } = testCore();
    const path = join(dir, 'x.wbcase');
    await ok(core, 'case.create', { path, title: 'X' });
    // Sabotage the file's schema behind the core's back.
    const db = new Database(path);
    db.exec('DROP TABLE key_question');
    db.close();
    const error = await fails(core, 'case.info');
    expect(error.code).toBe('INTERNAL');
    expect(JSON.stringify(error)).not.toMatch(/\.ts:\d+|at Object\./);
  });

  it('audits changes of the case marking and the likelihood scale', async () => {
    const { core, dir } = testCore();
    const path = join(dir, 'audit.wbcase');
    await ok(core, 'case.create', { path, title: 'Audit' });
    await ok(core, 'case.update', { patch: { tlp: 'TLP:RED', likelihoodScale: 'PHIA', author: 'not audited' } });
    await ok(core, 'case.close');
    const db = new Database(path, { readonly: true });
    const rows = db.prepare('SELECT field, old_value, new_value FROM audit_log ORDER BY id').all();
    db.close();
    expect(rows).toEqual([
      { field: 'tlp', old_value: 'TLP:AMBER', new_value: 'TLP:RED' },
      { field: 'likelihoodScale', old_value: 'ICD203', new_value: 'PHIA' },
    ]);
  });

  it('the typed client groups methods by domain and throws WorkbenchError with the code', async () => {
    const { core, dir } = testCore();
    const api = createClient((method, input) => core.dispatch(method, input));
    const info = await api.case.create({ path: join(dir, 'c.wbcase'), title: 'Client' });
    expect(info.title).toBe('Client');
    expect((await api.app.info({})).door).toBe('cli');
    const err = await api.case.open({ path: join(dir, 'missing.wbcase') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbenchError);
    expect((err as WorkbenchError).code).toBe('FILE_NOT_FOUND');
  });

  it('headless doors answer host dialogs with NOT_SUPPORTED and say so in capabilities', async () => {
    const { core } = testCore('browser');
    expect(await ok(core, 'host.capabilities')).toEqual({
      nativeDialogs: false,
      printToPdf: false,
      revealInFolder: false,
    });
    expect((await fails(core, 'host.showOpenCaseDialog')).code).toBe('NOT_SUPPORTED');
  });
});
