import type { GroundingFinding } from "../groundingFinding";
import { genericPropertyWords, propertyLines } from "../lexicon/propertyTable";
import { Wording } from "../text/briefWording";
import { wordsAfter, wordsBefore } from "../text/clauseContext";
import { restatedFacts } from "../text/restatedFacts";
import { PhraseMatcher, phraseKey } from "../text/phraseMatcher";
import { readGemGrades } from "./gemGrades";
import { readNutritionClaims } from "./nutritionClaims";
import { readSettingClaims } from "./settingClaims";
import { readStatedAbsences } from "./statedAbsences";

/** An absolute claim: its wordings, what in a brief backs it, and the weaker facts it could be stretched from. */
interface PropertyClaim {
  readonly forms: readonly string[];
  readonly backing: readonly string[];
  readonly weaker: readonly string[];
  /** Another way a brief may word it ("triple filtration" for "triple-filtered"). */
  readonly backingPattern?: RegExp;
  /** A claim that is only wrong against one of its weaker facts ("solid walnut" on "walnut veneer"), not where the brief is silent. */
  readonly overreachOnly?: boolean;
  /** A weaker fact outweighs the backing: "private hot tub" on a brief's "shared hot tub", though the brief names a hot tub. */
  readonly weakerFirst?: boolean;
  /** Another way a brief may word the weaker fact ("Pool: Shared lagoon pool" for "shared pool"). */
  readonly weakerPattern?: RegExp;
}

export interface PropertyMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly claim: PropertyClaim;
}

