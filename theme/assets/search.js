// Site search with Pagefind's index, built by the build and loaded only when someone searches. If the index
// is missing the page says so; the rest of the site does not depend on it.
(function () {
  "use strict";
  var form = document.getElementById("site-search");
  if (!form || !window.URLSearchParams) return;
  var input = form.elements.namedItem("q");
  // Narrows the search to one report, by the name each page of a report is indexed under (data-pagefind-filter).
  var report = form.elements.namedItem("report");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var engine = null;
  var latest = 0;
  // Each initiative's status codes by its address, and a badge per code: a result shows its initiative's badges.
  var statuses = JSON.parse((document.getElementById("search-statuses") || {}).textContent || "{}");
  var badges = document.getElementById("search-badges");

  function badgesOf(url) {
    // A section's address is its heading's: the initiative's anchor and "-title" (theme/partials/initiative.liquid).
    var codes = statuses[url.replace(/-title$/, "")];
    if (!codes || !badges) return null;
    var line = document.createElement("span");
    line.className = "search__statuses";
    codes.forEach(function (code) {
      var badge = badges.content.querySelector('[data-code="' + code + '"]');
      if (badge) line.appendChild(badge.firstElementChild.cloneNode(true));
    });
    return line;
  }

  function load() {
    if (!engine) {
      engine = import(form.getAttribute("data-bundle") + "pagefind.js").then(function (pagefind) {
        return Promise.resolve(pagefind.options({ baseUrl: form.getAttribute("data-base") }))
          .then(function () { return pagefind.init(); })
          .then(function () { return pagefind; });
      });
    }
    return engine;
  }

  // Excerpts are text with <mark> around the matches: keep exactly that, nothing else.
  function excerpt(html) {
    var paragraph = document.createElement("p");
    var parsed = new DOMParser().parseFromString(html, "text/html").body.childNodes;
    Array.prototype.forEach.call(parsed, function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        paragraph.appendChild(mark);
      } else {
        paragraph.appendChild(document.createTextNode(node.textContent));
      }
    });
    return paragraph;
  }

  function excerptText(html) { return excerpt(html).textContent; }

  function run(query, remember) {
    var ticket = ++latest;
    list.textContent = "";
    var only = report ? report.value : "";
    if (remember) {
      var params = new URLSearchParams();
      if (query) params.set("q", query);
      if (only) params.set("report", only);
      var search = params.toString();
      history.replaceState(null, "", location.pathname + (search ? "?" + search : ""));
    }
    if (!query.trim()) { status.textContent = ""; return; }
    load()
      .then(function (pagefind) { return pagefind.search(query, only ? { filters: { report: only } } : {}); })
      .then(function (search) {
        return Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); }))
          .then(function (pages) {
            if (ticket !== latest) return; // a newer search has started: its results win
            // One result per initiative: a page's sections under a heading with an id (each initiative's) are
            // Pagefind's sub-results; a page without any is one result.
            var items = [];
            // Pagefind cuts a Japanese query into words (未達成: 未, 達成) and finds sections with any of them; a
            // query of one run of Japanese keeps only the sections that hold it whole.
            var whole = /^[^\s\x00-\x7f]+$/.test(query.trim()) ? query.trim() : null;
            function holds(s) { return !whole || excerptText(s.excerpt).indexOf(whole) >= 0; }
            pages.forEach(function (page) {
              var sections = (page.sub_results || []).filter(function (s) { return s.url.indexOf("#") >= 0; });
              if (!sections.length) { if (holds(page)) items.push(page); return; }
              sections.filter(holds).forEach(function (s) {
                items.push({ url: s.url, excerpt: s.excerpt, meta: { title: s.title, report: page.meta && page.meta.report } });
              });
            });
            status.textContent = items.length
              ? form.getAttribute("data-count").replace("{count}", String(items.length))
              : form.getAttribute("data-none");
            items.forEach(function (item) {
              var entry = document.createElement("li");
              var link = document.createElement("a");
              link.href = item.url;
              link.textContent = (item.meta && item.meta.title) || item.url;
              entry.appendChild(link);
              // Which report the result is in: the same initiative is in several.
              if (item.meta && item.meta.report) {
                var from = document.createElement("span");
                from.className = "search__report-name";
                from.textContent = item.meta.report;
                entry.appendChild(document.createTextNode(" "));
                entry.appendChild(from);
              }
              var line = badgesOf(item.url);
              if (line) entry.appendChild(line);
              entry.appendChild(excerpt(item.excerpt));
              list.appendChild(entry);
            });
          });
      })
      .catch(function () { if (ticket === latest) status.textContent = form.getAttribute("data-unavailable"); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run(input.value, true);
  });
  var arrived = new URLSearchParams(location.search);
  var initial = arrived.get("q");
  if (report && arrived.get("report")) {
    var wanted = arrived.get("report");
    if (Array.prototype.some.call(report.options, function (o) { return o.value === wanted; })) report.value = wanted;
  }
  if (report) report.addEventListener("change", function () { if (input.value.trim()) run(input.value, true); });
  if (initial) {
    input.value = initial;
    run(initial, false);
  }
})();
