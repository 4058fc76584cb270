import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

/**
 * The repository root, found from this file's location rather than the working directory, so the
 * API reads the same `.env` and `data/` whether it runs from the root, from dist/ or under Jest.
 */
export function workspaceRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`Could not find the workspace root (nx.json) above ${from}`);
    }
    dir = parent;
  }
  return dir;
}

export const ENV_FILE = join(workspaceRoot(), '.env');

/** A configured path: absolute as given, relative to the workspace root otherwise. */
export function resolveFromRoot(path: string): string {
  return isAbsolute(path) ? path : join(workspaceRoot(), path);
}
