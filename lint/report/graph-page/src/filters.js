// What is shown: the filters (kinds of edge, one service and what it talks
// to, only findings) decide which elements are visible; the search and a
// selected finding only fade what they are not about.
(function (page) {
  'use strict';

  function isService(node) {
    return node.data('kind') === 'service';
  }

  // Everything a set of marked elements concerns, end to end: the marked
  // edges, their ends, and the line from each endpoint on it to the service
  // implementing it, so that a chain reads as one path across the services.
  page.concerned = function (cy, marked) {
    let out = marked.union(marked.edges().connectedNodes());
    const endpoints = out.nodes('[kind = "endpoint"]');
    const implementations = endpoints.connectedEdges('[kind = "implementation"]');
    out = out.union(implementations).union(implementations.targets());
    return out;
  };

  // One service, the nodes it exchanges messages with, and one hop further
  // through them: who calls its endpoints, who implements what it calls,
  // who else publishes or consumes its topics and queues.
  function neighbourhood(service) {
    let out = service.union(service.connectedEdges()).union(service.neighborhood().nodes());
    out.nodes().filter(function (n) { return !isService(n); }).forEach(function (mediator) {
      out = out.union(mediator.connectedEdges()).union(mediator.neighborhood().nodes());
    });
    return out;
  }

  page.applyFilters = function (cy, state) {
    const families = state.families;
    let allowed = cy.elements();
    if (state.service) {
      const service = cy.getElementById('service:' + state.service);
      allowed = service.length ? neighbourhood(service) : cy.collection();
    }
    if (state.onlyFindings)
      allowed = allowed.intersection(page.concerned(cy, cy.elements('.finding, .related')));
    const shownEdges = allowed.edges().filter(function (e) {
      return families[e.data('family')] !== false;
    });
    const ends = shownEdges.connectedNodes();
    // Services stay while the filters allow them; the nodes between
    // services (endpoints, topics, queues) only with a shown edge, or a
    // finding of their own when only findings are shown.
    const shownNodes = cy.nodes().filter(function (n) {
      return ends.contains(n) ||
        (allowed.contains(n) && (isService(n) || (state.onlyFindings && n.hasClass('finding'))));
    });
    cy.batch(function () {
      cy.elements().addClass('hidden');
      shownEdges.union(shownNodes).removeClass('hidden');
    });
  };

  // Fades what the search or the selected finding is not about.
  page.applyFocus = function (cy, state) {
    cy.batch(function () {
      cy.elements().removeClass('faded match highlight');
      let focus = null;
      if (state.finding !== null) {
        const marked = cy.elements().filter(function (e) {
          if (e.isNode()) return page.nodeFindings(e).indexOf(state.finding) >= 0;
          const marks = e.scratch('_msglint');
          return marks.findings.indexOf(state.finding) >= 0 || marks.related.indexOf(state.finding) >= 0;
        });
        focus = page.concerned(cy, marked);
        focus.addClass('highlight');
      }
      const query = state.search.trim().toLowerCase();
      if (query) {
        const matches = cy.nodes().filter(function (n) {
          return page.nodeName(n).toLowerCase().indexOf(query) >= 0;
        });
        matches.addClass('match');
        focus = focus ? focus.union(matches) : matches;
      }
      if (focus) cy.elements().difference(focus).addClass('faded');
    });
  };
})(window.msglintPage = window.msglintPage || {});
