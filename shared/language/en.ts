// English, as the UN's English documents write it (E/CN.15/2020/12): every word, format and
// country phrase the pages and the report take from the language rather than from their own tables.
import { englishPhrases } from "./en-countries";
import { intlFormats } from "./intl";
import type { LanguageTable } from "./table";

// British English, as the UN writes it: "1,817", "12 June 2019", no serial comma ("A, B and C").
const intl = intlFormats("en-GB");

export const ENGLISH: LanguageTable = {
  locale: "en-GB",
  name: "English",
  intl,
  formatNumber: (n) => intl.numbers.format(n),
  // `at_least` is how the records store the report's "more than 200": not "at least".
  qualifiers: { exact: "", approximately: "about", at_least: "more than", fewer_than: "fewer than" },
  quotes: { open: "“", close: "”" },
  colon: ": ",
  // English states the preposition once: "of Eritrea, Ethiopia, Kenya, Uganda and the United Republic of Tanzania".
  countries: { phrases: englishPhrases, listPrepositions: { in: "in", of: "of", to: "to" } },
  themes: {
    investigations_forensics: "Cybercrime investigations and digital forensics",
    cryptocurrency_darknet: "Cryptocurrency and darknet investigations",
    child_sexual_exploitation: "Online child sexual exploitation and abuse",
    terrorist_use_of_internet: "Terrorist use of the Internet",
    international_cooperation_evidence: "International cooperation for obtaining electronic evidence",
    legislation_policy: "Legislation and policy",
    information_sharing: "Information sharing",
    research_analysis: "Research and analysis",
    prevention: "Prevention",
  },
  kinds: {
    training: "Training",
    mentoring: "Mentoring",
    capacity_assessment: "Capacity assessment",
    equipment_delivery: "Equipment delivery",
    forensic_lab_support: "Digital forensic laboratory support",
    legislative_advice: "Legislative advice",
    coordination_mechanism: "Coordination mechanism",
    awareness_campaign: "Awareness campaign",
    research: "Research",
    knowledge_tool: "Knowledge management tool",
    meeting: "Meeting",
  },
  sexes: { women: "Women", men: "Men", notRecorded: "Not recorded" },
  measures: {
    practitionersTrained: {
      name: "Criminal justice practitioners trained",
      definition:
        "Participants in trainings, other than those recorded as teachers, students, parents, civil society or private sector.",
    },
    othersTrained: {
      name: "Other people trained",
      definition: "Participants in trainings recorded as teachers, students, parents, civil society or private sector.",
    },
    peopleReached: {
      name: "People reached by prevention and awareness",
      definition: "Teachers, pupils, students, parents and members of the public that awareness campaigns reached.",
    },
    meetingParticipants: {
      name: "Participants in meetings and workshops",
      definition: "Participants in meetings, workshops and coordination mechanisms.",
    },
    otherParticipants: {
      name: "Participants in other activities",
      definition:
        "Participants in mentoring, assessments, advice, equipment deliveries, laboratory support, research and knowledge tools.",
    },
  },
  unattributed: {
    country: "Not attributed to one country",
    region: "Not attributed to one region",
    profession: "Profession not recorded",
  },
  sexNouns: {
    women: { singular: "woman", plural: "women" },
    men: { singular: "man", plural: "men" },
  },
  professions: {
    law_enforcement: { singular: "law enforcement officer", plural: "law enforcement officers" },
    prosecutors: { singular: "prosecutor", plural: "prosecutors" },
    judges: { singular: "judge", plural: "judges" },
    central_authorities: { singular: "central authority official", plural: "central authority officials" },
    forensic_analysts: { singular: "digital forensic analyst", plural: "digital forensic analysts" },
    financial_intelligence: {
      singular: "financial intelligence or central bank official",
      plural: "financial intelligence and central bank officials",
    },
    teachers: { singular: "teacher", plural: "teachers" },
    students: { singular: "student", plural: "students" },
    parents: { singular: "parent", plural: "parents" },
    civil_society: { singular: "member of civil society", plural: "members of civil society" },
    private_sector: { singular: "private sector representative", plural: "private sector representatives" },
    other: { singular: "other participant", plural: "other participants" },
    practitioners: { singular: "criminal justice practitioner", plural: "criminal justice practitioners" },
    persons: { singular: "person", plural: "persons" },
  },
};
