// Loads a part of the household page that comes in its own bundle (e.g. saved.js and
// saved_bg.wasm, the saved scenarios) the first time it is opened; its main() mounts it. The
// files are beside the page (a module import and a fetch from 'self': the CSP allows both).
export function loadPart(name) {
  const base = new URL('./', document.baseURI);
  return import(new URL(`${name}.js`, base).href).then((module) =>
    module.default({ module_or_path: new URL(`${name}_bg.wasm`, base).href }),
  );
}
