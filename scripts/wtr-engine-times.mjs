// A Web Test Runner reporter that prints, once the run ends, when each engine finished its last test
// file (seconds from the start): the browser suite runs in three engines side by side, and the
// README's time budget is about the slowest one.
export function engineTimesReporter() {
  let start = Date.now();
  const finished = new Map();
  const track = (sessions) => {
    const byEngine = new Map();
    for (const s of sessions) {
      const name = s.browser.name;
      byEngine.set(name, (byEngine.get(name) ?? true) && s.status === 'FINISHED');
    }
    for (const [name, done] of byEngine) if (done && !finished.has(name)) finished.set(name, (Date.now() - start) / 1000);
  };
  // WTR_FILE_TIMES=1: also the slowest test files per engine (sum of their tests' durations).
  const fileTimes = (sessions) => {
    const total = (suite) => (suite?.tests ?? []).reduce((t, x) => t + (x.duration ?? 0), 0) + (suite?.suites ?? []).reduce((t, x) => t + total(x), 0);
    const per = new Map();
    for (const s of sessions) {
      const list = per.get(s.browser.name) ?? [];
      list.push([s.testFile.replace(/.*test\/browser\//, ''), total(s.testResults) / 1000]);
      per.set(s.browser.name, list);
    }
    return [...per].map(([name, list]) => `${name}: ${list.sort((a, b) => b[1] - a[1]).slice(0, 8).map(([f, t]) => `${f} ${t.toFixed(0)} s`).join(', ')}`);
  };
  const line = () => [...finished].map(([name, s]) => `${name} ${s.toFixed(0)} s`).join(', ');
  return {
    start({ startTime }) {
      start = startTime ?? start;
    },
    // Shown under the progress bars, so it is the last thing printed when the run ends.
    getTestProgress({ sessions }) {
      track(sessions);
      const detail = process.env.WTR_FILE_TIMES && finished.size === new Set(sessions.map((x) => x.browser.name)).size ? fileTimes(sessions) : [];
      return finished.size ? [`Finished per engine: ${line()}`, ...detail] : [];
    },
  };
}
