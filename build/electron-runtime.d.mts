// Types for build/electron-runtime.mjs (used by the unit tests).
export declare const MISSING_RUNTIME_MESSAGE: string;

export declare function platformExecutable(platform?: string): string;

export interface LocatedRuntime {
  /** Absolute path of the Electron executable, or null if it is missing. */
  executable: string | null;
  /** The path that was checked (null if there was nothing to check). */
  candidate: string | null;
  source: 'override' | 'package';
}

export declare function locateElectronRuntime(options: {
  electronDir: string;
  env?: NodeJS.ProcessEnv;
  platform?: string;
}): LocatedRuntime;

export declare function tryInstallElectron(options: {
  electronDir: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}): boolean;

export declare function runElectron(options: {
  executable: string;
  appDir: string;
  args?: readonly string[];
  env?: NodeJS.ProcessEnv;
}): Promise<number>;
