// Reads a vCard file with ical.js, the parser of Thunderbird's address book, and prints for
// each card the values Thunderbird would show, as JSON on stdout.
// Usage: node read_vcards.mjs FILE
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const text = readFileSync(process.argv[2], "utf8");
let parsed = ICAL.parse(text);
if (typeof parsed[0] === "string") {
  parsed = [parsed]; // one card comes back bare, several as a list
}

const values = (card, name) => card.getAllProperties(name).map((p) => p.getFirstValue());

const cards = parsed.map((jcard) => {
  const card = new ICAL.Component(jcard);
  return {
    fn: card.getFirstPropertyValue("fn"),
    n: card.getFirstPropertyValue("n"),
    org: card.getFirstPropertyValue("org"),
    title: values(card, "title"),
    note: values(card, "note"),
    tel: card.getAllProperties("tel").map((p) => ({ type: p.type, value: p.getFirstValue() })),
    email: values(card, "email"),
    adr: values(card, "adr"),
  };
});
process.stdout.write(JSON.stringify(cards));
