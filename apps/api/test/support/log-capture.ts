// The module object itself (not a namespace copy), so that the spies reach sonic-boom's calls.
import fs from 'node:fs';

export interface LogCapture {
  /** Everything written to stdout and stderr since the capture started. */
  text(): string;
  restore(): void;
}

type WriteCallback = (error: NodeJS.ErrnoException | null, written: number) => void;

/**
 * Captures what the API logs, and keeps it out of the test output: pino writes to fd 1 through
 * sonic-boom's fs.write, Nest's console logger through process.stdout/stderr.
 */
export function captureLogs(): LogCapture {
  const chunks: string[] = [];
  const record = (data: unknown): string => {
    const text = typeof data === 'string' ? data : Buffer.from(data as Uint8Array).toString('utf8');
    chunks.push(text);
    return text;
  };
  const write = fs.write;
  const fsWrite = jest.spyOn(fs, 'write').mockImplementation(((
    fd: number,
    data: unknown,
    ...rest: unknown[]
  ) => {
    if (fd !== 1 && fd !== 2) {
      return (write as (...args: unknown[]) => void)(fd, data, ...rest);
    }
    record(data);
    const callback = rest[rest.length - 1] as WriteCallback;
    const written = typeof data === 'string' ? Buffer.byteLength(data) : (data as Buffer).length;
    process.nextTick(() => callback(null, written));
  }) as never);
  const writeSync = fs.writeSync;
  const fsWriteSync = jest.spyOn(fs, 'writeSync').mockImplementation(((
    fd: number,
    data: unknown,
    ...rest: unknown[]
  ) => {
    if (fd !== 1 && fd !== 2) {
      return (writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
    }
    record(data);
    return typeof data === 'string' ? Buffer.byteLength(data) : (data as Buffer).length;
  }) as never);
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((data: unknown) => {
    record(data);
    return true;
  });
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((data: unknown) => {
    record(data);
    return true;
  });
  return {
    text: () => chunks.join(''),
    restore: () => {
      for (const spy of [fsWrite, fsWriteSync, stdout, stderr]) {
        spy.mockRestore();
      }
    },
  };
}
