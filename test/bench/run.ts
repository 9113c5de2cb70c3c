import { runAll } from './harness';
import { mainProcessMemory } from './memory.bench';
import { singleMutation } from './mutation.bench';
import { writePathBenchmarks } from './write-path.bench';

// Targets from the issues; `npm run bench` fails loudly when one is missed.
await runAll([...writePathBenchmarks(), singleMutation, mainProcessMemory]);
