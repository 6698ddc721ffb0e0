// Reads a GGUF file's header (metadata and tensor infos) without loading the model or the whole file.
// Headers of real models hold vocabularies and merges of several MB, so arrays are summarised, not kept.
import { open, type FileHandle } from "node:fs/promises";

const VALUE_TYPES = ["uint8", "int8", "uint16", "int16", "uint32", "int32", "float32", "bool", "string", "array", "uint64", "int64", "float64"] as const;
export type GgufValueTypeName = (typeof VALUE_TYPES)[number];

/** Encoded size of each fixed-size value type; strings and arrays are variable. */
const FIXED_SIZE: Partial<Record<GgufValueTypeName, number>> = {
  uint8: 1, int8: 1, uint16: 2, int16: 2, uint32: 4, int32: 4, float32: 4, bool: 1, uint64: 8, int64: 8, float64: 8,
};

/** Arrays this short keep their values; longer ones (vocabularies, merges) keep only type and length. */
export const KEPT_ARRAY_LENGTH = 64;

// Limits far above any real model, so that garbage read as a count cannot make us loop or allocate.
const MAX_TENSORS = 1 << 20;
const MAX_KVS = 1 << 20;
const MAX_ARRAY_LENGTH = 1 << 28;
const MAX_KEY_BYTES = 0xffff;
const MAX_STRING_BYTES = 1 << 26;
const MAX_DIMS = 4;
const MAX_NESTING = 4;

export type GgufScalar = number | bigint | boolean | string;

export interface GgufArraySummary {
  readonly kind: "array";
  readonly elementType: GgufValueTypeName;
  readonly length: number;
  /** Present only when length <= KEPT_ARRAY_LENGTH. */
  readonly values?: readonly GgufValue[];
}

export type GgufValue = GgufScalar | GgufArraySummary;

export interface GgufTensorInfo {
  readonly name: string;
  /** ggml order: dims[0] is the contiguous dimension. */
  readonly dims: readonly number[];
  readonly ggmlType: number;
  /** Relative to the start of the data section. */
  readonly offset: number;
  /** Undefined when the ggml type is not in our size table. */
  readonly byteSize: number | undefined;
}

export interface GgufHeader {
  readonly version: number;
  readonly tensorCount: number;
  readonly metadata: ReadonlyMap<string, GgufValue>;
  readonly tensors: readonly GgufTensorInfo[];
  readonly alignment: number;
  readonly fileSize: number;
  /** Absolute file offset where tensor data starts (aligned). */
  readonly dataStart: number;
  /** Absolute end of the last tensor whose size is known: a complete file is at least this long. */
  readonly dataEnd: number;
  /** Tensors whose ggml type has no known size, so dataEnd may underestimate. */
  readonly unknownTypeTensors: readonly string[];
}

export type GgufHeaderErrorKind = "bad-magic" | "unsupported-version" | "truncated" | "corrupt";

export class GgufHeaderError extends Error {
  override readonly name = "GgufHeaderError";

  constructor(
    readonly kind: GgufHeaderErrorKind,
    message: string,
    readonly details: { readonly version?: number; readonly fileSize?: number; readonly neededBytes?: number } = {},
  ) {
    super(message);
  }
}

