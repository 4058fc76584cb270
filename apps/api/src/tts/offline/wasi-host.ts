/**
 * Just enough of WASI preview 1 to run a command-line program compiled to WASI, with its files in
 * memory. Node's own `node:wasi` keeps a view of the module's memory taken at start and does not
 * refresh it when the program grows its memory, so a long synthesis read freed memory and aborted
 * the whole process (seen here with Flite on Node 20: SIGABRT on texts over ~1,000 characters;
 * a minimal reproduction is in https://github.com/Nimblesite/osprey/issues/202). Every call here
 * reads `memory.buffer` afresh, and the program sees no real file system at all.
 */

/** WASI errno values (wasi_snapshot_preview1). */
const ERRNO = {
  SUCCESS: 0,
  BADF: 8,
  INVAL: 28,
  NOENT: 44,
  SPIPE: 70,
} as const;

const FILETYPE = { CHARACTER_DEVICE: 2, DIRECTORY: 3, REGULAR_FILE: 4 } as const;
const OFLAGS_CREAT = 1;
const PREOPEN_FD = 3;
const PREOPEN_NAME = '/';
const ALL_RIGHTS = 0x1fffffffn;

/** A file the program writes, growing as it does; seeks back (to patch a header) are allowed. */
class MemoryFile {
  private bytes = new Uint8Array(64 * 1024);
  size = 0;
  position = 0;

  write(chunk: Uint8Array): void {
    const end = this.position + chunk.length;
    if (end > this.bytes.length) {
      const grown = new Uint8Array(Math.max(end, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.size));
      this.bytes = grown;
    }
    this.bytes.set(chunk, this.position);
    this.position = end;
    this.size = Math.max(this.size, end);
  }

  read(into: Uint8Array): number {
    const count = Math.max(0, Math.min(into.length, this.size - this.position));
    into.set(this.bytes.subarray(this.position, this.position + count));
    this.position += count;
    return count;
  }

  contents(): Buffer {
    return Buffer.from(this.bytes.buffer, 0, this.size);
  }
}

class ProcessExit {
  constructor(readonly code: number) {}
}

