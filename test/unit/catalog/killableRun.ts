// Runs a catalog in a child process that a test kills with SIGKILL once `stopAfter` products are
// journaled: the resume must then lose nothing that was reported done.
import { runCatalog, type ProductWriter } from "../../../src/catalog/runCatalog";
import { standInWriter } from "./catalogTestKit";

const [inputPath, outputPath, stopAfter] = process.argv.slice(2);
// A pending promise alone does not keep Node running; the process must wait for the kill.
setInterval(() => undefined, 60_000);
const { writer } = standInWriter();
let started = 0;
const writeProduct: ProductWriter = (product, options) => (++started <= Number(stopAfter) ? writer(product, options) : new Promise(() => undefined));

void runCatalog({
  inputPath,
  outputPath,
  model: "stand-in-model",
  writeProduct,
  onProgress: (progress) => {
    if (progress.done === Number(stopAfter)) process.stdout.write("ready\n");
  },
});
