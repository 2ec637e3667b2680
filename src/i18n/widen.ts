/**
 * The shape of a catalogue without its literal types: bokmål is written
 * `as const`, and `Widen<typeof nb>` is what nynorsk and English must match —
 * every key, no extra key, a string where bokmål has a string, a function with
 * the same parameters where bokmål has a function, a list as long as bokmål's
 * where bokmål writes a fixed list (a mapped type keeps a tuple a tuple).
 */
export type Widen<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends (...args: infer A) => infer R
        ? (...args: A) => Widen<R>
        : T extends object
          ? { readonly [K in keyof T]: Widen<T[K]> }
          : T;
