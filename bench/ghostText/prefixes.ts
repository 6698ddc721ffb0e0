/**
 * Product copy cut where a writer pauses: after a complete word (the next word needs a space),
 * after a space, inside a word, and after a full stop. Each sits under a Markdown title, as in a
 * draft document.
 */
export type CutKind = "wordEnd" | "afterSpace" | "midWord" | "sentenceEnd";

export interface GhostPrefix {
  readonly title: string;
  readonly text: string;
  readonly cut: CutKind;
}

const wordEnd: ReadonlyArray<[string, string]> = [
  ["Merino Trail Sock", "Our merino trail sock keeps your feet dry and"],
  ["Linen Summer Shirt", "Cut from washed linen, this shirt feels light and"],
  ["Canvas Tote Bag", "The tote is sewn from heavy organic canvas with a"],
  ["Ceramic Pour-Over Set", "Brewing a slow morning cup with this set is simple and"],
  ["Trail Running Shoe", "A grippy rubber outsole bites into loose gravel, so you can"],
  ["Bamboo Cutting Board", "This cutting board is made from solid bamboo that"],
  ["Wool Throw Blanket", "Draped over the sofa, the throw adds warmth and a"],
  ["Insulated Water Bottle", "The double-walled steel bottle keeps drinks cold for"],
  ["Leather Card Wallet", "Slim enough for a front pocket, the wallet holds six cards and"],
  ["Organic Face Cream", "The cream absorbs quickly and leaves your skin feeling"],
  ["Standing Desk", "With one touch the desk rises to your height, and the motor is"],
  ["Kids' Rain Jacket", "Bright colours make this jacket easy to spot on a"],
];

const afterSpace: ReadonlyArray<[string, string]> = [
  ["Cast Iron Skillet", "Preseasoned and ready to cook, this skillet goes from the stove to the "],
  ["Noise-Cancelling Headphones", "Long flights feel shorter when the cabin noise fades and your "],
  ["Yoga Mat", "The natural rubber mat grips the floor and stays "],
  ["Herbal Tea Blend", "A calming blend of chamomile, lemon balm and "],
  ["Hiking Backpack", "Padded shoulder straps spread the load so you can walk "],
  ["Scented Soy Candle", "Hand-poured in small batches, each candle burns clean for "],
  ["Wireless Charger", "Set your phone on the pad and it starts "],
  ["Espresso Grinder", "Steel burrs grind evenly for a rich, "],
  ["Cotton Bath Towel", "Woven from long-staple cotton, the towel is soft on the skin and "],
  ["Garden Hose", "The kink-free hose stretches across the yard and "],
];

const midWord: ReadonlyArray<[string, string]> = [
  ["Waterproof Boot", "Sealed seams and a waterpr"],
  ["Silk Pillowcase", "Smooth silk is gentle on hair and helps reduce fri"],
  ["Down Jacket", "Responsibly sourced down traps heat while staying lightwei"],
  ["Running Shorts", "A built-in liner and quick-dry fab"],
  ["Desk Lamp", "The adjustable arm lets you point the light exac"],
  ["Travel Mug", "A leakproof lid means you can toss the mug in your b"],
  ["Dog Bed", "The orthopedic foam supports older dogs with sore joi"],
  ["Reading Glasses", "Lightweight frames sit comfortably on the no"],
];

const sentenceEnd: ReadonlyArray<[string, string]> = [
  ["Merino Beanie", "Soft merino wool keeps your head warm without itching. "],
  ["Chef's Knife", "The blade is forged from a single piece of high-carbon steel. "],
  ["Plant Pot", "Each pot is thrown by hand and glazed in muted earth tones. "],
  ["Bike Light", "Two hundred lumens light up the road ahead on dark evenings. "],
  ["Linen Apron", "This apron has two deep pockets and an adjustable neck strap. "],
  ["Weighted Blanket", "Even pressure across the body helps many people settle into sleep. "],
  ["Smart Thermostat", "The thermostat learns your routine within a week. "],
  ["Picnic Blanket", "A waterproof backing keeps you dry on damp grass. "],
  ["Cashmere Scarf", "Knitted in Scotland from pure cashmere, the scarf is light but warm. "],
  ["Camping Stove", "The stove folds down to the size of a fist and boils water in minutes. "],
];

function entries(cut: CutKind, list: ReadonlyArray<[string, string]>): GhostPrefix[] {
  return list.map(([title, text]) => ({ title, text, cut }));
}

export const ghostPrefixes: readonly GhostPrefix[] = [
  ...entries("wordEnd", wordEnd),
  ...entries("afterSpace", afterSpace),
  ...entries("midWord", midWord),
  ...entries("sentenceEnd", sentenceEnd),
];

/** The document as the editor holds it: a title, a blank line, then the copy up to the cursor. */
export function documentBefore(prefix: GhostPrefix): string {
  return `# ${prefix.title}\n\n${prefix.text}`;
}
