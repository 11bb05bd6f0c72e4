import type { AnalysisAnswer, FileAnalysis } from '../model/file-analysis.ts';

/**
 * A small pool of analysis workers: hashing and PDF reading never run on the main thread, and the
 * pdf.js code is only fetched when this page first analyses a file.
 */
export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: { id: string; file: File; resolve: (analysis: FileAnalysis) => void; reject: (error: Error) => void }[] = [];
  private readonly running = new Map<
    string,
    { resolve: (analysis: FileAnalysis) => void; reject: (error: Error) => void; worker: Worker }
  >();
  private readonly size: number;

  constructor(size = Math.max(1, Math.min(2, (navigator.hardwareConcurrency || 2) - 1))) {
    this.size = size;
  }

  analyse(id: string, file: File): Promise<FileAnalysis> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ id, file, resolve, reject });
      this.pump();
    });
  }

  terminate(): void {
    for (const worker of this.workers) worker.terminate();
    for (const job of this.running.values()) job.reject(new Error('Analysis stopped.'));
    this.workers.length = 0;
    this.idle.length = 0;
    this.running.clear();
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      const worker = this.idle.pop() ?? (this.workers.length < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const job = this.waiting.shift()!;
      this.running.set(job.id, { resolve: job.resolve, reject: job.reject, worker });
      worker.postMessage({ id: job.id, file: job.file });
    }
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('../worker/analyze-file.worker.ts', import.meta.url), { type: 'module', name: 'invoice-analysis' });
    worker.onmessage = (event: MessageEvent<AnalysisAnswer>) => {
      const job = this.running.get(event.data.id);
      this.running.delete(event.data.id);
      this.idle.push(worker);
      if (job) {
        if ('analysis' in event.data) job.resolve(event.data.analysis);
        else job.reject(new Error(event.data.error));
      }
      this.pump();
    };
    this.workers.push(worker);
    return worker;
  }
}
