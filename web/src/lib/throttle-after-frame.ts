/**
 * Runs `run` at most every `intervalMs` while changes come in, and once more when they have stopped for as long.
 * While changes come in, a run starts only just after the frame that follows a change has been drawn: the moment
 * furthest from the next key press. A run started by a timer lands wherever the keys happen to be, and with steady
 * typing in the same place every time: its render, and the layout it leaves for the next frame, then delay a key press.
 */
export type FrameScheduling = {
  now: () => number;
  afterNextFrame: (callback: () => void) => void;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
};

const browserScheduling: FrameScheduling = {
  now: () => performance.now(),
  // A task queued from the frame's animation callbacks runs once that frame has been drawn.
  afterNextFrame: (callback) => requestAnimationFrame(() => setTimeout(callback)),
  setTimer: (callback, ms) => setTimeout(callback, ms),
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

export function throttleAfterFrame(
  run: () => void,
  intervalMs: number,
  scheduling: FrameScheduling = browserScheduling,
): { changed: () => void; cancel: () => void } {
  const { now, afterNextFrame, setTimer, clearTimer } = scheduling;
  let lastRun = -Infinity;
  let lastChange = 0;
  let pending = false;
  let frameAsked = false;
  let quietTimer: unknown;
  let cancelled = false;
  const runNow = () => {
    pending = false;
    lastRun = now();
    run();
  };
  const afterFrame = () => {
    frameAsked = false;
    if (!cancelled && pending && now() - lastRun >= intervalMs) runNow();
  };
  // One timer for the quiet period, re-armed by itself rather than on every change.
  const whenQuiet = () => {
    quietTimer = undefined;
    if (cancelled || !pending) return;
    const quiet = now() - lastChange;
    if (quiet < intervalMs) quietTimer = setTimer(whenQuiet, intervalMs - quiet);
    else runNow();
  };
  return {
    changed: () => {
      pending = true;
      lastChange = now();
      quietTimer ??= setTimer(whenQuiet, intervalMs);
      if (!frameAsked) {
        frameAsked = true;
        afterNextFrame(afterFrame);
      }
    },
    cancel: () => {
      cancelled = true;
      if (quietTimer !== undefined) clearTimer(quietTimer);
    },
  };
}
