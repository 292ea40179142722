#!/usr/bin/env python
"""Reprocess the 2022 backlist with the legacy blurb/tagger code."""
import csv
import json
import sys

from enrichment.legacy.old_blurbs import CatalogueTagger, blurb_for, blurb_for_claude, short_pitch


def main(path, out_path):
    tagger = CatalogueTagger.create(model="gpt-4o-mini")
    with open(path) as fh, open(out_path, "w") as out:
        for row in csv.DictReader(fh):
            if row.get("Imprint") == "Gullwing Poetry":
                blurb = blurb_for_claude(row["Title"], row["Contributor1"], row.get("Description", ""))
            else:
                blurb = blurb_for(row["Title"], row["Contributor1"], row.get("Description", ""))
            tags = tagger.tag(row["Title"], blurb)
            record = {"isbn": row["ISBN"], "blurb": blurb, "tags": tags}
            if row.get("Format") == "Audio":
                record["pitch"] = short_pitch(row["Title"], blurb)
            out.write(json.dumps(record) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
