// Draws each measure-of-success table on the dashboard as a line chart, as progressive enhancement: the numbers
// come from the table's data attributes, and the table stays beside the chart. Without JavaScript, or without
// Chart.js, the table alone tells the same story.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') {
    return;
  }
  var tables = document.querySelectorAll('table.app-measure-table');
  Array.prototype.forEach.call(tables, function (table) {
    var holder = document.getElementById(table.id + '-chart');
    if (!holder) {
      return;
    }
    var rows = table.querySelectorAll('tbody tr[data-period]');
    var labels = [];
    var actuals = [];
    Array.prototype.forEach.call(rows, function (row) {
      labels.push(row.getAttribute('data-period'));
      var value = row.getAttribute('data-value');
      actuals.push(value === null || value === '' ? null : Number(value));
    });
    var target = table.getAttribute('data-target');
    var datasets = [{
      label: table.getAttribute('data-chart-label') || 'Actual',
      data: actuals,
      borderColor: '#1d70b8',
      backgroundColor: '#1d70b8',
      spanGaps: true
    }];
    if (target !== null && target !== '') {
      datasets.push({
        label: 'Target',
        data: labels.map(function () { return Number(target); }),
        borderColor: '#0b0c0c',
        backgroundColor: '#0b0c0c',
        borderDash: [6, 4],
        pointRadius: 0
      });
    }
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', 'Line chart of the actuals in the table that follows, with the target');
    holder.appendChild(canvas);
    new window.Chart(canvas, {
      type: 'line',
      data: { labels: labels, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        plugins: { legend: { display: true } },
        scales: { y: { beginAtZero: true } }
      }
    });
  });
})();
