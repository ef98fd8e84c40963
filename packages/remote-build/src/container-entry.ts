/**
 * The source of a CzP slim container, `remoteEntry.js`: the Module Federation container contract (an ES module
 * exporting `init(shareScope)` and `get(exposedName)`, which resolves to a factory returning the module) in about a
 * kilobyte, without Module Federation's runtime. Generated once the bundle's file names are known.
 */
export interface ContainerEntry {
  /** The federation name (czp_<service id>), said in errors. */
  name: string;
  /** The registry chunk (relative to dist/, e.g. assets/czp-shared-x.js): the shims read the shared modules there. */
  registry: string;
  /** The shared modules ./app's first load imports (SHARED_SINGLETONS and the subpaths it uses). */
  shared: string[];
  /** Each exposed module (./app): its chunk and the stylesheets to attach before it runs. */
  exposes: Record<string, { js: string; css: string[] }>;
}

/** The export a CzP slim container carries, so the shell tells it from a stock Module Federation entry. */
export const CONTAINER_MARKER = 'czpContainer';

const rel = (path: string) => JSON.stringify(`./${path}`);

/**
 * Kept to what every browser the portal supports runs (es2022), no eval or `new Function` (the portal's CSP), and
 * minified by hand: it is on every service's first load.
 *
 * - `init(scope)` keeps the host's share scope, `{ [name]: { [version]: { get, from, eager, loaded } } }` as Module
 *   Federation (and webpack) pass it; the first scope wins, as in Module Federation.
 * - `get(name)` takes every shared module ./app's first load uses from that scope (the registry's `need`) before the
 *   exposed module's chunk runs (the shims read the registry as the chunk is evaluated), attaches
 *   its stylesheets, and imports the chunk. The entry's own query (`?czp-load=2`, the shell's fresh load after a
 *   failure) is passed on to the chunk and the stylesheets, so a retry fetches them anew too (the browser keeps a
 *   failed stylesheet or preload of a URL for the page's lifetime).
 */
export function containerEntrySource(entry: ContainerEntry): string {
  const exposes = Object.entries(entry.exposes)
    .map(([name, { js, css }]) => `${JSON.stringify(name)}:[${rel(js)},[${css.map(rel).join(',')}]]`)
    .join(',');
  return `import{scope as S,need as N}from${rel(entry.registry)};
const n=${JSON.stringify(entry.name)},s=${JSON.stringify(entry.shared)},x={${exposes}},q=new URL(import.meta.url).search,u=(f)=>new URL(f,import.meta.url).href+q;
let r;
export const ${CONTAINER_MARKER}=1;
export function init(h){S(h,n);}
function l(f){const h=u(f);for(const e of document.querySelectorAll('link[rel="stylesheet"]'))if(e.href===h)return;
return new Promise((y,j)=>{const e=document.createElement("link");e.rel="stylesheet";e.href=h;e.onload=y;
e.onerror=()=>{e.remove();j(Error(n+": cannot load "+h));};document.head.append(e);});}
export function get(m){const e=x[m];if(!e)return Promise.reject(Error(n+" does not expose "+m));
r??=N(s);
return Promise.all([r,...e[1].map(l)]).then(()=>import(u(e[0]))).then((v)=>()=>v);}
`;
}

/**
 * The registry the container fills and the shims read: one per remote build (its own chunk, so one instance).
 * `scope(h)` keeps the host's share scope (the first wins, as in Module Federation); `need(names)` takes those
 * shared modules from it (`offer.get()` → factory → module) that are not taken yet: the entry for ./app's first
 * load, and every dynamic import of a chunk whose code uses other shared modules (container-plugin.ts rewrites
 * them), so `/forms` or `/content` are fetched only when a chunk that uses them is.
 */
export const REGISTRY_SOURCE = `const m=Object.create(null);let c,w="the remote";
export function scope(h,n){c??=h;w=n;}
function t(k){const v=c&&c[k],o=v&&(Object.values(v).find((e)=>e.loaded)||Object.values(v)[0]);
if(!o)return Promise.reject(Error(w+" needs "+k+" from the portal's share scope"));
return Promise.resolve(o.get()).then((f)=>{o.loaded=1;m[k]=f();});}
export function need(names){return Promise.all(names.filter((k)=>!(k in m)).map(t));}
export function take(n){const v=m[n];if(v===undefined)throw new Error("[CzP] "+n+" is taken from the portal: load this remote through its remoteEntry.js (init, then get)");return v;}
`;

/** A shim standing in for a shared module: every export of the installed package, read from the shell's copy. */
export function sharedShimSource(name: string, names: readonly string[], registryId: string): string {
  // Each read is a call marked pure, so the bundler drops the exports the remote does not use (a bare property read
  // might run a getter: it would be kept).
  const lines = [
    `import{take}from${JSON.stringify(registryId)};`,
    `const m=take(${JSON.stringify(name)}),g=(k)=>m[k];`,
  ];
  const exported: string[] = [];
  names.forEach((exportName, index) => {
    if (exportName === 'default') return;
    lines.push(`const e${index}=/*#__PURE__*/g(${JSON.stringify(exportName)});`);
    exported.push(`e${index} as ${JSON.stringify(exportName)}`);
  });
  if (exported.length > 0) lines.push(`export{${exported.join(',')}};`);
  // A CommonJS library's default import is its module.exports: the namespace's default, or the namespace itself.
  if (names.includes('default')) lines.push('export default /*#__PURE__*/(()=>("default" in m?m.default:m))();');
  return `${lines.join('\n')}\n`;
}
