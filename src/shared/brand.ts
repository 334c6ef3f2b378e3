/** Branded nominal types: a plain number or string cannot be passed where one of these is expected. */
export type Brand<T, B extends string> = T & { readonly __brand: B }
