from pyspark.sql.types import (
    ArrayType,
    FloatType,
    IntegerType,
    StringType,
    StructField,
    StructType,
)

TICKET_LABEL_SCHEMA = StructType(
    [
        StructField("ticket_id", StringType(), False),
        StructField("category", StringType(), True),
        StructField("urgency", StringType(), True),
        StructField("model", StringType(), True),
        StructField("input_tokens", IntegerType(), True),
        StructField("output_tokens", IntegerType(), True),
    ]
)

SUMMARY_SCHEMA = StructType(
    [
        StructField("product_id", StringType(), False),
        StructField("summary", StringType(), True),
        StructField("pros", ArrayType(StringType()), True),
        StructField("cons", ArrayType(StringType()), True),
        StructField("review_count", IntegerType(), True),
    ]
)

ENTITY_SCHEMA = StructType(
    [
        StructField("listing_id", StringType(), False),
        StructField("brand", StringType(), True),
        StructField("color", StringType(), True),
        StructField("material", StringType(), True),
        StructField("size", StringType(), True),
    ]
)

ENRICHED_SCHEMA = StructType(
    [
        StructField("id", StringType(), False),
        StructField("enrichment", StringType(), True),
        StructField("provider", StringType(), True),
        StructField("latency_ms", FloatType(), True),
    ]
)

EMBEDDING_TYPE = ArrayType(FloatType())
