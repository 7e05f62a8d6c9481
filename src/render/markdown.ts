/**
 * Escaping for GitHub-flavoured Markdown. Everything that came from an artifact is untrusted: it
 * must not ping people, link issues, inject HTML, links or images, or break out of a table or fence.
 */

const ZERO_WIDTH_SPACE = '\u200B'

/** Plain text in a paragraph or table cell. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/\r?\n/g, ' ')
      // Brackets are escaped, so parentheses and `!` can no longer form links or images; an underscore
      // inside a word (`Region__c`) is never emphasis in GFM, so only the ones at word edges are escaped.
      .replace(/[\\`*[\]<>|~]|(?<!\w)_|_(?!\w)/g, character => `\\${character}`)
      .replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`)
      .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
      .replace(/^([#>+=-])/, '\\$1')
  )
}

/**
 * Our own prose (titles, fix steps) with artifact names filled in: the `code spans` we wrote stay
 * code, everything else is escaped like artifact text.
 */
export function escapeProse(text: string): string {
  return text
    .split(/(`[^`\n]*`)/)
    .map(part =>
      part.length > 1 && part.startsWith('`') && part.endsWith('`')
        ? codeSpan(part.slice(1, -1))
        : escapeText(part)
    )
    .join('')
}

/** Inline code; safe inside a table cell (GFM splits cells on `|` even inside code spans). */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')
  const fence = '`'.repeat(longestRun(flat, '`') + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** A fenced block whose fence is longer than any backtick run inside, so the text cannot close it. */
export function codeBlock(text: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1))
  return `${fence}\n${text.replace(/\r\n/g, '\n')}\n${fence}`
}

function longestRun(text: string, character: string): number {
  let longest = 0
  let current = 0
  for (const next of text) {
    current = next === character ? current + 1 : 0
    if (current > longest) longest = current
  }
  return longest
}

/** Collapses whitespace and cuts at `max` characters on a character boundary, marking the cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  return `${[...flat].slice(0, max - 1).join('')}…`
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** Line numbers as ranges: [9,10,11,12,20,31] → "9–12, 20, 31". */
export function lineRanges(lines: readonly number[], maxRanges = 12): string {
  const ranges: [number, number][] = []
  for (const line of [...new Set(lines)].sort((a, b) => a - b)) {
    const last = ranges.at(-1)
    if (last && line === last[1] + 1) last[1] = line
    else ranges.push([line, line])
  }
  const shown = ranges
    .slice(0, maxRanges)
    .map(([start, end]) => (start === end ? `${start}` : `${start}–${end}`))
  return ranges.length > maxRanges ? `${shown.join(', ')}, …` : shown.join(', ')
}
