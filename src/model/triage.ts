/** The result of a triage: the `triage.json` contract (schemaVersion 1) in TypeScript. */
import type { SourceRecord, Surface } from './evidence.js'

/** Ordered by precedence: the first present category is the primary one. */
export const CATEGORIES = [
  'auth',
  'dependency',
  'metadata',
  'limits',
  'test',
  'coverage',
  'transient',
  'unknown'
] as const

export type Category = (typeof CATEGORIES)[number]

export interface FindingComponent {
  type: string
  name: string
  file?: string
  line?: number
  column?: number
}

export interface FindingTest {
  class: string
  method: string
  fullName: string
}

export interface Finding {
  ruleId: string
  category: Category
  title: string
  surface: Surface
  component?: FindingComponent
  test?: FindingTest
  message: string
  /** Test findings: the Apex stack trace, for the collapsed block in reports. */
  stackTrace?: string
  captures: Record<string, string>
  explanation?: string
  remediation: string[]
  docs: string[]
  retryable: boolean
}

export interface TestSummary {
  ran: number
  passed: number
  failed: number
  skipped: number
  failedTests: string[]
}

export interface CoverageSummary {
  orgWide: number | null
  threshold: number
  belowThreshold: { name: string; percent: number; uncoveredLines: number[] }[]
}

export interface Triage {
  schemaVersion: 1
  primaryCategory: Category
  categories: Category[]
  retryable: boolean
  fingerprint: string
  headline: string
  findings: Finding[]
  tests: TestSummary
  coverage: CoverageSummary
  sources: SourceRecord[]
}
