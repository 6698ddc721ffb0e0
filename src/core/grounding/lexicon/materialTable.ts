/**
 * Materials, blends and ingredients a product can be made of, by family. Each line is
 * "name|other name|…>parent": a copy that names the parent ("wool") is backed by a brief that names
 * a child ("merino wool"), never the other way round. A family's general word ("metal", "wood")
 * is backed by any member of the family.
 */
export type MaterialFamily =
  | "fibre" | "leather" | "metal" | "wood" | "plastic" | "stone" | "gem" | "glass-ceramic" | "natural"
  | "food" | "cosmetic" | "supplement" | "botanical" | "active";

export interface MaterialFamilyTable {
  readonly family: MaterialFamily;
  /** Words that stand for the whole family. */
  readonly generic: readonly string[];
  /** Ingredients and gems are counted ("almonds", "pearls"); fabrics and metals are not. */
  readonly plural: boolean;
  readonly lines: readonly string[];
}

export const materialFamilies: readonly MaterialFamilyTable[] = [
  {
    family: "fibre",
    generic: ["natural fibres", "natural fibers", "synthetic fibres", "synthetic fibers", "performance fabric", "technical fabric", "upholstery fabric"],
    plural: false,
    lines: [
      "cotton", "organic cotton>cotton", "pima cotton|supima cotton|supima>cotton", "egyptian cotton>cotton", "cotton poplin|poplin>cotton",
      "cotton canvas|canvas>cotton", "waxed canvas|waxed cotton canvas|waxed cotton>cotton canvas", "denim>cotton", "selvedge denim|selvage denim>denim",
      "chambray>cotton", "twill", "cotton twill>cotton", "jersey", "cotton jersey>cotton", "flannel", "corduroy", "seersucker", "gingham", "muslin>cotton",
      "terry|terry cloth|terrycloth>cotton", "velour", "cotton velvet>velvet", "velvet", "crushed velvet>velvet", "satin", "sateen", "cotton sateen>cotton",
      "percale>cotton", "oxford cloth", "voile", "chiffon", "organza", "tulle", "lace", "crepe", "georgette", "taffeta", "tweed", "harris tweed>tweed",
      "gabardine", "boucle|bouclé", "chenille", "fleece", "polar fleece>fleece", "sherpa", "microfiber|microfibre", "ripstop", "mesh", "spandex|elastane|lycra",
      "wool", "merino wool|merino>wool", "lambswool|lamb's wool>wool", "new zealand wool>wool", "boiled wool>wool", "virgin wool>wool", "shetland wool>wool",
      "cashmere", "mongolian cashmere>cashmere", "alpaca", "baby alpaca>alpaca", "mohair", "angora", "camel hair", "yak wool|yak>wool", "vicuña|vicuna",
      "silk", "mulberry silk>silk", "charmeuse>silk", "silk satin>silk", "raw silk>silk", "tussah silk>silk",
      "linen|flax|flax fibre|flax fiber", "flax linen|european flax linen|french linen|belgian linen>linen", "stone-washed linen|stonewashed linen>linen", "hemp", "jute", "ramie", "sisal", "seagrass", "rattan", "wicker", "cane", "raffia", "coir",
      "bamboo viscose|bamboo rayon|bamboo lyocell>viscose", "viscose|rayon", "modal", "lyocell|tencel", "cupro", "acetate", "acrylic", "polyester",
      "recycled polyester|rPET|repreve>polyester", "nylon|polyamide", "recycled nylon|econyl>nylon", "ballistic nylon>nylon", "cordura|cordura nylon>nylon",
      "parachute nylon>nylon", "ripstop nylon>nylon", "polypropylene", "olefin", "kevlar|aramid", "dyneema", "gore-tex|goretex", "neoprene", "scuba knit",
      "softshell", "polartec", "primaloft", "thinsulate", "down|down fill|down insulation|responsibly sourced down", "goose down|goose-down>down", "duck down|duck-down>down", "feather fill",
      "kapok", "horsehair", "wool felt", "oilcloth", "vinyl", "tyvek",
    ],
  },
  {
    family: "leather",
    generic: ["animal leather"],
    plural: false,
    lines: [
      "leather|genuine leather|real leather", "full-grain leather|full grain leather>leather", "top-grain leather|top grain leather>leather",
      "italian leather>leather", "nappa leather|nappa>leather", "suede>leather", "nubuck>leather", "patent leather>leather", "vegetable-tanned leather|veg-tan leather>leather",
      "cowhide|cow leather>leather", "calfskin|calf leather>leather", "lambskin|lamb leather>leather", "goatskin|goat leather>leather", "sheepskin>leather",
      "deerskin>leather", "pigskin>leather", "buffalo leather>leather", "ostrich leather>leather", "crocodile leather>leather", "snakeskin>leather",
      "shearling", "bonded leather", "vegan leather|faux leather|pu leather|polyurethane leather|leatherette|synthetic leather|pleather",
      "PU|polyurethane", "cactus leather>vegan leather", "apple leather>vegan leather", "mushroom leather|mycelium leather>vegan leather", "piñatex|pinatex>vegan leather",
      "faux fur", "real fur", "faux suede|microsuede",
    ],
  },
  {
    family: "metal",
    generic: ["metal", "metals"],
    plural: false,
    lines: [
      "steel", "stainless steel>steel", "18/8 stainless steel|18/8 stainless>stainless steel", "18/10 stainless steel>stainless steel",
      "304 stainless steel>stainless steel", "316 stainless steel|316l stainless steel|surgical steel>stainless steel", "carbon steel>steel",
      "high-carbon steel|high carbon steel>carbon steel", "damascus steel>steel", "tool steel>steel", "high-speed steel|high speed steel|HSS|hss steel>tool steel", "spring steel>steel", "galvanised steel|galvanized steel>steel",
      "powder-coated steel|powder coated steel>steel", "chrome vanadium|chrome vanadium steel|chrome-vanadium|Cr-V>steel", "chrome molybdenum|chrome-moly|chromoly|Cr-Mo>steel",
      "drop-forged steel>steel", "boron steel|hardened boron steel>steel", "hardened steel>steel", "alloy steel>steel", "manganese steel>steel", "vg-10 steel|vg10>stainless steel", "aus-8 steel>stainless steel", "s30v steel>stainless steel", "d2 steel>tool steel", "cast iron", "enamelled cast iron|enameled cast iron>cast iron", "wrought iron",
      "aluminium|aluminum", "anodised aluminium|anodized aluminum|anodized aluminium>aluminium", "aircraft-grade aluminium|aircraft-grade aluminum|6061 aluminium|6061 aluminum|7075 aluminium|7075 aluminum>aluminium",
      "titanium", "grade 2 titanium>titanium", "grade 5 titanium>titanium", "copper", "brass", "bronze", "pewter", "zinc alloy|zamak",
      "nickel", "chrome", "tungsten|tungsten carbide", "magnesium alloy", "cobalt", "carbon fibre|carbon fiber|carbon",
      "gold", "yellow gold>gold", "white gold>gold", "rose gold>gold", "10k gold|10 karat gold>gold", "14k gold|14 karat gold|14ct gold>gold",
      "18k gold|18 karat gold|18ct gold>gold", "24k gold|24 karat gold>gold", "gold vermeil|vermeil", "10k gold vermeil|10 karat gold vermeil>gold vermeil",
      "14k gold vermeil|14 karat gold vermeil|14ct gold vermeil>gold vermeil", "18k gold vermeil|18 karat gold vermeil|18ct gold vermeil>gold vermeil",
      "24k gold vermeil|24 karat gold vermeil>gold vermeil", "14k gold-filled|14 karat gold-filled|14k gold filled>gold-filled", "gold-filled|gold filled",
      "gold-plated|gold plated|gold plating",
      "silver", "sterling silver|925 silver|925 sterling silver|sterling>silver", "fine silver|999 silver>silver", "silver-plated|silver plated|silver plating",
      "platinum", "palladium", "rhodium", "rhodium-plated|rhodium plated|rhodium plating", "argentium silver>silver",
      // A plating is a finish over another metal, never the metal itself: each one the brief must name.
      "platinum-plated|platinum plated|platinum plating", "palladium-plated|palladium plated|palladium plating", "ruthenium-plated|ruthenium plated|ruthenium plating",
      "nickel-plated|nickel plated|nickel plating", "copper-plated|copper plated|copper plating", "brass-plated|brass plated|brass plating",
      "chrome-plated|chrome plated|chrome plating|chromed", "zinc-plated|zinc plated|zinc plating",
    ],
  },
  {
    family: "wood",
    generic: ["wood", "wooden", "timber", "solid wood"],
    plural: false,
    lines: [
      // Hardwood and softwood are botanical classes: "hardwood" on a pine frame is a different wood.
      "hardwood|hardwoods|solid hardwood", "softwood|softwoods",
      "oak|oak wood>hardwood", "walnut>hardwood", "maple>hardwood", "cherry wood|cherrywood>hardwood", "ash>hardwood", "beech>hardwood", "birch>hardwood", "teak>hardwood",
      "acacia>hardwood", "mango wood>hardwood", "sheesham|rosewood>hardwood", "mahogany>hardwood", "ebony>hardwood", "elm>hardwood", "alder>hardwood", "poplar>hardwood",
      "hickory>hardwood", "olive wood|olivewood>hardwood", "rubberwood>hardwood", "paulownia>hardwood", "sapele>hardwood", "wenge>hardwood", "zebrawood>hardwood",
      "padauk>hardwood", "iroko>hardwood",
      "pine>softwood", "cedar>softwood", "douglas fir|fir>softwood", "spruce>softwood", "larch>softwood", "redwood>softwood", "cypress>softwood", "hemlock>softwood", "yew>softwood",
      "white oak>oak", "red oak>oak", "european oak>oak", "american walnut|black walnut>walnut", "hard maple>maple",
      "birch plywood>plywood", "bamboo", "cork", "reclaimed wood", "plywood", "MDF", "particleboard|particle board|chipboard", "OSB|oriented strand board",
      "hardboard", "blockboard", "engineered wood", "veneer", "oak veneer>veneer", "walnut veneer>veneer",
      "kiln-dried hardwood|kiln dried hardwood>hardwood", "kiln-dried pine|kiln dried pine>pine",
    ],
  },
  {
    family: "plastic",
    generic: ["plastic", "plastics"],
    plural: false,
    lines: [
      "ABS", "polycarbonate", "tritan", "acrylic glass|plexiglass|perspex", "PVC", "TPU", "TPE", "EVA", "eva foam>eva", "HDPE", "LDPE", "polyethylene", "pet plastic",
      "silicone", "food-grade silicone>silicone", "medical-grade silicone>silicone", "rubber", "natural rubber|tree rubber|natural tree rubber>rubber", "latex>rubber",
      "synthetic rubber>rubber", "vibram|vibram rubber>rubber", "vibram megagrip>vibram", "memory foam>foam", "gel memory foam>memory foam", "latex foam>foam", "polyurethane foam|pu foam>foam", "foam", "high-density foam>foam",
      "nylon 66", "YKK|ykk zips|ykk zipper|ykk zippers", "Riri|riri zips", "melamine", "bioplastic|PLA", "recycled plastic", "ocean plastic", "resin", "epoxy resin>resin", "fibreglass|fiberglass", "kevlar composite",
      // Glues and adhesives: what holds layers together is a material the brief must name.
      "vegetable-based glue|plant-based glue|starch-based glue|starch glue|vegetable glue", "water-based glue|water-based adhesive", "PVA glue|wood glue", "hide glue|animal glue", "hot-melt glue|hot melt glue",
    ],
  },
  {
    family: "stone",
    generic: ["natural stone"],
    plural: false,
    lines: [
      "marble", "carrara marble>marble", "granite", "slate", "limestone", "travertine", "quartzite", "soapstone", "sandstone", "onyx",
      "terrazzo", "concrete", "asphalt|bitumen", "roofing felt", "terracotta|terra cotta", "clay", "pink clay|french pink clay>clay", "kaolin clay|kaolin>clay", "bentonite clay|bentonite>clay",
    ],
  },
  {
    family: "gem",
    generic: ["gemstone", "gemstones", "birthstone", "birthstones"],
    plural: true,
    lines: [
      "diamond", "lab-grown diamond|lab grown diamond|lab-created diamond|lab created diamond>diamond", "natural diamond|mined diamond>diamond",
      "cubic zirconia|CZ", "moissanite", "sapphire", "lab-created sapphire|lab-created blue sapphire|lab created sapphire>sapphire", "ruby", "emerald",
      "natural emerald>emerald", "amethyst", "topaz", "aquamarine", "garnet", "peridot", "citrine", "tourmaline", "opal", "australian opal>opal", "turquoise",
      "rose quartz>quartz", "quartz", "tanzanite", "morganite", "tiger's eye|tigers eye", "lapis lazuli|lapis", "moonstone", "labradorite", "malachite",
      "jade", "jasper", "agate", "spinel", "zircon", "pearl", "freshwater pearl>pearl", "akoya pearl|akoya>pearl", "south sea pearl>pearl",
      "tahitian pearl>pearl", "baroque pearl>pearl", "mother-of-pearl|mother of pearl", "swarovski crystal",
    ],
  },
  {
    family: "glass-ceramic",
    generic: ["ceramics"],
    plural: false,
    lines: [
      "glass", "borosilicate glass|borosilicate>glass", "tempered glass>glass", "crystal glass|lead-free crystal>glass", "recycled glass>glass", "gorilla glass>glass",
      "sapphire glass|sapphire crystal", "ceramic", "porcelain>ceramic", "bone china>ceramic", "stoneware>ceramic", "earthenware>ceramic", "enamel", "vitreous china",
    ],
  },
  {
    family: "natural",
    generic: [],
    plural: false,
    lines: [
      "paper", "kraft paper>paper", "recycled paper>paper", "cardboard", "paperboard", "coconut shell", "horn", "buffalo horn>horn", "seashell",
      "beeswax", "soy wax", "paraffin wax|paraffin", "coconut wax", "straw", "loofah", "pumice",
      // Brush and broom bristles: an animal's hair is what a brush made with synthetic fibres is not.
      "animal hair|natural hair", "goat hair>animal hair", "horsehair|horse hair>animal hair", "boar bristle|boar bristles|boar hair>animal hair",
      "badger hair>animal hair", "sable hair|kolinsky sable>animal hair", "squirrel hair>animal hair", "pony hair>animal hair", "taklon",
    ],
  },
  {
    family: "food",
    generic: [],
    plural: true,
    lines: [
      "coffee", "arabica|arabica beans|arabica coffee>coffee", "robusta>coffee", "espresso>coffee", "cold brew|cold brew coffee|cold-brew coffee>coffee", "cocoa|cacao", "cocoa butter", "chocolate>cocoa", "dark chocolate>chocolate", "milk chocolate>chocolate",
      "white chocolate>chocolate", "vanilla", "bourbon vanilla|madagascar vanilla>vanilla", "cinnamon", "nutmeg", "clove", "cardamom", "ginger", "turmeric", "saffron",
      "black pepper|pepper", "chilli|chili", "chipotle", "jalapeño|jalapeno", "habanero", "ghost pepper|ghost chilli|ghost chili|bhut jolokia>chilli", "carolina reaper>chilli", "scotch bonnet>chilli", "cayenne|cayenne pepper>chilli", "paprika", "cumin", "garlic", "roasted garlic>garlic", "onion", "basil",
      "oregano", "thyme", "rosemary", "mint|peppermint|spearmint", "sea salt|salt", "himalayan salt|pink salt>salt", "maldon salt>salt", "sugar", "cane sugar>sugar",
      "brown sugar>sugar", "coconut sugar>sugar", "honey", "manuka honey>honey", "maple syrup", "agave", "stevia", "monk fruit", "erythritol", "xylitol", "sucralose",
      "almond", "roasted almond>almond", "cashew", "peanut", "hazelnut", "pistachio", "pecan", "macadamia", "brazil nut", "pine nut", "chia seed|chia", "flaxseed",
      "sunflower seed|sunflower heart>sunflower", "sunflower", "pumpkin seed", "sesame", "oat|rolled oat|oats>oat", "wheat", "rye", "barley", "rice", "brown rice>rice",
      "quinoa", "corn|cracked corn|maize", "millet", "buckwheat", "spelt", "pea protein", "soy|soya", "whey", "whey protein>whey", "casein", "milk", "cow's milk>milk",
      "goat's milk>milk", "oat milk", "almond milk", "buttermilk", "cheese", "egg", "yogurt|yoghurt", "olive|olives", "koroneiki olive>olive", "olive oil",
      "extra virgin olive oil>olive oil", "sunflower oil", "rapeseed oil|canola oil", "palm oil", "avocado oil", "MCT oil", "apple", "banana", "strawberry",
      "raspberry", "blueberry", "cherry", "lemon", "lime", "orange juice|orange peel|sweet orange", "yuzu", "grapefruit", "mango", "pineapple", "passion fruit", "peach", "apricot", "pear",
      "fig", "medjool date", "raisin", "cranberry", "blackcurrant", "pomegranate", "coconut", "matcha", "green tea", "black tea", "oolong", "white tea", "rooibos",
      "earl grey", "chamomile", "hibiscus", "hops|hop", "citra hops>hops", "mosaic hops>hops", "malt", "yeast", "sourdough starter|rye starter", "gelatin|gelatine",
      "pectin", "tofu", "beef", "chicken", "chicken breast>chicken", "turkey", "lamb", "duck", "salmon", "tuna", "cod", "anchovy|anchovies|wild anchovy|wild anchovies>anchovy", "sardine",
      "shrimp|prawn", "krill", "mussel", "oyster", "crab", "lobster", "venison", "rabbit", "liver", "mealworm|dried mealworm>mealworm", "insect protein", "sweet potato", "potato", "pumpkin", "carrot", "spinach",
      "kale", "pea", "lentil", "chickpea", "tomato", "mushroom", "seaweed", "kelp", "spirulina", "chlorella", "ghee", "kombucha", "grape", "pinot noir", "chardonnay",
      "cabernet sauvignon", "merlot", "sauvignon blanc", "bourbon", "whisky|whiskey", "rum", "gin", "vodka", "tequila", "mezcal", "cognac", "brandy", "sherry", "sake",
    ],
  },
  {
    family: "cosmetic",
    generic: [],
    plural: true,
    lines: [
      "hyaluronic acid|sodium hyaluronate", "niacinamide", "retinol", "retinal", "retinyl palmitate>retinol", "retinoid|retinoids", "adapalene", "tretinoin", "benzoyl peroxide", "urea", "gluconolactone|PHA", "polyglutamic acid", "copper peptides>peptide", "ectoin", "madecassoside", "hydroquinone", "colloidal oatmeal", "oat extract", "mushroom extract", "rice ferment", "galactomyces", "propolis", "bee venom", "bakuchiol", "ceramide", "peptide", "squalane", "glycerin|glycerine",
      "salicylic acid|BHA", "glycolic acid|AHA", "lactic acid", "mandelic acid", "azelaic acid", "ferulic acid", "kojic acid", "tranexamic acid", "l-ascorbic acid>vitamin c",
      "zinc oxide", "titanium dioxide", "shea butter", "mango butter", "aloe vera|aloe", "centella asiatica|cica", "tea tree oil|tea tree", "rosehip oil|rosehip",
      "jojoba oil|jojoba", "argan oil|argan|moroccan argan oil>argan oil", "marula oil", "sweet almond oil", "castor oil", "coconut oil", "grapeseed oil", "sea buckthorn",
      "witch hazel", "rose water|rosewater", "allantoin", "panthenol|vitamin b5|provitamin b5", "snail mucin", "collagen", "keratin|hydrolysed keratin|hydrolyzed keratin", "caffeine", "charcoal|activated charcoal",
      "sulfates|sulphates|SLS", "parabens", "silicones", "mineral oil", "lanolin", "beeswax", "carnauba wax", "kaolin", "coconut-derived surfactants",
      "alpha arbutin|arbutin", "licorice root", "green tea extract", "vitamin c|ascorbic acid", "vitamin e|tocopherol", "vitamin a", "berry extracts", "sweet orange oil|orange oil", "bergamot",
      "bergamot oil>bergamot", "lemongrass", "lavender", "eucalyptus", "sandalwood", "vetiver", "patchouli", "ylang-ylang", "jasmine", "neroli", "frankincense",
      "cedarwood", "oud",
    ],
  },
  {
    family: "supplement",
    generic: [],
    plural: true,
    lines: [
      "vitamin d|vitamin d3|cholecalciferol", "vitamin d2>vitamin d", "vitamin k2|vitamin k", "b vitamin|vitamin b complex|b complex|b-complex vitamin|b complex vitamin",
      "vitamin b12|b12|methylcobalamin|cyanocobalamin>b vitamin", "vitamin b6>b vitamin",
      "folate|folic acid|methylfolate", "biotin", "magnesium", "magnesium glycinate>magnesium", "magnesium citrate>magnesium", "zinc", "zinc picolinate>zinc",
      "iron", "iron bisglycinate|ferrous bisglycinate>iron", "calcium", "potassium", "sodium", "selenium", "iodine", "omega-3|omega 3|omega-3s", "fish oil>omega-3", "salmon oil|wild alaskan salmon oil>fish oil", "cod liver oil>fish oil", "krill oil>omega-3",
      "algal oil>omega-3", "EPA", "DHA", "CoQ10|coenzyme q10", "creatine|creatine monohydrate", "creapure>creatine", "beta-alanine", "l-theanine", "l-glutamine|glutamine",
      "BCAA|BCAAs", "electrolytes", "melatonin", "ashwagandha", "KSM-66>ashwagandha", "rhodiola", "maca", "ginseng", "curcumin", "black pepper extract|piperine",
      "elderberry", "echinacea", "probiotics|probiotic|live cultures|live bacteria|probiotic cultures|live bacterial cultures", "prebiotics|inulin", "glucosamine", "chondroitin", "MSM", "collagen peptides>collagen", "marine collagen>collagen",
      "bovine collagen>collagen", "lion's mane", "reishi", "cordyceps", "chaga", "psyllium", "apple cider vinegar", "valerian|valerian root", "lemon balm",
      "passionflower", "5-HTP", "saw palmetto", "milk thistle", "green coffee", "spirulina", "multivitamin",
      "digestive enzymes|enzymes|enzyme blend", "bromelain", "papain", "lactase", "wheatgrass|wheat grass",
      "barley grass", "moringa",
      // Additives of pet foods and treats.
      "taurine", "l-carnitine|carnitine", "dl-methionine|methionine", "l-lysine|lysine", "beet pulp", "brewer's yeast|brewers yeast|brewers' yeast", "chicory root",
      "fructooligosaccharides", "mannan-oligosaccharides", "chelated minerals", "zeolite", "marigold extract", "colostrum", "nmn", "resveratrol", "quercetin", "berberine",
    ],
  },
  {
    family: "botanical",
    generic: [],
    plural: true,
    lines: ["catnip", "organic catnip>catnip", "silvervine", "valerian", "sisal rope|sisal>sisal", "hay", "timothy hay>hay", "alfalfa", "yucca", "green-lipped mussel"],
  },
  {
    // The active substances of flea, tick, worm and insect treatments: named, they are in the product, with no verb needed to put them there.
    family: "active",
    generic: [],
    plural: false,
    lines: [
      "fipronil", "methoprene|s-methoprene", "pyriproxyfen", "imidacloprid", "permethrin", "selamectin", "fluralaner", "afoxolaner", "sarolaner", "lotilaner",
      "moxidectin", "praziquantel", "pyrantel|pyrantel pamoate|pyrantel embonate>pyrantel", "milbemycin|milbemycin oxime", "lufenuron", "spinosad", "flumethrin", "deltamethrin",
      "nitenpyram", "ivermectin", "fenbendazole", "emodepside", "eprinomectin", "indoxacarb", "dinotefuran", "etofenprox", "cyphenothrin", "DEET", "picaridin|icaridin",
    ],
  },
];

