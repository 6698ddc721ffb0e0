import type * as vscode from "vscode";
import type { EngineClient } from "../engine/engineClient";
import type { ActiveGenerations } from "./activeGenerations";
import type { ApiKeys } from "./cloud/apiKeys";
import type { WorkspaceChannelPacks } from "./channelPacks/workspaceChannelPacks";
import type { GroundingDiagnostics } from "./grounding/groundingDiagnostics";
import type { ModelStore } from "./models/modelStore";
import type { ActiveProfile } from "./profiles/activeProfile";
import type { UserMessages } from "./userMessages";

/** What commands and providers need from the extension, handed to them explicitly. */
export interface TailorServices {
  readonly engine: EngineClient;
  readonly messages: UserMessages;
  readonly log: vscode.LogOutputChannel;
  readonly generations: ActiveGenerations;
  readonly store: ModelStore;
  /** The industry profile and brand voice in force. */
  readonly profile: ActiveProfile;
  /** Documents checked against their brief's facts, as they change. */
  readonly grounding: GroundingDiagnostics;
  /** The marketplace channel packs in force, with the workspace's own in a trusted workspace. */
  readonly channelPacks: WorkspaceChannelPacks;
  readonly extensionPath: string;
  readonly apiKeys: ApiKeys;
  /** Per-workspace memory, such as what the user last approved sending. */
  readonly workspaceState: vscode.Memento;
  /** Re-reads the model settings and what is on disk, and reconfigures the engine. */
  readonly refreshModel: () => void;
}
