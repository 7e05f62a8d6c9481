#!/usr/bin/env node
/**
 * Static ReDoS check of every built-in rule pattern with recheck. Fails on exponential backtracking
 * (any checker) and on polynomial backtracking of degree 3 or more proven by the automaton checker.
 * Degree 2 is accepted: unanchored `a[^\n]+?b` patterns are quadratic by nature, and the engine caps
 * the text it matches (MAX_MATCH_TEXT in src/classify/match.ts), which bounds that cost. Polynomial
 * verdicts of the fuzz checker are heuristics (bounded repeats such as `\S{1,120}` look polynomial to
 * it) and are printed as warnings to review, not failures.
 * Runs from the bundle-free build in `build/` so it needs no TypeScript loader.
 *
 * Usage: node scripts/check-redos.mjs   (after `npx tsc -p tsconfig.json`, as `npm run check:redos` does)
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'

const TIMEOUT_MS = 2000

if (isMainThread) {
  const { BUILT_IN_RULES } = await import('../build/src/classify/registry.js')
  const patterns = BUILT_IN_RULES.flatMap(rule =>
    rule.patterns.map((pattern, index) => ({
      id: `${rule.id}#${index}`,
      source: pattern.source,
      flags: pattern.flags
    }))
  )
  const workers = Math.max(1, Math.min(availableParallelism(), 4))
  const slices = Array.from({ length: workers }, (_, worker) =>
    patterns.filter((_, index) => index % workers === worker)
  )
  const started = Date.now()
  const results = (
    await Promise.all(
      slices.map(
        slice =>
          new Promise((resolve, reject) => {
            const worker = new Worker(fileURLToPath(import.meta.url), { workerData: slice })
            worker.once('message', resolve)
            worker.once('error', reject)
          })
      )
    )
  ).flat()
  const failures = results.filter(result => result.verdict === 'fail')
  const unknown = results.filter(result => result.verdict === 'unknown')
  const review = results.filter(result => result.verdict === 'review')
  for (const result of failures)
    console.error(`✗ ${result.id}: ${result.summary}  /${result.source}/${result.flags}`)
  for (const result of review)
    console.warn(`~ ${result.id}: ${result.summary}, not proven  /${result.source}/${result.flags}`)
  for (const result of unknown) console.warn(`? ${result.id}: not decided within ${TIMEOUT_MS} ms`)
  console.log(
    `ReDoS check: ${results.length} patterns, ${failures.length} vulnerable, ${review.length} to review, ${unknown.length} undecided, ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`
  )
  process.exitCode = failures.length > 0 ? 1 : 0
} else {
  const { checkSync } = await import('recheck')
  const verdicts = workerData.map(pattern => {
    const result = checkSync(pattern.source, pattern.flags, { timeout: TIMEOUT_MS })
    const complexity = result.complexity
    const vulnerable = result.status === 'vulnerable'
    const exponential = vulnerable && complexity?.type === 'exponential'
    const highDegree = vulnerable && complexity?.type === 'polynomial' && complexity.degree >= 3
    const proven = result.checker === 'automaton'
    return {
      ...pattern,
      verdict:
        exponential || (highDegree && proven)
          ? 'fail'
          : highDegree
            ? 'review'
            : result.status === 'unknown'
              ? 'unknown'
              : 'pass',
      summary: complexity?.summary ?? result.status
    }
  })
  parentPort.postMessage(verdicts)
}
