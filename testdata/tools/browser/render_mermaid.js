#!/usr/bin/env node
// render_mermaid.js --modules DIR --chromium PATH FILE.mmd
//
// Renders a Mermaid flowchart (msglint graph --format mermaid) with
// Mermaid's own renderer, the one GitHub uses, in headless Chromium, and
// prints what it drew, one line each, for FileCheck:
//   node CLASSES: LABEL          (CLASSES: the classDef classes, e.g. "topic finding")
//   link PATTERN THICKNESS STROKE
// Exits 1 with "FAIL: ..." when Mermaid cannot parse or render the file.
'use strict';

const fs = require('fs');
const path = require('path');
const { fail, parseArgs, launch } = require('./chromium');

async function main() {
  const argv = process.argv.slice(2);
  const file = argv.pop();
  const args = parseArgs(argv, ['modules', 'chromium']);
  const browser = await launch(args.modules, args.chromium);
  const page = await browser.newPage();
  await page.setContent('<!DOCTYPE html><html><body><div id="out"></div></body></html>');
  await page.addScriptTag({ path: path.resolve(args.modules, 'mermaid', 'dist', 'mermaid.min.js') });
  const drawn = await page.evaluate(async (text) => {
    /* global mermaid */
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    try {
      await mermaid.parse(text);
      const { svg } = await mermaid.render('graph', text);
      document.getElementById('out').innerHTML = svg; // Mermaid's own, sanitised output
    } catch (e) {
      return { error: String(e && e.message || e) };
    }
    const skip = new Set(['node', 'default']);
    const nodes = [...document.querySelectorAll('#out g.node')].map((n) =>
      n.getAttribute('class').split(/\s+/).filter((c) => c && !skip.has(c)).join(' ') + ': ' + n.textContent);
    const links = [...document.querySelectorAll('#out path.flowchart-link')].map((p) => {
      const cls = p.getAttribute('class');
      const stroke = /(?:^|;)stroke:([^;]+)/.exec(p.getAttribute('style') || '');
      return (/edge-pattern-(\w+)/.exec(cls) || [, '?'])[1] + ' ' + (/edge-thickness-(\w+)/.exec(cls) || [, '?'])[1] +
        ' ' + (stroke ? stroke[1].trim() : 'default');
    });
    return { nodes, links };
  }, fs.readFileSync(file, 'utf8'));
  await browser.close();
  if (drawn.error) fail('Mermaid cannot render ' + file + ': ' + drawn.error);
  drawn.nodes.forEach((n) => console.log('node ' + n));
  drawn.links.forEach((l) => console.log('link ' + l));
}

main().catch((e) => fail(e.stack || String(e)));
