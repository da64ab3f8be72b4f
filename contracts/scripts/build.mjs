// Compiles the contracts with the pinned solc-js (the `solc` npm package: no compiler is
// downloaded) and writes one artifact per contract to out/<Name>.json: its ABI, creation bytecode
// and runtime bytecode, with the compiler version. `--check` compiles without writing and fails
// when a committed artifact differs from what the sources compile to (stale or edited by hand).
//
//   node scripts/build.mjs            write out/
//   node scripts/build.mjs --check    exit 1 if out/ is not what the sources compile to
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const solc = require("solc");

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "out");
// The contracts deployed on the chains, and the stand-ins the tests deploy in place of the chains'
// system contracts.
const SOURCE_DIRS = ["src", "standins"];
const SETTINGS = {
	optimizer: { enabled: true, runs: 200 },
	// Cancun: BNB Smart Chain (since its Haber upgrade), Ethereum and Polygon PoS all run it.
	evmVersion: "cancun",
	// No source file paths or IPFS hashes that differ between machines: the metadata hash covers
	// only the sources' contents, so the bytecode is the same wherever it is compiled.
	metadata: { bytecodeHash: "ipfs", useLiteralContent: false },
	outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
};

function listSources() {
	const sources = {};
	for (const dir of SOURCE_DIRS) {
		const walk = (d) => {
			for (const entry of fs.readdirSync(path.join(ROOT, d), { withFileTypes: true })) {
				const rel = `${d}/${entry.name}`;
				if (entry.isDirectory()) walk(rel);
				else if (entry.name.endsWith(".sol")) {
					sources[rel] = { content: fs.readFileSync(path.join(ROOT, rel), "utf8") };
				}
			}
		};
		walk(dir);
	}
	return sources;
}

function findImports(importPath) {
	const candidates = [path.join(ROOT, importPath), path.join(ROOT, "node_modules", importPath)];
	for (const file of candidates) {
		if (fs.existsSync(file)) return { contents: fs.readFileSync(file, "utf8") };
	}
	return { error: `not found: ${importPath}` };
}

function compile() {
	const input = { language: "Solidity", sources: listSources(), settings: SETTINGS };
	const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
	const errors = (output.errors || []).filter((e) => e.severity === "error");
	for (const e of output.errors || []) console.error(e.formattedMessage);
	if (errors.length) process.exit(1);
	const artifacts = {};
	for (const [file, contracts] of Object.entries(output.contracts)) {
		if (!SOURCE_DIRS.some((d) => file.startsWith(`${d}/`))) continue;
		for (const [name, c] of Object.entries(contracts)) {
			if (!c.evm.bytecode.object) continue; // interfaces and abstract contracts
			if (artifacts[name]) throw new Error(`two contracts named ${name}`);
			artifacts[name] = {
				contractName: name,
				sourceName: file,
				compiler: solc.version(),
				abi: c.abi,
				bytecode: `0x${c.evm.bytecode.object}`,
				deployedBytecode: `0x${c.evm.deployedBytecode.object}`,
			};
		}
	}
	return artifacts;
}

const check = process.argv.includes("--check");
const artifacts = compile();
const render = (a) => `${JSON.stringify(a, null, "\t")}\n`;
if (check) {
	const stale = [];
	for (const [name, a] of Object.entries(artifacts)) {
		const file = path.join(OUT, `${name}.json`);
		if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== render(a)) stale.push(name);
	}
	const known = new Set(Object.keys(artifacts).map((n) => `${n}.json`));
	for (const f of fs.existsSync(OUT) ? fs.readdirSync(OUT) : []) {
		if (!known.has(f)) stale.push(`${f} (no such contract)`);
	}
	if (stale.length) {
		console.error(`contracts/out is stale: ${stale.join(", ")}; run \`npm run build\` in contracts/`);
		process.exit(1);
	}
	console.log(`contracts/out matches the sources (${Object.keys(artifacts).length} contracts, solc ${solc.version()})`);
} else {
	fs.rmSync(OUT, { recursive: true, force: true });
	fs.mkdirSync(OUT);
	for (const [name, a] of Object.entries(artifacts)) fs.writeFileSync(path.join(OUT, `${name}.json`), render(a));
	console.log(`wrote ${Object.keys(artifacts).length} artifacts to contracts/out (solc ${solc.version()})`);
}
