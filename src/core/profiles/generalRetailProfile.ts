import type { IndustryProfile } from "./industryProfile";
import { universalClaimRules } from "./universalRules";

/**
 * The profile Tailor writes with until the user picks an industry: the default guidance, which
 * opens every system prompt, carries it, so it adds only the universal rules and a plain structure.
 */
export const generalRetailProfile: IndustryProfile = {
  id: "general-retail",
  displayName: "General retail",
  preferredVocabulary: ["dimensions", "materials", "what's included", "how to use", "care", "compatibility", "warranty", "weight"],
  avoid: universalClaimRules,
  structure: [
    "What it is: the product and who it is for, in a sentence or two",
    "Key features: the facts that matter most, each with the benefit it brings",
    "Specifications: dimensions, materials, weight, compatibility",
    "What's included and care: package contents, care, warranty",
  ],
  defaultTone: "clear, warm and confident",
  examples: [
    "A stainless steel insulated bottle that keeps drinks cold for 24 hours or hot for 12. The 750 ml size fits most car cup holders, and the leak-proof lid has a carry loop that takes a carabiner. The powder-coated finish grips well with wet hands. Wash the lid in the dishwasher and the bottle by hand.",
    "This cotton canvas tote holds a laptop up to 15 inches in a padded sleeve, with an inside zip pocket for keys and cards. The leather-trimmed handles are long enough to wear on the shoulder, and the base is reinforced to stand on its own. It measures 40 by 35 by 12 cm. Spot clean with a damp cloth.",
  ],
};

