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
  const line = () => [...finished].map(([name, s]) => `${name} ${s.toFixed(0)} s`).join(', ');
  return {
    start({ startTime }) {
      start = startTime ?? start;
    },
    // Shown under the progress bars, so it is the last thing printed when the run ends.
    getTestProgress({ sessions }) {
      track(sessions);
      return finished.size ? [`Finished per engine: ${line()}`] : [];
    },
  };
}
