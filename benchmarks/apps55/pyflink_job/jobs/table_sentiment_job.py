"""Table API job: sentiment + topic per support message, hourly aggregates.

    flink run -py jobs/table_sentiment_job.py --pyFiles udfs,enrichment,config,connectors,tracking
"""
from __future__ import annotations

import os

from pyflink.table import EnvironmentSettings, TableEnvironment

from config.settings import KAFKA
from connectors.kafka import kafka_table_ddl
from udfs import chat_topic, sentiment, sentiment_tracked, topic_label
from udfs.sentiment_udf import text_length_bucket


def main() -> None:
    t_env = TableEnvironment.create(EnvironmentSettings.in_streaming_mode())
    t_env.get_config().set("python.fn-execution.bundle.size", "50")
    t_env.get_config().set("parallelism.default", "2")

    t_env.execute_sql(
        kafka_table_ddl(
            "chat_messages",
            KAFKA.chats_topic,
            """chat_id STRING, id STRING, author STRING, `text` STRING, ts BIGINT,
               rowtime AS TO_TIMESTAMP_LTZ(ts, 3),
               WATERMARK FOR rowtime AS rowtime - INTERVAL '30' SECOND""",
        )
    )
    t_env.execute_sql(
        kafka_table_ddl(
            "chat_sentiment_hourly",
            "support.chat.sentiment.hourly",
            "window_start TIMESTAMP(3), topic STRING, sentiment STRING, n BIGINT",
        )
    )

    use_tracked = os.environ.get("SENTIMENT_TRACKED", "1") == "1"
    t_env.create_temporary_function("sentiment", sentiment_tracked if use_tracked else sentiment)
    t_env.create_temporary_function("topic_label", topic_label)
    t_env.create_temporary_function("chat_topic", chat_topic)
    t_env.create_temporary_function("len_bucket", text_length_bucket)

    topic_fn = "topic_label" if os.environ.get("TOPIC_UDF", "class") == "class" else "chat_topic"
    t_env.execute_sql(
        f"""
        INSERT INTO chat_sentiment_hourly
        SELECT window_start, topic, sentiment, COUNT(*) AS n
        FROM (
            SELECT window_start, {topic_fn}(`text`) AS topic, sentiment(`text`) AS sentiment
            FROM TABLE(TUMBLE(TABLE chat_messages, DESCRIPTOR(rowtime), INTERVAL '1' HOUR))
            WHERE author = 'customer' AND len_bucket(`text`) > 0
        )
        GROUP BY window_start, topic, sentiment
        """
    ).wait()


if __name__ == "__main__":
    main()
