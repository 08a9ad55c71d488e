/**
 * Chrome draws a popup at most 800×600 device-independent px; under browser zoom a CSS px is bigger,
 * so at 125 % the popup has 640×480 CSS px and at 150 % only 533×400. The popup asks for 760×580 and,
 * when the browser gave it less, takes exactly what it got: no cut-off controls, no page scrollbars.
 */
const WANTED = { width: 760, height: 580 };
/** Below this the window is still opening (Chrome starts a popup tiny): not a size to fit to. */
const MIN = { width: 320, height: 240 };

export function fitPopupToWindow(root: HTMLElement = document.documentElement): () => void {
  const fitNow = () => {
    const { innerWidth: width, innerHeight: height } = window;
    if (width < MIN.width || height < MIN.height) return;
    root.style.setProperty('--cc-popup-w', `${Math.min(WANTED.width, width)}px`);
    root.style.setProperty('--cc-popup-h', `${Math.min(WANTED.height, height)}px`);
  };
  fitNow();
  addEventListener('resize', fitNow);
  return () => removeEventListener('resize', fitNow);
}
