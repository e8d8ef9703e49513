// Times the engine's benchmark scenarios in the release wasm build (see
// xtask/engine-bench). Run by `cargo xtask bench`: node bench-runner.js WASM RUNS [FILES]
// With FILES, it also writes the workshop scenario's 500 files there (a JSON array of
// [name, contents]) for the browser bench.
"use strict";

const fs = require("fs");
const { performance } = require("perf_hooks");

const WARMUP_RUNS = 5;

async function main() {
  const [wasmPath, runsText, filesPath] = process.argv.slice(2);
  const runs = Math.max(1, Number(runsText) || 50);
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {});
  const engine = instance.exports;
  const names = new TextDecoder().decode(
    new Uint8Array(engine.memory.buffer, engine.scenario_names(), engine.scenario_names_len())
  );
  if (filesPath) {
    const length = engine.workshop_files_len();
    const bytes = new Uint8Array(engine.memory.buffer, engine.workshop_files(), length);
    fs.writeFileSync(filesPath, bytes);
  }
  const results = [];
  for (const [id, line] of names.split("\n").entries()) {
    const [name, target] = line.split("\t");
    if (engine.prepare(id) !== 0) {
      throw new Error(`scenario ${name} could not be prepared`);
    }
    const memoryBefore = engine.memory.buffer.byteLength;
    let checksum = 0;
    for (let i = 0; i < WARMUP_RUNS; i += 1) {
      checksum = engine.run();
    }
    const times = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      const result = engine.run();
      times.push(performance.now() - started);
      if (result !== checksum) {
        throw new Error(`scenario ${name} gave ${result}, then ${checksum}: not deterministic`);
      }
    }
    times.sort((a, b) => a - b);
    results.push({
      name,
      targetMs: Number(target) || 0,
      runs,
      bestMs: times[0],
      medianMs: times[Math.floor(times.length / 2)],
      worstMs: times[times.length - 1],
      memoryGrowthBytes: engine.memory.buffer.byteLength - memoryBefore,
      memoryBytes: engine.memory.buffer.byteLength,
      checksum,
    });
  }
  process.stdout.write(JSON.stringify(results) + "\n");
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
