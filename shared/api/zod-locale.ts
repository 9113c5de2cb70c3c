import { z } from 'zod';

// Messages zod writes itself (a wrong type deep in a payload) come out in Chinese too.
z.config(z.locales.zhCN());