/** Names of products that contain a material's word but say nothing about what the product is made of. */
export const nonMaterialPhrases: readonly string[] = [
  "fiddle leaf fig", "fiddle-leaf fig", "rubber plant", "snake plant", "money tree", "loaf of bread", "bread and butter", "salt of the earth", "piece of cake",
  "cherry on top", "icing on the cake", "golden hour", "gold standard", "silver lining", "heart of gold", "iron out", "lead time", "lead times", "down to",
  "down the", "upside down", "up and down", "wind down", "break down", "slow down", "calm down", "settle down", "felt like", "felt right", "glass ceiling", "sweet spot",
  "mint condition", "cream of the crop", "honey bee", "dutch oven", "french press", "olympic gold", "gold medal",
  "silver medal", "bronze medal", "tin can", "paper chase", "paper trail", "on paper", "carbon footprint", "carbon emissions", "carbon offset", "carbon offsets", "glass of", "nerves of steel", "man of steel", "cotton candy", "cotton wool", "rock solid", "stone's throw", "diamond in the rough", "golden", "clay court", "clay courts", "on clay", "grass court", "grass courts", "rose gold colour", "rose gold color",
  // "Lace up and head out", "lace-up boots": the laces are tied, no lace is worn. "Long after the wrapping paper is gone": the gift's paper.
  "lace up", "lace-up", "laces up", "lacing up", "wrapping paper", "gift wrap",
  // "Nights under canvas": camping in a tent, whatever the tent is made of.
  "under canvas",
  // Shops and vessels named after what they sell or hold: "the paper shop", "a margarita glass".
  "paper shop", "paper round", "marble run", "marble runs", "wine glass", "wine glasses", "margarita glass", "pint glass", "shot glass", "champagne glass", "cocktail glass", "beer glass",
];
