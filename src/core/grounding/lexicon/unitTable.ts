/**
 * Units a product fact is measured in. A quantity converts to its dimension's base unit as
 * value × factor (+ offset, for temperatures). Forms are matched right after a
 * number; short forms with case ("W", "mL"), words without ("Hours").
 */
export type Dimension =
  | "length" | "mass" | "volume" | "time" | "area" | "temperature" | "angle" | "power" | "voltage" | "current" | "charge" | "energy"
  | "frequency" | "data" | "data-rate" | "percent" | "light" | "sound" | "rotation" | "torque" | "pressure" | "flow" | "fabric-weight"
  | "silk-weight" | "fill-power" | "yarn" | "karat" | "carat" | "resolution" | "frame-rate" | "vision-rating" | "dose" | "microbes"
  | "energy-food" | "alcohol" | "water-rating" | "money-usd" | "money-eur" | "money-gbp" | "money-jpy" | "clock" | "density" | "speed"
  | "pixels" | "luminance" | "pixel-density" | "concentration" | "illuminance" | "tempo" | "nights" | "gauge" | "colour-temperature";

export interface UnitEntry {
  readonly id: string;
  readonly dimension: Dimension;
  readonly factor: number;
  readonly offset?: number;
  readonly forms: readonly string[];
}

export const unitTable: readonly UnitEntry[] = [
  { id: "mm", dimension: "length", factor: 0.001, forms: ["mm", "millimetre", "millimetres", "millimeter", "millimeters"] },
  { id: "cm", dimension: "length", factor: 0.01, forms: ["cm", "centimetre", "centimetres", "centimeter", "centimeters"] },
  { id: "m", dimension: "length", factor: 1, forms: ["m", "metre", "metres", "meter", "meters", "mtr"] },
  { id: "km", dimension: "length", factor: 1000, forms: ["km", "kilometre", "kilometres", "kilometer", "kilometers"] },
  { id: "in", dimension: "length", factor: 0.0254, forms: ["inch", "inches", "\"", "”", "″", "in.", "Zoll", "pouce", "pouces", "pulgada", "pulgadas"] },
  { id: "ft", dimension: "length", factor: 0.3048, forms: ["ft", "foot", "feet", "′"] },
  { id: "yd", dimension: "length", factor: 0.9144, forms: ["yd", "yard", "yards"] },
  { id: "mi", dimension: "length", factor: 1609.344, forms: ["mi", "mile", "miles"] },
  { id: "mcg", dimension: "mass", factor: 1e-9, forms: ["mcg", "µg", "μg", "microgram", "micrograms"] },
  { id: "mg", dimension: "mass", factor: 1e-6, forms: ["mg", "milligram", "milligrams", "milligramme", "milligrammes"] },
  { id: "g", dimension: "mass", factor: 0.001, forms: ["g", "gram", "grams", "gramme", "grammes", "gr"] },
  { id: "kg", dimension: "mass", factor: 1, forms: ["kg", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "kgs"] },
  { id: "t", dimension: "mass", factor: 1000, forms: ["tonne", "tonnes", "metric ton", "metric tons"] },
  { id: "oz", dimension: "mass", factor: 0.028349523125, forms: ["oz", "ounce", "ounces"] },
  { id: "lb", dimension: "mass", factor: 0.45359237, forms: ["lb", "lbs", "pound", "pounds"] },
  { id: "ml", dimension: "volume", factor: 0.001, forms: ["ml", "mL", "millilitre", "millilitres", "milliliter", "milliliters"] },
  { id: "cl", dimension: "volume", factor: 0.01, forms: ["cl", "cL", "centilitre", "centilitres", "centiliter", "centiliters"] },
  { id: "dl", dimension: "volume", factor: 0.1, forms: ["dl", "dL", "decilitre", "decilitres"] },
  { id: "l", dimension: "volume", factor: 1, forms: ["l", "L", "litre", "litres", "liter", "liters", "ltr", "Liter", "litro", "litros"] },
  { id: "floz", dimension: "volume", factor: 0.0295735295625, forms: ["fl oz", "fl. oz", "fl. oz.", "fluid ounce", "fluid ounces", "floz", "US fl oz", "US fluid ounces", "US fluid ounce"] },
  { id: "cup", dimension: "volume", factor: 0.2365882365, forms: ["cup", "cups"] },
  { id: "pt", dimension: "volume", factor: 0.473176473, forms: ["pint", "pints", "pt"] },
  { id: "qt", dimension: "volume", factor: 0.946352946, forms: ["qt", "quart", "quarts"] },
  { id: "gal", dimension: "volume", factor: 3.785411784, forms: ["gal", "gallon", "gallons", "US gal", "US gallon", "US gallons"] },
  { id: "cuft", dimension: "volume", factor: 28.316846592, forms: ["cu ft", "cubic feet", "cubic foot", "ft³"] },
  { id: "cuin", dimension: "volume", factor: 0.016387064, forms: ["cu in", "cubic inches", "cubic inch", "in³"] },
  { id: "m3", dimension: "volume", factor: 1000, forms: ["m³", "m3", "cu m", "cubic metre", "cubic metres", "cubic meter", "cubic meters"] },
  { id: "m2", dimension: "area", factor: 1, forms: ["m²", "m2", "sq m", "square metres", "square meters", "sqm"] },
  { id: "ft2", dimension: "area", factor: 0.09290304, forms: ["ft²", "sq ft", "square feet", "square foot", "sqft"] },
  { id: "cm2", dimension: "area", factor: 0.0001, forms: ["cm²", "sq cm", "square centimetres"] },
  { id: "ms", dimension: "time", factor: 0.001, forms: ["ms", "millisecond", "milliseconds"] },
  { id: "s", dimension: "time", factor: 1, forms: ["sec", "secs", "second", "seconds"] },
  { id: "min", dimension: "time", factor: 60, forms: ["min", "mins", "minute", "minutes", "minutes'"] },
  { id: "h", dimension: "time", factor: 3600, forms: ["h", "hr", "hrs", "hour", "hours", "hours'"] },
  { id: "day", dimension: "time", factor: 86400, forms: ["day", "days", "days'"] },
  // A stay counts nights, not days: a 3-day tour has 2 nights.
  { id: "night", dimension: "nights", factor: 1, forms: ["night", "nights"] },
  { id: "week", dimension: "time", factor: 604800, forms: ["week", "weeks", "wk", "wks", "weeks'"] },
  { id: "month", dimension: "time", factor: 2592000, forms: ["month", "months", "mo", "mos", "months'"] },
  { id: "year", dimension: "time", factor: 31536000, forms: ["year", "years", "yr", "yrs", "years'"] },
  { id: "c", dimension: "temperature", factor: 1, forms: ["°C", "ºC", "° C", "degrees C", "degrees Celsius", "Celsius", "°c"] },
  { id: "f", dimension: "temperature", factor: 5 / 9, offset: -32 * 5 / 9, forms: ["°F", "ºF", "° F", "degrees F", "degrees Fahrenheit", "Fahrenheit"] },
  { id: "deg", dimension: "angle", factor: 1, forms: ["°", "degree", "degrees", "deg"] },
  { id: "mw", dimension: "power", factor: 0.001, forms: ["mW"] },
  { id: "w", dimension: "power", factor: 1, forms: ["W", "watt", "watts"] },
  { id: "kw", dimension: "power", factor: 1000, forms: ["kW", "kilowatt", "kilowatts"] },
  { id: "hp", dimension: "power", factor: 745.7, forms: ["hp", "HP", "horsepower"] },
  { id: "v", dimension: "voltage", factor: 1, forms: ["V", "volt", "volts"] },
  { id: "a", dimension: "current", factor: 1, forms: ["A", "amp", "amps", "ampere", "amperes"] },
  { id: "mah", dimension: "charge", factor: 0.001, forms: ["mAh", "mah"] },
  { id: "ah", dimension: "charge", factor: 1, forms: ["Ah", "amp-hour", "amp hours", "amp-hours"] },
  { id: "wh", dimension: "energy", factor: 1, forms: ["Wh", "watt-hour", "watt-hours"] },
  { id: "kwh", dimension: "energy", factor: 1000, forms: ["kWh", "kwh"] },
  { id: "hz", dimension: "frequency", factor: 1, forms: ["Hz", "hz", "hertz", "times a second", "times per second", "times each second", "times every second"] },
  { id: "khz", dimension: "frequency", factor: 1e3, forms: ["kHz", "khz"] },
  { id: "mhz", dimension: "frequency", factor: 1e6, forms: ["MHz", "mhz"] },
  { id: "ghz", dimension: "frequency", factor: 1e9, forms: ["GHz", "ghz"] },
  { id: "kb", dimension: "data", factor: 1e3, forms: ["KB", "kB"] },
  { id: "mb", dimension: "data", factor: 1e6, forms: ["MB", "Mo"] },
  { id: "gb", dimension: "data", factor: 1e9, forms: ["GB", "gigabyte", "gigabytes", "Go", "gigaoctets"] },
  { id: "tb", dimension: "data", factor: 1e12, forms: ["TB", "terabyte", "terabytes"] },
  { id: "mbps", dimension: "data-rate", factor: 1e6, forms: ["Mbps", "Mb/s", "mbps"] },
  { id: "gbps", dimension: "data-rate", factor: 1e9, forms: ["Gbps", "Gb/s", "gbps"] },
  { id: "pct", dimension: "percent", factor: 1, forms: ["%", "percent", "per cent"] },
  { id: "lm", dimension: "light", factor: 1, forms: ["lumens", "lumen", "lm"] },
  { id: "db", dimension: "sound", factor: 1, forms: ["dB", "db", "decibels", "dBA"] },
  { id: "rpm", dimension: "rotation", factor: 1, forms: ["rpm", "RPM", "r/min", "rev/min", "U/min", "U/Min", "tr/min", "min⁻¹", "min-1"] },
  { id: "nm", dimension: "torque", factor: 1, forms: ["Nm", "N·m", "N-m", "newton metres", "newton meters"] },
  { id: "ftlb", dimension: "torque", factor: 1.3558179483, forms: ["ft-lb", "ft-lbs", "ft lb", "ft lbs", "foot-pounds", "lb-ft"] },
  { id: "psi", dimension: "pressure", factor: 6894.757, forms: ["PSI", "psi"] },
  { id: "bar", dimension: "pressure", factor: 100000, forms: ["bar"] },
  { id: "pa", dimension: "pressure", factor: 1, forms: ["Pa"] },
  { id: "gpm", dimension: "flow", factor: 3.785411784 / 60, forms: ["GPM", "gpm", "gallons per minute", "gallons a minute"] },
  { id: "lpm", dimension: "flow", factor: 1 / 60, forms: ["L/min", "l/min", "litres per minute", "liters per minute", "litres a minute", "liters a minute", "lpm"] },
  { id: "lph", dimension: "flow", factor: 1 / 3600, forms: ["L/h", "l/h", "L/hr", "litres per hour", "liters per hour", "litres an hour", "liters an hour", "litres every hour", "liters every hour", "lph"] },
  { id: "gph", dimension: "flow", factor: 3.785411784 / 3600, forms: ["gal/h", "US gal/h", "GPH", "gph", "gallons per hour"] },
  { id: "gsm", dimension: "fabric-weight", factor: 1, forms: ["gsm", "GSM", "g/m²", "g/m2", "g/sqm", "grams per square metre", "grams per square meter", "grams per m²", "grams a square metre", "g per square metre"] },
  { id: "momme", dimension: "silk-weight", factor: 1, forms: ["momme", "mm silk"] },
  { id: "fill", dimension: "fill-power", factor: 1, forms: ["fill", "fill power", "fill-power"] },
  { id: "denier", dimension: "yarn", factor: 1, forms: ["D", "denier"] },
  { id: "karat", dimension: "karat", factor: 1, forms: ["k", "K", "kt", "karat", "karats"] },
  { id: "carat", dimension: "carat", factor: 1, forms: ["ct", "cts", "carat", "carats", "ctw", "ct tw"] },
  { id: "p", dimension: "resolution", factor: 1, forms: ["p"] },
  { id: "fps", dimension: "frame-rate", factor: 1, forms: ["fps", "FPS", "frames per second"] },
  { id: "iu", dimension: "dose", factor: 1, forms: ["IU", "iu"] },
  { id: "cfu", dimension: "microbes", factor: 1, forms: ["CFU", "cfu"] },
  { id: "kcal", dimension: "energy-food", factor: 1, forms: ["kcal", "calories", "calorie", "cal", "Cal"] },
  { id: "abv", dimension: "alcohol", factor: 1, forms: ["% ABV", "%ABV", "% abv", "% alc", "% vol"] },
  { id: "atm", dimension: "water-rating", factor: 1, forms: ["ATM", "atm", "bar water resistance"] },
  { id: "mp", dimension: "pixels", factor: 1, forms: ["MP", "megapixel", "megapixels", "Mpx"] },
  { id: "nits", dimension: "luminance", factor: 1, forms: ["nits", "nit", "cd/m²"] },
  { id: "ppi", dimension: "pixel-density", factor: 1, forms: ["ppi", "PPI", "dpi", "DPI"] },
  { id: "cc", dimension: "volume", factor: 0.001, forms: ["cc", "cm³"] },
  { id: "ppm", dimension: "concentration", factor: 1, forms: ["ppm"] },
  { id: "lux", dimension: "illuminance", factor: 1, forms: ["lux", "lx"] },
  { id: "bpm", dimension: "tempo", factor: 1, forms: ["bpm"] },
  { id: "mph", dimension: "speed", factor: 0.44704, forms: ["mph"] },
  { id: "kmh", dimension: "speed", factor: 1 / 3.6, forms: ["km/h", "kph", "kmh"] },
  // A knit's needles per inch ("12gg", "12-gauge"), a wire's or a sheet's thickness ("16 ga"): a number on the trade's own scale.
  { id: "gauge", dimension: "gauge", factor: 1, forms: ["gg", "GG", "gauge", "ga"] },
  // A light's colour ("2700K", "6500 K"): read only after a figure of four digits (numbers/readQuantities.ts), as "14K" is gold and "10K" ten thousand.
  { id: "kelvin", dimension: "colour-temperature", factor: 1, forms: ["kelvin"] },
];

