// Prints the longest compilation units of a cargo build from its `--timings` report.
//
//   node scripts/timings.mjs <cargo-timing.html> [N]
//
// The report embeds its units as `const UNIT_DATA = [...]`; each has the crate's name, version,
// target, mode and duration in seconds. Prints the N longest (default 12) and the total.
import { readFileSync } from 'node:fs';

const [file, count = '12'] = process.argv.slice(2);
if (!file) {
	console.error('usage: node scripts/timings.mjs <cargo-timing.html> [N]');
	process.exit(2);
}
const html = readFileSync(file, 'utf8');
const match = html.match(/const UNIT_DATA = (\[.*?\]);\n/s);
if (!match) {
	console.error(`no UNIT_DATA in ${file}`);
	process.exit(1);
}
// Units that were fresh (not compiled) have no duration.
const units = JSON.parse(match[1]).filter((u) => u.duration > 0);
const total = units.reduce((sum, u) => sum + u.duration, 0);
const wall = Math.max(0, ...units.map((u) => u.start + u.duration));
console.log(
	`${units.length} units compiled, ${total.toFixed(0)} s of compilation in ${wall.toFixed(0)} s; the longest:`,
);
// `target` is empty for a library, else e.g. ` build script (run)` or ` "lib" (test)`.
const describe = (u) => `${u.name} ${u.version}${u.target ?? ''}`;
for (const u of [...units].sort((a, b) => b.duration - a.duration).slice(0, Number(count))) {
	console.log(`  ${u.duration.toFixed(1).padStart(7)} s  ${describe(u)}`);
}
