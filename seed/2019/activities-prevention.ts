// 2019 activities of section VI, prevention (E/CN.15/2020/12, paragraphs 43–46).
import type { SeedActivity } from "../seed-set";

const DOCUMENT = "E/CN.15/2020/12";
const YEAR = { startDate: "2019-01-01", endDate: "2019-12-31", year: 2019 } as const;

export const preventionActivities2019: SeedActivity[] = [
  // ¶43: university modules
  {
    id: "2019-p43-university-module-series",
    kind: "knowledge_tool",
    theme: "prevention",
    title: "Education for Justice university module series on cybercrime completed",
    ...YEAR,
    partners: ["INTERPOL", "Office of the United Nations High Commissioner for Human Rights"],
    topics: ["university modules", "Education for Justice initiative", "teaching guide"],
    outcomes: [
      {
        indicator: "University modules on cybercrime",
        value: 14,
        qualifier: "exact",
        unit: "modules",
        text: {
          fr: "La série est constituée d’un guide pédagogique et de 14 modules.",
          en: "The series consists of a teaching guide and 14 modules.",
        },
      },
      {
        indicator: "Countries of the contributing experts and academics",
        value: 25,
        qualifier: "at_least",
        unit: "countries",
        text: {
          fr: "D’éminents experts et universitaires issus de plus de 25 pays de six continents ont collaboré à la série.",
          en: "Leading experts and academics from more than 25 countries on six continents contributed to the series.",
        },
      },
      {
        indicator: "Students made aware of cybercrime through the module series",
        value: 7200,
        qualifier: "at_least",
        unit: "students",
        text: {
          fr: "Sur la base de la série de modules, plus de 7 200 étudiants du monde entier ont été sensibilisés à divers aspects de la cybercriminalité.",
          en: "Building on the module series, more than 7,200 students worldwide were made aware of various aspects of cybercrime.",
        },
      },
    ],
    narrative: {
      fr: "Au début de l’année 2019 a été achevée une série de modules universitaires sur la cybercriminalité[^Disponible à l’adresse : https://www.unodc.org/edj/fr/tertiary/cybercrime.html.], qui est l’aboutissement d’une collaboration engagée entre d’éminents experts et universitaires issus de {outcome:2} pays de six continents différents, ainsi qu’avec INTERPOL et le Haut-Commissariat des Nations Unies aux droits de l’homme. Conçue dans le cadre de l’initiative Éducation pour la justice du Programme mondial pour la mise en œuvre de la Déclaration de Doha, cette série est constituée d’un guide pédagogique et de {outcome:1} modules. Sur la base de la série de modules élaborée par l’ONUDC, {outcome:3} étudiants du monde entier ont pu être sensibilisés à divers aspects de la cybercriminalité.",
      en: "Early in 2019, a series of university modules on cybercrime[^Available at https://www.unodc.org/edj/en/tertiary/cybercrime.html.] was completed, the result of collaboration among leading experts and academics from {outcome:2} countries on six continents, together with INTERPOL and the Office of the United Nations High Commissioner for Human Rights. Developed under the Education for Justice initiative of the Global Programme for the Implementation of the Doha Declaration, the series consists of a teaching guide and {outcome:1} modules. Building on the module series developed by UNODC, {outcome:3} students worldwide were made aware of various aspects of cybercrime.",
    },
    notes:
      "Completed «au début de l’année 2019»: no month is given, so the record spans the year. The contributing experts' countries are not beneficiaries, so they are an outcome, not countryCount.",
    source: { document: DOCUMENT, paragraph: "43" },
  },
  {
    id: "2019-p43-university-lecturer-workshops",
    kind: "training",
    theme: "prevention",
    title: "Workshops for university lecturers on teaching the cybercrime module series",
    ...YEAR,
    countryCount: 25,
    topics: ["university modules", "curriculum development", "Education for Justice initiative"],
    outcomes: [
      {
        indicator: "Universities whose lecturers were equipped to teach cybercrime courses",
        value: 40,
        qualifier: "exact",
        unit: "universities",
        text: {
          fr: "Des professeurs de 40 universités, dans 25 pays et sur cinq continents, ont été dotés des moyens de préparer des cours complets sur la cybercriminalité pour l’année universitaire 2019-2020.",
          en: "Lecturers from 40 universities in 25 countries on five continents were equipped to prepare comprehensive cybercrime courses for the 2019–2020 academic year.",
        },
      },
    ],
    narrative: {
      fr: "Lors des ateliers organisés par l’ONUDC pour promouvoir l’utilisation de la série de modules universitaires sur la cybercriminalité, des professeurs d’université d’Afrique, d’Europe et d’Asie occidentale et centrale ont pu se familiariser davantage avec ces modules, qu’ils ont appris à adapter et à intégrer dans des cours nouveaux ou préexistants. L’ONUDC a ainsi fourni à des professeurs de {outcome:1} universités, dans {countryCount} pays et sur cinq continents, les moyens de préparer pour l’année universitaire 2019-2020 des cours complets et interdisciplinaires sur la cybercriminalité.",
      en: "At UNODC workshops promoting the use of the university module series on cybercrime, university lecturers from Africa, Europe and Western and Central Asia became more familiar with the modules, which they learned to adapt and integrate into new or existing courses. UNODC thereby equipped lecturers from {outcome:1} universities in {countryCount} countries on five continents to prepare comprehensive, interdisciplinary cybercrime courses for the 2019–2020 academic year.",
    },
    notes:
      "Professions: teachers (university lecturers); the report gives no number of lecturers. The workshops drew lecturers from Africa (002), Europe (150), Western Asia (145) and Central Asia (143), yet the 40 universities are said to be on five continents: the report does not say whether all 25 countries took part in the workshops. No region is set.",
    source: { document: DOCUMENT, paragraph: "43" },
  },

  // ¶44
  {
    id: "2019-p44-school-learning-tools",
    kind: "knowledge_tool",
    theme: "prevention",
    title: "Learning tools on online safety and cybercrime for primary and secondary schools",
    ...YEAR,
    topics: ["online safety", "animated videos", "games", "comic books", "teacher's guide", "lesson plans"],
    narrative: {
      fr: "Dans le cadre de son initiative Éducation pour la justice et en coopération avec d’éminents experts de l’éducation, l’ONUDC a mis au point des outils d’apprentissage innovants sur des sujets tels que la sécurité en ligne et la cybercriminalité – vidéos animées, jeux informatiques et non électroniques, bandes dessinées – adaptés aux établissements d’enseignement primaire et secondaire. Les vidéos et les bandes dessinées sont accompagnées d’un manuel pédagogique et de programmes de cours pour aider les enseignants à exploiter ces outils en classe.",
      en: "Under its Education for Justice initiative and with leading education experts, UNODC developed innovative learning tools on topics such as online safety and cybercrime – animated videos, computer and non-electronic games and comic books – suited to primary and secondary schools. The videos and comic books come with a teacher’s guide and lesson plans to help teachers use them in class.",
    },
    notes: "Intended for: teachers, students. The education experts are not named.",
    source: { document: DOCUMENT, paragraph: "44" },
  },
  {
    id: "2019-p44-global-programme-social-media-awareness",
    kind: "awareness_campaign",
    theme: "prevention",
    title: "Social media awareness-raising by the Global Programme on Cybercrime",
    ...YEAR,
    topics: ["social media", "Twitter", "public awareness"],
    outcomes: [
      {
        indicator: "Followers of the Global Programme on Cybercrime",
        value: 8110,
        qualifier: "exact",
        unit: "followers",
      },
      {
        indicator: "Tweets per month (average)",
        value: 220,
        qualifier: "exact",
        unit: "tweets per month",
      },
      {
        indicator: "Twitter impressions",
        value: 2_500_000,
        qualifier: "exact",
        unit: "impressions",
      },
    ],
    narrative: {
      fr: "Tout au long de l’année, l’ONUDC a sensibilisé l’opinion publique, les praticiens et les décideurs du monde entier à la cybercriminalité, en faisant un usage actif des médias sociaux, sur lesquels il a cumulé plusieurs millions d’impressions et d’échanges. Le Programme mondial contre la cybercriminalité compte {outcome:1} abonnés et, avec une moyenne de {outcome:2} tweets par mois, il a cumulé {outcome:3} impressions Twitter ; comme conséquence directe de cette activité, différentes personnes ont sollicité des conseils après avoir été victimes de la cybercriminalité, ou fait part de leur reconnaissance concernant l’action menée par l’ONUDC contre ce phénomène. Les coordonnateurs résidents des Nations Unies, les diplomates et les autorités des États Membres ont contacté l’ONUDC pour solliciter des conseils et des informations sur les politiques relatives à la cybercriminalité.",
      en: "Throughout the year, UNODC raised awareness of cybercrime among the public, practitioners and policymakers worldwide through active use of social media, accumulating several million impressions and engagements. The Global Programme on Cybercrime has {outcome:1} followers and, averaging {outcome:2} tweets a month, accumulated {outcome:3} Twitter impressions; as a direct result, people sought advice after falling victim to cybercrime or expressed appreciation of UNODC’s work against it. United Nations resident coordinators, diplomats and Member State authorities contacted UNODC for advice and information on cybercrime policy.",
    },
    notes:
      "The 2.5 million impressions here and the «plus de 2,8 millions» of ¶41 are not reconciled in the report; both are kept.",
    source: { document: DOCUMENT, paragraph: "44" },
  },

  // ¶45: school strategies in El Salvador and Guatemala
  {
    id: "2019-p45-el-salvador-school-prevention-strategy",
    kind: "awareness_campaign",
    theme: "prevention",
    title: "School cybercrime prevention strategy of El Salvador's Ministry of Education",
    ...YEAR,
    countries: ["SLV"],
    partners: ["Ministry of Education of El Salvador"],
    participants: {
      total: 53094,
      qualifier: "exact",
      byProfession: { teachers: 3222, students: 37361, parents: 12511 },
    },
    topics: ["school prevention strategy", "awareness campaign"],
    narrative: {
      fr: "L’ONUDC a aidé le Ministère de l’éducation {countries:of} à concevoir, adopter et mettre en œuvre dans les établissements scolaires une stratégie de prévention de la cybercriminalité, comprenant une formation spécialisée en vue d’une campagne de sensibilisation. Le Ministère a introduit dans ses activités régulières des mesures visant à prévenir la cybercriminalité, en ciblant non seulement les élèves mais aussi les enseignants, et a précisé que cette stratégie avait concerné {participants:teachers} enseignants, {participants:students} étudiants et {participants:parents} parents.",
      en: "UNODC helped the Ministry of Education of {countries} to design, adopt and implement in schools a cybercrime prevention strategy, including specialized training for an awareness campaign. The Ministry built measures to prevent cybercrime, targeting both pupils and teachers, into its regular activities, and reported that the strategy had reached {participants:teachers} teachers, {participants:students} students and {participants:parents} parents.",
    },
    notes: "The total (53,094) is the sum of the three figures reported by the Ministry; the report gives no total.",
    source: { document: DOCUMENT, paragraph: "45" },
  },
  {
    id: "2019-p45-guatemala-school-prevention-strategy",
    kind: "awareness_campaign",
    theme: "prevention",
    title: "School cybercrime prevention strategy of Guatemala's Ministry of Education",
    ...YEAR,
    countries: ["GTM"],
    partners: ["Ministry of Education of Guatemala"],
    participants: {
      total: 197519,
      qualifier: "exact",
      byProfession: { students: 188477, teachers: 9042 },
    },
    topics: ["school prevention strategy", "awareness campaign"],
    narrative: {
      fr: "L’ONUDC a aidé le Ministère de l’éducation {countries:of} à concevoir, adopter et mettre en œuvre dans les établissements scolaires une stratégie de prévention de la cybercriminalité, comprenant une formation spécialisée en vue d’une campagne de sensibilisation. Le Ministère a introduit dans ses activités régulières des mesures visant à prévenir la cybercriminalité, en ciblant non seulement les élèves mais aussi les enseignants, et a indiqué qu’il avait touché {participants:students} étudiants et {participants:teachers} enseignants.",
      en: "UNODC helped the Ministry of Education of {countries} to design, adopt and implement in schools a cybercrime prevention strategy, including specialized training for an awareness campaign. The Ministry built measures to prevent cybercrime, targeting both pupils and teachers, into its regular activities, and reported reaching {participants:students} students and {participants:teachers} teachers.",
    },
    notes: "The total (197,519) is the sum of the two figures reported by the Ministry; the report gives no total.",
    source: { document: DOCUMENT, paragraph: "45" },
  },
  {
    id: "2019-p45-teacher-guidance-notes",
    kind: "knowledge_tool",
    theme: "prevention",
    title: "Guidance notes for teachers on cybercrime prevention, Guatemala and El Salvador",
    ...YEAR,
    countries: ["GTM", "SLV"],
    topics: ["guidance notes for teachers"],
    outcomes: [{ indicator: "Guidance notes for teachers", value: 2, qualifier: "exact", unit: "guidance notes" }],
    narrative: {
      fr: "La stratégie de prévention de la cybercriminalité mise en œuvre {countries:in} a inclus l’élaboration de {outcome:1} notes d’orientation à l’intention des enseignants sur la manière d’aborder la prévention de la cybercriminalité.",
      en: "The cybercrime prevention strategy implemented in {countries} included drawing up {outcome:1} guidance notes for teachers on how to approach cybercrime prevention.",
    },
    notes:
      "The report does not say whether the two notes are one per country or two shared by both; recorded once for both countries. Intended for: teachers.",
    source: { document: DOCUMENT, paragraph: "45" },
  },

  // ¶46
  {
    id: "2019-p46-childrens-museum-exhibitions",
    kind: "awareness_campaign",
    theme: "prevention",
    title: "Permanent cybercrime exhibitions at the children's museums of Guatemala and El Salvador",
    ...YEAR,
    countries: ["GTM", "SLV"],
    place: "Children's museums of Guatemala and El Salvador",
    topics: ["children's rights online", "virtual reality game", "Education for Justice initiative"],
    outcomes: [
      {
        indicator: "Rights and duties concerning ICT presented by the exhibitions",
        value: 10,
        qualifier: "exact",
        unit: "rights and duties",
        text: {
          fr: "Les expositions présentent une série de 10 droits et devoirs relatifs aux technologies de l’information et des communications.",
          en: "The exhibitions present a set of 10 rights and duties concerning information and communications technologies.",
        },
      },
    ],
    narrative: {
      fr: "Des expositions permanentes sur la cybercriminalité ont été imaginées, préparées et lancées aux musées des enfants {countries:of}. Élaborées en coordination avec l’initiative Éducation pour la justice, ces expositions ont été conçues pour faire connaître et promouvoir les droits des enfants sur Internet, à travers une série de {outcome:1} droits et devoirs relatifs aux technologies de l’information et des communications et dans le cadre d’un jeu de réalité virtuelle soulignant l’importance d’adopter une démarche responsable en matière d’accès et de recours aux technologies de l’information et des communications à des fins informatives et récréatives.",
      en: "Permanent cybercrime exhibitions were designed, prepared and opened at the children’s museums of {countries}. Developed with the Education for Justice initiative, they raise awareness of and promote children’s rights online through a set of {outcome:1} rights and duties concerning information and communications technologies and a virtual reality game stressing a responsible approach to accessing and using these technologies for information and recreation.",
    },
    source: { document: DOCUMENT, paragraph: "46" },
  },
  {
    id: "2019-p46-private-sector-prevention-partnerships",
    kind: "awareness_campaign",
    theme: "prevention",
    title: "Partnerships with private companies, a foundation and a radio station for cybercrime prevention",
    ...YEAR,
    countries: ["SLV", "GTM"],
    partners: ["Telefónica", "Fundación Azteca"],
    topics: ["public-private partnerships", "cybercrime prevention"],
    narrative: {
      fr: "Des partenariats ont été noués avec des entreprises privées telles que Telefónica, ainsi qu’avec l’organisation à but non lucratif Fundación Azteca et une station de radio, afin de promouvoir la prévention de la cybercriminalité {countries:in}.",
      en: "Partnerships were formed with private companies such as Telefónica, with the non-profit Fundación Azteca and with a radio station to promote cybercrime prevention in {countries}.",
    },
    notes:
      "The radio station and the other private companies («telles que») are not named, so they are not listed as partners.",
    source: { document: DOCUMENT, paragraph: "46" },
  },
];
