from jobs.udfs.text_udfs import keywords_udf, sentiment_udf, short_summary_udf

__all__ = ["keywords_udf", "sentiment_udf", "short_summary_udf"]
