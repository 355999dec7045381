// A page that moved sends the reader on at once, keeping the section they were sent to (#initiative-2-1-3),
// which the refresh in the page's head cannot carry. Without JavaScript the refresh, then the link, still work.
(function () {
  "use strict";
  var canonical = document.querySelector('link[rel="canonical"]');
  var refresh = document.querySelector('meta[http-equiv="refresh"]');
  if (!canonical || !refresh) return;
  var target = refresh.getAttribute("content").replace(/^0; url=/, "");
  location.replace(target + location.search + location.hash);
})();
