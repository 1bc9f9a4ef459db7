// Name folding, the one function every layer compares names with. An entry point of its own
// beside index.ts: code that only compares names (the API's lookups) imports it from here and
// so does not load extraction's gazetteers and models.
export { foldName } from './recognize/tokens.ts';
