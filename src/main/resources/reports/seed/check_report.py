#!/usr/bin/env python3
"""Standalone checker for a report (docs/model.md, formatVersion 1). Python 3, standard library only.

Usage: python3 check_report.py REPORT.json [--text FILE] [--schema SCHEMA.json] [--quiet]

Checks: ids unique and well formed (`<kind-slug>:<slug>`, prefix matching the kind); every reference
(from/to/claimant/about/partOf/contradicts/reportedBy/publisher/reference.source and eventId/claimId in
relation properties) resolves to an id of the report; every evidence/context quote occurs in source.text
(exactly once without `start`; at `start` when given, Python str indices == Java String indices for BMP text);
every entity/event/claim/relation has evidence or reference; inferences carry evidence; relation endpoint
kinds follow the relationship table; relationship ids (TYPE:from->to#key) unique; sentence coverage: each
sentence of the text holds at least one evidence or context span. With --text, source.text must equal the
file byte for byte. With --schema, the report is also validated with the `jsonschema` package when it is
installed (optional; skipped otherwise). Exits 1 on any problem.
"""
import argparse
import json
import re
import sys

ACTOR_KINDS = {"ArmedGroup": "armed-group", "MilitaryForce": "military-force", "GovernmentBody": "government-body",
               "Person": "person", "MediaOutlet": "media-outlet", "State": "state"}
PLACE_KINDS = {"Country": "country", "Region": "region", "District": "district", "Settlement": "settlement",
               "Facility": "facility"}
ASSET_KINDS = {"Aircraft": "aircraft", "Vehicle": "vehicle", "Drone": "drone", "Missile": "missile",
               "Infrastructure": "infrastructure"}
KIND_PREFIX = {**ACTOR_KINDS, **PLACE_KINDS, **ASSET_KINDS}
BASE_OF_KIND = {**{k: "Actor" for k in ACTOR_KINDS}, **{k: "Place" for k in PLACE_KINDS},
                **{k: "Asset" for k in ASSET_KINDS}}
SOURCE_KINDS = {"NewsArticle", "SocialMediaPost", "NewsAgencyReport", "Gazetteer", "Reference"}
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
ID_RE = re.compile(r"^([a-z]+(?:-[a-z]+)*):(" + SLUG + r")$")

