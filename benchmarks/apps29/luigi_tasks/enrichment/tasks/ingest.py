import collections
import csv
import json

import luigi

from enrichment.config import catalogue
from enrichment.tasks.base import CatalogueTask
from enrichment.utils import is_valid_isbn13, normalise_isbn
from enrichment.utils import jsonl_target, read_jsonl, write_jsonl


class SourceCatalogue(luigi.ExternalTask):
    def output(self):
        return luigi.LocalTarget(catalogue().source_csv)


class ExtractCatalogue(CatalogueTask):
    """Normalise the warehouse CSV export into JSON lines keyed by ISBN-13."""

    def requires(self):
        return SourceCatalogue()

    def output(self):
        return jsonl_target("extract", f"titles_{self.run_date:%Y%m%d}.jsonl")

    def _rows(self):
        seen = set()
        with self.input().open("r") as fh:
            for raw in csv.DictReader(fh):
                isbn = normalise_isbn(raw.get("ISBN", ""))
                if not is_valid_isbn13(isbn) or isbn in seen:
                    continue
                seen.add(isbn)
                yield {
                    "isbn": isbn,
                    "title": raw.get("Title", "").strip(),
                    "author": raw.get("Contributor1", "").strip(),
                    "year": raw.get("PubYear", "").strip(),
                    "imprint": raw.get("Imprint", "").strip(),
                    "description": (raw.get("Description") or "").strip(),
                    "reviews": [r for r in (raw.get("Reviews") or "").split("||") if r],
                }

    def run(self):
        n = write_jsonl(self.output(), self.limited(self._rows()))
        self.set_status_message(f"{n} titles extracted")


class CatalogueStats(CatalogueTask):
    """Counts per imprint / decade and how many descriptions need a blurb.

    Cheap, and run first in the morning so editorial can sanity-check the
    export before any model spend happens.
    """

    min_description = luigi.IntParameter(default=180)

    def requires(self):
        return ExtractCatalogue(run_date=self.run_date, limit=self.limit)

    def output(self):
        return luigi.LocalTarget(catalogue().data_root + f"/extract/stats_{self.run_date:%Y%m%d}.json")

    def run(self):
        by_imprint = collections.Counter()
        by_decade = collections.Counter()
        needs_blurb = 0
        with_reviews = 0
        total = 0
        for row in read_jsonl(self.input()):
            total += 1
            by_imprint[row["imprint"] or "(none)"] += 1
            year = row["year"][:4]
            by_decade[f"{year[:3]}0s" if year.isdigit() else "unknown"] += 1
            if len(row["description"]) < self.min_description:
                needs_blurb += 1
            if row["reviews"]:
                with_reviews += 1
        stats = {
            "total": total,
            "needs_blurb": needs_blurb,
            "with_reviews": with_reviews,
            "by_imprint": dict(by_imprint.most_common()),
            "by_decade": dict(sorted(by_decade.items())),
        }
        with self.output().open("w") as fh:
            json.dump(stats, fh, indent=2)
