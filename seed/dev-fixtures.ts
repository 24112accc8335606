// Records the local server adds for its development users: the two donor organisations the demo
// donor accounts belong to. They are not in any report; nothing funds them until someone says so.
import type { DonorInput } from "../shared/domain/donor";

export const devDonors: DonorInput[] = [
  { id: "demo-donor-a", name: "Demo donor A" },
  { id: "demo-donor-b", name: "Demo donor B" },
];