/** [block size in elements, bytes per block] by ggml type id, as reported by llama.cpp's ggml_blck_size/ggml_type_size. */
const GGML_TYPE_SIZES: ReadonlyMap<number, readonly [string, number, number]> = new Map([
  [0, ["F32", 1, 4]], [1, ["F16", 1, 2]], [2, ["Q4_0", 32, 18]], [3, ["Q4_1", 32, 20]],
  [6, ["Q5_0", 32, 22]], [7, ["Q5_1", 32, 24]], [8, ["Q8_0", 32, 34]], [9, ["Q8_1", 32, 36]],
  [10, ["Q2_K", 256, 84]], [11, ["Q3_K", 256, 110]], [12, ["Q4_K", 256, 144]], [13, ["Q5_K", 256, 176]],
  [14, ["Q6_K", 256, 210]], [15, ["Q8_K", 256, 292]], [16, ["IQ2_XXS", 256, 66]], [17, ["IQ2_XS", 256, 74]],
  [18, ["IQ3_XXS", 256, 98]], [19, ["IQ1_S", 256, 50]], [20, ["IQ4_NL", 32, 18]], [21, ["IQ3_S", 256, 110]],
  [22, ["IQ2_S", 256, 82]], [23, ["IQ4_XS", 256, 136]], [24, ["I8", 1, 1]], [25, ["I16", 1, 2]],
  [26, ["I32", 1, 4]], [27, ["I64", 1, 8]], [28, ["F64", 1, 8]], [29, ["IQ1_M", 256, 56]],
  [30, ["BF16", 1, 2]], [34, ["TQ1_0", 256, 54]], [35, ["TQ2_0", 256, 66]], [39, ["MXFP4", 32, 17]],
  [40, ["NVFP4", 64, 36]], [41, ["Q1_0", 128, 18]], [42, ["Q2_0", 64, 18]],
]);

export function ggmlTypeName(type: number): string {
  return GGML_TYPE_SIZES.get(type)?.[0] ?? `type ${type}`;
}

/** Bytes of a tensor's data, or undefined for an unknown ggml type. */
export function tensorByteSize(ggmlType: number, dims: readonly number[]): number | undefined {
  const entry = GGML_TYPE_SIZES.get(ggmlType);
  if (!entry) return undefined;
  const [typeName, blockSize, blockBytes] = entry;
  const rowElements = dims[0] ?? 1;
  if (rowElements % blockSize !== 0) {
    throw new GgufHeaderError("corrupt", `a ${typeName} tensor row of ${rowElements} elements is not a multiple of its block size ${blockSize}`);
  }
  const rows = dims.slice(1).reduce((a, b) => a * b, 1);
  const bytes = (rowElements / blockSize) * blockBytes * rows;
  if (!Number.isSafeInteger(bytes)) throw new GgufHeaderError("corrupt", `a tensor of shape [${dims.join(", ")}] is impossibly large`);
  return bytes;
}

/** Reads forward through a file in large chunks; reading past the end is a "truncated" error. */
class BufferedReader {
  private buffer = Buffer.alloc(0);
  private bufferStart = 0;
  position = 0;

  constructor(
    private readonly handle: FileHandle,
    readonly fileSize: number,
    private readonly chunkSize = 1 << 20,
  ) {}

  get remaining(): number {
    return this.fileSize - this.position;
  }

  /** Whether the next n bytes are buffered: lets hot loops skip an await per element. */
  has(n: number): boolean {
    const offset = this.position - this.bufferStart;
    return offset >= 0 && offset + n <= this.buffer.length;
  }

  /** Makes the next n bytes available to the synchronous readers below. */
  async ensure(n: number): Promise<void> {
    if (this.has(n)) return;
    this.requireRemaining(n);
    const size = Math.min(Math.max(n, this.chunkSize), this.remaining);
    const buffer = Buffer.allocUnsafe(size);
    const { bytesRead } = await this.handle.read(buffer, 0, size, this.position);
    if (bytesRead < n) throw this.truncated(n);
    this.buffer = buffer.subarray(0, bytesRead);
    this.bufferStart = this.position;
  }

  requireRemaining(n: number): void {
    if (n > this.remaining) throw this.truncated(n);
  }

  skip(n: number): void {
    this.requireRemaining(n);
    this.position += n;
  }

  u32(): number {
    return this.take(4, (b, at) => b.readUInt32LE(at));
  }

  /** uint64 as a number; counts and sizes beyond 2^53 can only be garbage. */
  u64(what: string): number {
    const value = this.take(8, (b, at) => b.readBigUInt64LE(at));
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new GgufHeaderError("corrupt", `${what} is ${value}, which is impossible`);
    return Number(value);
  }

