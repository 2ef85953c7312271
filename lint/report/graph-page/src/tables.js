// The tables under the graph: the summary per service (the same rows as
// `msglint graph --format summary`) and the findings. Click a header to
// sort, a service to show it in the graph, a finding to highlight it.
(function (page) {
  'use strict';

  const el = page.el;

  const SUMMARY_COLUMNS = [
    { title: 'service', value: function (r) { return r.service; } },
    { title: 'calls out', count: true, value: function (r) { return r.callsOut; } },
    { title: 'calls in', count: true, value: function (r) { return r.callsIn; } },
    { title: 'jobs enqueued', count: true, value: function (r) { return r.jobsEnqueued; } },
    { title: 'jobs worked', count: true, value: function (r) { return r.jobsWorked; } },
    { title: 'events published', count: true, value: function (r) { return r.eventsPublished; } },
    { title: 'events consumed', count: true, value: function (r) { return r.eventsConsumed; } },
    { title: 'longest chain', value: function (r) { return r.longestChain.length - 1; },
      show: function (r) {
        return r.longestChain.length > 1 ? (r.longestChain.length - 1) + ': ' + r.longestChain.join(' \u2192 ') : '0';
      } },
    { title: 'findings',
      value: function (r) { return Object.values(r.findings).reduce(function (a, b) { return a + b; }, 0); },
      show: function (r) {
        const rules = Object.keys(r.findings);
        return rules.length ? rules.map(function (k) { return k + ' ' + r.findings[k]; }).join(', ') : '-';
      } },
  ];

  const SEVERITY = { error: 0, warning: 1, note: 2 };
  const FINDING_COLUMNS = [
    { title: 'severity', value: function (f) { return SEVERITY[f.severity]; }, show: function (f) { return f.severity; } },
    { title: 'rule', value: function (f) { return f.rule; } },
    { title: 'location', value: function (f) { return page.where(f); } },
    { title: 'message', value: function (f) { return f.message; } },
  ];

  // A table whose rows can be sorted by any column.
  function sortable(table, columns, rows, decorate, onClick) {
    let sortBy = 0, ascending = true;
    function draw() {
      page.clear(table);
      const head = el('tr', {}, ...columns.map(function (c, i) {
        const th = el('th', { scope: 'col', click: function () {
          ascending = sortBy === i ? !ascending : true;
          sortBy = i;
          draw();
        } }, c.title);
        if (i === sortBy) th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        return th;
      }));
      const sorted = rows.slice().sort(function (a, b) {
        const x = columns[sortBy].value(a), y = columns[sortBy].value(b);
        const order = x < y ? -1 : x > y ? 1 : 0;
        return ascending ? order : -order;
      });
      const body = el('tbody', {}, ...sorted.map(function (row) {
        const tr = el('tr', { click: function () { onClick(row); } }, ...columns.map(function (c) {
          const text = c.show ? c.show(row) : String(c.value(row));
          return el('td', c.count ? { class: 'count' } : {}, text);
        }));
        decorate(tr, row);
        return tr;
      }));
      table.appendChild(el('thead', {}, head));
      table.appendChild(body);
    }
    draw();
  }

  page.drawTables = function (data) {
    sortable(document.getElementById('summary-table'), SUMMARY_COLUMNS, data.summary,
      function (tr, row) { tr.setAttribute('data-service', row.service); },
      function (row) { page.selectNode('service:' + row.service, true); });
    const findings = data.findings.map(function (f, i) { return Object.assign({ index: i }, f); });
    sortable(document.getElementById('findings-table'), FINDING_COLUMNS, findings,
      function (tr, f) {
        tr.className = 'severity-' + f.severity;
        tr.setAttribute('data-finding', String(f.index));
      },
      function (f) { page.selectFinding(f.index); });
  };
})(window.msglintPage = window.msglintPage || {});