export interface WasiRunResult {
  readonly exitCode: number;
  /** Files the program created, by the path it gave. */
  readonly files: ReadonlyMap<string, Buffer>;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `module` once with `args` (argv[0] included). The program may create files anywhere under
 * `/`; they are kept in memory and returned. Reading a file it did not write fails with ENOENT.
 */
export function runWasiCommand(module: WebAssembly.Module, args: readonly string[]): WasiRunResult {
  // Set once the instance exists; every call below reads its buffer afresh (see above).
  const exported: { memory?: WebAssembly.Memory } = {};
  const buffer = () => {
    if (!exported.memory) {
      throw new Error('the module exports no memory');
    }
    return exported.memory.buffer;
  };
  const view = () => new DataView(buffer());
  const bytes = (ptr: number, len: number) => new Uint8Array(buffer(), ptr, len);

  const encoder = new TextEncoder();
  const encodedArgs = args.map((arg) => encoder.encode(`${arg}\0`));
  const stdout: Uint8Array[] = [];
  const stderr: Uint8Array[] = [];
  const created = new Map<string, MemoryFile>();
  const open = new Map<number, MemoryFile>();
  let nextFd = PREOPEN_FD + 1;

  const iovecs = (ptr: number, count: number): Uint8Array[] => {
    const dv = view();
    return Array.from({ length: count }, (_, i) =>
      bytes(dv.getUint32(ptr + i * 8, true), dv.getUint32(ptr + i * 8 + 4, true)),
    );
  };

  const imports = {
    args_sizes_get(argcPtr: number, bufSizePtr: number): number {
      const dv = view();
      dv.setUint32(argcPtr, encodedArgs.length, true);
      dv.setUint32(
        bufSizePtr,
        encodedArgs.reduce((sum, arg) => sum + arg.length, 0),
        true,
      );
      return ERRNO.SUCCESS;
    },
    args_get(argvPtr: number, bufPtr: number): number {
      let offset = bufPtr;
      encodedArgs.forEach((arg, i) => {
        view().setUint32(argvPtr + i * 4, offset, true);
        bytes(offset, arg.length).set(arg);
        offset += arg.length;
      });
      return ERRNO.SUCCESS;
    },
    clock_time_get(_id: number, _precision: bigint, timePtr: number): number {
      view().setBigUint64(timePtr, process.hrtime.bigint(), true);
      return ERRNO.SUCCESS;
    },
    fd_fdstat_get(fd: number, statPtr: number): number {
      const filetype =
        fd <= 2
          ? FILETYPE.CHARACTER_DEVICE
          : fd === PREOPEN_FD
            ? FILETYPE.DIRECTORY
            : open.has(fd)
              ? FILETYPE.REGULAR_FILE
              : null;
      if (filetype === null) {
        return ERRNO.BADF;
      }
      const dv = view();
      dv.setUint8(statPtr, filetype);
      dv.setUint16(statPtr + 2, 0, true);
      dv.setBigUint64(statPtr + 8, ALL_RIGHTS, true);
      dv.setBigUint64(statPtr + 16, ALL_RIGHTS, true);
      return ERRNO.SUCCESS;
    },
    fd_fdstat_set_flags(): number {
      return ERRNO.SUCCESS;
    },
    fd_prestat_get(fd: number, prestatPtr: number): number {
      if (fd !== PREOPEN_FD) {
        return ERRNO.BADF;
      }
      view().setUint8(prestatPtr, 0);
      view().setUint32(prestatPtr + 4, PREOPEN_NAME.length, true);
      return ERRNO.SUCCESS;
    },
    fd_prestat_dir_name(fd: number, pathPtr: number, pathLen: number): number {
      if (fd !== PREOPEN_FD) {
        return ERRNO.BADF;
      }
      bytes(pathPtr, pathLen).set(encoder.encode(PREOPEN_NAME).subarray(0, pathLen));
      return ERRNO.SUCCESS;
    },
    path_open(
      dirFd: number,
      _dirFlags: number,
      pathPtr: number,
      pathLen: number,
      oflags: number,
      _rightsBase: bigint,
      _rightsInheriting: bigint,
      _fdFlags: number,
      fdPtr: number,
    ): number {
      if (dirFd !== PREOPEN_FD) {
        return ERRNO.BADF;
      }
      const path = new TextDecoder().decode(bytes(pathPtr, pathLen).slice());
      let file = created.get(path);
      if (!file) {
        if (!(oflags & OFLAGS_CREAT)) {
          return ERRNO.NOENT;
        }
        file = new MemoryFile();
        created.set(path, file);
      }
      file.position = 0;
      const fd = nextFd++;
      open.set(fd, file);
      view().setUint32(fdPtr, fd, true);
      return ERRNO.SUCCESS;
    },
    fd_write(fd: number, iovsPtr: number, iovsLen: number, writtenPtr: number): number {
      const chunks = iovecs(iovsPtr, iovsLen);
      const file = open.get(fd);
      if (fd === 1 || fd === 2) {
        (fd === 1 ? stdout : stderr).push(...chunks.map((chunk) => chunk.slice()));
      } else if (file) {
        chunks.forEach((chunk) => file.write(chunk));
      } else {
        return ERRNO.BADF;
      }
      view().setUint32(
        writtenPtr,
        chunks.reduce((sum, chunk) => sum + chunk.length, 0),
        true,
      );
      return ERRNO.SUCCESS;
    },
    fd_read(fd: number, iovsPtr: number, iovsLen: number, readPtr: number): number {
      const file = open.get(fd);
      if (fd !== 0 && !file) {
        return ERRNO.BADF;
      }
      const total = file
        ? iovecs(iovsPtr, iovsLen).reduce((sum, iov) => sum + file.read(iov), 0)
        : 0;
      view().setUint32(readPtr, total, true);
      return ERRNO.SUCCESS;
    },
    fd_seek(fd: number, offset: bigint, whence: number, newOffsetPtr: number): number {
      const file = open.get(fd);
      if (!file) {
        return fd <= 2 ? ERRNO.SPIPE : ERRNO.BADF;
      }
      const base = whence === 0 ? 0 : whence === 1 ? file.position : file.size;
      const position = base + Number(offset);
      if (position < 0) {
        return ERRNO.INVAL;
      }
      file.position = position;
      view().setBigUint64(newOffsetPtr, BigInt(position), true);
      return ERRNO.SUCCESS;
    },
    fd_close(fd: number): number {
      return open.delete(fd) || fd <= PREOPEN_FD ? ERRNO.SUCCESS : ERRNO.BADF;
    },
    proc_exit(code: number): never {
      throw new ProcessExit(code);
    },
  };

  const instance = new WebAssembly.Instance(module, {
    wasi_snapshot_preview1: imports,
  });
  exported.memory = instance.exports['memory'] as WebAssembly.Memory;
  let exitCode = 0;
  try {
    (instance.exports['_start'] as () => void)();
  } catch (error) {
    if (!(error instanceof ProcessExit)) {
      throw error;
    }
    exitCode = error.code;
  }
  const decode = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');
  return {
    exitCode,
    files: new Map([...created].map(([path, file]) => [path, file.contents()])),
    stdout: decode(stdout),
    stderr: decode(stderr),
  };
}
