// The cybercrime mentors the 2019 report (E/CN.15/2020/12, paragraphs 12 and 13) places at their duty stations.
import type { SeedMentor } from "../seed-set";

// The report names the countries of posting (¶12) but not the cities, except Cairo (¶13): the
// other cities are the UNODC offices in those countries. It gives no names and no start dates,
// so every mentor is described by duty station and starts with the report year.
export const mentors2019: SeedMentor[] = [
  {
    id: "mentor-austria",
    name: "Cybercrime mentor, Vienna",
    dutyStation: { city: "Vienna", country: "AUT" },
    countriesCovered: [],
    themes: ["investigations_forensics", "international_cooperation_evidence"],
    period: { start: "2019-01-01" },
  },
  {
    id: "mentor-el-salvador",
    name: "Cybercrime mentor, San Salvador",
    dutyStation: { city: "San Salvador", country: "SLV" },
    countriesCovered: [],
    themes: ["investigations_forensics", "international_cooperation_evidence"],
    period: { start: "2019-01-01" },
  },
  {
    id: "mentor-guatemala",
    name: "Cybercrime mentor, Guatemala City",
    dutyStation: { city: "Guatemala City", country: "GTM" },
    countriesCovered: [],
    themes: ["investigations_forensics", "international_cooperation_evidence"],
    period: { start: "2019-01-01" },
  },
  {
    id: "mentor-kenya",
    name: "Cybercrime mentor, Nairobi",
    dutyStation: { city: "Nairobi", country: "KEN" },
    // ¶19, ¶28 and ¶36 show the mentor at work in Kenya; the report names no other country.
    countriesCovered: ["KEN"],
    themes: [
      "investigations_forensics",
      "international_cooperation_evidence",
      "child_sexual_exploitation",
      "terrorist_use_of_internet",
    ],
    period: { start: "2019-01-01" },
  },
  {
    id: "mentor-senegal",
    name: "Cybercrime mentor, Dakar",
    dutyStation: { city: "Dakar", country: "SEN" },
    countriesCovered: [],
    themes: ["investigations_forensics", "international_cooperation_evidence"],
    period: { start: "2019-01-01" },
  },
  {
    id: "mentor-thailand",
    name: "Cybercrime mentor, Bangkok",
    dutyStation: { city: "Bangkok", country: "THA" },
    countriesCovered: [],
    // ¶24: UNODC mentoring for the cryptocurrency units of two ASEAN countries.
    themes: ["investigations_forensics", "international_cooperation_evidence", "cryptocurrency_darknet"],
    period: { start: "2019-01-01" },
  },
  {
    id: "mentor-cairo",
    name: "Cybercrime mentors, Cairo (Middle East and North Africa)",
    dutyStation: { city: "Cairo", country: "EGY" },
    // ¶13 names the nine: Algeria, Egypt, Jordan, Lebanon, Libya, Morocco, Sudan, Tunisia, State of Palestine.
    countriesCovered: ["DZA", "EGY", "JOR", "LBN", "LBY", "MAR", "SDN", "TUN", "PSE"],
    themes: ["investigations_forensics", "legislation_policy", "international_cooperation_evidence", "prevention"],
    period: { start: "2019-01-01" },
  },
];
