/**
 * `npm run bench [-- figures|figures-texts|figures-chromium|capture|large|cwced|chromium-capture|cli|size|exports|
 * library|library-compare|library-export-compare|popup]`: speed of the figures engine (on generated and real
 * texts, in Node and in headless Chromium), of the capture pipeline (per MB of generated pages, and against
 * Readability on each CWCED page, in jsdom and in headless Chromium), of the command line's cold start (what a
 * shell loop over many files pays per call), the built extension's size, and the popup's time to show the sample
 * article in headless Chromium.
 */
import { runSections } from './sections';

process.exitCode = await runSections(
  [
    {
      name: 'figures',
      title: 'Figures engine',
      module: new URL('./figures.ts', import.meta.url),
      exportName: 'runFiguresBench',
    },
    {
      name: 'figures-texts',
      title: 'Figures engine on real article texts (FIGURES_BASE=<checkout> to compare, interleaved)',
      module: new URL('./figuresCompare.ts', import.meta.url),
      exportName: 'runFiguresTextsBench',
    },
    {
      name: 'figures-chromium',
      title: 'Figures engine in headless Chromium: load, first call, warm (FIGURES_BASE=<checkout> to compare)',
      module: new URL('./figuresChromium.ts', import.meta.url),
      exportName: 'runFiguresChromiumBench',
    },
    {
      name: 'capture',
      title: 'Capture pipeline',
      module: new URL('./capture.ts', import.meta.url),
      exportName: 'runCaptureBench',
    },
    {
      name: 'large',
      title: 'Capture time per MB (generated pages)',
      module: new URL('./large.ts', import.meta.url),
      exportName: 'runLargeBench',
    },
    {
      name: 'cwced',
      title: 'Capture vs Readability per CWCED page',
      module: new URL('./cwcedRatio.ts', import.meta.url),
      exportName: 'runCwcedRatioBench',
    },
    {
      name: 'chromium-capture',
      title: 'Capture vs Readability per page in headless Chromium (CWCED and fixture pages)',
      module: new URL('./chromiumCapture.ts', import.meta.url),
      exportName: 'runChromiumCaptureBench',
    },
    {
      name: 'cli',
      title: 'Command line start-up (tsx vs prebuilt)',
      module: new URL('./cli.ts', import.meta.url),
      exportName: 'runCliBench',
    },
    {
      name: 'size',
      title: 'Extension size (built)',
      module: new URL('./size.ts', import.meta.url),
      exportName: 'runSizeBench',
    },
    {
      name: 'exports',
      title: 'Library exports: zip of 1,000 captures, figures table of 100,000 rows',
      module: new URL('./libraryExports.ts', import.meta.url),
      exportName: 'runLibraryExportsBench',
    },
    {
      name: 'library',
      title: 'Library at 10,000 captures (headless Chromium, built extension)',
      module: new URL('./library.ts', import.meta.url),
      exportName: 'runLibraryBench',
    },
    {
      name: 'library-compare',
      title: 'Library: two builds interleaved (LIBRARY_COMPARE=DIR_A,DIR_B), first screen and search',
      module: new URL('./libraryCompare.ts', import.meta.url),
      exportName: 'runLibraryCompareBench',
    },
    {
      name: 'library-export-compare',
      title: 'Library: zip export of 1,000 captures, two builds interleaved (LIBRARY_COMPARE=DIR_A,DIR_B)',
      module: new URL('./libraryExportCompare.ts', import.meta.url),
      exportName: 'runLibraryExportCompareBench',
    },
    {
      name: 'library-figures-compare',
      title: 'Library: the 数字 tab of two builds interleaved (LIBRARY_COMPARE=DIR_A,DIR_B)',
      module: new URL('./libraryFiguresCompare.ts', import.meta.url),
      exportName: 'runLibraryFiguresCompareBench',
    },
    {
      name: 'popup',
      title: 'Popup in headless Chromium (built extension)',
      module: new URL('./popup.ts', import.meta.url),
      exportName: 'runPopupBench',
    },
  ],
  process.argv.slice(2),
);
