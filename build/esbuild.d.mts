// Types for build/esbuild.mjs (used by the unit tests).
import type { BuildOptions } from 'esbuild';

export declare const bundles: Record<'main' | 'preload' | 'host', BuildOptions>;
