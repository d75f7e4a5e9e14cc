/**
 * The CLI on a large table runs itself again with the C library's allocator asking for huge pages.
 *
 * A large table's buffers (a 1M table's snapshot is 312 MB, its index arrays as much) are touched for the first time
 * as they are read; on this project's machines each fresh 4 KB page costs a page fault of ~12 µs (a 312 MB buffer: 0.9–1.1 s), and
 * those faults are most of a snapshot's load (measured, 1M snapshot: read and checksum 1.3 s, load 2.4 s; with
 * glibc's `glibc.malloc.hugetlb=1` tunable the kernel backs them with 2 MB pages: read and checksum 0.15–0.6 s, load
 * 1.1–1.6 s). The tunable is read when a process starts, so it cannot be set from inside: the CLI starts a child
 * with it (foreground-child passes on stdio, signals and the exit status). Only for a table file of
 * RELAUNCH_MIN_BYTES or more: a second Node process costs ~0.1 s, which a small table would notice. A library user
 * sets the variable in the environment of the process that loads a large table (see README).
 */
import { statSync } from 'node:fs';
import { foregroundChild } from 'foreground-child';

export const HUGE_PAGES_TUNABLE = 'glibc.malloc.hugetlb=1';
/** A file this large among the arguments (a table or snapshot: a 100k table's snapshot is ~30 MB, 1M's 312 MB). */
export const RELAUNCH_MIN_BYTES = 64 * 2 ** 20;
/** Set to 0 to keep the CLI in one process whatever the table's size. */
export const RELAUNCH_SWITCH = 'ONOMA_HUGE_PAGES';

/** `env` with the huge-pages tunable added to whatever GLIBC_TUNABLES it holds (tunables are colon-separated). */
export function withHugePages(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const tunables = env.GLIBC_TUNABLES;
  return { ...env, GLIBC_TUNABLES: tunables ? `${tunables}:${HUGE_PAGES_TUNABLE}` : HUGE_PAGES_TUNABLE };
}

/** The size of a file, or undefined for anything that is not one (an option, a missing path, a directory). */
function fileSize(arg: string): number | undefined {
  try {
    const stat = statSync(arg);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the CLI, given `args`, should run again with huge pages: on Linux (the tunable is glibc's; elsewhere it
 * does nothing), when no huge-pages tunable is set yet (the child has it: never twice), unless switched off, and only
 * when one of the arguments is a file of RELAUNCH_MIN_BYTES or more.
 */
export function wantsHugePages(args: readonly string[], env: NodeJS.ProcessEnv, platform: string, sizeOf: (arg: string) => number | undefined = fileSize): boolean {
  if (platform !== 'linux' || env[RELAUNCH_SWITCH] === '0' || env.GLIBC_TUNABLES?.includes('glibc.malloc.hugetlb')) return false;
  return args.map(pathIn).some((path) => path !== '' && (sizeOf(path) ?? 0) >= RELAUNCH_MIN_BYTES);
}

/** The path an argument may name: itself, or an option's value after = (--table=big.onoma); '' for a bare option. */
function pathIn(arg: string): string {
  if (!arg.startsWith('-')) return arg;
  const equals = arg.indexOf('=');
  return equals < 0 ? '' : arg.slice(equals + 1);
}

/**
 * Runs this CLI again as a foreground child with huge pages when wantsHugePages says so, and returns true (this
 * process then only waits, and exits as the child does); false when the caller should go on itself.
 */
export function relaunchWithHugePages(script: string, args: readonly string[]): boolean {
  if (!wantsHugePages(args, process.env, process.platform)) return false;
  foregroundChild(process.execPath, [...process.execArgv, script, ...args], { env: withHugePages(process.env) });
  return true;
}
