// The digital-forensics laboratories and regional units the 2019 report says were set up or equipped.
import type { SeedLab } from "../seed-set";

// The report gives the year only, so no set-up date is recorded, only the year.
export const labs2019: SeedLab[] = [
  // ¶20: two regional technical assistance units (digital forensics laboratories) of the
  // Criminal Investigation Directorate of the Public Prosecutor's Office, unnamed in the report.
  {
    id: "lab-gtm-prosecution-regional-unit-1",
    country: "GTM",
    institution: "Public Prosecutor's Office, Criminal Investigation Directorate: regional technical assistance unit 1",
    type: "regional_unit",
    year: 2019,
    activityIds: ["2019-p20-guatemala-regional-forensic-units"],
  },
  {
    id: "lab-gtm-prosecution-regional-unit-2",
    country: "GTM",
    institution: "Public Prosecutor's Office, Criminal Investigation Directorate: regional technical assistance unit 2",
    type: "regional_unit",
    year: 2019,
    activityIds: ["2019-p20-guatemala-regional-forensic-units"],
  },
  // ¶21: the police's very first digital forensics laboratory.
  {
    id: "lab-lao-police-digital-forensics",
    country: "LAO",
    institution: "Lao police forces: first digital forensics laboratory",
    type: "national_lab",
    year: 2019,
    activityIds: ["2019-p21-lao-first-digital-forensics-lab"],
  },
];
