// A body over the limit is a 413, and the kept-alive connection it came on still serves the next
// request, on the Node server `npm start` runs.
import { Agent, request } from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { startTestServer } from "../../support/server";

type Answer = { status: number; body: string; socket: unknown };

describe("body limit on the local server", async () => {
  const server = await startTestServer();
  const { hostname, port } = new URL(server.baseUrl);
  // One socket, kept alive: the second request goes on the connection the first came on, if the
  // server left it open.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  afterAll(() => agent.destroy());
  const token = await server.tokenFor("manager");

  function send(method: string, path: string, body?: Buffer, chunked = false): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = { authorization: `Bearer ${token}` };
      if (body) {
        headers["content-type"] = "application/json";
        if (chunked) headers["transfer-encoding"] = "chunked";
        else headers["content-length"] = body.length;
      }
      const outgoing = request({ host: hostname, port, method, path, agent, headers }, (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => {
          text += chunk;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text, socket: outgoing.socket }));
      });
      outgoing.on("error", reject);
      outgoing.end(body);
    });
  }

  const oversized = Buffer.from(JSON.stringify({ title: "x".repeat(300 * 1024) }));

  for (const chunked of [false, true]) {
    it(`answers 413 to a ${chunked ? "chunked" : "sized"} body over the limit, and the connection serves the next request`, async () => {
      const tooBig = await send("POST", "/activities", oversized, chunked);
      expect(tooBig.status).toBe(413);
      expect(JSON.parse(tooBig.body).error).toBe("payload_too_large");
      const next = await send("GET", "/health");
      expect(next.status).toBe(200);
    });
  }
});
