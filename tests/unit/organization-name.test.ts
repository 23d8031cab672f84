import { describe, expect, it } from "vitest";
import { acronymToShow } from "@/lib/organization-name";

describe("acronymToShow", () => {
  it("leaves out an acronym the name already contains, in brackets or as a word", () => {
    expect(acronymToShow("Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)", "ACNUR")).toBeNull();
    expect(acronymToShow("UN Refugee Agency (UNHCR)", "UNHCR")).toBeNull();
    expect(acronymToShow("Organización Internacional para las Migraciones (OIM) México", "OIM")).toBeNull();
    expect(acronymToShow("HIAS México", "HIAS")).toBeNull();
    expect(acronymToShow("COMI", "COMI")).toBeNull();
    expect(acronymToShow("Centro de Derechos Humanos Fray Matías de Córdoba (CDH Fray Matias)", "CDH Fray Matías")).toBeNull();
  });

  it("keeps an acronym the name does not spell out", () => {
    expect(acronymToShow("Comisión Mexicana de Ayuda a Refugiados", "COMAR")).toBe("COMAR");
    expect(acronymToShow("Asylum Access México", " AAMX ")).toBe("AAMX");
    // A word that merely contains the letters is not the acronym.
    expect(acronymToShow("Organización para las Migraciones", "OIM")).toBe("OIM");
    expect(acronymToShow(null, "KBI")).toBe("KBI");
  });

  it("gives nothing for a missing or blank acronym", () => {
    expect(acronymToShow("Caminos", undefined)).toBeNull();
    expect(acronymToShow("Caminos", "  ")).toBeNull();
  });
});
