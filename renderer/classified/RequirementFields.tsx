import { SimpleGrid } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { DateField } from '../common/DateField';
import { ListField } from '../form/ListField';
import type { Requirement } from './register-values';

const REQUIREMENTS: { value: Requirement; label: string }[] = [
  { value: 'keep', label: '留存' },
  { value: 'surrender', label: '清退发文机关' },
];

interface Props {
  requirement: Requirement;
  returnBy: string;
  onRequirement: (r: Requirement) => void;
  onReturnBy: (text: string) => void;
  error?: string;
}

/** 清退要求: kept, or returned to the issuer by a date (such copies can never be destroyed here). */
export function RequirementFields({ requirement, returnBy, onRequirement, onReturnBy, error }: Props) {
  // Enter on 清退要求 picks and moves on before 清退期限 appears: bring the cursor back to it.
  const choiceBox = useRef<HTMLDivElement>(null);
  const dateBox = useRef<HTMLDivElement>(null);
  const shown = useRef(requirement);
  useEffect(() => {
    if (shown.current === requirement) return;
    shown.current = requirement;
    if (requirement === 'surrender' && !choiceBox.current?.contains(document.activeElement)) dateBox.current?.querySelector('input')?.focus();
  }, [requirement]);

  return (
    <SimpleGrid cols={2} spacing="xs" verticalSpacing={8}>
      <ListField label="清退要求" data={REQUIREMENTS} value={requirement} onChange={onRequirement} boxRef={choiceBox} />
      <div ref={dateBox}>{requirement === 'surrender' && <DateField label="清退期限" value={returnBy} onChange={onReturnBy} error={error} />}</div>
    </SimpleGrid>
  );
}
