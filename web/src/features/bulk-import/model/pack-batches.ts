import { qontoLimits } from '@composer/shared/constants/qonto-limits';

export interface PackableFile {
  id: string;
  name: string;
  size: number;
}

export interface BatchLimits {
  maxFiles: number;
  maxRequestBytes: number;
}

export const bulkLimits: BatchLimits = { maxFiles: qontoLimits.bulkMaxFiles, maxRequestBytes: qontoLimits.bulkMaxRequestBytes };

/** Bytes a file adds to a multipart body: its content plus a generous allowance for the part headers. */
export function multipartBytes(file: Pick<PackableFile, 'name' | 'size'>): number {
  return file.size + 256 + 3 * new TextEncoder().encode(file.name).length;
}

const closingBoundaryBytes = 64;

/**
 * Packs files, in order, into requests of at most 5 files and 15 MB of body: each file goes into the
 * first open batch it fits (first fit keeps requests few without reordering much).
 */
export function packBatches<F extends PackableFile>(files: readonly F[], limits: BatchLimits = bulkLimits): F[][] {
  const batches: { files: F[]; bytes: number }[] = [];
  for (const file of files) {
    const bytes = multipartBytes(file);
    if (bytes + closingBoundaryBytes > limits.maxRequestBytes) throw new Error(`${file.name} cannot fit in any request`);
    const batch = batches.find(
      (candidate) => candidate.files.length < limits.maxFiles && candidate.bytes + bytes <= limits.maxRequestBytes,
    );
    if (batch) {
      batch.files.push(file);
      batch.bytes += bytes;
    } else {
      batches.push({ files: [file], bytes: bytes + closingBoundaryBytes });
    }
  }
  return batches.map((batch) => batch.files);
}
