// DynamoDB Local keeping its data on disk is killed (SIGKILL) after 20 of 60 idempotent creates,
// started again on the same files, and every create is sent again with its Idempotency-Key.
import { describe, expect, it } from "vitest";
import { killAndRetry } from "../../../local/reliability/kill-and-retry";

const RUN = { creates: 60, killAfter: 20, concurrency: 6 };
// Two starts of DynamoDB Local and 120 transactions on disk: a minute or more on a busy machine.
const TIMEOUT = 600_000;

describe("kill and retry", () => {
  it(
    "as the local server writes (each transaction answered once committed): nothing acknowledged is lost, nothing stored twice",
    async () => {
      const result = await killAndRetry({ ...RUN, waitForCommit: true });
      expect(result.acknowledged).toBeGreaterThanOrEqual(RUN.killAfter);
      expect(result).toMatchObject({
        lostAtRestart: 0,
        lost: 0,
        duplicated: 0,
        keysMissing: 0,
        retriesRefused: 0,
        drift: 0,
      });
      // Every create acknowledged before the kill is answered from its record, not stored again.
      expect(result.retriesReplayed).toBeGreaterThanOrEqual(result.acknowledged);
    },
    TIMEOUT,
  );

  it(
    "on DynamoDB Local alone, which answers a transaction before committing it: at most the one transaction not yet committed is lost, and retries never duplicate",
    async () => {
      const result = await killAndRetry({ ...RUN, waitForCommit: false });
      console.log(
        `DynamoDB Local alone: ${result.lost} of ${result.acknowledged} acknowledged creates lost at the kill`,
      );
      expect(result.acknowledged).toBeGreaterThanOrEqual(RUN.killAfter);
      // One transaction at a time holds DynamoDB Local's write lock, and its COMMIT is queued before
      // the next one begins: a kill can catch one acknowledged transaction uncommitted, never two.
      expect(result.lost).toBeLessThanOrEqual(1);
      expect(result.lostAtRestart).toBe(result.lost);
      // The lost create's retry stores it again, once; every other key is answered from its record.
      expect(result).toMatchObject({ duplicated: 0, keysMissing: 0, retriesRefused: 0, drift: 0 });
    },
    TIMEOUT,
  );
});
