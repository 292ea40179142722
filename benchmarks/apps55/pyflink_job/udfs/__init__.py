from udfs.sentiment_udf import sentiment, sentiment_tracked
from udfs.topic_udf import chat_topic, topic_label

__all__ = ["chat_topic", "sentiment", "sentiment_tracked", "topic_label"]
