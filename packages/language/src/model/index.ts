/**
 * The semantic model of CityPact over the AST: what validation, export, hover and
 * code lens all need to agree on. Pure functions, no Langium services.
 */
export * from './actors.js';
export * from './agreements.js';
export * from './decimal.js';
export * from './digit-groups.js';
export * from './dimensions.js';
export * from './division-codes.js';
export * from './onward.js';
export * from './supersession.js';
export * from './term.js';
export * from './tiers.js';
export * from './uscc.js';
export * from './versions.js';
