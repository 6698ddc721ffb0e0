/**
 * Gathers text chunks produced within one turn of the event loop into a single IPC message:
 * each message costs a serialisation and a wake-up on the host, which a token does not need.
 */
export class TextBatcher {
  private text = "";
  private tokens = 0;
  private scheduled = false;

  constructor(private readonly emit: (text: string, tokens: number) => void) {}

  addText(text: string): void {
    this.text += text;
    this.schedule();
  }

  addTokens(count: number): void {
    this.tokens += count;
    this.schedule();
  }

  flush(): void {
    this.scheduled = false;
    if (this.text.length === 0 && this.tokens === 0) return;
    const text = this.text;
    const tokens = this.tokens;
    this.text = "";
    this.tokens = 0;
    this.emit(text, tokens);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      if (this.scheduled) this.flush();
    });
  }
}
