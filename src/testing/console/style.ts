/**
 * The console's style sheet: system fonts, light and dark schemes with AA contrast, visible focus, and a narrow
 * layout (a phone at 390 px) where every table row becomes a card whose cells carry their column's name.
 */
export const CONSOLE_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --panel: #ffffff; --text: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #0a58ca;
  --good-bg: #dafbe1; --good: #116329; --bad-bg: #ffebe9; --bad: #a40e26; --busy-bg: #fff8c5; --busy: #6b4f00;
  --live-bg: #ddf4ff; --live: #0550ae;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --panel: #161b22; --text: #e6edf3; --muted: #9da7b3; --line: #30363d; --accent: #58a6ff;
    --good-bg: #12361f; --good: #7ee2a0; --bad-bg: #4a1219; --bad: #ffa8b4; --busy-bg: #3b2e05; --busy: #f2cc60;
    --live-bg: #0c2d4d; --live: #9ccfff;
  }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; background: var(--bg); color: var(--text); }
a { color: var(--accent); }
code { font: 0.86em/1.3 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: nowrap; }
code.url { white-space: normal; overflow-wrap: anywhere; }
time { white-space: nowrap; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--panel); padding: 8px; }
.skip:focus { left: 8px; z-index: 10; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
header {
  position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: baseline;
  padding: 10px 20px; background: var(--panel); border-bottom: 1px solid var(--line);
}
header h1 { font-size: 1.15rem; margin: 0; }
header nav { display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 0.9rem; }
#connection { margin-left: auto; font-size: 0.9rem; }
#connection::before { content: ""; display: inline-block; width: 0.6em; height: 0.6em; border-radius: 50%; margin-right: 6px; background: var(--muted); }
#connection[data-state="online"]::before { background: var(--good); }
#connection[data-state="offline"]::before { background: var(--bad); }
#connection[data-state="offline"] { color: var(--bad); font-weight: 600; }
main { max-width: 1400px; margin: 0 auto; padding: 12px 20px 40px; display: grid; gap: 16px; }
section { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; min-width: 0; }
h2 { font-size: 1.05rem; margin: 0 0 8px; }
h2 .count { font-weight: normal; color: var(--muted); font-size: 0.9rem; margin-left: 6px; }
.muted { color: var(--muted); font-size: 0.88em; }
.actions { display: flex; flex-wrap: wrap; gap: 12px 28px; align-items: flex-end; }
form { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; margin: 0; }
fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; }
legend { font-weight: 600; padding: 0; margin-bottom: 4px; }
.field { display: flex; flex-direction: column; gap: 2px; min-width: 0; }
label { font-size: 0.85rem; color: var(--muted); }
input, select, button { font: inherit; color: inherit; }
input, select { padding: 5px 8px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); min-width: 0; max-width: 100%; }
button { padding: 5px 12px; border: 1px solid var(--accent); border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; }
button.secondary, button.small { background: transparent; color: var(--accent); }
button.small { padding: 1px 8px; font-size: 0.85rem; margin-left: 6px; }
button.danger { background: var(--bad); border-color: var(--bad); color: var(--panel); }
button:disabled { opacity: 0.5; cursor: not-allowed; }
.notice { margin: 8px 0 0; min-height: 1.4em; }
.notice.bad { color: var(--bad); font-weight: 600; }
.table { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-top: 1px solid var(--line); }
th { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); border-top: 0; }
tr.empty td { color: var(--muted); font-style: italic; }
.badge { display: inline-block; padding: 0 8px; border-radius: 999px; font-size: 0.82rem; font-weight: 600; white-space: nowrap; }
.badge.good { background: var(--good-bg); color: var(--good); }
.badge.bad { background: var(--bad-bg); color: var(--bad); }
.badge.busy { background: var(--busy-bg); color: var(--busy); }
.badge.live { background: var(--live-bg); color: var(--live); }
ul.participants, ul.plain { list-style: none; margin: 0; padding: 0; }
ul.participants li + li { margin-top: 6px; }
.timelog { font-size: 0.85em; color: var(--muted); }
details summary { cursor: pointer; color: var(--accent); }
pre { max-height: 260px; max-width: 60ch; overflow: auto; margin: 6px 0 0; padding: 8px; background: var(--bg); border-radius: 6px; font-size: 0.8rem; white-space: pre-wrap; overflow-wrap: anywhere; }
#player video { width: 100%; max-width: 640px; aspect-ratio: 16 / 9; background: #000; border-radius: 6px; display: block; }
#player .bar { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin-bottom: 8px; }
dialog { border: 1px solid var(--line); border-radius: 8px; background: var(--panel); color: var(--text); max-width: 28rem; }
dialog::backdrop { background: rgb(0 0 0 / 0.4); }
@media (max-width: 700px) {
  /* Not sticky on a phone: it would take a sixth of the screen. */
  header { padding: 8px 12px; position: static; }
  #connection { margin-left: 0; width: 100%; }
  main { padding: 8px 8px 32px; gap: 10px; }
  section { padding: 10px 12px; }
  table, tbody, tr, td { display: block; width: 100%; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tr { border-top: 1px solid var(--line); padding: 6px 0; }
  td { border: 0; padding: 2px 0; display: grid; grid-template-columns: 7.5rem minmax(0, 1fr); gap: 8px; }
  td::before { content: attr(data-label); color: var(--muted); font-size: 0.8rem; text-transform: uppercase; }
  tr.empty td { display: block; }
  tr.empty td::before { content: none; }
  pre { max-width: 100%; }
  code { white-space: normal; overflow-wrap: anywhere; }
}
`;
