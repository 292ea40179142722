#!/usr/bin/env python
"""Translate changed help-centre articles (cron, hourly)."""
import json
import sys

from gateway.workers.translator import ArticleTranslator


def main(path):
    tr = ArticleTranslator()
    try:
        with open(path) as fh:
            for line in fh:
                article = json.loads(line)
                out = tr.translate_all(article)
                print(json.dumps({"slug": article["slug"], "langs": sorted(out)}))
    finally:
        tr.close()


if __name__ == "__main__":
    main(sys.argv[1])
