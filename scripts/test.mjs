// `npm test`: every check the project has, cheapest first, stopping at the first failure so the
// error on screen is the one to fix. Exits with the failing stage's code.
import { run } from './lib/run.mjs'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const stages = ['typecheck', 'lint', 'test:unit', 'test:e2e']
const began = Date.now()
const secs = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

for (const [i, stage] of stages.entries()) {
  console.log(`\n━━━ ShopBridge test ${i + 1}/${stages.length}: npm run ${stage} ━━━`)
  const t = Date.now()
  const code = await run(npm, ['run', '--silent', stage])
  if (code !== 0) {
    console.error(
      `\n✗ ShopBridge test stage "${stage}" failed (exit ${code}, ${secs(t)}); later stages not run.`,
    )
    process.exit(code)
  }
  console.log(`✓ ${stage} (${secs(t)})`)
}
console.log(`\nShopBridge tests: all ${stages.length} stages passed in ${secs(began)}.`)
