/**
 * Certifications, seals and standards a product can claim. Each line is "name|other name|…".
 * Standards written as a body and a number (ISO 27001, EN 131, ASTM F963) and ingress ratings
 * (IP67, IPX4) are read by pattern, not listed here.
 */
export const certificationLines: readonly string[] = [
  // Textiles and materials
  "GOTS|global organic textile standard|gots certified|gots-certified", "oeko-tex|oeko-tex standard 100|oekotex|oeko tex", "bluesign|bluesign approved",
  "fair trade|fairtrade|fair trade certified|fair-trade", "FSC|fsc certified|forest stewardship council", "PEFC", "responsible wool standard|RWS",
  "responsible down standard|RDS|rds certified", "global recycled standard|GRS", "recycled claim standard|RCS", "organic content standard|OCS",
  "better cotton|better cotton initiative|BCI", "cradle to cradle|cradle to cradle certified|C2C", "leather working group|LWG", "woolmark", "higg index",
  "certipur-us|certipur", "greenguard|greenguard gold", "carb compliant|carb phase 2|carb2", "tsca title vi", "eu ecolabel", "nordic swan",
  // Food, drink, supplements
  "usda organic", "certified organic|organic certified", "eu organic", "soil association", "jas organic|JAS", "non-gmo project verified|non-gmo project",
  "kosher|certified kosher|ou kosher", "halal|certified halal", "rainforest alliance|rainforest alliance certified", "msc certified|MSC|marine stewardship council",
  "asc certified|ASC", "friend of the sea", "demeter|biodynamic", "PDO|protected designation of origin|DOP|AOP", "PGI|protected geographical indication|IGP",
  "DOC|DOCG", "AOC", "nsf certified|NSF", "nsf certified for sport", "informed sport|informed choice", "IFOS|ifos certified|ifos 5-star|ifos five-star|international fish oil standards", "IKOS", "IGEN", "GMP|gmp-certified|gmp certified|cGMP",
  "fda-approved|fda approved", "fda-registered|fda registered", "fda-cleared|fda cleared", "USP verified", "B Corp|certified b corp|b corporation",
  "VOHC|vohc accepted|vohc seal", "AAFCO", "FEDIAF", "BRC", "SQF", "HACCP", "whole30 approved", "keto certified", "paleo certified", "certified gluten-free|GFCO",
  "vegan society|certified vegan", "v-label", "leaping bunny|leaping bunny certified", "peta approved|peta-approved|peta cruelty-free", "ecocert", "cosmos organic|cosmos",
  "NATRUE", "ewg verified", "climate neutral certified", "carbon trust", "1% for the planet", "plastic negative", "creapure", "KSM-66",
  // Electrical, electronics, safety
  "crash-tested|crash tested|crash-test certified", "CE|ce marked|ce-marked|ce certified", "UKCA", "ul listed|ul certified|UL", "etl listed|etl-listed|etl certified|etl-certified|etl mark|ETL Listed Mark", "FCC|fcc certified", "RoHS|rohs compliant", "REACH compliant|REACH-compliant|REACH regulation|EU REACH|REACH certified|reach compliant",
  "WEEE", "energy star", "qi-certified|qi certified|wpc certified", "mfi certified|MFi", "works with alexa certified", "matter certified",
  "GIA|gia certified|gia graded|gemological institute of america", "IGI|igi certified", "AGS", "HRD", "kimberley process", "dolby atmos", "dolby vision", "DTS:X", "HDR10|HDR10+", "thx certified|THX", "hi-res audio", "aptx|aptx hd|aptx adaptive", "LDAC", "imax enhanced",
  "mil-std-810g|mil-std-810h|mil-std 810", "tüv|tuv|tüv certified|tuv certified|tüv-siegel|tüv siegel|tüv-zertifiziert|tüv zertifiziert|tüv-geprüft|tüv geprüft|geprüfte sicherheit", "GS mark", "kitemark|bsi kitemark", "CPSC|cpsc compliant", "CPSIA",
  "MIPS", "UIAA|uiaa certified", "en 12492", "snell", "DOT approved", "ECE 22.06", "wras approved|WRAS",
  "watermark", "nsf/ansi 61",
  // Security ratings of locks and doors, each grade its own rating: "Sold Secure Gold" is no "Sold Secure Silver".
  "sold secure diamond|sold secure diamond rated", "sold secure gold|sold secure gold rated", "sold secure silver|sold secure silver rated", "sold secure bronze|sold secure bronze rated",
  "sold secure|sold secure approved|sold secure rated", "secured by design", "ts007|ts 007", "art 2|art-2|art2 certified",
  // A certificate by a profession rather than a named body: as checkable as a named one.
  "medically certified|medically approved|medically validated|clinically certified|clinically validated|medical-grade certified",
  // A standards body named as the standard met ("Standard: EN 131, ANSI"): a claim as checkable as a numbered standard.
  "ANSI|ansi certified|ansi compliant|ansi approved|ansi-approved", "ASTM|astm certified|astm compliant", "OSHA compliant|osha-compliant", "HEPA|true HEPA|HEPA filter|HEPA filtration|HEPA-grade|H13 HEPA|HEPA H13|H14 HEPA|HEPA H14", 
  // Software, data, security
  // A SOC 2 report of one type is no report of the other: Type II tests the controls over months, Type I at one date.
  "SOC 2|SOC2", "soc 2 type ii|soc 2 type 2|soc2 type ii", "soc 2 type i|soc 2 type 1|soc2 type i", "SOC 1", "iso 27001|iso/iec 27001", "HIPAA|hipaa compliant", "GDPR|gdpr compliant|gdpr-compliant",
  "CCPA", "PCI DSS|PCI-DSS|pci compliant", "FedRAMP", "fedramp moderate", "fedramp high", "fedramp low", "StateRAMP", "cyber essentials|cyber essentials plus",
  "HITRUST", "CSA STAR", "TISAX", "eIDAS", "ESIGN|esign act", "UETA", "21 cfr part 11", "WCAG|wcag 2.1|wcag 2.2", "section 508", "VPAT", "FERPA", "COPPA",
  "DPF|data privacy framework", "AES-256", "AES-128", "fips 140-2|fips 140-3", "G2 Leader", "gartner magic quadrant",
  // Air travel: an airline's or an aviation body's approval, as checkable as a named seal.
  "airline-approved|airline approved|airline-compliant|airline compliant|approved for air travel|flight-approved|flight approved|airplane-approved|aircraft-approved|plane-approved|IATA-compliant|IATA compliant",
  // Hospitality
  "forbes travel guide", "aaa four diamond|aaa five diamond", "green key",
  "green globe", "LEED|leed certified", "BREEAM", "passivhaus",
];
