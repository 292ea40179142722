from __future__ import annotations

import logging
from typing import Iterable

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from jobs.common.config import JobConfig

log = logging.getLogger(__name__)


def build_spark(app_name: str, cfg: JobConfig | None = None) -> SparkSession:
    builder = SparkSession.builder.appName(
        f"{cfg.spark.get('app_name_prefix', 'llm-enrich')}-{app_name}" if cfg else app_name
    )
    if cfg:
        builder = builder.config("spark.sql.shuffle.partitions", cfg.spark.get("shuffle_partitions", 200))
    builder = builder.config("spark.sql.execution.arrow.pyspark.enabled", "true")
    builder = builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", "256")
    return builder.enableHiveSupport().getOrCreate()


def read_input(spark: SparkSession, table: str, date: str | None = None, limit: int | None = None) -> DataFrame:
    df = spark.table(table)
    if date:
        df = df.where(F.col("ds") == date)
    if limit:
        df = df.limit(limit)
    return df


def write_output(df: DataFrame, table: str, date: str | None, dry_run: bool = False) -> None:
    if dry_run:
        df.show(20, truncate=80)
        return
    if date:
        df = df.withColumn("ds", F.lit(date))
    (
        df.write.mode("overwrite")
        .option("partitionOverwriteMode", "dynamic")
        .partitionBy("ds")
        .format("parquet")
        .saveAsTable(table)
    )
    log.info("wrote %s", table)


def repartition_for_llm(df: DataFrame, rows_per_partition: int = 200) -> DataFrame:
    n = df.count()
    parts = max(1, n // rows_per_partition)
    return df.repartition(parts)


def chunked(it: Iterable, size: int):
    batch = []
    for item in it:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
