/**
 * INCI names (the International Nomenclature of Cosmetic Ingredients, the Latin-based names an EU
 * or US cosmetics label lists) of the botanicals and actives copy names in plain English, keyed by
 * the English name the material table opens its line with. Beauty briefs and Shopify exports often
 * copy the label's list ("Butyrospermum Parkii Butter, Cocos Nucifera Oil"); copy says "shea butter
 * and coconut oil", which that list backs. Each entry gives the ingredient's INCI name and the
 * genus-and-species phrase alone, as lists also write it without "Seed Oil" or "Extract".
 */
export const inciNames: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ["shea butter", ["butyrospermum parkii butter", "butyrospermum parkii", "vitellaria paradoxa butter", "vitellaria paradoxa"]],
  ["cocoa butter", ["theobroma cacao seed butter", "theobroma cacao"]],
  ["mango butter", ["mangifera indica seed butter", "mangifera indica"]],
  ["jojoba oil", ["simmondsia chinensis seed oil", "simmondsia chinensis"]],
  ["argan oil", ["argania spinosa kernel oil", "argania spinosa"]],
  ["coconut oil", ["cocos nucifera oil", "cocos nucifera"]],
  ["sweet almond oil", ["prunus amygdalus dulcis oil", "prunus amygdalus dulcis"]],
  ["castor oil", ["ricinus communis seed oil", "ricinus communis"]],
  ["grapeseed oil", ["vitis vinifera seed oil"]],
  ["marula oil", ["sclerocarya birrea seed oil", "sclerocarya birrea"]],
  ["rosehip oil", ["rosa canina fruit oil", "rosa canina seed oil", "rosa canina", "rosa rubiginosa seed oil", "rosa rubiginosa"]],
  ["sunflower oil", ["helianthus annuus seed oil", "helianthus annuus", "sunflower seed oil"]],
  ["olive oil", ["olea europaea fruit oil", "olea europaea"]],
  ["avocado oil", ["persea gratissima oil", "persea gratissima", "persea americana oil"]],
  ["sea buckthorn", ["hippophae rhamnoides fruit oil", "hippophae rhamnoides"]],
  ["beeswax", ["cera alba", "cera flava"]],
  ["carnauba wax", ["copernicia cerifera cera", "copernicia cerifera wax", "copernicia cerifera"]],
  ["aloe vera", ["aloe barbadensis leaf juice", "aloe barbadensis leaf extract", "aloe barbadensis"]],
  ["tea tree oil", ["melaleuca alternifolia leaf oil", "melaleuca alternifolia"]],
  ["witch hazel", ["hamamelis virginiana water", "hamamelis virginiana extract", "hamamelis virginiana"]],
  ["green tea extract", ["camellia sinensis leaf extract", "camellia sinensis"]],
  ["centella asiatica", ["centella asiatica extract"]],
  ["rose water", ["rosa damascena flower water"]],
  ["lavender", ["lavandula angustifolia oil", "lavandula angustifolia", "lavandula officinalis"]],
  ["eucalyptus", ["eucalyptus globulus leaf oil", "eucalyptus globulus"]],
  ["chamomile", ["chamomilla recutita flower extract", "chamomilla recutita", "matricaria recutita", "anthemis nobilis"]],
  ["rosemary", ["rosmarinus officinalis leaf extract", "rosmarinus officinalis leaf oil", "rosmarinus officinalis"]],
  ["mint", ["mentha piperita oil", "mentha piperita", "mentha spicata"]],
  ["lemon", ["citrus limon peel oil", "citrus limon"]],
  ["sweet orange oil", ["citrus aurantium dulcis peel oil", "citrus aurantium dulcis", "citrus sinensis peel oil"]],
  ["bergamot", ["citrus aurantium bergamia fruit oil", "citrus aurantium bergamia", "citrus bergamia"]],
  ["neroli", ["citrus aurantium amara flower oil"]],
  ["lemongrass", ["cymbopogon flexuosus oil", "cymbopogon citratus", "cymbopogon flexuosus"]],
  ["frankincense", ["boswellia carterii oil", "boswellia carterii", "boswellia sacra"]],
  ["sandalwood", ["santalum album oil", "santalum album"]],
  ["ylang-ylang", ["cananga odorata flower oil", "cananga odorata"]],
  ["cedarwood", ["cedrus atlantica bark oil", "cedrus atlantica"]],
  ["patchouli", ["pogostemon cablin oil", "pogostemon cablin"]],
  ["vetiver", ["vetiveria zizanoides root oil", "vetiveria zizanoides"]],
  ["vitamin e", ["tocopheryl acetate"]],
  ["vitamin c", ["sodium ascorbyl phosphate", "ascorbyl glucoside", "ascorbyl palmitate"]],
  ["panthenol", ["d-panthenol", "dexpanthenol"]],
]);
