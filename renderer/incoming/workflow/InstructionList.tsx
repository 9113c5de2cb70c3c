import { Stack, Text } from '@mantine/core';
import type { Instruction } from '../../../shared/incoming/api';

/** 领导批示, in the order signed; a 补签 after 先行交办 is marked as such. */
export function InstructionList({ instructions }: { instructions: readonly Instruction[] }) {
  if (instructions.length === 0) return null;
  return (
    <section aria-label="领导批示" className="record-section">
      <Text className="record-section-title">领导批示</Text>
      <Stack gap={6}>
        {instructions.map((i) => (
          <div key={i.id} className="instruction">
            <Text size="sm" fw={600}>
              {i.leaderName}
              <Text span size="sm" c="dimmed" fw={400} ml={6}>
                {i.date}
              </Text>
              {i.late && <span className="mark mark-plain instruction-late">补签</span>}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {i.text}
            </Text>
          </div>
        ))}
      </Stack>
    </section>
  );
}
