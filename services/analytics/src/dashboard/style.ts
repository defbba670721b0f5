/** The dashboard's stylesheet, inlined in a `<style>` the CSP allows by its hash (page.ts). */
export const STYLE = `
:root{color-scheme:light dark;--fg:#1d2330;--muted:#6b7280;--bg:#f6f7f9;--card:#fff;--line:#e5e7eb;
--placed:#2563eb;--confirmed:#059669;--cancelled:#dc2626;--pending:#d97706}
@media (prefers-color-scheme:dark){:root{--fg:#e5e7eb;--muted:#9ca3af;--bg:#111827;--card:#1f2937;--line:#374151}}
*{box-sizing:border-box}
body{margin:0;font:15px/1.4 system-ui,-apple-system,Segoe UI,sans-serif;color:var(--fg);background:var(--bg)}
header{display:flex;flex-wrap:wrap;align-items:baseline;gap:.5rem 1.5rem;padding:1rem 1.5rem}
h1{font-size:1.25rem;margin:0}h2{font-size:.8rem;font-weight:600;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:0 0 .5rem}
header p{margin:0;color:var(--muted)}#state.error{color:var(--cancelled)}
main{display:grid;gap:1rem;padding:0 1.5rem 1.5rem;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr))}
section{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:1rem}
.figures{grid-column:1/-1;display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr))}
.figures div{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem}
.figures p{margin:0;font-size:1.6rem;font-variant-numeric:tabular-nums}
.wide{grid-column:1/-1}svg{display:block;width:100%;height:auto;max-height:16rem}svg text{fill:var(--muted);font-size:11px}
ul{margin:0;padding:0;list-style:none}li{display:flex;justify-content:space-between;padding:.25rem 0;border-bottom:1px solid var(--line)}
.legend span{margin-right:1rem;color:var(--muted)}.legend b{display:inline-block;width:.7rem;height:.7rem;margin-right:.3rem;border-radius:2px}
.placed{background:var(--placed)}.confirmed{background:var(--confirmed)}.cancelled{background:var(--cancelled)}
`;
