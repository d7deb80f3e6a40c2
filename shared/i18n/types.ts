/** The shape of a language's words with every text widened to `string`, so `en` can be `Words<typeof ru>`. */
export type Words<T> = { [K in keyof T]: T[K] extends string ? string : Words<T[K]> };
