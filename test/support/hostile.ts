/** Hostile inputs shared by the hardening tests and the fuzzer. */

/** Names every object inherits: an `in` lookup finds them on any plain object. */
export const PROTOTYPE_KEYS = [
  "constructor",
  "__proto__",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__defineGetter__",
  "__lookupSetter__",
];
