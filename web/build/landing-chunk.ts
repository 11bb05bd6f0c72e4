// The part of Rolldown's chunking context read here.
type Graph = { getModuleInfo(moduleId: string): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null };

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

type Landing = { isPage: (moduleId: string) => boolean; inFeature: (moduleId: string) => boolean };

/**
 * Each module's chunk: the shell's (`app`), or `landing` for what only the landing page needs. What it shares with
 * any other page joins the shell, so the first page's code comes in two chunks, each compressed whole. The landing
 * feature's other pages (editing a draft) count as no one: what they share with the landing page stays in it, and
 * what only they use stays out of it.
 */
function plan(graph: Graph, entry: string, landing: Landing): Map<string, string> {
  const app = staticClosure(graph, entry);
  const pages = [...new Set([...app].flatMap((id) => graph.getModuleInfo(id)?.dynamicallyImportedIds ?? []))];
  const needs = (page: string) => [...staticClosure(graph, page)].filter((id) => !app.has(id));
  const usedElsewhere = new Set(pages.filter((page) => !landing.inFeature(page)).flatMap(needs));
  // Only our modules are placed here. A library's modules follow the code that uses them: Rolldown knows which of a
  // package index's re-exports are used, where this graph would put every one of them in the shell.
  const ours = (id: string) => !id.includes('/node_modules/');
  const chunkOf = new Map<string, string>([...app].filter(ours).map((id) => [id, 'app']));
  for (const id of pages.filter(landing.isPage).flatMap(needs).filter(ours)) chunkOf.set(id, usedElsewhere.has(id) ? 'app' : 'landing');
  if (![...chunkOf.values()].includes('landing')) throw new Error(`landing-chunk: no page that ${entry} loads lazily is the landing page`);
  return chunkOf;
}

/**
 * Chunks for the page the app opens on (the New invoice page): the app's shell with everything that page shares with
 * another, and what only it uses. Left to itself the bundler cut that page into 20 chunks, each compressed on its
 * own (bench 4: 5 KB more gzip); every other page still loads its own code on its own.
 */
export function landingChunkGroups(entry: string, landing: Landing) {
  let chunkOf: Map<string, string> | undefined;
  const group = (matches: (chunk: string) => boolean, priority: number) => ({
    priority,
    name: (moduleId: string, graph: Graph) => {
      chunkOf ??= plan(graph, entry, landing);
      const chunk = chunkOf.get(moduleId);
      return chunk !== undefined && matches(chunk) ? chunk : null;
    },
  });
  // Rolldown adds a group's dependencies to it: the shell, taken first, keeps its own out of the landing chunk.
  return [group((chunk) => chunk === 'app', 2), group((chunk) => chunk === 'landing', 1)];
}
