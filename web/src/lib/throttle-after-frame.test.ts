import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { throttleAfterFrame, type FrameScheduling } from './throttle-after-frame.ts';

/** A clock, frames and timers driven by the test: `advance` moves time and fires what is due, a frame first. */
function fakeScheduling() {
  let time = 0;
  let frameCallbacks: (() => void)[] = [];
  let timers: { at: number; callback: () => void; id: number }[] = [];
  let nextId = 0;
  const scheduling: FrameScheduling = {
    now: () => time,
    afterNextFrame: (callback) => void frameCallbacks.push(callback),
    setTimer: (callback, ms) => {
      timers.push({ at: time + ms, callback, id: ++nextId });
      return nextId;
    },
    clearTimer: (id) => void (timers = timers.filter((timer) => timer.id !== id)),
  };
  const frame = () => {
    const due = frameCallbacks;
    frameCallbacks = [];
    due.forEach((callback) => callback());
  };
  const advance = (ms: number) => {
    const end = time + ms;
    for (;;) {
      const next = timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      time = next.at;
      timers = timers.filter((timer) => timer !== next);
      next.callback();
    }
    time = end;
  };
  return { scheduling, frame, advance, frameRequests: () => frameCallbacks.length };
}

describe('throttleAfterFrame', () => {
  it('runs after the frame that follows the first change, not in the change itself', () => {
    const fake = fakeScheduling();
    const runs: number[] = [];
    const throttle = throttleAfterFrame(() => runs.push(fake.scheduling.now()), 500, fake.scheduling);
    throttle.changed();
    assert.deepEqual(runs, []);
    fake.advance(16);
    fake.frame();
    assert.deepEqual(runs, [16]);
  });

  it('while typing goes on, runs at most every interval and only just after a frame; once more when typing stops', () => {
    const fake = fakeScheduling();
    const runs: number[] = [];
    const throttle = throttleAfterFrame(() => runs.push(fake.scheduling.now()), 500, fake.scheduling);
    // A key every 150 ms, each followed 20 ms later by its frame.
    for (let key = 0; key < 10; key += 1) {
      throttle.changed();
      throttle.changed(); // several changes in one key ask for one frame
      assert.equal(fake.frameRequests(), 1);
      fake.advance(20);
      fake.frame();
      fake.advance(130);
    }
    // Keys at 0, 150, …, 1350; runs after the frames at 20, 620 (≥ 500 ms after 20) and 1220, then 500 ms after the last key.
    assert.deepEqual(runs, [20, 620, 1220]);
    fake.advance(349);
    assert.deepEqual(runs, [20, 620, 1220]);
    fake.advance(1);
    assert.deepEqual(runs, [20, 620, 1220, 1850]);
    fake.advance(5000);
    assert.equal(runs.length, 4, 'nothing changed since: no further run');
  });

  it('runs on the quiet timer when no frame comes (a hidden tab draws none)', () => {
    const fake = fakeScheduling();
    let runs = 0;
    const throttle = throttleAfterFrame(() => (runs += 1), 500, fake.scheduling);
    throttle.changed();
    fake.advance(499);
    assert.equal(runs, 0);
    fake.advance(1);
    assert.equal(runs, 1);
    fake.frame();
    assert.equal(runs, 1, 'the late frame finds nothing left to show');
  });

  it('does nothing once cancelled', () => {
    const fake = fakeScheduling();
    let runs = 0;
    const throttle = throttleAfterFrame(() => (runs += 1), 500, fake.scheduling);
    throttle.changed();
    throttle.cancel();
    fake.frame();
    fake.advance(1000);
    assert.equal(runs, 0);
  });
});
