"""Click stream enrichment job.

    flink run -py jobs/click_stream_enrichment.py --pyFiles enrichment,functions,config,connectors,tracking
"""
from __future__ import annotations

import argparse
import logging
import sys

from pyflink.common import Types
from pyflink.datastream import CheckpointingMode, StreamExecutionEnvironment

from config.settings import KAFKA
from connectors.kafka import bounded_lateness, string_sink, string_source
from connectors.serde import key_by_session
from functions import BatchedClickEnricher, BedrockProductTagger, ClickIntentMap, FireworksIntentMap, RoutedIntentMap


def build(env: StreamExecutionEnvironment, mode: str, sample_pct: int) -> None:
    source = string_source(KAFKA.clicks_topic, group_suffix="-clicks")
    clicks = env.from_source(source, bounded_lateness(30), "clicks")

    sampled = clicks.filter(lambda raw: hash(raw) % 100 < sample_pct).name("sample")

    if mode == "batched":
        enriched = (
            sampled.key_by(key_by_session, key_type=Types.STRING())
            .process(BatchedClickEnricher(), output_type=Types.STRING())
            .name("intent-batched")
        )
    elif mode == "fireworks":
        enriched = sampled.map(FireworksIntentMap(), output_type=Types.STRING()).name("intent-fireworks")
    elif mode == "routed":
        enriched = sampled.map(RoutedIntentMap(), output_type=Types.STRING()).name("intent-routed")
    else:
        enriched = sampled.map(ClickIntentMap(), output_type=Types.STRING()).name("intent-openai")

    product_pages = enriched.filter(lambda raw: '"/p/' in raw).name("product-pages")
    tagged = product_pages.map(BedrockProductTagger(), output_type=Types.STRING()).name("bedrock-tags")

    enriched.sink_to(string_sink(KAFKA.enriched_clicks_topic, "clicks-enriched")).name("sink-enriched")
    tagged.sink_to(string_sink(KAFKA.enriched_clicks_topic + ".tags")).name("sink-tags")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["openai", "fireworks", "routed", "batched"], default="batched")
    parser.add_argument("--sample-pct", type=int, default=5)
    parser.add_argument("--parallelism", type=int, default=4)
    args, _ = parser.parse_known_args(argv)

    env = StreamExecutionEnvironment.get_execution_environment()
    env.set_parallelism(args.parallelism)
    env.enable_checkpointing(60_000, CheckpointingMode.EXACTLY_ONCE)
    env.get_config().set_auto_watermark_interval(1000)

    build(env, args.mode, args.sample_pct)
    env.execute(f"click-stream-enrichment-{args.mode}")


if __name__ == "__main__":
    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(message)s")
    main(sys.argv[1:])
