// Headless Chromium for the graph tools: check_graph_page.js and
// render_mermaid.js (the tests), open_graph_page.js (bench/graph-page,
// scripts/screenshot-graph). Debian's Chromium, driven by playwright-core
// from the build tree (testdata/CMakeLists.txt installs it).
'use strict';

const fs = require('fs');
const path = require('path');

function fail(message) {
  console.log('FAIL: ' + message);
  process.exit(1);
}

// --name VALUE pairs; names in `lists` may repeat.
function parseArgs(argv, required, lists) {
  const args = {};
  (lists || []).forEach((name) => { args[name] = []; });
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (Array.isArray(args[name])) args[name].push(argv[i + 1]);
    else args[name] = argv[i + 1];
  }
  for (const name of required) if (!args[name]) fail('missing --' + name);
  return args;
}

async function launch(modules, chromiumPath) {
  if (!fs.existsSync(chromiumPath))
    fail(chromiumPath + ' not found: the graph tools need Chromium (scripts/install-deps installs it)');
  const { chromium } = require(path.resolve(modules, 'playwright-core'));
  return chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
}

// Opens a page msglint wrote and waits until it has laid out. `problems`
// collects what must not happen: script and console errors, dialogs, any
// request but the page itself. Each wait fails as soon as one happens.
async function openGraphPage(browser, file) {
  const url = 'file://' + path.resolve(file);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push('script error: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
  page.on('dialog', (d) => { problems.push('dialog: ' + d.message()); d.dismiss(); });
  page.on('request', (r) => { if (r.url() !== url) problems.push('network request: ' + r.url()); });
  const noProblems = (when) => { if (problems.length) fail(when + ': ' + problems.join('; ')); };
  const until = async (what, done) => {
    for (const start = Date.now(); Date.now() - start < 120000;) {
      noProblems(what);
      if (await page.evaluate(done)) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    fail(what + ': no answer in 120 s');
  };
  const idle = () => until('laying out', () => document.documentElement.dataset.layout === 'idle');
  await page.goto(url, { waitUntil: 'commit' }); // the page may lay out for a while before 'load'
  await until('loading ' + file, () => !!document.documentElement.dataset.state);
  if (await page.getAttribute('html', 'data-state') !== 'ready') fail(file + ': the page did not lay out');
  await idle();
  return { page, noProblems, until, idle };
}

module.exports = { fail, parseArgs, launch, openGraphPage };
