/**
 * phraseKey asks its own test of whether a line has white space to collapse before collapseWhiteSpace: the key
 * must be the one collapsing every line gives, for every kind of white space, alone, doubled or beside a space.
 */
import { describe, expect, it } from 'vitest';
import { corpusLines } from '../corpus-lines.js';
import { phraseKey } from '../../src/cues/phrase-set.js';

/** phraseKey as defined: lower case, each white-space run one space, decoration off both ends. */
const former = (text: string) => (text.length > 80 ? '' : text.toLowerCase().replace(/\s+/g, ' ').replace(/^[\s\-–—•·|:>*»›([]+|[\s\-–—•·|:.!»›)\]]+$/g, ''));

// Every code unit, in words, beside a space and doubled; and so every white-space character.
const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
const probes = units.flatMap((c) => [`Share${c}this`, `share ${c}this`, `share${c} this`, `share${c}${c}this`, `${c}share`, `share${c}`]);

describe('phraseKey', () => {
  it('should give the key collapsing the white space of every line gives', () => {
    const differ = [...new Set(corpusLines()), ...probes].filter((line) => phraseKey(line) !== former(line));
    expect(differ.slice(0, 5), `${differ.length} lines`).toEqual([]);
  });
});
