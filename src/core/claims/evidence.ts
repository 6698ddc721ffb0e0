import type { DisclaimerKind, EvidenceKind } from "./claimRule";
import { baseLexicons } from "./lexicons";

/*
 * Evidence is read case-sensitively: "EN 13432" is a standard, "en 13432" is not, and a certifier
 * is a name ("by Control Union"), not "by our experts".
 */
const standardBody = String.raw`(?:ISO(?:\/IEC)?|IEC|EN|BS(?:\s+EN)?|ASTM|ANSI(?:\/[A-Z]+)?|DIN(?:\s+EN)?|UL|CSA|AS\/NZS|MIL-STD|MIL-SPEC|JIS|SAE|NFPA|NIOSH|IEEE|ETSI|CPSIA|EPA\s+Reg\.?(?:\s+No\.?)?)`;
const evidencePatterns: Readonly<Record<EvidenceKind, readonly RegExp[]>> = {
  // "ASTM D-4236": a standard's letter may take a hyphen before its number.
  standard: [new RegExp(String.raw`(?<![\p{L}\p{N}])${standardBody}[\s-]?[A-Z]?-?\d`, "u"), /(?<![\p{L}\p{N}])IP(?:X|\d)\d(?![\p{L}\p{N}])/u],
  certification: [
    // A licence, certificate or registration number.
    // A scheme's reference may open with digits and use dots ("ref. 18.HUS.12345").
    /(?<![\p{L}])(?:[Ll]icen[cs]e|[Cc]ertificate|[Cc]ert\.|[Rr]egistration|[Ll]isting|[Rr]eg\.|[Rr]ef(?:erence)?\.?|[Mm]ember(?:ship)?|[Ff]ile|[Rr]eport|FRN|ID)\s*(?:[Nn]o\.?|[Nn]umber|#|ID|[Cc]ode)?\s*:?\s*[A-Z0-9]{0,6}[-\s.]?[A-Z]{0,4}[-.]?\d{3,}/u,
    // The scheme's code right after the word: "Green Key certified, GK-PT-0198", "certified: BIO-DE-006".
    /(?<![\p{L}])(?:[Cc]ertified|[Aa]ccredited|[Rr]egistered|[Ll]icensed|[Vv]erified)[,:]?\s+(?:[Nn]o\.?\s*|#\s*)?[A-Z]{2,}(?:[-.][A-Z0-9]{1,6})*[-.]\d{3,}(?![\p{L}\p{N}])/u,
    // A code in brackets, as certifiers print them: (FSC-C012345), or after the scheme's name: (TUV AUSTRIA OK compost HOME S0832).
    /\((?:[A-Z]{2,}[\s-])+[A-Z]?\d{3,}\)/u,
    /\((?=[^()\n]*?\p{Lu}{2,})[^()\n]{2,60}?\s[A-Z]{0,3}-?\d{3,}\)/u,
    // Certified to a standard named in full: "certified to the RJC Chain-of-Custody standard", "to OEKO-TEX Standard 100".
    /(?<![\p{L}])(?:[Cc]ertified|[Aa]ccredited|[Aa]udited|[Aa]pproved|[Vv]erified|[Gg]raded|[Rr]egistered|[Ll]icensed|[Ii]nspected|[Tt]ested)\s+(?:[\p{L}-]+\s+){0,3}?(?:to|under|against)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}&-]*\s+)(?:(?:\p{Lu}[\p{L}\p{N}&-]*|of|for|and|&)\s+){0,5}?(?:[Ss]tandards?|[Ss]cheme|[Pp]rotocol|[Cc]ode)(?![\p{L}])/u,
    // A scheme named by its initials before the word: "GOTS certified", "GMP-certified", "FSC®-certified",
    // or with the level it awards between ("GREENGUARD Gold certified", "LEED Platinum certified").
    /(?<![\p{L}])\p{Lu}{2,}[\p{Lu}\p{N}&]*(?:[®™]|\s+(?:Gold|Silver|Bronze|Platinum|Plus|Premium|Select|Basic|Advanced))?[\s-](?:certified|approved|registered|listed|accredited)(?![\p{L}])/u,
    // A scheme that names the standard it certifies to between its name and the word: "OEKO-TEX Standard 100 certified".
    /(?<![\p{L}])\p{Lu}{2,}[\p{Lu}\p{N}&]*(?:-\p{Lu}{2,}[\p{Lu}\p{N}&]*)?\s+(?:Standard|Class|Level|Grade|Category|Type)\s+\d{1,4}[A-Z]?[\s-](?:certified|approved|registered|listed|accredited)(?![\p{L}])/u,
    // Certified, with the body that certifies named in brackets after it: "Green Key certified since 2022
    // (Foundation for Environmental Education)". A body is two or more capitalised words, not the seller's own.
    /(?<![\p{L}])(?:[Cc]ertified|[Aa]ccredited|[Aa]pproved|[Vv]erified|[Rr]egistered|[Ll]icensed|[Aa]udited)(?![\p{L}])[^()\n.!?]{0,40}\((?:by\s+|the\s+)?(?!(?:Our|Your|My|We|Us|In-house|Internal|Own|The\s+brand)(?![\p{L}]))\p{Lu}[\p{L}&'’-]+(?:\s+(?:(?:for|of|and|&|the|on|de|du|des|für)\s+)?\p{Lu}[\p{L}&'’-]+){1,6}(?:[,;]\s*(?:award|licen[cs]e|certificate|cert\.|ref(?:erence)?\.?|no\.?|number|ID)\s*(?:no\.?|number|#)?\s*:?\s*[A-Z0-9][A-Z0-9./-]{3,20})?\)/u,
    // A real scheme named in words, whose body issues it and can be asked: "Leaping Bunny certified".
    /(?<![\p{L}])(?:Leaping\s+Bunny|Fairtrade|Fair\s+Trade(?:\s+USA)?|Rainforest\s+Alliance|Soil\s+Association|B\s+Corp(?:oration)?|Cradle\s+to\s+Cradle|Energy\s+Star|ENERGY\s+STAR|Vegan\s+Society|Carbon\s+Trust|Cruelty\s+Free\s+International|Forest\s+Stewardship\s+Council|Marine\s+Stewardship\s+Council|Global\s+Organic\s+Textile\s+Standard|Responsible\s+(?:Wool|Down)\s+Standard|Woolmark|Kitemark|Informed\s+(?:Sport|Choice)|NSF\s+Certified\s+for\s+Sport|BSCG|Cologne\s+List|Demeter|Bluesign|bluesign|Climate\s+Neutral|Non-GMO\s+Project|USDA\s+Organic|Certified\s+Humane)(?:[\s-]?(?:®|™))?[\s-](?:certified|approved|accredited|verified|registered)(?![\p{L}])/u,
  ],
  study: [/(?<![\p{L}\p{N}])\d[\d,]*\s+(?:[\p{L}-]+\s+){0,2}?(?:people|participants|volunteers|subjects|women|men|adults|patients|customers|clients|users|respondents|consumers|dogs|cats|pets|owners|children|parents|families|households|businesses|companies|vets|doctors|dermatologists|testers|shoppers|teams|workspaces|accounts|stores|merchants|retailers|organi[sz]ations|firms|deployments|implementations|installations|rollouts|sites|schools|groomers|CIOs|CTOs|CISOs|CFOs|CEOs|executives|leaders|managers|decision[-\s]makers|specialists|experts|professionals|clinicians|physicians|nurses|dentists|pharmacists|surgeons|paediatricians|pediatricians|podiatrists|engineers|accountants|lawyers|teachers|athletes|chefs|stylists|hairdressers|trainers|tradespeople|tradesmen|tradespersons|builders|electricians|plumbers|mechanics|drivers|cyclists|runners|gardeners|farmers|students|travell?ers|guests|members|subscribers|readers|homeowners|buyers)(?![\p{L}])/iu],
  award: [/(?<![\p{L}])(?:[Aa]wards?|[Aa]warded|[Pp]rize|[Mm]edal|[Ww]inner|[Ww]on|[Nn]amed|[Rr]ated|[Vv]oted|[Rr]anked|[Ss]eal|[Qq]uadrant|[Cc]hoice|[Oo]f\s+the\s+[Yy]ear)(?![\p{L}])[^\n]*?(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])|(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])[^\n]*?(?:[Aa]wards?|[Pp]rize|[Mm]edal|[Cc]hoice)(?![\p{L}])/u],
  measurement: [/(?<![\p{L}\p{N}])\d[\d,.]*\s?(?:°C|°F|mm|cm|m|metres|meters|ft|feet|bar|atm|psi|kg|lbs?|N|Nm|J|joules|hours|hrs|h|minutes|years|cycles|washes|drops)(?![\p{L}\p{N}])/u],
  // An attribution to someone else, dated, so a reader can look the ranking up. The seller's own
  // records and an unnamed "a survey" are no outside source.
  source: [
    /(?<![\p{L}])(?:[Aa]ccording\s+to|[Ss]ource:|[Dd]ata\s+from|[Ff]igures\s+from|[Aa]s\s+(?:ranked|listed|measured|recorded|published|reported)\s+(?:by|in))\s+(?!(?:our|us|we|my|its|their|internal|in[-\s]house|a|an|some|recent)(?![\p{L}]))[^.!?\n]{0,80}?(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/u,
    // A named panel or data house whose figures are cited with their period ("NielsenIQ data for the
    // 12 weeks to 2 March 2025"); the seller's own or an unnamed set ("Our data", "Sales figures") is not.
    /(?<![\p{L}])(?!(?:Our|Your|My|We|Internal|In-house|Own|Company|Sales|Customer|Recent|Latest|New|Early|Some|Survey|Market|Retail|Industry|Independent|Third-party|The|This|These|Their|Its|Official|Published|Booking|Order|Review|Website|Store|Shop)(?![\p{L}]))\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3}\s+(?:(?:sales|market|retail|panel|consumer|till|scan)\s+)?(?:data|figures|rankings|statistics|research)\s+(?:for|from|covering|over|in)\s+[^.!?\n]{0,60}?(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/u,
    // The same idea led by "According to": a named data house and the kind of its data, with the
    // period anywhere later in the sentence ("According to GfK retail panel data, … in Q2 2024").
    /(?<![\p{L}])[Aa]ccording\s+to\s+(?!(?:Our|Your|My|We|Internal|In-house|Own|Company|Sales|Customer|Recent|Latest|New|Some|The|This|These|Their|Its)(?![\p{L}]))\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3}['’]?s?\s+(?:(?:sales|market|retail|panel|consumer|till|scan|EPOS|point-of-sale|household)\s+){0,2}(?:data|figures|rankings|statistics|research)(?![\p{L}])[^.!?\n]{0,160}?(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/u,
    // A marketplace's own best-seller rank, its category named and the date it was read, which anyone can look up:
    // "#1 Best Seller in Magnesium Supplements on Amazon.co.uk (rank checked 3 March 2025)".
    /(?<![\p{L}\p{N}])(?:#|[Nn]o\.?\s?|[Nn]umber\s+)1\s+[Bb]est[\s-]?[Ss]eller\s+in\s+[^.!?\n]{2,80}?\s+on\s+(?:Amazon|Etsy|eBay|Walmart|Target|Argos|Boots|Sephora|Ulta|Chewy|Wayfair|Best\s+Buy|Home\s+Depot|Lowe['’]s|John\s+Lewis|Bol|Zalando|Takealot|Flipkart)(?:\.[a-z]{2,3}(?:\.[a-z]{2})?)?(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/u,
    // A ranking by a kind of sales, the panel that measured it and its period after commas: "No. 1 … by value sales,
    // Kantar Worldpanel, 52 weeks to 31 March 2024".
    /(?<![\p{L}])by\s+(?:value|volume|dollar|unit|retail|market)\s+(?:sales|share),\s+(?!(?:Our|Internal|In-house|Own|Company)(?![\p{L}]))\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3},\s+[^.!?\n]{0,60}?(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/u,
    // A data house named in brackets after the claim, with the kind of its data or its period, when
    // the sentence dates the figure ("… in Q1 2025 (Counterpoint Research, shipment data)").
    /^(?=[^\n]*?(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}]))[^\n]*?\((?!(?:Our|Your|My|We|Internal|In-house|Own|Company|Sales|Customer|Store|Shop|Website|Reviews?|Recent|Latest|Some|The|This|These|Their|Its)(?![\p{L}]))\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3},\s+(?:(?:[\p{L}-]+\s+){0,2}?(?:data|figures|rankings|statistics|panel|tracker|index)(?![\p{L}])|(?:Q[1-4]\s+|H[12]\s+|\p{Lu}\p{Ll}+\s+)?(?:19|20)\d{2}(?![\p{N}]))[^)\n]{0,40}\)/u,
  ],
};