// "Cacao from Ecuador", "Origin: Huila": a brief line that gives one place of origin, and no second one, backs "single-origin".
// "Origin: Huila, Colombia": a region and its country are still one origin.
const oneOrigin = /(?:^|[:\s])(?:[Ff]rom|[Oo]rigin:|[Gg]rown in|[Ss]ourced from)[ \t]+\p{Lu}[\p{L}'’-]+(?:,?[ \t]\p{Lu}[\p{L}'’-]+)?[ \t]*(?:\([^)\n]*\))?[ \t.]*$/mu;
const claims: PropertyClaim[] = propertyLines.map((line) => {
  const [forms, backing, weaker] = line.split("::").map((part) => part.split("|").map((form) => form.trim()).filter(Boolean));
  // "Surface washable" outweighs the "washable" in it: only the surface may be washed.
  // "All skin types" is the everyday promise of a gentle formula: wrong only against a brief that names one type.
  return { forms, backing: backing ?? [], weaker: weaker ?? [], ...(forms[0] === "single-origin" ? { backingPattern: oneOrigin } : {}), ...(forms[0] === "machine washable" ? { weakerFirst: true } : {}), ...(forms[0] === "all skin types" ? { overreachOnly: true } : {}) };
});
const claimMatcher = new PhraseMatcher(claims.map((claim) => ({ forms: claim.forms, value: claim })));
const genericWords = new Set(genericPropertyWords.map(phraseKey));
// "Half-finished snacks" are the reader's, half eaten: no process the product went through.
const patternClaims = /(?<![\p{L}\p{N}-])(?:(?<treated>(?!half-)\p{L}+-(?:washed|dyed|treated|finished|tanned|coated|forged|extracted|distilled|filtered|purified|smoked|cured|fermented|roasted|milled))|(?<proof>\p{L}+)[-‐ ]?proof|(?<resistant>\p{L}+)[-‐ ]resist(?:ant|ance)|(?<free>\p{L}+|\d{1,2})[-‐]free|free\s+(?:of|from)\s+(?<freeOf>[\p{L}-]+(?:\s+and\s+[\p{L}-]+)?))(?![\p{L}\p{N}]|-\p{L})/giu;
// Who vouches for a product, and what was done by hand: claims the brief must make.
const endorsements = /(?<![\p{L}])(?:(?:recommended|approved|formulated|developed|designed|tested|trusted|endorsed|used)\s+by\s+(?:[\p{L}-]+\s+){0,2}(?:doctors?|physicians?|dermatologists?|vets?|veterinarians?|paediatricians?|pediatricians?|dentists?|ob-gyns?|obgyns?|gynaecologists?|gynecologists?|midwives|nutritionists?|dietitians?|pharmacists?|experts?|professionals?|chefs?|sommeliers?|physiotherapists?|trainers?|athletes?|scientists?|groomers?|podiatrists?|chiropractors?|therapists?)|(?:doctor|physician|dermatologist|vet|veterinarian|dentist|chef|nutritionist|expert|pharmacist|scientist|groomer|podiatrist|orthopaedic|orthopedic|orthopaedist|orthopedist|chiropractor|chiropractic|osteopath|osteopathic|physio|physiotherapist|paediatrician|pediatrician|midwife|dietitian|optician|audiologist|allergist|sleep-expert)[-‐ ](?:formulated|recommended|approved|designed|developed|tested|endorsed|trusted))(?![\p{L}])/giu;
// "Will not rust", "won't fade", "never shrinks": a durability promise.
const neverDoes = /(?<![\p{L}])(?:will not|won't|wont|never|does not|doesn't|will never)\s+(?:rust|rusts|fade|fades|tarnish|tarnishes|shrink|shrinks|pill|pills|crack|cracks|chip|chips|peel|peels|leak|leaks|stain|stains|scratch|scratches|break|breaks|wrinkle|wrinkles|fray|frays|discolou?r|corrode|corrodes|warp|warps|snag|snags|cause|causes|upset|upsets|irritate|irritates|fog|fogs|smudge|smudges|bleed|bleeds|melt|melts)(?![\p{L}])/giu;
// "Hand-cut", "hand-set": done by hand, which the brief must say ("cut by hand" and "hand-cut" back each other).
const handDone = /(?<![\p{L}-])hand[-‐ ](?<verb>cut|set|finished|polished|sewn|stitched|painted|woven|carved|poured|blown|engraved|assembled|picked|harvested|rolled|crafted|knitted|dyed|printed|glazed|tied|bound|shaped|thrown|forged|built|tufted|loomed|spun|turned|beaten|hammered|selected|sorted|trimmed|lettered|drawn|mixed|wrapped|numbered|signed|sanded|oiled|waxed|stamped|embroidered|applied|cast)(?![\p{L}-])/giu;
// "Blocks out all outside noise", "kills every germ": a total effect, which the brief must state as total.
const totalEffects = /(?<![\p{L}])(?:blocks?|blocking|eliminates?|eliminating|removes?|removing|kills?|killing|stops?|stopping|cancels?|cancell?ing|filters?|filtering|repels?|repelling|prevents?|preventing|shuts?)\s+(?:out\s+)?(?:all|every|100%\s+of)(?:\s+(?!(?:so|and|or|to|for|from|in|on|with|while|that|the|of|it|you|your|this|those|these|kinds?|types?|sorts?)(?![\p{L}]))[\p{L}-]+){1,2}/giu;
// "Guarantees zero data loss", "no downtime": a promise that nothing goes wrong.
const nothingFails = /(?<![\p{L}])(?:(?:guarantee[sd]?|ensures?|promises?)\s+(?:that\s+)?)?(?:zero|no)\s+(?:data\s+loss|downtime|outages?|leaks?|defects?|failures?|breakages?|errors?|lag|latency|side[-\s]effects|interruptions?|buffering|dropouts?|data\s+breaches)(?![\p{L}])|(?<![\p{L}])guarantee[sd]?\s+(?:that\s+)?(?:100%|complete|total|full|perfect|uninterrupted|permanent|instant|lasting)\s+[\p{L}-]+/giu;
// "Guaranteed manta sightings", "guaranteed results": an outcome promised for certain; "guaranteed delivery by Friday" is a service term of its own.
// A pet food's "guaranteed analysis" is the label's table of nutrients, no promise.
const guaranteedOutcomes = /(?<![\p{L}-])[Gg]uaranteed\s+(?!(?:for|by|to|until|delivery|next|minimum|returns?|income|interest|rates?|fit|refunds?|lowest|price|prices|analysis|and|or|with|in|on|at)(?![\p{L}]))\p{Ll}[\p{L}-]+(?:\s+(?!(?:and|or|with|in|on|at|for|to|by|of)(?![\p{L}]))\p{Ll}[\p{L}-]+)?/gu;
// "Rebuilds cartilage", "cures eczema": a health outcome no product copy may add on its own.
const healthOutcomes = /(?<![\p{L}])(?:rebuilds?|rebuilding|repairs?|repairing|regenerates?|regenerating|regrows?|regrowing|restores?|restoring|reverses?|reversing|cures?|curing|heals?|healing|treats?|treating)\s+(?:(?:damaged|worn|your|the|lost|thinning)\s+)?(?:cartilage|joints?|bones?|teeth|tooth\s+enamel|enamel|gums?|hair\s+loss|liver|nerves?|tendons?|ligaments?|arthritis|eczema|psoriasis|rosacea|acne|cavities|hearing|eyesight|vision|gut|insomnia|anxiety|depression|diabetes|infections?)(?![\p{L}])|(?<![\p{L}])(?:relieves?|relieving|soothes?|soothing|eases?|easing|alleviates?|alleviating|prevents?|preventing|stops?|cures?|treats?)\s+(?:(?:your|the|any|all|those|nagging|aching|sore|stiff|chronic|everyday|daily|painful)\s+){0,2}(?:(?:neck|back|lower\s+back|shoulder|joint|muscle|knee|hip|foot|heel|period|menstrual|nerve|tooth|sinus)\s+)?(?:pain|aches?|stiffness|cramps?|headaches?|migraines?|inflammation|bloating|nausea|heartburn|indigestion|insomnia|snoring|acne|eczema|arthritis|sciatica|tension)(?![\p{L}])/giu;
// "For urinary health", "supports joint health": a health benefit the brief must give.
// One more body part of a list after the first: ", and healthy bones".
const listedBodyPart = /\s*(?:,|and|&)\s+(?:and\s+)?(?<said>(?:(?:a|your|the|normal|healthy|strong|natural|restful|better|good)\s+){0,2}(?<part>bones|joints|teeth|muscles|immunity|digestion|metabolism|memory|sleep|immune\s+(?:system|function|defences|defenses)|(?:bone|joint|heart|gut|digestive|brain|skin|eye|muscle)\s+(?:health|function|strength)))(?![\p{L}])/giu;
const healthBenefits = /(?<![\p{L}])(?:for|supports?|supporting|promotes?|promoting|boosts?|boosting|aids?|maintains?|maintaining|improves?|improving|protects?|protecting)\s+(?:healthy\s+|better\s+)?(?<area>urinary(?:\s+tract)?|joint|heart|immune|digestive|gut|dental|oral|bone|brain|kidney|liver|eye|skin\s+and\s+coat|coat|cognitive|cardiovascular|prostate|hormonal|respiratory|hip\s+and\s+joint|bladder)\s+(?:health|function|system)(?![\p{L}])|(?<![\p{L}])(?:supports?|supporting|promotes?|promoting|boosts?|boosting|strengthens?|strengthening|maintains?|maintaining|contributes?\s+to)\s+(?:(?:your|the|a|normal|healthy|strong|stronger|natural|restful|deeper|better|good|overall)\s+){0,2}(?<body>bones|joints|teeth|muscles|immunity|digestion|metabolism|memory|concentration|sleep|immune\s+(?:system|function|defences|defenses)|(?:bone|joint|heart|gut|digestive|brain|skin|eye|muscle)\s+(?:health|function|strength))(?:\s*(?:,|and|&)\s+(?:(?:a|your|the|normal|healthy|strong|natural|restful|better|good)\s+){0,2}(?:bones|joints|teeth|muscles|immunity|digestion|metabolism|memory|sleep|immune\s+(?:system|function|defences|defenses)|(?:bone|joint|heart|gut|digestive|brain|skin|eye|muscle)\s+(?:health|function|strength)))*(?![\p{L}])/giu;
// "Won't tip", "will never topple": a promise of stability that a weighted or wide base does not make.
const neverTips = /(?<![\p{L}])(?:will not|won't|wont|never|does not|doesn't|will never|cannot|can't)\s+(?:tip|tips|tip over|topple|topples|wobble|wobbles|fall over|falls over)(?![\p{L}])/giu;
const stabilityBacking = ["anti-tip", "tip-proof", "tip-resistant", "won't tip", "will not tip", "won't topple", "won't wobble"];
const stabilityWeaker = ["weighted", "wide base", "stable", "sturdy", "non-slip", "anti-slip"];
// "Fits every airline's cabin limit", "fits any car seat": an absolute fit the brief must give; "fits all your gear" is only a way of talking.
// "Fits any pocket", "fits every makeup bag": how small it is, said as a figure of speech about where it is carried.
const fitsEvery = /(?<![\p{L}])fits?\s+(?:every|all|any)\s+(?![\p{L}-]+[ \t]+(?:pockets?|bags?|purses?|backpacks?|clutch(?:es)?)(?![\p{L}]))(?!(?:your|you|my|our|the|of|kinds?|sorts?|types?|needs?|budgets?|occasions?|styles?|tastes?|pockets?|bags?|purses?|handbags?|backpacks?|rucksacks?|clutch(?:es)?|lifestyles?|schedules?|routines?|decors?|décors?|wardrobes?|outfits?|moods?)(?![\p{L}]))[\p{L}'’-]+(?:[ \t]+(?!(?:and|or|with|while|so|but|for|in|on|at)(?![\p{L}]))[\p{L}'’-]+){0,2}/giu;
// One size, or a strap that adjusts, is what "fits any head" and "one size fits all runners" restate.
const fitBacking = ["universal", "universal fit", "fits all", "fits every", "fits any", "one size", "one-size", "adjustable"];
const fitWeaker = ["fits most", "most airlines", "carry-on", "cabin-size", "cabin size", "cabin-approved"];
// "Accepted as cabin baggage by every major airline", "meets carry-on limits on every airline", "fits the overhead bin of every major airline": every airline's cabin rules, which no
// bag's size promises on its own.
const everyAirline = /(?<![\p{L}])(?:fits?|accepted|approved|allowed|welcome|meets?|complies|compliant|conforms?|satisf(?:y|ies)|passes|within)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,5}?(?:by|of|on|with|for|in)[ \t]+(?:every|all|any)[ \t]+(?:the[ \t]+)?(?:major[ \t]+)?airlines?(?:['’]s?)?(?:[ \t]+(?:cabin|carry-on|hand[ \t]+luggage)(?:[ \t]+(?:limits?|allowances?|rules|sizes?))?)?(?![\p{L}])/giu;
const fitRange = /(?<![\p{L}])fits?[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:up[ \t]+to[ \t]+)?\d+(?:[.,]\d+)?[ \t]*(?:[-–—]|to)?[ \t]*(?:\d+(?:[.,]\d+)?)?[ \t]*(?:cm|mm|in|inches|"|kg|lb)(?![\p{L}])/iu;
// "Stops pulling", "ends barking for good, guaranteed": a pet's behaviour changed for certain, which no harness or spray can promise on its own.
// "Wherever you stop pulling": the reader's own action, not the pet's behaviour changed.
const behaviourOutcomes = /(?<![\p{L}])(?<!(?:you|we|they|I)\s)(?:stops?|stopping|ends?|eliminates?|cures?|curbs?|fixes)\s+(?:(?:your\s+)?(?:dog|dogs|cat|cats|puppy|puppies|kitten|kittens|pet|pets)(?:['’]s)?\s+(?:from\s+)?)?(?<behaviour>pulling|barking|scratching|chewing|jumping|lunging|digging|marking|biting|nipping|whining|begging|spraying|howling)(?:[^.!?\n]{0,40}?\bguaranteed)?(?![\p{L}])/giu;
// "Keeps rooms warmer in winter": an effect on a home's temperature, which the brief must claim as thermal or insulating.
const thermalEffects = /(?<![\p{L}])(?:thermal\s+[\p{L}-]+\s+)?(?:keeps?|keeping|helps?\s+keep)\s+(?:the\s+|your\s+)?(?:rooms?|homes?|house|bedrooms?|spaces?|interiors?)\s+(?:warmer|cooler|warm|cool)(?:\s+in\s+(?:the\s+)?(?:winter|summer))?(?![\p{L}])/giu;
const thermalBacking = ["thermal", "insulating", "insulated", "insulation", "energy-saving", "energy saving", "heat-reducing", "thermal lining"];
const byHand = /(?<![\p{L}])(?:polished|finished|made|sewn|stitched|painted|woven|carved|poured|blown|engraved|assembled|picked|harvested|rolled|cut|set|crafted|knitted|dyed|printed|glazed|tied|bound|shaped|thrown|forged)\s+by\s+hand(?![\p{L}])/giu;
// "Non-stick", "anti-fog", "anti-ageing": a feature the brief must give; "non-stop fun" is only a way of talking.
const prefixedClaims = /(?<![\p{L}\p{N}-])(?:non|anti)-\p{L}+(?![\p{L}\p{N}]|-\p{L})/giu;
const idiomaticPrefixed = new Set(["non-stop", "non-negotiable", "non-profit", "non-essential", "anti-social", "non-existent"].map(phraseKey));
// "Real-time dashboards" is a claim about how fresh the data is; "talk in real time" is only a way of talking.
const realTime = /(?<![\p{L}\p{N}-])real(?:-|‐|)time(?![\p{L}\p{N}])/giu;
const realTimeBacking = ["real-time", "realtime", "live", "streaming", "instant", "instantly"];
// "Unlimited envelopes", "unlimited users": a plan's allowance the brief must give; "unlimited possibilities" is only a way of talking.
const unlimited = /(?<![\p{L}])unlimited\s+(?!possibilit|potential|creativ|fun\b|imagination|ways|styling|options)(?:number\s+of\s+)?\p{L}+/giu;
// "Solid walnut" on a walnut veneer, "a private onsen" at a shared one, "a full kitchen" for a kitchenette: one word stronger than the fact.
const strongerThanFacts: readonly { readonly pattern: RegExp; readonly weaker: (claim: string) => readonly string[]; readonly amenity?: boolean }[] = [
  { pattern: /(?<![\p{L}-])solid[ -](?:\d{1,2}\s?(?:k|ct|kt|karat|carat)\s+)?\p{L}+(?:\s+(?:gold|silver|wood|steel|brass|copper))?(?![\p{L}])/giu, weaker: () => ["veneer", "veneered", "plated", "gold-plated", "PVD", "vermeil", "gold-filled", "filled", "laminate", "laminated", "effect", "faux", "engineered wood", "MDF", "particleboard", "chipboard", "hollow"] },
  { pattern: /(?<![\p{L}-])(?:private|en-suite|ensuite)\s+(?:[\p{L}-]+\s+)?(?:onsen|pool|plunge pool|hot tub|jacuzzi|sauna|bathroom|shower|beach|garden|terrace|balcony|kitchen|entrance|hot spring|spa|lounge|toilet|transfers?|shuttles?|tours?|guides?|boats?|chef|driver|parking)(?![\p{L}])/giu, weaker: (claim) => ["shared", "communal", "public"].map((word) => `${word} ${claim.split(/\s+/).at(-1) ?? ""}`), amenity: true },
  // "First-class comfort" on a second-class pass; "business class" on economy seats.
  { pattern: /(?<![\p{L}-])(?:first|1st|business)[- ]class(?![\p{L}])/giu, weaker: () => ["2nd class", "second class", "second-class", "2nd-class", "standard class", "economy", "standard premier"] },
  // "Restores files on every platform" where the brief gives the feature on one system only.
  { pattern: /(?<![\p{L}-])(?:on|across|for)\s+(?:every|all|any)\s+(?:platforms?|devices?|operating systems?|OSe?s)(?![\p{L}])/giu, weaker: () => ["windows only", "macos only", "mac only", "ios only", "android only", "linux only", "only on windows", "only on mac", "only on macos", "desktop only", "mobile only", "web only", "windows-only", "mac-only"] },
  { pattern: /(?<![\p{L}-])(?:full|fully equipped|fully-equipped|full-size|full-sized)\s+kitchen(?![\p{L}])/giu, weaker: () => ["kitchenette", "mini-kitchen", "mini kitchen", "microwave", "tea and coffee"] },
];
const wateryThings = new Set(["puddle", "rain", "shower", "storm", "splash", "spill", "drizzle", "downpour"]);
// "Free from unnecessary extras", "free of nasties": a free-from whose object names nothing the brief could list.
const notThings = new Set(["a", "an", "the", "charge", "cost", "and", "or", "to", "in", "of", "water", "our", "your", "its", "unnecessary", "unwanted", "needless", "nasties", "nasty", "fuss", "hassle", "gimmicks", "distractions", "compromise", "compromises"]);

// "A private driver" from the brief's "private car": one private service named by another of its parts.
const privateServices: readonly (readonly string[])[] = [
  ["driver", "drivers", "chauffeur", "car", "cars", "vehicle", "vehicles", "transfer", "transfers", "taxi", "shuttle", "shuttles", "van", "minivan"],
  ["guide", "guides", "tour", "tours", "guided tour", "excursion", "excursions"],
];

function sameService(noun: string): string[] {
  const lower = noun.toLowerCase();
  return privateServices.find((group) => group.includes(lower))?.map((other) => `private ${other}`) ?? [];
}

/** "Pool: Shared lagoon pool", "shared airport transfer": a brief's wordings of the amenity as shared, whatever words come between. */
function sharedAmenity(claim: string): RegExp {
  const noun = (claim.split(/\s+/).at(-1) ?? "").toLowerCase().replace(/s$/, "");
  const nouns = `${noun.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:s|es)?`;
  return new RegExp(String.raw`(?<![\p{L}])(?:shared|communal|public)(?:[ \t]+[\p{L}-]+){0,2}[ \t]+${nouns}(?![\p{L}])|(?<![\p{L}])${nouns}[ \t]*:[ \t]*(?:shared|communal|public)(?![\p{L}])`, "iu");
}

// "A 12 x 5 m heated private pool", "heated bathroom floors": heat the brief must give; the claim is the one word.
const heatedAmenity = /(?<![\p{L}-])heated(?=(?:[ \t]+[\p{L}-]+){0,2}[ \t]+(?:pool|plunge pool|floors?|seats?|towel rails?|hot tub|jacuzzi|spa|mattress pad|blanket|handlebar grips?)(?![\p{L}]))/giu;
// "Real yuzu juice", "made with 100% real juice": juice in the product, which a flavour of the fruit is not.
const realJuice = /(?<![\p{L}-])(?:real|100%[ \t]+real|100%)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}juices?(?![\p{L}])/giu;
const flavourOnly = ["flavour", "flavor", "flavouring", "flavoring", "flavoured", "flavored", "aroma"];
// "65W on all three ports at once": a figure the brief gives for one port, stretched to all of them together.
const allAtOnce = /(?<![\p{L}])(?:on|across|from|through|to|over)[ \t]+(?:all|every|both|each[ \t]+of[ \t]+the)(?:[ \t]+(?:\d+|two|three|four|five|six))?(?:[ \t]+[\p{L}-]+)?[ \t]+(?<things>ports|outlets|sockets|zones|burners|devices|channels|speakers|rings)[ \t]+(?:at[ \t]+once|simultaneously|at[ \t]+the[ \t]+same[ \t]+time|together)(?![\p{L}])/giu;
// "Suitable for morning and evening use", "apply AM and PM": a time of use, which a brief's "PM only" or "for daytime" rules out.
const dayUse = /(?<![\p{L}])(?:(?:morning|AM|day|daytime)(?:[ \t]+(?:and|or|&)[ \t]+|[ \t]*\/[ \t]*)(?:evening|night|PM|nighttime|night-time)[ \t]+(?:use|application|routine|wear)|(?:use|apply|wear)[ \t]+(?:it[ \t]+)?(?:both[ \t]+)?(?:morning|AM|day)[ \t]+(?:and|&)[ \t]+(?:evening|night|PM)|(?:morning|daytime|day-time|AM)[ \t]+(?:use|application|routine|wear)|twice[ \t]+(?:a[ \t]+)?da(?:y|ily))(?![\p{L}])/giu;
const nightOnly = ["pm only", "p.m. only", "night only", "nighttime only", "night-time only", "evening only", "at night only", "only at night", "use at night", "night use only", "bedtime only"];

/** The absolute claims a text makes: listed ones ("hypoallergenic", "dishwasher-safe") and any "X-proof", "X-resistant", "X-free". */
export function readProperties(text: string): PropertyMatch[] {
  const found: PropertyMatch[] = claimMatcher.find(text).map((match) => ({ start: match.start, end: match.end, text: match.text, claim: match.value }));
  for (const match of [...readStatedAbsences(text), ...readSettingClaims(text), ...readNutritionClaims(text), ...readGemGrades(text)]) {
    if (!found.some((other) => match.start < other.end && match.end > other.start)) found.push(match);
  }
  for (const match of text.matchAll(prefixedClaims)) {
    const start = match.index;
    const end = start + match[0].length;
    if (idiomaticPrefixed.has(phraseKey(match[0])) || found.some((other) => start < other.end && end > other.start)) continue;
    const thing = match[0].replace(/^(?:non|anti)-/i, "");
    const backing = /^non/i.test(match[0]) ? [`no ${thing}`, `without ${thing}`, `${thing}-free`, `free of ${thing}`] : [];
    found.push({ start, end, text: match[0], claim: { forms: [match[0]], backing, weaker: [] } });
  }
  for (const pattern of [endorsements, byHand, neverDoes, handDone, totalEffects, nothingFails, guaranteedOutcomes, healthOutcomes, healthBenefits]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && end > other.start)) continue;
      // "Supports normal immune function and healthy bones": each body part of the list is a claim of its own, backed apart.
      const listed = pattern === healthBenefits && match.groups?.body !== undefined ? [...match[0].matchAll(listedBodyPart)] : [];
      const firstEnd = listed.length > 0 ? start + (listed[0].index ?? 0) : end;
      found.push({ start, end: firstEnd, text: text.slice(start, firstEnd), claim: { forms: [text.slice(start, firstEnd)], backing: claimBacking(match, pattern === totalEffects), weaker: [] } });
      for (const item of listed) {
        const part = item.groups?.part ?? "";
        const itemStart = start + (item.index ?? 0) + item[0].indexOf(item.groups?.said ?? part);
        const itemEnd = start + (item.index ?? 0) + item[0].length;
        const body = part.toLowerCase().split(/\s+/)[0].replace(/s$/, "");
        found.push({ start: itemStart, end: itemEnd, text: text.slice(itemStart, itemEnd), claim: { forms: [text.slice(itemStart, itemEnd)], backing: [body, `${body}s`], weaker: [] } });
      }
    }
  }
  const promises: readonly [RegExp, (match: RegExpMatchArray) => Pick<PropertyClaim, "backing" | "weaker" | "overreachOnly" | "weakerFirst" | "weakerPattern">][] = [
    [neverTips, () => ({ backing: stabilityBacking, weaker: stabilityWeaker })],
    // "Fits all wrist sizes" where the brief gives "fits wrists 15–20 cm": a range it fits outweighs its adjustable clasp.
    [fitsEvery, () => ({ backing: fitBacking, weaker: fitWeaker, weakerFirst: true, weakerPattern: fitRange })],
    [everyAirline, () => ({ backing: ["every major airline", "all major airlines", "every airline", "all airlines"], weaker: fitWeaker })],
    [behaviourOutcomes, (match) => behaviourClaim((match.groups?.behaviour ?? "").toLowerCase())],
    [thermalEffects, () => ({ backing: thermalBacking, weaker: [] })],
    [heatedAmenity, () => ({ backing: ["heated", "heating"], weaker: [] })],
    [realJuice, () => ({ backing: ["juice"], weaker: flavourOnly })],
    [allAtOnce, (match) => ({ backing: ["at once", "simultaneously", "at the same time", "combined", `all ${match.groups?.things ?? "ports"}`, "total output"], weaker: ["single port", "one port", "single-port", "single outlet", "one outlet", "single device", "one device", "single zone", "one zone", "single burner", "one burner"], overreachOnly: true })],
    [dayUse, () => ({ backing: ["morning and evening", "morning and night", "am and pm", "am pm", "twice daily", "twice a day", "day and night", "daytime", "morning"], weaker: nightOnly, overreachOnly: true })],
  ];
  for (const [pattern, claimOf] of promises) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!found.some((other) => start < other.end && end > other.start)) found.push({ start, end, text: match[0], claim: { forms: [match[0]], ...claimOf(match) } });
    }
  }
  for (const match of text.matchAll(unlimited)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!found.some((other) => start < other.end && end > other.start)) found.push({ start, end, text: match[0], claim: { forms: [match[0]], backing: ["unlimited"], weaker: [] } });
  }
  for (const { pattern, weaker, amenity } of strongerThanFacts) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && end > other.start)) continue;
      // "A private hot tub" at a stay whose brief names no hot tub at all is an amenity it lacks; one the brief names is backed unless it is shared.
      const claim: PropertyClaim = amenity
        ? { forms: [match[0]], backing: [match[0].replace(/^\S+\s+/, "").replace(/^(?:en-suite|ensuite)\s+/i, ""), ...sameService(match[0].split(/\s+/).at(-1) ?? "")], weaker: weaker(match[0]), weakerFirst: true, weakerPattern: sharedAmenity(match[0]) }
        : { forms: [match[0]], backing: [], weaker: weaker(match[0]), overreachOnly: true };
      found.push({ start, end, text: match[0], claim });
    }
  }
  for (const match of text.matchAll(realTime)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!found.some((other) => start < other.end && end > other.start)) found.push({ start, end, text: match[0], claim: { forms: [match[0]], backing: realTimeBacking, weaker: [] } });
  }
  for (const match of text.matchAll(patternClaims)) {
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((other) => start < other.end && end > other.start)) continue;
    if (genericWords.has(phraseKey(match[0]))) continue;
    const claim = patternClaim(match.groups ?? {});
    if (claim) found.push({ start, end, text: match[0], claim });
  }
  return found.filter((match) => !describesServedDish(text, match) && !reusableByNature(text, match) && !wordInOtherUse(text, match)).sort((a, b) => a.start - b.start);
}

