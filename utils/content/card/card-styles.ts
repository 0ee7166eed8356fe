/**
 * The card's own styles, inside its closed shadow root: sizes in px (the page's root font size must not
 * scale us), every inherited property reset on the host, light and dark from the reader's system setting.
 */
export const CARD_CSS = `
:host { all: initial; }
:host([popover]) { position: fixed; inset: auto; margin: 0; padding: 0; border: 0; background: transparent;
  overflow: visible; color: inherit; }
.card { --bg: #ffffff; --fg: #1d1f24; --muted: #5b6270; --line: #e3e5ea; --chip: #f1f3f6; --accent: #2f6fdb;
  --event: #1f7a4d; --statement: #2f5fb3; --claim: #b42318; --analysis: #9a5b00; --view: #6b2d91;
  box-sizing: border-box; width: 380px; max-width: calc(100vw - 16px); max-height: min(480px, calc(100vh - 16px));
  display: flex; flex-direction: column; overflow: hidden; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.18); padding: 14px 16px 12px;
  font: 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  text-align: start; letter-spacing: normal; word-spacing: normal; text-transform: none;
  animation: appear 120ms ease-out; }
@media (prefers-color-scheme: dark) {
  .card { --bg: #1e2127; --fg: #e8eaef; --muted: #a3a9b6; --line: #393e48; --chip: #2a2e36; --accent: #8ab4ff;
    --event: #6fd3a0; --statement: #9bbcff; --claim: #ff9b8f; --analysis: #f2b45c; --view: #dcb3f5; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.5); }
}
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
@keyframes appear { from { opacity: 0; transform: translateY(-3px); } to { opacity: 1; transform: none; } }
.card:focus { outline: none; }
.card:focus-visible, button:focus-visible, summary:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
header { display: flex; align-items: baseline; gap: 8px; margin-bottom: 4px; }
h2 { margin: 0; font-size: 17px; line-height: 1.3; font-weight: 650; flex: 1; }
.swatch { width: 10px; height: 10px; border-radius: 50%; flex: none; align-self: center; }
.close { all: unset; cursor: pointer; width: 24px; height: 24px; border-radius: 6px; text-align: center;
  font-size: 18px; line-height: 24px; color: var(--muted); }
.close:hover { background: var(--chip); }
.summary { margin: 0 0 10px; color: var(--fg); }
.status { margin: 0 0 8px; font-size: 12px; color: var(--muted); }
ol { list-style: none; margin: 0; padding: 0; border-top: 1px solid var(--line); overflow: auto; min-height: 60px;
  flex: 1 1 auto; overscroll-behavior: contain; }
header, .summary, .status, footer { flex: none; }
li { padding: 9px 0; border-bottom: 1px solid var(--line); }
.fact { margin: 0 0 4px; }
.meta { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; font-size: 12px; color: var(--muted); }
.kind { font-weight: 600; border-radius: 4px; padding: 0 5px; background: var(--chip); }
.kind-event { color: var(--event); } .kind-statement { color: var(--statement); } .kind-claim { color: var(--claim); }
.kind-analysis { color: var(--analysis); } .kind-view { color: var(--view); } .kind-disputed { color: var(--claim); }
.attribution, .source { margin: 3px 0 0; font-size: 12px; color: var(--muted); }
.source a { color: var(--accent); text-decoration: none; } .source a:hover { text-decoration: underline; }
.versions { margin: 4px 0 0; padding-inline-start: 8px; border-inline-start: 3px solid var(--claim); font-size: 12px; }
.versions p { margin: 0; }
.as-of { margin: 6px 0 0; font-size: 11px; color: var(--muted); flex: none; }
details { margin-top: 4px; font-size: 12px; color: var(--muted); }
summary { cursor: pointer; width: fit-content; border-radius: 4px; }
blockquote { margin: 4px 0 0; padding-block: 2px; padding-inline: 8px 0; border-inline-start: 3px solid var(--line); font-style: italic; color: var(--fg); }
footer { display: flex; gap: 8px; justify-content: space-between; align-items: center; padding-top: 10px; flex-wrap: wrap; }
.action { all: unset; cursor: pointer; font-size: 13px; color: var(--accent); border-radius: 4px; padding: 2px 2px; }
.action:hover { text-decoration: underline; }
.secondary { color: var(--muted); }
.why { flex: 1 0 100%; margin: 0; font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
.copies { margin-inline-start: auto; display: inline-flex; gap: 2px; }
.copy { all: unset; cursor: pointer; font-size: 12px; color: var(--accent); border-radius: 4px; padding: 0 4px; }
.copy:hover { background: var(--chip); }
.announce { margin: 0; font-size: 11px; color: var(--muted); flex: none; }
.announce:empty { display: none; }
.card.sheet { width: 100vw; max-width: 100vw; border-radius: 14px 14px 0 0; border-width: 1px 0 0;
  box-shadow: 0 -6px 24px rgba(0, 0, 0, 0.2); padding-bottom: calc(12px + env(safe-area-inset-bottom)); }
.sheet .close { width: 40px; height: 40px; line-height: 40px; font-size: 22px; margin-block-start: -8px; margin-inline-end: -8px; }
.sheet .copy, .sheet .action { padding: 6px 6px; }
`;
