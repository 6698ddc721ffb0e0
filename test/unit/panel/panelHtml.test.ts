import * as assert from "node:assert/strict";
import { channelList } from "../../../src/core/marketing/channels";
import { createNonce, panelHtml } from "../../../src/core/panel/panelHtml";

const options = {
  cspSource: "https://*.vscode-cdn.net",
  nonce: createNonce(),
  scriptUri: "https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/panel.js",
  styleUri: "https://file+.vscode-resource.vscode-cdn.net/ext/media/panel/panel.css",
};
const html = panelHtml(options);

function cspDirectives(): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
  assert.equal(metas.length, 1, "one CSP meta tag");
  const directives = new Map<string, string[]>();
  for (const part of metas[0][1].split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

/** Opening tags as written, so attributes can be checked without an HTML parser. */
function tags(name: string): string[] {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, "gi"))].map((match) => match[0]);
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag)?.[1];
}

describe("panelHtml", () => {
  it("comes before anything else in the head with a policy that allows only its own files and nonce", () => {
    assert.ok(html.indexOf("Content-Security-Policy") < html.indexOf("<link"), "the policy precedes the stylesheet");
    const csp = cspDirectives();
    assert.deepEqual(csp.get("default-src"), ["'none'"]);
    assert.deepEqual(csp.get("script-src"), [`'nonce-${options.nonce}'`]);
    assert.deepEqual(csp.get("style-src"), [options.cspSource]);
    assert.deepEqual(csp.get("img-src"), [options.cspSource, "data:"]);
    assert.deepEqual(csp.get("font-src"), [options.cspSource]);
    assert.deepEqual([...csp.keys()].sort(), ["default-src", "font-src", "img-src", "script-src", "style-src"]);
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic/);
  });

  it("names no web origin but the ones VS Code gave it", () => {
    let rest = html;
    for (const given of [options.scriptUri, options.styleUri, options.cspSource]) rest = rest.split(given).join("");
    assert.doesNotMatch(rest, /https?:|\/\/[a-z0-9]/i);
  });

  it("gives every script the nonce, loads the script by URI, and has no inline script or style", () => {
    const scripts = tags("script");
    assert.equal(scripts.length, 1);
    for (const script of scripts) {
      assert.equal(attribute(script, "nonce"), options.nonce);
      assert.equal(attribute(script, "src"), options.scriptUri);
    }
    assert.match(html, /<script [^>]*><\/script>/, "the script element is empty");
    assert.deepEqual(tags("style"), []);
    assert.doesNotMatch(html, /\sstyle\s*=/i);
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
    assert.doesNotMatch(html, /javascript:/i);
    assert.equal(attribute(tags("link")[0], "href"), options.styleUri);
  });

  it("labels every control", () => {
    const labelled = new Set(tags("label").map((label) => attribute(label, "for")));
    const controls = [...tags("input"), ...tags("select"), ...tags("textarea")];
    assert.ok(controls.length >= 8);
    for (const control of controls) {
      const id = attribute(control, "id");
      assert.ok(id && labelled.has(id), `no <label for> for ${control}`);
    }
  });

  it("has the ids the script and the tests rely on, once each", () => {
    const ids = tags("[a-z0-9]+").map((tag) => attribute(tag, "id")).filter((id): id is string => id !== undefined);
    assert.equal(new Set(ids).size, ids.length, "ids are unique");
    const expected = ["brief-form", "name", "facts", "audience", "tone", "industry", "length", "keywords", "output", "model", "switch-model",
      "generate", "cancel", "regenerate", "insert", "open-document", "copy", "preview", "status", "findings", "notice", "history"];
    for (const id of expected) assert.ok(ids.includes(id), id);
    assert.match(html, /<textarea [^>]*id="facts"/);
    assert.match(html, /<button type="submit" id="generate"/);
    const preview = tags("div").find((tag) => attribute(tag, "id") === "preview") ?? "";
    assert.equal(attribute(preview, "aria-live"), "polite");
    assert.equal(attribute(preview, "role"), "region");
    assert.ok(attribute(preview, "aria-label"));
    assert.equal(attribute(tags("p").find((tag) => attribute(tag, "id") === "notice") ?? "", "role"), "status");
  });

  it("offers a product description and every channel as outputs", () => {
    const output = /<select id="output"[^>]*>(.*?)<\/select>/s.exec(html)?.[1] ?? "";
    const values = [...output.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((match) => [match[1], match[2]]);
    assert.deepEqual(values, [
      ["description", "Product description"],
      ...channelList.map((channel) => [channel.id, `Marketing copy: ${channel.displayName.replace(/&/g, "&amp;")}`]),
    ]);
  });

  it("escapes what it is given", () => {
    const page = panelHtml({ ...options, scriptUri: 'x" onload="alert(1)', styleUri: "<y>" });
    assert.match(page, /src="x&quot; onload=&quot;alert\(1\)"/);
    assert.doesNotMatch(page, /<y>/);
  });
});

describe("createNonce", () => {
  it("gives a different, long, CSP-safe value every time", () => {
    const nonces = Array.from({ length: 100 }, () => createNonce());
    assert.equal(new Set(nonces).size, nonces.length);
    for (const nonce of nonces) {
      assert.match(nonce, /^[A-Za-z0-9]+$/);
      assert.ok(nonce.length * 4 >= 128, "at least 128 bits as hex");
    }
  });
});
