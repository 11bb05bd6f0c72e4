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

const chunkName = (page: string) => page.replace(/^.*[\\/]/, '').replace(/\.[jt]sx?$/, '');

/**
 * Each module's chunk: the shell's (`app`), or for what the landing page needs, who else needs it. The landing
 * feature's other pages (editing a draft) count as no one: what they share with the landing page stays in it,
 * and what only they use stays out of it.
 */
function plan(graph: Graph, entry: string, landing: Landing): Map<string, string> {
  const app = staticClosure(graph, entry);
  const pages = [...new Set([...app].flatMap((id) => graph.getModuleInfo(id)?.dynamicallyImportedIds ?? []))];
  const needs = (page: string) => [...staticClosure(graph, page)].filter((id) => !app.has(id));
  const otherPages = new Map<string, string[]>();
  for (const page of pages.filter((page) => !landing.inFeature(page))) {
    for (const id of needs(page)) otherPages.set(id, [...(otherPages.get(id) ?? []), page]);
  }
  const chunkOf = new Map<string, string>([...app].map((id) => [id, 'app']));
  for (const id of pages.filter(landing.isPage).flatMap(needs)) {
    const others = otherPages.get(id) ?? [];
    chunkOf.set(id, others.length === 0 ? 'landing' : others.length === 1 ? `with-${chunkName(others[0]!)}` : 'shared');
  }
  if (![...chunkOf.values()].includes('landing')) throw new Error(`landing-chunk: no page that ${entry} loads lazily is the landing page`);
  return chunkOf;
}

/**
 * Chunks for the page the app opens on (the New invoice page): the app's shell; what the landing feature's pages
 * share with several other pages; what they share with one other page (the drop zone, with the import page); and
 * what only they use. Left to itself the bundler cut that page into 20 chunks, each compressed on its own (bench 4:
 * 5 KB more gzip); every other page still loads only what it uses.
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
  // Rolldown adds a group's dependencies to it: groups taken in this order find theirs already placed.
  return [
    group((chunk) => chunk === 'app', 4),
    group((chunk) => chunk === 'shared', 3),
    group((chunk) => chunk.startsWith('with-'), 2),
    group((chunk) => chunk === 'landing', 1),
  ];
}
