/**
 * Absolute product claims that the brief must state. Each line is
 * "claim|other wording :: wordings in a brief that back it :: weaker or neighbouring facts":
 * copy that makes the claim when the brief holds only a neighbouring fact overreaches
 * ("water-resistant" becoming "waterproof", "vegan" becoming "cruelty-free").
 * The claim's own wordings always back it. "X-proof", "X-resistant" and "X-free" that are
 * not listed here are read by pattern.
 */
export const propertyLines: readonly string[] = [
  "submersible|fully submersible :: IPX8|IP68 :: water-resistant|water resistant|water-repellent|waterproof|IPX7|IP67|IPX4|IPX5|IPX6",
  "waterproof|fully waterproof|watertight|water-proof :: IPX7|IPX8|IP67|IP68|submersible :: water-resistant|water resistant|water resistance|water-repellent|water repellent|splash-proof|splashproof|splash-resistant|weather-resistant|weatherproof|IPX4|IPX5|IPX6|IP54|IP55|IP65|IP66|ATM|sweat-resistant|sweat resistance|sweatproof",
  "water-resistant|water resistant|water resistance|water-repellent|water repellent :: waterproof|IPX4|IPX5|IPX6|IPX7|IPX8|IP54|IP55|IP65|IP66|IP67|IP68|ATM|DWR :: ",
  "weatherproof|weather-proof|all-weather :: waterproof :: weather-resistant|water-resistant",
  // Sweat and splashes are water: a water-resistance rating of IPX4 or more, or the words, back resisting them.
  "sweat-resistant|sweat resistant|sweat resistance|splash-resistant|splash resistant|splash resistance :: water-resistant|water resistant|water resistance|waterproof|splash-proof|splashproof|IPX4|IPX5|IPX6|IPX7|IPX8|IP54|IP55|IP56|IP65|IP66|IP67|IP68 :: ",
  "cruelty-free|cruelty free|not tested on animals|never tested on animals :: Leaping Bunny|PETA cruelty-free|Beauty Without Bunnies :: vegan|plant-based|vegetarian|PETA-Approved Vegan",
  "vegan|100% vegan|plant-based|plant based|suitable for vegans|vegan-friendly :: vegan society|certified vegan|V-Label :: vegetarian|cruelty-free",
  "vegetarian|veggie|suitable for vegetarians|vegetarian-friendly :: vegan|plant-based :: ",
  "hypoallergenic|hypo-allergenic :: :: sensitive skin|nickel-free|fragrance-free|dermatologist tested",
  "non-toxic|nontoxic|non toxic :: :: BPA-free|food-grade|food grade",
  "organic|certified organic :: USDA Organic|GOTS|Soil Association|EU organic|JAS organic|ecocert|COSMOS :: natural",
  "non-GMO|GMO-free|non GMO :: Non-GMO Project :: organic",
  "kosher :: :: ", "halal :: :: ",
  "keto|keto-friendly|keto friendly :: :: low-carb|low carb|sugar-free|zero sugar",
  "paleo|paleo-friendly :: :: ",
  "biodegradable :: compostable :: recyclable|recycled|plastic-free",
  "compostable|home compostable :: :: biodegradable|recyclable",
  "recyclable|fully recyclable|100% recyclable :: :: recycled",
  "dishwasher-safe|dishwasher safe :: :: hand wash|hand-wash",
  "microwave-safe|microwave safe :: :: ",
  "oven-safe|oven safe|ovenproof|oven-proof :: :: ",
  "freezer-safe|freezer safe :: :: ",
  "machine washable|machine-washable|machine wash|machine-wash :: washable|machine washable :: hand wash|hand-wash|spot clean|surface washable|surface wash|surface-wash|wipe clean",
  "tumble dry|tumble-dry :: :: ",
  "shelf-stable|shelf stable|no refrigeration needed|no refrigeration required|no need to refrigerate|needs no refrigeration :: refrigeration not required|refrigeration not needed|does not need refrigeration|doesn't need refrigeration|no fridge needed|room temperature storage :: store in the fridge|keep in the fridge|keep refrigerated|refrigerate after opening|store refrigerated|keep chilled",
  "dermatologist tested|dermatologist-tested|dermatologically tested|dermatologically-tested :: dermatologist recommended|dermatologist approved :: ophthalmologist tested|allergy tested",
  "dermatologist recommended|dermatologist-recommended|dermatologist approved|dermatologist-approved|dermatologically approved|dermatologically recommended|dermatologically proven :: :: dermatologist tested|dermatologically tested",
  "ophthalmologist tested|ophthalmologist-tested :: :: dermatologist tested",
  "safe for contact lens wearers|suitable for contact lens wearers|safe for contact lenses|suitable for contact lenses|contact lens friendly|contact-lens friendly|contact lens safe|safe for sensitive eyes|suitable for sensitive eyes :: contact lens|contact lenses|sensitive eyes :: ophthalmologist tested|ophthalmologist-tested",
  "hallmarked|fully hallmarked|hallmark stamped :: hallmark|assay office|assayed :: ",
  "floats|buoyant|unsinkable|floats in water|floats if dropped :: float|floating|buoyancy :: ",
  "heated pool|heated plunge pool|heated swimming pool|heated infinity pool|heated indoor pool|heated outdoor pool|heated floors|heated floor|heated bathroom floors|underfloor heating|heated seats|heated towel rail|heated towel rails :: heated :: ",
  "antioxidant-rich|rich in antioxidants|packed with antioxidants|loaded with antioxidants|full of antioxidants|high in antioxidants|bursting with antioxidants|antioxidant-packed :: antioxidant|antioxidants :: ",
  "clinically proven|clinically-proven|clinically shown|clinically demonstrated :: :: clinically tested|clinical study",
  "clinically tested|clinically-tested :: clinically proven|clinical study|clinical trial :: ",
  // Studied in trials: a claim about the evidence behind an ingredient, which the brief must make.
  "clinically studied|clinically-studied|clinically researched|clinically validated|clinically backed|clinically-backed|backed by clinical research|backed by clinical studies :: clinical study|clinical studies|clinical trial|clinical trials|clinically proven|clinically shown :: clinically tested",
  // Keeping heat in or out is a property of the fabric or fill, which the brief must give.
  "thermal-insulating|thermally insulating|thermal insulating|heat-insulating|insulating|thermal insulation :: insulated|insulation|insulating|thermal|insulate :: ",
  // Testing programmes run by a third party back a claim of independent testing.
  "third-party tested|third party tested|3rd-party tested|independently tested|independently verified :: NSF|Informed Sport|Informed Choice|USP verified|lab tested|IFOS|BSCG|Labdoor|ConsumerLab|Clean Label Project|third-party certified|independently certified :: ",
  "lab tested|lab-tested|laboratory tested :: third-party tested :: ",
  "vet recommended|vet-recommended|veterinarian recommended|vet approved|vet-approved :: :: ",
  "pediatrician recommended|paediatrician recommended|pediatrician-recommended :: :: ",
  "doctor recommended|doctor-recommended|dentist recommended :: :: ",
  "non-comedogenic|noncomedogenic :: :: oil-free",
  "reef safe|reef-safe|reef friendly|reef-friendly :: :: mineral|zinc oxide",
  "pH-balanced|pH balanced :: pH :: ",
  "antibacterial|anti-bacterial|antimicrobial|anti-microbial|kills 99.9% of bacteria :: :: odour-resistant|odor-resistant",
  "carbon-neutral|carbon neutral|climate-neutral|climate neutral|net-zero|net zero :: climate neutral certified :: recycled|sustainable",
  "conflict-free|conflict free :: Kimberley Process :: lab-grown|lab-created|recycled",
  "ethically sourced|responsibly sourced|ethically mined|responsibly mined|ethically made|ethically produced|ethically harvested :: fair trade|Fairtrade|RDS|RWS :: ",
  "handmade|hand-made|handcrafted|hand-crafted|made by hand :: hand-stitched|hand-sewn|hand-woven|hand woven|hand-tufted|hand-poured|hand-blown|hand-engraved|hand-painted|hand-knitted|hand-thrown|hand-strung|hand strung|strung by hand|hand-assembled|hand-finished|hand-carved|hand-beaded|hand-tied|hand-sewn|hand-stamped :: ",
  "hand-stitched|hand stitched|hand-sewn|hand sewn :: handmade :: ",
  "hand-woven|hand woven|handwoven :: handmade :: ",
  "hand-finished|hand finished|finished by hand :: hand-rolled|hand rolled|hand-stitched|hand-sewn|hand-polished|hand-painted|hand-sanded|hand-oiled|hand-waxed|hand-glazed|hand-embroidered|hand-burnished|hand-edged :: ",
  "grass-fed|grass fed :: pasture-raised :: ",
  "free-range|free range :: pasture-raised :: ",
  // A fish the brief calls "wild" ("wild anchovy & sardine", "wild Alaskan salmon") was caught, not farmed.
  "wild-caught|wild caught :: wild anchovy|wild anchovies|wild sardine|wild sardines|wild salmon|wild alaskan|wild fish|wild-sourced|wild cod|wild mackerel|wild tuna|wild krill :: ",
  "pasture-raised|pasture raised :: :: grass-fed|free-range",
  "cold-pressed|cold pressed :: :: ",
  "small-batch|small batch|small batches :: :: ",
  "shade-grown|shade grown :: :: ", "sun-dried|sun dried :: :: ", "stone-ground|stone ground :: :: ", "hand-picked|hand picked|handpicked :: :: ",
  "hand-harvested|hand harvested :: hand-picked :: ", "barrel-aged|barrel aged :: :: ", "slow-roasted|slow roasted :: :: ", "wood-fired|wood fired :: :: ",
  "non-irradiated :: :: ", "sun-ripened|vine-ripened|tree-ripened|sun ripened :: :: ", "air-popped|air popped :: :: ", "kettle-cooked|kettle cooked :: :: ", "hand-cooked|hand cooked :: :: ", "stone-baked|stone baked :: :: ",
  "steam-distilled|steam distilled :: :: ", "cold-brewed|cold brewed :: cold brew :: ", "slow-cooked|slow cooked :: :: ", "sprouted :: :: ", "freeze-dried|freeze dried :: :: ",
  "hand-loomed|hand loomed :: :: handmade", "garment-dyed|garment dyed :: :: ", "piece-dyed|piece dyed :: :: ", "yarn-dyed|yarn dyed :: :: ",
  "plant-dyed|plant dyed|naturally dyed|vegetable-dyed :: :: ", "enzyme-washed|enzyme washed :: :: ", "pre-washed|prewashed :: :: ", "pre-shrunk|preshrunk :: :: ", "hand-knitted|hand knitted :: :: handmade", "hand-painted|hand painted :: :: handmade", "unpasteurised|unpasteurized :: raw :: ", "sugar-free|sugar free|zero sugar|zero sugars|zero-sugar :: no sugar :: no added sugar|low sugar|low in sugar|reduced sugar",
  "single-origin|single origin :: :: ",
  "suitable for coeliacs|suitable for celiacs|coeliac-friendly|celiac-friendly|coeliac-safe|celiac-safe :: gluten-free|gluten free :: ",
  // How fast a connection is: "fast Wi-Fi" on a brief that only lists Wi-Fi is a claim it does not make.
  "fast wi-fi|fast wifi|high-speed wi-fi|high-speed wifi|high speed wi-fi|high-speed internet|superfast wi-fi|superfast broadband|ultra-fast wi-fi|ultrafast wi-fi|lightning-fast wi-fi|speedy wi-fi|fibre broadband|fiber broadband|gigabit internet|gigabit wi-fi :: :: wi-fi|wifi|internet|broadband",
  "made to order|made-to-order :: :: ",
  "limited edition|limited-edition :: :: ",
  "lifetime warranty|lifetime guarantee|guaranteed for life|lifetime motor warranty|lifetime frame warranty|lifetime limited warranty|limited lifetime warranty|lifetime parts warranty :: :: warranty|guarantee",
  // A projector or screen that takes a 4K signal and shows it at 1080p is no native 4K one.
  "native 4K|true 4K|native 4K resolution|true 4K resolution|native 4K UHD|native 2160p :: native 4K|native 2160p|native 3840 :: accepts 4K|4K input|4K inputs|4K compatible|4K support|supports 4K|4K signal|4K decoding",
  "damp-rated|damp rated|wet-rated|wet rated|damp-location rated|wet-location rated :: damp location|wet location|UL damp|UL wet :: ",
  "through expiry|through expiration|until expiry|until expiration|at expiry|at expiration|until the expiry date|until the expiration date|through the best-before date :: :: at manufacture|at time of manufacture|at the time of manufacture",
  "noise-cancelling|noise cancelling|noise-canceling|noise canceling|active noise cancellation|ANC :: :: noise-isolating|noise isolating|passive noise",
  "wireless charging :: Qi|MagSafe :: ",
  // A watch rated 5 ATM (50 m) or more is made for swimming; 3 ATM only for splashes.
  "swim-proof|swimproof|swim proof|safe for swimming|suitable for swimming|swim-ready :: 5 ATM|5ATM|10 ATM|10ATM|20 ATM|5 bar|10 bar|20 bar|50 m|100 m|200 m|50 metres|100 metres|IPX8|IP68|swimming :: water-resistant|water resistant|3 ATM|3 bar|30 m|splash-proof|splash resistant|IPX7|IP67",
  // Kinds of one thing that rule each other out: a brief that names one backs no other.
  "optical image stabilisation|optical image stabilization|optical stabilisation|optical stabilization|OIS :: :: electronic image stabilisation|electronic image stabilization|electronic stabilisation|electronic stabilization|image stabilisation: electronic|image stabilization: electronic|EIS|digital image stabilisation|digital stabilisation|digital stabilization",
  "optical zoom :: :: digital zoom",
  "hand-knotted|hand knotted|handknotted :: :: hand-tufted|hand tufted|handtufted|machine-made|machine made|power-loomed|hand-loomed|flatweave|flat-woven|hand-hooked",
  "hand-tufted|hand tufted|handtufted :: :: hand-knotted|machine-made|machine made|power-loomed|hand-loomed|hand-hooked",
  "polarised|polarized|polarised lenses|polarized lenses|polarisation|polarization :: :: ",
  "photochromic|photochromatic|light-adaptive lenses :: :: ",
  "fast charging|fast-charging|quick charge|rapid charging :: Power Delivery|PD|USB PD|USB-PD|Quick Charge|PPS|SuperVOOC|Warp Charge :: ",
  "unbreakable|shatterproof|shatter-proof :: :: shatter-resistant|break-resistant|tempered glass|durable",
  "indestructible :: :: chew-resistant|tough|durable|heavy-duty",
  "scratch-proof|scratchproof :: :: scratch-resistant|scratch resistance",
  "stain-proof|stainproof :: :: stain-resistant|stain resistance|stain-repellent",
  "rustproof|rust-proof|will never rust|won't rust :: :: rust-resistant|corrosion-resistant|stainless|galvanised|galvanized|powder-coated",
  "fireproof|fire-proof :: :: fire-resistant|flame-retardant|flame resistant",
  "flame-retardant|flame retardant|fire-retardant|fire retardant :: fireproof|fire-proof :: fire-resistant|fire resistant|flame-resistant|flame resistant",
  // A result promised from the first go: an outcome claim the brief must make, whatever the result is.
  "after one use|after a single use|after the first use|after first use|from the first use|after one application|after a single application|after the first application|after one wash|after one session|after a single session|after one treatment|after a single treatment :: :: ",
  "wrinkle-free|wrinkle free :: :: wrinkle-resistant|crease-resistant",
  "leak-proof|leakproof :: :: leak-resistant|spill-resistant",
  "won't leak|will not leak|never leaks|doesn't leak|does not leak :: leak-proof|leakproof|leak proof|leak-free :: leak-resistant|spill-resistant",
  "no added fragrance|fragrance-free|fragrance free|no fragrance :: unscented|scent-free|no perfume|perfume-free :: ",
  "shockproof|shock-proof :: MIL-STD-810G|MIL-STD-810H :: shock-resistant|shock-absorbing|drop-resistant",
  "smudge-proof|smudgeproof :: :: smudge-resistant|long-wearing|long-lasting",
  "tarnish-free|tarnish-proof|never tarnish|won't tarnish|will not tarnish :: :: tarnish-resistant|rhodium-plated|sterling silver",
  "nickel-free|nickel free :: :: hypoallergenic",
  "recycled|reclaimed|upcycled :: :: recyclable",
  "patented|patent-pending|patent pending :: :: ", "cold-process|cold process|cold-processed :: :: ", "triple-milled|triple milled|french-milled :: :: ",
  "heat-treated|heat treated :: :: ", "forged|hand-forged|drop-forged :: :: ", "induction-hardened|induction hardened :: :: ", "cryogenically treated|cryo-treated :: :: ", "nitrided|nitride-coated :: :: ",
  "medical-grade|medical grade :: :: food-grade", "human-grade|human grade :: :: food-grade", "military-grade|military grade|mil-spec :: MIL-STD-810G|MIL-STD-810H :: ", "aerospace-grade|aerospace grade :: :: ",
  "surgical-grade|surgical grade :: surgical steel|316L :: stainless steel", "food-grade|food grade|food-safe|food safe :: :: BPA-free", "commercial-grade|commercial grade :: :: ",
  "all-natural|all natural|100% natural :: :: natural", "chemical-free|chemical free :: :: natural",
  "family-owned|family owned|family-run|family run :: :: ", "woman-owned|women-owned|black-owned|veteran-owned|employee-owned :: :: ",
  "beachfront|beach-front|oceanfront|ocean-front :: :: beach|sea views|sea view", "lakefront|lake-front :: :: lake", "waterfront :: :: ",
  "ski-in ski-out|ski-in/ski-out :: :: ",
  "on every plan|on all plans|in every plan|in all plans|with every plan|with all plans|included in every plan|included in all plans|every plan includes|all plans include :: every plan|all plans :: plan available|available on|add-on|optional|selected plans|select plans|higher plans|higher tiers|enterprise plan|business plan|paid plans|premium plan",
  "open-source|open source :: :: ", "self-hosted|self hosted :: :: ", "on-premise|on-premises|on-prem :: :: ",
  "end-to-end encrypted|end-to-end encryption|E2EE :: :: encrypted|encryption|AES-256", "zero-knowledge :: :: end-to-end encryption",
  "OLED|AMOLED :: :: IPS|LCD|QLED|Mini-LED|LED", "QLED :: :: IPS|LCD|OLED|LED", "Mini-LED|mini LED :: :: IPS|LCD|OLED|LED", "IPS :: :: LCD|OLED|VA|TN",
  "e-ink|E Ink :: :: LCD",
  "reversible :: :: ", "resealable|re-sealable :: :: ", "packable|packs into its own :: packs into|packs down :: ", "crushable :: :: ",
  "foldable|folds flat|fold-flat :: folding|folds :: ", "collapsible :: collapses|folding|foldable :: ", "stackable :: stacks :: ", "expandable :: expands :: ",
  "convertible :: converts :: ", "removable :: detachable :: ", "detachable :: removable :: ", "replaceable :: :: ", "rechargeable :: recharge|recharges|USB-C :: ",
  "refillable :: refill|refills :: ", "reusable :: :: ", "dimmable :: dimmer|brightness levels|brightness settings|brightness modes|adjustable brightness|dimming|stepless brightness :: ", "programmable :: :: ", "lockable :: lock|locks :: ",
  "wall-mountable|wall mountable|wall-mounted :: wall mount|wall bracket :: ", "odourless|odorless|unscented :: fragrance-free|scent-free :: ",
  "no artificial colours|no artificial colors|no artificial colouring|no artificial coloring :: free of artificial colours|free from artificial colours :: ",
  "no artificial flavours|no artificial flavors :: free of artificial flavours :: ", "no preservatives|preservative-free|preservative free :: :: ",
  "no artificial sweeteners :: sweetener-free :: ", "no added sugar|no added sugars :: sugar-free|zero sugar|no sugar :: ",
  // A keyless chuck or a quick-release changes without a tool.
  "tool-free|tool free|no tools needed|no tools required :: keyless|quick-release|quick release|tool-less|toolless :: ",
  // Levels of electronic signature, each stronger than the one before: "legally binding under eIDAS" backs the simple one only.
  "qualified electronic signature|qualified electronic signatures|qualified e-signature|qualified e-signatures|qualified signatures :: QES :: eIDAS|advanced electronic signature|advanced electronic signatures|ESIGN",
  "advanced electronic signature|advanced electronic signatures|advanced e-signatures :: AdES|qualified electronic signature|qualified electronic signatures :: eIDAS|ESIGN",
  "seam-sealed|fully seam-sealed|sealed seams|taped seams|fully taped seams|welded seams|seam-taped :: :: ",
  "moisture-wicking|moisture wicking|sweat-wicking :: wicking|wicks :: ",
  "quick-drying|quick-dry|quick drying|fast-drying :: dries quickly|dries fast :: ",
  // A bumper, a cushioned sole and a drop test are each a way of absorbing shock.
  "shock-absorbing|shock absorbing|shock-absorbent|shock-absorption :: absorbs shock|shock absorption|anti-vibration|vibration-dampening|shockproof|bumper|bumpers|drop tested|drop-tested|drop protection|cushioned|cushioning :: ",
  "not plated|never plated|solid gold|solid silver|solid sterling silver|solid platinum|solid 9k gold|solid 10k gold|solid 14k gold|solid 18k gold|solid 22k gold|solid 24k gold :: solid :: gold-plated|gold plated|plated|vermeil|gold-filled|gold filled",
  "calorie-free|zero-calorie|zero calorie|zero calories|no calories|0 calories :: 0 kcal|0kcal|zero kcal|0 cal :: low calorie|low-calorie",
  "fat-free|zero fat|no fat|0% fat :: :: low fat|low-fat", "carb-free|zero carbs|zero carb|no carbs :: :: low carb|low-carb",
  "hourly|every hour :: :: daily|every day|nightly|weekly",
  "suitable for sensitive skin|safe for sensitive skin|ideal for sensitive skin|perfect for sensitive skin|gentle enough for sensitive skin|kind to sensitive skin :: sensitive skin :: fragrance-free|hypoallergenic|soap-free|gentle",
  "suitable for acne-prone skin|for acne-prone skin :: acne-prone :: non-comedogenic",
  // Going without a cable is what a wireless connection is.
  "cable-free|wire-free|cord-free|wireless :: wireless|bluetooth|cordless|wi-fi|wifi :: ",
  // A product made for one skin or hair type stretched to every one.
  "all skin types|every skin type|any skin type|all hair types|every hair type|any hair type :: :: oily skin|dry skin|combination skin|normal skin|sensitive skin|mature skin|oily hair|dry hair|curly hair|fine hair|thick hair|coloured hair",
  // Any phone or device at all, which a named connection (Bluetooth, USB-C) does not promise.
  "works with all phones|work with all phones|works with any phone|work with any phone|compatible with all phones|compatible with any phone|works with all devices|work with all devices|compatible with all devices|works with any device|work with any device|works with every phone|compatible with every device :: universal|all phones|all devices|any device|any phone :: ",
  // Any mount at all: a bike light, a phone holder or a bracket that fits every bar, stroller or wall is a claim of its own.
  "fits any handlebar|fits all handlebars|mounts on any handlebar|mounts to any handlebar|fits every handlebar|fits any bike|fits all bikes|fits any stroller|fits all strollers|fits any pram|fits all prams|fits any car|fits all cars|fits any car seat|fits all car seats|fits any wall|fits any door|fits all doors|fits any bottle|fits any tripod :: universal|all handlebars|any handlebar|all bikes|any bike|all strollers|any stroller|all prams|all cars|any car|all car seats|all doors|any door :: ",
  "molecularly distilled|molecularly-distilled|molecular distillation :: :: ", "dust-extracted|dust extracted :: dust-free :: ",
  "fully assembled|arrives assembled|comes assembled|arrives fully assembled|comes fully assembled|ready assembled|pre-assembled|preassembled|no assembly required|no assembly needed|no assembly :: :: easy assembly|simple assembly|quick assembly",
  "indoor and outdoor use|indoor or outdoor use|indoor/outdoor use|outdoor use|for outdoor use|suitable for outdoors|outdoor-safe|indoors and outdoors|indoors and out :: outdoor|outdoors|outside|weatherproof|all-weather :: indoor use|indoors", // Board bases climb: all-inclusive adds drinks to full board, which adds dinner to half board.
  "all-inclusive|all inclusive :: :: full board|full-board|half board|half-board|breakfast included|bed and breakfast",
  "full board|full-board :: all-inclusive|all inclusive :: half board|half-board|breakfast included|bed and breakfast",
  // Every meal of a stay, said without the trade's word for it.
  "all meals included|all meals are included|with all meals|all meals provided|every meal included|three meals a day :: full board|full-board|all-inclusive|all inclusive|all meals :: half board|half-board|breakfast and dinner|dinner and breakfast|breakfast included|bed and breakfast|breakfast|dinner",
  ...foreignFreeFromLines(),
];

