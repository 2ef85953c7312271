// How the graph is drawn: the Cytoscape.js stylesheet, built from the style
// table msglint embeds (report/GraphStyle.cpp, shared with dot and
// mermaid), node sizes from their labels, and the legend.
(function (page) {
  'use strict';

  const FONT_SIZE = 12;
  const FONT_FAMILY = 'Helvetica, Arial, sans-serif';
  const LINE_HEIGHT = 15;
  // Room around the label, per shape: a hexagon or a barrel needs more.
  const PADDING = { service: [20, 14], endpoint: [34, 14], topic: [34, 12], queue: [24, 18] };
  const WIDTH = { solid: 1.5, thick: 3.5, dashed: 1.8 };

  let context = null;
  page.nodeSize = function (label, kind) {
    if (!context) {
      context = document.createElement('canvas').getContext('2d');
      context.font = FONT_SIZE + 'px ' + FONT_FAMILY;
    }
    const lines = label.split('\n');
    const text = Math.max.apply(null, lines.map(function (l) { return context.measureText(l).width; }));
    const pad = PADDING[kind] || PADDING.endpoint;
    return { w: Math.ceil(text + pad[0]), h: lines.length * LINE_HEIGHT + pad[1] };
  };

  page.lineWidth = function (line) {
    return WIDTH[line] || WIDTH.solid;
  };

  page.stylesheet = function (style) {
    const sheet = [
      {
        selector: 'node',
        style: {
          label: 'data(label)', 'font-family': FONT_FAMILY, 'font-size': FONT_SIZE,
          'line-height': LINE_HEIGHT / FONT_SIZE, 'text-wrap': 'wrap', 'text-valign': 'center',
          'text-halign': 'center', width: 'data(w)', height: 'data(h)', 'border-width': 1.5,
          color: '#1f2933',
        },
      },
      {
        selector: 'edge',
        style: {
          'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9,
          opacity: 0.9,
        },
      },
      { selector: 'edge.routed', style: { 'curve-style': 'segments', 'edge-distances': 'node-position',
        'segment-distances': 'data(distances)', 'segment-weights': 'data(weights)' } },
    ];
    Object.keys(style.nodes).forEach(function (kind) {
      const s = style.nodes[kind];
      sheet.push({
        selector: 'node[kind = "' + kind + '"]',
        style: { shape: s.shape, 'background-color': s.fill, 'border-color': s.stroke },
      });
    });
    Object.keys(style.edges).forEach(function (kind) {
      const s = style.edges[kind];
      sheet.push({
        selector: 'edge[kind = "' + kind + '"]',
        style: {
          'line-color': s.colour, 'target-arrow-color': s.colour, width: page.lineWidth(s.line),
          'line-style': s.line === 'dashed' ? 'dashed' : 'solid',
          'target-arrow-shape': s.arrow ? 'triangle' : 'none',
        },
      });
    });
    sheet.push(
      { selector: 'node.finding', style: { 'border-color': style.finding, 'border-width': 3 } },
      { selector: 'edge.finding', style: { 'line-color': style.finding, 'target-arrow-color': style.finding } },
      { selector: '.hidden', style: { display: 'none' } },
      { selector: '.faded', style: { opacity: 0.12 } },
      { selector: 'node.match', style: { 'underlay-color': '#ffd43b', 'underlay-opacity': 0.9, 'underlay-padding': 6 } },
      { selector: '.highlight', style: { 'underlay-color': style.finding, 'underlay-opacity': 0.25, 'underlay-padding': 5 } },
      { selector: ':selected', style: { 'overlay-color': '#1f2933', 'overlay-opacity': 0.15, 'overlay-padding': 4 } }
    );
    return sheet;
  };

  function sample(kind, style) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', '34');
    svg.setAttribute('height', '14');
    if (style.nodes[kind]) {
      const s = style.nodes[kind];
      const shape = document.createElementNS(ns, 'polygon');
      const points = {
        service: '3,2 31,2 31,12 3,12', endpoint: '9,2 25,2 31,7 25,12 9,12 3,7',
        topic: '8,1 26,1 32,7 26,13 8,13 2,7', queue: '4,2 30,2 32,7 30,12 4,12 2,7',
      };
      shape.setAttribute('points', points[kind]);
      shape.setAttribute('fill', s.fill);
      shape.setAttribute('stroke', s.stroke);
      svg.appendChild(shape);
    } else {
      const s = style.edges[kind];
      const line = document.createElementNS(ns, 'line');
      line.setAttribute('x1', '2');
      line.setAttribute('y1', '7');
      line.setAttribute('x2', '32');
      line.setAttribute('y2', '7');
      line.setAttribute('stroke', s ? s.colour : style.finding);
      line.setAttribute('stroke-width', String(page.lineWidth(s ? s.line : 'thick')));
      if (s && s.line === 'dashed') line.setAttribute('stroke-dasharray', '5 3');
      svg.appendChild(line);
    }
    return svg;
  }

  page.drawLegend = function (container, style) {
    const entries = [
      ['service', 'service'], ['endpoint', 'endpoint'], ['topic', 'topic (events)'],
      ['queue', 'queue (jobs)'], ['call', 'direct call'], ['enqueue', 'job: enqueue, work'],
      ['publish', 'event: publish, subscribe'], ['finding', 'finding'],
    ];
    entries.forEach(function (entry) {
      container.appendChild(sample(entry[0], style));
      container.appendChild(page.el('span', {}, entry[1]));
    });
  };
})(window.msglintPage = window.msglintPage || {});