/**
 * "Before you've even recycled the box", "pack a waterproof, bring your camera": a claim's word as a verb the reader does or as a
 * thing the reader packs, not a property of the product.
 */
function wordInOtherUse(text: string, match: PropertyMatch): boolean {
  if (/[\s-]/.test(match.text)) return false;
  const before = text.slice(Math.max(0, match.start - 14), match.start);
  if (/ed$/i.test(match.text) && /(?:(?<![\p{L}])(?:have|has|had|you|we|they|I|been)|['’](?:ve|d))[ \t]+(?:(?:just|already|even|probably|finally)[ \t]+)?$/iu.test(before)) return true;
  return /(?<![\p{L}])(?:a|an|your)[ \t]+$/iu.test(before) && /^(?:[ \t]*[,.;!?)]|[ \t]+(?:and|or|&)[ \t])/u.test(text.slice(match.end, match.end + 6));
}

// Things made to be used again ("reusable templates", "reusable components"): the word adds nothing to check.
const madeForReuse = /^[ \t]+(?:templates?|presets?|snippets?|components?|blocks?|workflows?|macros?|layouts?|themes?|modules?|patterns?)(?![\p{L}])/iu;

function reusableByNature(text: string, match: PropertyMatch): boolean {
  return /^reusable$/i.test(match.text) && madeForReuse.test(text.slice(match.end, match.end + 16));
}

// "A base for an alcohol-free cocktail", "un cóctel sin alcohol": a free-from phrase on a drink or dish the product goes into.
const servedDishes = /^(?:cocktails?|mocktails?|drinks?|cóctel(?:es)?|coctel(?:es)?|bebidas?|boissons?|recipes?|recetas?|recettes?|bakes?|dishes|dish|platos?|plats?|meals?)$/iu;

const intoDish = /(?<![\p{L}])(?:for|in|into|of)\s+(?:an?|the|your)?\s*$/iu;

function describesServedDish(text: string, match: PropertyMatch): boolean {
  if (/^(?:sans|sin|ohne)\s/iu.test(match.text)) return servedDishes.test(wordsBefore(text, match.start, 1)[0] ?? "");
  if (!/free/iu.test(match.text)) return false;
  return servedDishes.test(wordsAfter(text, match.end, 1)[0] ?? "") && intoDish.test(text.slice(Math.max(0, match.start - 12), match.start));
}

/** Other wordings of a matched claim that a brief may use: "hand-finished" for "finished by hand", "joint support" for "supports joint health". */
function claimBacking(match: RegExpMatchArray, totalEffect: boolean): string[] {
  const byHandVerb = /^(\p{L}+)\s+by\s+hand$/iu.exec(match[0])?.[1];
  if (byHandVerb) return [`hand-${byHandVerb}`, `hand ${byHandVerb}`, `hand${byHandVerb}`];
  const verb = match.groups?.verb;
  if (verb) return [`${verb} by hand`, `hand${verb}`];
  const area = match.groups?.area;
  if (area) return [`${area} health`, `${area} support`, `${area} function`, `${area} care`];
  // "Supports strong bones" on a brief that names bones at all ("for normal bones", "bone health").
  const body = match.groups?.body?.toLowerCase().split(/\s+/)[0].replace(/s$/, "");
  if (body) return [body, `${body}s`];
  // "Blocks 100% of UV" restates "100% UV protection" (and UV400); "blocks all outside noise", "blocks all noise".
  const total = /(?:all|every|100%\s+of)\s+(.+)$/iu.exec(match[0]);
  if (total && totalEffect) {
    const thing = total[1].trim();
    const head = thing.split(/\s+/)[0];
    return [`100% ${thing}`, `100% ${head}`, `all ${thing}`, ...(/^uv/i.test(head) ? ["uv400", "uv 400"] : [])];
  }
  return [];
}

/** "Stops pulling" is backed only by a brief that says so; "no-pull" or "reduces pulling" is the weaker fact it stretches. */
function behaviourClaim(behaviour: string): Pick<PropertyClaim, "backing" | "weaker"> {
  const stem = behaviour.replace(/ing$/, "");
  return {
    backing: [`stops ${behaviour}`, `stop ${behaviour}`, `ends ${behaviour}`],
    weaker: [`no-${stem}`, `no ${stem}`, `anti-${stem}`, `reduces ${behaviour}`, `discourages ${behaviour}`, `helps reduce ${behaviour}`, `less ${behaviour}`],
  };
}

const surfaceProcesses = /^(?:treated|coated|finished)$/i;

function patternClaim(groups: Record<string, string | undefined>): PropertyClaim | undefined {
  // "Garment-washed", "vegetable-tanned", "hand-forged": how it was made, which the brief must say.
  if (groups.treated) {
    // The brief may name the process as a noun: "triple filtration", "cold extraction", or with one qualifier between: "gold PVD coating".
    const [first, process] = groups.treated.split("-");
    const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // Or as an attribute line with the value after it: "Roast: light" for "light-roasted".
    // "DWR-treated" on a brief's "DWR finish": a treatment, a coating and a finish name one process put on a surface.
    const stem = surfaceProcesses.test(process) ? "(?:trea|coat|fini)" : process.slice(0, 4);
    return { forms: [groups.treated], backing: [], weaker: [], backingPattern: new RegExp(`(?<![\\p{L}])(?:${escaped}(?:[\\s-]+\\p{L}{2,})?[\\s-]+${stem}\\p{L}*|${stem}\\p{L}*\\s*:\\s*${escaped}(?![\\p{L}]))`, "iu") };
  }
  if (groups.proof) {
    const thing = groups.proof;
    if (notThings.has(thing.toLowerCase())) return undefined;
    // "Puddle-proof", "rain-proof": a way of saying waterproof.
    const watery = wateryThings.has(thing.toLowerCase()) ? ["waterproof", "water-proof"] : [];
    return { forms: [`${thing}-proof`], backing: [`${thing}proof`, ...watery], weaker: [`${thing}-resistant`, `${thing} resistance`, `${thing}-repellent`, ...(watery.length ? ["water-resistant", "water resistant"] : [])] };
  }
  if (groups.resistant) {
    const thing = groups.resistant;
    if (notThings.has(thing.toLowerCase())) return undefined;
    return { forms: [`${thing}-resistant`, `${thing} resistance`], backing: [`${thing}-proof`, `${thing}proof`, `${thing}-repellent`], weaker: [] };
  }
  const thing = (groups.free ?? groups.freeOf ?? "").toLowerCase();
  if (!thing || notThings.has(thing)) return undefined;
  const things = thing.split(/\s+and\s+/);
  // "Sulfates" and "sulfate", "berries" and "berry", "boxes" and "box".
  const variants = [...new Set(things.flatMap((one) => [one, one.replace(/ies$/, "y").replace(/e?s$/, ""), one.replace(/s$/, ""), `${one.replace(/s$/, "")}s`]))];
  return {
    forms: variants.map((one) => `${one}-free`),
    backing: variants.flatMap((one) => [`free of ${one}`, `free from ${one}`, `no ${one}`, `no added ${one}`, `without ${one}`, `zero ${one}`, `0% ${one}`, `non-${one}`]),
    weaker: [],
  };
}

// "Not waterproof" names the claim only to deny it: a brief that says so backs the opposite, never the claim.
const denials = ["not", "is not", "isn t", "are not", "aren t", "never"];

function affirms(briefWording: Wording, form: string): boolean {
  return briefWording.says(form) && !denials.some((denial) => briefWording.says(`${denial} ${form}`));
}

// "Dry treatment: none", "Heating: no": an attribute line whose value denies it.
const deniedLine = /^[ \t]*[^:\n]{2,40}:[ \t]*(?:none|no|n\/a|not included|not available|without)[ \t.]*$/imu;

/** Claims the brief does not make; a claim stretched from a weaker fact the brief gives is an overreach. */
export function checkProperties(copy: readonly PropertyMatch[], briefWording: Wording): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  const lines = briefWording.text.split("\n");
  const denied = lines.filter((line) => deniedLine.test(line));
  // Only what the brief affirms backs a claim: "Dry treatment: none" names the treatment to deny it.
  const kept = lines.filter((line) => !deniedLine.test(line)).join("\n");
  const affirmed = denied.length === 0 ? briefWording : new Wording(kept, restatedFacts(kept));
  // "No additives or preservatives": a brief's list that shares one "no" says "no preservatives" of each thing in it.
  const absences = new Wording(readStatedAbsences(affirmed.text).flatMap((match) => match.claim.forms).join("\n"));
  for (const match of copy) {
    const { claim } = match;
    const shared = claim.weakerFirst ? briefWording.quote(claim.weaker) ?? (claim.weakerPattern ? claim.weakerPattern.exec(briefWording.text)?.[0] : undefined) : undefined;
    if (shared) {
      const weaker = shared;
      findings.push({ start: match.start, end: match.end, text: match.text, kind: "claim-overreach", message: `"${match.text}" goes further than the brief, which says ${weaker}.`, briefValue: weaker });
      continue;
    }
    if ([match.text, ...claim.forms, ...claim.backing].some((form) => affirms(affirmed, form) || absences.says(form)) || claim.backingPattern?.test(affirmed.text)) continue;
    const denial = denied.find((line) => [match.text, ...claim.forms, ...claim.backing].some((form) => new Wording(line, restatedFacts(line)).says(form)) || claim.backingPattern?.test(line));
    if (denial) {
      const said = denial.trim();
      findings.push({ start: match.start, end: match.end, text: match.text, kind: "claim-overreach", message: `"${match.text}": the brief says ${said}.`, briefValue: said });
      continue;
    }
    const weaker = briefWording.quote(claim.weaker);
    if (claim.overreachOnly && !weaker) continue;
    findings.push({
      start: match.start,
      end: match.end,
      text: match.text,
      kind: weaker ? "claim-overreach" : "property",
      message: weaker ? `"${match.text}" goes further than the brief, which says ${weaker}.` : `"${match.text}": the brief does not say so.`,
      ...(weaker ? { briefValue: weaker } : {}),
    });
  }
  return findings;
}
