import type { MaterialFamily } from "./materialTable";

/**
 * The words around a material's name that tell whether copy says the product is made of it
 * ("made with cocoa") or only mentions it ("with your morning coffee", "soft as cashmere").
 */
export const edibleFamilies: ReadonlySet<MaterialFamily> = new Set<MaterialFamily>(["food", "cosmetic", "supplement", "botanical"]);
// Words that put a food beside the product, not in it ("stir into coffee", "perfect for toast", "your morning coffee").
export const servingCues: ReadonlySet<string> = new Set([
  "into", "onto", "over", "for", "to", "alongside", "serve", "serves", "pair", "pairs", "top", "stir", "sprinkle", "drizzle", "add", "dip", "spread", "enjoy",
  "cup", "mug", "glass", "bowl", "slice", "plate", "morning", "evening", "afternoon", "hot", "iced", "your", "favourite", "favorite", "sipping", "sip",
  "simmer", "steep", "brew", "whisk", "shake", "heat", "mix", "pour", "toss", "splash", "garnish", "try", "swirl", "dunk", "love", "loves", "perfect",
  "ideal", "great", "delicious", "tasty", "goes", "beside", "next", "store", "stores", "storing", "keep", "keeps", "hold", "holds", "carry", "carries",
  "fits", "mixes", "mixing", "stirs", "stirring", "dissolves", "dissolving", "shakes", "shaking", "shaker", "blender",
  // "The amino acid found in green tea": where a compound occurs, not what the product holds. "Mornings begin with coffee".
  "found", "occurs", "occurring", "begin", "begins", "start", "starts",
]);
// Words that put an ingredient in the product: "made with", "notes of", "enriched with", "15% vitamin C".
export const compositionCues: ReadonlySet<string> = new Set([
  "with", "of", "from", "contains", "containing", "including", "includes", "blend", "blended", "infused", "enriched", "packed", "flavour", "flavor",
  "flavoured", "flavored", "notes", "hint", "hints", "scented", "sweetened", "made", "plus", "ingredients", "ingredient", "%", "featuring", "features",
  "boasts", "added", "powered", "fortified", "rich", "loaded", "combines", "combined", "real", "pure", "organic", "natural", "delivers", "provides",
  "formulated", "suspended", "dissolved", "source", "sources", "sourced", "brewed", "roasted", "pressed", "distilled", "aged", "baked", "ground", "dried", "freeze-dried", "raw", "wild", "whole",
  // "aus Carbon", "avec du beurre de karité", "con almendra", "mit Honig": the same leads in French, Spanish and German copy.
  "aus", "mit", "avec", "con", "au", "à", "en", "associe", "associent", "contient", "contiennent", "enrichi", "enrichie", "contiene", "contienen", "enthält",
  "enriquecido", "enriquecida",
]);
export const ingredientNouns: ReadonlySet<string> = new Set([
  "oil", "oils", "extract", "extracts", "butter", "powder", "juice", "peel", "leaf", "leaves", "root", "seed", "seeds", "flour", "protein", "sugar", "syrup",
  "zest", "essence", "concentrate", "puree", "pulp", "flakes", "chips", "pieces", "bits", "beans", "nibs", "paste", "milk", "water", "acid", "blend",
  "flavour", "flavor", "flavoured", "flavored", "scent", "scented", "aroma", "infusion", "notes", "heat", "kick",
]);
// Styling advice names what a product is worn or placed with, not what it is made of ("pair it with a teak table", "wear it under a wool blazer").
export const stylingCues: ReadonlySet<string> = new Set([
  "pair", "pairs", "paired", "wear", "wears", "style", "styled", "team", "teamed", "match", "matches", "complement", "complements", "alongside", "beside",
  "goes",
]);
// Likening something to a material says nothing of what it is made of ("soft as cashmere", "feels like silk", "rivals silk").
export const simileCues: ReadonlySet<string> = new Set(["than", "rival", "rivals", "rivalling", "mimic", "mimics", "mimicking", "imitates", "imitating", "resembles", "resembling"]);
// "Like" is a likeness after these ("feels like silk"); after a noun it gives examples ("fabrics like cotton").
export const likenessVerbs: ReadonlySet<string> = new Set([
  "feel", "feels", "feeling", "look", "looks", "looking", "smell", "smells", "taste", "tastes", "sound", "sounds", "just", "much", "more", "almost", "seem",
  "seems", "wears", "drapes", "moves", "glides", "shines", "gleams", "soft", "smooth", "reads", "writes", "handles", "behaves", "cuts",
]);
// "As" is a comparison ("soft as cashmere") except after these ("as well as silk", "such as cotton").
export const nonComparingAs: ReadonlySet<string> = new Set(["well", "such", "known", "used", "serves", "doubles", "acts", "works", "same", "also", "sold", "made"]);
// A material's name before these words describes a look ("velvet finish", "diamond quilting").
export const textureNouns: ReadonlySet<string> = new Set([
  "finish", "sheen", "touch", "feel", "texture", "look", "effect", "glow", "lustre", "luster", "tone", "tones", "tint", "pattern", "quilting", "quilted", "stitch",
  "stitching",
]);
// Colours: a material's name among them is a colour ("sage green or warm terracotta", "cherry red").
export const colourNames: ReadonlySet<string> = new Set([
  "blue", "green", "red", "pink", "yellow", "purple", "grey", "gray", "black", "white", "brown", "beige", "navy", "teal", "nude", "tan",
]);
// Materials whose names are also colours ("warm terracotta", "sage and walnut"): only these are read as colours in a list of colours.
export const colourMaterials: ReadonlySet<string> = new Set([
  "terracotta", "charcoal", "slate", "ivory", "copper", "gold", "silver", "bronze", "olive", "mint", "honey", "caramel", "chocolate", "coffee", "espresso",
  "cocoa", "walnut", "cherry", "cherry wood", "mahogany", "ebony", "pearl", "jade", "emerald", "sapphire", "ruby", "amber", "coral", "turquoise", "denim",
  "linen", "concrete", "oak", "rose gold", "platinum", "marble", "sand", "cream", "lavender", "peach", "apricot", "plum", "lemon", "lime", "mustard",
  "cinnamon", "ginger", "saffron", "paprika", "salmon", "tan", "camel hair", "cashmere", "teak", "pine", "cedar", "birch", "ash", "onyx", "opal",
]);
export const colourWords: ReadonlySet<string> = new Set([...colourNames, "colour", "color", "colours", "colors", "coloured", "colored", "shade", "shades", "hue", "hues"]);
// Metals that also name a colour or a medal, and carbon that also names emissions: a material only with a sign that they are one.
export const ambiguousMaterials: ReadonlySet<string> = new Set(["gold", "silver", "bronze", "platinum", "rose gold", "copper", "carbon fibre"]);
export const metalSigns: ReadonlySet<string> = new Set(["solid", "pure", "fine", "sterling", "real", "genuine", "recycled", "made", "crafted", "cast", "forged", "%", "925", "999", "aus", "en"]);
export const metalParts: ReadonlySet<string> = new Set([
  "chain", "chains", "clasp", "clasps", "band", "bands", "ring", "rings", "hoops", "studs", "earrings", "necklace", "pendant", "bracelet", "setting", "settings",
  "posts", "hooks", "rivets", "hardware", "wire", "plating", "plate", "leaf", "foil", "jewellery", "jewelry", "cufflinks", "pipe", "pipes", "fittings", "core",
  "bowl", "body", "frame", "handle", "handles", "charm", "charms", "bead", "beads", "links", "vermeil", "fill", "filled", "plated", "shaft", "shafts",
  "fork", "rim", "rims", "wheels", "blade", "blades", "poles", "tubes", "shell", "case", "weave", "composite", "panel", "panels",
  "prong", "prongs", "claws", "bezel", "shank", "gallery", "basket",
  "paddle", "paddles", "mast", "boom", "spokes", "handlebar", "handlebars", "tripod", "legs", "monocoque", "fins", "fin", "seatpost", "lid", "lids",
]);
// Words that make a material the thing worked on, not the product's own ("cuts through timber", "drills into concrete").
export const workpieceCues: ReadonlySet<string> = new Set([
  "through", "into", "cuts", "cutting", "drills", "drilling", "sands", "sanding", "grinds", "grinding", "carves", "carving", "fixes", "fixing", "bonds",
  "bonding", "glues", "cleans", "cleaning", "polishes", "polishing", "detects", "detecting", "seals", "sealing", "grabs", "clings", "latches",
  "touches", "bites", "enters", "splits", "splitting", "saws", "sawing", "chops", "chopping", "planes", "planing", "shapes", "shaping", "screws", "screwing",
  "haul", "hauling", "lug", "lugging", "lifting",
]);
// Verbs of the reader settling into the product ("sink into", "slip into"): what follows "into" is the product, not a workpiece.
export const readerEntries: ReadonlySet<string> = new Set([
  "sink", "sinks", "slip", "slips", "snuggle", "snuggles", "settle", "settles", "climb", "climbs", "step", "steps", "nestle", "nestles", "curl", "curls",
  "change", "changes", "relax", "relaxes", "melt", "melts", "wrap", "tuck", "dive", "dives", "ease", "eases", "sinking", "slipping", "snuggling", "settling",
]);
// The same, as commands opening a sentence ("Cut curves in wood"): as nouns ("a drill with a metal gearbox") they say nothing.
export const workpieceCommands: ReadonlySet<string> = new Set(["cut", "drill", "sand", "grind", "carve", "fix", "bond", "glue", "clean", "polish", "seal", "detect", "split", "saw", "chop", "plane"]);
// What a product comes as: "… join probiotics in an unflavoured powder" puts them in it.
export const productForms: ReadonlySet<string> = new Set([
  "powder", "blend", "formula", "capsule", "capsules", "scoop", "serving", "bar", "drink", "tablet", "tablets", "gummy", "gummies", "softgel", "softgels",
  "shot", "sachet", "stick", "mix", "cream", "serum", "balm", "lotion", "treat", "treats", "recipe", "tea", "chew", "chews",
  "pouch", "pouches", "jar", "jars",
]);

