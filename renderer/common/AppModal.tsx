import { Modal, type ModalProps } from '@mantine/core';
import { useSession } from '../app/session';

/**
 * A dialog of the signed-in app. Dialogs live in a portal outside the hidden shell, so a
 * locked screen closes them: nothing shows above the lock screen and its Tab key stays its own.
 */
export function AppModal({ opened, ...props }: ModalProps) {
  const { status } = useSession();
  return <Modal opened={opened && !status.locked} {...props} />;
}
