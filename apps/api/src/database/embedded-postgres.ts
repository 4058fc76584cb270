import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';

export interface EmbeddedPostgresOptions {
  /** Folder for the data files; null keeps everything in memory. */
  readonly dataDir: string | null;
  /** Connections the socket server multiplexes; must cover the app's pool. */
  readonly maxConnections: number;
}

/**
 * Postgres compiled to WASM (PGlite), served on a loopback port over the Postgres wire protocol,
 * so TypeORM and `pg` take the very same path as with a real server.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    /** `postgres://...` for `pg`. */
    readonly url: string,
  ) {}

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    if (options.dataDir) {
      mkdirSync(options.dataDir, { recursive: true });
    }
    const db = await PGlite.create(options.dataDir ?? 'memory://');
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: 0,
      maxConnections: options.maxConnections,
    });
    await server.start();
    return new EmbeddedPostgres(
      db,
      server,
      `postgres://postgres@${server.getServerConn()}/postgres`,
    );
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
  }
}
