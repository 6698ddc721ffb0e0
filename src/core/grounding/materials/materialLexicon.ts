import { foreignMaterialNames } from "../lexicon/foreignMaterialNames";
import { inciNames } from "../lexicon/inciNames";
import { materialFamilies, type MaterialFamily } from "../lexicon/materialTable";
import { PhraseMatcher, phraseKey, type LexiconEntry } from "../text/phraseMatcher";

/** One material of the lexicon, with the materials it is a kind of. */
export interface Material {
  readonly id: string;
  readonly name: string;
  readonly family: MaterialFamily;
  /** Its parent, the parent's parent, and so on ("merino wool" → "wool"). */
  readonly ancestors: readonly string[];
  /** The family's general word ("metal"): backed by any member of the family. */
  readonly generic: boolean;
}

function buildMaterials(): Map<string, Material> {
  const parents = new Map<string, string>();
  const partial = new Map<string, { name: string; family: MaterialFamily; forms: string[]; generic: boolean }>();
  for (const table of materialFamilies) {
    for (const word of table.generic) partial.set(`${table.family}:${phraseKey(word)}`, { name: word, family: table.family, forms: [word], generic: true });
    for (const line of table.lines) {
      const [formsText, parent] = line.split(">");
      const forms = formsText.split("|");
      const id = phraseKey(forms[0]);
      if (!partial.has(id)) partial.set(id, { name: forms[0], family: table.family, forms, generic: false });
      if (parent) parents.set(id, phraseKey(parent));
    }
  }
  const materials = new Map<string, Material>();
  for (const [id, entry] of partial) {
    const ancestors: string[] = [];
    for (let parent = parents.get(id); parent && !ancestors.includes(parent); parent = parents.get(parent)) ancestors.push(parent);
    materials.set(id, { id, name: entry.name, family: entry.family, ancestors, generic: entry.generic });
  }
  return materials;
}

export const materialsById = buildMaterials();

function entriesOf(plural: boolean): LexiconEntry<Material>[] {
  const entries: LexiconEntry<Material>[] = [];
  for (const table of materialFamilies) {
    if (table.plural !== plural) continue;
    for (const word of table.generic) {
      const material = materialsById.get(`${table.family}:${phraseKey(word)}`);
      if (material) entries.push({ forms: [word], value: material });
    }
    for (const line of table.lines) {
      const forms = line.split(">")[0].split("|");
      const material = materialsById.get(phraseKey(forms[0]));
      if (material) entries.push({ forms: [...forms, ...(foreignMaterialNames.get(forms[0]) ?? []), ...(inciNames.get(forms[0]) ?? [])], value: material });
    }
  }
  return entries;
}

const countedEntries = entriesOf(true);
const uncountedEntries = entriesOf(false);
// "Ceramic-tourmaline grille", "silk-cashmere blend": two materials a hyphen joins are each named.
const oneWordMaterials = new Set([...countedEntries, ...uncountedEntries].flatMap((entry) => entry.forms).filter((form) => !/[\s-]/.test(form)).map((form) => form.toLowerCase()));
const pairsWith = (word: string) => oneWordMaterials.has(word);
// A later phrase that names only what an earlier one names more closely ("goose down insulation") leaves the earlier standing.
const keepsEarlier = (earlier: Material, later: Material) => earlier.ancestors.includes(later.id);
export const countedMaterialMatcher = new PhraseMatcher(countedEntries, { plural: true, pairsWith, keepsEarlier });
export const uncountedMaterialMatcher = new PhraseMatcher(uncountedEntries, { pairsWith, keepsEarlier });

/** The material a kind of thing comes down to: "merino wool" and "wool" are both wool. */
export function rootOf(material: Material): string {
  return material.ancestors[material.ancestors.length - 1] ?? material.id;
}
