import * as path from "node:path";
import * as vscode from "vscode";
import { EngineClient } from "../engine/engineClient";
import type { EngineState, EngineStats } from "../engine/engineTypes";
import type { LoadedModel } from "../engine/protocol";
import { ActiveGenerations } from "./activeGenerations";
import { ApiKeys } from "./cloud/apiKeys";
import { draftLongForm, type DraftArgs } from "./commands/draftLongForm";
import { generateCatalog, type CatalogCommandArgs } from "./commands/generateCatalog";
import { generateMarketingCopy, type MarketingCopyArgs } from "./commands/generateMarketingCopy";
import { generateProductDescription } from "./commands/generateProductDescription";
import { personalizeForSegments, type PersonalizeArgs } from "./commands/personalizeForSegments";
import { rewriteSelection, type RewriteArgs } from "./commands/rewriteSelection";
import { translateCopy, type TranslateArgs } from "./commands/translateCopy";
import { ChannelPackCodeActions } from "./channelPacks/channelPackCodeActions";
import { ChannelPackDiagnostics } from "./channelPacks/channelPackDiagnostics";
import { WorkspaceChannelPacks } from "./channelPacks/workspaceChannelPacks";
import { checkCopy } from "./claims/checkCopy";
import { scoreCopy, type ScoreCopyArgs } from "./scores/scoreCopy";
import { ScoreReports } from "./scores/scoreReports";
import { ClaimCodeActions } from "./claims/claimCodeActions";
import { ClaimDiagnostics, checkedLanguages } from "./claims/claimDiagnostics";
import { checkAgainstBrief, type CheckAgainstBriefArgs } from "./grounding/checkAgainstBrief";
import { GroundingCodeActions } from "./grounding/groundingCodeActions";
import { GroundingDiagnostics } from "./grounding/groundingDiagnostics";
import { GhostTextStatus, toggleInlineCompletions } from "./inline/ghostTextStatus";
import { ActiveProfile } from "./profiles/activeProfile";
import { IndustryStatus } from "./profiles/industryStatus";
import { selectIndustry } from "./profiles/selectIndustry";
import { ProseCompletionProvider, type InlineStats } from "./inline/proseCompletionProvider";
import { manageModels } from "./models/manageModels";
import { ModelStore, type ResolvedModel } from "./models/modelStore";
import { selectModel } from "./models/selectModel";
import { engineConfigOf, engineSettingKeys, readSettings } from "./settings";
import { TailorPanelProvider, type PanelStats } from "./panel/tailorPanelProvider";
import { ModelStatusBar } from "./statusBar";
import type { TailorServices } from "./tailorServices";
import { UserMessages, type UserMessage } from "./userMessages";

/** What the extension exports: read-only views that tests and other extensions can inspect. */
export interface TailorApi {
  readonly engine: {
    readonly state: EngineState;
    readonly stats: Readonly<EngineStats>;
    readonly workerPid: number | undefined;
    readonly loadedModel: LoadedModel | undefined;
  };
  /** `command` is what a click on the model's status bar item runs. */
  readonly statusBar: { readonly text: string; readonly tooltip: string; readonly command: vscode.Command };
  readonly messages: readonly UserMessage[];
  readonly activationMs: number;
  readonly inline: { readonly stats: Readonly<InlineStats>; readonly statusText: string };
  readonly industry: { readonly id: string; readonly statusText: string; brandTone(): Promise<string | undefined> };
  /** The folder of the extension's log files: the Tailor output channel is written there. */
  readonly logFolder: string;
  readonly panel: { readonly stats: Readonly<PanelStats> };
}

/**
 * The engine gets a path only for a file the user named, or a download that is complete:
 * a catalog model still to be downloaded has none, and its first use offers the download.
 */
function usablePath(model: ResolvedModel): string | undefined {
  return model.reference.kind === "file" || model.present ? model.localPath : undefined;
}

