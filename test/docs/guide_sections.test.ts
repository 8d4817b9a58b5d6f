// The English guide and its Chinese version are kept in step by hand. This
// test catches the drift a translator cannot see at a glance: a section or
// subsection added to one guide only, a renumbered section, or a code block
// or transcript that was added, dropped or edited in one language only.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** The parts of a Markdown guide that must match across languages. */
interface GuideShape {
  /** Level-2 and level-3 headings outside code blocks, e.g. `## 7. Two machines`. */
  headings: { level: 2 | 3; text: string }[];
  /** Each fenced code block: its opening line and its body, verbatim. */
  codeBlocks: string[];
}

function guideShape(markdown: string): GuideShape {
  const headings: GuideShape['headings'] = [];
  const codeBlocks: string[] = [];
  let block: string[] | null = null;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) {
      if (block === null) {
        block = [line];
      } else {
        codeBlocks.push(block.join('\n'));
        block = null;
      }
      continue;
    }
    if (block !== null) {
      block.push(line);
      continue;
    }
    const heading = /^(#{2,3}) (.*)$/.exec(line);
    if (heading) headings.push({ level: heading[1]!.length as 2 | 3, text: heading[2]! });
  }
  assert.equal(block, null, 'a code block is not closed');
  return { headings, codeBlocks };
}

/** `## 7. Two machines` -> `7.`; the translated title may say anything after it. */
function sectionNumber(text: string): string {
  return /^(\d+\.)/.exec(text)?.[1] ?? '(none)';
}

/** Returns the differences between two guides, in words; empty when they are in step. */
function differences(english: string, chinese: string): string[] {
  const en = guideShape(english);
  const zh = guideShape(chinese);
  const found: string[] = [];
  for (const level of [2, 3] as const) {
    const enCount = en.headings.filter((h) => h.level === level).length;
    const zhCount = zh.headings.filter((h) => h.level === level).length;
    if (enCount !== zhCount) found.push(`level-${level} headings: English ${enCount}, Chinese ${zhCount}`);
  }
  const enOutline = en.headings.map((h) => `${'#'.repeat(h.level)} ${h.level === 2 ? sectionNumber(h.text) : ''}`);
  const zhOutline = zh.headings.map((h) => `${'#'.repeat(h.level)} ${h.level === 2 ? sectionNumber(h.text) : ''}`);
  if (enOutline.join('|') !== zhOutline.join('|')) {
    found.push(`outline differs: English ${enOutline.join(', ')}; Chinese ${zhOutline.join(', ')}`);
  }
  if (en.codeBlocks.length !== zh.codeBlocks.length) {
    found.push(`fenced code blocks: English ${en.codeBlocks.length}, Chinese ${zh.codeBlocks.length}`);
  } else {
    en.codeBlocks.forEach((code, i) => {
      if (code !== zh.codeBlocks[i]) found.push(`code block ${i + 1} differs:\n${code}\n---\n${zh.codeBlocks[i]}`);
    });
  }
  return found;
}

function readGuide(path: string): string {
  return readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
}

describe('docs/guide.md and docs/zh-CN/guide.md', () => {
  const english = readGuide('docs/guide.md');
  const chinese = readGuide('docs/zh-CN/guide.md');

  it('have the same sections, subsections and code blocks', () => {
    assert.deepEqual(differences(english, chinese), []);
  });

  it('each link to the other language near the top', () => {
    const top = (text: string) => text.split('\n').slice(0, 5).join('\n');
    assert.match(top(english), /\]\(zh-CN\/guide\.md\)/);
    assert.match(top(chinese), /\]\(\.\.\/guide\.md\)/);
  });

  it('are real guides, so the comparison compares something', () => {
    const shape = guideShape(english);
    assert.ok(shape.headings.filter((h) => h.level === 2).length >= 5);
    assert.ok(shape.codeBlocks.length >= 5);
  });
});

describe('the comparison', () => {
  const english = '# T\n\n## 1. One\n\ntext\n\n```sh\nerlts\n```\n\n### A\n\n## 2. Two\n\n```\n1> 2 + 3.\n5\n```\n';
  const chinese = '# 标题\n\n## 1. 一\n\n文字\n\n```sh\nerlts\n```\n\n### 甲\n\n## 2. 二\n\n```\n1> 2 + 3.\n5\n```\n';

  it('accepts a translation with the same shape', () => {
    assert.deepEqual(differences(english, chinese), []);
  });

  it('finds a missing subsection', () => {
    assert.match(differences(english, chinese.replace('### 甲\n', '')).join('\n'), /level-3 headings: English 1, Chinese 0/);
  });

  it('finds a missing code block', () => {
    assert.match(differences(english, chinese.replace('```sh\nerlts\n```\n', '')).join('\n'), /fenced code blocks: English 2, Chinese 1/);
  });

  it('finds an edited transcript', () => {
    assert.match(differences(english, chinese.replace('5\n```', '6\n```')).join('\n'), /code block 2 differs/);
  });

  it('finds renumbered sections', () => {
    assert.match(differences(english, chinese.replace('## 2. 二', '## 3. 二')).join('\n'), /outline differs/);
  });

  it('ignores a heading-like line inside a code block', () => {
    const withComment = (text: string) => text.replace('```sh\nerlts\n```', '```sh\n## not a heading\nerlts\n```');
    assert.deepEqual(differences(withComment(english), withComment(chinese)), []);
  });
});
