// The details panel: what a clicked node or edge is, its sites with
// file:line:col and function, and its findings (click one to highlight
// every node and edge it concerns).
(function (page) {
  'use strict';

  const el = page.el;
  const ARROW_OUT = { call: 'calls', publish: 'publishes', enqueue: 'enqueues on' };
  const ARROW_IN = { subscribe: 'consumes', work: 'works' };

  function siteList(sites) {
    return el('ul', {}, ...sites.map(function (s) {
      return el('li', { class: 'site' }, el('code', {}, page.where(s)), ' ',
        el('span', { class: 'function' }, s.function));
    }));
  }

  function findingList(indices) {
    if (!indices.length) return null;
    return el('div', {},
      el('h4', {}, indices.length === 1 ? '1 finding' : indices.length + ' findings'),
      el('ul', {}, ...indices.map(function (i) {
        const f = page.model.findings[i];
        return el('li', { class: 'finding', click: function () { page.selectFinding(i); } },
          '[' + f.rule + '] ', f.message, ' ', el('code', {}, page.where(f)));
      })));
  }

  // How a graph edge reads from one of its ends.
  function describe(edge, from) {
    const other = page.model.nodes.get(from ? edge.to : edge.from).name;
    if (from && ARROW_OUT[edge.kind]) return ARROW_OUT[edge.kind] + ' ' + other;
    if (!from && ARROW_IN[edge.kind]) return ARROW_IN[edge.kind] + ' ' + other;
    const verb = { call: 'called by', publish: 'published by', enqueue: 'enqueued by',
      subscribe: 'consumed by', work: 'worked by' }[edge.kind] || edge.kind;
    return verb + ' ' + other;
  }

  function edgeSections(node) {
    return node.edges.map(function (edge) {
      const from = edge.from === node.id;
      return el('div', {}, el('h4', {}, describe(edge, from) + ' (' + edge.kind + ')'),
        siteList(edge.sites));
    });
  }

  page.showNode = function (id) {
    const panel = document.getElementById('details');
    const node = page.model.nodes.get(id);
    page.clear(panel);
    panel.appendChild(el('div', { class: 'kind' }, node.kind));
    panel.appendChild(el('h3', {}, node.name));
    if (node.kind === 'endpoint') {
      panel.appendChild(el('p', {}, node.service ? 'implemented by ' + node.service
        : 'implemented by no scanned service'));
      if (node.implementedBy.length)
        panel.appendChild(el('div', {}, el('h4', {}, 'handlers'), siteList(node.implementedBy)));
    }
    // A service's endpoints are part of it: list who calls them here too.
    const endpoints = node.kind === 'service' ? Array.from(page.model.nodes.values()).filter(
      function (n) { return n.kind === 'endpoint' && n.service === node.name; }) : [];
    panel.appendChild(findingList(node.findings) || el('span'));
    panel.appendChild(el('div', { class: 'sites' }, ...edgeSections(node),
      ...endpoints.map(function (e) {
        return el('div', {}, el('h4', {}, 'implements ' + e.name), siteList(e.implementedBy),
          ...edgeSections(e));
      })));
  };

  page.showEdge = function (edge) {
    const panel = document.getElementById('details');
    const parts = edge.scratch('_msglint').parts;
    page.clear(panel);
    if (!parts.length) { // an endpoint's line to its service
      page.showNode(edge.source().id());
      return;
    }
    panel.appendChild(el('div', { class: 'kind' }, edge.data('kind')));
    panel.appendChild(el('h3', {}, page.nodeName(edge.source()) + ' \u2192 ' + page.nodeName(edge.target())));
    const marks = edge.scratch('_msglint');
    const related = marks.related.filter(function (f) { return marks.findings.indexOf(f) < 0; });
    panel.appendChild(findingList(marks.findings.concat(related)) || el('span'));
    parts.forEach(function (p) {
      panel.appendChild(el('div', { class: 'sites' },
        el('h4', {}, p.kind + ' ' + page.model.nodes.get(p.to).name), siteList(p.sites)));
    });
  };

  // A finding: its message, where it is, and its notes (each hop of a
  // chain), while the graph highlights what it concerns.
  page.showFinding = function (index) {
    const panel = document.getElementById('details');
    const f = page.model.findings[index];
    page.clear(panel);
    panel.appendChild(el('div', { class: 'kind' }, f.severity + ' \u00b7 ' + f.rule));
    panel.appendChild(el('p', { class: 'finding-message' }, f.message));
    panel.appendChild(el('ul', {}, el('li', { class: 'site' }, el('code', {}, page.where(f)))));
    if (f.notes.length)
      panel.appendChild(el('div', {}, el('h4', {}, 'notes'), el('ul', {}, ...f.notes.map(function (n) {
        return el('li', { class: 'site' }, el('code', {}, page.where(n)), ' ', n.message);
      }))));
  };

  page.showHint = function () {
    const panel = document.getElementById('details');
    page.clear(panel);
    panel.appendChild(el('p', { class: 'muted' },
      'Click a node or an edge to see its sites; click a finding to highlight what it concerns.'));
  };
})(window.msglintPage = window.msglintPage || {});
