// Starts the page: reads the embedded data, draws the graph with
// Cytoscape.js, lays it out, and wires the controls. When the first layout
// is done, <html data-state="ready"> and msglintPage.timings say how long
// it took (the tests and bench/graph-page wait for it).
(function (page) {
  'use strict';

  const state = {
    families: { call: true, job: true, event: true },
    service: '',
    onlyFindings: false,
    search: '',
    finding: null,
    // Endpoints as nodes make a graph of 50 services twice as big or more:
    // past 30 services the page starts with them folded into the services.
    endpoints: true,
  };
  page.state = state;

  function status(text) {
    document.getElementById('status').textContent = text;
  }

  page.nodeName = function (node) {
    return page.model.nodes.get(node.id()).name;
  };
  page.nodeFindings = function (node) {
    return page.model.nodes.get(node.id()).findings;
  };

  // Filters change what is shown, so the shown part is laid out again.
  // <html data-layout="busy|idle"> tells whether a layout is running; only
  // the latest one is applied.
  let layouts = 0;
  page.refresh = function () {
    page.applyFilters(page.cy, state);
    page.applyFocus(page.cy, state);
    status('laying out\u2026');
    document.documentElement.setAttribute('data-layout', 'busy');
    const generation = ++layouts;
    const current = function () { return generation === layouts; };
    const shown = page.cy.elements().not('.hidden');
    return page.layout(page.cy, shown, current).then(function () {
      if (!current()) return;
      page.fit(shown);
      status(shown.nodes().length ? '' : 'nothing to show: the filters hide every node');
      document.documentElement.setAttribute('data-layout', 'idle');
    });
  };

  // Fits `eles` in the view, but a few nodes are not blown up past 1.2 times.
  page.fit = function (eles) {
    const cy = page.cy;
    cy.fit(eles, 30);
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center(eles);
    }
  };

  function drawView() {
    const cy = page.cy;
    cy.elements().remove();
    cy.add(page.viewElements(page.model, state.endpoints));
    return page.refresh();
  }

  // From the summary table the node is brought into view; clicked in the
  // graph, it already is.
  page.selectNode = function (id, centre) {
    const node = page.cy.getElementById(id);
    page.cy.elements().unselect();
    if (node.length) {
      node.select();
      if (centre && !node.hasClass('hidden'))
        page.cy.animate({ center: { eles: node }, duration: 200 });
    }
    page.showNode(id);
  };

  // Highlights a finding, or stops when it is the one highlighted.
  page.selectFinding = function (index) {
    state.finding = state.finding === index ? null : index;
    page.applyFocus(page.cy, state);
    if (state.finding === null) page.showHint();
    else page.showFinding(index);
  };

  function control(id, event, apply) {
    const input = document.getElementById(id);
    input.addEventListener(event, function () { apply(input); });
    return input;
  }

  function wireControls() {
    ['call', 'job', 'event'].forEach(function (family) {
      control('show-' + family, 'change', function (input) {
        state.families[family] = input.checked;
        page.refresh();
      });
    });
    control('only-findings', 'change', function (input) {
      state.onlyFindings = input.checked;
      page.refresh();
    });
    control('service-filter', 'change', function (input) {
      state.service = input.value;
      page.refresh();
    });
    control('show-endpoints', 'change', function (input) {
      state.endpoints = input.checked;
      drawView();
    });
    control('search', 'input', function (input) {
      state.search = input.value;
      page.applyFocus(page.cy, state);
      const n = page.cy.nodes('.match').length;
      document.getElementById('search-count').textContent =
        state.search.trim() ? (n === 1 ? '1 match' : n + ' matches') : '';
    });
    document.getElementById('search').addEventListener('keydown', function (event) {
      const matches = page.cy.nodes('.match');
      if (event.key === 'Enter' && matches.length) page.cy.animate({ fit: { eles: matches, padding: 60 } });
    });
    document.getElementById('fit').addEventListener('click', function () {
      page.cy.animate({ fit: { eles: page.cy.elements(':visible'), padding: 30 } });
    });
    page.cy.on('tap', 'node', function (event) { page.selectNode(event.target.id()); });
    page.cy.on('tap', 'edge', function (event) { page.showEdge(event.target); });
    page.cy.on('tap', function (event) {
      if (event.target === page.cy) {
        state.finding = null;
        page.applyFocus(page.cy, state);
        page.showHint();
      }
    });
  }

  function start() {
    const started = performance.now();
    const data = JSON.parse(document.getElementById('msglint-data').textContent);
    page.model = page.buildModel(data);
    document.getElementById('title').textContent = data.title;
    state.endpoints = page.model.services.length <= 30;
    document.getElementById('show-endpoints').checked = state.endpoints;
    const select = document.getElementById('service-filter');
    page.model.services.forEach(function (s) { select.appendChild(page.el('option', { value: s }, s)); });
    page.drawLegend(document.getElementById('legend'), data.style);
    page.drawTables(data);
    page.showHint();
    page.cy = cytoscape({
      container: document.getElementById('graph'),
      style: page.stylesheet(data.style),
      minZoom: 0.05,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    wireControls();
    drawView().then(function () {
      page.timings = { layoutMs: performance.now() - started, readyMs: performance.now() };
      document.documentElement.setAttribute('data-state', 'ready');
    }, function (error) {
      status('layout failed: ' + error);
      document.documentElement.setAttribute('data-state', 'error');
      throw error;
    });
  }

  start();
})(window.msglintPage = window.msglintPage || {});
