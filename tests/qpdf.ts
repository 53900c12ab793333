/** Whether qpdf is installed (CI installs it; the tests that need it say so and skip without it). */
import { execFileSync } from 'node:child_process';

export const hasQpdf = (() => {
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
