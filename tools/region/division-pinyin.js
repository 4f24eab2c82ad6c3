#!/usr/bin/env node
// Writes the pinyin readings of every province, prefecture and county name of the gazetteer, for
// org.nianbao.region.HostRegions (government hosts are spelt from these readings: dayao.gov.cn,
// fjtn.gov.cn = 福建 + 泰宁).
//
// Usage:  cd /tmp && npm pack pinyin-pro@3.29.4 && tar xzf pinyin-pro-3.29.4.tgz
//         node tools/region/division-pinyin.js /tmp/package \
//             indexer/src/main/resources/org/nianbao/region/divisions.tsv.gz \
//             indexer/src/main/resources/org/nianbao/region/division-pinyin.tsv.gz
//
// Output: UTF-8, gzip, one division a line: `code<TAB>name<TAB>syllables`, one syllable group per
// character separated by spaces; a group lists every reading of the character separated by `|`,
// the reading pinyin-pro chooses in context first: `610116 长安区 chang|zhang an qu|ou`.
// ü is written v (lvliang.gov.cn); tones are dropped. Townships (9-digit codes) are left out: the
// host clue never names a township.
'use strict';
const fs = require('fs');
const zlib = require('zlib');

function main(pinyinPro, divisionsIn, out) {
  const { pinyin, polyphonic } = require(require('path').resolve(pinyinPro));
  const text = zlib.gunzipSync(fs.readFileSync(divisionsIn)).toString('utf8');
  const lines = [];
  for (const line of text.split('\n')) {
    const [code, name] = line.split('\t');
    if (!code || code.length !== 6) {
      continue;
    }
    const chars = Array.from(name);
    const context = pinyin(name, { toneType: 'none', type: 'array', v: true });
    const all = polyphonic(name, { toneType: 'none', type: 'array', v: true });
    if (context.length !== chars.length || all.length !== chars.length) {
      throw new Error(`cannot align readings of ${name}`);
    }
    const groups = chars.map((_, i) => {
      // v: true writes ü as v in pinyin() but not in polyphonic(), hence the replace.
      const clean = [...new Set([context[i], ...all[i]].map((r) => r.replace(/ü/g, 'v')))];
      for (const r of clean) {
        if (!/^[a-z]+$/.test(r)) {
          throw new Error(`not a pinyin syllable in ${name}: ${r}`);
        }
      }
      return clean.join('|');
    });
    lines.push(`${code}\t${name}\t${groups.join(' ')}\n`);
  }
  // Node writes gzip headers with mtime 0, so the output is byte-identical between runs.
  fs.writeFileSync(out, zlib.gzipSync(Buffer.from(lines.join(''), 'utf8'), { level: 9 }));
  console.error(`${lines.length} names`);
}

main(process.argv[2], process.argv[3], process.argv[4]);
