/**
 * French, Spanish and German names of the materials and ingredients copy most often names, keyed by
 * the English name the material table opens its line with: "diamant" is a diamond and a brief naming
 * a diamond backs it. Names that are also English words ("or", "lino", "diamante", "duvet", "chocolate",
 * "Titan") are left out, because English copy would read as a material it never named.
 */
export const foreignMaterialNames: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ["cotton", ["coton", "algodón", "baumwolle"]],
  ["wool", ["laine", "lana", "wolle"]],
  ["linen", ["lin", "leinen"]],
  ["silk", ["soie", "seda", "seide"]],
  ["cashmere", ["cachemire", "cachemira", "kaschmir"]],
  ["leather", ["cuir", "cuero", "leder"]],
  ["goose down", ["duvet d'oie", "duvet d’oie", "plumón de oca", "gänsedaunen"]],
  ["duck down", ["duvet de canard", "plumón de pato", "entendaunen"]],
  ["steel", ["acier", "acero", "stahl"]],
  ["stainless steel", ["acier inoxydable", "acier inox", "acero inoxidable", "edelstahl"]],
  ["silver", ["argent", "plata", "silber"]],
  ["copper", ["cuivre", "cobre", "kupfer"]],
  ["titanium", ["titane", "titanio"]],
  ["carbon fibre", ["fibre de carbone", "fibra de carbono", "kohlefaser", "carbonfaser"]],
  ["oak", ["chêne", "roble", "eiche"]],
  ["walnut", ["noyer", "nogal", "nussbaum"]],
  ["bamboo", ["bambou", "bambú", "bambus"]],
  ["glass", ["verre", "vidrio", "glas"]],
  ["ceramic", ["céramique", "cerámica", "keramik"]],
  ["porcelain", ["porcelaine", "porcelana", "porzellan"]],
  ["diamond", ["diamant"]],
  ["pearl", ["perle", "perla"]],
  ["shea butter", ["beurre de karité", "manteca de karité", "sheabutter"]],
  ["argan oil", ["huile d'argan", "huile d’argan", "aceite de argán", "arganöl"]],
  ["honey", ["miel", "honig"]],
  ["almond", ["amande", "almendra", "mandel"]],
  ["lavender", ["lavande", "lavanda", "lavendel"]],
]);
