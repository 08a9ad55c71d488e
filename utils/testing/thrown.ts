import { expect } from 'vitest';

/** The error `run` throws, checked to be a `type` (tests only: a run that throws nothing fails the test). */
export function thrownBy<E extends Error>(type: abstract new (...args: never[]) => E, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`expected a ${type.name}`);
}
