import { Stack, Title } from '@mantine/core';
import type { FormEventHandler, KeyboardEventHandler, ReactNode, RefObject } from 'react';
import { FormActions } from '../../form/FormActions';

interface Props {
  /** The form's accessible name and heading, e.g. 拟办. */
  title: string;
  /** What the heading says about the subject, e.g. the unit urged. */
  subtitle?: string;
  formProps: {
    ref: RefObject<HTMLFormElement | null>;
    onKeyDown: KeyboardEventHandler<HTMLFormElement>;
    onSubmit: FormEventHandler<HTMLFormElement>;
    noValidate: boolean;
  };
  generalError: string | null;
  saving: boolean;
  submitLabel: string;
  onCancel: () => void;
  children: ReactNode;
}

/** The frame of one workflow step in the record panel: heading, fields, 保存/取消 with the keys that work. */
export function ActionForm({ title, subtitle, formProps, generalError, saving, submitLabel, onCancel, children }: Props) {
  return (
    <form {...formProps} aria-label={title} className="action-form">
      <Stack gap={8}>
        <Title order={4} size="h6">
          {title}
          {subtitle ? `：${subtitle}` : ''}
        </Title>
        {children}
        <FormActions
          generalError={generalError}
          saving={saving}
          submitLabel={submitLabel}
          onCancel={onCancel}
          keysHint="Enter 下一项 · Ctrl+S 保存 · Esc 取消"
        />
      </Stack>
    </form>
  );
}
