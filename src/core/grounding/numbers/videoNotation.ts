import { wordsAfter, wordsBefore } from "../text/clauseContext";

/**
 * Video's own notation: "4K" is a resolution, not four thousand or four karats, and in "4K/60",
 * "4K@120" or "1080p/60" the number after the mark is frames per second.
 */

// Words that put a "K" number on a screen or a sensor, not on a count ("10K steps") or a race ("5K run").
const videoWords = new Set([
  "video", "videos", "footage", "resolution", "uhd", "hdr", "hdr10", "display", "displays", "screen", "screens", "monitor", "monitors", "tv", "tvs",
  "camera", "cameras", "record", "records", "recording", "recordings", "shoot", "shoots", "shooting", "film", "films", "filming", "stream", "streams",
  "streaming", "capture", "captures", "capturing", "playback", "fps", "frames", "projector", "projection", "webcam", "upscaling", "hdmi", "ultra", "cinema",
  "sensor", "timelapse", "slow-motion", "dolby", "detail", "details", "picture", "pictures", "image", "images", "visuals", "clarity", "panel", "ips", "oled",
]);
/**
 * A "K" resolution is compared only with another: "2K" is 1080 lines to some makers and 1440 to
 * others, so it never stands for a "p" figure.
 */
export const kResolution = "resolution-k";

/** The end of the "K" after a number that names a video resolution ("4K", "2.7K"), or undefined. */
export function resolutionKEnd(text: string, numberEnd: number, value: number): number | undefined {
  if (value > 16 || !/^K(?![\p{L}\p{N}])/u.test(text.slice(numberEnd, numberEnd + 2))) return undefined;
  const end = numberEnd + 1;
  if (/^\s?[/@]\s?\d/.test(text.slice(end, end + 4))) return end;
  const around = [...wordsBefore(text, numberEnd, 6), ...wordsAfter(text, end, 4)];
  return around.some((word) => videoWords.has(word)) ? end : undefined;
}

/** Whether the number at `start` follows a resolution and a slash or "@" ("4K/60", "1080p@120"): a frame rate. */
export function followsResolution(text: string, start: number): boolean {
  return /(?:\d(?:\.\d+)?K|\d{3,4}p)\s?[/@]\s?$/.test(text.slice(Math.max(0, start - 10), start));
}
