// The part of Rolldown's chunking context read here.
type Graph = { getModuleInfo(moduleId: string): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null };
type ChunkName = 'app' | 'shared' | 'landing';

// What a module needs before it runs: its static imports, followed; its dynamic imports are left for later.
function staticClosure(graph: Graph, start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

function plan(graph: Graph, entry: string, inLandingFeature: (moduleId: string) => boolean): Map<string, ChunkName> {
  const app = staticClosure(graph, entry);
  const pages = [...new Set([...app].flatMap((id) => graph.getModuleInfo(id)?.dynamicallyImportedIds ?? []))];
  const needs = (roots: string[]) => new Set(roots.flatMap((root) => [...staticClosure(graph, root)]).filter((id) => !app.has(id)));
  const landing = needs(pages.filter(inLandingFeature));
  if (landing.size === 0) throw new Error(`landing-chunk: no page that ${entry} loads lazily is in the landing feature`);
  const elsewhere = needs(pages.filter((id) => !inLandingFeature(id)));
  const chunkOf = new Map<string, ChunkName>([...app].map((id) => [id, 'app']));
  for (const id of landing) chunkOf.set(id, elsewhere.has(id) ? 'shared' : 'landing');
  return chunkOf;
}

/**
 * Three chunks for the page the app opens on (the New invoice page): the app's shell, what the landing feature's
 * pages share with the other pages, and what only they use. Left to itself the bundler cut that page into 20
 * chunks, each compressed on its own (bench 4: 4.6 KB more gzip); the other pages still load only the shell, the
 * shared chunk and their own.
 */
export function landingChunkGroups(entry: string, inLandingFeature: (moduleId: string) => boolean) {
  let chunkOf: Map<string, ChunkName> | undefined;
  const group = (name: ChunkName, priority: number) => ({
    priority,
    name: (moduleId: string, graph: Graph) => {
      chunkOf ??= plan(graph, entry, inLandingFeature);
      return chunkOf.get(moduleId) === name ? name : null;
    },
  });
  // Rolldown adds a group's dependencies to it: groups taken in this order find theirs already placed.
  return [group('app', 3), group('shared', 2), group('landing', 1)];
}
