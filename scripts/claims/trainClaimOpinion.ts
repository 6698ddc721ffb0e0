/**
 * Trains the claim model behind the learned second opinion (src/core/claims/opinion) on the
 * development set and ordinary product copy (claimTrainingSet), and writes it where the checker
 * imports it. Run after either changes:
 *   npm run train:claims-opinion
 * A unit test trains it again and fails when the committed model no longer matches the set.
 */
import { renameSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { trainClaimModel } from "../../src/core/claims/opinion/claimModel";
import { claimTrainingSet } from "../../test/unit/claims/claimTrainingSet";
import { devSetPath, readDevSet } from "../../test/unit/claims/devSetRows";
import { repoRoot } from "../../test/support/paths";

const claimModelPath = path.join(repoRoot, "src", "core", "claims", "opinion", "claimModel.json");

const rows = readDevSet(devSetPath);
const stored = trainClaimModel(claimTrainingSet(rows));
const temporary = `${claimModelPath}.${process.pid}.tmp`;
writeFileSync(temporary, `${JSON.stringify(stored, null, 1)}\n`);
renameSync(temporary, claimModelPath);
console.log(`Trained on ${rows.length} development-set rows and ${stored.trainedOn.rows - rows.length} sentences of ordinary copy (${stored.trainedOn.violations} violations in all): ${path.relative(repoRoot, claimModelPath)}`);
