/**
 * The sampling temperature when neither a setting nor a flag gives one; package.json's
 * tailor.generation.temperature default must match. 0.3, not 0.7: on SmolLM2-135M it took
 * complete descriptions from 63% to 88% and outputs without unsupported numbers from 50% to 88%
 * (npm run eval, bench/README.md), at the cost of more repetition.
 */
export const defaultTemperature = 0.3;

/** The most tokens one generation may write unless tailor.generation.maxTokens or --max-tokens says otherwise. */
export const defaultMaxTokens = 1024;

/** The seed a catalog run starts from in the editor and on the command line alike, so their runs repeat each other. */
export const defaultSeed = 0;
