// cleaner report: draws the page from the JSON block. Text from files only ever goes in
// through textContent (never innerHTML), so nothing in a file can become markup.
"use strict";
(function () {
  var DATA = JSON.parse(document.getElementById("report-data").textContent);
  var COLORS = ["#7b3fb0", "#2471b3", "#c0392b", "#138a72", "#d35400", "#6b7a00", "#a0306e", "#0f6e8c", "#7a5230"];
  var PAGE_ROWS = 100;
  var SVG = "http://www.w3.org/2000/svg";
  var C = {};
  DATA.columns.forEach(function (name, i) { C[name] = i; });
  var detailOf = {};  // path -> index in DATA.details
  DATA.files.forEach(function (row) { if (row[C.detail] >= 0) detailOf[row[C.path]] = row[C.detail]; });

  function color(passIndex) { return COLORS[passIndex % COLORS.length]; }
  function tint(hex, alpha) {
    var n = parseInt(hex.slice(1), 16);
    return "rgba(" + (n >> 16) + "," + ((n >> 8) & 255) + "," + (n & 255) + "," + alpha + ")";
  }
  function el(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else if (key === "style") node.style.cssText = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    for (var i = 2; i < arguments.length; i++) if (arguments[i]) node.appendChild(arguments[i]);
    return node;
  }
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function num(n) { return Number(n).toLocaleString("en"); }
  function chip(passIndex) {
    var node = el("span", {"class": "chip", text: DATA.passes[passIndex] || "?"});
    node.style.setProperty("--c", color(passIndex));
    return node;
  }

  var app = document.getElementById("app");

  function header() {
    var s = DATA.summary;
    app.appendChild(el("h1", {text: "cleaner report"}));
    app.appendChild(el("div", {"class": "meta", text: "cleaner " + DATA.version + " \u00b7 passes: " +
      DATA.passes.join(", ") + " \u00b7 settings: " + (DATA.config || "defaults")}));
    var cards = el("div", {"class": "cards", id: "summary"});
    [["files seen", s.seen], ["changed", s.changed], ["unchanged", s.unchanged], ["failed", s.failed],
     ["characters removed", s.chars_removed], ["characters added", s.chars_added],
     ["lines removed (net)", s.lines_removed]].forEach(function (pair) {
      cards.appendChild(el("div", {"class": "card"}, el("b", {text: num(pair[1])}), el("span", {text: pair[0]})));
    });
    DATA.passes.forEach(function (name, i) {
      var card = el("div", {"class": "card"}, el("b", {text: num(s.changes_per_pass[i])}),
        el("span", {text: "changes by "}), chip(i));
      cards.appendChild(card);
    });
    app.appendChild(cards);
  }

  function barChart(title, bars, id) {
    // bars: [label, value, colour, caption]; horizontal bars scaled to the largest value.
    var width = 520, rowH = 24, left = 110, height = Math.max(1, bars.length) * rowH + 8;
    var max = Math.max.apply(null, bars.map(function (b) { return b[1]; }).concat([1]));
    var chart = svg("svg", {width: "100%", viewBox: "0 0 " + width + " " + height, role: "img", id: id});
    chart.appendChild(svg("title", {}, title));
    bars.forEach(function (b, i) {
      var y = 4 + i * rowH, w = Math.round((width - left - 150) * b[1] / max);
      chart.appendChild(svg("text", {x: left - 6, y: y + 15, "text-anchor": "end"}, b[0]));
      var rect = svg("rect", {x: left, y: y + 3, width: Math.max(w, b[1] ? 2 : 0), height: rowH - 8, fill: b[2]});
      rect.appendChild(svg("title", {}, b[0] + ": " + b[3]));
      chart.appendChild(rect);
      chart.appendChild(svg("text", {x: left + w + 6, y: y + 15}, b[3]));
    });
    return el("div", {"class": "chart"}, el("h3", {text: title}), chart);
  }

  function charts() {
    var s = DATA.summary;
    app.appendChild(el("h2", {text: "Charts"}));
    var box = el("div", {"class": "charts"});
    box.appendChild(barChart("Changes per pass", DATA.passes.map(function (name, i) {
      return [name, s.changes_per_pass[i], color(i),
        num(s.changes_per_pass[i]) + " changes in " + num(s.files_per_pass[i]) + " files"];
    }), "chart-passes"));
    var sizes = DATA.sizes.slice();
    while (sizes.length > 1 && !sizes[sizes.length - 1][1]) sizes.pop();  // no empty top bins
    box.appendChild(barChart("Size of change per file (characters removed + added)",
      sizes.map(function (bin) { return [bin[0], bin[1], "#5b6b8c", num(bin[1]) + " files"]; }),
      "chart-sizes"));
    app.appendChild(box);
  }

  // The table of files: filters, sorting and paging all work on DATA.files in memory.
  var view = {rows: DATA.files, sortKey: C.size, sortDir: -1, page: 0, selected: null};

  function filesSection() {
    app.appendChild(el("h2", {text: "Files"}));
    var passSelect = el("select", {id: "filter-pass"}, el("option", {value: "", text: "any pass"}));
    DATA.passes.forEach(function (name, i) { passSelect.appendChild(el("option", {value: String(i), text: name})); });
    var statusSelect = el("select", {id: "filter-status"}, el("option", {value: "", text: "any status"}));
    ["changed", "failed", "unchanged"].forEach(function (s) { statusSelect.appendChild(el("option", {value: s, text: s})); });
    var filters = el("div", {"class": "filters"},
      el("input", {id: "filter-name", type: "search", placeholder: "file name contains\u2026", size: "28"}),
      passSelect, statusSelect,
      el("label", {text: "changed characters \u2265 "}),
      el("input", {id: "filter-min", type: "number", min: "0", value: "0", style: "width:7em"}),
      el("span", {id: "row-count", "class": "hint"}));
    app.appendChild(filters);
    var head = el("tr");
    [["File", C.path], ["Status", C.status], ["Passes", C.passes], ["Changed chars", C.size, "num"],
     ["Removed", C.removed, "num"], ["Added", C.added, "num"], ["Lines \u2212", C.lines, "num"],
     ["Note", C.message]].forEach(function (col) {
      var th = el("th", {text: col[0], "data-key": String(col[1])});
      if (col[2]) th.className = col[2];
      th.addEventListener("click", function () { sortBy(col[1]); });
      head.appendChild(th);
    });
    app.appendChild(el("table", {id: "files"}, el("thead", {}, head), el("tbody")));
    app.appendChild(el("div", {"class": "pager"},
      el("button", {id: "prev", type: "button", text: "\u2190 previous"}),
      el("span", {id: "page-info", "class": "hint"}),
      el("button", {id: "next", type: "button", text: "next \u2192"})));
    var bounds = [];
    if (DATA.rows_left_out) bounds.push(num(DATA.rows_left_out) + " more files are counted above but not listed (table bound: " + num(DATA.limits.table_rows) + " rows).");
    bounds.push("Unchanged files are counted, not listed (unless a pass left a warning). Diffs are kept for the first " +
      num(DATA.limits.full_files) + " changed files, up to " + num(DATA.limits.diff_chars) +
      " characters each; run `cleaner explain FILE` for any other.");
    app.appendChild(el("p", {"class": "hint", text: bounds.join(" ")}));
    // Text fields filter as one types, lists when a choice is made. Not "change" on the
    // fields: it fires on blur, and redrawing then would swallow a click on a row.
    ["filter-name", "filter-min"].forEach(function (id) {
      document.getElementById(id).addEventListener("input", applyFilters);
    });
    ["filter-pass", "filter-status"].forEach(function (id) {
      document.getElementById(id).addEventListener("change", applyFilters);
    });
    document.getElementById("prev").addEventListener("click", function () { view.page--; drawRows(); });
    document.getElementById("next").addEventListener("click", function () { view.page++; drawRows(); });
    app.appendChild(el("h2", {text: "File"}));
    app.appendChild(el("p", {"class": "hint", text: "Changes are coloured by the pass that made them: struck " +
      "through where it removed text, underlined where it added some. Whitespace in a change: \u2423 space, " +
      "\u237d no-break space, \u23ce line end, \u2190 carriage return, \u2192 tab."}));
    app.appendChild(el("div", {id: "detail", "class": "detail"},
      el("p", {"class": "hint", text: "Click a file in the table to see its changes."})));
    sortRows();
    applyFilters();
  }

  function applyFilters() {
    var name = document.getElementById("filter-name").value.toLowerCase();
    var pass = document.getElementById("filter-pass").value;
    var status = document.getElementById("filter-status").value;
    var min = Number(document.getElementById("filter-min").value) || 0;
    view.rows = DATA.files.filter(function (row) {
      return (!name || row[C.path].toLowerCase().indexOf(name) >= 0) &&
        (pass === "" || row[C.passes].indexOf(Number(pass)) >= 0) &&
        (!status || row[C.status] === status) && row[C.size] >= min;
    });
    view.page = 0;
    drawRows();
  }

  function sortBy(key) {
    view.sortDir = view.sortKey === key ? -view.sortDir : (key === C.path || key === C.status ? 1 : -1);
    view.sortKey = key;
    sortRows();
    applyFilters();
  }

  function sortRows() {
    var key = view.sortKey, dir = view.sortDir;
    DATA.files.sort(function (a, b) {
      var x = key === C.passes ? a[key].length : a[key], y = key === C.passes ? b[key].length : b[key];
      if (x < y) return -dir;
      if (x > y) return dir;
      return a[C.path] < b[C.path] ? -1 : a[C.path] > b[C.path] ? 1 : 0;
    });
    document.querySelectorAll("#files th").forEach(function (th) {
      th.setAttribute("data-dir", Number(th.getAttribute("data-key")) === key ? String(dir) : "0");
    });
  }

  function drawRows() {
    var pages = Math.max(1, Math.ceil(view.rows.length / PAGE_ROWS));
    view.page = Math.min(Math.max(view.page, 0), pages - 1);
    var body = document.querySelector("#files tbody");
    body.textContent = "";
    view.rows.slice(view.page * PAGE_ROWS, (view.page + 1) * PAGE_ROWS).forEach(function (row) {
      var passes = el("td", {"class": "passes"});
      row[C.passes].forEach(function (i) { passes.appendChild(chip(i)); });
      var tr = el("tr", {"data-path": row[C.path]},
        el("td", {"class": "path", text: row[C.path]}),
        el("td", {"class": "status-" + row[C.status], text: row[C.status]}), passes,
        el("td", {"class": "num", text: num(row[C.size])}), el("td", {"class": "num", text: num(row[C.removed])}),
        el("td", {"class": "num", text: num(row[C.added])}), el("td", {"class": "num", text: num(row[C.lines])}),
        el("td", {"class": "hint", text: row[C.message]}));
      if (row[C.path] === view.selected) tr.className = "selected";
      tr.addEventListener("click", function () { showFile(row); });
      body.appendChild(tr);
    });
    document.getElementById("row-count").textContent = num(view.rows.length) + " of " + num(DATA.files.length) + " files listed";
    document.getElementById("page-info").textContent = "page " + (view.page + 1) + " of " + pages;
    document.getElementById("prev").disabled = view.page === 0;
    document.getElementById("next").disabled = view.page >= pages - 1;
  }

  function diffBlock(segments, passIndex) {
    var box = el("div", {"class": "diff"});
    var c = color(passIndex);
    segments.forEach(function (seg) {
      if (seg[1] === 0) { box.appendChild(document.createTextNode(seg[0])); return; }
      var span = el("span", {"class": seg[1] === 1 ? "del" : "ins", "data-pass": DATA.passes[passIndex], text: seg[0],
        title: (seg[1] === 1 ? "removed by " : "added by ") + DATA.passes[passIndex]});
      span.style.background = tint(c, seg[1] === 1 ? 0.16 : 0.32);
      span.style.color = c;
      box.appendChild(span);
    });
    if (!segments.some(function (seg) { return seg[1] !== 0; })) {
      box.appendChild(el("span", {"class": "hint", text: "(only blank lines removed or added)"}));
    }
    return box;
  }

  function showFile(row) {
    view.selected = row[C.path];
    drawRows();
    var box = document.getElementById("detail");
    box.textContent = "";
    box.appendChild(el("h3", {"class": "path", text: row[C.path]}));
    var index = row[C.detail];
    if (row[C.status] === "failed") { box.appendChild(el("p", {"class": "status-failed", text: "failed: " + row[C.message]})); }
    if (index < 0) {
      if (row[C.status] !== "failed") box.appendChild(el("p", {"class": "hint", text: row[C.message] ||
        "Not kept in full (the report keeps the first " + num(DATA.limits.full_files) + " changed files): run cleaner explain on it."}));
      box.scrollIntoView();
      return;
    }
    var detail = DATA.details[index];
    detail.steps.forEach(function (step) {
      var p = step[0], blocks = step[1], left = step[2];
      var part = el("div", {"class": "step"});
      part.style.setProperty("--c", color(p));
      var count = blocks.length + left;
      part.appendChild(el("div", {}, chip(p), el("span", {text: count + (count === 1 ? " change" : " changes")})));
      blocks.forEach(function (b) {
        var where = b[1] <= 1 ? "line " + b[0] : "lines " + b[0] + "\u2013" + (b[0] + b[1] - 1);
        part.appendChild(el("div", {"class": "block"}, el("div", {"class": "where", text: where}), diffBlock(b[2], p)));
      });
      if (left) part.appendChild(el("p", {"class": "hint", text: left + " more changes not shown (diff bound: " + num(DATA.limits.diff_chars) + " characters)"}));
      part.appendChild(notesOf(detail.notes, p));
      box.appendChild(part);
    });
    var other = detail.notes.filter(function (n) { return !detail.steps.some(function (s) { return s[0] === n[0]; }); });
    if (other.length) box.appendChild(el("div", {"class": "step"}, el("div", {text: "Passes that changed nothing:"}), notesOf(other, null)));
    box.scrollIntoView();
  }

  function notesOf(notes, passIndex) {
    var list = el("ul", {"class": "notes"});
    notes.forEach(function (n) {
      if (passIndex === null || n[0] === passIndex) {
        list.appendChild(el("li", {text: (passIndex === null ? DATA.passes[n[0]] + ": " : "") + n[1]}));
      }
    });
    return list;
  }

  function openFile(path) {
    var row = DATA.files.filter(function (r) { return r[C.path] === path; })[0];
    if (row) showFile(row);
  }

  function rulesSection() {
    app.appendChild(el("h2", {text: "By rule"}));
    app.appendChild(el("p", {"class": "hint", text: "Every change a named rule made, across all files, most frequent first " +
      "(up to " + num(DATA.limits.rule_examples) + " examples per rule). One wrong rule shows here at a glance."}));
    var box = el("div", {id: "rules"});
    if (!DATA.rules.length) box.appendChild(el("p", {"class": "hint", text: "No rule fired."}));
    DATA.rules.forEach(function (group) {
      var summary = el("summary", {}, group.pass >= 0 ? chip(group.pass) : null,
        el("b", {text: group.rule}), el("span", {"class": "hint", text: " (" + group.kind + ") \u00b7 " +
          num(group.hits) + " changes in " + num(group.files) + " files"}));
      var table = el("table", {}, el("thead", {}, el("tr", {}, el("th", {text: "File"}), el("th", {text: "Line"}),
        el("th", {text: "Text"}), el("th", {text: "Why"}))));
      var body = el("tbody");
      group.examples.forEach(function (ex) {
        var link = el("a", {"class": "file", text: ex[0]});
        link.addEventListener("click", function () { openFile(ex[0]); });
        body.appendChild(el("tr", {}, el("td", {"class": "path"}, link), el("td", {"class": "num", text: String(ex[1])}),
          el("td", {text: ex[2]}), el("td", {"class": "hint", text: ex[3]})));
      });
      table.appendChild(body);
      var more = group.hits > group.examples.length ?
        el("p", {"class": "hint", text: num(group.hits - group.examples.length) + " more not shown"}) : null;
      box.appendChild(el("details", {"class": "rule", "data-rule": group.rule}, summary, table, more));
    });
    app.appendChild(box);
  }

  header();
  charts();
  filesSection();
  rulesSection();
  document.body.setAttribute("data-ready", "1");
})();