  scalar(type: GgufValueTypeName): GgufScalar {
    switch (type) {
      case "uint8": return this.take(1, (b, at) => b.readUInt8(at));
      case "int8": return this.take(1, (b, at) => b.readInt8(at));
      case "uint16": return this.take(2, (b, at) => b.readUInt16LE(at));
      case "int16": return this.take(2, (b, at) => b.readInt16LE(at));
      case "uint32": return this.take(4, (b, at) => b.readUInt32LE(at));
      case "int32": return this.take(4, (b, at) => b.readInt32LE(at));
      case "float32": return this.take(4, (b, at) => b.readFloatLE(at));
      case "bool": return this.take(1, (b, at) => b.readUInt8(at) !== 0);
      case "uint64": return safeNumber(this.take(8, (b, at) => b.readBigUInt64LE(at)));
      case "int64": return safeNumber(this.take(8, (b, at) => b.readBigInt64LE(at)));
      case "float64": return this.take(8, (b, at) => b.readDoubleLE(at));
      default: throw new Error(`${type} is not a fixed-size GGUF type`);
    }
  }

  utf8(n: number): string {
    return this.take(n, (b, at) => b.toString("utf8", at, at + n));
  }

  private take<T>(n: number, read: (buffer: Buffer, at: number) => T): T {
    const at = this.position - this.bufferStart;
    if (at < 0 || at + n > this.buffer.length) throw new Error("BufferedReader: ensure() was not awaited before reading");
    this.position += n;
    return read(this.buffer, at);
  }

  private truncated(n: number): GgufHeaderError {
    return new GgufHeaderError(
      "truncated",
      `the GGUF header runs past the end of the file (it needs at least ${this.position + n} bytes, the file has ${this.fileSize})`,
      { fileSize: this.fileSize, neededBytes: this.position + n },
    );
  }
}

