import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')

export function fixturePath(...parts: string[]): string {
  return join(FIXTURES, ...parts)
}

export function fixtureBytes(...parts: string[]): Uint8Array {
  return readFileSync(fixturePath(...parts))
}

export function fixtureJson(...parts: string[]): Record<string, unknown> {
  return JSON.parse(readFileSync(fixturePath(...parts), 'utf8')) as Record<string, unknown>
}

export function fixtureNames(folder: string, suffix: string): string[] {
  return readdirSync(fixturePath(folder))
    .filter(name => name.endsWith(suffix))
    .sort()
}

export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}