/** Owns every disposable of the extension; disposing it shuts the engine's worker down. */
export class TailorContext implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly services: TailorServices;
  private readonly statusBar: ModelStatusBar;
  private readonly inlineProvider: ProseCompletionProvider;
  private readonly ghostTextStatus: GhostTextStatus;
  private readonly claims: ClaimDiagnostics;
  private readonly industryStatus: IndustryStatus;
  private readonly panel: TailorPanelProvider;
  activationMs = 0;
  private readonly logFolder: string;

  constructor(extension: vscode.ExtensionContext) {
    try {
    const log = this.own(vscode.window.createOutputChannel("Tailor", { log: true }));
    this.logFolder = extension.logUri.fsPath;
    const store = new ModelStore(extension.globalStorageUri);
    const profile = this.own(new ActiveProfile(log));
    const messages = this.own(new UserMessages(log));
    const settings = readSettings();
    const resolved = store.resolve(settings);
    const engine = new EngineClient(
      { workerPath: path.join(extension.extensionPath, "dist", "worker.js"), log: (line) => log.debug(line) },
      engineConfigOf(settings, usablePath(resolved)),
    );
    this.own({ dispose: () => engine.dispose() });
    this.statusBar = this.own(new ModelStatusBar(engine.state, resolved));
    this.services = {
      engine,
      log,
      messages,
      generations: this.own(new ActiveGenerations()),
      store,
      profile,
      grounding: this.own(new GroundingDiagnostics()),
      channelPacks: this.own(new WorkspaceChannelPacks(messages)),
      extensionPath: extension.extensionPath,
      apiKeys: new ApiKeys(extension.secrets),
      workspaceState: extension.workspaceState,
      refreshModel: () => {
        const current = readSettings();
        const model = store.resolve(current);
        this.statusBar.setConfiguredModel(model);
        engine.configure(engineConfigOf(current, usablePath(model)));
      },
    };
    this.own(engine.onDidChangeState((state) => this.statusBar.show(state)));
    this.inlineProvider = new ProseCompletionProvider(
      engine,
      log,
      () => profile.inlineGuidance(),
      () => profile.rules(),
    );
    // Registered for every document; the provider checks tailor.inlineCompletions.languages
    // itself, so changing that list needs no reload.
    this.own(vscode.languages.registerInlineCompletionItemProvider({ pattern: "**" }, this.inlineProvider));
    this.ghostTextStatus = this.own(new GhostTextStatus());
    this.claims = this.own(new ClaimDiagnostics(profile));
    this.own(
      vscode.languages.registerCodeActionsProvider(
        checkedLanguages.map((language) => ({ language })),
        new ClaimCodeActions(this.claims),
        { providedCodeActionKinds: ClaimCodeActions.kinds },
      ),
    );
    this.own(
      vscode.languages.registerCodeActionsProvider(
        checkedLanguages.map((language) => ({ language })),
        new GroundingCodeActions(this.services.grounding),
        { providedCodeActionKinds: GroundingCodeActions.kinds },
      ),
    );
    this.own(
      vscode.languages.registerCodeActionsProvider(
        checkedLanguages.map((language) => ({ language })),
        new ChannelPackCodeActions(this.own(new ChannelPackDiagnostics(this.services.channelPacks))),
        { providedCodeActionKinds: ChannelPackCodeActions.kinds },
      ),
    );
    this.industryStatus = this.own(new IndustryStatus(profile.profile.displayName));
    this.own(
      profile.onDidChange(() => {
        this.industryStatus.show(profile.profile.displayName);
        // Suggestions were written for the old profile or brand.
        this.inlineProvider.clearCache();
      }),
    );
    this.own(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (engineSettingKeys.some((key) => event.affectsConfiguration(key))) this.services.refreshModel();
        if (event.affectsConfiguration("tailor.model")) this.inlineProvider.clearCache();
        if (event.affectsConfiguration("tailor.inlineCompletions")) this.ghostTextStatus.refresh();
      }),
    );
    this.panel = this.own(new TailorPanelProvider(this.services, extension.extensionUri));
    this.own(vscode.window.registerWebviewViewProvider(TailorPanelProvider.viewType, this.panel));
    this.registerCommands();
    } catch (error) {
      // What was built before the failure (the worker, providers, views) must not outlive it.
      this.dispose();
      throw error;
    }
  }

  get api(): TailorApi {
    const { engine, messages } = this.services;
    const statusBar = this.statusBar;
    const activationMs = () => this.activationMs;
    const inlineProvider = this.inlineProvider;
    const ghostTextStatus = this.ghostTextStatus;
    const industryStatus = this.industryStatus;
    const profile = this.services.profile;
    return {
      engine: {
        get state() { return engine.state; },
        get stats() { return engine.stats; },
        get workerPid() { return engine.workerPid; },
        get loadedModel() { return engine.loadedModel; },
      },
      statusBar: {
        get text() { return statusBar.text; },
        get tooltip() { return statusBar.tooltip; },
        get command() { return statusBar.command; },
      },
      get messages() { return messages.messages; },
      get activationMs() { return activationMs(); },
      inline: {
        get stats() { return { ...inlineProvider.stats }; },
        get statusText() { return ghostTextStatus.text; },
      },
      industry: {
        get id() { return profile.profile.id; },
        get statusText() { return industryStatus.text; },
        brandTone: () => profile.brandTone(),
      },
      logFolder: this.logFolder,
      panel: { stats: this.panel.stats },
    };
  }

  /** Disposes everything and waits for the model's worker process to exit. */
  async shutdown(): Promise<void> {
    const engine = this.services?.engine;
    this.dispose();
    await engine?.shutdown();
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0).reverse()) disposable.dispose();
  }

  private registerCommands(): void {
    const services = this.services;
    this.own(vscode.commands.registerCommand("tailor.generateProductDescription", () => generateProductDescription(services)));
    this.own(
      vscode.commands.registerCommand("tailor.cancelGeneration", () => {
        if (services.generations.cancelAll() === 0) services.messages.info("Tailor is not generating anything right now.");
      }),
    );
    this.own(vscode.commands.registerCommand("tailor.showLog", () => services.log.show()));
    this.own(vscode.commands.registerCommand("tailor.selectModel", () => selectModel(services)));
    this.own(vscode.commands.registerCommand("tailor.manageModels", () => manageModels(services)));
    this.own(vscode.commands.registerCommand("tailor.toggleInlineCompletions", toggleInlineCompletions));
    this.own(vscode.commands.registerCommand("tailor.selectIndustry", () => selectIndustry(services.profile)));
    this.own(vscode.commands.registerCommand("tailor.checkCopy", () => checkCopy(services, this.claims)));
    const scoreReports = this.own(new ScoreReports());
    this.own(vscode.workspace.registerTextDocumentContentProvider(ScoreReports.scheme, scoreReports));
    this.own(vscode.commands.registerCommand("tailor.scoreCopy", (args?: ScoreCopyArgs) => scoreCopy(services, scoreReports, args)));
    this.own(vscode.commands.registerCommand("tailor.checkAgainstBrief", (args?: CheckAgainstBriefArgs) => checkAgainstBrief(services, args)));
    this.own(vscode.commands.registerCommand("tailor.generateMarketingCopy", (args?: MarketingCopyArgs) => generateMarketingCopy(services, args)));
    this.own(vscode.commands.registerCommand("tailor.rewriteSelection", (args?: RewriteArgs) => rewriteSelection(services, args)));
    this.own(vscode.commands.registerCommand("tailor.translateCopy", (args?: TranslateArgs) => translateCopy(services, args)));
    this.own(vscode.commands.registerCommand("tailor.personalizeForSegments", (args?: PersonalizeArgs) => personalizeForSegments(services, args)));
    this.own(vscode.commands.registerCommand("tailor.draftLongForm", (args?: DraftArgs) => draftLongForm(services, args)));
    this.own(vscode.commands.registerCommand("tailor.setApiKey", () => services.apiKeys.promptAndStore()));
    this.own(vscode.commands.registerCommand("tailor.setCatalogServerApiKey", () => services.apiKeys.promptAndStore("catalogServer")));
    this.own(
      vscode.commands.registerCommand("tailor.clearCatalogServerApiKey", async () => {
        await services.apiKeys.clear("catalogServer");
        services.messages.info("The catalog server's API key is removed: catalog runs on it send none.");
      }),
    );
    // From the Explorer's context menu the argument is the clicked file.
    this.own(
      vscode.commands.registerCommand("tailor.generateCatalog", (args?: CatalogCommandArgs | vscode.Uri) =>
        generateCatalog(services, args instanceof vscode.Uri ? { input: args.fsPath } : args),
      ),
    );
    this.own(vscode.commands.registerCommand("tailor.openPanel", () => vscode.commands.executeCommand(`${TailorPanelProvider.viewType}.focus`)));
  }

  private own<T extends vscode.Disposable>(disposable: T): T {
    this.disposables.push(disposable);
    return disposable;
  }
}
