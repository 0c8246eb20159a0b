import type { Page } from 'playwright-core';

/**
 * What is measured inside the page, with the page's own clock:
 * - key to frame: from the keydown event's timestamp (when the browser took the key)
 *   to just after the next frame that has the typed character in the DOM — a task
 *   posted from that frame's requestAnimationFrame runs once the frame is rendered;
 * - long tasks (> 50 ms) while typing, which a later key would wait behind.
 */
declare global {
  interface Window {
    benchKeys?: { latencies: number[]; missed: number; longTasks: number[] };
  }
}

/** Installs the key-to-frame probe on the page (once per page). */
export async function installKeyProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = { latencies: [] as number[], missed: 0, longTasks: [] as number[] };
    window.benchKeys = probe;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    document.addEventListener(
      'keydown',
      (event) => {
        const key = event.key;
        const pressedAt = event.timeStamp;
        // The paragraph at the cursor (not the whole editor: its text is 200,000 characters).
        const blockLength = () => {
          const node = document.getSelection()?.anchorNode;
          const el = node instanceof Element ? node : node?.parentElement;
          return el?.closest('p, h2, h3, li')?.textContent?.length ?? 0;
        };
        const before = blockLength();
        const afterFrame = () => {
          // The frame shows the key when the paragraph's text grew; else wait for the next frame.
          const grown = blockLength() > before;
          if (!grown && performance.now() - pressedAt < 1000) {
            requestAnimationFrame(afterFrame);
            return;
          }
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            if (grown) probe.latencies.push(performance.now() - pressedAt);
            else probe.missed += 1;
          };
          channel.port2.postMessage(key);
        };
        requestAnimationFrame(afterFrame);
      },
      true,
    );
  });
}

const TYPED = 'und die lage bleibt angespannt ';

/**
 * Types `count` keys at the cursor: bursts of ten at 60 ms (a fast typist), then a
 * pause of 700 ms, so the editor's debounced work (checks, word count, autosave) runs
 * between bursts and the keys after it are measured too.
 */
export async function typeKeys(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const ch = TYPED[i % TYPED.length]!;
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    await page.waitForTimeout(i % 10 === 9 ? 700 : 60);
  }
  await page.waitForTimeout(1200);
}

export async function readKeyProbe(page: Page): Promise<{ latencies: number[]; missed: number; longTasks: number[] }> {
  return page.evaluate(() => window.benchKeys ?? { latencies: [], missed: 0, longTasks: [] });
}
