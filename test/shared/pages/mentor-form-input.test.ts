import { describe, expect, it } from "vitest";
import { ActivityInputSchema, ParticipantsSchema } from "../../../shared/domain/activity";
import { formInput } from "../../../shared/pages/client/form-input";

const filled: [string, string][] = [
  ["idempotencyKey", "not-a-field"],
  ["kind", "training"],
  ["theme", "cryptocurrency_darknet"],
  ["title", "  Tracing cryptocurrency  "],
  ["startDate", "2026-03-02"],
  ["endDate", "2026-03-06"],
  ["countries", "KEN"],
  ["countries", "UGA"],
  ["countryCount", "3"],
  ["region", ""],
  ["place", "Nairobi"],
  ["partners", "INTERPOL, , Council of Europe"],
  ["donors", "demo-donor-a"],
  ["participants.total", "24"],
  ["participants.qualifier", "approximately"],
  ["participants.bySex.women", "9"],
  ["participants.bySex.men", "15"],
  ["participants.bySex.notRecorded", ""],
  ["participants.byProfession.law_enforcement", "20"],
  ["participants.byProfession.prosecutors", "4"],
  ["participants.byProfession.judges", ""],
  ["topics", "Blockchain analysis\r\n\r\nSeizing wallets"],
  ["outcomes.0.indicator", "Investigators able to trace transactions"],
  ["outcomes.0.baseline", "2"],
  ["outcomes.0.value", "11.5"],
  ["outcomes.0.qualifier", "at_least"],
  ["outcomes.0.unit", "investigators"],
  ["narrative.fr", "{participants} enquêteurs formés."],
  ["narrative.en", ""],
];

describe("the activity form's fields as ActivityInput", () => {
  it("makes the JSON the API takes, leaving out what is empty", () => {
    const { input } = formInput(filled);
    expect(input).toEqual({
      kind: "training",
      theme: "cryptocurrency_darknet",
      title: "Tracing cryptocurrency",
      startDate: "2026-03-02",
      endDate: "2026-03-06",
      countries: ["KEN", "UGA"],
      countryCount: 3,
      place: "Nairobi",
      partners: ["INTERPOL", "Council of Europe"],
      donors: ["demo-donor-a"],
      participants: {
        total: 24,
        qualifier: "approximately",
        bySex: { women: 9, men: 15 },
        byProfession: { law_enforcement: 20, prosecutors: 4 },
      },
      topics: ["Blockchain analysis", "Seizing wallets"],
      outcomes: [
        {
          indicator: "Investigators able to trace transactions",
          baseline: 2,
          value: 11.5,
          qualifier: "at_least",
          unit: "investigators",
        },
      ],
      narrative: { fr: "{participants} enquêteurs formés." },
    });
    expect(ActivityInputSchema.safeParse(input).success).toBe(true);
  });

  it("leaves participants and narrative out when nothing is typed in them", () => {
    const { input } = formInput([
      ["participants.total", ""],
      ["participants.qualifier", "exact"],
      ["narrative.fr", " "],
    ]);
    expect(input).toEqual({ countries: [], partners: [], donors: [], topics: [], outcomes: [] });
  });

  it("reads the participants by country, one field per country, and leaves out the empty ones", () => {
    const { input } = formInput([
      ["countries", "KEN"],
      ["countries", "UGA"],
      ["countries", "TZA"],
      ["participants.total", "30"],
      ["participants.qualifier", "exact"],
      ["participants.byCountry.KEN", "18"],
      ["participants.byCountry.UGA", " 10 "],
      ["participants.byCountry.TZA", ""],
    ]);
    expect(input.participants).toEqual({ total: 30, qualifier: "exact", byCountry: { KEN: 18, UGA: 10 } });
    expect(ParticipantsSchema.safeParse(input.participants).success).toBe(true);
  });

  it("keeps a split by country without a total, for the API to say the total is missing", () => {
    expect(formInput([["participants.byCountry.KEN", "x"]]).input.participants).toEqual({
      qualifier: "exact",
      byCountry: { KEN: "x" },
    });
  });

  it("sends a count that is not a number as typed, for the API to name", () => {
    expect(formInput([["participants.total", "about 20"]]).input.participants).toEqual({
      total: "about 20",
      qualifier: "exact",
    });
  });

  it("skips an outcome row left blank and maps the API's paths back to the form's rows", () => {
    const { input, fieldPath } = formInput([
      ["outcomes.0.indicator", ""],
      ["outcomes.0.qualifier", "exact"],
      ["outcomes.1.indicator", "Labs equipped"],
      ["outcomes.1.qualifier", "exact"],
    ]);
    expect(input.outcomes).toEqual([{ indicator: "Labs equipped", qualifier: "exact" }]);
    expect(fieldPath("outcomes.0.value")).toBe("outcomes.1.value");
    expect(fieldPath("outcomes.0")).toBe("outcomes.1");
    expect(fieldPath("participants.bySex")).toBe("participants.bySex");
  });
});
