import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/platform/i18n';

interface Props {
  note: string;
  onSave: (note: string) => Promise<void>;
}

/** The capture's note: saved when the field is left, or a second after typing stops. */
export function NoteEditor({ note, onSave }: Props) {
  const [draft, setDraft] = useState(note);
  const [status, setStatus] = useState<'' | 'saving' | 'saved' | 'failed'>('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dirty = useRef(false);

  // Another tab (or a re-capture) changed the note: show it unless the user is typing here.
  useEffect(() => {
    if (!dirty.current) setDraft(note);
  }, [note]);

  const save = async (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    dirty.current = false;
    setStatus('saving');
    try {
      await onSave(value);
      setStatus('saved');
    } catch {
      setStatus('failed');
      dirty.current = true;
    }
  };

  return (
    <div class="cc-lib-note">
      <label class="cc-lib-field-label" for="cc-lib-note">
        {t('libNote')}
      </label>
      <textarea
        id="cc-lib-note"
        rows={3}
        value={draft}
        placeholder={t('libNotePlaceholder')}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLTextAreaElement).value;
          setDraft(value);
          dirty.current = true;
          setStatus('');
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(value), 1000);
        }}
        onBlur={() => void save(draft)}
      />
      <span class="cc-lib-note-status" role="status">
        {status === 'saving'
          ? t('saving')
          : status === 'saved'
            ? t('libNoteSaved')
            : status === 'failed'
              ? t('libNoteFailed')
              : ''}
      </span>
    </div>
  );
}
