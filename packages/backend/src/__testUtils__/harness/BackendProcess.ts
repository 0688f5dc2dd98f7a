import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const BACKEND_DIR = resolvePackagePath('backend');

/**
 * What `backstage-cli package start` runs for a backend, without its file
 * watcher, IPC channel and restarts: Node with Backstage's TypeScript
 * transform, from the package directory, in development mode (the guest
 * sign-in needs it).
 */
const NODE_ARGS = [
  '--enable-source-maps',
  '--require',
  require.resolve('@backstage/cli/config/nodeTransform.cjs'),
  'src/index.ts',
];

/** A free port on a loopback address (the backend must know its own port for its baseUrl). */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/**
 * The real packages/backend as a child process, with the given config
 * files. Its output goes to `logFile`. `stop()` is a clean shutdown
 * (SIGTERM); `kill()` is a crash (SIGKILL).
 */
export class BackendProcess {
  private constructor(
    readonly url: string,
    readonly logFile: string,
    private readonly child: ChildProcess,
    private readonly exit: Promise<number | string | null>,
  ) {}

  static start(options: {
    port: number;
    configFiles: string[];
    logFile: string;
  }): BackendProcess {
    const log = openSync(options.logFile, 'a');
    const child = spawn(
      process.execPath,
      [...NODE_ARGS, ...options.configFiles.flatMap(f => ['--config', f])],
      {
        cwd: BACKEND_DIR,
        stdio: ['ignore', log, log],
        env: { ...process.env, NODE_ENV: 'development' },
      },
    );
    closeSync(log);
    const exit = new Promise<number | string | null>(resolve =>
      child.once('exit', (code, signal) => resolve(signal ?? code)),
    );
    // A harness that dies must not leave backends behind.
    const reap = () => child.kill('SIGKILL');
    process.once('exit', reap);
    exit.then(() => process.off('exit', reap));
    return new BackendProcess(
      `http://127.0.0.1:${options.port}`,
      options.logFile,
      child,
      exit,
    );
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves once every plugin has started (the readiness check answers 200). */
  async waitReady(timeoutMs = 180_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) {
        throw new Error(
          `The backend exited before it was ready (${await this
            .exit}):\n${this.logTail()}`,
        );
      }
      try {
        const res = await fetch(`${this.url}/.backstage/health/v1/readiness`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    throw new Error(
      `The backend was not ready within ${timeoutMs} ms:\n${this.logTail()}`,
    );
  }

  /** A clean shutdown; SIGKILL if it takes longer than `graceMs`. */
  async stop(graceMs = 30_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exit;
    clearTimeout(timer);
  }

  /** A crash: SIGKILL, nothing flushed, no shutdown hook runs. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGKILL');
    await this.exit;
  }

  /** The end of the backend's log, for failure messages. */
  logTail(lines = 40): string {
    try {
      return readFileSync(this.logFile, 'utf8')
        .split('\n')
        .slice(-lines)
        .join('\n');
    } catch {
      return '(no log)';
    }
  }
}
