module.exports = async () => {
  await require('./test-databases.ts').dropRunDatabases();
};
