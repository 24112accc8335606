// `npm run export:iati -- --year 2019 [--donor ID] [--out FILE] [--data DIR]`: the IATI 2.03
// activity file of a year's validated activities (or those a donor funds), from the local database,
// to a file or standard output. It reads as a programme manager would through the API.
import { writeFile } from "node:fs/promises";
import { iatiActivitiesFile } from "../shared/iati/activities-file";
import { DEFAULT_REPORTING_ORG } from "../shared/iati/organisation";
import { iatiActivities } from "../shared/use-cases/iati";
import { DATA_OPTION, DATABASE_ENVIRONMENT, parseCommandLine, run, yearOption } from "./cli";
import { openDatabase } from "./database";
import { steps } from "./progress";

const COMMAND = {
  command: "npm run export:iati --",
  summary:
    "Writes the IATI 2.03 activity file (iati-activities) of a year's validated activities, or of those a donor " +
    "funds, from the local database (an embedded DynamoDB Local, created and seeded with the 2019 records, unless " +
    "the environment names another), to standard output or to a file. The file validates against the IATI 2.03 " +
    "schema; it holds no personal data and no internal notes.",
  options: {
    year: { type: "string", value: "YYYY", description: "the year of the activities", required: true },
    donor: {
      type: "string",
      value: "ID",
      description: "only the activities this donor funds",
      defaultText: "every validated activity of the year",
    },
    out: { type: "string", value: "FILE", description: "write the file to FILE", defaultText: "standard output" },
    data: DATA_OPTION,
  },
  environment: {
    ...DATABASE_ENVIRONMENT,
    IATI_REPORTING_ORG: `the reporting organisation's IATI identifier, which starts every iati-identifier (default: ${DEFAULT_REPORTING_ORG}, UNODC's DAC channel code)`,
  },
  examples: [
    ["npm run -s export:iati -- --year 2019 > iati-2019.xml", "the 2019 activities, to a file through standard output"],
    ["npm run export:iati -- --year 2019 --donor canada --out iati-canada.xml", "what one donor funds"],
    ["IATI_REPORTING_ORG=XM-DAC-41128 npm run export:iati -- --year 2019 --data .data", "over a kept database"],
  ],
} as const;

/** Who the command reads as: a programme manager, who may read every donor's file. */
const LOCAL_MANAGER = { id: "local-export", role: "manager" } as const;

async function main() {
  const values = parseCommandLine(COMMAND);
  const year = yearOption(values.year);
  // Starting DynamoDB Local, the table, the seed, reading, writing the XML.
  const progress = steps(`IATI ${year}`, 5);
  let body: string;
  try {
    const database = await openDatabase({ dataDir: values.data, onStep: progress.next });
    try {
      progress.next("reading the validated activities");
      const { donorId: _, ...selected } = await iatiActivities(database, LOCAL_MANAGER, { year, donor: values.donor });
      progress.next("writing the XML");
      body = iatiActivitiesFile({
        ...selected,
        reportingOrg: database.config.iatiReportingOrg ?? DEFAULT_REPORTING_ORG,
        generatedAt: new Date(),
      });
    } finally {
      await database.close();
    }
  } finally {
    progress.stop();
  }
  if (values.out) {
    await writeFile(values.out, body);
    console.error(`Wrote ${values.out} (${Buffer.byteLength(body)} bytes).`);
  } else {
    process.stdout.write(body);
  }
}

run(main);
