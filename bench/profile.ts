// Reads V8 .cpuprofile files (node --cpu-prof) and says where the time went: self time per
// function and per area (a package under node_modules, a directory of src/, node internals, GC).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from './children.ts';

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Sampled non-idle milliseconds. */
  totalMs: number;
  areas: Array<{ area: string; share: number }>;
  functions: Array<{ name: string; share: number }>;
}

function where(url: string): { area: string; file: string } {
  const file = url.replace(/^file:\/\//, '');
  const modules = file.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = file.slice(modules + '/node_modules/'.length).split('/');
    const pkg = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? file);
    return { area: pkg, file: `${pkg}/${parts.slice(pkg.split('/').length).join('/')}` };
  }
  if (file.startsWith('node:') || !file.startsWith('/')) return { area: file ? 'node internals' : '(native)', file };
  const relative = path.relative(projectRoot, file);
  return { area: relative.split('/').slice(0, 2).join('/'), file: relative };
}

function top(map: Map<string, number>, total: number, n: number) {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => ({ name, share: ms / total }));
}

export async function summarizeProfiles(dir: string, n = 12): Promise<ProfileSummary> {
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let totalMs = 0;
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id);
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      if (!frame || frame.functionName === '(idle)') return;
      const { area, file } = where(frame.url);
      const label = frame.url ? area : frame.functionName; // (garbage collector), (program)
      areas.set(label, (areas.get(label) ?? 0) + ms);
      const fn = `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
      functions.set(fn, (functions.get(fn) ?? 0) + ms);
      totalMs += ms;
    });
  }
  return { totalMs, areas: top(areas, totalMs, n).map(({ name, share }) => ({ area: name, share })), functions: top(functions, totalMs, n) };
}
