/**
 * `npm run eval [-- figures|cwced]`: quality of figure extraction on our annotated articles, and on
 * the CWCED corpus. Each evaluation prints its own report; this only runs them in order.
 */
import { runSections } from '../bench/sections';

process.exitCode = await runSections(
  [
    {
      name: 'figures',
      title: 'Figures: annotated articles',
      module: new URL('./figures.ts', import.meta.url),
      exportName: 'runFiguresEval',
    },
    {
      name: 'cwced',
      title: 'CWCED corpus',
      module: new URL('./cwced.ts', import.meta.url),
      exportName: 'runCwcedEval',
    },
    {
      name: 'figures-corpus',
      title: 'Figures on labelled 长城网-style articles',
      module: new URL('./figuresCorpus.ts', import.meta.url),
      exportName: 'runFiguresCorpusEval',
    },
  ],
  process.argv.slice(2),
);
