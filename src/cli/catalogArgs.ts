import { LanguageListError, parseLanguageList } from "../core/translation/languages";
import { defaultMaxTokens, defaultSeed, defaultTemperature } from "../core/generationDefaults";

/** `tailor catalog IN.csv [options]`, read into what a catalog run needs. */
export interface CatalogCliArgs {
  readonly input: string;
  readonly output?: string;
  /** Where to write a Google Merchant Center feed of the run's products. */
  readonly feed?: string;
  /** Languages each product is also translated into. */
  readonly languages: readonly string[];
  /** A .gguf file; with --endpoint, the server's model name. */
  readonly model?: string;
  /** An OpenAI-compatible inference server to write on instead of the local engine. */
  readonly endpoint?: string;
  /** Products in flight on the server at once. */
  readonly concurrency: number;
  /** Seconds one product may take on the server before it fails and the run goes on. */
  readonly timeout: number;
  readonly mode: "fillEmpty" | "overwrite";
  readonly parallel: number;
  readonly seed: number;
  readonly industry?: string;
  /** Column names for fields the header does not name plainly: --map facts="Key features". */
  readonly mapping: Readonly<Record<string, string>>;
  readonly restart: boolean;
  readonly maxTokens: number;
  readonly temperature: number;
  readonly threads: number;
  /** 0: the largest that fits, up to 4096 tokens. */
  readonly contextSize: number;
  /** Print every prompt to stderr, to see what the profile and brand voice add. */
  readonly logPrompts: boolean;
}

/** Four keeps a llama-server started with -np 4 busy; a bigger server wants more. */
export const defaultConcurrency = 4;
/** A product is a draft and perhaps a rewrite: minutes on a busy CPU server, seconds on a GPU. */
export const defaultProductTimeoutSeconds = 300;

export class CliUsageError extends Error {
  override readonly name = "CliUsageError";
}

export const catalogUsage = `Usage: tailor catalog IN.csv [--out OUT.csv] [options]

Fills product descriptions in a product CSV or a Shopify product export. The input is never
changed: the result goes to OUT.csv (default: IN.tailor.csv beside it), written atomically.
A journal beside the output lets an interrupted run resume where it stopped.

Options:
  --out FILE          where to write the result
  --feed FILE         also write a Google Merchant Center feed (tab-delimited): id, title,
                      description, and Tailor's copy in structured_title and
                      structured_description, marked as written by generative AI
  --languages LIST    also translate each product into these languages (e.g. de,fr,es): a
                      column set per language, or for a Shopify export a Translate & Adapt
                      CSV beside the output (OUT.translations.csv)
  --model FILE        the .gguf model (default: $TAILOR_MODEL); with --endpoint, the server's
                      model name
  --endpoint URL      write on an OpenAI-compatible inference server (llama-server, vLLM,
                      Ollama…) instead of this machine, e.g. http://gpu-box:8080/v1. The
                      products' briefs are sent there. Its API key, if it needs one, comes
                      from $TAILOR_CATALOG_API_KEY
  --concurrency N     with --endpoint: products in flight at once (default ${defaultConcurrency}); match the
                      server's parallel slots
  --timeout S         with --endpoint: seconds one product may take before it fails and the
                      run goes on (default ${defaultProductTimeoutSeconds})
  --overwrite         replace existing copy too (default: fill only empty cells)
  --parallel N        products written at once on one model, memory permitting; 0 (the default)
                      chooses: 1 on a CPU, where more gained nothing, up to 4 with a GPU
  --seed N            seed for reproducible runs (default ${defaultSeed}, as in the editor)
  --industry ID       industry profile for rows without an industry column (e.g. outdoor-sports)
  --map FIELD=COLUMN  use COLUMN for FIELD (name, facts, audience, tone, keywords, industry)
  --restart           discard an earlier run's journal and start over
  --log-prompts       print every prompt sent to the model (to see what the profile and the
                      brand voice in .tailor/ beside the input or here add)
  --max-tokens N      tokens per product (default ${defaultMaxTokens})
  --temperature T     sampling temperature (default ${defaultTemperature})
  --threads N         CPU threads (default: half the cores)
  --context-size N    tokens of context per product (default: what fits, up to 4096)
  -h, --help          show this help`;

