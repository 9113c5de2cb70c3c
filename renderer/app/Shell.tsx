import { Alert, AppShell, Box } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useEffect, useMemo } from 'react';
import { allows } from '../api/access';
import { ChangePasswordDialog } from '../auth/ChangePasswordDialog';
import { HelpDialog } from './HelpDialog';
import { landingPath } from './landing';
import { NavMenu } from './NavMenu';
import { routeOf, ROUTES } from './routes';
import { useSession } from './session';
import { TopBar } from './TopBar';
import { replacePath, useHashPath } from './useHashPath';

const HEADER_HEIGHT = 52;


/** The signed-in window: top bar, the navigation the user's roles allow, and the current screen. */
export function Shell() {
  const { user, status } = useSession();
  const path = useHashPath();
  const [helpOpen, help] = useDisclosure(false);
  const [passwordOpen, passwordDialog] = useDisclosure(false);
  const routes = useMemo(() => ROUTES.filter((r) => allows(r.access, user)), [user]);
  const current = routeOf(routes, path);

  useEffect(() => {
    if (!current && routes.length > 0) replacePath(landingPath(routes, user?.roles ?? []));
  }, [current, routes, user]);

  // Inputs included: F1 must work while typing, and Ctrl+S must never open the browser's "save page".
  useHotkeys(
    [
      ['F1', help.open],
      ['mod+S', () => undefined],
    ],
    [],
  );

  return (
    <AppShell header={{ height: HEADER_HEIGHT }} navbar={{ width: 176, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <TopBar onChangePassword={passwordDialog.open} />
      </AppShell.Header>
      <AppShell.Navbar>
        <NavMenu routes={routes} currentPath={current?.path ?? null} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Box
          style={{
            height: `calc(100vh - ${HEADER_HEIGHT}px - 2 * var(--mantine-spacing-md))`,
            display: 'flex',
            flexDirection: 'column',
            gap: 'var(--mantine-spacing-sm)',
          }}
        >
          {status.calendarWarning && (
            <Alert color="yellow" variant="light" p="xs" role="note">
              {status.calendarWarning}
            </Alert>
          )}
          <Box style={{ flex: 1, minHeight: 0 }}>{current?.render()}</Box>
        </Box>
      </AppShell.Main>
      <HelpDialog opened={helpOpen} onClose={help.close} />
      <ChangePasswordDialog opened={passwordOpen} onClose={passwordDialog.close} />
    </AppShell>
  );
}