EVENT_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Chemical weapon"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Accidents": {"Aircraft crash", "Fire", "Other"},
}
STATUSES = {"REPORTED", "CLAIMED", "DISPUTED", "CONFIRMED"}
PRECISIONS = {"DAY", "MONTH", "YEAR"}
STANCES = {"ASSERTS", "DENIES"}
FIGURES = {"killed", "injured", "hospitalized", "rescued", "destroyed", "intercepted", "damaged", "affected"}
ROLES = {"attacker", "target", "defender", "reporter", "claimant", "victim", "responder", "operator"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# relationship table: type -> list of (from bases, to bases); "Person" stands for Actor of kind Person
REL_TABLE = {
    "LOCATED_IN": [({"Place", "Asset", "Actor"}, {"Place"})],
    "OCCURRED_IN": [({"Event"}, {"Place"})],
    "PARTICIPATED_IN": [({"Actor"}, {"Event"})],
    "INVOLVED": [({"Event"}, {"Asset"})],
    "TARGETED": [({"Actor", "Event"}, {"Asset", "Place", "Actor"})],
    "DESTROYED": [({"Actor", "Event"}, {"Asset", "Place", "Actor"})],
    "INTERCEPTED": [({"Actor", "Event"}, {"Asset", "Place", "Actor"})],
    "DAMAGED": [({"Actor", "Event"}, {"Asset", "Place", "Actor"})],
    "PART_OF": [({"Actor"}, {"Actor"}), ({"Event"}, {"Event"})],
    "HOLDS_POSITION": [({"Person"}, {"Place", "Actor"})],
    "BLAMED": [({"Actor"}, {"Actor"})],
    "POSSIBLY_SAME_AS": [({"Actor"}, {"Actor"})],
    "CONTRADICTS": [({"Claim"}, {"Claim"})],
}


class Checker:
    def __init__(self, report):
        self.r = report
        self.problems = []
        self.warnings = []
        self.text = (report.get("source") or {}).get("text", "")
        self.spans = []  # (start, end, origin) of every evidence/context quote
        self.nodes = {}  # id -> base ("Actor", "Person" is added as kind), value: (base, kind)

    def err(self, msg):
        self.problems.append(msg)

    # ------------------------------------------------------------ quotes
    def quote(self, item, where, context=False):
        if not isinstance(item, dict) or not isinstance(item.get("quote"), str) or not item["quote"]:
            self.err("%s: evidence item without a non-empty quote" % where)
            return
        q = item["quote"]
        if "start" in item:
            s = item["start"]
            if not isinstance(s, int) or isinstance(s, bool) or s < 0:
                self.err("%s: bad start %r" % (where, s))
                return
            if self.text[s:s + len(q)] != q:
                self.err("%s: quote not at start %d: %r" % (where, s, q))
                return
        else:
            n = self.text.count(q)
            if n == 0:
                self.err("%s: quote not in text: %r" % (where, q))
                return
            if n > 1:
                self.err("%s: quote occurs %d times and has no start: %r" % (where, n, q))
                return
            s = self.text.index(q)
        self.spans.append((s, s + len(q), where))

    def support(self, obj, where):
        ev = obj.get("evidence")
        ref = obj.get("reference")
        if not ev and not ref:
            self.err("%s: needs evidence or reference" % where)
        if ev is not None:
            if not isinstance(ev, list):
                self.err("%s: evidence must be a list" % where)
            else:
                for i, item in enumerate(ev):
                    self.quote(item, "%s evidence[%d]" % (where, i))
        if ref is not None:
            if not isinstance(ref, dict) or not isinstance(ref.get("source"), str):
                self.err("%s: reference needs a source id" % where)
            elif self.kind_of(ref["source"]) != ("Source", "Reference"):
                self.err("%s: reference source %r is not a reference source of the report" % (where, ref["source"]))
        inf = obj.get("inference")
        if inf is not None:
            c = inf.get("confidence") if isinstance(inf, dict) else None
            if not isinstance(c, (int, float)) or isinstance(c, bool) or not 0 <= c <= 1:
                self.err("%s: inference.confidence must be within 0..1" % where)
            if not isinstance(inf, dict) or not inf.get("basis"):
                self.err("%s: inference needs a basis" % where)
            if not ev:
                self.err("%s: an inference needs evidence of what it is inferred from" % where)

    # ------------------------------------------------------------ ids
    def register(self, id_, base, kind, where, prefix):
        if not isinstance(id_, str):
            self.err("%s: missing id" % where)
            return
        m = ID_RE.match(id_)
        if not m:
            self.err("%s: id %r is not <kind-slug>:<slug> (lower case ASCII, words joined by -)" % (where, id_))
        elif m.group(1) != prefix:
            self.err("%s: id %r should start with %r" % (where, id_, prefix + ":"))
        if id_ in self.nodes:
            self.err("%s: duplicate id %r" % (where, id_))
        self.nodes[id_] = (base, kind)

    def kind_of(self, id_):
        return self.nodes.get(id_)

    def resolve(self, id_, where, bases=None):
        k = self.nodes.get(id_)
        if k is None:
            self.err("%s: %r does not resolve to an id of the report" % (where, id_))
            return None
        if bases is not None and not self.matches(k, bases):
            self.err("%s: %r is a %s/%s, expected %s" % (where, id_, k[0], k[1], "/".join(sorted(bases))))
        return k

    @staticmethod
    def matches(k, bases):
        base, kind = k
        return base in bases or (kind == "Person" and "Person" in bases) or (kind in bases)

    # ------------------------------------------------------------ run
    def run(self):
        r = self.r
        if r.get("formatVersion") != 1:
            self.err("formatVersion must be 1")
        src = r.get("source") or {}
        self.register(src.get("id"), "Source", src.get("kind"), "source", "source")
        if src.get("kind") not in SOURCE_KINDS or src.get("kind") in ("Gazetteer", "Reference"):
            self.err("source.kind %r is not a kind of reported source" % src.get("kind"))
        if not isinstance(src.get("text"), str) or not src.get("text"):
            self.err("source.text missing")
        elif any(ord(c) > 0xFFFF for c in self.text):
            self.err("source.text has characters outside the BMP: Python offsets would differ from Java "
                     "String offsets; convert starts to UTF-16 units before relying on them")
        for ref in r.get("references", []):
            self.register(ref.get("id"), "Source", ref.get("kind"), "reference %s" % ref.get("id"), "source")
            if ref.get("kind") not in SOURCE_KINDS:
                self.err("reference %s: bad kind %r" % (ref.get("id"), ref.get("kind")))
            if "text" in ref:
                self.err("reference %s: reference sources carry no text" % ref.get("id"))
            # reference sources count as "Reference" for support purposes
            self.nodes[ref.get("id")] = ("Source", "Reference")

        for e in r.get("entities", []):
            kind = e.get("kind")
            if kind not in KIND_PREFIX:
                self.err("entity %s: unknown kind %r" % (e.get("id"), kind))
                continue
            self.register(e.get("id"), BASE_OF_KIND[kind], kind, "entity %s" % e.get("id"), KIND_PREFIX[kind])
        for ev in r.get("events", []):
            self.register(ev.get("id"), "Event", "Event", "event %s" % ev.get("id"), "event")
        for c in r.get("claims", []):
            self.register(c.get("id"), "Claim", "Claim", "claim %s" % c.get("id"), "claim")

        # source publisher
        if src.get("publisher") is not None:
            self.resolve(src["publisher"], "source.publisher", {"MediaOutlet"})

        for e in r.get("entities", []):
            where = "entity %s" % e.get("id")
            if not e.get("name"):
                self.err("%s: missing name" % where)
            self.support(e, where)
            props = e.get("properties") or {}
            if e.get("kind") in PLACE_KINDS:
                loc = props.get("location")
                if loc is not None and not (isinstance(loc, dict) and -90 <= loc.get("latitude", 999) <= 90
                                            and -180 <= loc.get("longitude", 999) <= 180):
                    self.err("%s: bad location %r" % (where, loc))
            if "quantity" in props and (not isinstance(props["quantity"], int) or props["quantity"] < 0):
                self.err("%s: quantity must be a non-negative integer" % where)

        for ev in r.get("events", []):
            where = "event %s" % ev.get("id")
            if ev.get("type") not in EVENT_TYPES:
                self.err("%s: unknown type %r" % (where, ev.get("type")))
            elif ev.get("subType") not in EVENT_TYPES[ev["type"]]:
                self.err("%s: subType %r is not one of %s" % (where, ev.get("subType"), ev["type"]))
            if ev.get("status") not in STATUSES:
                self.err("%s: bad status %r" % (where, ev.get("status")))
            if ev.get("datePrecision") not in PRECISIONS:
                self.err("%s: bad datePrecision %r" % (where, ev.get("datePrecision")))
            d = ev.get("date", "")
            if not DATE_RE.match(d or ""):
                self.err("%s: bad date %r" % (where, d))
            elif ev.get("datePrecision") == "MONTH" and not d.endswith("-01"):
                self.err("%s: MONTH precision needs the first day of the month" % where)
            elif ev.get("datePrecision") == "YEAR" and not d.endswith("-01-01"):
                self.err("%s: YEAR precision needs the first day of the year" % where)
            if ev.get("partOf") is not None:
                self.resolve(ev["partOf"], where + " partOf", {"Event"})
                if ev["partOf"] == ev.get("id"):
                    self.err("%s: partOf itself" % where)
            self.support(ev, where)

        for c in r.get("claims", []):
            where = "claim %s" % c.get("id")
            self.resolve(c.get("claimant"), where + " claimant", {"Actor"})
            for a in c.get("reportedBy", []):
                self.resolve(a, where + " reportedBy", {"Actor"})
            if not c.get("about"):
                self.err("%s: about is empty" % where)
            for a in c.get("about", []):
                self.resolve(a, where + " about", {"Event", "Actor", "Place", "Asset"})
            for a in c.get("contradicts", []):
                self.resolve(a, where + " contradicts", {"Claim"})
                if a == c.get("id"):
                    self.err("%s: contradicts itself" % where)
            if c.get("stance") not in STANCES:
                self.err("%s: bad stance %r" % (where, c.get("stance")))
            if not c.get("kind") or not c.get("statement"):
                self.err("%s: needs kind and statement" % where)
            if c.get("date") is not None and not DATE_RE.match(c["date"]):
                self.err("%s: bad date %r" % (where, c["date"]))
            for k, v in (c.get("figures") or {}).items():
                if k not in FIGURES:
                    self.err("%s: unknown figure %r" % (where, k))
                if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                    self.err("%s: figure %s must be a non-negative integer" % (where, k))
            self.support(c, where)

        rel_ids = set()
        for i, rel in enumerate(r.get("relations", [])):
            t = rel.get("type")
            where = "relation[%d] %s %s->%s" % (i, t, rel.get("from"), rel.get("to"))
            if t == "ATTACKED":
                self.err("%s: ATTACKED is derived by the pipeline, do not write it" % where)
                continue
            if t not in REL_TABLE:
                self.err("%s: unknown relation type" % where)
                continue
            fk = self.resolve(rel.get("from"), where + " from")
            tk = self.resolve(rel.get("to"), where + " to")
            if fk and tk and not any(self.matches(fk, fb) and self.matches(tk, tb) for fb, tb in REL_TABLE[t]):
                self.err("%s: %s/%s -> %s/%s not allowed for %s" % (where, fk[0], fk[1], tk[0], tk[1], t))
            if t == "PART_OF" and fk and tk and fk[0] != tk[0]:
                self.err("%s: PART_OF links two actors or two events" % where)
            rid = "%s:%s->%s%s" % (t, rel.get("from"), rel.get("to"), "#" + rel["key"] if rel.get("key") else "")
            if rid in rel_ids:
                self.err("%s: duplicate relationship id %s (give a distinct key)" % (where, rid))
            rel_ids.add(rid)
            props = rel.get("properties") or {}
            if not isinstance(props, dict):
                self.err("%s: properties must be an object" % where)
                props = {}
            if t == "PARTICIPATED_IN" and props.get("role") not in ROLES:
                self.err("%s: role %r not one of %s" % (where, props.get("role"), sorted(ROLES)))
            if t == "HOLDS_POSITION" and not props.get("position"):
                self.err("%s: HOLDS_POSITION needs a position" % where)
            if t == "POSSIBLY_SAME_AS" and not rel.get("inference"):
                self.err("%s: POSSIBLY_SAME_AS must be an inference" % where)
            if "eventId" in props:
                self.resolve(props["eventId"], where + " eventId", {"Event"})
            if "claimId" in props:
                self.resolve(props["claimId"], where + " claimId", {"Claim"})
            self.support(rel, where)

        for i, c in enumerate(r.get("context", [])):
            where = "context[%d]" % i
            if not c.get("reason"):
                self.err("%s: needs a reason" % where)
            self.quote(c, where)

    # ------------------------------------------------------------ coverage
    def sentences(self):
        """Split at line breaks and after . ! ? (plus closing quotes/brackets) followed by white space."""
        out = []
        text = self.text
        start = 0
        i = 0
        n = len(text)
        while i < n:
            ch = text[i]
            if ch == "\n":
                out.append((start, i))
                start = i + 1
            elif ch in ".!?":
                j = i + 1
                while j < n and text[j] in "”’\"')]":
                    j += 1
                if j < n and text[j] in " \t":
                    out.append((start, j))
                    while j < n and text[j] in " \t":
                        j += 1
                    start = j
                    i = j
                    continue
            i += 1
        out.append((start, n))
        result = []
        for s, e in out:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                result.append((s, e))
        return result

    def coverage(self):
        sents = self.sentences()
        uncovered = []
        for s, e in sents:
            if not any(a < e and b > s and any(c.isalnum() for c in self.text[max(a, s):min(b, e)])
                       for a, b, _ in self.spans):
                uncovered.append((s, e))
        covered_chars = set()
        for a, b, _ in self.spans:
            covered_chars.update(range(a, b))
        visible = [i for i, c in enumerate(self.text) if not c.isspace()]
        char_share = sum(1 for i in visible if i in covered_chars) / max(1, len(visible))
        return sents, uncovered, char_share


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report")
    ap.add_argument("--text", help="file whose content source.text must equal exactly")
    ap.add_argument("--schema", help="JSON Schema to validate with (needs the jsonschema package)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()

    with open(args.report, encoding="utf-8") as f:
        report = json.load(f)
    ch = Checker(report)
    if args.text:
        with open(args.text, encoding="utf-8", newline="") as f:
            if f.read() != ch.text:
                ch.err("source.text differs from %s" % args.text)
    ch.run()

    if args.schema:
        try:
            import jsonschema  # optional, not part of the standard library
        except ImportError:
            ch.warnings.append("jsonschema not installed: schema validation skipped")
        else:
            with open(args.schema, encoding="utf-8") as f:
                schema = json.load(f)
            cls = jsonschema.validators.validator_for(schema)
            cls.check_schema(schema)
            for e in sorted(cls(schema).iter_errors(report), key=lambda x: list(x.absolute_path)):
                ch.err("schema: %s at /%s" % (e.message[:200], "/".join(map(str, e.absolute_path))))

    sents, uncovered, char_share = ch.coverage()
    r = report
    if not args.quiet:
        def count(items, key):
            out = {}
            for it in items:
                out[it.get(key)] = out.get(it.get(key), 0) + 1
            return ", ".join("%s %d" % kv for kv in sorted(out.items()))
        print("entities: %d (%s)" % (len(r.get("entities", [])), count(r.get("entities", []), "kind")))
        print("events: %d (%s)" % (len(r.get("events", [])), count(r.get("events", []), "status")))
        print("claims: %d" % len(r.get("claims", [])))
        print("relations: %d (%s)" % (len(r.get("relations", [])), count(r.get("relations", []), "type")))
        print("evidence/context spans: %d, distinct mentions: %d" % (len(ch.spans), len({(a, b) for a, b, _ in ch.spans})))
        print("non-space characters inside a quote: %.1f%%" % (100 * char_share))
    print("sentence coverage: %d/%d" % (len(sents) - len(uncovered), len(sents)))
    for s, e in uncovered:
        ch.err("uncovered sentence at %d: %r" % (s, ch.text[s:e]))
    for w in ch.warnings:
        print("warning:", w)
    for p in ch.problems:
        print("PROBLEM:", p)
    if ch.problems:
        print("%d problem(s)" % len(ch.problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
