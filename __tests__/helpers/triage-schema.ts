/** The `triage.json` contract of DESIGN.md as a strict schema, so tests fail on any drift from it. */
import { z } from 'zod'
import { CATEGORIES } from '../../src/model/triage.js'

const category = z.enum(CATEGORIES)

export const triageSchema = z.strictObject({
  schemaVersion: z.literal(1),
  primaryCategory: category,
  categories: z.array(category),
  retryable: z.boolean(),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  headline: z.string().min(1),
  findings: z.array(
    z.strictObject({
      ruleId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      category,
      title: z.string().min(1),
      surface: z.enum(['component', 'test', 'coverage', 'cli', 'log']),
      component: z
        .strictObject({
          type: z.string(),
          name: z.string(),
          file: z.string().optional(),
          line: z.number().int().positive().optional(),
          column: z.number().int().positive().optional()
        })
        .optional(),
      test: z.strictObject({ class: z.string(), method: z.string(), fullName: z.string() }).optional(),
      message: z.string(),
      stackTrace: z.string().optional(),
      captures: z.record(z.string(), z.string()),
      explanation: z.string().optional(),
      remediation: z.array(z.string()),
      docs: z.array(z.string()),
      retryable: z.boolean()
    })
  ),
  tests: z.strictObject({
    ran: z.number().int().nonnegative(),
    passed: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
    skipped: z.number().int().nonnegative(),
    failedTests: z.array(z.string())
  }),
  coverage: z.strictObject({
    orgWide: z.number().nullable(),
    threshold: z.number(),
    belowThreshold: z.array(
      z.strictObject({ name: z.string(), percent: z.number(), uncoveredLines: z.array(z.number()) })
    )
  }),
  sources: z.array(
    z.strictObject({
      path: z.string(),
      format: z.string(),
      ok: z.boolean(),
      reason: z.string().optional(),
      bytes: z.number().optional()
    })
  )
})