/*
 * A body that certifies and that anyone can ask ("certified organic by the Soil Association", "tested by NSF
 * International", "Ecocert certified"), from the certifiers lexicon. An unknown body ("the Children's Safety
 * Board") is no evidence without a number. The names are looked up in a set, not compiled into the
 * patterns: three hundred names in a regular expression cost every check more than the lookup does.
 */
const knownCertifiers = new Set(baseLexicons.certifiers.terms.map((term) => certifierKey(term)));
const longestCertifier = Math.max(...baseLexicons.certifiers.terms.map((term) => term.split(/\s+/).length));
const certifiedBy =
  /(?<![\p{L}])(?:certified|accredited|audited|approved|approval|seals?|verified|graded|registered|licensed|inspected|tested)(?![\p{L}])[^.!?\n;:]{0,40}?(?<![\p{L}])(?:by|through|from|to)\s+(?:the\s+)?([^\s.!?,;:()]+(?:\s+[^\s.!?,;:()]+){0,5})/giu;
const certifiedAfter = /((?:[^\s.!?,;:()]+\s+){0,5}[^\s.!?,;:()]+?)(?:[\s-]?(?:®|™))?[\s-]+(?:certified|approved|accredited|verified|registered|listed)(?![\p{L}])/giu;
// "Certified by Apple engineers": the body's staff, not the body.
const staffAfter = /^\s+(?:engineers|experts|scientists|staff|team|employees|doctors|specialists|designers|buyers)(?![\p{L}])/iu;

