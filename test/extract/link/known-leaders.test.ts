// Well-known leaders that news names by surname or nickname alone resolve to their curated full
// name and country. The sentences are invented.
import { describe, expect, it } from "vitest";
import { extractArticle, toGold } from "../../../src/extract/index.ts";
import { countries, people } from "../../../src/extract/link/knowledge.ts";

const named = (text: string) =>
  toGold(
    extractArticle(
      "example.txt",
      ` date 2025-06-12 Example headline\n\n${text}`,
    ),
  ).people.map((p) => [p.name, p.country]);

describe("surname-only mentions of curated leaders", () => {
  it("gives the full name and country of a leader written by surname or nickname alone", () => {
    expect(
      named(
        "Lula said on Tuesday that talks with Tinubu would resume next month.",
      ),
    ).toEqual([
      ["Luiz Inácio Lula da Silva", "Brazil"],
      ["Bola Tinubu", "Nigeria"],
    ]);
    expect(named("MBS hosted the summit, and Erdogan arrived late.")).toEqual([
      ["Mohammed bin Salman", "Saudi Arabia"],
      ["Recep Tayyip Erdoğan", "Turkey"],
    ]);
  });

  it("keeps the fuller name an article writes", () => {
    expect(
      named("President Bola Ahmed Tinubu spoke. Tinubu then left."),
    ).toEqual([["Bola Ahmed Tinubu", "Nigeria"]]);
  });
});

describe("the curated people", () => {
  it("name only countries the gazetteer knows", () => {
    const unknown = [...people.values()].filter(
      (p) => p.country !== null && !countries.has(p.country),
    );
    expect(unknown.map((p) => `${p.name}: ${p.country}`)).toEqual([]);
  });

  it("share no surname-only form", () => {
    const owners = new Map<string, string[]>();
    for (const p of people.values())
      for (const s of p.short ?? [])
        owners.set(s, [...(owners.get(s) ?? []), p.name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });
});
