// What the write rows need in a fresh table before the first activity: the Kenya mentor the
// development user mentor.kenya stands for, and the donor its activities cite.
import { donors, mentors } from "../../shared/data/catalog";
import type { Database } from "../../shared/data/client";

export const BENCH_MENTOR = { username: "mentor.kenya", id: "mentor-kenya" } as const;
export const BENCH_DONOR = "demo-donor-a";

export async function seedCatalog(db: Database): Promise<void> {
  const seed = { id: "bench" };
  await mentors.create(
    db,
    {
      name: "Mentor, Nairobi",
      dutyStation: { city: "Nairobi", country: "KEN" },
      countriesCovered: [],
      themes: [],
      period: { start: "2019-01-01" },
    },
    seed,
    BENCH_MENTOR.id,
  );
  await donors.create(db, { id: BENCH_DONOR, name: "Demo donor A" }, seed);
}