function namesKnownCertifier(scope: string): boolean {
  for (const match of scope.matchAll(certifiedBy)) {
    const words = match[1].split(/\s+/);
    for (let count = Math.min(words.length, longestCertifier); count > 0; count--) {
      const rest = scope.slice((match.index ?? 0) + match[0].length - match[1].length + words.slice(0, count).join(" ").length);
      if (knownCertifiers.has(certifierKey(words.slice(0, count).join(" "))) && !staffAfter.test(rest)) return true;
    }
  }
  for (const match of scope.matchAll(certifiedAfter)) {
    const words = match[1].split(/\s+/);
    for (let count = 1; count <= Math.min(words.length, longestCertifier); count++) {
      if (knownCertifiers.has(certifierKey(words.slice(-count).join(" ")))) return true;
    }
  }
  return false;
}

function certifierKey(name: string): string {
  return name.toLowerCase().replace(/[®™]/gu, "").replace(/\s+/gu, " ").trim();
}

/** The study must also say how it was done: a panel of 40 is no evidence without the study. A count of users from dated records ("as of June 2025") is a count, not a sample. */
const studyMethod = /(?<![\p{L}])(?:study|studies|trial|trials|survey|surveyed|tested|test|panel|clinical|median|randomi[sz]ed|placebo|double-blind|in[-\s]vivo|patch[-\s]tested|measured|counted|audited|verified|independently|records|as\s+of\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d{2}))(?![\p{L}])/iu;

