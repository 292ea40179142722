"""Generic enrichment job: any table, any prompt, any provider.

spark-submit jobs/run_enricher.py --config configs/prod.yaml --provider anthropic \
    --table prod_raw.product_catalog --id-field product_id --prompt-file prompts/tagline.txt \
    --output product_taglines
"""
from __future__ import annotations

import logging
from dataclasses import astuple

from jobs import enrichers
from jobs.common import JobConfig, base_arg_parser
from jobs.common.prompts import PromptTemplate
from jobs.common.schemas import ENRICHED_SCHEMA
from jobs.common.spark_utils import build_spark, read_input, write_output

log = logging.getLogger("run_enricher")


def main() -> None:
    parser = base_arg_parser(__doc__)
    parser.add_argument("--provider", required=True, choices=sorted(enrichers.ENRICHERS))
    parser.add_argument("--table", required=True)
    parser.add_argument("--id-field", default="id")
    parser.add_argument("--prompt-file", required=True)
    parser.add_argument("--system", default=None)
    parser.add_argument("--output", required=True)
    parser.add_argument("--partitions", type=int, default=100)
    args = parser.parse_args()

    cfg = JobConfig.from_yaml(args.config)
    spark = build_spark(f"enrich-{args.output}", cfg)
    with open(args.prompt_file) as fh:
        template_text = fh.read()
    bc_cfg = spark.sparkContext.broadcast(cfg.to_dict())
    provider, id_field, system = args.provider, args.id_field, args.system

    def run_partition(rows):
        enricher = enrichers.create(provider, bc_cfg.value, PromptTemplate(template_text), system)
        for res in enricher.enrich(rows, id_field=id_field):
            yield astuple(res)

    df = read_input(spark, args.table, args.date, args.limit).repartition(args.partitions)
    out = spark.createDataFrame(df.rdd.mapPartitions(run_partition), ENRICHED_SCHEMA)
    write_output(out, cfg.output_table(args.output), args.date, args.dry_run)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
