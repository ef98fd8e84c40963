// dependency-cruiser (pnpm lint:boundaries) reads TypeScript through the compiler's JavaScript API, which it
// looks up by the name `typescript`. The repo's TypeScript 7 is the native compiler and has no such API, so
// dependency-cruiser gets TypeScript 5 as a dependency of its own; nothing else sees that copy.
module.exports = {
  hooks: {
    readPackage(pkg) {
      if (pkg.name === 'dependency-cruiser') {
        pkg.dependencies = { ...pkg.dependencies, typescript: '5.9.3' };
      }
      return pkg;
    },
  },
};
