/** The end-to-end tests drive Chromium through the same tool the popup bench and the screenshots use. */
export * from '../../scripts/browser';
