// Groups a year's activities into the report's paragraphs and places each in its section.
import type { Activity } from "../domain/activity";
import type { Language } from "../language/languages";
import { activityText } from "./activity-text";
import type { Inline } from "./model";
import { placeOf, SECTIONS } from "./sections";

export type ActivityParagraph = {
  section: string;
  subsection?: string;
  content: Inline[];
  records: string[];
  unvalidated: boolean;
};

/**
 * One paragraph per activity, or per group of activities that a source tells of in one paragraph
 * (¶19 of E/CN.15/2020/12 tells of four). A group is placed where most of its activities belong.
 */
export function activityParagraphs(activities: Activity[], language: Language): ActivityParagraph[] {
  const groups = new Map<string, Activity[]>();
  for (const activity of [...activities].sort(byReportOrder)) {
    const key = activity.source ? `${activity.source.document}#${activity.source.paragraph}` : activity.id;
    groups.set(key, [...(groups.get(key) ?? []), activity]);
  }
  return [...groups.values()].map((group) => {
    const place = majorityPlace(group);
    return {
      ...place,
      content: group.flatMap((activity, index) => [
        ...(index > 0 ? [{ type: "text", text: " " } as const] : []),
        ...activityText(activity, language),
      ]),
      records: group.map((activity) => activity.id),
      unvalidated: group.some((activity) => activity.status !== "validated"),
    };
  });
}

/**
 * Source order first (paragraph number), then date, then the order the records were made: the
 * order a reader of the source expects.
 */
function byReportOrder(a: Activity, b: Activity): number {
  const paragraph = (activity: Activity) => Number.parseFloat(activity.source?.paragraph ?? "") || Infinity;
  return (
    paragraph(a) - paragraph(b) ||
    a.startDate.localeCompare(b.startDate) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

const PLACE_ORDER = SECTIONS.flatMap((section) => [
  section.id,
  ...section.subsections.map((subsection) => `${section.id}/${subsection.id}`),
]);

function majorityPlace(group: Activity[]): { section: string; subsection?: string } {
  const votes = new Map<string, number>();
  for (const activity of group) {
    const { section, subsection } = placeOf(activity);
    const key = subsection ? `${section}/${subsection}` : section;
    votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  const [winner] = [...votes].sort((a, b) => b[1] - a[1] || PLACE_ORDER.indexOf(a[0]) - PLACE_ORDER.indexOf(b[0]));
  const [section = "", subsection] = (winner?.[0] ?? "").split("/");
  return subsection ? { section, subsection } : { section };
}