/** Currency signs written before the amount ("$15") and currency words written after it ("15 dollars"). */
export const currencyTable: readonly {
  readonly dimension: Dimension;
  readonly signs: readonly string[];
  readonly words: readonly string[];
  /** A hundredth of the currency, written after the amount ("45 cents a serving"). */
  readonly hundredths?: readonly string[];
}[] = [
  { dimension: "money-usd", signs: ["$", "US$", "USD "], words: ["dollars", "dollar", "USD"], hundredths: ["cents", "cent", "¢"] },
  { dimension: "money-eur", signs: ["€", "EUR "], words: ["euros", "euro", "EUR"], hundredths: ["euro cents", "eurocents"] },
  { dimension: "money-gbp", signs: ["£", "GBP "], words: ["pounds sterling", "GBP"], hundredths: ["pence"] },
  { dimension: "money-jpy", signs: ["¥", "JPY "], words: ["yen", "JPY"] },
];

/** Words written before a number that name what it measures ("SPF 30", "grade 5"). */
export const prefixUnits: readonly { readonly id: string; readonly forms: readonly string[] }[] = [
  { id: "spf", forms: ["SPF"] },
  { id: "upf", forms: ["UPF"] },
  { id: "ph", forms: ["pH", "PH"] },
  { id: "grade", forms: ["grade", "Grade"] },
  { id: "bluetooth", forms: ["Bluetooth", "BT"] },
  { id: "usb", forms: ["USB"] },
  { id: "wifi", forms: ["Wi-Fi", "WiFi"] },
  { id: "type", forms: ["Type", "type"] },
  { id: "class", forms: ["Class", "class"] },
  { id: "level", forms: ["level", "Level"] },
];
