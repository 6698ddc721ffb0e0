import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { CatalogProduct } from "../../../src/core/catalog/formats/catalogProduct";
import type { ProductWriter, ProductWriterResult } from "../../../src/catalog/runCatalog";
import { repoRoot } from "../../support/paths";

/** Copies of /work/shared/samples, kept in the repository so a fresh clone runs these tests alone. */
export function fixture(name: "products.csv" | "shopify-products.csv"): Buffer {
  return readFileSync(path.join(repoRoot, "test", "unit", "catalog", "fixtures", name));
}

export class TempDir {
  readonly path = mkdtempSync(path.join(os.tmpdir(), "tailor-catalog-"));

  write(name: string, content: string | Uint8Array): string {
    const file = path.join(this.path, name);
    writeFileSync(file, content);
    return file;
  }

  file(name: string): string {
    return path.join(this.path, name);
  }

  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

/** Files that have tripped CSV round trips elsewhere, each as exact text. */
export const hardCases: Readonly<Record<string, string>> = {
  "a BOM and CRLF line endings": "\uFEFFHandle,Title,Body (HTML)\r\nsock,Trail Sock,\r\nsock,,\r\n",
  "multi-line quoted HTML with quotes and commas":
    'Handle,Title,Body (HTML)\n"tee","Tee, ""classic""","<p class=""lead"">Soft, light</p>\n<ul>\n  <li>100% cotton, 180 g</li>\n</ul>"\nmug,Mug,"<p>Holds 350 ml, ""bottomless""</p>\r\n<p>Second</p>"\n',
  "emoji and other unicode": 'name,facts\nCafé ☕ 🧦 ü,"naïve; 日本語; 🧦 warm"\nΩmega Ž,ß\n',
  "unknown extra columns (metafields)":
    'Handle,Title,Body (HTML),product.metafields.custom.material (product.metafields.custom.material),Google Shopping / Gender\nsock,Sock,,"[""merino"",""nylon""]",unisex\n',
  "variant rows": "Handle,Title,Body (HTML),Option1 Name,Option1 Value,Variant SKU\nsock,Sock,,Size,S,SK-S\nsock,,,,M,SK-M\nsock,,,,L,SK-L\n",
  "no final newline": 'name,facts\nLamp,LED\nChair,"oak, walnut"',
  "mixed line endings": 'name,facts\r\nLamp,LED\nChair,oak\r\nDesk,"walnut\r\ntop"\nShelf,pine',
  "blank lines between and after records": "name,facts\n\nLamp,LED\n\r\n\nChair,oak\n\n\n",
  "quoted empty cells and padded cells": 'name,facts,notes\n"",  padded  ,""""\nLamp,"",\n',
  "a header only": "name,facts\r\n",
};

/** A 1,000-row Shopify-style file mixing plain, quoted, multi-line and unicode cells. */
export function thousandRowFile(): string {
  const lines = ["Handle,Title,Body (HTML),Vendor,Tags,Option1 Name,Option1 Value,Variant Price,SEO Title,SEO Description"];
  for (let i = 0; i < 1000; i++) {
    const handle = `item-${Math.floor(i / 3)}`;
    const first = i % 3 === 0;
    const body = i % 7 === 0 ? `"<p>Line one, ""quoted""</p>\n<p>Line ${i} ☕</p>"` : i % 5 === 0 ? `<p>Plain ${i}</p>` : "";
    lines.push([handle, first ? `Item ${i} 🧦` : "", first ? body : "", first ? "Acme" : "", first ? `"a, b, ${i}"` : "", first ? "Size" : "", ["S", "M", "L"][i % 3], `${i}.00`, "", ""].join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

export interface WriterLog {
  readonly started: string[];
  readonly finished: string[];
  readonly seeds: Map<string, number>;
  maxInFlight: number;
}

export interface StandInOptions {
  /** Keys whose writer throws this message. */
  readonly fail?: ReadonlyMap<string, string>;
  /** Keys reported as flagged with these rules. */
  readonly flag?: ReadonlyMap<string, readonly string[]>;
  /** Called as each product starts, before any await. */
  readonly onStart?: (product: CatalogProduct, log: WriterLog) => void;
}

/**
 * Stands in for the model: its draft depends only on the product and the seed it is given, and it
 * yields to the event loop a key-dependent number of times so that parallel products finish out of order.
 */
export function standInWriter(options: StandInOptions = {}): { writer: ProductWriter; log: WriterLog } {
  const log: WriterLog = { started: [], finished: [], seeds: new Map(), maxInFlight: 0 };
  let inFlight = 0;
  const writer: ProductWriter = async (product, { seed, signal, onWriting }) => {
    onWriting();
    log.started.push(product.key);
    log.seeds.set(product.key, seed);
    options.onStart?.(product, log);
    inFlight++;
    log.maxInFlight = Math.max(log.maxInFlight, inFlight);
    try {
      for (let i = 0; i < (seed % 7) + 1; i++) await new Promise<void>((resolve) => setImmediate(resolve));
      signal.throwIfAborted();
      const failure = options.fail?.get(product.key);
      if (failure !== undefined) throw new Error(failure);
      log.finished.push(product.key);
      return draftFor(product, seed, options.flag?.get(product.key) ?? []);
    } finally {
      inFlight--;
    }
  };
  return { writer, log };
}

function draftFor(product: CatalogProduct, seed: number, flagged: readonly string[]): ProductWriterResult {
  const { name, facts } = product.brief;
  return {
    draft: {
      title: name,
      tagline: `${name}, take ${seed % 1000}`,
      bullets: facts.slice(0, 3),
      body: [`${name} is made for ${product.brief.audience ?? "everyone"}.`, `It has ${facts.length} facts, "quoted" & <escaped>.`],
      seoTitle: `${name} | seed ${seed % 97}`.slice(0, 60),
      metaDescription: `${name}: ${facts[0] ?? "no facts"}`.slice(0, 155),
    },
    flagged,
  };
}