function safeNumber(value: bigint): number | bigint {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

async function readCount(r: BufferedReader, what: string, max: number): Promise<number> {
  await r.ensure(8);
  const count = r.u64(what);
  if (count > max) throw new GgufHeaderError("corrupt", `${what} is ${count}, far more than any real model has`);
  return count;
}

async function readString(r: BufferedReader, what: string, maxBytes: number): Promise<string> {
  const length = await readCount(r, `the length of ${what}`, maxBytes);
  await r.ensure(length);
  return r.utf8(length);
}

async function readValueType(r: BufferedReader, what: string): Promise<GgufValueTypeName> {
  await r.ensure(4);
  const id = r.u32();
  const type = VALUE_TYPES[id];
  if (type === undefined) throw new GgufHeaderError("corrupt", `${what} has unknown value type ${id}`);
  return type;
}

async function readValue(r: BufferedReader, type: GgufValueTypeName, what: string, depth: number): Promise<GgufValue> {
  if (type === "string") return readString(r, what, MAX_STRING_BYTES);
  if (type === "array") return readArray(r, what, depth);
  await r.ensure(FIXED_SIZE[type] ?? 0);
  return r.scalar(type);
}

async function readArray(r: BufferedReader, what: string, depth: number): Promise<GgufArraySummary> {
  if (depth >= MAX_NESTING) throw new GgufHeaderError("corrupt", `${what} nests arrays ${depth} deep`);
  const elementType = await readValueType(r, what);
  const length = await readCount(r, `the length of ${what}`, MAX_ARRAY_LENGTH);
  // Every string carries an 8-byte length and every array a 12-byte type and length.
  const minElementBytes = FIXED_SIZE[elementType] ?? (elementType === "string" ? 8 : 12);
  r.requireRemaining(length * minElementBytes);
  if (length <= KEPT_ARRAY_LENGTH) {
    const values: GgufValue[] = [];
    for (let i = 0; i < length; i++) values.push(await readValue(r, elementType, `${what}[${i}]`, depth + 1));
    return { kind: "array", elementType, length, values };
  }
  const fixedSize = FIXED_SIZE[elementType];
  if (fixedSize !== undefined) {
    r.skip(length * fixedSize);
  } else if (elementType === "string") {
    await skipStrings(r, length, what);
  } else {
    for (let i = 0; i < length; i++) await readArray(r, `${what}[${i}]`, depth + 1);
  }
  return { kind: "array", elementType, length };
}

/** The hot loop of a header (vocabularies, merges): awaits only when the buffer runs out. */
async function skipStrings(r: BufferedReader, count: number, what: string): Promise<void> {
  for (let i = 0; i < count; i++) {
    if (!r.has(8)) await r.ensure(8);
    const length = r.u64(`the length of a string in ${what}`);
    if (length > MAX_STRING_BYTES) throw new GgufHeaderError("corrupt", `${what}[${i}] is ${length} bytes long`);
    r.skip(length);
  }
}

async function readTensorInfo(r: BufferedReader, index: number): Promise<Omit<GgufTensorInfo, "byteSize">> {
  const name = await readString(r, `the name of tensor ${index}`, MAX_KEY_BYTES);
  await r.ensure(4);
  const dimCount = r.u32();
  if (dimCount > MAX_DIMS) throw new GgufHeaderError("corrupt", `tensor ${name} has ${dimCount} dimensions`);
  await r.ensure(8 * dimCount + 12);
  const dims = Array.from({ length: dimCount }, (_, d) => r.u64(`dimension ${d} of tensor ${name}`));
  const ggmlType = r.u32();
  const offset = r.u64(`the data offset of tensor ${name}`);
  return { name, dims, ggmlType, offset };
}

function alignmentOf(metadata: ReadonlyMap<string, GgufValue>): number {
  const value = metadata.get("general.alignment");
  if (value === undefined) return 32;
  if (typeof value !== "number" || value <= 0 || (value & (value - 1)) !== 0) {
    throw new GgufHeaderError("corrupt", `general.alignment is ${String(value)}, not a power of two`);
  }
  return value;
}

async function readFrom(r: BufferedReader): Promise<GgufHeader> {
  if (r.fileSize < 4) throw new GgufHeaderError("bad-magic", "the file is too short to be a GGUF file", { fileSize: r.fileSize });
  await r.ensure(4);
  if (r.utf8(4) !== "GGUF") throw new GgufHeaderError("bad-magic", "the file does not start with the GGUF magic bytes", { fileSize: r.fileSize });
  await r.ensure(4);
  const version = r.u32();
  if (version !== 2 && version !== 3) {
    const bigEndian = version > 0xffff ? " (it looks like a big-endian file)" : "";
    throw new GgufHeaderError("unsupported-version", `GGUF version ${version} is not supported${bigEndian}; only versions 2 and 3 are`, { version });
  }
  const tensorCount = await readCount(r, "the tensor count", MAX_TENSORS);
  const kvCount = await readCount(r, "the metadata entry count", MAX_KVS);

  const metadata = new Map<string, GgufValue>();
  for (let i = 0; i < kvCount; i++) {
    const key = await readString(r, `metadata key ${i}`, MAX_KEY_BYTES);
    const type = await readValueType(r, key);
    metadata.set(key, await readValue(r, type, key, 0));
  }

  // A tensor info takes at least 8 (name length) + 4 (dim count) + 4 (type) + 8 (offset) bytes.
  r.requireRemaining(tensorCount * 24);
  const infos: Array<Omit<GgufTensorInfo, "byteSize">> = [];
  for (let i = 0; i < tensorCount; i++) infos.push(await readTensorInfo(r, i));

  const alignment = alignmentOf(metadata);
  const headerEnd = r.position;
  const dataStart = Math.ceil(headerEnd / alignment) * alignment;
  // A file without tensors (a vocabulary-only GGUF) may end right after its header, unpadded.
  let dataEnd = headerEnd;
  const unknownTypeTensors: string[] = [];
  const tensors = infos.map((info): GgufTensorInfo => {
    const byteSize = tensorByteSize(info.ggmlType, info.dims);
    if (byteSize === undefined) unknownTypeTensors.push(info.name);
    else dataEnd = Math.max(dataEnd, dataStart + info.offset + byteSize);
    return { ...info, byteSize };
  });
  return { version, tensorCount, metadata, tensors, alignment, fileSize: r.fileSize, dataStart, dataEnd, unknownTypeTensors };
}

export async function readGgufHeader(path: string): Promise<GgufHeader> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    return await readFrom(new BufferedReader(handle, size));
  } finally {
    await handle.close();
  }
}
