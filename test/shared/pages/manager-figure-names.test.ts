import { describe, expect, it } from "vitest";
import { figureName } from "../../../shared/pages/manager/figure-names";

describe("figureName", () => {
  it("names a measure as the dashboard does, and a part of it after a dash", () => {
    expect(figureName("measure:practitionersTrained:participants", "en")).toBe(
      "Criminal justice practitioners trained",
    );
    expect(figureName("measure:practitionersTrained:participants", "fr")).toBe(
      "Praticiens de la justice pénale formés",
    );
    expect(figureName("measure:practitionersTrained:country:KEN:participants", "es")).toBe(
      "Profesionales de la justicia penal capacitados — Kenya",
    );
    expect(figureName("measure:peopleReached:theme:prevention:participants", "fr")).toBe(
      "Personnes touchées par la prévention et la sensibilisation — Prévention",
    );
  });

  it("names the summary's countries of the practitioners trained as the report does", () => {
    expect(figureName("measure:practitionersTrained:country:*:activities", "en")).toBe(
      "Countries of the criminal justice practitioners trained",
    );
    expect(figureName("measure:practitionersTrained:country:*:activities", "fr")).toBe(
      "Pays des praticiens de la justice pénale formés",
    );
  });

  it("names a country's activities with the country in the language's grammar", () => {
    expect(figureName("country:PHL:activities", "en")).toBe("Activities in which the Philippines took part");
    expect(figureName("country:PHL:activities", "fr")).toBe("Activités avec la participation des Philippines");
    expect(figureName("country:PER:activities", "es")).toBe("Actividades con la participación del Perú");
  });

  it("names the counts of the annex's tables by their caption and row, with the language's colon", () => {
    expect(figureName("kind:training:activities", "fr")).toBe("Activités par type\u00a0: Formation");
    expect(figureName("labCountry:KEN:labs", "en")).toBe("Laboratories by country: Kenya");
    expect(figureName("labs", "es")).toBe("Laboratorios de análisis forense digital");
  });

  it("names no cell the report has no figure for", () => {
    expect(figureName("measure:unknown:participants", "en")).toBeUndefined();
    expect(figureName("country:XXX:activities", "en")).toBeUndefined();
    expect(figureName("kind:training:activities:more", "en")).toBeUndefined();
  });
});
