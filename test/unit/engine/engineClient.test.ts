import * as assert from "node:assert/strict";
import { EngineClient, type EngineConfig } from "../../../src/engine/engineClient";
import { EngineError, type EngineState, type GenerationRequest } from "../../../src/engine/engineTypes";
import { fixture, workerPath } from "../../support/paths";

const config = (modelPath: string): EngineConfig => ({ modelPath, threads: 1, gpu: "off", contextSize: 2048 });

/**
 * The tiny models finish a reply in about a millisecond a token, faster than a cancel can
 * travel; tests that must stop a model mid-way use the 135M-shaped one (~100 tokens a second).
 */
const slowModel = fixture("smollm2-135m-shaped-q8_0");

const freeText: GenerationRequest = {
  messages: [{ role: "system", content: "You write product copy." }, { role: "user", content: "Describe a merino sock." }],
  maxTokens: 400,
  temperature: 0.8,
  seed: 7,
};

const jsonRequest: GenerationRequest = {
  messages: [{ role: "user", content: "Give a title." }],
  jsonSchema: { type: "object", properties: { title: { type: "string", maxLength: 40 } }, required: ["title"] },
  maxTokens: 300,
  temperature: 0.7,
  seed: 1,
};

/** Resolves with the first state that matches, as the engine reports it. */
function nextState(engine: EngineClient, kind: EngineState["kind"]): Promise<EngineState> {
  return new Promise((resolve) => {
    const subscription = engine.onDidChangeState((state) => {
      if (state.kind !== kind) return;
      subscription.dispose();
      resolve(state);
    });
  });
}

