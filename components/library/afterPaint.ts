/**
 * Resolves once the browser has painted what was just rendered (the frame after the next), or after 100 ms where
 * frames do not run (a hidden tab): the library's first screen is drawn before the rest of the data is read and
 * decoded on the same thread.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