// A consumer-perception study: what users said or felt, which can back "users agreed", never "proven".
const perceptionMethod = /(?<![\p{L}])(?:self[-\s]assess\p{L}*|self[-\s]reported|questionnaires?|consumer[-\s]perception|perception\s+(?:study|test|survey)|(?:agreed|said|felt|reported|noticed)\s+(?:that\s+)?(?:their|it|the|skin|hair))(?![\p{L}])/iu;
const instrumentalMethod = /(?<![\p{L}])(?:instrumental|measured|randomi[sz]ed|placebo|double-blind|clinical\s+(?:trial|study)\s+(?:of|with)\s+\d|dermatologist[-\s]graded|expert[-\s]graded|corneometer|cutometer)(?![\p{L}])/iu;

/** Whether the only study the scope gives is of what users perceived ("a self-assessment questionnaire completed by 22 women"). */
export function perceptionOnly(scope: string): boolean {
  return perceptionMethod.test(scope) && !instrumentalMethod.test(scope);
}

export function hasEvidence(kind: EvidenceKind, scope: string): boolean {
  if (!evidencePatterns[kind].some((pattern) => pattern.test(scope)) && !(kind === "certification" && namesKnownCertifier(scope))) return false;
  return kind !== "study" || studyMethod.test(scope);
}

