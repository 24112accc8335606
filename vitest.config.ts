import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One DynamoDB Local for the whole run; each test file works in its own table.
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 30_000,
    // The AWS SDK warns once per process that its 2027 releases need Node 22 (the README says so);
    // in a run of some fifty processes that warning would bury what the tests say.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    hookTimeout: 60_000,
  },
});
