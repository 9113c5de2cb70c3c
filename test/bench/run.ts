import { backupBenchmarks } from './backup.bench';
import { runAll } from './harness';
import { importBenchmarks } from './import.bench';
import { incomingBenchmarks } from './incoming.bench';
import { mainProcessMemory } from './memory.bench';
import { outgoingBenchmarks } from './outgoing.bench';
import { singleMutation } from './mutation.bench';
import { syncBenchmarks } from './sync.bench';
import { writePathBenchmarks } from './write-path.bench';

// Targets from the issues; `npm run bench` fails loudly when one is missed.
// WENMI_BENCH_RECORDS=100000 npm run bench gives a quicker, smaller run of the 收文 and 发文 figures.
await runAll([...writePathBenchmarks(), singleMutation, mainProcessMemory, ...incomingBenchmarks(), ...outgoingBenchmarks(), ...syncBenchmarks(), ...backupBenchmarks(), ...importBenchmarks()]);
