// The editing form at /admin/: Sveltia CMS from node_modules (the version package.json pins), bundled by the
// build with esbuild into admin/cms/, so that nothing is loaded from a CDN. Its configuration, admin/config.yml
// beside the page, is written by the build from data/ at every run.
import './japanese.js';
import CMS from '@sveltia/cms';

CMS.init();
