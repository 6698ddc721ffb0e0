/** One dispatched Server-Sent Event. `event` is "message" when the stream named none. */
export interface SseEvent {
  readonly event: string;
  readonly data: string;
  readonly id?: string;
}

/**
 * An incremental parser for the text/event-stream format (WHATWG HTML §9.2): feed it decoded text
 * in whatever pieces the network delivers and it returns the events completed so far. It never
 * throws: the format has no invalid lines (unknown fields are ignored), so judging a payload is
 * left to the caller.
 */
export class SseParser {
  private pending = "";
  private dataLines: string[] = [];
  private eventName = "";
  private lastId: string | undefined;
  /** The previous piece ended in CR: a LF that opens the next piece belongs to that line break. */
  private endedWithCr = false;

  push(text: string): SseEvent[] {
    const events: SseEvent[] = [];
    let input = text;
    if (this.endedWithCr && input.startsWith("\n")) input = input.slice(1);
    this.endedWithCr = false;
    const buffer = this.pending + input;
    let lineStart = 0;
    for (let i = 0; i < buffer.length; i++) {
      const char = buffer[i];
      if (char !== "\n" && char !== "\r") continue;
      this.processLine(buffer.slice(lineStart, i), events);
      if (char === "\r") {
        if (i + 1 === buffer.length) this.endedWithCr = true;
        else if (buffer[i + 1] === "\n") i++;
      }
      lineStart = i + 1;
    }
    this.pending = buffer.slice(lineStart);
    return events;
  }

  /**
   * The stream ended. Unlike the spec, which drops an unterminated event, this dispatches it:
   * some servers close right after `data: [DONE]` without the blank line.
   */
  end(): SseEvent[] {
    const events: SseEvent[] = [];
    if (this.pending !== "") this.processLine(this.pending, events);
    this.pending = "";
    this.processLine("", events);
    return events;
  }

  private processLine(line: string, events: SseEvent[]): void {
    if (line === "") {
      this.dispatch(events);
      return;
    }
    if (line.startsWith(":")) return;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    switch (field) {
      case "data":
        this.dataLines.push(value);
        break;
      case "event":
        this.eventName = value;
        break;
      case "id":
        if (!value.includes("\0")) this.lastId = value;
        break;
      default:
        // "retry" and unknown fields: nothing a one-shot request needs.
        break;
    }
  }

  private dispatch(events: SseEvent[]): void {
    if (this.dataLines.length > 0) {
      const event: SseEvent = { event: this.eventName || "message", data: this.dataLines.join("\n"), ...(this.lastId !== undefined ? { id: this.lastId } : {}) };
      events.push(event);
    }
    this.dataLines = [];
    this.eventName = "";
  }
}
