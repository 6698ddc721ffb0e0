/** The package is a JSON array of English words (its main is index.json). */
declare module "an-array-of-english-words" {
  const words: readonly string[];
  export default words;
}