interface NumericOption {
  readonly key: "parallel" | "seed" | "maxTokens" | "temperature" | "threads" | "contextSize" | "concurrency" | "timeout";
  readonly min: number;
  readonly max: number;
  /** Whole numbers only. */
  readonly whole: boolean;
}

/** The options that take a number, with their bounds: one table, checked one way. */
const numericOptions: Readonly<Record<string, NumericOption | undefined>> = {
  "--parallel": { key: "parallel", min: 0, max: 16, whole: true },
  "--seed": { key: "seed", min: 0, max: 2 ** 31 - 1, whole: true },
  "--max-tokens": { key: "maxTokens", min: 64, max: 32_768, whole: true },
  "--temperature": { key: "temperature", min: 0, max: 2, whole: false },
  "--threads": { key: "threads", min: 0, max: 256, whole: true },
  "--context-size": { key: "contextSize", min: 0, max: 1_048_576, whole: true },
  "--concurrency": { key: "concurrency", min: 1, max: 256, whole: true },
  "--timeout": { key: "timeout", min: 1, max: 86_400, whole: false },
};


const mappableFields = new Set(["name", "facts", "audience", "tone", "keywords", "industry"]);

export function parseCatalogArgs(argv: readonly string[]): CatalogCliArgs {
  const positional: string[] = [];
  const mapping: Record<string, string> = {};
  let output: string | undefined;
  let feed: string | undefined;
  let languages: readonly string[] = [];
  let model: string | undefined;
  let endpoint: string | undefined;
  let mode: CatalogCliArgs["mode"] = "fillEmpty";
  let industry: string | undefined;
  let restart = false;
  let logPrompts = false;
  const numbers: Record<NumericOption["key"], number> = { parallel: 0, seed: defaultSeed, maxTokens: defaultMaxTokens, temperature: defaultTemperature, threads: 0, contextSize: 0, concurrency: defaultConcurrency, timeout: defaultProductTimeoutSeconds };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith("--")) throw new CliUsageError(`${arg} needs a value.`);
      return next;
    };
    switch (arg) {
      case "--out":
        output = value();
        break;
      case "--feed":
        feed = value();
        break;
      case "--languages":
        try {
          languages = parseLanguageList(value());
        } catch (error) {
          if (error instanceof LanguageListError) throw new CliUsageError(`--languages: ${error.message}`);
          throw error;
        }
        break;
      case "--model":
        model = value();
        break;
      case "--endpoint":
        endpoint = httpUrl(value());
        break;
      case "--overwrite":
        mode = "overwrite";
        break;
      case "--industry":
        industry = value();
        break;
      case "--map": {
        const pair = value();
        const eq = pair.indexOf("=");
        const field = pair.slice(0, eq).trim();
        if (eq <= 0 || !mappableFields.has(field) || pair.slice(eq + 1).trim() === "") {
          throw new CliUsageError(`--map takes FIELD=COLUMN with FIELD one of ${[...mappableFields].join(", ")}; got "${pair}".`);
        }
        mapping[field] = pair.slice(eq + 1).trim();
        break;
      }
      case "--restart":
        restart = true;
        break;
      case "--log-prompts":
        logPrompts = true;
        break;
      default: {
        const numeric = numericOptions[arg];
        if (numeric) {
          const text = value();
          numbers[numeric.key] = numeric.whole ? integer(arg, text, numeric.min, numeric.max) : number(arg, text, numeric.min, numeric.max);
        } else if (arg.startsWith("-")) {
          throw new CliUsageError(`Unknown option ${arg}.`);
        } else {
          positional.push(arg);
        }
      }
    }
  }
  if (positional.length !== 1) throw new CliUsageError(positional.length === 0 ? "Name the CSV file to fill." : `One input file, please; got ${positional.join(", ")}.`);
  return { input: positional[0]!, output, feed, languages, model, endpoint, mode, industry, mapping, restart, logPrompts, ...numbers };
}

function httpUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CliUsageError(`--endpoint takes the server's base URL, such as http://127.0.0.1:8080/v1; got "${text}".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new CliUsageError(`--endpoint must be an http or https URL; got "${text}".`);
  return text;
}

function number(option: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) throw new CliUsageError(`${option} must be a number from ${min} to ${max}; got "${text}".`);
  return value;
}

function integer(option: string, text: string, min: number, max: number): number {
  const value = number(option, text, min, max);
  if (!Number.isInteger(value)) throw new CliUsageError(`${option} must be a whole number; got "${text}".`);
  return value;
}
