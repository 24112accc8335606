// The closed vocabularies of the annual report: what an activity can be, which section it
// belongs to, who took part, and how precisely a figure is known.
import { z } from "zod";

export const ACTIVITY_KINDS = [
  "training",
  "mentoring",
  "capacity_assessment",
  "equipment_delivery",
  "forensic_lab_support",
  "legislative_advice",
  "coordination_mechanism",
  "awareness_campaign",
  "research",
  "knowledge_tool",
  "meeting",
] as const;
export const ActivityKindSchema = z.enum(ACTIVITY_KINDS).meta({ id: "ActivityKind" });
export type ActivityKind = z.infer<typeof ActivityKindSchema>;

/** The thematic areas of the Secretary-General's annual report (E/CN.15/2020/12, III–VI). */
export const THEMES = [
  "investigations_forensics",
  "cryptocurrency_darknet",
  "child_sexual_exploitation",
  "terrorist_use_of_internet",
  "international_cooperation_evidence",
  "legislation_policy",
  "information_sharing",
  "research_analysis",
  "prevention",
] as const;
export const ThemeSchema = z.enum(THEMES).meta({ id: "Theme" });
export type Theme = z.infer<typeof ThemeSchema>;

export const PROFESSIONS = [
  "law_enforcement",
  "prosecutors",
  "judges",
  "central_authorities",
  "forensic_analysts",
  "financial_intelligence",
  "teachers",
  "students",
  "parents",
  "civil_society",
  "private_sector",
  "other",
] as const;
export const ProfessionSchema = z.enum(PROFESSIONS).meta({ id: "Profession" });
export type Profession = z.infer<typeof ProfessionSchema>;

export const SEXES = ["women", "men", "notRecorded"] as const;

/** How a count is known: "environ 85" is approximately, "plus de 200" is at least. */
export const CountQualifierSchema = z.enum(["exact", "approximately", "at_least"]).meta({ id: "CountQualifier" });
export type CountQualifier = z.infer<typeof CountQualifierSchema>;

/** Outcome values may also be an upper bound: "moins de 10 jours". */
export const ValueQualifierSchema = z
  .enum(["exact", "approximately", "at_least", "fewer_than"])
  .meta({ id: "ValueQualifier" });
export type ValueQualifier = z.infer<typeof ValueQualifierSchema>;

export const ACTIVITY_STATUSES = ["draft", "submitted", "validated"] as const;
export const ActivityStatusSchema = z.enum(ACTIVITY_STATUSES).meta({ id: "ActivityStatus" });
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>;
