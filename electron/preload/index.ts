// Sandboxed preload: bundled by build/esbuild.mjs into one CommonJS file
// (dist/electron/preload.cjs) whose only runtime require is 'electron'.
// Exposes exactly one thing to the page: window.wenmi = { invoke }.
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../../shared/api';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'wenmi',
  createBridge((channel, payload) => ipcRenderer.invoke(channel, payload), METHOD_NAMES),
);
