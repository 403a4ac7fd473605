// Jest transform for SPFx string files (`define([], function () { return {...}; })`): evaluates the AMD
// factory and exports its result as a CommonJS module.
module.exports = {
  process(source) {
    return { code: `const define = (deps, factory) => { module.exports = factory(); };\n${source}` };
  }
};
