import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loginAtIdp, logoutAtIdp } from "../helpers/idp.ts";
import { freePort, rawRequest } from "../helpers/process.ts";

const SAME_ORIGIN_LINK = {
  "sec-fetch-site": "same-origin",
  "sec-fetch-mode": "navigate",
  "sec-fetch-dest": "document",
};
const DEMO = fileURLToPath(new URL("../../demo/run.ts", import.meta.url));

describe.each([{ proxy: "caddy" }, { proxy: "node" }])(
  "npm run demo ($proxy in front)",
  ({ proxy }) => {
    it("prints where to go, logs alice in and out, refuses bob, offers a fresh login, and stops cleanly on Ctrl-C", async () => {
      const port = await freePort();
      const child = spawn(process.execPath, [DEMO], {
        env: { PATH: process.env.PATH ?? "", DEMO_PORT: String(port), DEMO_PROXY: proxy },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.stderr.on("data", (d: Buffer) => (out += d.toString()));
      const exited = new Promise<number | null>((resolve) =>
        child.on("exit", (code) => {
          resolve(code);
        }),
      );
      try {
        for (let i = 0; i < 200 && !out.includes("DEMO READY") && child.exitCode === null; i++) {
          await new Promise((r) => setTimeout(r, 50));
        }
        expect(out).toContain(`Open   http://127.0.0.1:${String(port)}/`);
        expect(out).toContain("alice / alice");
        expect(out).toContain("DEMO with made-up users");
        const origin = `http://127.0.0.1:${String(port)}`;

        const login = async (user: { username: string; password: string }) => {
          const first = await rawRequest(`${origin}/`, {
            "sec-fetch-mode": "navigate",
            accept: "text/html",
          });
          expect(first.status).toBe(302);
          const cookie = (first.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
          const back = await loginAtIdp(first.headers.location ?? "", user);
          const done = await rawRequest(back, {
            "sec-fetch-mode": "navigate",
            accept: "text/html",
            cookie,
          });
          const session = (done.headers["set-cookie"] ?? [])
            .filter((c) => c.startsWith("forward_auth_session"))
            .map((c) => c.split(";")[0])
            .join("; ");
          return { done, session };
        };

        const alice = await login({ username: "alice", password: "alice" });
        expect(alice.done.status).toBe(302);
        const page = await rawRequest(`${origin}/`, { accept: "text/html", cookie: alice.session });
        expect(page.status).toBe(200);
        expect(page.body).toContain("Hello, alice");
        expect(page.body).toContain("<th>X-authentik-groups</th><td>music|admins</td>");

        // Issue 16: the page's "Sign out" link (sign_out?rd=%2F) goes through the provider's
        // logout and back to the app root, which asks for a login again.
        const link = /<a href="([^"]*)">Sign out<\/a>/.exec(page.body)?.[1] ?? "";
        expect(link).toBe("/outpost.goauthentik.io/sign_out?rd=%2F");
        const signOut = await rawRequest(`${origin}${link}`, {
          ...SAME_ORIGIN_LINK,
          accept: "text/html",
          cookie: alice.session,
        });
        expect(signOut.status).toBe(302);
        const end = new URL(signOut.headers.location ?? "");
        expect(end.searchParams.get("post_logout_redirect_uri")).toBe(
          `${origin}/outpost.goauthentik.io/signed_out`,
        );
        const destination = (signOut.headers["set-cookie"] ?? [])
          .filter((c) => c.startsWith("forward_auth_signed_out="))
          .map((c) => c.split(";")[0])
          .join("; ");
        const back = await logoutAtIdp(end.href);
        const signedOut = await rawRequest(back, { accept: "text/html", cookie: destination });
        expect(signedOut.status).toBe(302);
        expect(signedOut.headers.location).toBe(`${origin}/`);
        const afterwards = await rawRequest(`${origin}/`, {
          accept: "text/html",
          "sec-fetch-mode": "navigate",
          cookie: alice.session,
        });
        expect(afterwards.status).toBe(302);

        const bob = await login({ username: "bob", password: "bob" });
        expect(bob.done.status).toBe(303);
        expect(bob.done.headers.location).toContain(`/error?reason=forbidden&rd=`);
        const refused = await rawRequest(bob.done.headers.location ?? "", { accept: "text/html" });
        expect(refused.status).toBe(403);
        // "Sign in as someone else" starts a login that asks the provider for credentials again.
        const other = /href="([^"]*)">Sign in as someone else</.exec(refused.body)?.[1] ?? "";
        const again = await rawRequest(other.replaceAll("&amp;", "&"), {
          ...SAME_ORIGIN_LINK,
          accept: "text/html",
        });
        expect(again.status).toBe(302);
        expect(new URL(again.headers.location ?? "").searchParams.get("prompt")).toBe("login");

        const open = await rawRequest(`${origin}/rest/ping.view`, { "remote-user": "admin" });
        expect(JSON.parse(open.body)).toEqual({
          public: true,
          path: "/rest/ping.view",
          user: null,
        });

        child.kill("SIGINT");
        expect(await exited).toBe(0);
        await expect(rawRequest(`${origin}/`)).rejects.toThrow();
      } finally {
        if (child.exitCode === null) child.kill("SIGKILL");
      }
    });
  },
);
