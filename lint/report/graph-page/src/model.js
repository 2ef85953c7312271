// The page's model of the graph, built once from the embedded data: nodes
// and edges with their sites and findings, and the two views the page
// draws (endpoints as nodes, or folded into the services implementing them).
(function (page) {
  'use strict';

  const FAMILY = {
    call: 'call', enqueue: 'job', work: 'job', publish: 'event', subscribe: 'event',
    implementation: 'call',
  };

  page.family = function (kind) {
    return FAMILY[kind] || 'call';
  };

  page.buildModel = function (data) {
    const model = {
      data: data,
      findings: data.findings,
      nodes: new Map(),  // id -> node
      edges: [],         // the graph's edges, in its order
      services: [],
    };
    data.graph.nodes.forEach(function (n) {
      model.nodes.set(n.id, {
        id: n.id, kind: n.kind, name: n.name, service: n.service || null,
        implementedBy: n.implementedBy || [],
        findings: data.marks.nodes[n.id] || [],
        edges: [],
      });
      if (n.kind === 'service') model.services.push(n.name);
    });
    data.graph.edges.forEach(function (e, i) {
      const edge = {
        id: 'e' + i, kind: e.kind, from: e.from, to: e.to, sites: e.sites,
        findings: data.marks.edges[i] || [],
        related: data.marks.relatedEdges[i] || [],
      };
      model.edges.push(edge);
      model.nodes.get(e.from).edges.push(edge);
      model.nodes.get(e.to).edges.push(edge);
    });
    model.implementer = function (node) {
      if (node.kind !== 'endpoint' || !node.service) return null;
      return model.nodes.get('service:' + node.service) || null;
    };
    return model;
  };

  function nodeElement(node) {
    const count = node.findings.length;
    // "pkg.Service/" over "Method": endpoints are long, layers are narrow.
    const name = node.kind === 'endpoint' ? node.name.replace('/', '/\n') : node.name;
    const label = count ? name + '\n\u26a0 ' + count : name;
    const size = page.nodeSize(label, node.kind);
    return {
      group: 'nodes',
      data: { id: node.id, kind: node.kind, label: label, findings: count, w: size.w, h: size.h },
      classes: count ? 'finding' : '',
    };
  }

  // `findings`: those at the edge (drawn in red); `related`: those whose
  // notes point at it (highlighted with the finding).
  function edgeElement(id, kind, from, to, findings, related, parts) {
    return {
      group: 'edges',
      data: {
        id: id, kind: kind, family: page.family(kind), source: from, target: to,
        findings: findings.length,
      },
      classes: (findings.length ? 'finding ' : '') + (related.length ? 'related' : ''),
      scratch: { _msglint: { parts: parts, findings: findings, related: related } },
    };
  }

  function union(lists) {
    const all = new Set();
    lists.forEach(function (l) { l.forEach(function (f) { all.add(f); }); });
    return Array.from(all).sort(function (a, b) { return a - b; });
  }

  // The Cytoscape elements of one view. Each edge carries the graph edges
  // it stands for (`parts`), so the details panel can list their sites.
  page.viewElements = function (model, withEndpoints) {
    const out = [];
    const folded = new Map(); // "from\u0000to" -> graph edges
    const drawn = function (node) {
      return withEndpoints || !model.implementer(node);
    };
    model.nodes.forEach(function (node) {
      if (drawn(node)) out.push(nodeElement(node));
    });
    model.nodes.forEach(function (node) {
      const service = model.implementer(node);
      if (withEndpoints && service)
        out.push(edgeElement('i:' + node.id, 'implementation', node.id, service.id, [], [], []));
    });
    model.edges.forEach(function (edge) {
      const target = model.nodes.get(edge.to);
      if (drawn(target)) {
        out.push(edgeElement(edge.id, edge.kind, edge.from, edge.to, edge.findings, edge.related, [edge]));
        return;
      }
      const key = edge.from + '\u0000' + model.implementer(target).id;
      if (!folded.has(key)) folded.set(key, []);
      folded.get(key).push(edge);
    });
    let i = 0;
    folded.forEach(function (parts, key) {
      const ends = key.split('\u0000');
      const findings = union(parts.map(function (p) { return p.findings; }));
      const related = union(parts.map(function (p) { return p.related; }));
      out.push(edgeElement('f' + i++, 'call', ends[0], ends[1], findings, related, parts));
    });
    return out;
  };
})(window.msglintPage = window.msglintPage || {});