// "Down" is a fill only beside words of filling ("duck down", "filled with down", "down jacket"); otherwise it is an adverb ("cinches down").
export const downLeads: ReadonlySet<string> = new Set([
  "with", "of", "duck", "goose", "eider", "responsibly", "sourced", "filled", "stuffed", "premium", "white", "grey", "gray", "natural", "recycled", "rds",
  "certified", "traceable", "ethical", "real", "pure", "lofty", "fluffy", "fill", "power", "and", "g", "oz",
]);
export const downNouns: ReadonlySet<string> = new Set([
  "fill", "filled", "filling", "insulation", "insulated", "feathers", "feather", "jacket", "jackets", "coat", "coats", "vest", "parka", "puffer", "duvet",
  "comforter", "pillow", "pillows", "quilt", "blend", "clusters", "cluster", "sleeping", "alternative", "and", "inner", "baffles", "loft",
]);

// Materials whose names are also things ("a car horn", "a shoe horn"): a material only right before a part made of it ("horn buttons").
export const partOnlyMaterials: ReadonlySet<string> = new Set(["horn"]);
export const fittingParts: ReadonlySet<string> = new Set([
  "button", "buttons", "toggle", "toggles", "handle", "handles", "comb", "combs", "scales", "inlay", "inlays", "frame", "frames", "spoon", "spoons", "hook", "hooks",
]);