const disclaimerPatterns: Readonly<Record<DisclaimerKind, RegExp>> = {
  // A post that says it is paid for, wherever it says so (CAP Code 2.1, FTC 16 CFR 255.5): "#ad", "Ad |", "paid partnership".
  "ad-disclosure":
    /(?<![\p{L}\p{N}])#(?:ad|advert|advertisement|sponsored|spon|paid|paidpartnership|affiliate|gifted|partner|collab)(?![\p{L}\p{N}])|(?:^|[\n([])\s*(?:AD|Ad|ADVERT|Advert)\s*[:|\])—–-]|paid\s+partnership|sponsored\s+(?:by|post|content)|in\s+(?:paid\s+)?partnership\s+with|affiliate\s+(?:link|code)|(?:I|we)\s+(?:may\s+)?(?:earn|get|receive|make)\s+(?:a\s+)?(?:small\s+)?(?:commission|a\s+cut)|(?:gifted|sent)\s+(?:to\s+me\s+)?by\s+(?:the\s+brand|@)/iu,
  // A credit offer's representative example, wherever the advert prints it ("Representative 19.9% APR (variable)").
  // Or the terms a US deferred-interest offer must print ("with approved credit; interest is charged from the purchase date if …").
  "representative-apr": /(?:representative|rep\.?)\s+(?:\d+(?:[.,]\d+)?\s?%\s+)?(?:APR|example)|\d+(?:[.,]\d+)?\s?%\s+APR\s+representative|APR\s+(?:of\s+)?\d+(?:[.,]\d+)?\s?%|interest\s+(?:is|will\s+be)\s+charged|(?:with|subject\s+to)\s+(?:approved\s+credit|credit\s+approval|status)/iu,
  // The line UK advertising of a licensed over-the-counter medicine must carry (MHRA Blue Guide): the advert is for a licensed product.
  "medicine-label": /always\s+read\s+the\s+(?:label|leaflet|patient\s+information\s+leaflet)/iu,
  "fda-evaluation": /not\s+been\s+evaluated\s+by\s+the\s+(?:FDA|Food\s+and\s+Drug\s+Administration)/iu,
  "investment-risk":
    /capital\s+(?:is\s+)?at\s+risk|(?:value|price)\s+of\s+(?:your\s+)?(?:investments?|shares|units)[^.!?\n]{0,40}(?:go\s+down|fall)|may\s+(?:get\s+back|lose)\s+(?:less|some|all|more)|past\s+performance\s+is\s+not|not\s+a\s+(?:reliable\s+)?(?:guide|indicator)\s+(?:to|of)\s+future|returns\s+are\s+not\s+guaranteed|you\s+(?:could|may|might)\s+lose\s+(?:some\s+or\s+)?(?:all\s+)?(?:of\s+)?(?:your\s+)?(?:money|capital|investment)/iu,
};

/** The disclaimers a whole document carries, wherever they stand in it. */
export function documentDisclaimers(text: string): Set<DisclaimerKind> {
  const found = new Set<DisclaimerKind>();
  for (const [kind, pattern] of Object.entries(disclaimerPatterns) as [DisclaimerKind, RegExp][]) {
    if (pattern.test(text)) found.add(kind);
  }
  return found;
}

/** Text that an asterisk or dagger opens ("*Tested at 50% volume."): footnotes, which qualify the sentences marked with them. */
export function footnotes(text: string): string {
  const notes: string[] = [];
  for (const match of text.matchAll(/(?:^|[\s.!?])([*†‡]{1,3})(?=\s?\p{L})([^\n]*)/gu)) notes.push(match[2]);
  return notes.join("\n");
}

/**
 * The ingredients, composition or materials a document declares ("Ingredients: chicken, vegetable glycerine.",
 * "Material: silver-plated brass", "Spec: copper-clad aluminium core", "Fill: 80% synthetic fibre", "Fibre
 * content: 70% cashmere", a shoe's or bag's "Upper: PU"), each to the end of its line, and the disclosures it sets apart in brackets after a
 * sentence ("(Track pieces are MDF with a beech veneer.)"), which say what the product is as surely as a label
 * does. An ingredients list keeps its label ("ingredients: …"), so a rule can ask how many things it names:
 * a second ingredient contradicts "100% pure" whatever it is.
 */
export function ingredientLists(text: string): string {
  const lists: string[] = [];
  // The word start is tested on each match: an opening look-behind would be tried at every position of the document.
  for (const match of text.matchAll(
    /(ingredients?|INCI|composition|materials?|metals?|fabrics?|upper|outer|shell|exterior|(?:(?:fabric|fib(?:re|er)|yarn)\s+)?content|fib(?:re|er)s?|made\s+(?:of|from)|spec(?:ification)?s?|fill(?:ing)?|origins?)(?:\s*\([^)\n]{0,40}\))?\s*:([^\n]*)/giu,
  )) {
    if (match.index !== 0 && /\p{L}/u.test(text[match.index - 1])) continue;
    // A bare "Content:" is any content (a box's, a strength); only a fabric's or fibre's is a composition.
    if (/^content$/iu.test(match[1])) continue;
    lists.push(/^(?:ingredients?|INCI)$/iu.test(match[1]) ? `ingredients: ${match[2]}` : match[2]);
  }
  // A bracket that opens a sentence of its own, after a stop or at a line's start.
  for (const match of text.matchAll(/(?:^|[.!?]["'”’]?[ \t]+)\(([^()\n]{3,300})\)/gmu)) lists.push(match[1]);
  return lists.join("\n");
}

/** Whether a sentence refers to a footnote: a mark right after a word, figure or stop ("sleep.*", "40 hours*"). */
export function marksFootnote(sentence: string): boolean {
  return /[\p{L}\p{N}.!?%)][*†‡]/u.test(sentence);
}
