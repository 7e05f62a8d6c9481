import { describe, expect, it } from '@jest/globals'
import { codeBlock, codeSpan, escapeText, lineRanges, shorten } from '../../src/render/markdown.js'

describe('escapeText', () => {
  it('neutralises mentions and issue references without changing what is read', () => {
    expect(escapeText('ask @dana-dev about #42')).toBe('ask @\u200Bdana-dev about #\u200B42')
  })

  it('disarms HTML, links, images and table pipes', () => {
    const hostile =
      '<img src=x onerror=alert(1)> ![x](https://evil.example/p.png) [click](javascript:alert(1)) a|b'
    const escaped = escapeText(hostile)
    expect(escaped).not.toMatch(/(?<!\\)[<[|]/)
    expect(escaped).toContain('\\<img')
    expect(escaped).toContain('a\\|b')
  })

  it('keeps a cell on one line', () => {
    expect(escapeText('line one\nline two\r\nthree')).toBe('line one line two three')
  })

  it('escapes entities before they can be interpreted', () => {
    expect(escapeText('&lt;script&gt;')).toBe('&amp;lt;script&amp;gt;')
  })
})

describe('codeSpan and codeBlock', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeSpan('a ``` b')).toBe('````a ``` b````')
    expect(codeBlock('x\n````\ny')).toBe('`````\nx\n````\ny\n`````')
  })

  it('pads a span that starts or ends with a backtick and escapes pipes for tables', () => {
    expect(codeSpan('`x`')).toBe('`` `x` ``')
    expect(codeSpan('a|b')).toBe('`a\\|b`')
  })
})

describe('helpers', () => {
  it('shortens on a character boundary with an ellipsis', () => {
    expect(shorten('😀😀😀😀', 3)).toBe('😀😀…')
    expect(shorten('  a \n b  ', 10)).toBe('a b')
  })

  it('turns line numbers into ranges', () => {
    expect(lineRanges([31, 9, 10, 11, 12, 20, 12])).toBe('9–12, 20, 31')
    expect(lineRanges([1, 3, 5, 7], 2)).toBe('1, 3, …')
  })
})
