// Bundled by esbuild into the extension's server.cjs.
import '../polyfill.js';
import { runLanguageServer } from './main.js';

runLanguageServer();
