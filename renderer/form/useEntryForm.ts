import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import type { ApiError, Result } from '../../shared/api';
import { entryFields, isPlainEnter, isSaveChord, ownsEscape } from './entry-keys';
import type { FieldErrors } from './field-errors';

interface EntryFormOptions<V extends object, T> {
  initial: V;
  /** Client-side check, normally schemaErrors(API[method].input, …) plus rules only the form knows. */
  check: (values: V) => FieldErrors;
  submit: (values: V) => Promise<Result<T>>;
  onSaved: (saved: T, values: V) => void;
  /** Esc; forms with nothing to go back to (login, first run) leave it out. */
  onCancel?: () => void;
  /** Enter in the last field submits (login, search filters) instead of going to the 保存 button. */
  lastEnterSubmits?: boolean;
  /** Login and unlock: LOCKED / UNAUTHENTICATED are about the password typed here, not a lost session. */
  passwordForm?: boolean;
}

const SESSION_LOST: Partial<Record<ApiError['code'], string>> = {
  LOCKED: '屏幕已锁定，这次没有保存。解锁后请再保存一次。',
  UNAUTHENTICATED: '登录已失效，这次没有保存。',
};

type FocusRequest = { target: 'first' | 'error' } | null;

/**
 * State, validation and the keyboard of every data-entry form: Enter to the next
 * field (Shift+Enter back), Ctrl+S to save from anywhere in the form, Esc to cancel.
 */
export function useEntryForm<V extends object, T>(options: EntryFormOptions<V, T>) {
  const { check, submit, onSaved, onCancel, lastEnterSubmits, passwordForm } = options;
  const [values, setValues] = useState<V>(options.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState<FocusRequest>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Set in the handler itself: a second Ctrl+S before the next render must not save twice.
  const inFlight = useRef(false);

  useEffect(() => {
    const form = formRef.current;
    if (!focusRequest || !form) return;
    const target =
      focusRequest.target === 'error'
        ? form.querySelector<HTMLElement>('[aria-invalid="true"]')
        : (entryFields(form)[0] ?? null);
    target?.focus();
  }, [focusRequest]);

  const set = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => {
      if (!((key as string) in e)) return e;
      const { [key as string]: _dropped, ...rest } = e;
      return rest;
    });
  }, []);

  const reset = useCallback((next: V) => {
    setValues(next);
    setErrors({});
    setGeneralError(null);
  }, []);

  // Stable, so a form can focus its first field from an effect without doing it on every render.
  const focusFirst = useCallback(() => setFocusRequest({ target: 'first' }), []);

  const showRefusal = (error: ApiError) => {
    const onFields: FieldErrors = {};
    for (const [path, message] of Object.entries(error.fields ?? {})) {
      if (path in values) onFields[path] = message;
    }
    setErrors(onFields);
    const sessionNote = passwordForm ? undefined : SESSION_LOST[error.code];
    // A validation refusal already shows under its fields; anything else needs its sentence.
    const needsSentence = Object.keys(onFields).length === 0 || error.code !== 'VALIDATION';
    setGeneralError(sessionNote ?? (needsSentence ? error.message : null));
    if (Object.keys(onFields).length > 0) setFocusRequest({ target: 'error' });
  };

  const save = async () => {
    if (inFlight.current) return;
    const found = check(values);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setGeneralError(found._ ?? null);
      setFocusRequest({ target: 'error' });
      return;
    }
    inFlight.current = true;
    setSaving(true);
    const result = await submit(values);
    inFlight.current = false;
    setSaving(false);
    if (result.ok) {
      setErrors({});
      setGeneralError(null);
      onSaved(result.value, values);
    } else {
      showRefusal(result.error);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (isSaveChord(event)) {
      event.preventDefault();
      void save();
      return;
    }
    if (event.key === 'Escape') {
      if (!onCancel || ownsEscape(target)) return;
      event.preventDefault();
      onCancel();
      return;
    }
    if (!isPlainEnter(event) || target.tagName === 'BUTTON' || target.tagName === 'TEXTAREA') return;
    // Also when a dropdown has just taken this Enter to pick its option: picking and moving on is one keystroke.
    event.preventDefault();
    const form = event.currentTarget;
    const fields = entryFields(form);
    const index = fields.indexOf(target);
    if (index < 0) return;
    const next = fields[index + (event.shiftKey ? -1 : 1)];
    if (!next) {
      if (event.shiftKey) return;
      if (lastEnterSubmits) void save();
      else form.querySelector<HTMLElement>('button[type="submit"]')?.focus();
      return;
    }
    // At once: a fast typist's next characters must land in the next field, not this one.
    next.focus();
    // A dropdown that has just picked an option may pull the focus back while it closes.
    requestAnimationFrame(() => {
      if (document.activeElement === target) next.focus();
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  /** value/onChange/error for a TextInput or PasswordInput bound to a string field. */
  const text = <K extends keyof V>(key: K) => ({
    value: values[key] as string,
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(key, e.currentTarget.value as V[K]),
    error: errors[key as string],
  });

  return {
    values,
    errors,
    generalError,
    saving,
    set,
    text,
    reset,
    focusFirst,
    formProps: { ref: formRef, onKeyDown, onSubmit, noValidate: true },
  };
}
