// crc-resistance-kg view: cards, legend, filters, search and a layout that settles and stops.
// All document text reaches the page through textContent; nothing here builds HTML from strings.
(function () {
  "use strict";
  var started = performance.now();
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var HOVER_EVIDENCE = 3;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function link(text, url) {
    if (!/^https?:\/\//i.test(url || "")) { return el("span", null, text); }
    var a = el("a", null, text);
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  function row(card, key, value) {
    var r = el("div", "kg-row");
    r.appendChild(el("span", "kg-k", key + ": "));
    r.appendChild(typeof value === "string" ? document.createTextNode(value) : value);
    card.appendChild(r);
  }

  function quotes(card, items, limit, heading, pinHint) {
    if (!items.length) { return; }
    card.appendChild(el("h3", null, heading));
    var shown = limit ? items.slice(0, limit) : items;
    shown.forEach(function (q) {
      if (q.text) { card.appendChild(el("div", "kg-row", q.text)); }
      card.appendChild(el("blockquote", null, "\u201c" + q.quote + "\u201d"));
      var where = [q.source, q.section, "chars " + q.span, q.study].filter(Boolean).join(" \u00b7 ");
      var cite = el("cite", null, where);
      (q.publications || []).forEach(function (l) {  // [CURIE, https link]: PubMed, PMC, doi.org
        cite.appendChild(document.createTextNode(" \u00b7 "));
        cite.appendChild(link(l[0], l[1]));
      });
      card.appendChild(cite);
    });
    if (items.length > shown.length) {
      card.appendChild(el("div", "kg-more", (items.length - shown.length) + " more \u2014 " + pinHint));
    }
  }

  function nodeCard(node, limit) {
    var i = node.info, card = el("div", "kg-card");
    card.appendChild(el("div", "kg-card-title", i.name));
    card.appendChild(el("div", "kg-card-kind", i.category + " \u00b7 " + i.id + " \u00b7 " + node.degree + " edge(s)"));
    if (i.links.length) {
      var ids = el("span");
      i.links.forEach(function (l, k) {
        if (k) { ids.appendChild(document.createTextNode(", ")); }
        ids.appendChild(link(l[0], l[1]));
      });
      row(card, "identifiers", ids);
    }
    if (i.synonyms.length) { row(card, "synonyms", i.synonyms.join("; ")); }
    i.facts.forEach(function (f) { row(card, f[0], f[1]); });
    if (i.documents.length) { row(card, "mentioned in", i.documents.join("; ")); }
    quotes(card, i.outcomes, limit, "Outcomes", "click the node to list them all");
    return card;
  }

  function edgeCard(edge, limit) {
    var i = edge.info, card = el("div", "kg-card");
    card.appendChild(el("div", "kg-card-title", i.subject + " \u2014 " + i.predicate + " \u2192 " + i.object));
    i.qualifiers.forEach(function (q) { row(card, q[0], q[1]); });
    if (i.inferred) {
      card.appendChild(el("div", "kg-inferred", "Inferred, not stated in a sentence: " + i.inferred));
    }
    var total = i.evidence.length + i.more;
    quotes(card, i.evidence, limit, "Evidence (" + total + " sentence" + (total === 1 ? "" : "s") + ")",
           "click the edge to list them all");
    if (i.more) { card.appendChild(el("div", "kg-more", i.more + " further sentence(s) are in the graph files")); }
    if (i.outcomes.length) {
      quotes(card, i.outcomes, limit, "Outcomes of " + i.arm, "click the edge to list them all");
    }
    return card;
  }

  // --- data, with hover cards -------------------------------------------------------------
  var category = {};
  data.nodes.forEach(function (n) { category[n.id] = n.category; n.title = nodeCard(n, HOVER_EVIDENCE); });
  data.edges.forEach(function (e) { e.title = edgeCard(e, HOVER_EVIDENCE); });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var hiddenCategories = new Set();
  var hiddenPredicates = new Set();
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !hiddenCategories.has(n.category); } });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) {
      return !hiddenPredicates.has(e.predicate) && !hiddenCategories.has(category[e.from]) &&
        !hiddenCategories.has(category[e.to]);
    }
  });
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);

  var view = {
    network: network, nodes: nodes, edges: edges, settled: false, settleMs: null,
    marks: { script: started, network: performance.now() },
    drawn: function () {
      return { nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length };
    }
  };
  window.kgView = view;

  // vis-network leaves its tooltip open when the pointer leaves the canvas; close it.
  container.addEventListener("mouseleave", function () {
    var tip = container.querySelector("div.vis-tooltip");
    if (tip) { tip.style.visibility = "hidden"; }
  });

  // --- settle, then stop --------------------------------------------------------------------
  var loading = document.getElementById("kg-loading");
  var progress = document.getElementById("kg-progress");
  function settled() {
    if (view.settled) { return; }
    network.setOptions({ physics: { enabled: false } });
    view.settled = true;
    view.settleMs = performance.now();
    loading.hidden = true;
    document.body.setAttribute("data-settled", "true");
    if (data.focus) { select(data.focus); }
  }
  if (data.options.physics && data.options.physics.enabled) {
    network.on("stabilizationProgress", function (p) {
      progress.textContent = Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", settled);
  } else {
    loading.hidden = true;
    network.once("afterDrawing", settled);
  }

  // --- details panel --------------------------------------------------------------------------
  var details = document.getElementById("kg-details");
  var hint = details.querySelector(".kg-hint");
  function pin(card) {
    while (details.children.length > 1) { details.removeChild(details.lastChild); }
    details.appendChild(card || hint);
  }
  function select(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    pin(nodeCard(nodes.get(id), 0));
  }
  network.on("click", function (p) {
    if (p.nodes.length) { pin(nodeCard(nodes.get(p.nodes[0]), 0)); }
    else if (p.edges.length) { pin(edgeCard(edges.get(p.edges[0]), 0)); }
    else { pin(null); }
  });

  // --- search ---------------------------------------------------------------------------------
  var names = document.getElementById("kg-names");
  var index = [];
  data.nodes.forEach(function (n) {
    var option = el("option");
    option.value = n.label;
    names.appendChild(option);
    index.push([n.id, [n.label, n.id].concat(n.info.synonyms).map(function (s) { return s.toLowerCase(); })]);
  });
  var status = document.getElementById("kg-status");
  function find(text) {
    var q = text.trim().toLowerCase();
    if (!q) { return null; }
    var exact = index.filter(function (r) { return r[1].indexOf(q) >= 0; });
    if (exact.length) { return exact[0][0]; }
    var part = index.filter(function (r) { return r[1].some(function (s) { return s.indexOf(q) >= 0; }); });
    return part.length ? part[0][0] : null;
  }
  document.getElementById("kg-find").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = document.getElementById("kg-search").value;
    var id = find(text);
    if (!id) { status.textContent = text.trim() ? "no node matches" : ""; return; }
    status.textContent = "";
    if (hiddenCategories.has(category[id])) {
      var box = document.querySelector('#kg-categories input[value="' + CSS.escape(category[id]) + '"]');
      if (box) { box.checked = true; }
      hiddenCategories.delete(category[id]);
      refresh();
    }
    select(id);
  });
  document.getElementById("kg-fit").addEventListener("click", function () { network.fit({ animation: false }); });

  // --- legend and filters ------------------------------------------------------------------
  var SVG = "http://www.w3.org/2000/svg";
  function swatch(shape, colour) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "14");
    svg.setAttribute("height", "14");
    svg.setAttribute("viewBox", "-7 -7 14 14");
    var points = {
      diamond: "0,-6 6,0 0,6 -6,0", triangle: "0,-6 6,5 -6,5", triangleDown: "0,6 6,-5 -6,-5",
      square: "-5,-5 5,-5 5,5 -5,5", hexagon: "-6,0 -3,-5.2 3,-5.2 6,0 3,5.2 -3,5.2",
      star: "0,-6.5 1.6,-2 6.2,-2 2.5,0.8 3.9,5.3 0,2.6 -3.9,5.3 -2.5,0.8 -6.2,-2 -1.6,-2"
    }[shape];
    var mark = document.createElementNS(SVG, points ? "polygon" : "circle");
    if (points) { mark.setAttribute("points", points); } else { mark.setAttribute("r", "6"); }
    mark.setAttribute("fill", colour);
    svg.appendChild(mark);
    return svg;
  }
  function line(colour) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "22");
    svg.setAttribute("height", "10");
    var l = document.createElementNS(SVG, "line");
    l.setAttribute("x1", "1"); l.setAttribute("y1", "5"); l.setAttribute("x2", "21"); l.setAttribute("y2", "5");
    l.setAttribute("stroke", colour);
    l.setAttribute("stroke-width", "3");
    svg.appendChild(l);
    return svg;
  }
  function refresh() {
    // Keep where the drawn nodes are, so a node shown again returns to its place. (The network's
    // own storePositions() fails on a filtered view: it visits nodes the view leaves out.)
    var at = network.getPositions();
    nodes.update(Object.keys(at).map(function (id) { return { id: id, x: at[id].x, y: at[id].y }; }));
    nodeView.refresh();
    edgeView.refresh();
  }
  function toggle(box, hidden) {
    box.addEventListener("change", function () {
      if (box.checked) { hidden.delete(box.value); } else { hidden.add(box.value); }
      refresh();
    });
  }
  function entry(parent, value, label, count, mark, hidden) {
    var lab = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = value;
    toggle(box, hidden);
    lab.appendChild(box);
    lab.appendChild(mark);
    lab.appendChild(el("span", null, label));
    lab.appendChild(el("span", "kg-count", count));
    parent.appendChild(lab);
  }
  var cats = document.getElementById("kg-categories");
  data.legend.categories.forEach(function (c) {
    entry(cats, c.key, c.key, c.count, swatch(c.shape, c.color), hiddenCategories);
  });
  var preds = document.getElementById("kg-predicates");
  var group = null;
  data.legend.predicates.forEach(function (p) {
    if (p.group !== group) { group = p.group; preds.appendChild(el("div", "kg-group", group)); }
    entry(preds, p.key, p.label, p.count, line(p.color), hiddenPredicates);
  });
}());
