"""Backfill summaries for one folder.

Run with:  bin/instance -O Plone run scripts/backfill_summaries.py /Plone/news
(``app`` is injected by ``instance run``)
"""
from openai import OpenAI
from plone import api
from zope.component.hooks import setSite

import os
import sys
import transaction


def main(app, path):
    site = app.unrestrictedTraverse(path.split("/")[1])
    setSite(site)
    client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    folder = app.unrestrictedTraverse(path)
    for brain in api.content.find(context=folder, portal_type="News Item"):
        obj = brain.getObject()
        if getattr(obj, "ai_summary", None):
            continue
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "user", "content": "Summarise: " + (obj.Description() or obj.Title())}
            ],
        )
        obj.ai_summary = resp.choices[0].message.content
        print("summarised", brain.getPath())
    transaction.commit()


if __name__ == "__main__" and "app" in globals():
    main(app, sys.argv[-1])  # noqa: F821
