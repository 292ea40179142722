from enrich.storage.s3 import ResultStore
from enrich.storage.snowflake import RunLedger, SnowflakeWriter

__all__ = ["ResultStore", "RunLedger", "SnowflakeWriter"]
