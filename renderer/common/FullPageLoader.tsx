import { Center, Loader } from '@mantine/core';

export function FullPageLoader() {
  return (
    <Center h="100vh">
      <Loader aria-label="正在载入" />
    </Center>
  );
}
