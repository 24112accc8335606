// The runtime's formatters for one locale, each made on first use: a formatter costs far more to
// build than to use (a date format some 2 ms), and a cold start should pay only for those it uses.

export type IntlFormats = {
  /** Cardinal plural categories: "one" is the singular. */
  readonly plurals: Intl.PluralRules;
  /** "A, B et C" / "A, B and C". */
  readonly lists: Intl.ListFormat;
  /** Figures with up to two decimals. */
  readonly numbers: Intl.NumberFormat;
  /** Signed figures: "+715", "−3", "0". */
  readonly differences: Intl.NumberFormat;
  /** Long dates in UTC: « 12 juin 2019 », "12 June 2019". */
  readonly dates: Intl.DateTimeFormat;
};

function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

/** `numbers` lets a language set what its locale's defaults get wrong for the UN (grouping). */
export function intlFormats(locale: string, numbers: Intl.NumberFormatOptions = {}): IntlFormats {
  // Plural rules look at every decimal a figure has, as "exactly 1" always did: 1.0001 is not 1.
  const plurals = once(() => new Intl.PluralRules(locale, { maximumFractionDigits: 20 }));
  const lists = once(() => new Intl.ListFormat(locale, { type: "conjunction", style: "long" }));
  const figures = once(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...numbers }));
  const differences = once(() => new Intl.NumberFormat(locale, { signDisplay: "exceptZero", ...numbers }));
  const dates = once(() => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }));
  return {
    get plurals() {
      return plurals();
    },
    get lists() {
      return lists();
    },
    get numbers() {
      return figures();
    },
    get differences() {
      return differences();
    },
    get dates() {
      return dates();
    },
  };
}
