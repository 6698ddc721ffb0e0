/** The panel's controls, looked up once; a missing one means panelHtml and this script disagree. */
export interface PanelElements {
  readonly form: HTMLFormElement;
  readonly name: HTMLInputElement;
  readonly facts: HTMLTextAreaElement;
  readonly audience: HTMLInputElement;
  readonly tone: HTMLInputElement;
  readonly industry: HTMLSelectElement;
  readonly length: HTMLSelectElement;
  readonly keywords: HTMLInputElement;
  readonly output: HTMLSelectElement;
  readonly modelName: HTMLElement;
  readonly modelState: HTMLElement;
  readonly switchModel: HTMLButtonElement;
  readonly generate: HTMLButtonElement;
  readonly cancel: HTMLButtonElement;
  readonly regenerate: HTMLButtonElement;
  readonly insert: HTMLButtonElement;
  readonly openDocument: HTMLButtonElement;
  readonly copy: HTMLButtonElement;
  readonly status: HTMLElement;
  readonly preview: HTMLElement;
  readonly findingsSection: HTMLElement;
  readonly findings: HTMLUListElement;
  readonly scoresSection: HTMLElement;
  readonly scoresOverall: HTMLElement;
  readonly scores: HTMLUListElement;
  readonly notice: HTMLElement;
  readonly history: HTMLUListElement;
  readonly historyEmpty: HTMLElement;
}

export function findPanelElements(): PanelElements {
  return {
    form: byId("brief-form", HTMLFormElement),
    name: byId("name", HTMLInputElement),
    facts: byId("facts", HTMLTextAreaElement),
    audience: byId("audience", HTMLInputElement),
    tone: byId("tone", HTMLInputElement),
    industry: byId("industry", HTMLSelectElement),
    length: byId("length", HTMLSelectElement),
    keywords: byId("keywords", HTMLInputElement),
    output: byId("output", HTMLSelectElement),
    modelName: byId("model-name", HTMLElement),
    modelState: byId("model-state", HTMLElement),
    switchModel: byId("switch-model", HTMLButtonElement),
    generate: byId("generate", HTMLButtonElement),
    cancel: byId("cancel", HTMLButtonElement),
    regenerate: byId("regenerate", HTMLButtonElement),
    insert: byId("insert", HTMLButtonElement),
    openDocument: byId("open-document", HTMLButtonElement),
    copy: byId("copy", HTMLButtonElement),
    status: byId("status", HTMLElement),
    preview: byId("preview", HTMLElement),
    findingsSection: byId("findings-section", HTMLElement),
    findings: byId("findings", HTMLUListElement),
    scoresSection: byId("scores-section", HTMLElement),
    scoresOverall: byId("scores-overall", HTMLElement),
    scores: byId("scores", HTMLUListElement),
    notice: byId("notice", HTMLElement),
    history: byId("history", HTMLUListElement),
    historyEmpty: byId("history-empty", HTMLElement),
  };
}

function byId<T extends HTMLElement>(id: string, type: { new (): T; readonly name: string }): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`The panel has no ${type.name} #${id}.`);
  return element;
}
