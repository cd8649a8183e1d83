// What the benchmark page loads for our search: the same module the search box loads lazily.
export { openSearchEngine } from "../../lib/search/client";
