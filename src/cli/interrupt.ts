/**
 * Ctrl+C (SIGINT) or SIGTERM during a one-shot command (build, preview): deck says so and stops at
 * once, with the shell's codes for them (130, 143). The output's temporary file is removed as the
 * process exits (src/output/writeFile.ts), so nothing is left behind and the previous PDF stays.
 * (`deck watch` handles the signals itself: it finishes the build under way, then stops.)
 * `beforeExit` runs after the message, before the exit: deck build DIR DIR … stops its worker
 * threads there, which remove their own temporary files.
 */
import { msg } from '../messages/index.js';

export async function interruptible<T>(
  say: (s: string) => void,
  run: () => Promise<T>,
  beforeExit?: () => void,
  message: () => string = () => msg().output.interrupted(),
): Promise<T> {
  const stop = (signal: NodeJS.Signals) => {
    say(`${message()}\n`);
    beforeExit?.();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await run();
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