/**
 * French, Spanish and German copy says "X-free" as "sans X", "sin X" and "Xfrei"; the brief may say it in
 * English or in the copy's own language. Mirrors the things English copy most often calls itself free of.
 */
function foreignFreeFromLines(): string[] {
  const things: readonly (readonly [english: string, french: string, spanish: string, german: string])[] = [
    ["gluten", "gluten", "gluten", "gluten"], ["lactose", "lactose", "lactosa", "laktose"], ["dairy", "produits laitiers", "lácteos", "milch"],
    ["sugar", "sucre", "azúcar", "zucker"], ["added sugar", "sucres ajoutés", "azúcares añadidos", "zuckerzusatz"], ["parabens", "parabènes", "parabenos", "parabene"],
    ["alcohol", "alcool", "alcohol", "alkohol"], ["fragrance", "parfum", "perfume", "duftstoffe"], ["palm oil", "huile de palme", "aceite de palma", "palmöl"],
    ["preservatives", "conservateurs", "conservantes", "konservierungsstoffe"], ["bpa", "bpa", "bpa", "bpa"], ["silicones", "silicones", "siliconas", "silikone"],
    ["sulfates", "sulfates", "sulfatos", "sulfate"], ["gmo", "ogm", "ogm", "gentechnik"], ["soy", "soja", "soja", "soja"], ["nuts", "fruits à coque", "frutos secos", "nüsse"],
  ];
  return things.map(([english, french, spanish, german]) => {
    const germanWord = german.includes(" ") ? `frei von ${german}` : `${german}frei`;
    const claims = [`sans ${french}`, `sin ${spanish}`, germanWord, `ohne ${german}`];
    // "Paraben-free" and "parabens-free" both occur in briefs.
    const singular = english.replace(/s$/, "");
    const backing = [...new Set([english, singular])].flatMap((one) => [`${one}-free`, `${one} free`, `free of ${one}`, `free from ${one}`, `no ${one}`, `without ${one}`, `zero ${one}`]);
    return `${claims.join("|")} :: ${backing.join("|")} :: `;
  });
}

/** "X-proof", "X-resistant" and "X-free" words that are marketing language, with nothing to check. */
export const genericPropertyWords: readonly string[] = [
  "foolproof", "fool-proof", "future-proof", "futureproof", "idiot-proof", "recession-proof", "hassle-free", "worry-free", "stress-free", "care-free", "carefree",
  "effort-free", "clutter-free", "fuss-free", "mess-free", "guilt-free", "trouble-free", "pain-free", "risk-free", "interest-free", "duty-free", "tax-free",
  "toll-free", "ad-free", "fee-free", "commission-free", "royalty-free", "hands-free", "frizz-free", "streak-free", "tangle-free", "lint-free", "glare-free",
  "stress-resistant", "sun-washed", "sun-kissed",
];
