import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Relative base: Electron loads the renderer from file://, the browser host from http://127.0.0.1.
export default defineConfig({
  root: fileURLToPath(new URL('../renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Loaded from the local disk, never over a network: one bundle (pinyin dictionary included) is fine.
    chunkSizeWarningLimit: 1500,
  },
});
