module.exports = async function globalTeardown() {
  await globalThis.__DLHUB_TEST_POSTGRES__?.stop();
};
