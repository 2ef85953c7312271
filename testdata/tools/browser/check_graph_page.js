#!/usr/bin/env node
// check_graph_page.js --modules DIR --chromium PATH --page PAGE.html
//     --graph GRAPH.json --screenshot OUT.png [--click NODE_ID]... [--text TEXT]...
//     [--finding RULE]
//
// Opens a page `msglint graph --format html` wrote in headless Chromium and
// uses it as a person would: through its controls and by clicking on the
// graph. GRAPH.json is `msglint graph --format json` of the same project;
// what the page should show is worked out from it here, independently of
// the page's own code. Checks:
// - it loads with no script error, console error, dialog or network request,
//   and lays out; every service, endpoint, topic and queue is drawn, labelled
//   with its name, inside the view and overlapping no other node;
// - each kind of edge can be hidden, and takes its endpoints, queues or
//   topics with it; endpoints fold into their services; "only findings"
//   and the service filter show exactly the expected nodes; the search
//   marks what it finds;
// - clicking a node (--click) lists every site of it with file:line:col;
// - clicking a finding (the first of RULE, or the one with the most edges)
//   highlights every edge it concerns, as one connected piece;
// - each --text appears as text, and the page holds no element the code's
//   names could have injected.
// Prints what it saw, one fact a line, for FileCheck; on the first failed
// check prints "FAIL: ..." and exits 1. Saves a screenshot at the end.
'use strict';

const fs = require('fs');
const path = require('path');
const { fail, parseArgs, launch, openGraphPage } = require('./chromium');

function check(condition, message) {
  if (!condition) fail(message);
}

function sameSet(actual, expected, what) {
  const a = [...new Set(actual)].sort(), e = [...new Set(expected)].sort();
  const missing = e.filter((x) => !a.includes(x)), extra = a.filter((x) => !e.includes(x));
  check(!missing.length && !extra.length,
    what + ': missing ' + JSON.stringify(missing) + ', unexpected ' + JSON.stringify(extra));
}

// The graph as the page should draw it with endpoints shown: nodes, the
// graph's edges, and a line from each implemented endpoint to its service.
function expectedGraph(graph) {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = graph.edges.map((e, i) => ({ id: 'e' + i, kind: e.kind, from: e.from, to: e.to, sites: e.sites }));
  graph.nodes.forEach((n) => {
    if (n.kind === 'endpoint' && n.service && nodes.has('service:' + n.service))
      edges.push({ id: 'i:' + n.id, kind: 'implementation', from: n.id, to: 'service:' + n.service, sites: [] });
  });
  const adjacent = new Map(graph.nodes.map((n) => [n.id, new Set()]));
  edges.forEach((e) => { adjacent.get(e.from).add(e.to); adjacent.get(e.to).add(e.from); });
  return { nodes, edges, adjacent };
}

const FAMILY = { call: 'call', implementation: 'call', enqueue: 'job', work: 'job', publish: 'event', subscribe: 'event' };
const MEDIATOR = { call: 'endpoint', job: 'queue', event: 'topic' };