describe("EngineClient with the worker on the fixture model", function () {
  let engine: EngineClient;
  const logs: string[] = [];

  beforeEach(() => {
    logs.length = 0;
    engine = new EngineClient({ workerPath, log: (line) => logs.push(line) }, config(fixture("tiny-a")));
  });

  afterEach(() => engine.dispose());

  it("generates under a JSON schema, streaming the same text it returns", async () => {
    const chunks: string[] = [];
    const states: string[] = [];
    engine.onDidChangeState((state) => {
      // The model's name may arrive (from its header) while it loads: the same state, refined.
      if (states[states.length - 1] !== state.kind) states.push(state.kind);
    });
    const result = await engine.generate(jsonRequest, { onText: (chunk) => chunks.push(chunk) });
    assert.equal(result.stopReason, "completed");
    assert.equal(chunks.join(""), result.text);
    assert.ok(chunks.length > 1, "text arrived in one piece: nothing streamed");
    const parsed = JSON.parse(result.text) as { title: unknown };
    assert.equal(typeof parsed.title, "string");
    assert.equal(result.model.name, "Tailor Tiny A");
    assert.ok(result.tokens > 0);
    assert.deepEqual(states, ["loading", "generating", "idle"]);
    assert.equal(engine.stats.modelLoads, 1);
    assert.equal(engine.stats.requestsCompleted, 1);
  });

  it("fails only the request whose prompt overflows the context, leaving the model usable and the state not an error", async () => {
    // The fixture's vocabulary spends about a token a character: this prompt is far past 2048 tokens.
    const overflow: GenerationRequest = { ...freeText, messages: [{ role: "system", content: "Write warm, exact product copy. ".repeat(300) }, { role: "user", content: "Describe a merino sock." }] };
    const error = await engine.generate(overflow).then(
      () => assert.fail("the overflowing prompt was answered"),
      (failure: unknown) => failure,
    );
    assert.ok(error instanceof EngineError);
    assert.equal(error.code, "contextOverflow");
    assert.match(error.message, /do not fit in the model's context of \d+ tokens/);
    // The engine words no surface's settings or options: the editor and the CLI add their own.
    assert.doesNotMatch(error.message, /tailor\.|--/);
    assert.notEqual(engine.state.kind, "error");
    const next = await engine.generate(freeText);
    assert.equal(next.stopReason === "completed" || next.stopReason === "maxTokens", true);
    assert.equal(engine.state.kind, "idle");
  });

  it("shuts down only once its worker process has exited", async () => {
    await engine.generate(freeText);
    const pid = engine.workerPid;
    assert.ok(pid, "no worker ran");
    await engine.shutdown();
    assert.throws(() => process.kill(pid, 0), /ESRCH/, "the worker process is still running");
    await assert.rejects(engine.generate(freeText), (error: unknown) => error instanceof EngineError && error.code === "disposed");
  });

  it("reuses the loaded model for the next request", async () => {
    await engine.generate(jsonRequest);
    await engine.generate(jsonRequest);
    assert.equal(engine.stats.modelLoads, 1);
    assert.equal(engine.stats.workerStarts, 1);
  });

  it("cancels mid-generation: the model stops and the partial text is kept", async () => {
    engine.configure(config(slowModel));
    const controller = new AbortController();
    let streamed = "";
    const result = await engine.generate(
      { ...freeText, maxTokens: 4000 },
      {
        signal: controller.signal,
        onText: (chunk) => {
          streamed += chunk;
          if (streamed.length > 20) controller.abort();
        },
      },
    );
    assert.equal(result.stopReason, "cancelled");
    assert.ok(result.text.length >= 20, "the partial text was lost");
    assert.ok(result.text.startsWith(streamed.slice(0, 20)));
    assert.ok(result.tokens < 4000, "the model ran to the end despite the cancel");
    assert.equal(typeof engine.stats.lastCancelLatencyMs, "number");
    assert.equal(engine.stats.requestsCancelled, 1);
    // The engine is still usable after a cancel.
    assert.equal((await engine.generate(jsonRequest)).stopReason, "completed");
  });

  it("fails the request clearly when the worker is killed mid-generation, then recovers with a fresh worker", async () => {
    engine.configure(config(slowModel));
    const crashed = nextState(engine, "crashed");
    let killed = false;
    const failure = await engine
      .generate({ ...freeText, maxTokens: 4000 }, {
        onText: () => {
          if (killed) return;
          killed = true;
          process.kill(engine.workerPid!, "SIGKILL");
        },
      })
      .then(
        () => assert.fail("the request should have failed"),
        (error: unknown) => error,
      );
    assert.ok(failure instanceof EngineError);
    assert.equal(failure.code, "workerCrashed");
    assert.match(failure.message, /stopped unexpectedly.*SIGKILL.*fresh one/);
    assert.match((await crashed).message ?? "", /SIGKILL/);
    assert.equal(engine.workerPid, undefined);

    const result = await engine.generate(jsonRequest);
    assert.equal(result.stopReason, "completed");
    assert.equal(engine.stats.workerStarts, 2);
    assert.equal(engine.stats.workerExits, 1);
    assert.equal(engine.state.kind, "idle");
  });

  it("refuses a model file missing the keys llama.cpp aborts on, without starting the model", async () => {
    engine.configure(config(fixture("broken-missing-keys")));
    const error = await engine.generate(jsonRequest).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof EngineError && error.code === "invalidModel", String(error));
    assert.match(error.message, /feed_forward_length/);
    assert.equal(engine.stats.workerExits, 0);
    assert.equal(engine.state.kind, "error");
  });

  for (const broken of ["broken-truncated", "broken-not-gguf"] as const) {
    it(`refuses ${broken}.gguf with a message naming the file`, async () => {
      engine.configure(config(fixture(broken)));
      const error = await engine.generate(jsonRequest).then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof EngineError && error.code === "invalidModel", String(error));
      assert.ok(error.message.includes(`${broken}.gguf`), error.message);
    });
  }

  it("switches to another model after configure, without a new worker", async () => {
    assert.equal((await engine.generate(jsonRequest)).model.name, "Tailor Tiny A");
    engine.configure(config(fixture("tiny-b")));
    assert.equal(engine.state.kind, "notLoaded");
    assert.equal((await engine.generate(jsonRequest)).model.name, "Tailor Tiny B");
    assert.equal(engine.stats.modelLoads, 2);
    assert.equal(engine.stats.workerStarts, 1);
  });

  it("runs user requests before background ones and cancels background work when a user request arrives", async () => {
    engine.configure(config(slowModel));
    const order: string[] = [];
    const background = engine.generate({ ...freeText, maxTokens: 4000 }, { priority: "background", onText: () => order.push("background") });
    await nextState(engine, "generating");
    const user = engine.generate(jsonRequest, { priority: "user", onText: () => order.push("user") });
    const [backgroundResult, userResult] = await Promise.all([background, user]);
    assert.equal(backgroundResult.stopReason, "cancelled");
    assert.equal(userResult.stopReason, "completed");
    assert.equal(engine.stats.requestsPreempted, 1);
    assert.equal(order[order.length - 1], "user");
  });

  it("runs batch requests side by side on separate sequences of one context, with the same results as one at a time", async () => {
    const requests = [1, 2, 3, 4].map((seed): GenerationRequest => ({ ...jsonRequest, seed }));
    const sideBySide = await Promise.all(requests.map((request) => engine.generate(request, { priority: "batch", parallel: 2 })));
    assert.equal(engine.loadedModel?.chatSequences, 2);
    assert.equal(engine.stats.peakConcurrentRequests, 2);
    const alone = new EngineClient({ workerPath }, config(fixture("tiny-a")));
    try {
      for (const [index, request] of requests.entries()) {
        const result = await alone.generate(request, { priority: "batch", parallel: 1 });
        assert.equal(result.text, sideBySide[index]!.text, `request ${index} wrote different text when run beside another`);
      }
      assert.equal(alone.stats.peakConcurrentRequests, 1);
    } finally {
      alone.dispose();
    }
  });

  it("lets a user request go before queued batch requests, waiting only for the running ones", async () => {
    const finished: string[] = [];
    const batch = [1, 2, 3, 4, 5, 6].map((seed) =>
      engine.generate({ ...jsonRequest, seed }, { priority: "batch", parallel: 2 }).then(() => finished.push(`batch ${seed}`)),
    );
    await nextState(engine, "generating");
    const user = engine.generate(freeText, { priority: "user" }).then(() => finished.push("user"));
    await Promise.all([...batch, user]);
    assert.ok(finished.indexOf("user") <= 3, `the user request waited behind queued batch work: ${finished.join(", ")}`);
    assert.equal(engine.stats.requestsCompleted, 7);
  });

  it("answers a request cancelled while queued without running it", async () => {
    const first = engine.generate(jsonRequest);
    const controller = new AbortController();
    const second = engine.generate(jsonRequest, { signal: controller.signal });
    controller.abort();
    const [firstResult, secondResult] = await Promise.all([first, second]);
    assert.equal(firstResult.stopReason, "completed");
    assert.equal(secondResult.stopReason, "cancelled");
    assert.equal(secondResult.tokens, 0);
    assert.equal(engine.stats.requestsStarted, 1);
  });

  it("continues raw text, and a prompt that extends the last one evaluates only the new tokens", async () => {
    const prefix = "Soft cotton shirt made for every day, light and breathable with a classic fit. ".repeat(6);
    const cold = await engine.complete({ prompt: prefix, maxTokens: 12, temperature: 0 });
    assert.equal(cold.stopReason === "completed" || cold.stopReason === "maxTokens", true);
    assert.ok(cold.tokens > 0 && cold.tokens <= 12, `${cold.tokens} tokens`);
    const coldEvaluated = cold.timings.promptTokensEvaluated ?? 0;
    assert.ok(coldEvaluated > 50, `the cold prompt evaluated only ${coldEvaluated} tokens`);

    const warm = await engine.complete({ prompt: `${prefix}Warm wool`, maxTokens: 12, temperature: 0 });
    const warmEvaluated = warm.timings.promptTokensEvaluated ?? Number.NaN;
    assert.ok(warmEvaluated < 20, `a prompt extended by two words re-evaluated ${warmEvaluated} tokens`);
    assert.ok(warmEvaluated >= 1);
    // The whole prompt still counts: it is the depth the answer is generated at.
    assert.ok((warm.timings.promptTokens ?? 0) > coldEvaluated, `whole prompt ${warm.timings.promptTokens}, cold prompt read ${coldEvaluated}`);
  });

  it("stops a completion at a stop trigger", async () => {
    const result = await engine.complete({ prompt: "Soft cotton shirt made for every day", maxTokens: 40, temperature: 0, stopTriggers: [","] });
    assert.ok(!result.text.includes(","), `the stop trigger leaked into ${JSON.stringify(result.text)}`);
    assert.ok(result.tokens < 40);
  });

  it("unloads the model after the idle time and loads it again on the next request", async () => {
    engine.configure({ ...config(fixture("tiny-a")), unloadAfterIdleMs: 50 });
    await engine.generate(jsonRequest);
    assert.ok(engine.loadedModel, "the model did not load");
    const unloaded = await nextState(engine, "notLoaded");
    assert.match(unloaded.message ?? "", /Unloaded after/);
    assert.equal(engine.loadedModel, undefined);
    assert.equal((await engine.generate(jsonRequest)).stopReason, "completed");
    assert.equal(engine.stats.modelLoads, 2);
  });

  it("says clearly when no model is set", async () => {
    engine.configure({ ...config(""), modelPath: undefined });
    assert.equal(engine.state.kind, "noModel");
    const error = await engine.generate(jsonRequest).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof EngineError && error.code === "noModel");
    assert.match(error.message, /tailor\.model/);
  });
});

describe("EngineClient memory check", function () {
  it("refuses a model whose estimated memory exceeds what is available, with the numbers and a smaller model", async () => {
    // A ceiling only tests set: 64 MB, under the 144 MB model's weights.
    const engine = new EngineClient({ workerPath, env: { TAILOR_TEST_MEMORY_CEILING_BYTES: String(64e6) } }, config(slowModel));
    try {
      const error = await engine.generate(jsonRequest).then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof EngineError && error.code === "insufficientMemory", String(error));
      assert.match(error.message, /needs about 0\.\d\d GB of memory .* only 0\.06 GB is free/);
      assert.match(error.message, /smaller model/);
      assert.equal(engine.stats.workerExits, 0, "the worker must refuse, not crash");
      assert.equal(engine.loadedModel, undefined);
      // A model that fits still loads in the same worker.
      engine.configure(config(fixture("tiny-a")));
      assert.equal((await engine.generate(jsonRequest)).stopReason, "completed");
    } finally {
      engine.dispose();
    }
  });
});
