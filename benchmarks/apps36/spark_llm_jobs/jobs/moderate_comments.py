"""Flag community comments with the moderation endpoint, then rewrite flagged ones with
Azure OpenAI (our EU tenant) so the community team gets a suggested edit."""
from __future__ import annotations

import logging

import pandas as pd
from pyspark.sql import functions as F
from pyspark.sql.functions import pandas_udf, udf
from pyspark.sql.types import BooleanType, StringType, StructField, StructType

from jobs.common import JobConfig, base_arg_parser, get_azure_openai_client, get_openai_client
from jobs.common.spark_utils import build_spark, read_input, write_output

log = logging.getLogger("moderate_comments")

MOD_SCHEMA = StructType(
    [
        StructField("flagged", BooleanType()),
        StructField("categories", StringType()),
    ]
)


@pandas_udf(MOD_SCHEMA)
def moderate(texts: pd.Series) -> pd.DataFrame:
    client = get_openai_client()
    result = client.moderations.create(model="omni-moderation-latest", input=[t or "" for t in texts])
    flagged = [r.flagged for r in result.results]
    cats = [",".join(k for k, v in r.categories.model_dump().items() if v) for r in result.results]
    return pd.DataFrame({"flagged": flagged, "categories": cats})


def make_rewrite_udf(endpoint: str, api_version: str, deployment: str):
    def rewrite(text: str | None) -> str | None:
        if not text:
            return None
        azure = get_azure_openai_client(endpoint, api_version)
        completion = azure.chat.completions.create(
            model=deployment,  # Azure deployment name
            messages=[
                {"role": "system", "content": "Rewrite the comment so it follows community guidelines. Keep the meaning."},
                {"role": "user", "content": text},
            ],
            max_tokens=300,
        )
        return completion.choices[0].message.content

    return udf(rewrite, StringType())


def main() -> None:
    args = base_arg_parser(__doc__).parse_args()
    cfg = JobConfig.from_yaml(args.config)
    spark = build_spark("moderate-comments", cfg)

    comments = read_input(spark, cfg.table("comments"), args.date, args.limit)
    scored = comments.withColumn("mod", moderate(F.col("text"))).select("comment_id", "text", "mod.*")
    rewrite = make_rewrite_udf(cfg.openai["azure_endpoint"], cfg.openai["api_version"], cfg.openai["azure_deployment"])
    out = scored.withColumn(
        "suggested_edit", F.when(F.col("flagged"), rewrite(F.col("text"))).otherwise(F.lit(None))
    ).drop("text")
    write_output(out, cfg.output_table("comment_moderation"), args.date, args.dry_run)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
