import { createTheme } from '@mantine/core';

const CJK_SANS = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif';

// A ledger, not a dashboard: one quiet primary colour, nothing under 14 px (some users are near retirement).
export const theme = createTheme({
  fontFamily: CJK_SANS,
  fontFamilyMonospace: 'Consolas, "Noto Sans Mono CJK SC", monospace',
  headings: { fontFamily: CJK_SANS, fontWeight: '600' },
  fontSizes: { xs: '14px', sm: '14px', md: '15px', lg: '17px', xl: '20px' },
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
});
