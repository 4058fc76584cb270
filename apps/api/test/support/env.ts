/**
 * Sets environment variables for one test file and returns what undoes it. ConfigModule reads
 * process.env when the app is created, so call this before createTestApp and undo it after close.
 */
export function setEnv(values: Record<string, string | undefined>): () => void {
  const before = new Map(Object.keys(values).map((name) => [name, process.env[name]]));
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) {
      delete process.env[name];
    } else {
      process.env[name] = value;
    }
  }
  return () => {
    for (const [name, value] of before) {
      if (value === undefined) {
        delete process.env[name];
      } else {
        process.env[name] = value;
      }
    }
  };
}
