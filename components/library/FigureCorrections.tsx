import { useState } from 'preact/hooks';
import type { Figure, FigureEdit } from '@/utils/types';
import { figureKey } from '@/utils/types';
import { formatFigureValue } from '@/utils/display/formatFigure';
import { t } from '@/utils/platform/i18n';

type Correction = NonNullable<FigureEdit['corrected']>;

interface FormProps {
  figure: Figure;
  current: Correction | undefined;
  onSave: (corrected: Correction | undefined) => void;
  onCancel: () => void;
}

/** Correct one figure's value, unit or label; the figure as extracted is shown beside it and kept. */
export function CorrectionForm({ figure, current, onSave, onCancel }: FormProps) {
  const [value, setValue] = useState(String(current?.value ?? figure.value ?? ''));
  const [unit, setUnit] = useState(current?.unit ?? figure.unit);
  const [label, setLabel] = useState(current?.label ?? figure.label ?? '');
  const number = value.trim() === '' ? null : Number(value);
  const valid = number === null || Number.isFinite(number);
  return (
    <form
      class="cc-lib-correct"
      aria-label={t('figureCorrect')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        const corrected: Correction = {};
        if (number !== figure.value) corrected.value = number;
        if (unit !== figure.unit) corrected.unit = unit;
        if (label !== (figure.label ?? '')) corrected.label = label;
        onSave(Object.keys(corrected).length ? corrected : undefined);
      }}
    >
      <p class="cc-lib-correct-original">
        {t('libOriginal')}
        <strong>{figure.text}</strong> = {formatFigureValue(figure)}
        {figure.label ? ` · ${figure.label}` : ''}
      </p>
      <label>
        {t('libValue')}
        <input type="text" inputMode="decimal" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      </label>
      <label>
        {t('libUnit')}
        <input type="text" value={unit} onInput={(e) => setUnit(e.currentTarget.value)} />
      </label>
      <label>
        {t('libLabel')}
        <input type="text" value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
      </label>
      {!valid && <p role="alert">{t('libValueInvalid')}</p>}
      <span class="cc-lib-correct-actions">
        <button type="submit" class="cc-btn cc-btn-primary">
          {t('libSaveCorrection')}
        </button>
        <button type="button" class="cc-btn" onClick={onCancel}>
          {t('libCancel')}
        </button>
      </span>
    </form>
  );
}

interface ListProps {
  figures: readonly Figure[];
  edits: readonly FigureEdit[];
  onRevert: (figure: Figure) => void;
}

/** Every corrected figure: what the article said, what the user made of it, and a way back. */
export function CorrectionList({ figures, edits, onRevert }: ListProps) {
  const byKey = new Map(figures.map((figure) => [figureKey(figure), figure]));
  const corrected = edits.filter((edit) => edit.corrected && byKey.has(edit.key));
  if (!corrected.length) return null;
  return (
    <section class="cc-lib-corrections" aria-label={t('libCorrections')}>
      <h3>{t('libCorrections')}</h3>
      <ul>
        {corrected.map((edit) => {
          const original = byKey.get(edit.key)!;
          const fixed = { ...original, ...edit.corrected };
          return (
            <li key={edit.key}>
              <span>
                {t('libOriginal')}
                <s>{formatFigureValue(original)}</s> → {formatFigureValue(fixed)}
                {fixed.label ? ` · ${fixed.label}` : ''}
              </span>
              <button type="button" class="cc-link-btn" onClick={() => onRevert(original)}>
                {t('libRevert')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
