/**
 * Setup for every unit test file. Preact runs effects after paint through a 100 ms timer that then calls
 * cancelAnimationFrame; in a jsdom file the last such timer could fire after the file ended, when jsdom's
 * globals are gone ("cancelAnimationFrame is not defined", an unhandled error that fails the run). A jsdom
 * file waits for them before it ends.
 */
import { afterAll } from 'vitest';

afterAll(async () => {
  if (typeof document !== 'undefined') await new Promise((resolve) => setTimeout(resolve, 120));
});
