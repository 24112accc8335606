// Where the managers' pages for finding and managing records live.
import { activityPath } from "../mentor/paths";

export const RECORDS_PATH = "/app/records";
export const historyPath = (id: string) => `${activityPath(id)}/history`;
