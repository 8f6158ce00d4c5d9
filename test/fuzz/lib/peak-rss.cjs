// Preloaded into the CLI by the fuzzer (node --import): at exit, writes the process's peak
// resident set size (KiB) to $ITSTRAT_FUZZ_RSS_FILE.
const { writeFileSync } = require('node:fs');
const file = process.env.ITSTRAT_FUZZ_RSS_FILE;
if (file) process.on('exit', () => {
  try {
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  } catch {
    // Nothing to report to.
  }
});
