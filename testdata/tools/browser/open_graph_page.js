#!/usr/bin/env node
// open_graph_page.js --modules DIR --chromium PATH --page PAGE.html
//     [--toggle-endpoints yes] [--click NODE_ID] [--finding RULE] [--screenshot OUT.png]
//
// Opens a page `msglint graph --format html` wrote in headless Chromium,
// waits for its layout and prints how long that took, as the page measured
// it (msglintPage.timings): from navigation to ready, and from the start
// of its script. Then, in order and as asked: shows or folds the endpoints
// (timing that layout too), highlights the first finding of RULE, clicks a
// node, and saves a screenshot. For bench/graph-page and
// scripts/screenshot-graph; the tests use check_graph_page.js.
'use strict';

const { fail, parseArgs, launch, openGraphPage } = require('./chromium');

async function main() {
  const args = parseArgs(process.argv.slice(2), ['modules', 'chromium', 'page']);
  const browser = await launch(args.modules, args.chromium);
  const { page, noProblems, idle } = await openGraphPage(browser, args.page);
  const size = () => page.evaluate(() => {
    const cy = window.msglintPage.cy;
    return cy.nodes().length + ' nodes, ' + cy.edges().length + ' edges';
  });
  const t = await page.evaluate(() => window.msglintPage.timings);
  console.log('opened: ' + (await size()) + '; ready ' + Math.round(t.readyMs) + ' ms after navigation, ' +
    'script to laid out ' + Math.round(t.layoutMs) + ' ms');
  if (args['toggle-endpoints']) {
    const start = Date.now();
    await page.click('#show-endpoints');
    await idle();
    const shown = await page.evaluate(() => window.msglintPage.state.endpoints);
    console.log('endpoints ' + (shown ? 'shown' : 'folded') + ': ' + (await size()) + '; laid out in ' +
      (Date.now() - start) + ' ms');
  }
  if (args.finding) {
    const row = await page.$('#findings-table tbody tr td:nth-child(2):text-is("' + args.finding + '")');
    if (!row) fail('no finding of ' + args.finding + ' on the page');
    await row.click();
  }
  if (args.click) {
    const at = await page.evaluate((id) => {
      const cy = window.msglintPage.cy;
      const box = cy.container().getBoundingClientRect();
      const p = cy.getElementById(id).renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, args.click);
    await page.mouse.click(at.x, at.y);
  }
  noProblems('using the page');
  if (args.screenshot) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: args.screenshot });
    console.log('screenshot ' + args.screenshot);
  }
  await browser.close();
}

main().catch((e) => fail(e.stack || String(e)));
