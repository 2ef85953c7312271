// Building the page's DOM. Every text from the code (names, paths,
// messages) goes in as a text node: nothing the page shows is ever parsed
// as HTML (EmbedGraphPage.py refuses the HTML-parsing DOM calls in these
// scripts), so a topic named like an HTML tag shows as those characters.
(function (page) {
  'use strict';

  // el('li', {class: 'site'}, 'text', childElement, ...)
  page.el = function (tag, attributes, ...children) {
    const element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      const value = attributes[name];
      if (typeof value === 'function') element.addEventListener(name, value);
      else element.setAttribute(name, value);
    });
    children.forEach(function (child) {
      if (child === null || child === undefined) return;
      element.appendChild(typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child)) : child);
    });
    return element;
  };

  page.clear = function (element) {
    while (element.firstChild) element.removeChild(element.firstChild);
  };

  page.where = function (site) {
    return site.file + ':' + site.line + ':' + (site.col || site.column);
  };
})(window.msglintPage = window.msglintPage || {});
