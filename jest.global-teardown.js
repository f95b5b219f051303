module.exports = require("./services/kit/dist/testing/jest-postgres.js").globalTeardown;
