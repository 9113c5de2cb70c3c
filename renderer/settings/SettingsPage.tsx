import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '../app/session';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { useQuery } from '../common/useQuery';
import { Announcement } from '../form/Announcement';
import { SettingsForm } from './SettingsForm';

export function SettingsPage() {
  const { refresh } = useSession();
  const settings = useQuery('settings.get', {});
  const [announcement, setAnnouncement] = useState<string | null>(null);

  return (
    <Page title="设置">
      <Stack gap="xs" style={{ overflowY: 'auto' }}>
        <Announcement text={announcement} />
        {settings.error && <LoadError message={settings.error} onRetry={settings.reload} />}
        {settings.data && (
          <SettingsForm
            key={JSON.stringify(settings.data)}
            settings={settings.data}
            onSaved={() => {
              setAnnouncement('设置已保存');
              settings.reload();
              // The office name in the top bar and the idle lock come from auth.status.
              void refresh();
            }}
          />
        )}
      </Stack>
    </Page>
  );
}
