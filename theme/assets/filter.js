// Narrows the overview's table of initiatives by each status axis of the report and by challenge. Without
// JavaScript the form stays hidden and every row is listed. The choice is kept in the address so a filtered view
// can be shared. A status select is named by its axis; a row's data-status lists its "axis:code" words.
(function () {
  "use strict";
  var form = document.getElementById("initiative-filters");
  var table = document.getElementById("initiatives-table");
  if (!form || !table || !window.URLSearchParams || !history.replaceState) return;

  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var names = selects.map(function (select) { return select.name; });
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var status = document.getElementById("filter-status");

  function field(name) { return form.elements.namedItem(name); }

  function restore() {
    var params = new URLSearchParams(location.search);
    names.forEach(function (name) {
      var value = params.get(name) || "";
      var select = field(name);
      var known = Array.prototype.some.call(select.options, function (option) { return option.value === value; });
      select.value = known ? value : "";
    });
  }

  // Counted as the summary counts: an initiative listed again under another strategy is not counted twice.
  var total = rows.filter(function (row) { return !row.hasAttribute("data-repost"); }).length;

  function apply(remember) {
    var shown = 0, reposts = 0;
    var active = names.some(function (name) { return field(name).value; });
    rows.forEach(function (row) {
      var visible = selects.every(function (select) {
        var wanted = select.value;
        if (!wanted) return true;
        if (select.getAttribute("data-filter") === "status")
          return (" " + row.getAttribute("data-status") + " ").indexOf(" " + select.name + ":" + wanted + " ") >= 0;
        return row.getAttribute("data-challenge") === wanted;
      });
      row.hidden = !visible;
      if (visible && row.hasAttribute("data-repost")) reposts++;
      else if (visible) shown++;
    });
    // On arrival the count is only worth announcing when a shared link brought filters with it.
    var template = form.getAttribute(reposts ? "data-reposts-template" : "data-status-template");
    status.textContent = remember || active
      ? template.replace("{shown}", String(shown)).replace("{total}", String(total)).replace("{reposts}", String(reposts))
      : "";
    if (remember) {
      var params = new URLSearchParams();
      names.forEach(function (name) { if (field(name).value) params.set(name, field(name).value); });
      var query = params.toString();
      history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
    }
  }

  form.addEventListener("change", function () { apply(true); });
  form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  restore();
  form.hidden = false;
  apply(false);
})();
