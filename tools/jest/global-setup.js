// Creates one migrated template database per test run; each integration test file clones it.
// jest's transform compiles the TypeScript it requires.
module.exports = async () => {
  await require('./test-databases.ts').prepareTemplate();
};