async function main() {
  const args = parseArgs(process.argv.slice(2), ['modules', 'chromium', 'page', 'graph', 'screenshot'],
    ['click', 'text']);
  const graph = JSON.parse(fs.readFileSync(args.graph, 'utf8'));
  const model = expectedGraph(graph);
  const browser = await launch(args.modules, args.chromium);
  const { page, noProblems, idle } = await openGraphPage(browser, args.page);

  const shown = () => page.evaluate(() => {
    const cy = window.msglintPage.cy;
    const on = (e) => e.style('display') !== 'none';
    return {
      nodes: cy.nodes().filter(on).map((n) => n.id()),
      edges: cy.edges().filter(on).map((e) => ({ id: e.id(), kind: e.data('kind') })),
    };
  });

  // Everything is drawn, named, in view, and apart.
  check(await page.evaluate(() => window.msglintPage.state.endpoints), 'endpoints are not shown');
  const drawn = await page.evaluate(() => {
    const cy = window.msglintPage.cy;
    const ext = cy.extent();
    return cy.nodes().map((n) => ({
      id: n.id(), label: n.data('label'), box: n.boundingBox({ includeLabels: false }),
      inView: n.boundingBox().x1 >= ext.x1 && n.boundingBox().x2 <= ext.x2 &&
        n.boundingBox().y1 >= ext.y1 && n.boundingBox().y2 <= ext.y2,
    }));
  });
  sameSet(drawn.map((n) => n.id), [...model.nodes.keys()], 'nodes drawn');
  sameSet((await shown()).edges.map((e) => e.id), model.edges.map((e) => e.id), 'edges drawn');
  for (const n of drawn) {
    const name = model.nodes.get(n.id).name;
    check(n.label.replace(/\n/g, '').startsWith(name), n.id + ' is labelled ' + JSON.stringify(n.label));
    check(n.inView, n.id + ' is outside the view');
    for (const o of drawn)
      if (o.id < n.id)
        check(n.box.x2 <= o.box.x1 || o.box.x2 <= n.box.x1 || n.box.y2 <= o.box.y1 || o.box.y2 <= n.box.y1,
          n.id + ' overlaps ' + o.id);
  }
  const count = (kind) => graph.nodes.filter((n) => n.kind === kind).length;
  console.log('drawn: ' + ['service', 'endpoint', 'topic', 'queue'].map((k) => count(k) + ' ' + k).join(', ') +
    ', ' + model.edges.length + ' edges');
  graph.nodes.filter((n) => n.kind === 'service' || n.kind === 'topic' || n.kind === 'queue')
    .forEach((n) => console.log('drawn ' + n.kind + ' ' + n.name));

  // Hiding a kind of edge hides those edges and the nodes they pass through.
  for (const family of ['call', 'job', 'event']) {
    await page.click('#show-' + family);
    await idle();
    const now = await shown();
    const expectedEdges = model.edges.filter((e) => FAMILY[e.kind] !== family);
    sameSet(now.edges.map((e) => e.id), expectedEdges.map((e) => e.id), 'edges with ' + family + 's hidden');
    const expectedNodes = graph.nodes.filter((n) => n.kind === 'service' ||
      (n.kind !== MEDIATOR[family] && expectedEdges.some((e) => e.from === n.id || e.to === n.id)));
    sameSet(now.nodes, expectedNodes.map((n) => n.id), 'nodes with ' + family + 's hidden');
    console.log('without ' + family + 's: ' + now.nodes.length + ' nodes, ' + now.edges.length + ' edges');
    await page.click('#show-' + family);
    await idle();
  }
  sameSet((await shown()).nodes, [...model.nodes.keys()], 'nodes after the kind filters are undone');

  // Endpoints folded into their services: calls go from service to service.
  await page.click('#show-endpoints');
  await idle();
  const implementer = (id) => {
    const n = model.nodes.get(id);
    return n.kind === 'endpoint' && n.service && model.nodes.has('service:' + n.service) ? 'service:' + n.service : null;
  };
  const folded = await page.evaluate(() => window.msglintPage.cy.edges().map((e) =>
    e.data('kind') + ' ' + e.source().id() + ' ' + e.target().id()));
  const expectedFolded = graph.edges.map((e) => e.kind + ' ' + e.from + ' ' + (implementer(e.to) || e.to));
  sameSet((await shown()).nodes, graph.nodes.filter((n) => !implementer(n.id)).map((n) => n.id), 'nodes with endpoints folded');
  sameSet(folded, expectedFolded, 'edges with endpoints folded');
  check(folded.length === new Set(expectedFolded).size, 'folded calls are not one edge per pair of services');
  console.log('endpoints folded: ' + folded.length + ' edges');
  await page.click('#show-endpoints');
  await idle();

  // Only findings: what the findings concern, end to end.
  const marks = await page.evaluate(() => {
    const data = JSON.parse(document.getElementById('msglint-data').textContent);
    return { marks: data.marks, findings: data.findings };
  });
  const concerned = new Set(Object.keys(marks.marks.nodes));
  const markedEdges = model.edges.filter((e, i) => e.kind !== 'implementation' &&
    (marks.marks.edges[i].length || marks.marks.relatedEdges[i].length));
  markedEdges.forEach((e) => { concerned.add(e.from); concerned.add(e.to); });
  [...concerned].forEach((id) => {
    const n = model.nodes.get(id);
    if (n.kind === 'endpoint' && n.service && model.nodes.has('service:' + n.service)) concerned.add('service:' + n.service);
  });
  await page.click('#only-findings');
  await idle();
  sameSet((await shown()).nodes, [...concerned], 'nodes with only findings');
  console.log('only findings: ' + concerned.size + ' of ' + model.nodes.size + ' nodes');
  await page.click('#only-findings');
  await idle();

  // One service: it, what it exchanges messages with, and one hop further.
  for (const service of graph.nodes.filter((n) => n.kind === 'service')) {
    const expected = new Set([service.id, ...model.adjacent.get(service.id)]);
    [...expected].filter((id) => model.nodes.get(id).kind !== 'service').forEach((m) => {
      model.adjacent.get(m).forEach((id) => expected.add(id));
    });
    await page.selectOption('#service-filter', service.name);
    await idle();
    sameSet((await shown()).nodes, [...expected], 'nodes with only ' + service.name);
    console.log('only ' + service.name + ': ' + expected.size + ' nodes');
  }
  await page.selectOption('#service-filter', '');
  await idle();

  // The search marks the nodes whose names hold the text.
  const query = graph.nodes[0].name;
  await page.fill('#search', query);
  const matched = await page.evaluate(() => window.msglintPage.cy.nodes('.match').map((n) => n.id()));
  sameSet(matched, graph.nodes.filter((n) => n.name.toLowerCase().includes(query.toLowerCase())).map((n) => n.id),
    'search for ' + query);
  console.log('search ' + query + ': ' + (await page.textContent('#search-count')));
  await page.fill('#search', '');

  // Clicking a node lists its sites.
  for (const id of args.click) {
    check(model.nodes.has(id), 'no node ' + id + ' in ' + args.graph);
    const at = await page.evaluate((nodeId) => {
      const cy = window.msglintPage.cy;
      const box = cy.container().getBoundingClientRect();
      const p = cy.getElementById(nodeId).renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, id);
    await page.mouse.click(at.x, at.y);
    const title = await page.textContent('#details h3');
    check(title === model.nodes.get(id).name, 'clicking ' + id + ' shows ' + JSON.stringify(title));
    const text = await page.textContent('#details');
    const node = model.nodes.get(id);
    const mine = [id];
    if (node.kind === 'service')
      graph.nodes.forEach((n) => { if (n.kind === 'endpoint' && n.service === node.name) mine.push(n.id); });
    const sites = [];
    mine.forEach((m) => {
      (model.nodes.get(m).implementedBy || []).forEach((s) => sites.push(s));
      graph.edges.forEach((e) => { if (e.from === m || e.to === m) sites.push(...e.sites); });
    });
    sites.forEach((s) => {
      const where = s.file + ':' + s.line + ':' + s.col;
      check(text.includes(where), 'clicking ' + id + ' does not list ' + where);
    });
    check(sites.length > 0, id + ' has no sites to list');
    console.log('click ' + id + ': ' + sites.length + ' sites listed');
  }

  // Clicking a finding highlights every edge it concerns.
  const rows = await page.$$('#findings-table tbody tr');
  check(rows.length === marks.findings.length, rows.length + ' rows for ' + marks.findings.length + ' findings');
  const lit = marks.findings.map((f, i) => i).filter((i) => model.edges.some((e, j) =>
    e.kind !== 'implementation' && (marks.marks.edges[j].includes(i) || marks.marks.relatedEdges[j].includes(i))));
  if (lit.length) {
    // The first of rule --finding, or the one with the most edges.
    const edgesOf = (f) => model.edges.filter((e, j) => e.kind !== 'implementation' &&
      (marks.marks.edges[j].includes(f) || marks.marks.relatedEdges[j].includes(f))).map((e) => e.id);
    const f = args.finding ? lit.find((i) => marks.findings[i].rule === args.finding)
      : lit.sort((a, b) => edgesOf(b).length - edgesOf(a).length)[0];
    check(f !== undefined, 'no finding of ' + args.finding + ' on an edge');
    const finding = marks.findings[f];
    await page.click('#findings-table tr[data-finding="' + f + '"]');
    const highlighted = await page.evaluate(() => {
      const lit = window.msglintPage.cy.elements('.highlight');
      return { edges: lit.edges().map((e) => e.id()), parts: lit.components().length };
    });
    edgesOf(f).forEach((id) => check(highlighted.edges.includes(id), 'finding ' + finding.rule + ' does not highlight ' + id));
    // End to end: what lights up is one connected piece of the graph.
    check(highlighted.parts === 1, 'finding ' + finding.rule + ' lights up ' + highlighted.parts + ' separate parts');
    console.log('finding ' + finding.rule + ': highlights ' + edgesOf(f).length + ' edges, connected');
  }

  // Names from the code are text, and injected nothing.
  const body = await page.innerText('body');
  for (const text of args.text) {
    check(body.includes(text), JSON.stringify(text) + ' is not on the page as text');
    console.log('text ' + text);
  }
  const injected = await page.evaluate(() => ({
    scripts: document.scripts.length, images: document.images.length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
  }));
  check(injected.scripts === 3 && injected.images === 0 && injected.handlers === 0,
    'elements the page did not make: ' + JSON.stringify(injected));
  noProblems('using the page');

  await page.evaluate(() => window.scrollTo(0, 0));
  fs.mkdirSync(path.dirname(path.resolve(args.screenshot)), { recursive: true });
  await page.screenshot({ path: args.screenshot });
  console.log('screenshot ' + path.basename(args.screenshot));
  await browser.close();
}

main().catch((e) => fail(e.stack || String(e)));
