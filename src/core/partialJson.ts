export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Parses the JSON a model has written so far, closing whatever is still open, so a result can
 * be shown while it streams. An unfinished key, or a key still waiting for its value, is left
 * out; an unfinished string keeps the characters that have arrived. Returns undefined when no
 * value has started yet.
 */
export function parsePartialJson(text: string): JsonValue | undefined {
  const parser = new PartialJsonParser(text);
  return parser.parseDocument();
}

class PartialJsonParser {
  private position = 0;

  constructor(private readonly text: string) {}

  parseDocument(): JsonValue | undefined {
    this.skipWhitespace();
    if (this.atEnd()) return undefined;
    return this.parseValue();
  }

  private parseValue(): JsonValue | undefined {
    this.skipWhitespace();
    if (this.atEnd()) return undefined;
    const char = this.text[this.position];
    if (char === "{") return this.parseObject();
    if (char === "[") return this.parseArray();
    if (char === '"') return this.parseString().value;
    return this.parseLiteral();
  }

  private parseObject(): JsonValue {
    const result: { [key: string]: JsonValue } = {};
    this.parseItems("}", () => {
      if (this.text[this.position] !== '"') throw new SyntaxError(`Unexpected "${this.text[this.position]}" at ${this.position} in an object`);
      const key = this.parseString();
      if (!key.complete) return false;
      this.skipWhitespace();
      if (this.atEnd()) return false;
      if (this.text[this.position] !== ":") throw new SyntaxError(`Expected ":" at ${this.position}`);
      this.position++;
      const value = this.parseValue();
      if (value === undefined) return false;
      result[key.value] = value;
      return true;
    });
    return result;
  }

  private parseArray(): JsonValue {
    const result: JsonValue[] = [];
    this.parseItems("]", () => {
      const value = this.parseValue();
      if (value === undefined) return false;
      result.push(value);
      return true;
    });
    return result;
  }

  /**
   * Reads the items of an object or array up to `close`, or as far as the text goes: a cut text
   * ends the container where it stops. `readItem` returns false when its item was cut short.
   */
  private parseItems(close: string, readItem: () => boolean): void {
    this.position++;
    for (;;) {
      this.skipWhitespace();
      if (this.atEnd()) return;
      const char = this.text[this.position];
      if (char === close) {
        this.position++;
        return;
      }
      if (char === ",") {
        this.position++;
        continue;
      }
      if (!readItem()) return;
    }
  }

  private parseString(): { value: string; complete: boolean } {
    this.position++;
    let value = "";
    while (!this.atEnd()) {
      const char = this.text[this.position++];
      if (char === '"') return { value, complete: true };
      if (char !== "\\") {
        value += char;
        continue;
      }
      if (this.atEnd()) break;
      const escaped = this.text[this.position++];
      if (escaped === "u") {
        const hex = this.text.slice(this.position, this.position + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) break;
        value += String.fromCharCode(parseInt(hex, 16));
        this.position += 4;
      } else {
        value += escapeMap[escaped] ?? escaped;
      }
    }
    return { value, complete: false };
  }

  private parseLiteral(): JsonValue | undefined {
    const match = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.position));
    if (!match) {
      // A literal cut short ("tr", "-", "1e") has no value yet.
      if (/^[-\d.eE+tfalsnru]+$/.test(this.text.slice(this.position).trimEnd())) {
        this.position = this.text.length;
        return undefined;
      }
      throw new SyntaxError(`Unexpected "${this.text[this.position]}" at ${this.position}`);
    }
    this.position += match[0].length;
    return JSON.parse(match[0]) as JsonValue;
  }

  private skipWhitespace(): void {
    while (!this.atEnd() && /\s/.test(this.text[this.position])) this.position++;
  }

  private atEnd(): boolean {
    return this.position >= this.text.length;
  }
}

const escapeMap: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", '"': '"', "\\": "\\", "/": "/" };
