import { killAndRetry } from "./reliability/kill-and-retry";

const creates = Number(process.argv[2] ?? 60),
  killAfter = Number(process.argv[3] ?? 20),
  wait = process.argv[4] === "wait";
const t = Date.now();
console.log(
  JSON.stringify(await killAndRetry({ creates, killAfter, concurrency: 8, waitForCommit: wait })),
  (Date.now() - t) / 1000,
  "s",
);
