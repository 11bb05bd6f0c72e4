/**
 * The Node flags the app server runs with (start-all.ts, the journeys' second app server, the benchmarks,
 * server/package.json's `bff`).
 * A streamed upload passes through as socket-sized buffers that die young; with V8's default young generation
 * (semi-spaces of up to 16 MB) they piled up between scavenges, and the server's RSS grew 60–87 MB while
 * streaming 60 MB of PDFs (bench 2). With 2 MB semi-spaces it grows 18–35 MB, at no CPU cost bench 1 can see.
 */
export const bffNodeFlags: readonly string[] = ['--max-semi-space-size=2'];
