// The formats and parts a report is rendered in, apart from the renderers: the API's routes declare
// them without loading the renderers at cold start.
export const REPORT_FORMATS = ["json", "md", "html", "docx"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The report to the Commission, or its working annex (reconciliation, totals, figure sources). */
export const REPORT_PARTS = ["report", "annex"] as const;
export type ReportPart = (typeof REPORT_PARTS)[number];
