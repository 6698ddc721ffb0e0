import * as vscode from "vscode";
import type { ChannelDraft } from "../../core/marketing/channelDraft";
import { channelList, channels, isChannelId, type ChannelSpec } from "../../core/marketing/channels";
import { marketingCopyJob } from "../../core/marketing/marketingCopyJob";
import { ensureModelReady } from "../models/modelReadiness";
import type { TailorServices } from "../tailorServices";
import { briefFromEditorOrAsk } from "./generateProductDescription";
import { runStructuredGeneration, type StructuredResult } from "./structuredGeneration";

export interface MarketingCopyArgs {
  /** A channel id (google-ads-rsa, meta, email, x-post, instagram, amazon-bullets); asked for when absent. */
  readonly channel?: string;
  readonly variants?: number;
}

/**
 * "Tailor: Generate Marketing Copy": several variants for one channel, each channel's hard limits
 * enforced by the grammar and again after generation. Arguments let keybindings and tests skip the pickers.
 */
export async function generateMarketingCopy(services: TailorServices, args: MarketingCopyArgs = {}): Promise<StructuredResult<ChannelDraft>> {
  const channel = args.channel && isChannelId(args.channel) ? channels[args.channel] : await pickChannel();
  if (!channel) return { status: "dismissed" };
  const variants = args.variants ?? (await pickVariants());
  if (!variants) return { status: "dismissed" };
  const brief = await briefFromEditorOrAsk(services);
  if (!brief) return { status: "dismissed" };
  if (!(await ensureModelReady(services))) return { status: "dismissed" };
  return runStructuredGeneration(services, marketingCopyJob(brief, channel, variants, await services.channelPacks.packs()), brief);
}

async function pickChannel(): Promise<ChannelSpec | undefined> {
  const pick = await vscode.window.showQuickPick(
    channelList.map((channel) => ({ label: channel.displayName, detail: channel.purpose, channel })),
    { title: "Tailor: Generate Marketing Copy", placeHolder: "Which channel? Each one's limits are enforced." },
  );
  return pick?.channel;
}

async function pickVariants(): Promise<number | undefined> {
  const pick = await vscode.window.showQuickPick(["1", "2", "3", "4", "5"].map((label) => ({ label, picked: label === "3" })), {
    title: "Tailor: How many variants?",
  });
  return pick ? Number(pick.label) : undefined;
}
