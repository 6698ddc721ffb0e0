/**
 * Parts and built-in extras that a product either has or lacks, so copy that names one the brief
 * never mentions has invented it ("a cushiony inner zip pocket" on a sock). Each entry is the
 * forms one part is written in; the brief saying any of them backs them all.
 *
 * The list leaves out words that are as often verbs or figures of speech in product copy
 * ("handle", "light", "case", "stand", "display", "bit", "port"), because a finding there would
 * more often be wrong than right; the other checks cover what those would catch (counts,
 * compatibility, inclusions). "Pouch" is left out too: in copy it is mostly the pack ("a 100 g
 * pouch"), which the figures check already reads.
 */
export const partForms: readonly (readonly string[])[] = [
  ["pocket", "pockets"],
  ["zip", "zips", "zipper", "zippers", "zippered", "zipped", "zip-up"],
  ["hood", "hoods", "hooded"],
  ["drawstring", "drawstrings", "drawcord", "drawcords"],
  ["strap", "straps"],
  ["buckle", "buckles"],
  // "Fully leather-lined" has a lining, as copy says it.
  ["lining", "linings", "lined"],
  ["insole", "insoles", "footbed", "footbeds"],
  ["vent", "vents"],
  ["kickstand", "kickstands"],
  ["drawer", "drawers"],
  ["shelf", "shelves"],
  ["lid", "lids"],
  ["hinge", "hinges", "hinged"],
  ["compartment", "compartments"],
  ["carabiner", "carabiners"],
  ["caster", "casters", "castor", "castors"],
  ["wheel", "wheels", "wheeled"],
  ["backlight", "backlit", "backlighting"],
  ["touchscreen", "touchscreens", "touch screen"],
  ["camera", "cameras"],
  ["microphone", "microphones", "mic", "mics"],
  ["speaker", "speakers"],
  ["remote control", "remote controls"],
  ["timer", "timers"],
  ["alarm", "alarms"],
  ["sensor", "sensors"],
  ["charger", "chargers", "charging cable", "charging cables"],
  ["carry bag", "carrying bag", "storage bag", "carrying case", "travel case", "charging case"],
  ["belt clip", "belt clips"],
  ["thumbhole", "thumbholes", "thumb hole", "thumb holes"],
  ["armrest", "armrests"],
  ["headrest", "headrests"],
  ["cup holder", "cup holders", "cupholder", "cupholders"],
  ["clasp", "clasps"],
  ["filter", "filters", "filtered", "filtering", "filtration", "hepa"],
  ["cuff", "cuffs"],
  ["collar", "collars"],
];

/**
 * Head nouns a brief uses for a part of several words ("32 h with case" for the charging case,
 * "cable included" for the charging cable). Left out of the forms above for the reason given there.
 */
export const partHeadNouns: ReadonlySet<string> = new Set(["case", "cable", "bag"]);
