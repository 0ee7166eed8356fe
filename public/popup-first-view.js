// Runs in the popup's <head>, before its body is parsed. popup.html holds the Browse view the popup opens on at
// its plain address, rendered by the build so that it paints before the popup's modules run. An address with a
// query opens elsewhere (a page's mentions, a topic): this marks it, so that the prerendered Browse never
// paints there (see entrypoints/popup/first-view.ts, which names the mark).
if (location.search !== '') document.documentElement.setAttribute('data-opens-elsewhere', '');
