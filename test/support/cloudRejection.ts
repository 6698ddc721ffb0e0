import * as assert from "node:assert/strict";
import { inspect } from "node:util";
import { CloudError } from "../../src/cloud/cloudError";

/** The CloudError a request fails with; fails the test if it succeeds or fails any other way. */
export async function cloudRejection(promise: Promise<unknown>): Promise<CloudError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof CloudError, `expected a CloudError, got ${inspect(error)}`);
    return error;
  }
  assert.fail("expected the request to fail");
}
