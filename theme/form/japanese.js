// Ward staff read Japanese: the form speaks Japanese unless the user chose another language in its settings,
// whatever the browser's language. A module of its own, imported before the CMS, because the CMS reads the
// preference as its module is evaluated.
const preferences = 'sveltia-cms.prefs';
try {
  if (!localStorage.getItem(preferences)) localStorage.setItem(preferences, JSON.stringify({ locale: 'ja' }));
} catch {
  // Storage refused (a private window): the form follows the browser's language.
}
