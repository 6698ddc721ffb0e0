/**
 * What kind of thing a product is, by the shelf it sits on: a copy that calls a sock "this toque"
 * names another product of the same shelf. Each shelf lists kinds; a kind lists, "|" between them,
 * the words a shop uses for one kind of thing, near synonyms and the broader word included, so a
 * beanie called "this hat" or a cardigan "this knit" is never read as another product. A kind may
 * stand on two shelves ("bed": home and pets). Only whole products are here, never parts ("strap",
 * "lid") or materials, and never words a description uses for other things ("top", "pack", "light").
 */
export const productShelves: readonly (readonly string[])[] = [
  // Clothing, footwear and what is worn with them.
  [
    "sock", "hat|cap|beanie|toque|bobble hat|bucket hat", "scarf|snood", "glove|mitten", "jacket|coat|parka|anorak|gilet|vest|windbreaker",
    "shirt|t-shirt|tee|blouse|polo", "sweater|jumper|pullover|cardigan|hoodie|sweatshirt|knit|fleece", "dress", "skirt",
    "trousers|pants|jeans|chinos|leggings|joggers", "shorts", "shoe|sneaker|trainer|boot|sandal|slipper|loafer", "belt", "tie",
    "bra", "pyjamas|pajamas", "robe|dressing gown", "swimsuit|bikini",
  ],
  // Cups, pots and what a kitchen cooks or serves with.
  [
    "mug|cup|tumbler|glass", "bottle|flask", "jug|pitcher|carafe", "kettle", "teapot", "bowl", "plate|dish", "pan|skillet|frying pan|saucepan|wok",
    "knife", "chopping board|cutting board", "toaster", "blender",
  ],
  // Furniture and furnishings.
  [
    "chair|armchair|stool", "table|desk", "sofa|couch|settee", "bed", "shelf|shelving|bookcase|bookshelf", "cabinet|wardrobe|dresser|sideboard",
    "lamp", "rug", "cushion|pillow", "blanket|throw", "duvet|quilt|comforter", "curtain|drape", "candle", "vase", "mirror", "clock",
  ],
  // Devices and their accessories.
  [
    "earbuds|earphones|headphones|headset", "speaker|soundbar", "charger|power bank|adapter", "cable", "keyboard", "mouse", "monitor",
    "laptop", "phone|smartphone", "smartwatch|watch|fitness tracker", "camera|webcam", "router", "projector", "hub|dock", "microphone",
  ],
  // Skin, hair and make-up.
  [
    "serum|essence", "cream|moisturiser|moisturizer|lotion|balm|butter", "cleanser|face wash", "toner|mist", "face mask|mask", "shampoo",
    "conditioner", "lipstick|lip tint", "mascara", "foundation", "perfume|fragrance|cologne", "sunscreen|sun cream", "deodorant",
  ],
  // Tools.
  ["drill|drill driver", "saw", "hammer|mallet", "wrench|spanner", "screwdriver", "sander", "ladder", "vacuum|hoover"],
  // Camping and sport.
  ["tent|shelter", "sleeping bag", "sleeping mat|sleeping pad", "backpack|rucksack|daypack", "yoga mat", "helmet", "bike|bicycle", "hammock"],
  // Pets' things.
  ["collar", "lead|leash", "harness", "bed", "crate", "litter tray|litter box", "scratching post|cat tree", "fountain", "feeder"],
];
