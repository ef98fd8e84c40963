/** Served as /dev-mail.css so the page's CSP needs no 'unsafe-inline'. Plain, readable, high contrast. */
export const STYLESHEET = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:100%;line-height:1.5;color:#1a1a1a;background:#fff}
body{margin:0}
.wrap{max-width:60rem;margin:0 auto;padding:0 1rem}
.banner{background:#ffd54f;color:#1a1a1a;border-bottom:3px solid #e08a00}
.banner p{margin:0;padding:.6rem 0}
main.wrap{padding-top:1.5rem;padding-bottom:2rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 1rem}
h2{font-size:1.35rem;margin:2rem 0 .75rem}
h3{font-size:1.1rem;margin:0 0 .5rem}
a{color:#2362a2}
:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.actions{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin:0 0 1rem}
.actions form{margin:0}
.button{font:inherit;font-weight:700;padding:.4rem 1rem;border:2px solid #2362a2;border-radius:4px;background:#fff;color:#2362a2;cursor:pointer}
.button:hover{background:#eef4fb}
.messages{list-style:none;margin:0;padding:0;display:grid;gap:1rem}
.message{border:1px solid #8a8a8a;border-radius:6px;padding:1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0 0 .75rem}
dt{font-weight:700}
dd{margin:0;word-break:break-word}
pre{white-space:pre-wrap;word-break:break-word;font:inherit;background:#f4f4f4;padding:.75rem;margin:0;border-radius:4px}
`;
