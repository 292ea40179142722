"""One-off: translate the Ueda production (JP) overnight. Async, bounded concurrency.

Written for HP-2291; kept around because it'll be needed again for the German set.
"""
import argparse
import asyncio
import logging
import os
import sys

from fireworks import AsyncFireworks
from openai import AsyncOpenAI
from pyramid.paster import bootstrap, setup_logging

from lexreview.models import Document, Matter
from lexreview.services.llm_usage_tracker import llm_tracker
from lexreview.services.translation import FIREWORKS_MODEL, TRANSLATE_SYSTEM, split_for_translation

log = logging.getLogger("lexreview.backfill")

QC_MODEL = "gpt-4o-mini"


async def translate_chunk(fw, sem, chunk, matter_id):
    async with sem:
        async with llm_tracker.track_llm_call(
            provider="fireworks", model=FIREWORKS_MODEL, feature_context="backfill_translation",
            matter_id=matter_id,
        ) as usage_log:
            resp = await fw.chat.completions.create(
                model=FIREWORKS_MODEL,
                messages=[
                    {"role": "system", "content": TRANSLATE_SYSTEM},
                    {"role": "user", "content": chunk},
                ],
                max_tokens=8192,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content


async def qc_translation(oai, source, translated):
    """Spot-check: ask a second model whether the translation dropped content."""
    resp = await oai.chat.completions.create(
        model=QC_MODEL,
        messages=[
            {
                "role": "user",
                "content": "Does the English translation omit or add material facts? "
                f"Answer OK or list problems.\n\nSOURCE:\n{source[:6000]}\n\nENGLISH:\n{translated[:6000]}",
            }
        ],
    )
    return resp.choices[0].message.content


async def run(docs, matter_id, concurrency=8, qc_every=20):
    fw = AsyncFireworks(api_key=os.environ["FIREWORKS_API_KEY"])
    oai = AsyncOpenAI()
    sem = asyncio.Semaphore(concurrency)
    for i, doc in enumerate(docs):
        parts = await asyncio.gather(
            *(translate_chunk(fw, sem, c, matter_id) for c in split_for_translation(doc.text))
        )
        doc.summary = "\n\n".join(parts)
        if i % qc_every == 0:
            verdict = await qc_translation(oai, doc.text, doc.summary)
            log.info("QC %s: %s", doc.id, verdict[:80])


def main(argv=sys.argv):
    p = argparse.ArgumentParser()
    p.add_argument("config_uri")
    p.add_argument("--matter", required=True)
    p.add_argument("--language", default="ja")
    args = p.parse_args(argv[1:])
    setup_logging(args.config_uri)
    env = bootstrap(args.config_uri)
    request = env["request"]
    try:
        with request.tm:
            matter = request.dbsession.query(Matter).filter_by(number=args.matter).one()
            docs = (
                request.dbsession.query(Document)
                .filter_by(matter_id=matter.id, language=args.language)
                .all()
            )
            asyncio.run(run(docs, matter.id))
    finally:
        env["closer"]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
