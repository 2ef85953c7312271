// The layered layout: ELK's "layered" algorithm (Sugiyama style) on the
// visible elements, messages flowing left to right: a caller, the endpoint
// it calls, the service implementing it; a publisher, the topic, its
// subscribers. Edges follow ELK's orthogonal routes, so they go around nodes.
(function (page) {
  'use strict';

  const OPTIONS = {
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.layered.spacing.nodeNodeBetweenLayers': '40',
    'elk.layered.spacing.edgeNodeBetweenLayers': '14',
    'elk.spacing.nodeNode': '16',
    'elk.spacing.edgeEdge': '6',
    'elk.spacing.componentComponent': '40',
    'elk.layered.cycleBreaking.strategy': 'GREEDY',
    'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
    // Brandes-Köpf, not network simplex: as good here, and network simplex
    // takes minutes on 300 nodes (bench/graph-page).
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  };

  // Big graphs get less crossing minimisation, the slow step, and one
  // layering for all components (packing them costs as much again).
  function sized(nodes) {
    const small = nodes <= 150;
    return Object.assign({}, OPTIONS, {
      'elk.layered.thoroughness': small ? '7' : nodes <= 400 ? '3' : '1',
      'elk.separateConnectedComponents': small ? 'true' : 'false',
    });
  }

  let elk = null;

  // A bend point as Cytoscape's segments edges want it: a weight along the
  // line from the source's centre to the target's, and a distance from it
  // (positive to the left of that line, in screen coordinates).
  function relative(point, source, target) {
    const dx = target.x - source.x, dy = target.y - source.y;
    const length2 = dx * dx + dy * dy;
    const px = point.x - source.x, py = point.y - source.y;
    return {
      weight: (px * dx + py * dy) / length2,
      distance: (py * dx - px * dy) / Math.sqrt(length2),
    };
  }

  // Lays out `eles` (nodes and the edges between them); resolves when the
  // nodes have their positions, unless `current()` says a newer layout
  // has started meanwhile.
  page.layout = function (cy, eles, current) {
    if (!elk) elk = new ELK();
    const nodes = eles.nodes();
    const edges = eles.edges().filter(function (e) {
      return nodes.contains(e.source()) && nodes.contains(e.target());
    });
    const graph = {
      id: 'root',
      layoutOptions: sized(nodes.length),
      children: nodes.map(function (n) {
        return { id: n.id(), width: n.data('w'), height: n.data('h') };
      }),
      edges: edges.map(function (e) {
        return { id: e.id(), sources: [e.source().id()], targets: [e.target().id()] };
      }),
    };
    return elk.layout(graph).then(function (result) {
      if (!current()) return;
      const centre = new Map();
      result.children.forEach(function (c) {
        centre.set(c.id, { x: c.x + c.width / 2, y: c.y + c.height / 2 });
      });
      cy.batch(function () {
        centre.forEach(function (p, id) { cy.getElementById(id).position(p); });
        (result.edges || []).forEach(function (r) {
          const edge = cy.getElementById(r.id);
          const source = centre.get(r.sources[0]), target = centre.get(r.targets[0]);
          const bends = (r.sections && r.sections[0] && r.sections[0].bendPoints) || [];
          const straight = source.x === target.x && source.y === target.y;
          if (!bends.length || straight) {
            edge.removeClass('routed');
            return;
          }
          const rel = bends.map(function (b) { return relative(b, source, target); });
          edge.data({
            weights: rel.map(function (r) { return r.weight; }),
            distances: rel.map(function (r) { return r.distance; }),
          });
          edge.addClass('routed');
        });
      });
    });
  };
})(window.msglintPage = window.msglintPage || {});
