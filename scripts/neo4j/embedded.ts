/**
 * The embedded Neo4j: builds the launcher of scripts/neo4j once (Maven), starts it
 * in a child JVM, waits until Bolt answers, stops it, and finds one that another
 * command of ours already runs on the same data folder.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';

const LAUNCHER_DIR = path.resolve(__dirname);
const CLASSES = path.join(LAUNCHER_DIR, 'target', 'classes');
const LIB = path.join(LAUNCHER_DIR, 'target', 'lib');
const MAIN_CLASS = 'dev.actorgraph.EmbeddedNeo4j';
const BUILD_STAMP = path.join(LAUNCHER_DIR, 'target', 'built.stamp');
/** The launcher's Java sources (the launcher and the procedures it registers). */
const JAVA_DIR = path.join(LAUNCHER_DIR, 'src/main/java/dev/actorgraph');

/** Neo4j's own JVM flags, as its server passes them: Netty needs these opens on Java 17. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}

export interface EmbeddedOptions {
  /** Folder for the store, logs and instance file. */
  dataDir: string;
  /** Bolt port; 0 (the default) picks 7687 when free, else any free port. */
  port?: number;
  heapMb?: number;
  pageCacheMb?: number;
  startTimeoutMs?: number;
  /** Called with progress lines ("building the launcher…"). */
  onStatus?: (message: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  pid: number;
  /** True when this process started it (and so must stop it). */
  owned: boolean;
  stop(): Promise<void>;
}

interface InstanceFile {
  pid: number;
  uri: string;
}

function commandAnswers(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

/** Java (and Maven, to build) must be there; say what to install otherwise, in one message. */
export function checkPrerequisites(needMaven: boolean): void {
  const missing = [
    commandAnswers('java', ['-version']) ? null : 'a JDK 17 or newer (`java`)',
    !needMaven || commandAnswers('mvn', ['-v']) ? null : 'Maven 3.8 or newer (`mvn`)',
  ].filter((m): m is string => m !== null);
  if (missing.length > 0) {
    throw new EmbeddedNeo4jError(
      `The embedded Neo4j needs ${missing.join(' and ')} on the PATH. ` +
        'Install them (Debian: apt-get install openjdk-17-jdk-headless maven), ' +
        'or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use a Neo4j 5 server you run yourself.',
    );
  }
}

/** Compiles the launcher and copies Neo4j's jars once; again only when the pom or the Java source changes. */
export function ensureBuilt(onStatus: (message: string) => void = () => {}): void {
  const sources = [
    path.join(LAUNCHER_DIR, 'pom.xml'),
    ...readdirSync(JAVA_DIR).map((file) => path.join(JAVA_DIR, file)),
  ];
  if (existsSync(BUILD_STAMP)) {
    const built = statSync(BUILD_STAMP).mtimeMs;
    if (sources.every((file) => statSync(file).mtimeMs <= built)) return;
  }
  checkPrerequisites(true);
  onStatus('Building the embedded Neo4j launcher (the first time downloads Neo4j from Maven Central)…');
  const result = spawnSync(
    'mvn',
    [
      '-B',
      '-q',
      '-Dstyle.color=never',
      'compile',
      'dependency:copy-dependencies',
      `-DoutputDirectory=${LIB}`,
      '-DincludeScope=runtime',
    ],
    { cwd: LAUNCHER_DIR, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new EmbeddedNeo4jError(`Maven could not build the embedded Neo4j launcher in ${LAUNCHER_DIR}:\n${output}`);
  }
  writeFileSync(BUILD_STAMP, new Date().toISOString());
}

export function freePort(preferred = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (preferred !== 0 && error.code === 'EADDRINUSE') resolve(freePort(0));
      else reject(error);
    });
    server.listen(preferred, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function boltAnswers(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2000 });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function instanceFile(dataDir: string): string {
  return path.join(dataDir, 'instance.json');
}

/** An instance that another of our commands (say `npm start`) runs on this data folder, if any. */
export async function findRunning(dataDir: string): Promise<RunningNeo4j | null> {
  const file = instanceFile(dataDir);
  if (!existsSync(file)) return null;
  let instance: InstanceFile;
  try {
    instance = JSON.parse(readFileSync(file, 'utf8')) as InstanceFile;
  } catch {
    return null;
  }
  if (!processAlive(instance.pid) || !(await boltAnswers(instance.uri))) return null;
  return { uri: instance.uri, pid: instance.pid, owned: false, stop: async () => {} };
}

function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(the log file could not be read)';
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts Neo4j in a child JVM and resolves once it answers on Bolt. The JVM watches
 * its standard input, so it shuts down by itself if this process dies.
 */
export async function startEmbedded(options: EmbeddedOptions): Promise<RunningNeo4j> {
  const onStatus = options.onStatus ?? (() => {});
  ensureBuilt(onStatus);
  checkPrerequisites(false);
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort(options.port ?? 7687);
  const logFile = path.join(dataDir, 'neo4j-launcher.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  await new Promise((resolve) => log.once('open', resolve));
  log.write(`--- ${new Date().toISOString()} starting on port ${port}\n`);

  onStatus(`Starting the embedded Neo4j on bolt://127.0.0.1:${port} (data in ${dataDir})…`);
  const child = spawn(
    'java',
    [
      `-Xmx${options.heapMb ?? 1024}m`,
      ...JVM_FLAGS,
      '-cp',
      `${CLASSES}${path.delimiter}${path.join(LIB, '*')}`,
      MAIN_CLASS,
      dataDir,
      String(port),
      String(options.pageCacheMb ?? 512),
      '--exit-on-stdin-eof',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const uri = `bolt://127.0.0.1:${port}`;

  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), options.startTimeoutMs ?? 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY ')) {
        clearTimeout(timer);
        resolve(true);
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(false);
    });
    child.once('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  if (!ready) {
    child.kill('SIGKILL');
    await waitForExit(child, 5000);
    log.end();
    throw new EmbeddedNeo4jError(
      `The embedded Neo4j did not start. Its log is ${logFile}; the last lines:\n${tail(logFile, 20)}`,
    );
  }
  const pid = child.pid ?? -1;
  writeFileSync(instanceFile(dataDir), JSON.stringify({ pid, uri } satisfies InstanceFile));

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 30_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5000);
      }
      rmSync(instanceFile(dataDir), { force: true });
      log.end();
    })();
    return stopping;
  };
  return { uri, pid, owned: true, stop };
}
