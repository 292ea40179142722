"""NPS responses -> sentiment, moderation, language, weekly themes."""
from __future__ import annotations

import datetime as dt
import logging

import dlt
from openai import OpenAI

from sources.feedback import nps_embeddings, nps_feedback, nps_themes

logger = logging.getLogger("feedback_pipeline")


def main(weekly: bool = False) -> None:
    pipeline = dlt.pipeline(pipeline_name="nps", destination="duckdb", dataset_name="nps")
    source = nps_feedback()

    oa = OpenAI(api_key=dlt.secrets["enrichment.openai.api_key"])
    source.nps_responses.add_map(
        lambda r: {
            **r,
            "reply_draft": oa.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": f"Draft a one-line thank-you reply to: {r['comment']}"}],
            ).choices[0].message.content
            if r.get("score") is not None and r["score"] >= 9
            else None,
        }
    )
    info = pipeline.run(source)
    logger.info(info)

    if weekly or dt.date.today().weekday() == 0:
        with pipeline.sql_client() as client:
            rows = client.execute_sql(
                "SELECT response_id, comment FROM nps_responses WHERE submitted_at > now() - INTERVAL 7 DAY AND comment <> ''"
            )
        comments = [r[1] for r in rows]
        pipeline.run([nps_themes(comments), nps_embeddings([{"response_id": r[0], "comment": r[1]} for r in rows])])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
