"""Writes UsageLog rows to llm_usage_logs."""
import sqlalchemy as sa

metadata = sa.MetaData()

llm_usage_logs = sa.Table(
    "llm_usage_logs", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("provider", sa.String),
    sa.Column("model", sa.String),
    sa.Column("feature_context", sa.String),
    sa.Column("tenant", sa.String, nullable=True),
    sa.Column("input_tokens", sa.Integer),
    sa.Column("output_tokens", sa.Integer),
    sa.Column("duration_ms", sa.Float),
    sa.Column("error", sa.Text, nullable=True),
)


class UsageSink:
    def __init__(self, url):
        self.engine = sa.create_engine(url, future=True)

    def write(self, usage_log):
        with self.engine.begin() as conn:
            conn.execute(llm_usage_logs.insert().values(
                provider=usage_log.provider,
                model=usage_log.model,
                feature_context=usage_log.feature_context,
                tenant=usage_log.tenant,
                input_tokens=usage_log.input_tokens,
                output_tokens=usage_log.output_tokens,
                duration_ms=usage_log.duration_ms,
                error=usage_log.error,
            ))
