"""Support chat job: moderation -> summaries, titles, escalations, embeddings.

    flink run -py jobs/support_chat_summaries.py --pyFiles enrichment,functions,config,connectors,tracking
"""
from __future__ import annotations

import json
import logging
import sys

from pyflink.common import Types
from pyflink.datastream import StreamExecutionEnvironment
from pyflink.datastream.functions import MapFunction, RuntimeContext

from config.settings import KAFKA
from connectors.kafka import bounded_lateness, string_sink, string_source
from connectors.serde import key_by_chat
from enrichment.legacy_llm import get_legacy_client, legacy_tag_message
from functions import ChatSessionSummarizer, ChunkEmbedder, EscalationDetector, ModerationFilter
from functions.chat_summarizer import ChatTitleProcess


class LegacyTagMap(MapFunction):
    """Tags each message. Ported 1:1 from the Spark job, do not change the prompt."""

    def map(self, value):
        msg = json.loads(value)
        msg["tags"] = legacy_tag_message(msg.get("text", ""))
        return json.dumps(msg)


class LegacyLanguageMap(MapFunction):
    def open(self, runtime_context: RuntimeContext):
        self.client = get_legacy_client()

    def map(self, value):
        msg = json.loads(value)
        out = self.client.chat.completions.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": "ISO 639-1 code of the language of: " + msg.get("text", "")[:500]}],
            max_tokens=3,
        )
        msg["lang"] = out.choices[0].message.content.strip().lower()
        return json.dumps(msg)


def main() -> None:
    env = StreamExecutionEnvironment.get_execution_environment()
    env.set_parallelism(2)
    env.enable_checkpointing(120_000)

    chats = env.from_source(
        string_source(KAFKA.chats_topic, group_suffix="-chats"), bounded_lateness(60), "chat-messages"
    )
    clean = chats.filter(ModerationFilter()).name("moderation")
    with_lang = clean.map(LegacyLanguageMap(), output_type=Types.STRING()).name("lang")
    tagged = with_lang.map(LegacyTagMap(), output_type=Types.STRING()).name("legacy-tags")

    keyed = tagged.key_by(key_by_chat, key_type=Types.STRING())
    summaries = keyed.process(ChatSessionSummarizer(), output_type=Types.STRING()).name("summaries")
    titles = keyed.process(ChatTitleProcess(), output_type=Types.STRING()).name("titles")
    escalations = keyed.process(EscalationDetector(), output_type=Types.STRING()).name("escalations")

    summaries.sink_to(string_sink(KAFKA.chat_summaries_topic)).name("sink-summaries")
    titles.sink_to(string_sink(KAFKA.chat_summaries_topic + ".titles")).name("sink-titles")
    escalations.sink_to(string_sink("support.escalations")).name("sink-escalations")

    vectors = summaries.flat_map(ChunkEmbedder(), output_type=Types.STRING()).name("embed")
    vectors.sink_to(string_sink(KAFKA.embeddings_topic)).name("sink-vectors")

    env.execute("support-chat-summaries")


if __name__ == "__main__":
    logging.basicConfig(stream=sys.stdout, level=logging.INFO)
    main()
