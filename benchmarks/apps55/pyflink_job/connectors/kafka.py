"""Kafka source/sink builders shared by every job."""
from __future__ import annotations

from pyflink.common import Duration, WatermarkStrategy
from pyflink.common.serialization import SimpleStringSchema
from pyflink.datastream.connectors.base import DeliveryGuarantee
from pyflink.datastream.connectors.kafka import (
    KafkaOffsetsInitializer,
    KafkaRecordSerializationSchema,
    KafkaSink,
    KafkaSource,
)

from config.settings import KAFKA


def string_source(topic: str, group_suffix: str = "", earliest: bool = False) -> KafkaSource:
    offsets = (
        KafkaOffsetsInitializer.earliest()
        if earliest
        else KafkaOffsetsInitializer.committed_offsets()
    )
    return (
        KafkaSource.builder()
        .set_bootstrap_servers(KAFKA.bootstrap_servers)
        .set_topics(topic)
        .set_group_id(KAFKA.group_id + group_suffix)
        .set_starting_offsets(offsets)
        .set_value_only_deserializer(SimpleStringSchema())
        .set_property("partition.discovery.interval.ms", "60000")
        .build()
    )


def string_sink(topic: str, transactional_prefix: str | None = None) -> KafkaSink:
    builder = (
        KafkaSink.builder()
        .set_bootstrap_servers(KAFKA.bootstrap_servers)
        .set_record_serializer(
            KafkaRecordSerializationSchema.builder()
            .set_topic(topic)
            .set_value_serialization_schema(SimpleStringSchema())
            .build()
        )
    )
    if transactional_prefix:
        builder = builder.set_delivery_guarantee(DeliveryGuarantee.EXACTLY_ONCE).set_transactional_id_prefix(
            transactional_prefix
        )
    else:
        builder = builder.set_delivery_guarantee(DeliveryGuarantee.AT_LEAST_ONCE)
    return builder.build()


def bounded_lateness(seconds: int = 30) -> WatermarkStrategy:
    return WatermarkStrategy.for_bounded_out_of_orderness(Duration.of_seconds(seconds))


def kafka_table_ddl(name: str, topic: str, columns: str, fmt: str = "json") -> str:
    return f"""
        CREATE TABLE {name} (
            {columns}
        ) WITH (
            'connector' = 'kafka',
            'topic' = '{topic}',
            'properties.bootstrap.servers' = '{KAFKA.bootstrap_servers}',
            'properties.group.id' = '{KAFKA.group_id}-{name}',
            'scan.startup.mode' = 'group-offsets',
            'properties.auto.offset.reset' = 'latest',
            'format' = '{fmt}'
        )
    """
