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
      var where = [q.source, q.section, q.span ? "chars " + q.span : "", q.study].filter(Boolean).join(" \u00b7 ");
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
    // Nodes and edges the filters let through (drawn alone or inside a closed cluster), and clusters.
    drawn: function () {
      return { nodes: nodeView.length, edges: edgeView.length, clusters: Object.keys(clustered).length };
    }
  };
  window.kgView = view;

  // vis-network has no call to close its hover card, and leaves it open when the pointer leaves the
  // canvas or the view moves under a still pointer (a search). Close it, cancel a card about to open,
  // and forget which item it showed, so hovering that item again opens it again.
  function closeTooltip() {
    var hover = network.interactionHandler;
    if (hover) {
      clearTimeout(hover.popupTimer);
      hover.popupObj = undefined;
      if (hover.popup) { hover.popup.hide(); }
    }
    var tip = container.querySelector("div.vis-tooltip");
    if (tip) { tip.style.visibility = "hidden"; }
  }
  view.closeTooltip = closeTooltip;
  container.addEventListener("mouseleave", closeTooltip);

  // --- clusters by category ----------------------------------------------------------------
  // In a physics view, a category with more than data.cluster_above nodes opens as one node (vis-network's
  // clustering); a click on it opens it. Its members are then placed around it and the layout runs again
  // for a bounded number of iterations with every other node held still, so the map does not move.
  var CLUSTER = "cluster:";
  var RELAYOUT_ITERATIONS = 250;
  var GOLDEN = Math.PI * (3 - Math.sqrt(5));
  var clustered = {};  // category -> id of its closed cluster
  var look = {};
  data.legend.categories.forEach(function (c) { look[c.key] = c; });

  function clusterCard(cat, ids) {
    var card = el("div", "kg-card");
    card.appendChild(el("div", "kg-card-title", cat + " \u00b7 " + ids.length + " nodes"));
    card.appendChild(el("div", "kg-card-kind", "a cluster of one category \u2014 click it to open it"));
    var top = ids.map(function (id) { return nodes.get(id); }).sort(function (a, b) {
      return b.degree - a.degree || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
    }).slice(0, 10).map(function (n) { return n.label; });
    row(card, "most connected", top.join("; "));
    return card;
  }
  function clusterCategory(cat, at) {
    var ids = nodeView.getIds({ filter: function (n) { return n.category === cat; } }).sort();
    if (ids.length < 2 || clustered[cat]) { return false; }
    var inside = new Set(ids);
    var props = { id: CLUSTER + cat, label: cat + " (" + ids.length + ")", shape: look[cat].shape,
      color: look[cat].color, size: 26 + Math.min(ids.length, 120) / 6, borderWidth: 3,
      font: { size: 20 }, mass: 1 + ids.length / 8, title: clusterCard(cat, ids) };
    if (at) { props.x = at.x; props.y = at.y; }
    network.cluster({
      joinCondition: function (options) { return inside.has(options.id); },
      clusterNodeProperties: props,
      clusterEdgeProperties: { label: "", color: "#9E9E9E",
        title: "Edges of the " + cat + " cluster: click the edge to list them, or the cluster to open it" }
    });
    clustered[cat] = CLUSTER + cat;
    return true;
  }
  function openCategory(cat) {
    // The members, most connected first, on a sunflower spiral around the cluster: none on top of another.
    var id = clustered[cat];
    delete clustered[cat];
    if (!id || !network.findNode(id).length) { return []; }
    var inside = network.getNodesInCluster(id);
    network.openCluster(id, { releaseFunction: function (centre, positions) {
      var order = Object.keys(positions).sort(function (a, b) {
        return nodes.get(b).degree - nodes.get(a).degree || (a < b ? -1 : 1);
      });
      var out = {};
      order.forEach(function (k, i) {
        var r = 45 * Math.sqrt(i + 0.5);
        out[k] = { x: centre.x + r * Math.cos(i * GOLDEN), y: centre.y + r * Math.sin(i * GOLDEN) };
      });
      return out;
    } });
    return inside;
  }
  function hold(ids, fixed) {
    var plain = [];
    ids.forEach(function (id) {
      if (category[id] !== undefined) { plain.push({ id: id, fixed: fixed }); }
      else { network.clustering.updateClusteredNode(id, { fixed: fixed }); }
    });
    nodes.update(plain);
  }
  // Run the layout again (bounded), moving only ``free`` (all nodes when null), then stop it.
  function relayout(free, done) {
    view.settled = false;
    document.body.setAttribute("data-settled", "false");
    var move = free ? new Set(free) : null;
    var held = move ? network.body.nodeIndices.filter(function (id) { return !move.has(id); }) : [];
    hold(held, true);
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      hold(held, false);
      if (!move) { network.fit({ animation: false }); }
      view.settled = true;
      document.body.setAttribute("data-settled", "true");
      if (done) { done(); }
    });
    network.setOptions({ physics: { enabled: true, stabilization: { fit: false } } });
    network.stabilize(move ? RELAYOUT_ITERATIONS : data.options.physics.stabilization.iterations);
  }
  function openAndSettle(cat, done) {
    closeTooltip();
    var freed = openCategory(cat);
    if (freed.length) { relayout(freed, done); } else if (done) { done(); }
  }
  view.clustered = function () { return Object.keys(clustered).sort(); };
  if (data.cluster_above !== null) {
    data.legend.categories.forEach(function (c) {
      if (c.count > data.cluster_above) { clusterCategory(c.key, null); }
    });
  }

  // --- settle, then stop --------------------------------------------------------------------
  var loading = document.getElementById("kg-loading");
  var progress = document.getElementById("kg-progress");
  function settled() {
    if (view.settleMs !== null) { return; }
    network.setOptions({ physics: { enabled: false } });
    view.settled = true;
    view.settleMs = performance.now();
    loading.hidden = true;
    document.body.setAttribute("data-settled", "true");
    // fit() frames the nodes, not their labels: leave room for the labels of the outer columns
    if (data.hierarchical) { network.moveTo({ scale: network.getScale() * 0.92, animation: false }); }
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
  function show(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    pin(nodeCard(nodes.get(id), 0));
  }
  function select(id) {
    if (network.findNode(id).length > 1) {  // inside a closed cluster: open it first
      openAndSettle(category[id], function () { show(id); });
    } else {
      show(id);
    }
  }
  function clusterEdgeCard(id) {
    // the edges a cluster edge stands for, each as subject - predicate -> object
    var card = el("div", "kg-card");
    var base = network.clustering.getBaseEdges(id).map(function (e) { return edges.get(e); }).filter(Boolean);
    card.appendChild(el("div", "kg-card-title", base.length + " edge(s) into a cluster"));
    base.sort(function (a, b) { return a.id < b.id ? -1 : 1; }).forEach(function (e) {
      card.appendChild(el("div", "kg-row", e.info.subject + " \u2014 " + e.info.predicate + " \u2192 " + e.info.object));
    });
    card.appendChild(el("div", "kg-more", "Open the cluster to see each edge's evidence."));
    return card;
  }
  network.on("click", function (p) {
    if (p.nodes.length && category[p.nodes[0]] === undefined) {  // a cluster: open it
      var cat = p.nodes[0].slice(CLUSTER.length);
      pin(null);
      openAndSettle(cat, null);
    } else if (p.nodes.length) { pin(nodeCard(nodes.get(p.nodes[0]), 0)); }
    else if (p.edges.length && edges.get(p.edges[0])) { pin(edgeCard(edges.get(p.edges[0]), 0)); }
    else if (p.edges.length) { pin(clusterEdgeCard(p.edges[0])); }
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
    closeTooltip();  // the view is about to move: a card left open would describe what is no longer there
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
  var expand = document.getElementById("kg-expand");
  var gather = document.getElementById("kg-cluster");
  if (data.cluster_above === null) {
    expand.hidden = true;
    gather.hidden = true;
  }
  expand.addEventListener("click", function () {
    closeTooltip();
    var opened = Object.keys(clustered).map(openCategory);
    if (opened.length) { relayout(null, null); }
  });
  gather.addEventListener("click", function () {
    closeTooltip();
    pin(null);
    var made = data.legend.categories.map(function (c) { return clusterCategory(c.key, null); });
    if (made.some(Boolean)) { relayout(null, null); }
  });

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
    // Open the closed clusters, filter, and close them again where they were (without the categories
    // now hidden), so what a cluster holds always matches the filters.
    var was = {};
    Object.keys(clustered).forEach(function (cat) {
      if (network.findNode(clustered[cat]).length) { was[cat] = network.getPosition(clustered[cat]); }
      openCategory(cat);
    });
    // Keep where the drawn nodes are, so a node shown again returns to its place. (The network's
    // own storePositions() fails on a filtered view: it visits nodes the view leaves out.)
    var at = network.getPositions();
    nodes.update(Object.keys(at).filter(function (id) { return category[id] !== undefined; }).map(function (id) {
      return { id: id, x: at[id].x, y: at[id].y };
    }));
    nodeView.refresh();
    edgeView.refresh();
    Object.keys(was).forEach(function (cat) { clusterCategory(cat, was[cat]); });
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
