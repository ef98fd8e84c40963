/** The stylesheet, served as /dev-idp.css so the pages' CSP needs no 'unsafe-inline'. identita.cz look: white page, blue bar. */
export const STYLESHEET = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:100%;line-height:1.5;color:#1a1a1a;background:#fff}
body{margin:0}
.wrap{max-width:40rem;margin:0 auto;padding:0 1rem}
.bar{background:#2362a2;color:#fff}
.bar-inner{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding-top:.75rem;padding-bottom:.75rem}
.brand{margin:0;font-weight:700;font-size:1.1rem}
.bar a{color:#fff}
.banner{background:#ffd54f;color:#1a1a1a;border-bottom:3px solid #e08a00}
.banner p{margin:0;padding:.6rem 0}
main.wrap{padding-top:1.5rem;padding-bottom:2rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 1rem}
a{color:#2362a2}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.bar :focus-visible{outline-color:#fff}
.methods{list-style:none;margin:1rem 0;padding:0;display:grid;gap:.75rem}
.method{display:block;padding:1rem;border:2px solid #2362a2;border-radius:6px;text-decoration:none;color:#1a1a1a}
.method:hover{background:#eef4fb}
.method-name{display:block;font-weight:700;font-size:1.15rem;color:#2362a2}
.method-level{display:block}
form{margin:1rem 0}
fieldset{border:0;margin:0 0 1rem;padding:0}
legend{font-weight:700;margin-bottom:.5rem}
.field{margin-bottom:1rem}
label{display:block;font-weight:700;margin-bottom:.25rem}
.choice{display:flex;gap:.5rem;align-items:center;margin:.25rem 0}
.choice label{font-weight:400;margin:0}
.hint{margin:0 0 .25rem;color:#4a4a4a}
input[type=text],input[type=password]{font:inherit;width:100%;max-width:20rem;padding:.5rem;border:2px solid #4a4a4a;border-radius:4px}
input[type=radio]{width:1.25rem;height:1.25rem;margin:0}
input[aria-invalid=true]{border-color:#b00020}
.error{color:#b00020;font-weight:700;margin:.25rem 0}
.button{font:inherit;font-weight:700;display:inline-block;padding:.6rem 1.2rem;border:2px solid #2362a2;border-radius:4px;background:#2362a2;color:#fff;cursor:pointer;text-decoration:none}
.button:hover{background:#1b4d80}
.button-secondary{background:#fff;color:#2362a2}
.button-secondary:hover{background:#eef4fb}
.actions{display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
.devbox{border:3px dashed #e08a00;background:#fff8e1;padding:1rem;margin-bottom:2rem}
.devbox p{margin:.25rem 0}
.devbox-title{font-weight:700;text-transform:uppercase;letter-spacing:.05em}
.devbox code{font-size:1.5rem;font-weight:700;letter-spacing:.2em}
.notice{border-left:4px solid #2362a2;padding:.25rem 0 .25rem 1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:700}
dd{margin:0;word-break:break-word}
`;

/** A small icon, so browsers asking for one get an answer instead of a 404. */
export const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#2362a2"/>' +
  '<text x="16" y="22" font-family="Arial,sans-serif" font-size="14" font-weight="700" fill="#fff" text-anchor="middle">ID</text></svg>';
