import { checkChannelCopy, type ChannelCopyPack } from "../core/channelPacks/channelCopyPack";
import type { CopyCheck } from "./copyChecks";

/**
 * The marketplace pack of the channel the copy is written for, as a check. Its banned characters
 * never reach it: the job takes them out of every draft (withoutBannedCharacters), since removing
 * an emoji changes nothing the copy says. Banned wording and an over-long field do go to the one
 * rewrite: cutting a term out of a sentence can leave it broken, and the model can say the same
 * thing within the rules; what remains after it is flagged like a broken claim rule.
 */
export function channelPackCheck(channelPack: ChannelCopyPack): CopyCheck {
  return {
    name: "channel-pack",
    check: (copy) =>
      checkChannelCopy(copy, channelPack).map((finding) => {
        const text = copy.slice(finding.start, finding.end);
        return {
          check: "channel-pack",
          id: `${finding.packId}/${finding.ruleId}`,
          start: finding.start,
          end: finding.end,
          text,
          reason: finding.message,
          rewriteNote: finding.kind === "length" ? finding.message : `"${text}": ${finding.message} Do not use this wording.`,
        };
      }),
  };
}
