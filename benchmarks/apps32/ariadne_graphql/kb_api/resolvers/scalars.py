from datetime import datetime

from ariadne import EnumType, ScalarType

from kb_api.models import ArticleStatus

datetime_scalar = ScalarType("DateTime")
status_enum = EnumType("ArticleStatus", ArticleStatus)


@datetime_scalar.serializer
def serialize_datetime(value: datetime) -> str:
    return value.isoformat()


@datetime_scalar.value_parser
def parse_datetime(value: str) -> datetime:
    return datetime.fromisoformat(value)
