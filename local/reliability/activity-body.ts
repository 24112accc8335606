// The activity every reliability run and every API test starts from: a valid training.
/** A valid training of `year`, titled `title`. */
export function activityBody(title: string, year: number) {
  return {
    kind: "training",
    theme: "cryptocurrency_darknet",
    title,
    startDate: `${year}-06-10`,
    endDate: `${year}-06-14`,
    countries: ["KEN", "UGA"],
    partners: ["INTERPOL"],
    participants: {
      total: 30,
      qualifier: "approximately",
      bySex: { women: 12, men: 18 },
      byProfession: { law_enforcement: 25, prosecutors: 5 },
    },
    narrative: { fr: "Formation sur les cryptomonnaies.", en: "Training on cryptocurrencies." },
    source: { document: "E/CN.15/2020/12", paragraph: "22" },
  };
}
